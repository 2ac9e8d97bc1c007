#include "SetupController.h"

#include "ConnectionAdvice.h"
#include "CredentialStore.h"
#include "ScriptRenderer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWizard, "securestore.wizard")

namespace wizard {

SetupController::SetupController(QObject *parent)
    : QObject(parent)
    , m_engine(new exchange::JournalingEngine(this))
{
    connect(m_engine, &exchange::JournalingEngine::discovered, this,
            &SetupController::onDiscovered);
    connect(m_engine, &exchange::JournalingEngine::failed, this, &SetupController::onEngineFailed);
    connect(m_engine, &exchange::JournalingEngine::finished, this,
            &SetupController::onApplyFinished);
    connect(m_engine, &exchange::JournalingEngine::logLine, this, &SetupController::logLine);
    connect(m_engine, &exchange::JournalingEngine::stepChanged, this,
            [this](int index, const exchange::StepOutcome &outcome) {
                while (m_outcomes.size() <= index)
                    m_outcomes.append(exchange::StepOutcome{});
                m_outcomes[index] = outcome;
                Q_EMIT stepChanged(index, outcome);
            });
}

SetupController::~SetupController()
{
    // The engine may hold jobs of the session: stop it first, then let the session go.
    if (m_engine)
        m_engine->setRunner(nullptr, QString());
}

void SetupController::shutdown(std::function<void()> done, int timeoutMs)
{
    if (m_engine && m_engine->isBusy())
        m_engine->cancel();
    auto once = std::make_shared<std::function<void()>>(std::move(done));
    auto finish = [once] {
        if (*once) {
            auto callback = std::move(*once);
            *once = nullptr;
            callback();
        }
    };
    remoting::RemoteSession *session = m_session;
    if (!session) {
        QTimer::singleShot(0, this, finish);
        return;
    }
    m_session = nullptr;
    m_engine->setRunner(nullptr, QString());
    session->disconnect(this);
    connect(session, &remoting::RemoteSession::closed, this, finish);
    connect(session, &remoting::RemoteSession::failed, this, finish);
    QTimer::singleShot(timeoutMs, this, finish);
    session->close();
}

void SetupController::setCredentialStore(credentials::CredentialStore *store)
{
    m_store = store;
}

void SetupController::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    m_settingsStore.reset();
}

QSettings *SetupController::settingsStore() const
{
    if (!m_settingsStore) {
        if (m_settingsFile.isEmpty())
            m_settingsStore = std::make_unique<QSettings>();
        else
            m_settingsStore = std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    }
    return m_settingsStore.get();
}

QString SetupController::settingsGroup() const
{
    const QString key = serverAddress().settingsKey();
    return key.isEmpty() ? QString() : QStringLiteral("servers/") + key;
}

// ---------------------------------------------------------------------------------------
// Connection inputs

void SetupController::invalidateConnection()
{
    ++m_inputRevision;
    m_planCurrent = false;
    Q_EMIT connectionInputsChanged();
}

void SetupController::setServer(const QString &text)
{
    if (text == m_serverText)
        return;
    m_serverText = text;
    invalidateConnection();
}

void SetupController::setAuthChoice(AuthChoice choice)
{
    if (choice == m_auth)
        return;
    m_auth = choice;
    invalidateConnection();
}

void SetupController::setUserName(const QString &user)
{
    if (user == m_userName)
        return;
    m_userName = user;
    invalidateConnection();
}

void SetupController::setPassword(const QString &password)
{
    if (password == m_password)
        return;
    m_password = password;
    invalidateConnection();
}

void SetupController::setRememberPassword(bool remember)
{
    m_rememberPassword = remember;
}

bool SetupController::setTrustedFingerprint(const QString &hex)
{
    QString clean = hex;
    clean.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const QByteArray raw = QByteArray::fromHex(clean.toLatin1());
    const QString key = serverAddress().settingsKey();
    if (raw.size() != 32 || raw.toHex() != clean.toLower().toLatin1() || key.isEmpty())
        return false;
    m_pins.insert(key, raw);
    invalidateConnection();
    return true;
}

QByteArray SetupController::pinnedSha256() const
{
    return m_pins.value(serverAddress().settingsKey());
}

QString SetupController::fingerprintText(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

remoting::SessionOptions SetupController::sessionOptions() const
{
    remoting::SessionOptions o;
    o.endpoint = serverAddress().url();
    switch (m_auth) {
    case AuthChoice::CurrentUser:
    case AuthChoice::Negotiate:
        o.auth = remoting::AuthMethod::Kerberos;
        break;
    case AuthChoice::Ntlm:
        o.auth = remoting::AuthMethod::Ntlm;
        break;
    case AuthChoice::Basic:
        o.auth = remoting::AuthMethod::Basic;
        break;
    }
    if (needsCredentials()) {
        o.userName = m_userName.trimmed();
        o.password = m_password;
    }
    o.pinnedSha256 = pinnedSha256();
    return o;
}

QString SetupController::connectionInputError() const
{
    const ServerAddress address = serverAddress();
    if (address.isEmpty())
        return tr("Enter the Exchange server's name, for example ex01.contoso.com.");
    if (!address.isValid())
        return address.error();
    if (needsCredentials()) {
        if (m_userName.trimmed().isEmpty())
            return tr("Enter the user name (DOMAIN\\user or user@domain).");
        if (m_password.isEmpty())
            return tr("Enter the password.");
    }
    if (m_auth == AuthChoice::Basic && address.url().scheme() != QLatin1String("https"))
        return tr("Basic authentication sends the password in clear text; use an https:// "
                  "address or another sign-in method.");
    return {};
}

bool SetupController::isConnectionVerified() const
{
    return m_verifiedRevision == m_inputRevision && m_session && m_session->isOpen();
}

QString SetupController::serverLabel() const
{
    return serverAddress().url().toString();
}

// ---------------------------------------------------------------------------------------
// State

void SetupController::setActivity(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    Q_EMIT activityChanged(activity);
}

void SetupController::setError(const QString &text, const QString &detail)
{
    m_errorText = text;
    m_errorDetail = detail;
    Q_EMIT errorChanged();
}

void SetupController::clearError()
{
    if (m_errorText.isEmpty() && m_errorDetail.isEmpty())
        return;
    m_errorText.clear();
    m_errorDetail.clear();
    Q_EMIT errorChanged();
}

// ---------------------------------------------------------------------------------------
// Session and discovery

void SetupController::retireSession()
{
    if (!m_session)
        return;
    remoting::RemoteSession *old = m_session;
    m_session = nullptr;
    m_engine->setRunner(nullptr, QString());
    old->disconnect(this);
    // Also while still opening: close() deletes a shell the server may already have made.
    connect(old, &remoting::RemoteSession::closed, old, &QObject::deleteLater);
    connect(old, &remoting::RemoteSession::failed, old, &QObject::deleteLater);
    old->close();
}

void SetupController::openSession(Pending pending)
{
    retireSession();
    m_pending = pending;
    m_cancelRequested = false;
    m_testRevision = m_inputRevision;
    m_session = new remoting::RemoteSession(this);
    connect(m_session, &remoting::RemoteSession::opened, this, &SetupController::onSessionOpened);
    connect(m_session, &remoting::RemoteSession::failed, this, &SetupController::onSessionFailed);
    setActivity(Activity::Connecting);
    qCInfo(lcWizard) << "connecting to" << serverLabel();
    m_session->open(sessionOptions());
}

void SetupController::testConnection()
{
    if (isBusy())
        return;
    clearError();
    const QString inputError = connectionInputError();
    if (!inputError.isEmpty()) {
        setError(inputError);
        Q_EMIT connectionTested(false);
        return;
    }
    m_verifiedRevision = 0;
    openSession(Pending::Test);
}

void SetupController::onSessionOpened()
{
    if (m_cancelRequested) {
        m_pending = Pending::None;
        retireSession();
        setActivity(Activity::Idle);
        return;
    }
    qCInfo(lcWizard) << "session open; protocol" << m_session->info().protocolVersion;
    m_sessionLastUsed.restart();
    m_engine->setRunner(m_session, serverLabel());
    setActivity(Activity::Discovering);
    // The mailbox list (type-ahead on the undeliverable-reports page) is read once per tested
    // connection, not again for every plan.
    m_engine->setListMailboxes(m_pending == Pending::Test);
    m_engine->discover(m_settings);
}

void SetupController::onSessionFailed(const remoting::Error &error)
{
    qCWarning(lcWizard).noquote() << "session failed:" << error.toLogString();
    const Pending pending = m_pending;
    const bool wasConnecting
        = m_activity == Activity::Connecting || m_activity == Activity::Cancelling;
    if (!wasConnecting && m_activity != Activity::Idle)
        return; // a failure during discovery/apply also reaches us through the engine
    m_pending = Pending::None;
    retireSession();
    setActivity(Activity::Idle);
    if (m_cancelRequested) {
        setError(tr("Cancelled."));
        m_cancelRequested = false;
    } else {
        const ConnectionAdvice advice
            = ConnectionAdvice::explain(error, serverAddress().url().host());
        setError(advice.toText(), error.toLogString());
        if (error.kind == remoting::Error::Kind::Tls && !error.certificateChain.isEmpty()) {
            const QSslCertificate leaf = error.certificateChain.first();
            if (leaf.digest(QCryptographicHash::Sha256) != pinnedSha256())
                Q_EMIT certificateUntrusted(leaf);
        }
    }
    if (pending == Pending::Test)
        Q_EMIT connectionTested(false);
    else if (pending == Pending::Refresh)
        Q_EMIT planChanged();
}

void SetupController::onDiscovered(const exchange::Organisation &organisation)
{
    m_sessionLastUsed.restart();
    const Pending pending = m_pending;
    m_pending = Pending::None;
    if (m_cancelRequested) {
        m_cancelRequested = false;
        setActivity(Activity::Idle);
        setError(tr("Cancelled."));
        if (pending == Pending::Test)
            Q_EMIT connectionTested(false);
        return;
    }
    const QList<exchange::Recipient> mailboxes = m_organisation.mailboxes;
    const bool mailboxListComplete = m_organisation.mailboxListComplete;
    m_organisation = organisation;
    if (pending != Pending::Test) { // a plan refresh does not list mailboxes again
        m_organisation.mailboxes = mailboxes;
        m_organisation.mailboxListComplete = mailboxListComplete;
    }
    if (pending == Pending::Test) {
        m_verifiedRevision = m_testRevision;
        setActivity(Activity::Idle);
        clearError();
        saveRemembered();
        storePassword();
        qCInfo(lcWizard) << "connection verified:" << organisation.serverName
                         << organisation.exchangeVersion;
        Q_EMIT connectionTested(isConnectionVerified());
    } else {
        m_plan = m_engine->plan(m_settings);
        m_planCurrent = true;
        setActivity(Activity::Idle);
        clearError();
        Q_EMIT planChanged();
    }
}

void SetupController::onEngineFailed(const remoting::Error &error)
{
    qCWarning(lcWizard).noquote() << "engine failed:" << error.toLogString();
    const Pending pending = m_pending;
    m_pending = Pending::None;
    const bool applying = m_activity == Activity::Applying
                          || (m_activity == Activity::Cancelling && pending == Pending::None);
    if (applying) {
        // apply() reports through finished(); a failure there is surfaced as the result.
        setError(ConnectionAdvice::explain(error, serverAddress().url().host()).toText(),
                 error.toLogString());
        return;
    }
    setActivity(Activity::Idle);
    if (m_cancelRequested) {
        m_cancelRequested = false;
        setError(tr("Cancelled."));
    } else {
        setError(ConnectionAdvice::explain(error, serverAddress().url().host()).toText(),
                 error.toLogString());
    }
    if (pending == Pending::Test)
        Q_EMIT connectionTested(false);
    else if (pending == Pending::Refresh) {
        m_planCurrent = false;
        Q_EMIT planChanged();
    }
}

void SetupController::refreshPlan()
{
    if (isBusy())
        return;
    clearError();
    m_planCurrent = false;
    if (m_verifiedRevision != m_inputRevision) {
        setError(tr("The connection settings changed. Go back to the connection page and test "
                    "the connection again."));
        Q_EMIT planChanged();
        return;
    }
    m_cancelRequested = false;
    if (!m_session || !m_session->isOpen()) {
        openSession(Pending::Refresh);
        return;
    }
    m_pending = Pending::Refresh;
    setActivity(Activity::Discovering);
    if (m_idleProbeAfterMs >= 0 && m_sessionLastUsed.isValid()
        && m_sessionLastUsed.elapsed() >= m_idleProbeAfterMs) {
        qCInfo(lcWizard) << "session idle for" << m_sessionLastUsed.elapsed() / 1000
                         << "s; asking the server whether it still has it";
        remoting::AliveCheck *check = m_session->isAlive();
        connect(check, &remoting::AliveCheck::finished, this,
                [this, check] { onIdleProbeFinished(check); });
        return;
    }
    discoverForPlan();
}

void SetupController::discoverForPlan()
{
    m_engine->setListMailboxes(false);
    m_engine->discover(m_settings);
}

void SetupController::onIdleProbeFinished(remoting::AliveCheck *check)
{
    check->deleteLater();
    if (m_pending != Pending::Refresh)
        return; // the session was retired meanwhile
    if (m_cancelRequested) {
        m_pending = Pending::None;
        m_cancelRequested = false;
        setActivity(Activity::Idle);
        setError(tr("Cancelled."));
        m_planCurrent = false;
        Q_EMIT planChanged();
        return;
    }
    if (check->isAlive()) {
        m_sessionLastUsed.restart();
        discoverForPlan();
        return;
    }
    const remoting::Error error = check->error().value_or(remoting::Error());
    // The server no longer has the shell (dropped after idling, or restarted): a new session
    // with the same inputs, then the plan. Anything else is reported as a failed discovery.
    if (check->isShellGone()) {
        qCInfo(lcWizard).noquote()
            << "the server dropped the idle session; connecting again:" << error.toLogString();
        openSession(Pending::Refresh);
        return;
    }
    onEngineFailed(error);
}

void SetupController::setOrganisation(const exchange::Organisation &organisation)
{
    m_organisation = organisation;
    m_planCurrent = false;
}

QString SetupController::script() const
{
    return exchange::ScriptRenderer::plan(m_plan, serverLabel());
}

void SetupController::updateSettings(
    const std::function<void(exchange::JournalingSettings &)> &change)
{
    change(m_settings);
    m_planCurrent = false;
}

// ---------------------------------------------------------------------------------------
// Apply

void SetupController::apply()
{
    if (isBusy() || m_applied)
        return;
    if (!m_planCurrent || !m_plan.isValid() || m_plan.hasConflicts()) {
        setError(tr("The plan is not ready: resolve the issues on the review page first."));
        return;
    }
    clearError();
    m_cancelRequested = false;
    m_outcomes.clear();
    for (const exchange::PlannedStep &step : m_plan.steps) {
        exchange::StepOutcome o;
        o.kind = step.kind;
        o.state = exchange::StepState::Waiting;
        m_outcomes.append(o);
    }
    m_applied = true;
    saveRemembered();
    setActivity(Activity::Applying);
    qCInfo(lcWizard) << "applying" << m_plan.steps.size() << "steps";
    m_engine->apply(m_settings, m_plan);
}

void SetupController::cancel()
{
    switch (m_activity) {
    case Activity::Idle:
    case Activity::Cancelling:
        return;
    case Activity::Applying:
        m_cancelRequested = true;
        setActivity(Activity::Cancelling);
        m_engine->cancel();
        return;
    case Activity::Connecting:
    case Activity::Discovering:
        m_cancelRequested = true;
        setActivity(Activity::Cancelling);
        m_engine->cancel();
        if (m_activity == Activity::Cancelling && m_session && !m_session->isOpen()
            && !m_engine->isBusy()) {
            // Still opening: abandon the session; nothing was changed.
            const Pending pending = m_pending;
            m_pending = Pending::None;
            retireSession();
            m_cancelRequested = false;
            setActivity(Activity::Idle);
            setError(tr("Cancelled."));
            if (pending == Pending::Test)
                Q_EMIT connectionTested(false);
        }
        return;
    }
}

void SetupController::onApplyFinished(const exchange::ApplyResult &result)
{
    m_sessionLastUsed.restart();
    m_result = result;
    for (const exchange::StepOutcome &o : result.steps) {
        for (int i = 0; i < m_outcomes.size(); ++i) {
            if (m_outcomes.at(i).kind == o.kind)
                m_outcomes[i] = o;
        }
    }
    m_cancelRequested = false;
    setActivity(Activity::Idle);
    if (result.success)
        clearError();
    qCInfo(lcWizard) << "apply finished; success" << result.success << "cancelled"
                     << result.cancelled;
    Q_EMIT applyFinished(result);
}

// ---------------------------------------------------------------------------------------
// Remembered settings

void SetupController::loadLastServer()
{
    const QString last = settingsStore()->value(QStringLiteral("lastServer")).toString();
    if (last.isEmpty() || !m_serverText.isEmpty())
        return;
    setServer(last);
    loadRemembered();
}

void SetupController::loadRemembered()
{
    const QString group = settingsGroup();
    if (group.isEmpty())
        return;
    QSettings *s = settingsStore();
    s->beginGroup(group);
    const bool known = s->contains(QStringLiteral("auth"));
    if (known) {
        setAuthChoice(AuthChoice(qBound(0, s->value(QStringLiteral("auth")).toInt(), 3)));
        setUserName(s->value(QStringLiteral("user")).toString());
        m_rememberPassword = s->value(QStringLiteral("rememberPassword"), false).toBool();
        m_passwordStored = m_rememberPassword;
        const QByteArray pin
            = QByteArray::fromHex(s->value(QStringLiteral("pinnedSha256")).toByteArray());
        if (pin.size() == 32 && !m_pins.contains(serverAddress().settingsKey()))
            m_pins.insert(serverAddress().settingsKey(), pin);
        const QJsonDocument doc
            = QJsonDocument::fromJson(s->value(QStringLiteral("settings")).toByteArray());
        if (doc.isObject()) {
            m_settings = exchange::JournalingSettings::fromJson(doc.object());
            m_settings.replaceExistingNdr = false; // consent is asked again every run
        }
    }
    s->endGroup();
    invalidateConnection();
    Q_EMIT rememberedLoaded();

    if (known && m_rememberPassword && m_store && needsCredentials() && !m_userName.isEmpty()
        && m_password.isEmpty()) {
        const QString server = serverAddress().settingsKey();
        const QString user = m_userName;
        QPointer<SetupController> self(this);
        m_store->readPassword(
            server, user,
            [self, server, user](bool ok, const QString &secret, const QString &error) {
                if (!self || self->serverAddress().settingsKey() != server
                    || self->m_userName != user)
                    return;
                if (ok) {
                    self->setPassword(secret);
                    Q_EMIT self->passwordLoaded();
                } else {
                    Q_EMIT self->credentialMessage(error);
                }
            });
    }
}

void SetupController::saveRemembered()
{
    const QString group = settingsGroup();
    if (group.isEmpty())
        return;
    QSettings *s = settingsStore();
    s->setValue(QStringLiteral("lastServer"), m_serverText.trimmed());
    s->beginGroup(group);
    s->setValue(QStringLiteral("auth"), int(m_auth));
    s->setValue(QStringLiteral("user"), m_userName.trimmed());
    s->setValue(QStringLiteral("rememberPassword"), m_rememberPassword);
    const QByteArray pin = pinnedSha256();
    if (pin.isEmpty())
        s->remove(QStringLiteral("pinnedSha256"));
    else
        s->setValue(QStringLiteral("pinnedSha256"), QString::fromLatin1(pin.toHex()));
    s->setValue(
        QStringLiteral("settings"),
        QString::fromUtf8(QJsonDocument(m_settings.toJson()).toJson(QJsonDocument::Compact)));
    s->endGroup();
    s->sync();
}

void SetupController::storePassword()
{
    if (!m_store || !needsCredentials() || m_userName.trimmed().isEmpty())
        return;
    const QString server = serverAddress().settingsKey();
    const QString user = m_userName.trimmed();
    QPointer<SetupController> self(this);
    if (m_rememberPassword) {
        m_passwordStored = true;
        m_store->writePassword(server, user, m_password, [self](bool ok, const QString &error) {
            if (self && !ok)
                Q_EMIT self->credentialMessage(error);
        });
    } else if (m_passwordStored) {
        // The technician turned "remember" off: forget what was stored before.
        m_passwordStored = false;
        m_store->deletePassword(server, user, [](bool, const QString &) {});
    }
}

void SetupController::trustCertificate(const QSslCertificate &certificate)
{
    const QString key = serverAddress().settingsKey();
    if (key.isEmpty() || certificate.isNull())
        return;
    m_pins.insert(key, certificate.digest(QCryptographicHash::Sha256));
    qCInfo(lcWizard).noquote() << "pinned certificate for" << key << ":"
                               << fingerprintText(m_pins.value(key));
    invalidateConnection();
    saveRemembered();
    testConnection();
}

} // namespace wizard

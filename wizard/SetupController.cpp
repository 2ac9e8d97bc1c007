#include "SetupController.h"

#include "ErrorAdvice.h"
#include "RememberedPassword.h"
#include "RememberedSettings.h"
#include "ScriptRenderer.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWizard, "securestore.wizard")

namespace wizard {

namespace {

// The parts of two SessionOptions that say which server is reached and how one signs in.
bool sameConnection(const remoting::SessionOptions &a, const remoting::SessionOptions &b)
{
    return a.endpoint == b.endpoint && a.auth == b.auth && a.userName == b.userName
           && a.password == b.password && a.pinnedSha256 == b.pinnedSha256;
}

} // namespace

SetupController::SessionFactory SetupController::remoteSessions()
{
    return [](QObject *parent) -> remoting::CommandSession * {
        return new remoting::RemoteSession(parent);
    };
}

SetupController::SetupController(QObject *parent)
    : QObject(parent)
    , m_sessionFactory(remoteSessions())
    , m_remembered(std::make_unique<RememberedSettings>())
    , m_rememberedPassword(new RememberedPassword(this))
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
                if (index < 0 || index >= m_outcomes.size()) {
                    qCWarning(lcWizard)
                        << "engine reported step" << index << "of" << m_outcomes.size();
                    return;
                }
                m_outcomes[index] = outcome;
                Q_EMIT stepChanged(index, outcome);
            });
    connect(m_rememberedPassword, &RememberedPassword::loaded, this,
            &SetupController::onPasswordLoaded);
    connect(m_rememberedPassword, &RememberedPassword::failed, this,
            &SetupController::credentialMessage);
}

SetupController::~SetupController()
{
    // The engine may hold jobs of the session: stop it first, then let the session go.
    if (m_engine)
        m_engine->setRunner(nullptr, QString());
}

void SetupController::setSessionFactory(SessionFactory factory)
{
    m_sessionFactory = factory ? std::move(factory) : remoteSessions();
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
    remoting::CommandSession *session = m_session;
    if (!session) {
        QTimer::singleShot(0, this, finish);
        return;
    }
    m_session = nullptr;
    m_engine->setRunner(nullptr, QString());
    session->disconnect(this);
    connect(session, &remoting::CommandSession::closed, this, finish);
    connect(session, &remoting::CommandSession::failed, this, finish);
    QTimer::singleShot(timeoutMs, this, finish);
    session->close();
}

void SetupController::setCredentialStore(credentials::CredentialStore *store)
{
    m_rememberedPassword->setStore(store);
}

void SetupController::setSettingsFile(const QString &path)
{
    m_remembered->setFile(path);
}

QString SetupController::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

// ---------------------------------------------------------------------------------------
// Connection inputs

void SetupController::invalidateConnection()
{
    switch (m_state) {
    case State::Verified:
    case State::Planned:
    case State::Applied:
        setState(State::Unverified);
        break;
    default: // busy states compare the inputs when they end (settle())
        break;
    }
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

QString SetupController::explain(const remoting::Error &error) const
{
    return exchange::ErrorAdvice::text(error, exchange::ErrorAdvice::Context::of(sessionOptions()));
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

bool SetupController::inputsMatchSession() const
{
    return sameConnection(m_sessionOptions, sessionOptions());
}

bool SetupController::isConnectionVerified() const
{
    switch (m_state) {
    case State::Unverified:
    case State::Testing:
    case State::TestCancelling:
        return false;
    default:
        return m_session && m_session->isOpen() && inputsMatchSession();
    }
}

QString SetupController::serverLabel() const
{
    return serverAddress().url().toString();
}

// ---------------------------------------------------------------------------------------
// State

void SetupController::setState(State state)
{
    if (state == m_state)
        return;
    qCDebug(lcWizard).noquote() << "state" << stateName(m_state) << "->" << stateName(state);
    m_state = state;
    Q_EMIT stateChanged(state);
    notifyActivity();
}

void SetupController::settle(State idle)
{
    if (idle != State::Unverified && !inputsMatchSession())
        idle = State::Unverified; // a connection input changed while the operation ran
    setState(idle);
}

SetupController::Activity SetupController::activity() const
{
    switch (m_state) {
    case State::Testing:
    case State::Planning:
        return m_session && m_session->isOpen() ? Activity::Discovering : Activity::Connecting;
    case State::Applying:
        return Activity::Applying;
    case State::TestCancelling:
    case State::PlanCancelling:
    case State::ApplyCancelling:
        return Activity::Cancelling;
    case State::Unverified:
    case State::Verified:
    case State::Planned:
    case State::Applied:
        break;
    }
    return Activity::Idle;
}

bool SetupController::isBusy() const
{
    return activity() != Activity::Idle;
}

void SetupController::notifyActivity()
{
    const Activity now = activity();
    if (now == m_shownActivity)
        return;
    m_shownActivity = now;
    Q_EMIT activityChanged(now);
}

void SetupController::setError(const QString &text, const QString &detail)
{
    m_errorText = text;
    m_errorDetail = detail;
    Q_EMIT errorChanged();
}

void SetupController::setFailure(const remoting::Error &error)
{
    setError(explain(error), error.toLogString());
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
    remoting::CommandSession *old = m_session;
    m_session = nullptr;
    m_probe = nullptr; // its answer, if any, is about the old session
    m_engine->setRunner(nullptr, QString());
    old->disconnect(this);
    // Also while still opening: close() deletes a shell the server may already have made.
    connect(old, &remoting::CommandSession::closed, old, &QObject::deleteLater);
    connect(old, &remoting::CommandSession::failed, old, &QObject::deleteLater);
    old->close();
}

void SetupController::openSession()
{
    m_sessionOptions = sessionOptions();
    m_session = m_sessionFactory(this);
    connect(m_session, &remoting::CommandSession::opened, this, &SetupController::onSessionOpened);
    connect(m_session, &remoting::CommandSession::failed, this, &SetupController::onSessionFailed);
    qCInfo(lcWizard) << "connecting to" << serverLabel();
    m_session->open(m_sessionOptions);
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
    retireSession();
    setState(State::Testing);
    openSession();
}

void SetupController::onSessionOpened()
{
    qCInfo(lcWizard) << "session open";
    m_sessionLastUsed.restart();
    m_engine->setRunner(m_session, serverLabel());
    notifyActivity(); // Connecting -> Discovering
    // The mailbox list (type-ahead on the undeliverable-reports page) is read once per tested
    // connection, not again for every plan.
    m_engine->setListMailboxes(m_state == State::Testing);
    m_engine->discover(m_settings);
}

void SetupController::onSessionFailed(const remoting::Error &error)
{
    qCWarning(lcWizard).noquote() << "session failed:" << error.toLogString();
    const bool opening = (m_state == State::Testing || m_state == State::Planning) && m_session
                         && !m_session->isOpen();
    if (!opening) {
        // A running discovery or apply hears of it from the engine; while idle the session
        // is simply gone (a refresh opens another).
        if (!isBusy())
            retireSession();
        return;
    }
    retireSession();
    setFailure(error);
    if (error.kind == remoting::Error::Kind::Tls && !error.certificateChain.isEmpty()) {
        const QSslCertificate leaf = error.certificateChain.first();
        if (leaf.digest(QCryptographicHash::Sha256) != pinnedSha256())
            Q_EMIT certificateUntrusted(leaf);
    }
    if (m_state == State::Testing) {
        setState(State::Unverified);
        Q_EMIT connectionTested(false);
    } else {
        settle(State::Verified);
        Q_EMIT planChanged();
    }
}

void SetupController::onDiscovered(const exchange::Organisation &organisation)
{
    switch (m_state) {
    case State::TestCancelling:
    case State::PlanCancelling:
        // The discovery ended before the stop reached it: the answer is not used.
        finishCancelled();
        return;
    case State::Testing:
    case State::Planning:
        break;
    default:
        qCWarning(lcWizard).noquote() << "discovery result in state" << stateName(m_state);
        return;
    }
    m_sessionLastUsed.restart();
    const QList<exchange::Recipient> mailboxes = m_organisation.mailboxes;
    const bool mailboxListComplete = m_organisation.mailboxListComplete;
    m_organisation = organisation;
    if (m_state == State::Planning) { // a plan refresh does not list mailboxes again
        m_organisation.mailboxes = mailboxes;
        m_organisation.mailboxListComplete = mailboxListComplete;
        m_plan = m_engine->plan(m_settings);
        clearError();
        settle(State::Planned);
        Q_EMIT planChanged();
        return;
    }
    if (!inputsMatchSession()) {
        setState(State::Unverified);
        Q_EMIT connectionTested(false);
        return;
    }
    clearError();
    setState(State::Verified);
    saveRemembered();
    if (needsCredentials())
        m_rememberedPassword->update(serverAddress().settingsKey(), m_userName.trimmed(),
                                     m_password, m_rememberPassword);
    qCInfo(lcWizard) << "connection verified:" << organisation.serverName
                     << organisation.exchangeVersion;
    Q_EMIT connectionTested(true);
}

void SetupController::onEngineFailed(const remoting::Error &error)
{
    qCWarning(lcWizard).noquote() << "engine failed:" << error.toLogString();
    switch (m_state) {
    case State::Testing:
        setFailure(error);
        setState(State::Unverified);
        Q_EMIT connectionTested(false);
        return;
    case State::Planning:
        setFailure(error);
        settle(State::Verified);
        Q_EMIT planChanged();
        return;
    case State::TestCancelling:
    case State::PlanCancelling:
        finishCancelled();
        return;
    case State::Applying:
    case State::ApplyCancelling:
        // apply() reports through finished(); the failure is shown with the result.
        setFailure(error);
        return;
    case State::Unverified:
    case State::Verified:
    case State::Planned:
    case State::Applied:
        setFailure(error);
        return;
    }
}

void SetupController::finishCancelled()
{
    setError(tr("Cancelled."));
    switch (m_state) {
    case State::Testing:
    case State::TestCancelling:
        // Nothing proven: the half-tested session is of no further use.
        retireSession();
        setState(State::Unverified);
        Q_EMIT connectionTested(false);
        return;
    case State::Planning:
    case State::PlanCancelling:
        if (m_session && !m_session->isOpen())
            retireSession();
        settle(State::Verified);
        Q_EMIT planChanged();
        return;
    default:
        return;
    }
}

void SetupController::refreshPlan()
{
    if (isBusy())
        return;
    clearError();
    if (m_state == State::Unverified) {
        setError(tr("The connection settings changed. Go back to the connection page and test "
                    "the connection again."));
        Q_EMIT planChanged();
        return;
    }
    if (!m_session || !m_session->isOpen()) {
        retireSession();
        setState(State::Planning);
        openSession();
        return;
    }
    setState(State::Planning);
    if (m_idleProbeAfterMs >= 0 && m_sessionLastUsed.isValid()
        && m_sessionLastUsed.elapsed() >= m_idleProbeAfterMs) {
        qCInfo(lcWizard) << "session idle for" << m_sessionLastUsed.elapsed() / 1000
                         << "s; asking the server whether it still has it";
        remoting::AliveCheck *check = m_session->isAlive();
        m_probe = check;
        if (check->isFinished()) {
            onIdleProbeFinished(check);
            return;
        }
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
    if (check != m_probe)
        return; // the session was retired meanwhile
    m_probe = nullptr;
    if (m_state == State::PlanCancelling) {
        finishCancelled();
        return;
    }
    if (m_state != State::Planning) {
        qCWarning(lcWizard).noquote() << "probe result in state" << stateName(m_state);
        return;
    }
    if (check->isAlive()) {
        m_sessionLastUsed.restart();
        discoverForPlan();
        return;
    }
    const remoting::Error error = check->error().value_or(remoting::Error());
    // The server no longer has the shell (dropped after idling, or restarted): a new session
    // with the same inputs, then the plan (still Planning). Anything else is reported as a
    // failed discovery.
    if (check->isShellGone()) {
        qCInfo(lcWizard).noquote()
            << "the server dropped the idle session; connecting again:" << error.toLogString();
        retireSession();
        openSession();
        notifyActivity(); // Discovering -> Connecting
        return;
    }
    onEngineFailed(error);
}

void SetupController::setOrganisation(const exchange::Organisation &organisation)
{
    m_organisation = organisation;
    if (m_state == State::Planned)
        setState(State::Verified);
}

QString SetupController::script() const
{
    return exchange::ScriptRenderer::plan(m_plan, serverLabel());
}

void SetupController::updateSettings(
    const std::function<void(exchange::JournalingSettings &)> &change)
{
    change(m_settings);
    if (m_state == State::Planned)
        setState(State::Verified);
}

// ---------------------------------------------------------------------------------------
// Apply

void SetupController::apply()
{
    if (isBusy() || hasApplied())
        return;
    if (m_state != State::Planned || !m_plan.isValid() || m_plan.hasConflicts()) {
        setError(tr("The plan is not ready: resolve the issues on the review page first."));
        return;
    }
    clearError();
    m_outcomes.clear();
    for (const exchange::PlannedStep &step : m_plan.steps) {
        exchange::StepOutcome o;
        o.kind = step.kind;
        o.state = exchange::StepState::Waiting;
        m_outcomes.append(o);
    }
    m_result = exchange::ApplyResult{};
    saveRemembered();
    setState(State::Applying);
    qCInfo(lcWizard) << "applying" << m_plan.steps.size() << "steps";
    m_engine->apply(m_settings, m_plan);
    if (m_state == State::Applying && !m_engine->isBusy()) {
        // The engine refused to start (failed() said why, e.g. the session was lost):
        // nothing was sent, so the plan may be applied once the connection is back.
        m_result.reset();
        m_outcomes.clear();
        settle(State::Planned);
    }
}

void SetupController::cancel()
{
    switch (m_state) {
    case State::Testing:
    case State::Planning:
        if (m_session && !m_session->isOpen()) {
            // Still opening: abandon the session (its shell is deleted); nothing was read.
            finishCancelled();
            return;
        }
        setState(m_state == State::Testing ? State::TestCancelling : State::PlanCancelling);
        if (m_probe)
            return;         // the probe's answer ends it (one request, no pipeline to stop)
        m_engine->cancel(); // -> failed(Cancelled) or, when it was already done, discovered()
        return;
    case State::Applying:
        setState(State::ApplyCancelling);
        m_engine->cancel(); // stops between steps -> finished(cancelled)
        return;
    case State::Unverified:
    case State::TestCancelling:
    case State::Verified:
    case State::PlanCancelling:
    case State::Planned:
    case State::ApplyCancelling:
    case State::Applied:
        return;
    }
}

const exchange::ApplyResult &SetupController::applyResult() const
{
    static const exchange::ApplyResult none;
    return m_result ? *m_result : none;
}

void SetupController::onApplyFinished(const exchange::ApplyResult &result)
{
    if (m_state != State::Applying && m_state != State::ApplyCancelling) {
        qCWarning(lcWizard).noquote() << "apply result in state" << stateName(m_state);
        return;
    }
    m_sessionLastUsed.restart();
    m_result = result;
    // The engine reports one outcome per plan step, in the plan's order.
    if (result.steps.size() == m_outcomes.size())
        m_outcomes = result.steps;
    else
        qCWarning(lcWizard) << "apply reported" << result.steps.size() << "outcomes for"
                            << m_outcomes.size() << "steps";
    if (result.success)
        clearError();
    qCInfo(lcWizard) << "apply finished; success" << result.success << "cancelled"
                     << result.cancelled;
    settle(State::Applied);
    Q_EMIT applyFinished(result);
}

// ---------------------------------------------------------------------------------------
// Remembered settings

void SetupController::loadLastServer()
{
    const QString last = m_remembered->lastServer();
    if (last.isEmpty() || !m_serverText.isEmpty())
        return;
    setServer(last);
    loadRemembered();
}

void SetupController::loadRemembered()
{
    const QString key = serverAddress().settingsKey();
    const std::optional<RememberedServer> known = m_remembered->server(key);
    if (known) {
        setAuthChoice(AuthChoice(qBound(0, known->authChoice, 3)));
        setUserName(known->userName);
        m_rememberPassword = known->rememberPassword;
        m_rememberedPassword->setMayBeStored(known->rememberPassword);
        if (!known->pinnedSha256.isEmpty() && !m_pins.contains(key))
            m_pins.insert(key, known->pinnedSha256);
        if (known->settings) {
            m_settings = *known->settings;
            m_settings.replaceExistingNdr = false; // consent is asked again every run
        }
    }
    if (!key.isEmpty())
        invalidateConnection();
    Q_EMIT rememberedLoaded();

    if (known && m_rememberPassword && needsCredentials() && !m_userName.isEmpty()
        && m_password.isEmpty())
        m_rememberedPassword->load(key, m_userName);
}

void SetupController::onPasswordLoaded(const QString &server, const QString &user,
                                       const QString &secret)
{
    // An answer for a server or user no longer typed is dropped.
    if (serverAddress().settingsKey() != server || m_userName != user)
        return;
    setPassword(secret);
    Q_EMIT passwordLoaded();
}

void SetupController::saveRemembered()
{
    RememberedServer r;
    r.authChoice = int(m_auth);
    r.userName = m_userName;
    r.rememberPassword = m_rememberPassword;
    r.pinnedSha256 = pinnedSha256();
    r.settings = m_settings;
    m_remembered->remember(m_serverText, serverAddress().settingsKey(), r);
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

#include "CliRun.h"

#include "ChangeJournal.h"
#include "CliReport.h"
#include "ScriptRenderer.h"
#include "StdinLine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCli, "securestore.cli")

namespace cli {

using namespace exchange;

namespace {

QString nextStepFor(const remoting::Error &e)
{
    switch (e.kind) {
    case remoting::Error::Kind::Network:
    case remoting::Error::Kind::Timeout:
        return QCoreApplication::translate(
            "cli", "Check the server name, that it is reachable on that port, and try again.");
    case remoting::Error::Kind::Tls:
        return QCoreApplication::translate(
            "cli", "If you trust this server, pass its fingerprint with --trust-fingerprint.");
    case remoting::Error::Kind::Auth:
        return QCoreApplication::translate(
            "cli",
            "Check the user name and password (or your Kerberos ticket) and the --auth method.");
    default:
        return {};
    }
}

} // namespace

CliRun::CliRun(CliOptions options, QString password, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_password(std::move(password))
{
    m_readLine = [] { return readStdinLine(); };
    m_session = new remoting::RemoteSession(this);
    m_engine = new JournalingEngine(this);
    connect(m_session, &remoting::RemoteSession::opened, this, &CliRun::onOpened);
    connect(m_session, &remoting::RemoteSession::failed, this, &CliRun::onSessionFailed);
    connect(m_session, &remoting::RemoteSession::closed, this, &CliRun::reallyExit);
    connect(m_engine, &JournalingEngine::discovered, this, &CliRun::onDiscovered);
    connect(m_engine, &JournalingEngine::failed, this, &CliRun::onEngineFailed);
    connect(m_engine, &JournalingEngine::stepChanged, this, &CliRun::onStepChanged);
    connect(m_engine, &JournalingEngine::finished, this, &CliRun::onFinished);
}

CliRun::~CliRun() = default;

void CliRun::say(const QString &text)
{
    // stdout carries only the result when it is machine-readable (--json) or a script
    // meant for redirection (export-script > setup.ps1); progress goes to stderr then.
    const bool resultOnly
        = m_options.json || m_options.subcommand == QLatin1String("export-script");
    QTextStream out(resultOnly ? stderr : stdout);
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << '\n';
}

void CliRun::complain(const QString &text)
{
    QTextStream err(stderr);
    err << text;
    if (!text.endsWith(QLatin1Char('\n')))
        err << '\n';
}

void CliRun::start()
{
    m_elapsed.start();
    m_json[QStringLiteral("command")] = m_options.subcommand;
    m_json[QStringLiteral("server")] = m_options.server;
    if (m_options.subcommand == QLatin1String("undo") && m_options.journalFile.isEmpty()) {
        m_options.journalFile = ChangeJournal::latestPath();
        if (m_options.journalFile.isEmpty()) {
            complain(tr("No change journal found in %1; pass --journal FILE.")
                         .arg(ChangeJournal::directory()));
            finish(2);
            return;
        }
    }
    if (m_options.subcommand == QLatin1String("undo")) {
        auto journal = ChangeJournal::load(m_options.journalFile);
        if (!journal) {
            complain(journal.error().message);
            finish(2);
            return;
        }
    }
    say(tr("Connecting to %1…").arg(m_options.server));
    m_session->open(m_options.sessionOptions(m_password));
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
}

void CliRun::onOpened()
{
    m_opened = true;
    m_engine->setRunner(m_session, QUrl(m_options.server).host());
    const remoting::SessionInfo info = m_session->info();
    qCDebug(lcCli) << "session opened" << info.shellId;
    if (m_options.subcommand == QLatin1String("undo")) {
        say(tr("Undoing the changes recorded in %1").arg(m_options.journalFile));
        m_engine->undo(m_options.journalFile);
        return;
    }
    if (m_options.subcommand == QLatin1String("check")) {
        startCheck();
        return;
    }
    JournalingSettings settings = m_options.settings;
    if (m_options.subcommand == QLatin1String("diagnose")) {
        say(tr("Protocol %1, PowerShell %2, serialization %3%4")
                .arg(info.protocolVersion, info.psVersion, info.serializationVersion,
                     info.buildVersion.isEmpty() ? QString()
                                                 : tr(", build %1").arg(info.buildVersion)));
        m_json[QStringLiteral("protocolVersion")] = info.protocolVersion;
        m_json[QStringLiteral("psVersion")] = info.psVersion;
        m_json[QStringLiteral("serializationVersion")] = info.serializationVersion;
        settings.remoteDomainEnabled = true; // report the roles every feature needs
        settings.connectorEnabled = true;
    }
    say(tr("Reading the Exchange configuration…"));
    m_engine->discover(settings);
}

void CliRun::onSessionFailed(const remoting::Error &error)
{
    if (m_finishing) {
        reallyExit(); // closing failed: nothing more to do
        return;
    }
    m_opened = false;
    const QString next = nextStepFor(error);
    complain(tr("error: %1%2")
                 .arg(error.message, next.isEmpty() ? QString() : QStringLiteral(" ") + next));
    if (!error.detail.isEmpty())
        complain(QStringLiteral("  (%1)").arg(error.detail));
    m_json[QStringLiteral("error")] = CliReport::errorJson(error);
    finish(error.kind == remoting::Error::Kind::Usage ? 2 : 1);
}

int CliRun::exitForPlan(const Plan &plan) const
{
    if (!plan.isValid())
        return 2;
    if (!plan.missingRoles.isEmpty())
        return 1;
    if (plan.hasConflicts())
        return 3;
    return 0;
}

void CliRun::onDiscovered(const Organisation &org)
{
    m_json[QStringLiteral("organisation")] = CliReport::organisationJson(org);
    const QString sub = m_options.subcommand;
    if (sub == QLatin1String("diagnose")) {
        say(CliReport::organisationText(org));
        say(tr("Round trip (discovery pipeline): %1 ms").arg(m_engine->lastRoundTripMs()));
        m_json[QStringLiteral("roundTripMs")] = double(m_engine->lastRoundTripMs());
        finish(0);
        return;
    }
    const Plan plan = m_engine->plan(m_options.settings);
    m_json[QStringLiteral("plan")] = CliReport::planJson(plan);
    const int planExit = exitForPlan(plan);

    if (sub == QLatin1String("export-script")) {
        if (!plan.isValid()) {
            complain(CliReport::planText(plan));
            finish(2);
            return;
        }
        const QString script = ScriptRenderer::plan(plan, QUrl(m_options.server).host());
        m_json[QStringLiteral("script")] = script;
        if (!m_options.json) {
            QTextStream out(stdout);
            out << script;
        }
        finish(planExit);
        return;
    }

    say(CliReport::planText(plan));
    if (planExit == 2) {
        if (!plan.missingRoles.isEmpty())
            complain(tr("Missing management roles: %1.")
                         .arg(plan.missingRoles.join(QStringLiteral(", "))));
        complain(
            tr("Invalid input: nothing was changed. Correct the settings above and run again."));
        finish(2);
        return;
    }
    if (planExit == 1) {
        complain(tr("Missing management roles: %1. Nothing was changed.")
                     .arg(plan.missingRoles.join(QStringLiteral(", "))));
        finish(1);
        return;
    }
    if (planExit == 3) {
        complain(
            tr("A conflict needs your decision (see \"to resolve\" above). Nothing was changed."));
        finish(3);
        return;
    }
    if (sub == QLatin1String("plan")) {
        say(plan.hasChanges() ? tr("Run apply to make these changes.") : tr("Nothing to change."));
        finish(0);
        return;
    }
    if (sub == QLatin1String("verify")) {
        if (plan.hasChanges()) {
            complain(tr("Verification failed: the configuration differs from the settings (see the "
                        "steps above). "
                        "Run apply to fix it."));
            m_json[QStringLiteral("verified")] = false;
            finish(1);
        } else {
            say(tr("Verified: the live configuration matches the settings."));
            m_json[QStringLiteral("verified")] = true;
            finish(0);
        }
        return;
    }
    // apply
    if (!plan.hasChanges()) {
        say(tr("Nothing to change."));
        finish(0);
        return;
    }
    if (!m_options.yes) {
        QTextStream err(stderr);
        err << tr("Apply these changes to %1? [y/N] ").arg(QUrl(m_options.server).host());
        err.flush();
        const QString answer = m_readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            complain(
                tr("Nothing was changed (not confirmed; pass --yes to apply without asking)."));
            finish(1);
            return;
        }
    }
    m_engine->apply(m_options.settings, plan);
}

void CliRun::onEngineFailed(const remoting::Error &error)
{
    complain(tr("error: %1").arg(error.message));
    if (!error.detail.isEmpty())
        complain(QStringLiteral("  (%1)").arg(error.detail));
    m_json[QStringLiteral("error")] = CliReport::errorJson(error);
    finish(error.kind == remoting::Error::Kind::Usage ? 2 : 1);
}

void CliRun::onStepChanged(int, const StepOutcome &outcome)
{
    if (outcome.state == StepState::Applying)
        return;
    say(CliReport::outcomeLine(outcome));
}

void CliRun::onFinished(const ApplyResult &result)
{
    m_json[QStringLiteral("result")] = CliReport::resultJson(result);
    if (!result.journalPath.isEmpty())
        say(tr("Change journal: %1").arg(result.journalPath));
    if (result.success) {
        say(m_options.subcommand == QLatin1String("undo") ? tr("Undone and verified.")
                                                          : tr("Done: every change was verified."));
        finish(0);
        return;
    }
    if (result.refused) {
        complain(tr("Undo refused: the live organisation is not as this run left it (see the "
                    "steps marked Refused above). Nothing was undone."));
        finish(3);
        return;
    }
    if (result.cancelled)
        complain(tr("Cancelled between steps; the steps above marked Verified were made."));
    else
        complain(tr("Stopped at the failed step; later steps were not attempted. To roll back: "
                    "securestore-setup undo --server %1 --journal %2")
                     .arg(m_options.server, result.journalPath));
    finish(1);
}

void CliRun::startCheck()
{
    m_check = new HealthCheck(this);
    m_check->setRunner(m_session);
    connect(m_check, &HealthCheck::progress, this, &CliRun::onCheckProgress);
    connect(m_check, &HealthCheck::finished, this, &CliRun::onCheckFinished);
    connect(m_check, &HealthCheck::failed, this, &CliRun::onEngineFailed);
    HealthCheckOptions options;
    options.since = m_options.since;
    options.waitMs = m_options.waitMs;
    say(tr("Checking that journal reports reach the archive (read-only)…"));
    m_check->start(m_options.settings, options);
}

void CliRun::onCheckProgress(const HealthReport &report)
{
    if (report.configurationChecked && !m_printedConfiguration) {
        m_printedConfiguration = true;
        say(tr("Configuration:"));
        say(CliReport::findingsText(report.findingsIn(HealthArea::Configuration)));
    }
    if (report.queuesChecked && !m_printedQueues) {
        m_printedQueues = true;
        const QList<HealthFinding> queues = report.findingsIn(HealthArea::Queues);
        if (report.servers.isEmpty() || queues.isEmpty()) {
            say(tr("Queues: not read."));
        } else {
            say(tr("Queues (%1):").arg(report.servers.join(QStringLiteral(", "))));
            say(CliReport::findingsText(queues));
        }
    }
    if (report.waiting && !m_printedWaiting) {
        m_printedWaiting = true;
        say(tr("Waiting up to %1 s for the first journal report to leave (since %2)…")
                .arg(m_options.waitMs / 1000)
                .arg(report.since));
    }
}

void CliRun::onCheckFinished(const HealthReport &report)
{
    onCheckProgress(report);
    const QList<HealthFinding> delivery = report.findingsIn(HealthArea::Delivery);
    if (!delivery.isEmpty()) {
        say(tr("Delivery (message tracking since %1):").arg(report.since));
        say(CliReport::findingsText(delivery));
    }
    m_json[QStringLiteral("health")] = report.toJson();
    say(report.headline());
    switch (report.verdict) {
    case HealthVerdict::Proven:
        finish(0);
        return;
    case HealthVerdict::Failing:
        finish(1);
        return;
    case HealthVerdict::NotYetProven:
        finish(4);
        return;
    }
}

void CliRun::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    if (!m_engine->logPath().isEmpty())
        complain(tr("Log: %1").arg(m_engine->logPath()));
    if (m_opened) {
        QTimer::singleShot(15000, this, &CliRun::reallyExit); // never hang on a dead server
        m_session->close();
        return;
    }
    QTimer::singleShot(0, this, &CliRun::reallyExit);
}

void CliRun::reallyExit()
{
    if (m_exited)
        return;
    m_exited = true;
    m_json[QStringLiteral("exitCode")] = m_exitCode;
    if (m_options.json) {
        QTextStream out(stdout);
        out << QJsonDocument(m_json).toJson(QJsonDocument::Indented);
    }
    if (m_options.stats) {
        const remoting::TrafficStats s = m_session->stats();
        QTextStream err(stderr);
        err << QStringLiteral("stats: requests=%1 sent=%2 received=%3 elapsed_ms=%4\n")
                   .arg(s.requests)
                   .arg(s.bytesSent)
                   .arg(s.bytesReceived)
                   .arg(m_elapsed.elapsed());
    }
    Q_EMIT done(m_exitCode);
}

} // namespace cli

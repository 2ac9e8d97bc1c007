#include "CliRun.h"

#include "ChangeJournal.h"
#include "CliReport.h"
#include "ErrorAdvice.h"
#include "InterruptHandler.h"
#include "ScriptRenderer.h"
#include "StdinLine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcCli, "securestore.cli")

namespace cli {

using namespace exchange;

namespace {

// Yes to a "[y/N]" question: "y" or "yes" in every language, and the yes words of the language
// the question was asked in (the German prompt says [j/N], the Spanish one [s/N]).
bool meansYes(const QString &answer)
{
    if (answer == QLatin1String("y") || answer == QLatin1String("yes"))
        return true;
    const QString words = QCoreApplication::translate(
        "cli::CliRun", "y,yes",
        "the lower-case answers meaning yes to the [y/N] questions, comma-separated; the "
        "first one is the letter the translated questions show");
    return words.split(QLatin1Char(','), Qt::SkipEmptyParts).contains(answer);
}

// A path or value as one shell word (copied into a terminal as it is printed).
QString shellWord(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,\\\\-]+$"));
    if (plain.match(text).hasMatch())
        return text;
#ifdef Q_OS_WIN
    return QLatin1Char('"') + text + QLatin1Char('"');
#else
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
#endif
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
    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &CliRun::checkWaiting);
}

CliRun::~CliRun() = default;

void CliRun::say(const QString &text)
{
    // stdout carries only the result when it is machine-readable (--json) or a script
    // meant for redirection (export-script > setup.ps1); progress goes to stderr then.
    const bool resultOnly
        = m_options.json || m_options.subcommand == QLatin1String("export-script");
    {
        QTextStream out(resultOnly ? stderr : stdout);
        out << text;
        if (!text.endsWith(QLatin1Char('\n')))
            out << '\n';
    }
    std::fflush(resultOnly ? stderr : stdout); // progress shows as it happens, also in a pipe
}

void CliRun::complain(const QString &text)
{
    {
        QTextStream err(stderr);
        err << text;
        if (!text.endsWith(QLatin1Char('\n')))
            err << '\n';
    }
    std::fflush(stderr);
}

QString CliRun::host() const
{
    return QUrl(m_options.server).host();
}

QString CliRun::undoCommand(const QString &journalPath) const
{
    QStringList words{QStringLiteral("securestore-setup"), QStringLiteral("undo"),
                      QStringLiteral("--server"), shellWord(m_options.server)};
    if (m_options.auth == remoting::AuthMethod::Basic)
        words << QStringLiteral("--auth") << QStringLiteral("basic");
    else if (m_options.auth == remoting::AuthMethod::Ntlm)
        words << QStringLiteral("--auth") << QStringLiteral("ntlm");
    if (!m_options.user.isEmpty())
        words << QStringLiteral("--user") << shellWord(m_options.user);
    if (m_options.passwordStdin)
        words << QStringLiteral("--password-stdin");
    if (!m_options.trustFingerprint.isEmpty())
        words << QStringLiteral("--trust-fingerprint")
              << QString::fromLatin1(m_options.trustFingerprint.toHex(':').toUpper());
    words << QStringLiteral("--journal") << shellWord(journalPath);
    return words.join(QLatin1Char(' '));
}

void CliRun::enter(Phase phase)
{
    m_phase = phase;
    m_phaseTimer.start();
    m_waitingFor.clear();
    m_waitedMs = 0;
    m_noticesGiven = 0;
}

QString CliRun::rollBackAdvice(const QString &journalPath) const
{
    if (m_options.subcommand == QLatin1String("undo"))
        return tr("To finish the undo, run it again: %1").arg(undoCommand(journalPath));
    return tr("To roll back what this run changed: %1").arg(undoCommand(journalPath));
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
    if (m_interrupted)
        return;
    say(tr("Connecting to %1…").arg(m_options.server));
    enter(Phase::Connecting);
    m_waitTimer.start();
    m_sessionStarted = true;
    m_session->open(m_options.sessionOptions(m_password));
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
}

void CliRun::onOpened()
{
    if (m_finishing)
        return;
    m_opened = true;
    m_engine->setRunner(m_session, host());
    const remoting::SessionInfo info = m_session->info();
    qCDebug(lcCli) << "session opened" << info.shellId;
    if (m_options.subcommand == QLatin1String("undo")) {
        if (!m_options.yes && !confirmUndo())
            return;
        say(tr("Undoing the changes recorded in %1").arg(m_options.journalFile));
        enter(Phase::Changing);
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
    enter(Phase::Discovering);
    m_engine->discover(settings);
}

bool CliRun::confirmUndo()
{
    return confirm(
        tr("Undo the changes recorded in %1 on %2? [y/N] ").arg(m_options.journalFile, host()),
        tr("Interrupted: nothing was undone."),
        tr("Nothing was undone (not confirmed; pass --yes to undo without asking)."));
}

bool CliRun::confirm(const QString &question, const QString &interrupted, const QString &declined)
{
    enter(Phase::Confirming);
    {
        QTextStream err(stderr);
        err << question;
    }
    std::fflush(stderr);
    const QString answer = m_readLine().trimmed().toLower();
    if (InterruptHandler::count() > 0) { // the signal ended the read
        m_interrupted = true;
        m_json[QStringLiteral("interrupted")] = true;
        complain(interrupted);
        finish(130);
        return false;
    }
    if (!meansYes(answer)) {
        complain(declined);
        finish(1);
        return false;
    }
    return true;
}

void CliRun::reportError(const remoting::Error &error)
{
    // The same advice as the wizard's (exchange::ErrorAdvice), chosen by the error's reason.
    const QString next = ErrorAdvice::nextStep(
        error, ErrorAdvice::Context::of(m_options.sessionOptions(QString())));
    complain(tr("error: %1").arg(error.message));
    if (!next.isEmpty())
        complain(CliReport::adviceLine(next));
    if (!error.detail.isEmpty() && error.detail != error.message)
        complain(QStringLiteral("  (%1)").arg(error.detail));
    m_json[QStringLiteral("error")] = CliReport::errorJson(error, next);
}

void CliRun::onSessionFailed(const remoting::Error &error)
{
    if (m_finishing) {
        reallyExit(); // closing failed: nothing more to do
        return;
    }
    m_opened = false;
    reportError(error);
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
    if (m_finishing)
        return;
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
        const QString script = ScriptRenderer::plan(plan, host());
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
    if (!m_options.yes
        && !confirm(tr("Apply these changes to %1? [y/N] ").arg(host()),
                    tr("Interrupted: nothing was changed."),
                    tr("Nothing was changed (not confirmed; pass --yes to apply without asking).")))
        return;
    enter(Phase::Changing);
    m_engine->apply(m_options.settings, plan);
}

void CliRun::onEngineFailed(const remoting::Error &error)
{
    if (m_finishing)
        return;
    reportError(error);
    finish(error.kind == remoting::Error::Kind::Usage ? 2 : 1);
}

void CliRun::onStepChanged(int, const StepOutcome &outcome)
{
    if (m_finishing)
        return;
    if (outcome.state == StepState::Applying) {
        m_stepInFlight
            = QStringLiteral("[%1] %2").arg(stepKindName(outcome.kind), outcome.identity);
        return;
    }
    say(CliReport::outcomeLine(outcome));
}

void CliRun::onFinished(const ApplyResult &result)
{
    if (m_finishing)
        return;
    m_lastJournal = result.journalPath;
    m_json[QStringLiteral("result")] = CliReport::resultJson(result);
    const bool undo = m_options.subcommand == QLatin1String("undo");
    if (!result.journalPath.isEmpty())
        say(tr("Change journal: %1").arg(result.journalPath));
    if (result.success)
        say(undo ? tr("Undone and verified.") : tr("Done: every change was verified."));
    if (m_timedOut && !m_interrupted && !result.success) {
        reportTimedOutResult(result);
        return;
    }
    if (m_interrupted) {
        if (!result.success)
            complain(undo ? tr("Interrupted: the undo stopped after the step in flight; the steps "
                               "marked Verified above were undone.")
                          : tr("Interrupted: stopped after the step in flight; the steps marked "
                               "Verified above were made, later steps were not attempted."));
        if (!result.journalPath.isEmpty())
            complain(rollBackAdvice(result.journalPath));
        else
            complain(tr("Nothing was changed."));
        finish(130);
        return;
    }
    if (result.success) {
        finish(0);
        return;
    }
    if (result.refused) {
        complain(tr("Undo refused (see the steps marked Refused above). Nothing was undone."));
        finish(3);
        return;
    }
    // Apply runs its changes as one pipeline: when the server's answer was lost, the steps
    // after the one in flight are unconfirmed too (Failed), not "not attempted".
    int failedSteps = 0;
    for (const StepOutcome &o : result.steps)
        failedSteps += o.state == StepState::Failed ? 1 : 0;
    if (result.cancelled)
        complain(tr("Cancelled; the steps above marked Verified were made, those marked Skipped "
                    "were not."));
    else if (!undo && failedSteps > 1)
        complain(tr("The changes ended without a confirmed outcome; the steps marked Failed above "
                    "may or may not have been made (run verify). To roll back: %1")
                     .arg(undoCommand(result.journalPath)));
    else if (undo)
        complain(tr("Stopped at the failed step; later steps were not attempted. %1")
                     .arg(rollBackAdvice(result.journalPath)));
    else
        complain(tr("Stopped at the failed step; later steps were not attempted. To roll back: "
                    "%1")
                     .arg(undoCommand(result.journalPath)));
    finish(1);
}

// The changes were stopped after --timeout and the engine has read the step in flight back:
// the steps are reported (above) and journaled as they are; the timeout is named as the cause.
void CliRun::reportTimedOutResult(const ApplyResult &result)
{
    int verified = 0;
    int skipped = 0;
    int failed = 0;
    for (const StepOutcome &o : result.steps) {
        verified += o.state == StepState::Verified ? 1 : 0;
        skipped += o.state == StepState::Skipped ? 1 : 0;
        failed += o.state == StepState::Failed ? 1 : 0;
    }
    m_json[QStringLiteral("error")] = CliReport::errorJson(
        remoting::Error::make(remoting::Error::Kind::Timeout, m_deadlineMessage));
    // Skipped steps: the server confirmed the stop. None: the pipeline ended otherwise (the
    // connection failed, a step failed), and the steps say how.
    QStringList summary{
        skipped > 0 ? tr("Stopped after --timeout: %1 took longer than %2 s, so the changes were "
                         "stopped after the step in flight.")
                          .arg(host())
                          .arg(m_options.timeoutSeconds)
                    : tr("Stopped after --timeout: %1 took longer than %2 s, and the stop was not "
                         "confirmed.")
                          .arg(host())
                          .arg(m_options.timeoutSeconds)};
    if (verified > 0)
        summary << tr("The steps marked Verified above were made.");
    if (skipped > 0)
        summary << tr("The steps marked Skipped were not attempted.");
    if (failed > 0)
        summary << tr("The steps marked Failed may or may not have been made: run verify.");
    complain(summary.join(QLatin1Char(' ')));
    if (!result.journalPath.isEmpty())
        complain(rollBackAdvice(result.journalPath));
    else
        complain(tr("Nothing was changed."));
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
    enter(Phase::Checking);
    m_check->start(m_options.settings, options);
}

void CliRun::onCheckProgress(const HealthReport &report)
{
    if (m_finishing)
        return;
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
    if (m_finishing)
        return;
    onCheckProgress(report);
    const QList<HealthFinding> delivery = report.findingsIn(HealthArea::Delivery);
    if (!delivery.isEmpty()) {
        say(tr("Delivery (message tracking since %1):").arg(report.since));
        say(CliReport::findingsText(delivery));
    }
    m_json[QStringLiteral("health")] = report.toJson();
    say(report.headline());
    if (m_interrupted) {
        complain(tr("Interrupted: the check stopped early (it changes nothing)."));
        finish(130);
        return;
    }
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

void CliRun::checkWaiting()
{
    if (m_exited)
        return;
    QString what;
    qint64 waited = 0;
    switch (m_phase) {
    case Phase::Connecting:
        what = tr("open a session");
        waited = m_phaseTimer.elapsed();
        break;
    case Phase::Discovering:
    case Phase::Changing: {
        const QString command = m_engine->commandInFlight(&waited);
        if (command.isEmpty())
            return;
        what = tr("answer %1").arg(command);
        break;
    }
    case Phase::Stopping:
        what = tr("stop the changes and read back the step in flight");
        waited = m_phaseTimer.elapsed();
        break;
    case Phase::Closing:
        what = tr("delete the remote shell");
        waited = m_phaseTimer.elapsed();
        break;
    case Phase::Starting:
    case Phase::Confirming:
    case Phase::Checking: // waits on purpose (--wait); the check reports its own progress
        return;
    }
    if (what != m_waitingFor || waited < m_waitedMs) { // another request
        m_waitingFor = what;
        m_noticesGiven = 0;
    }
    m_waitedMs = waited;
    const int limitSeconds
        = m_phase == Phase::Stopping ? m_options.stopSeconds() : m_options.timeoutSeconds;
    if (m_phase != Phase::Closing && waited >= qint64(limitSeconds) * 1000) {
        giveUpWaiting(what);
        return;
    }
    const int due = int(waited / kWaitNoticeMs);
    if (due > m_noticesGiven) {
        m_noticesGiven = due;
        complain(tr("still waiting for %1 to %2 (%3 s)…").arg(host(), what).arg(waited / 1000));
    }
}

void CliRun::giveUpWaiting(const QString &what)
{
    const bool stopping = m_phase == Phase::Stopping;
    const QString message = stopping ? tr("%1 did not %2 within %3 s either.")
                                           .arg(host(), what)
                                           .arg(m_options.stopSeconds())
                                     : tr("%1 did not %2 within %3 s (--timeout %3).")
                                           .arg(host(), what)
                                           .arg(m_options.timeoutSeconds);
    if (m_phase == Phase::Changing && m_options.subcommand == QLatin1String("apply")
        && !m_stepInFlight.isEmpty() && !m_interrupted) {
        // Not yet an error: the run may still end with every change verified.
        complain(message);
        m_deadlineMessage = message;
        stopAfterDeadline();
        return;
    }
    complain(tr("error: %1").arg(message));
    m_json[QStringLiteral("error")] = CliReport::errorJson(remoting::Error::make(
        remoting::Error::Kind::Timeout, stopping ? m_deadlineMessage : message));
    const QString journal = m_engine->journalPath();
    if ((m_phase == Phase::Changing || stopping) && !m_stepInFlight.isEmpty()) {
        complain(tr("The step in flight, %1, is unconfirmed: it may or may not have been made. "
                    "Run verify to see the live configuration.")
                     .arg(m_stepInFlight));
        if (stopping)
            complain(tr("The server did not confirm the stop, so the steps after it may still be "
                        "made."));
        if (!journal.isEmpty()) {
            say(tr("Change journal: %1").arg(journal));
            complain(rollBackAdvice(journal));
        }
    } else if (journal.isEmpty()) {
        complain(tr("Nothing was changed."));
    }
    if (m_opened)
        complain(tr("The remote shell on %1 was not deleted (the connection is still waiting); "
                    "the server removes it when it times out.")
                     .arg(host()));
    m_exitCode = 1;
    if (!m_engine->logPath().isEmpty())
        complain(tr("Log: %1").arg(m_engine->logPath()));
    reallyExit();
}

// Apply's change pipeline is stopped the way interrupt(1) stops it (the engine's cancel: the
// step in flight is read back, later steps are not run); onFinished() then reports the
// timeout as the cause and exits 1. checkWaiting() gives up when the stop takes longer than
// CliOptions::stopSeconds().
void CliRun::stopAfterDeadline()
{
    m_timedOut = true;
    complain(tr("Stopping the changes: the step in flight, %1, is read back once the server has "
                "ended it, and the steps after it are not made (waiting at most %2 s).")
                 .arg(m_stepInFlight)
                 .arg(m_options.stopSeconds()));
    enter(Phase::Stopping);
    m_engine->cancel(JournalingEngine::StopReason::Deadline);
}

void CliRun::interrupt(int count)
{
    if (m_exited)
        return;
    if (count >= 2) {
        abortNow();
        return;
    }
    if (m_interrupted || m_finishing)
        return; // already stopping
    m_interrupted = true;
    m_json[QStringLiteral("interrupted")] = true;
    switch (m_phase) {
    case Phase::Starting:
    case Phase::Connecting:
    case Phase::Confirming:
        complain(tr("Interrupted: nothing was changed."));
        finish(130);
        return;
    case Phase::Discovering:
        complain(tr("Interrupted while reading the configuration: nothing was changed."));
        m_engine->cancel();
        finish(130);
        return;
    case Phase::Changing:
        complain(tr("Interrupted: finishing the step in flight and reading it back, then "
                    "stopping (interrupt again to stop at once)."));
        m_engine->cancel();
        return;
    case Phase::Stopping:
        complain(tr("Interrupted: already stopping after the step in flight (interrupt again to "
                    "stop at once)."));
        return;
    case Phase::Checking:
        m_check->cancel(); // finished() follows with what was found so far
        return;
    case Phase::Closing:
        return;
    }
}

void CliRun::abortNow()
{
    if (m_exited)
        return;
    m_interrupted = true;
    m_json[QStringLiteral("interrupted")] = true;
    complain(tr("Interrupted again: stopping at once."));
    const QString journal = m_lastJournal.isEmpty() ? m_engine->journalPath() : m_lastJournal;
    if (!journal.isEmpty()) {
        say(tr("Change journal: %1").arg(journal));
        if ((m_phase == Phase::Changing || m_phase == Phase::Stopping) && !m_stepInFlight.isEmpty())
            complain(tr("The step in flight, %1, is unconfirmed: it may or may not have been "
                        "made.")
                         .arg(m_stepInFlight));
        complain(rollBackAdvice(journal));
    } else if (m_phase != Phase::Closing) {
        complain(tr("Nothing was changed."));
    }
    if (m_opened && m_phase != Phase::Closing)
        complain(tr("The remote shell on %1 was not deleted; the server removes it when it times "
                    "out.")
                     .arg(host()));
    if (!m_finishing && !m_engine->logPath().isEmpty())
        complain(tr("Log: %1").arg(m_engine->logPath()));
    m_exitCode = 130;
    reallyExit();
}

void CliRun::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    if (!m_engine->logPath().isEmpty())
        complain(tr("Log: %1").arg(m_engine->logPath()));
    if (m_sessionStarted) {
        // Also while the session is still opening: the shell the server made is deleted.
        enter(Phase::Closing);
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
    m_waitTimer.stop();
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

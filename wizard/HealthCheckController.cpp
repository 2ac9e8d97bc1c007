#include "HealthCheckController.h"

#include "CommandSession.h"

namespace wizard {

using exchange::FindingState;
using exchange::HealthArea;
using exchange::HealthFinding;
using exchange::HealthReport;
using exchange::HealthVerdict;

namespace {

HealthCheckController::LineState lineState(const HealthReport &r, HealthArea area)
{
    switch (r.areaState(area)) {
    case FindingState::Failed:
        return HealthCheckController::LineState::Failed;
    case FindingState::Warning:
        return HealthCheckController::LineState::Warning;
    case FindingState::Ok:
    case FindingState::Info:
        break;
    }
    return HealthCheckController::LineState::Ok;
}

// The most telling finding of an area: the worst one (failures first), else the first.
QString leadText(const HealthReport &r, HealthArea area)
{
    const QList<HealthFinding> findings = r.findingsIn(area);
    for (FindingState s :
         {FindingState::Failed, FindingState::Warning, FindingState::Ok, FindingState::Info})
        for (const HealthFinding &f : findings)
            if (f.state == s)
                return f.message;
    return {};
}

} // namespace

HealthCheckController::HealthCheckController(QObject *parent)
    : QObject(parent)
    , m_check(new exchange::HealthCheck(this))
{
    connect(m_check, &exchange::HealthCheck::progress, this, &HealthCheckController::onProgress);
    connect(m_check, &exchange::HealthCheck::finished, this, &HealthCheckController::onFinished);
    connect(m_check, &exchange::HealthCheck::failed, this, &HealthCheckController::onFailed);
}

HealthCheckController::~HealthCheckController()
{
    m_check->cancel();
}

void HealthCheckController::start(remoting::CommandSession *session,
                                  const exchange::JournalingSettings &settings,
                                  const exchange::ErrorAdvice::Context &connection)
{
    if (m_check->isBusy())
        return;
    m_connection = connection;
    m_report = HealthReport();
    m_errorText.clear();
    m_started = true;
    if (!session) {
        m_errorText = tr("Not connected to Exchange: the check needs the connection.");
        Q_EMIT changed();
        return;
    }
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // A session that goes away mid-check takes its pipelines with it: stop waiting.
    connect(session, &QObject::destroyed, this, [this] { m_check->cancel(); });
    m_check->setRunner(session);
    exchange::HealthCheckOptions options;
    options.waitMs = m_waitMs;
    options.pollIntervalMs = m_pollIntervalMs;
    m_check->start(settings, options);
    Q_EMIT changed();
}

void HealthCheckController::cancel()
{
    m_check->cancel();
}

bool HealthCheckController::isRunning() const
{
    return m_check->isBusy();
}

void HealthCheckController::onProgress(const HealthReport &report)
{
    m_report = report;
    Q_EMIT changed();
}

void HealthCheckController::onFinished(const HealthReport &report)
{
    m_report = report;
    Q_EMIT changed();
    Q_EMIT finished(report);
}

void HealthCheckController::onFailed(const remoting::Error &error)
{
    m_errorText = tr("The check could not be completed: %1")
                      .arg(exchange::ErrorAdvice::text(error, m_connection));
    m_report.finished = true;
    Q_EMIT changed();
    Q_EMIT finished(m_report);
}

HealthCheckController::LineState HealthCheckController::configurationState() const
{
    if (!m_report.configurationChecked)
        return isRunning() ? LineState::Running : LineState::Pending;
    return lineState(m_report, HealthArea::Configuration);
}

QString HealthCheckController::configurationText() const
{
    if (!m_report.configurationChecked)
        return tr("Checking the configuration…");
    const LineState s = configurationState();
    if (s == LineState::Ok)
        return tr("Configuration: journal rule, undeliverable-reports mailbox and routing are as "
                  "set up.");
    return tr("Configuration: %1").arg(leadText(m_report, HealthArea::Configuration));
}

HealthCheckController::LineState HealthCheckController::queuesState() const
{
    if (!m_report.queuesChecked)
        return isRunning() ? LineState::Running : LineState::Pending;
    return lineState(m_report, HealthArea::Queues);
}

QString HealthCheckController::queuesText() const
{
    if (!m_report.queuesChecked)
        return tr("Scanning the transport queues…");
    const QString lead = leadText(m_report, HealthArea::Queues);
    return lead.isEmpty() ? tr("Queues: not read.") : tr("Queues: %1").arg(lead);
}

HealthCheckController::LineState HealthCheckController::deliveryState() const
{
    if (m_report.verdict == HealthVerdict::Proven)
        return LineState::Ok;
    if (m_report.finished || !m_errorText.isEmpty()) {
        for (const HealthFinding &f : m_report.findingsIn(HealthArea::Delivery))
            if (f.state == FindingState::Failed)
                return LineState::Failed;
        return LineState::Warning;
    }
    return isRunning() ? LineState::Running : LineState::Pending;
}

QString HealthCheckController::deliveryText() const
{
    if (const exchange::JournalReportTrace *proof = m_report.proof();
        proof && m_report.verdict == HealthVerdict::Proven)
        return HealthReport::describe(*proof);
    if (!m_report.queuesChecked)
        return tr("Following journal reports in message tracking…");
    if (m_report.waiting)
        return tr("Waiting for the first journal report…");
    const QString lead = leadText(m_report, HealthArea::Delivery);
    return lead.isEmpty() ? tr("Delivery not followed.") : lead;
}

QString HealthCheckController::verdictText() const
{
    if (!m_errorText.isEmpty())
        return m_errorText;
    if (!m_report.finished)
        return {};
    return m_report.headline();
}

} // namespace wizard

#pragma once

#include "HealthReport.h"
#include "JournalingEngine.h"
#include "Organisation.h"
#include "Plan.h"

#include <QJsonObject>
#include <QString>

namespace cli {

// Human and JSON renderings of the engine's results for the command line.
class CliReport
{
public:
    static QString planText(const exchange::Plan &plan);
    static QString outcomeLine(const exchange::StepOutcome &outcome);
    static QString organisationText(const exchange::Organisation &org);
    // Health check findings, one per line (mark, message), with evidence, advice and the
    // commands the administrator may run indented below.
    static QString findingsText(const QList<exchange::HealthFinding> &findings);

    static QJsonObject planJson(const exchange::Plan &plan);
    static QJsonObject resultJson(const exchange::ApplyResult &result);
    static QJsonObject organisationJson(const exchange::Organisation &org);
    // kind, reason (a stable name), message, detail and, when there is one, advice.
    static QJsonObject errorJson(const remoting::Error &error, const QString &advice = {});
    // "what to do: <advice>", as under a health finding.
    static QString adviceLine(const QString &advice);
};

} // namespace cli

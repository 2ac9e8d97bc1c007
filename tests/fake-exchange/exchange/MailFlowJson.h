#pragma once

#include "MailFlowModel.h"

#include <QJsonObject>
#include <QJsonValue>

namespace fake {

// The "mailFlow" section of the organisation JSON (keys in ../MAILFLOW.md). Unknown keys and
// bad values are errors naming their JSON path, as in OrganisationJson.
class MailFlowJson
{
public:
    // False with *error ("mailFlow.archives[0]: ...") when the section is not valid.
    static bool parse(const QJsonValue &section, MailFlowSettings *out, QString *error);
    static QJsonObject toJson(const MailFlowSettings &settings);
    // "2.00:00:00", "00:03:00" (TimeSpan text) -> seconds; -1 when not a TimeSpan.
    static qint64 timeSpanSeconds(const QString &text);
};

} // namespace fake

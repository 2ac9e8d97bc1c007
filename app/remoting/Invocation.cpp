#include "Invocation.h"

#include <QRegularExpression>

namespace remoting {

QString ErrorRecord::failureCategory() const
{
    static const QRegularExpression re(
        QStringLiteral("\\[FailureCategory=[A-Za-z]+-([A-Za-z0-9_.]+)\\]"));
    const auto m = re.match(fullyQualifiedErrorId);
    if (m.hasMatch())
        return m.captured(1);
    if (!exceptionType.isEmpty())
        return exceptionType.section(QLatin1Char('.'), -1);
    return reason;
}

} // namespace remoting

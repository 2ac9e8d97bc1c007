#include "ServerText.h"

#include <QCoreApplication>

namespace remoting {

QString serverText(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype keep = qMax(0, maxChars);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep)
           + QCoreApplication::translate("remoting::ServerText", "… (%1 more characters)")
                 .arg(text.size() - keep);
}

} // namespace remoting

#include "StdinLine.h"

#include <QByteArray>

#include <cstdio>

namespace cli {

QString readStdinLine()
{
    bool tooLong = false;
    return readStdinLine(64 * 1024, &tooLong);
}

QString readStdinLine(int maxChars, bool *tooLong)
{
    *tooLong = false;
    // UTF-8 needs at most 4 bytes per character; the exact count is checked after decoding.
    const qsizetype maxBytes = qsizetype(maxChars) * 4 + 1;
    QByteArray line;
    for (;;) {
        const int c = std::getc(stdin);
        if (c == EOF || c == '\n')
            break;
        if (line.size() >= maxBytes) {
            *tooLong = true;
            break;
        }
        line.append(char(c));
    }
    if (line.endsWith('\r'))
        line.chop(1);
    QString text = QString::fromLocal8Bit(line);
    line.fill('\0');
    if (!*tooLong && text.size() > maxChars)
        *tooLong = true;
    if (*tooLong) {
        text.fill(QLatin1Char('\0'));
        text.clear();
    }
    return text;
}

} // namespace cli

#include "StdinLine.h"

#include <QByteArray>

#include <cstdio>

namespace cli {

QString readStdinLine()
{
    QByteArray line;
    for (;;) {
        const int c = std::getc(stdin);
        if (c == EOF || c == '\n')
            break;
        line.append(char(c));
    }
    if (line.endsWith('\r'))
        line.chop(1);
    QString text = QString::fromLocal8Bit(line);
    line.fill('\0');
    return text;
}

} // namespace cli

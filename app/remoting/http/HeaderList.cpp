#include "HeaderList.h"

namespace remoting::http {

static bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            return h.second;
    }
    return {};
}

QList<QByteArray> headerValues(const HeaderList &headers, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            values.append(h.second);
    }
    return values;
}

bool hasHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            return true;
    }
    return false;
}

void setHeader(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    removeHeader(headers, name);
    headers.emplaceBack(QByteArray(name), QByteArray(value));
}

void removeHeader(HeaderList &headers, const QByteArray &name)
{
    headers.removeIf(
        [&](const QPair<QByteArray, QByteArray> &h) { return sameName(h.first, name); });
}

bool headerHasToken(const HeaderList &headers, const QByteArray &name, const QByteArray &token)
{
    for (const auto &h : headers) {
        if (!sameName(h.first, name))
            continue;
        const QList<QByteArray> parts = h.second.split(',');
        for (const QByteArray &part : parts) {
            if (sameName(part.trimmed(), token))
                return true;
        }
    }
    return false;
}

} // namespace remoting::http

#include "Fragmenter.h"

#include <QtEndian>

#include <algorithm>

namespace remoting::psrp {

Fragmenter::Fragmenter(int maxFragmentSize)
    : m_maxFragmentSize(std::max(maxFragmentSize, kFragmentHeaderSize + 1))
{}

void Fragmenter::setMaxFragmentSize(int size)
{
    m_maxFragmentSize = std::max(size, kFragmentHeaderSize + 1);
}

QList<QByteArray> Fragmenter::fragment(const QByteArray &encodedMessage)
{
    const quint64 objectId = m_nextObjectId++;
    const qsizetype maxBlob = m_maxFragmentSize - kFragmentHeaderSize;
    QList<QByteArray> out;
    quint64 fragmentId = 0;
    qsizetype offset = 0;
    do {
        const qsizetype len = std::min(maxBlob, encodedMessage.size() - offset);
        QByteArray f(kFragmentHeaderSize, '\0');
        auto *p = reinterpret_cast<uchar *>(f.data());
        qToBigEndian<quint64>(objectId, p);
        qToBigEndian<quint64>(fragmentId, p + 8);
        quint8 flags = 0;
        if (offset == 0)
            flags |= 1;
        if (offset + len >= encodedMessage.size())
            flags |= 2;
        p[16] = flags;
        qToBigEndian<quint32>(quint32(len), p + 17);
        f += encodedMessage.mid(offset, len);
        out.append(f);
        offset += len;
        ++fragmentId;
    } while (offset < encodedMessage.size());
    return out;
}

} // namespace remoting::psrp

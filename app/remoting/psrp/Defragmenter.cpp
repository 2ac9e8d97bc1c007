#include "Defragmenter.h"

#include "Fragmenter.h"

#include <QCoreApplication>
#include <QtEndian>

namespace remoting::psrp {

namespace {
Error fragmentError(const QString &detail)
{
    return Error::make(
        Error::Kind::Protocol,
        QCoreApplication::translate("remoting::psrp",
                                    "The server sent malformed PowerShell data fragments."),
        detail);
}
Error limitError(const QString &detail)
{
    return Error::make(
        Error::Kind::Protocol,
        QCoreApplication::translate(
            "remoting::psrp",
            "The server sent more unfinished PowerShell data than this tool accepts (at most "
            "%1 messages and %2 MB at a time). The session was ended as a protocol error; if "
            "the server is genuine, report this with the log.")
            .arg(Defragmenter::kMaxOpenObjects)
            .arg(Defragmenter::kMaxBufferedBytes / (1024 * 1024)),
        detail);
}
} // namespace

void Defragmenter::reset()
{
    m_pending.clear();
    m_partial.clear();
    m_partialBytes = 0;
    m_failed = false;
}

bool Defragmenter::hasIncomplete() const
{
    return !m_pending.isEmpty() || !m_partial.isEmpty();
}

Expected<QList<Message>> Defragmenter::feed(const QByteArray &streamBytes)
{
    if (m_failed)
        return fragmentError(QStringLiteral("defragmenter used after an earlier error"));
    auto fail = [this](const QString &detail) {
        m_failed = true;
        return fragmentError(detail);
    };
    auto failLimit = [this](const QString &detail) {
        m_failed = true;
        return limitError(detail);
    };
    if (m_partialBytes + m_pending.size() + streamBytes.size() > kMaxBufferedBytes)
        return failLimit(QStringLiteral("more than %1 bytes of unfinished fragments buffered")
                             .arg(kMaxBufferedBytes));
    m_pending += streamBytes;
    QList<Message> out;
    qsizetype pos = 0;
    while (m_pending.size() - pos >= kFragmentHeaderSize) {
        const auto *p = reinterpret_cast<const uchar *>(m_pending.constData() + pos);
        const quint64 objectId = qFromBigEndian<quint64>(p);
        const quint64 fragmentId = qFromBigEndian<quint64>(p + 8);
        const quint8 flags = p[16];
        const quint32 length = qFromBigEndian<quint32>(p + 17);
        if (flags & ~quint8(3))
            return fail(QStringLiteral("fragment flags 0x%1 are invalid")
                            .arg(flags, 2, 16, QLatin1Char('0')));
        if (length > quint32(kMaxMessageSize))
            return fail(QStringLiteral("fragment of %1 bytes is too large").arg(length));
        if (m_pending.size() - pos - kFragmentHeaderSize < qsizetype(length))
            break; // wait for the rest of this fragment
        const QByteArray blob = m_pending.mid(pos + kFragmentHeaderSize, length);
        pos += kFragmentHeaderSize + length;

        const bool start = flags & 1;
        const bool end = flags & 2;
        auto it = m_partial.find(objectId);
        if (start) {
            if (fragmentId != 0)
                return fail(QStringLiteral("start fragment of object %1 has FragmentId %2")
                                .arg(objectId)
                                .arg(fragmentId));
            if (it != m_partial.end())
                return fail(QStringLiteral("object %1 started twice").arg(objectId));
            if (!end && m_partial.size() >= kMaxOpenObjects)
                return failLimit(QStringLiteral("more than %1 unfinished objects (object %2)")
                                     .arg(kMaxOpenObjects)
                                     .arg(objectId));
            it = m_partial.insert(objectId, Partial{});
        } else {
            if (it == m_partial.end())
                return fail(QStringLiteral("fragment %1 of object %2 without a start fragment")
                                .arg(fragmentId)
                                .arg(objectId));
            if (fragmentId != it->nextFragmentId)
                return fail(QStringLiteral("object %1: expected fragment %2, got %3")
                                .arg(objectId)
                                .arg(it->nextFragmentId)
                                .arg(fragmentId));
        }
        if (it->data.size() + blob.size() > kMaxMessageSize)
            return fail(QStringLiteral("message of object %1 exceeds %2 bytes")
                            .arg(objectId)
                            .arg(kMaxMessageSize));
        it->data += blob;
        m_partialBytes += blob.size();
        it->nextFragmentId = fragmentId + 1;
        if (end) {
            const QByteArray whole = it->data;
            m_partialBytes -= whole.size();
            m_partial.erase(it);
            auto m = decodeMessage(whole);
            if (!m)
                return fail(QStringLiteral("object %1: %2").arg(objectId).arg(m.error().detail));
            out.append(std::move(m).value());
        }
    }
    m_pending.remove(0, pos);
    return out;
}

} // namespace remoting::psrp

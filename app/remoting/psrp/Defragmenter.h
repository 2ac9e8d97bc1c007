#pragma once

#include "Message.h"

#include <QByteArray>
#include <QList>
#include <QMap>

namespace remoting::psrp {

// Reassembles messages from fragments. Feed the decoded bytes of each WS-Man Stream element
// in order (one Defragmenter per direction and stream). A fragment header may even be split
// across elements. Garbage (bad flags, out-of-order FragmentIds, oversize messages,
// undecodable messages) yields an Error; the Defragmenter is unusable afterwards (reset()).
// A hostile server cannot make it buffer without bound: each message is limited to
// kMaxMessageSize, all unfinished data together to kMaxBufferedBytes, and the number of
// messages started but not finished to kMaxOpenObjects.
class Defragmenter
{
public:
    static constexpr int kMaxMessageSize = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxBufferedBytes = 80 * 1024 * 1024;
    static constexpr int kMaxOpenObjects = 32;

    Expected<QList<Message>> feed(const QByteArray &streamBytes);
    // a message or a fragment header is partly received
    bool hasIncomplete() const;
    void reset();

private:
    struct Partial
    {
        quint64 nextFragmentId = 0;
        QByteArray data;
    };
    QByteArray m_pending;             // bytes of a fragment not yet complete
    QMap<quint64, Partial> m_partial; // by ObjectId
    qsizetype m_partialBytes = 0;     // sum of m_partial's data
    bool m_failed = false;
};

} // namespace remoting::psrp

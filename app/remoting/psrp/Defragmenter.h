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
class Defragmenter
{
public:
    static constexpr int kMaxMessageSize = 64 * 1024 * 1024;

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
    bool m_failed = false;
};

} // namespace remoting::psrp

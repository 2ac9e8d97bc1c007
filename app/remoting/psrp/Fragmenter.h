#pragma once

#include <QByteArray>
#include <QList>

namespace remoting::psrp {

// MS-PSRP 2.2.4 fragment header (big-endian): ObjectId u64, FragmentId u64, flags u8,
// BlobLength u32.
constexpr int kFragmentHeaderSize = 21;

// Splits encoded messages into fragments. One Fragmenter per direction of a runspace
// pool: ObjectIds start at 1 and increase per message.
class Fragmenter
{
public:
    // maxFragmentSize includes the 21-byte header (minimum 22).
    explicit Fragmenter(int maxFragmentSize = 32768);

    // One message -> encoded fragments (each: 21-byte header + blob); the caller may put
    // several in one Stream/creationXml element (concatenated) or send them separately.
    QList<QByteArray> fragment(const QByteArray &encodedMessage);

    int maxFragmentSize() const { return m_maxFragmentSize; }
    void setMaxFragmentSize(int size);

private:
    int m_maxFragmentSize;
    quint64 m_nextObjectId = 1;
};

} // namespace remoting::psrp

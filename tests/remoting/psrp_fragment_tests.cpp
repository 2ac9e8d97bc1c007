#include "psrp/Defragmenter.h"
#include "psrp/Fragmenter.h"
#include "psrp/Message.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QtEndian>

using namespace remoting;
using namespace remoting::psrp;

namespace {
Message sample(int size, MessageType type = MessageType::PipelineOutput)
{
    Message m;
    m.destination = Destination::Client;
    m.type = type;
    m.rpid = QUuid(QStringLiteral("04777930-1347-422B-AA4D-33BDC2570979"));
    m.pid = QUuid::createUuid();
    m.data = QByteArray(size, 'x');
    for (int i = 0; i < size; ++i)
        m.data[i] = char('a' + i % 26);
    return m;
}

QByteArray fragmentHeader(quint64 objectId, quint64 fragmentId, quint8 flags, quint32 length)
{
    QByteArray h(kFragmentHeaderSize, '\0');
    auto *p = reinterpret_cast<uchar *>(h.data());
    qToBigEndian(objectId, p);
    qToBigEndian(fragmentId, p + 8);
    p[16] = flags;
    qToBigEndian(length, p + 17);
    return h;
}
} // namespace

TEST(PsrpMessage, GuidUsesDotNetByteOrder)
{
    const QUuid g(QStringLiteral("04777930-1347-422B-AA4D-33BDC2570979"));
    EXPECT_EQ(guidToBytes(g).toHex(),
              QByteArray("30797704471342b2aa4d33bdc2570979").replace("42b2", "2b42"));
    EXPECT_EQ(guidToBytes(g).toHex(), QByteArray("307977044713"
                                                 "2b42"
                                                 "aa4d33bdc2570979"));
    EXPECT_EQ(guidFromBytes(guidToBytes(g)), g);
    EXPECT_TRUE(guidFromBytes(QByteArray(15, '\1')).isNull());
}

TEST(PsrpMessage, HeaderIsLittleEndianAndRoundTrips)
{
    Message m = sample(10, MessageType::SessionCapability);
    m.destination = Destination::Server;
    const QByteArray bytes = encodeMessage(m);
    ASSERT_EQ(bytes.size(), kMessageHeaderSize + 10);
    EXPECT_EQ(bytes.left(8).toHex(), QByteArray("0200000002000100"));
    auto back = decodeMessage(bytes);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->destination, Destination::Server);
    EXPECT_EQ(back->type, MessageType::SessionCapability);
    EXPECT_EQ(back->rpid, m.rpid);
    EXPECT_EQ(back->pid, m.pid);
    EXPECT_EQ(back->data, m.data);
    EXPECT_EQ(messageTypeName(MessageType::RunspacePoolState),
              QStringLiteral("RUNSPACEPOOL_STATE"));
    EXPECT_EQ(messageTypeName(MessageType(0x12345)), QStringLiteral("0x00012345"));
}

TEST(PsrpMessage, ShortOrBadMessagesAreErrors)
{
    EXPECT_FALSE(decodeMessage(QByteArray(39, '\0')).ok());
    QByteArray bad = encodeMessage(sample(3));
    bad[0] = 7; // destination neither 1 nor 2
    EXPECT_FALSE(decodeMessage(bad).ok());
}

TEST(PsrpFragments, SmallMessageIsOneFragment)
{
    Fragmenter f;
    const QList<QByteArray> frags = f.fragment(encodeMessage(sample(100)));
    ASSERT_EQ(frags.size(), 1);
    EXPECT_EQ(frags.first().left(kFragmentHeaderSize), fragmentHeader(1, 0, 3, 140));
    EXPECT_EQ(f.fragment(QByteArray(41, 'a')).first().left(8),
              fragmentHeader(2, 0, 3, 41).left(8)); // ObjectId increments
}

TEST(PsrpFragments, LargeMessageSplitsAndReassembles)
{
    Fragmenter f(100);
    const Message m = sample(1000);
    const QList<QByteArray> frags = f.fragment(encodeMessage(m));
    ASSERT_EQ(frags.size(), (1040 + 78) / 79);
    for (int i = 0; i < frags.size(); ++i) {
        EXPECT_LE(frags.at(i).size(), 100);
        const quint8 flags = quint8(frags.at(i).at(16));
        EXPECT_EQ(flags & 1, i == 0 ? 1 : 0);
        EXPECT_EQ(flags & 2, i == frags.size() - 1 ? 2 : 0);
    }
    Defragmenter d;
    QList<Message> got;
    for (const QByteArray &fr : frags) {
        auto r = d.feed(fr);
        ASSERT_TRUE(r.ok());
        got += *r;
        if (got.isEmpty()) {
            EXPECT_TRUE(d.hasIncomplete());
        }
    }
    ASSERT_EQ(got.size(), 1);
    EXPECT_EQ(got.first().data, m.data);
    EXPECT_EQ(got.first().pid, m.pid);
    EXPECT_FALSE(d.hasIncomplete());
}

TEST(PsrpFragments, OneByteFeedsAndSeveralMessagesPerElement)
{
    Fragmenter f(64);
    QByteArray stream;
    QList<Message> sent;
    for (int i = 0; i < 5; ++i) {
        sent.append(sample(i * 37));
        for (const QByteArray &fr : f.fragment(encodeMessage(sent.last())))
            stream += fr;
    }
    // all in one element
    {
        Defragmenter d;
        auto r = d.feed(stream);
        ASSERT_TRUE(r.ok());
        ASSERT_EQ(r->size(), 5);
        for (int i = 0; i < 5; ++i)
            EXPECT_EQ(r->at(i).data, sent.at(i).data);
    }
    // one byte at a time (headers split too)
    {
        Defragmenter d;
        QList<Message> got;
        for (char c : stream) {
            auto r = d.feed(QByteArray(1, c));
            ASSERT_TRUE(r.ok());
            got += *r;
        }
        ASSERT_EQ(got.size(), 5);
        EXPECT_EQ(got.at(4).data, sent.at(4).data);
        EXPECT_FALSE(d.hasIncomplete());
    }
    // random cuts
    QRandomGenerator rng(7);
    for (int round = 0; round < 50; ++round) {
        Defragmenter d;
        QList<Message> got;
        for (qsizetype pos = 0; pos < stream.size();) {
            const int n = 1 + rng.bounded(90);
            auto r = d.feed(stream.mid(pos, n));
            ASSERT_TRUE(r.ok());
            got += *r;
            pos += n;
        }
        ASSERT_EQ(got.size(), 5);
    }
}

TEST(PsrpFragments, InterleavedObjectsReassembleById)
{
    Fragmenter f(50);
    const Message a = sample(100), b = sample(120);
    const auto fa = f.fragment(encodeMessage(a));
    const auto fb = f.fragment(encodeMessage(b));
    Defragmenter d;
    QList<Message> got;
    for (int i = 0; i < std::max(fa.size(), fb.size()); ++i) {
        if (i < fa.size())
            got += *d.feed(fa.at(i));
        if (i < fb.size())
            got += *d.feed(fb.at(i));
    }
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got.at(0).data, a.data);
    EXPECT_EQ(got.at(1).data, b.data);
}

TEST(PsrpFragments, GarbageIsAnErrorNotACrash)
{
    const QByteArray body = encodeMessage(sample(5));
    auto expectError = [](const QByteArray &bytes, const char *what) {
        Defragmenter d;
        auto r = d.feed(bytes);
        EXPECT_FALSE(r.ok()) << what;
        if (!r.ok()) {
            EXPECT_EQ(r.error().kind, Error::Kind::Protocol);
        }
        EXPECT_FALSE(d.feed(QByteArray()).ok()) << "unusable after an error: " << what;
    };
    expectError(fragmentHeader(1, 0, 0x10, 45) + body, "bad flags");
    expectError(fragmentHeader(1, 1, 2, 45) + body, "middle fragment without a start");
    expectError(fragmentHeader(1, 3, 3, 45) + body, "start fragment with FragmentId 3");
    expectError(fragmentHeader(1, 0, 1, 10) + body.left(10) + fragmentHeader(1, 5, 2, 35)
                    + body.mid(10),
                "gap in FragmentIds");
    expectError(fragmentHeader(1, 0, 1, 10) + body.left(10) + fragmentHeader(1, 0, 1, 10)
                    + body.left(10),
                "started twice");
    expectError(fragmentHeader(1, 0, 3, 0xFFFFFFFFu), "absurd length");
    expectError(fragmentHeader(1, 0, 3, 5) + "short", "message shorter than its header");

    // truncation: not an error, just incomplete
    Defragmenter d;
    const QByteArray whole = fragmentHeader(1, 0, 3, quint32(body.size())) + body;
    auto r = d.feed(whole.left(whole.size() - 1));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->isEmpty());
    EXPECT_TRUE(d.hasIncomplete());
    d.reset();
    EXPECT_FALSE(d.hasIncomplete());

    QRandomGenerator rng(99);
    for (int i = 0; i < 3000; ++i) {
        QByteArray junk(rng.bounded(200), '\0');
        for (auto &c : junk)
            c = char(rng.bounded(256));
        Defragmenter fresh;
        (void)fresh.feed(junk);
        QByteArray mutated = whole;
        mutated[rng.bounded(int(mutated.size()))] = char(rng.bounded(256));
        (void)fresh.feed(mutated);
    }
}

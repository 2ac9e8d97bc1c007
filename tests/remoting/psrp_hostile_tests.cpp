// What a hostile or broken server can send to the PSRP codec: deep unknown elements,
// <Ref> ladders, endless unfinished fragments, huge texts, foreign messages (issue 12
// items 11-13, 15, 16; issue 8 items 7 and 9). Each test bounds time or memory by what it
// asserts, never by a sleep.
#include "ReceiveBackoff.h"
#include "ServerText.h"
#include "psrp/MessageRoute.h"
#include "psrp/Psrp.h"
#include "wsman/Wsman.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QtEndian>

using namespace remoting;
using namespace remoting::psrp;
namespace cx = remoting::clixml;

namespace {

const QUuid kRpid(QStringLiteral("11111111-2222-3333-4444-555555555555"));

Message msg(MessageType type, const QByteArray &data, QUuid pid = {}, QUuid rpid = kRpid)
{
    return {Destination::Client, type, rpid, pid, data};
}

QByteArray fragment(quint64 objectId, quint64 fragmentId, quint8 flags, const QByteArray &blob)
{
    QByteArray h(kFragmentHeaderSize, '\0');
    auto *p = reinterpret_cast<uchar *>(h.data());
    qToBigEndian(objectId, p);
    qToBigEndian(fragmentId, p + 8);
    p[16] = flags;
    qToBigEndian(quint32(blob.size()), p + 17);
    return h + blob;
}

// Objects 0..levels-1 in one flat list; object i holds two references to object i-1, so
// the last one stands for 2^levels strings.
QByteArray refLadder(int levels)
{
    QByteArray xml = "<Obj RefId=\"top\"><LST><Obj RefId=\"0\"><LST><S>ab</S><S>cd</S></LST></Obj>";
    for (int i = 1; i < levels; ++i)
        xml += QStringLiteral("<Obj RefId=\"%1\"><LST><Ref RefId=\"%2\"/><Ref RefId=\"%2\"/></LST>"
                              "</Obj>")
                   .arg(i)
                   .arg(i - 1)
                   .toUtf8();
    return xml + "</LST></Obj>";
}

} // namespace

// ---- 12.11: unknown elements nested tens of thousands deep

TEST(ClixmlHostile, DeeplyNestedUnknownElementsAreReadWithoutRecursion)
{
    const int depth = 60000;
    QByteArray inner = QByteArray("<Unknown>").repeated(depth) + "deep text"
                       + QByteArray("</Unknown>").repeated(depth);
    // in value position (kept as text) ...
    auto asValue = cx::parse("<Obj RefId=\"0\"><MS><S N=\"a\">x</S>"
                             + inner.replace(0, 9, "<Unknown N=\"b\">") + "</MS></Obj>");
    ASSERT_TRUE(asValue.ok()) << qPrintable(asValue.error().toLogString());
    EXPECT_EQ(asValue->property(QStringLiteral("b")).toString(), QStringLiteral("deep text"));
    EXPECT_EQ(asValue->property(QStringLiteral("a")).toString(), QStringLiteral("x"));
    // ... and directly inside an <Obj> (skipped)
    const QByteArray skipped = QByteArray("<Obj RefId=\"0\">") + QByteArray("<Zz>").repeated(depth)
                               + QByteArray("</Zz>").repeated(depth)
                               + "<MS><I32 N=\"n\">5</I32></MS></Obj>";
    auto inObject = cx::parse(skipped);
    ASSERT_TRUE(inObject.ok()) << qPrintable(inObject.error().toLogString());
    EXPECT_EQ(inObject->property(QStringLiteral("n")).toInteger(), 5);
    // known elements stay bounded at kMaxDepth
    QByteArray known;
    for (int i = 0; i <= cx::kMaxDepth + 1; ++i)
        known += "<Obj RefId=\"" + QByteArray::number(i) + "\"><LST>";
    for (int i = 0; i <= cx::kMaxDepth + 1; ++i)
        known += "</LST></Obj>";
    EXPECT_FALSE(cx::parse(known).ok());
}

TEST(ClixmlHostile, UnknownElementTextIsBounded)
{
    const QByteArray big(cx::kMaxUnknownText * 4, 'z');
    auto v = cx::parse("<Whatever><a>" + big + "</a><b>" + big + "</b></Whatever>");
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->toString().size(), cx::kMaxUnknownText);
}

// ---- 12.12: <Ref> ladders

TEST(ClixmlHostile, RefLadderFlatteningIsBoundedInCountAndSize)
{
    const QByteArray xml = refLadder(40); // 2^40 strings if expanded naively; ~3 KB on the wire
    ASSERT_LT(xml.size(), 4096);
    QElapsedTimer timer;
    timer.start();
    auto v = cx::parse(xml);
    ASSERT_TRUE(v.ok()) << qPrintable(v.error().toLogString());

    const QString text = v->toString();
    EXPECT_LE(text.size(), PsValue::kMaxFlattenChars + 1);
    EXPECT_TRUE(text.endsWith(QChar(0x2026))) << "a cut expansion is marked";
    EXPECT_TRUE(text.startsWith(QStringLiteral("ab cd ab cd")));

    const QStringList items = v->toStringList();
    qsizetype total = 0;
    for (const QString &s : items)
        total += s.size();
    EXPECT_LE(total, PsValue::kMaxFlattenChars + items.size());
    EXPECT_EQ(items.last(), QString(QChar(0x2026)));

    // comparing and re-serializing stay linear in the number of distinct objects
    auto again = cx::parse(cx::serialize(*v));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(*again == *v);
    EXPECT_LT(cx::serialize(*v).size(), 8 * xml.size());

    // what the client derives from server data goes through the same bounds
    const ErrorRecord record = errorRecordFromValue(*v);
    EXPECT_LE(record.message.size(), kMaxServerTextChars + 64);
    EXPECT_LT(timer.elapsed(), 20000) << "flattening must not be exponential";
}

TEST(ClixmlHostile, ErrorRecordThatIsAPlainStringIsCutLikeAnyOther)
{
    // Found by fuzz_clixml_values: an error record sent as a bare <S> skipped the cut that
    // every field of a record object gets, so its whole text reached the log and the screen.
    const QString longText(100000, QLatin1Char('x'));
    auto v = cx::parse("<S>" + longText.toUtf8() + "</S>");
    ASSERT_TRUE(v.ok());
    const ErrorRecord record = errorRecordFromValue(*v);
    EXPECT_LE(record.message.size(), kMaxServerTextChars + 64);
    EXPECT_TRUE(record.message.startsWith(longText.left(100)));
    EXPECT_TRUE(record.message.contains(QStringLiteral("more characters")));
}

TEST(ClixmlHostile, RefLadderInApplicationPrivateDataDuringPoolOpening)
{
    // The 2 KB message of the issue: BuildVersion in APPLICATION_PRIVATE_DATA is a ladder.
    QByteArray ladder = refLadder(36);
    ladder.replace("<Obj RefId=\"top\">", "<Obj N=\"Value\" RefId=\"top\">");
    const QByteArray data
        = "<Obj RefId=\"a\"><MS><Obj N=\"ApplicationPrivateData\" RefId=\"b\"><DCT><En>"
          "<S N=\"Key\">PSVersionTable</S><Obj N=\"Value\" RefId=\"c\"><DCT><En>"
          "<S N=\"Key\">BuildVersion</S>"
          + ladder + "</En></DCT></Obj></En></DCT></Obj></MS></Obj>";
    QElapsedTimer timer;
    timer.start();
    RunspacePoolOpening pool;
    pool.handle(msg(MessageType::ApplicationPrivateData, data));
    EXPECT_FALSE(pool.isBroken());
    EXPECT_LE(pool.buildVersion().size(), PsValue::kMaxFlattenChars + 1);
    EXPECT_FALSE(pool.buildVersion().isEmpty());
    EXPECT_LT(timer.elapsed(), 20000);
}

// ---- 12.16: DateTime, Version, Duration and Decimal survive write and read back

TEST(ClixmlHostile, DateTimeVersionDurationDecimalRoundTrip)
{
    const QList<PsValue> values = {
        PsValue(PsValue::Type::DateTime, QStringLiteral("2024-01-02T03:04:05.1234567+01:00")),
        PsValue(PsValue::Type::DateTime, QStringLiteral("2024-01-02T03:04:05Z")),
        PsValue(PsValue::Type::Duration, QStringLiteral("PT9.0269026S")),
        PsValue(PsValue::Type::Duration, QStringLiteral("-P10675199DT2H48M5.4775807S")),
        PsValue(PsValue::Type::Decimal, QStringLiteral("-79228162514264337593543950335")),
        PsValue(PsValue::Type::Decimal, QStringLiteral("1.50")),
        PsValue::version(QStringLiteral("10.0.17763.1")),
        // what a fuzzer finds: texts that need escaping must come back unchanged too
        PsValue(PsValue::Type::DateTime, QStringLiteral("_x0041_")),
        PsValue(PsValue::Type::Version, QStringLiteral("1_x2")),
        PsValue(PsValue::Type::Decimal, QString::fromUtf8("1\x01"
                                                          "2")),
        PsValue(PsValue::Type::Duration, QStringLiteral("P1D\u00e9")),
    };
    for (const PsValue &v : values) {
        SCOPED_TRACE(v.scalar().toString().toStdString());
        const QByteArray xml = cx::serialize(v);
        auto back = cx::parse(xml);
        ASSERT_TRUE(back.ok()) << xml.constData();
        EXPECT_EQ(back->type(), v.type());
        EXPECT_EQ(back->scalar().toString(), v.scalar().toString()) << xml.constData();
        EXPECT_TRUE(*back == v);
    }
    // a real server's text reads exactly (no escapes in it)
    EXPECT_EQ(cx::parse("<DT>2024-01-02T03:04:05.1234567+01:00</DT>")->toString(),
              QStringLiteral("2024-01-02T03:04:05.1234567+01:00"));
}

// ---- 12.13: the fragment reassembler bounds what it buffers

TEST(DefragmenterHostile, OpenObjectsAreBounded)
{
    Defragmenter d;
    for (int i = 1; i <= Defragmenter::kMaxOpenObjects; ++i)
        ASSERT_TRUE(d.feed(fragment(quint64(i), 0, 1, "x")).ok()) << i;
    auto r = d.feed(fragment(quint64(Defragmenter::kMaxOpenObjects + 1), 0, 1, "x"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Protocol);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("unfinished")))
        << qPrintable(r.error().message);
    // a complete message (start and end in one fragment) needs no open slot
    Defragmenter e;
    const QByteArray whole = encodeMessage(msg(MessageType::PipelineOutput, "<I32>1</I32>"));
    for (int i = 1; i <= 3 * Defragmenter::kMaxOpenObjects; ++i) {
        auto ok = e.feed(fragment(quint64(i), 0, 3, whole));
        ASSERT_TRUE(ok.ok()) << i;
        EXPECT_EQ(ok->size(), 1);
    }
}

TEST(DefragmenterHostile, TotalBufferedBytesAreBounded)
{
    // A new 20 MB object on every Receive, never finished: refused before 80 MB.
    Defragmenter d;
    const QByteArray blob(20 * 1024 * 1024, 'y');
    int accepted = 0;
    Error error;
    for (int i = 1; i <= 10; ++i) {
        auto r = d.feed(fragment(quint64(i), 0, 1, blob));
        if (!r.ok()) {
            error = r.error();
            break;
        }
        ++accepted;
    }
    EXPECT_EQ(accepted, 3) << "the fourth 20 MB object would pass the 80 MB bound";
    EXPECT_EQ(error.kind, Error::Kind::Protocol);
    EXPECT_TRUE(error.message.contains(QStringLiteral("MB"))) << qPrintable(error.message);
    EXPECT_FALSE(d.feed(fragment(99, 0, 3, "x")).ok()) << "unusable after the error";
    // one message of the full allowed size still works
    Defragmenter big;
    const QByteArray data(Defragmenter::kMaxMessageSize - kMessageHeaderSize - 16, 'z');
    const QByteArray wire = encodeMessage(msg(MessageType::PipelineOutput, data));
    const qsizetype half = wire.size() / 2;
    ASSERT_TRUE(big.feed(fragment(1, 0, 1, wire.left(half))).ok());
    auto done = big.feed(fragment(1, 1, 2, wire.mid(half)));
    ASSERT_TRUE(done.ok()) << qPrintable(done.error().toLogString());
    EXPECT_EQ(done->size(), 1);
}

// ---- 12.15: server texts are cut wherever shown or logged

TEST(ServerTextHostile, HugeFaultMessageIsCut)
{
    const QByteArray huge(30 * 1024 * 1024, 'F');
    const QByteArray xml
        = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
          "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
          "xmlns:f=\"http://schemas.microsoft.com/wbem/wsman/1/wsmanfault\"><s:Header>"
          "<a:RelatesTo>uuid:ABC</a:RelatesTo></s:Header><s:Body><s:Fault><s:Code><s:Value>"
          "s:Receiver</s:Value></s:Code><s:Reason><s:Text xml:lang=\"en-US\">"
          + QByteArray(100000, 'R')
          + "</s:Text></s:Reason><s:Detail><f:WSManFault Code=\"2150858770\" Machine=\""
          + QByteArray(100000, 'm') + "\"><f:Message>" + huge
          + "</f:Message></f:WSManFault></s:Detail></s:Fault></s:Body></s:Envelope>";
    const Status st = wsman::parseEmptyResponse(xml, QStringLiteral("uuid:ABC"));
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().kind, Error::Kind::WsMan) << qPrintable(st.error().detail.left(300));
    EXPECT_EQ(st.error().wsmanCode, 2150858770u);
    EXPECT_LE(st.error().message.size(), kMaxServerTextChars + 64);
    EXPECT_TRUE(st.error().message.startsWith(QStringLiteral("FFFF")));
    EXPECT_LE(st.error().toLogString().size(), kMaxServerTextChars + 1024);
}

TEST(ServerTextHostile, ErrorAndInformationalRecordsAreCut)
{
    const QByteArray record
        = "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation.ErrorRecord</T>"
          "<T>System.Object</T></TN><ToString>x</ToString><MS><Obj N=\"Exception\" RefId=\"1\">"
          "<MS><S N=\"Message\">"
          + QByteArray(500000, 'e') + "</S></MS></Obj><S N=\"FullyQualifiedErrorId\">"
          + QByteArray(500000, 'q')
          + "</S><S N=\"ErrorCategory_Activity\">New-JournalRule</S></MS></Obj>";
    const ErrorRecord back = errorRecordFromValue(*cx::parse(record));
    EXPECT_TRUE(back.message.startsWith(QStringLiteral("eeee")));
    EXPECT_LE(back.message.size(), kMaxServerTextChars + 64);
    EXPECT_LE(back.fullyQualifiedErrorId.size(), kMaxServerTextChars + 64);
    EXPECT_EQ(back.activity, QStringLiteral("New-JournalRule"));
    const QString warning = informationalMessage(
        *cx::parse("<Obj RefId=\"0\"><MS><S N=\"InformationalRecord_Message\">"
                   + QByteArray(300000, 'w') + "</S></MS></Obj>"));
    EXPECT_LE(warning.size(), kMaxServerTextChars + 64);
    EXPECT_TRUE(warning.startsWith(QStringLiteral("www")));
    // short texts and surrogate pairs are kept intact
    EXPECT_EQ(serverText(QStringLiteral("short")), QStringLiteral("short"));
    const QString pairs = QString::fromUtf8("\xF0\x9F\x98\x80").repeated(10);
    const QString cut = serverText(pairs, 5);
    EXPECT_FALSE(cut.at(cut.indexOf(QChar(0x2026)) - 1).isHighSurrogate());
}

// ---- 8.7: messages are checked against the session and the pipeline

TEST(MessageRoute, ForeignRpidPidAndCommandIdAreProtocolErrors)
{
    const QUuid pid = QUuid::createUuid();
    EXPECT_TRUE(checkRoute(msg(MessageType::PipelineOutput, "", pid), kRpid, pid).ok());
    EXPECT_TRUE(checkRoute(msg(MessageType::RunspacePoolState, ""), kRpid, QUuid()).ok());
    // the server's SESSION_CAPABILITY may carry a zero RPID
    EXPECT_TRUE(
        checkRoute(msg(MessageType::SessionCapability, "", {}, QUuid()), kRpid, QUuid()).ok());

    const QUuid foreignPool = QUuid::createUuid();
    const Status rpid
        = checkRoute(msg(MessageType::PipelineOutput, "", pid, foreignPool), kRpid, pid);
    ASSERT_FALSE(rpid.ok());
    EXPECT_EQ(rpid.error().kind, Error::Kind::Protocol);
    EXPECT_TRUE(
        rpid.error().message.contains(foreignPool.toString(QUuid::WithoutBraces).toUpper()));
    EXPECT_TRUE(rpid.error().message.contains(QStringLiteral("another session")));
    EXPECT_FALSE(
        checkRoute(msg(MessageType::RunspacePoolState, "", {}, QUuid()), kRpid, QUuid()).ok());

    const QUuid otherPipeline = QUuid::createUuid();
    const Status foreignPid
        = checkRoute(msg(MessageType::PipelineOutput, "", otherPipeline), kRpid, pid);
    ASSERT_FALSE(foreignPid.ok());
    EXPECT_TRUE(foreignPid.error().message.contains(QStringLiteral("another command")));
    EXPECT_FALSE(checkRoute(msg(MessageType::PipelineOutput, "", pid), kRpid, QUuid()).ok())
        << "pipeline data on the pool's stream";

    Message toServer = msg(MessageType::PipelineOutput, "", pid);
    toServer.destination = Destination::Server;
    EXPECT_FALSE(checkRoute(toServer, kRpid, pid).ok());

    EXPECT_TRUE(checkCommandId(QStringLiteral("abc-1"), QStringLiteral("ABC-1")).ok());
    EXPECT_TRUE(checkCommandId(QString(), QStringLiteral("ABC-1")).ok());
    const Status mismatch = checkCommandId(QStringLiteral("XYZ"), QStringLiteral("ABC-1"));
    ASSERT_FALSE(mismatch.ok());
    EXPECT_TRUE(mismatch.error().message.contains(QStringLiteral("XYZ")));
    EXPECT_FALSE(checkCommandId(QStringLiteral("XYZ"), QString()).ok());
}

// ---- 8.9: progress, information, debug records are kept, bounded

TEST(PipelineReceiverRecords, DebugProgressAndInformationAreKept)
{
    const QUuid pid = QUuid::createUuid();
    PipelineReceiver r;
    ASSERT_TRUE(r.handle(msg(MessageType::DebugRecord,
                             "<Obj RefId=\"0\"><ToString>dbg</ToString><MS>"
                             "<S N=\"InformationalRecord_Message\">dbg</S></MS></Obj>",
                             pid))
                    .ok());
    const QByteArray progress
        = "<Obj RefId=\"0\"><MS><S N=\"Activity\">Creating rule</S><I32 N=\"ActivityId\">3</I32>"
          "<S N=\"StatusDescription\">Step 2 of 4</S><Nil N=\"CurrentOperation\" />"
          "<I32 N=\"ParentActivityId\">-1</I32><I32 N=\"PercentComplete\">50</I32>"
          "<Obj N=\"Type\" RefId=\"1\"><TN RefId=\"0\"><T>System.Management.Automation."
          "ProgressRecordType</T><T>System.Enum</T><T>System.ValueType</T><T>System.Object</T>"
          "</TN><ToString>Completed</ToString><I32>1</I32></Obj>"
          "<I32 N=\"SecondsRemaining\">12</I32></MS></Obj>";
    ASSERT_TRUE(r.handle(msg(MessageType::ProgressRecord, progress, pid)).ok());
    const QByteArray information
        = "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation.InformationRecord</T>"
          "<T>System.Object</T></TN><ToString>hello</ToString><Props>"
          "<Obj N=\"MessageData\" RefId=\"1\"><TN RefId=\"1\"><T>System.Management.Automation."
          "HostInformationMessage</T><T>System.Object</T></TN><ToString>hello</ToString><Props>"
          "<S N=\"Message\">hello from the host</S><B N=\"NoNewLine\">false</B></Props></Obj>"
          "<S N=\"Source\">Write-Host</S><DT N=\"TimeGenerated\">2024-01-02T03:04:05Z</DT>"
          "<Obj N=\"Tags\" RefId=\"2\"><TN RefId=\"2\"><T>System.Collections.Generic.List`1"
          "</T><T>System.Object</T></TN><LST><S>PSHOST</S></LST></Obj></Props></Obj>";
    ASSERT_TRUE(r.handle(msg(MessageType::InformationRecord, information, pid)).ok());
    ASSERT_TRUE(r.handle(msg(MessageType::InformationRecord,
                             "<Obj RefId=\"0\"><MS><S N=\"MessageData\">plain</S></MS></Obj>", pid))
                    .ok());

    const InvocationResult result = r.result();
    EXPECT_EQ(result.debug, QStringList{QStringLiteral("dbg")});
    ASSERT_EQ(result.progress.size(), 1);
    const ProgressRecord &p = result.progress.first();
    EXPECT_EQ(p.activity, QStringLiteral("Creating rule"));
    EXPECT_EQ(p.statusDescription, QStringLiteral("Step 2 of 4"));
    EXPECT_TRUE(p.currentOperation.isEmpty());
    EXPECT_EQ(p.activityId, 3);
    EXPECT_EQ(p.percentComplete, 50);
    EXPECT_EQ(p.secondsRemaining, 12);
    EXPECT_TRUE(p.completed);
    ASSERT_EQ(result.information.size(), 2);
    EXPECT_EQ(result.information.at(0).message, QStringLiteral("hello from the host"));
    EXPECT_EQ(result.information.at(0).source, QStringLiteral("Write-Host"));
    EXPECT_EQ(result.information.at(0).tags, QStringList{QStringLiteral("PSHOST")});
    EXPECT_EQ(result.information.at(1).message, QStringLiteral("plain"));
    EXPECT_EQ(result.droppedRecords, 0);
}

TEST(PipelineReceiverRecords, EachStreamIsBounded)
{
    const QUuid pid = QUuid::createUuid();
    PipelineReceiver r;
    const int extra = 250;
    const QByteArray warning
        = "<Obj RefId=\"0\"><MS><S N=\"InformationalRecord_Message\">careful</S></MS></Obj>";
    for (int i = 0; i < InvocationResult::kMaxRecordsPerStream + extra; ++i) {
        ASSERT_TRUE(r.handle(msg(MessageType::WarningRecord, warning, pid)).ok());
        ASSERT_TRUE(r.handle(msg(MessageType::ProgressRecord,
                                 "<Obj RefId=\"0\"><MS><S N=\"Activity\">a</S></MS></Obj>", pid))
                        .ok());
    }
    const InvocationResult result = r.result();
    EXPECT_EQ(result.warnings.size(), InvocationResult::kMaxRecordsPerStream);
    EXPECT_EQ(result.progress.size(), InvocationResult::kMaxRecordsPerStream);
    EXPECT_EQ(result.droppedRecords, 2 * extra);
}

// ---- 12.14: quick empty Receive answers back off

TEST(ReceiveBackoff, QuickEmptyAnswersWaitLongerAndDataResets)
{
    ReceiveBackoff b;
    QList<int> delays;
    for (int i = 0; i < 8; ++i) {
        b.requestSent();
        delays.append(b.nextDelayMs(false));
    }
    EXPECT_EQ(delays, (QList<int>{50, 100, 200, 400, 800, 1600, 2000, 2000}));
    b.requestSent();
    EXPECT_EQ(b.nextDelayMs(true), 0);
    b.requestSent();
    EXPECT_EQ(b.nextDelayMs(false), ReceiveBackoff::kFirstDelayMs);
}

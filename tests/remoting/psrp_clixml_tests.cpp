#include "psrp/Clixml.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace remoting;
namespace cx = remoting::clixml;

namespace {
PsValue parseOk(const QByteArray &xml)
{
    auto v = cx::parse(xml);
    EXPECT_TRUE(v.ok()) << (v.ok() ? "" : qPrintable(v.error().toLogString())) << " in "
                        << xml.left(200).constData();
    return v.ok() ? *v : PsValue();
}
} // namespace

TEST(Clixml, PrimitivesParse)
{
    EXPECT_EQ(parseOk("<S>hello</S>"), PsValue::string(QStringLiteral("hello")));
    EXPECT_EQ(parseOk("<S></S>"), PsValue::string(QString()));
    EXPECT_EQ(parseOk("<S />"), PsValue::string(QString()));
    EXPECT_EQ(parseOk("<C>97</C>").toString(), QStringLiteral("a"));
    EXPECT_EQ(parseOk("<B>true</B>"), PsValue::boolean(true));
    EXPECT_EQ(parseOk("<B>false</B>"), PsValue::boolean(false));
    EXPECT_EQ(parseOk("<DT>2024-01-02T03:04:05.123+01:00</DT>").toString(),
              QStringLiteral("2024-01-02T03:04:05.123+01:00"));
    EXPECT_EQ(parseOk("<TS>PT9.0269026S</TS>").type(), PsValue::Type::Duration);
    EXPECT_EQ(parseOk("<By>255</By>").toInteger(), 255);
    EXPECT_EQ(parseOk("<SB>-128</SB>").toInteger(), -128);
    EXPECT_EQ(parseOk("<U16>65535</U16>").toInteger(), 65535);
    EXPECT_EQ(parseOk("<I16>-32768</I16>").toInteger(), -32768);
    EXPECT_EQ(parseOk("<U32>4294967295</U32>").scalar().toULongLong(), 4294967295ull);
    EXPECT_EQ(parseOk("<I32>-2147483648</I32>"), PsValue::int32(-2147483647 - 1));
    EXPECT_EQ(parseOk("<U64>18446744073709551615</U64>").scalar().toULongLong(),
              18446744073709551615ull);
    EXPECT_EQ(parseOk("<I64>-9223372036854775808</I64>").type(), PsValue::Type::Int64);
    EXPECT_DOUBLE_EQ(parseOk("<Sg>1.5</Sg>").scalar().toDouble(), 1.5);
    EXPECT_DOUBLE_EQ(parseOk("<Db>1E+20</Db>").scalar().toDouble(), 1e20);
    EXPECT_TRUE(std::isinf(parseOk("<Db>INF</Db>").scalar().toDouble()));
    EXPECT_EQ(parseOk("<D>79228162514264337593543950335</D>").toString(),
              QStringLiteral("79228162514264337593543950335"));
    EXPECT_EQ(parseOk("<BA>AQID</BA>").scalar().toByteArray(), QByteArray("\x01\x02\x03"));
    EXPECT_EQ(parseOk("<G>792e5b37-4505-47ef-b7d2-8711bb7affa8</G>"),
              PsValue::guid(QUuid(QStringLiteral("792e5b37-4505-47ef-b7d2-8711bb7affa8"))));
    EXPECT_EQ(parseOk("<URI>http://x/_x0020_</URI>").toString(), QStringLiteral("http://x/ "));
    EXPECT_EQ(parseOk("<Version>6.2.9200.0</Version>"),
              PsValue::version(QStringLiteral("6.2.9200.0")));
    EXPECT_EQ(parseOk("<XD>&lt;a/&gt;</XD>").toString(), QStringLiteral("<a/>"));
    EXPECT_EQ(parseOk("<SBK>Get-Date</SBK>").type(), PsValue::Type::ScriptBlock);
    EXPECT_EQ(parseOk("<SS>AAEC</SS>").type(), PsValue::Type::SecureString);
    EXPECT_TRUE(parseOk("<Nil />").isNil());
}

TEST(Clixml, InvalidPrimitivesAreErrors)
{
    for (const char *bad : {"<I32>abc</I32>", "<I32>2147483648</I32>", "<By>256</By>",
                            "<B>maybe</B>", "<G>not-a-guid</G>", "<BA>!!!</BA>", "<SB>200</SB>",
                            "<U32>-1</U32>", "<I32><S>1</S></I32>"}) {
        auto v = cx::parse(bad);
        EXPECT_FALSE(v.ok()) << bad;
        if (!v.ok()) {
            EXPECT_EQ(v.error().kind, Error::Kind::Protocol);
        }
    }
}

TEST(Clixml, AllPrimitiveTypesRoundTrip)
{
    const QList<PsValue> values = {
        PsValue::string(QStringLiteral("text with <xml> & \"quotes\"")),
        PsValue(PsValue::Type::Char, uint(0x263A)),
        PsValue::boolean(true),
        PsValue(PsValue::Type::DateTime, QStringLiteral("2010-06-04T14:44:14.0714006-07:00")),
        PsValue(PsValue::Type::Duration, QStringLiteral("PT9.0269026S")),
        PsValue(PsValue::Type::UInt8, qulonglong(200)),
        PsValue(PsValue::Type::Int8, qlonglong(-100)),
        PsValue(PsValue::Type::UInt16, qulonglong(60000)),
        PsValue(PsValue::Type::Int16, qlonglong(-30000)),
        PsValue::uint32(4000000000u),
        PsValue::int32(-42),
        PsValue(PsValue::Type::UInt64, qulonglong(18446744073709551615ull)),
        PsValue::int64(-9000000000000000000ll),
        PsValue(PsValue::Type::Float, 0.5),
        PsValue(PsValue::Type::Double, 0.1),
        PsValue(PsValue::Type::Decimal, QStringLiteral("1.10")),
        PsValue(PsValue::Type::Bytes, QByteArray("\x00\xff\x10", 3)),
        PsValue::guid(QUuid::createUuid()),
        PsValue(PsValue::Type::Uri, QStringLiteral("https://mail.contoso.com/PowerShell")),
        PsValue::version(QStringLiteral("15.2.1118.7")),
        PsValue(PsValue::Type::Xml, QStringLiteral("<a b=\"c\"/>")),
        PsValue(PsValue::Type::ScriptBlock, QStringLiteral("{ $_ }")),
        PsValue(PsValue::Type::SecureString, QByteArray("secret-bytes")),
        PsValue::nil(),
    };
    for (const PsValue &v : values) {
        const QByteArray xml = cx::serialize(v);
        EXPECT_EQ(parseOk(xml), v) << xml.constData();
    }
}

TEST(Clixml, EscapingBothWays)
{
    EXPECT_EQ(cx::encodeName(QStringLiteral("a\r\nb")), QStringLiteral("a_x000D__x000A_b"));
    EXPECT_EQ(cx::encodeName(QStringLiteral("my_x_name")), QStringLiteral("my_x005F_x_name"));
    EXPECT_EQ(cx::encodeName(QStringLiteral("plain_underscore")),
              QStringLiteral("plain_underscore"));
    EXPECT_EQ(cx::encodeName(QString(QChar(0xFFFF))), QStringLiteral("_xFFFF_"));
    EXPECT_EQ(cx::encodeName(QString(QChar(0xD800))), QStringLiteral("_xD800_")); // lone surrogate
    EXPECT_EQ(cx::encodeName(QStringLiteral("\U0001F600")),
              QStringLiteral("\U0001F600")); // pair kept
    EXPECT_EQ(cx::decodeString(QStringLiteral("a_x000D__x000A_b")), QStringLiteral("a\r\nb"));
    EXPECT_EQ(cx::decodeString(QStringLiteral("my_x005F_x_name")), QStringLiteral("my_x_name"));
    EXPECT_EQ(cx::decodeString(QStringLiteral("_x00_ and _xZZZZ_ and _x")),
              QStringLiteral("_x00_ and _xZZZZ_ and _x"));
    const QStringList tricky = {QStringLiteral("_x000D_ literally"), QStringLiteral("tab\there"),
                                QStringLiteral("\x01\x02\x1f"),      QStringLiteral("__x__x0041_"),
                                QStringLiteral("ends with _"),       QStringLiteral("_x")};
    for (const QString &s : tricky) {
        EXPECT_EQ(cx::decodeString(cx::encodeName(s)), s);
        // and through a whole document, also as a property name
        auto obj = std::make_shared<PsObject>();
        obj->extended.append({s, PsValue::string(s)});
        const PsValue back = parseOk(cx::serialize(PsValue::object(obj)));
        ASSERT_TRUE(back.isObject());
        EXPECT_EQ(back.obj()->extended.first().name, s);
        EXPECT_EQ(back.obj()->extended.first().value.toString(), s);
    }
}

TEST(Clixml, BomDeclarationAndWhitespace)
{
    EXPECT_EQ(parseOk("\xEF\xBB\xBF<S>x</S>"), PsValue::string(QStringLiteral("x")));
    EXPECT_EQ(parseOk("  \r\n<S>x</S>\n"), PsValue::string(QStringLiteral("x")));
    EXPECT_EQ(parseOk("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?><I32>5</I32>"),
              PsValue::int32(5));
    EXPECT_EQ(parseOk("<S>caf\xC3\xA9</S>").toString(), QString::fromUtf8("caf\xC3\xA9"));
    EXPECT_FALSE(cx::parse("").ok());
    EXPECT_FALSE(cx::parse("\xEF\xBB\xBF").ok());
    EXPECT_FALSE(cx::parse("<S>a</S><S>b</S>").ok());
}

TEST(Clixml, ObjectsWithTypeNamesListsDictionariesAndRefs)
{
    const QByteArray xml
        = "<Obj RefId=\"0\"><TN "
          "RefId=\"0\"><T>Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox</"
          "T><T>Deserialized.System.Object</T></TN>"
          "<ToString>Administrator</ToString>"
          "<Props><S N=\"Name\">Administrator</S><Obj N=\"EmailAddresses\" RefId=\"1\"><TN "
          "RefId=\"1\"><T>Deserialized.Microsoft.Exchange.Data.ProxyAddressCollection</T></TN>"
          "<LST><S>SMTP:admin@contoso.com</S><S>smtp:a@contoso.com</S></LST></Obj></Props>"
          "<MS><Obj N=\"Table\" RefId=\"2\"><TN "
          "RefId=\"2\"><T>System.Collections.Hashtable</T></TN><DCT><En><S N=\"Key\">k</S><I32 "
          "N=\"Value\">1</I32></En>"
          "<En><S N=\"Key\">list</S><Ref N=\"Value\" RefId=\"1\" /></En></DCT></Obj>"
          "<Obj N=\"Other\" RefId=\"3\"><TNRef RefId=\"0\" /><IE><I32>1</I32></IE></Obj>"
          "<Obj N=\"S\" RefId=\"4\"><STK><S>top</S></STK></Obj><Obj N=\"Q\" "
          "RefId=\"5\"><QUE><S>first</S></QUE></Obj>"
          "<Ref N=\"Again\" RefId=\"1\" /></MS></Obj>";
    const PsValue v = parseOk(xml);
    ASSERT_TRUE(v.isObject());
    EXPECT_TRUE(v.obj()->isA(QStringLiteral(".Mailbox")));
    EXPECT_EQ(v.toString(), QStringLiteral("Administrator"));
    EXPECT_EQ(v.property(QStringLiteral("name")).toString(), QStringLiteral("Administrator"));
    EXPECT_EQ(v.property(QStringLiteral("EmailAddresses")).toStringList().size(), 2);
    const PsObject *table = v.property(QStringLiteral("Table")).obj();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->collection, PsObject::Collection::Dictionary);
    ASSERT_EQ(table->entries.size(), 2);
    EXPECT_EQ(table->entries.at(1).second, v.property(QStringLiteral("EmailAddresses")));
    EXPECT_EQ(v.property(QStringLiteral("Other")).obj()->typeNames, v.obj()->typeNames);
    EXPECT_EQ(v.property(QStringLiteral("Other")).obj()->collection,
              PsObject::Collection::Enumerable);
    EXPECT_EQ(v.property(QStringLiteral("S")).obj()->collection, PsObject::Collection::Stack);
    EXPECT_EQ(v.property(QStringLiteral("Q")).obj()->collection, PsObject::Collection::Queue);
    EXPECT_EQ(v.property(QStringLiteral("Again")).objectPtr(),
              v.property(QStringLiteral("EmailAddresses")).objectPtr());

    // serialize: shared objects become <Ref>, repeated type names <TNRef>, and it reads back equal
    const QByteArray out = cx::serialize(v);
    EXPECT_TRUE(out.contains("<Ref N=\"Again\" RefId=\"1\"/>")
                || out.contains("<Ref N=\"Again\" RefId=\"1\" />"))
        << out.constData();
    EXPECT_TRUE(out.contains("<TNRef RefId=\"0\"/>") || out.contains("<TNRef RefId=\"0\" />"));
    EXPECT_EQ(parseOk(out), v);
}

TEST(Clixml, EnumAndWrappedObjects)
{
    const PsValue v = parseOk("<Obj RefId=\"0\"><TN "
                              "RefId=\"0\"><T>System.ConsoleColor</T><T>System.Enum</T></"
                              "TN><ToString>Red</ToString><I32>12</I32></Obj>");
    EXPECT_EQ(v.toString(), QStringLiteral("Red"));
    EXPECT_EQ(v.toInteger(), 12);
    const PsValue w
        = parseOk("<Obj RefId=\"0\"><Obj RefId=\"1\"><Props><S "
                  "N=\"Name\">inner</S></Props></Obj><MS><S N=\"Note\">n</S></MS></Obj>");
    EXPECT_EQ(w.property(QStringLiteral("Name")).toString(), QStringLiteral("inner"));
    EXPECT_EQ(w.property(QStringLiteral("Note")).toString(), QStringLiteral("n"));
}

TEST(Clixml, ReferencesOnlyToCompletedObjects)
{
    // a reference to the object being read (a cycle) and to an unknown id are errors
    EXPECT_FALSE(cx::parse("<Obj RefId=\"0\"><MS><Ref N=\"Self\" RefId=\"0\" /></MS></Obj>").ok());
    EXPECT_FALSE(cx::parse("<Obj RefId=\"0\"><MS><Ref N=\"X\" RefId=\"7\" /></MS></Obj>").ok());
    EXPECT_FALSE(cx::parse("<Obj RefId=\"0\"><TNRef RefId=\"3\" /></Obj>").ok());
    EXPECT_FALSE(cx::parse("<Ref RefId=\"0\" />").ok());
}

TEST(Clixml, UnknownTypesAndElements)
{
    // unknown type names: a plain property bag
    const PsValue bag
        = parseOk("<Obj RefId=\"0\"><TN RefId=\"0\"><T>Contoso.Never.Seen</T></TN><Props><I32 "
                  "N=\"A\">1</I32></Props></Obj>");
    EXPECT_TRUE(bag.obj()->isA(QStringLiteral("Contoso.Never.Seen")));
    EXPECT_EQ(bag.property(QStringLiteral("A")).toInteger(), 1);
    // unknown elements inside an object are skipped, in value position kept as text
    const PsValue v = parseOk("<Obj RefId=\"0\"><Future><X>1</X></Future><MS><Weird "
                              "N=\"W\">abc<i>d</i></Weird><S N=\"B\">b</S></MS></Obj>");
    EXPECT_EQ(v.property(QStringLiteral("B")).toString(), QStringLiteral("b"));
    EXPECT_EQ(v.property(QStringLiteral("W")).toString(), QStringLiteral("abcd"));
    EXPECT_EQ(parseOk("<Unknown>t</Unknown>").toString(), QStringLiteral("t"));
}

TEST(Clixml, DeepNestingIsRejectedNotACrash)
{
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "<Obj><MS><Obj N=\"x\">";
    auto v = cx::parse(deep);
    EXPECT_FALSE(v.ok());
    QByteArray lists;
    for (int i = 0; i < 5000; ++i)
        lists += "<Obj><LST>";
    EXPECT_FALSE(cx::parse(lists).ok());
    // just inside the limit is fine
    QByteArray ok;
    for (int i = 0; i < 20; ++i)
        ok += "<Obj RefId=\"" + QByteArray::number(i) + "\"><MS><Obj N=\"x\" RefId=\"x"
              + QByteArray::number(i) + "\">";
    for (int i = 0; i < 20; ++i)
        ok += "</Obj></MS></Obj>";
    EXPECT_TRUE(cx::parse(ok).ok());
}

TEST(Clixml, GarbageAndTruncationAreErrors)
{
    const QByteArray good
        = "<Obj RefId=\"0\"><TN RefId=\"0\"><T>A</T></TN><MS><S N=\"a\">b</S><DCT><En><S "
          "N=\"Key\">k</S><S N=\"Value\">v</S></En></DCT></MS></Obj>";
    for (int cut = 1; cut < good.size(); ++cut)
        EXPECT_FALSE(cx::parse(good.left(cut)).ok()) << cut;
    for (const char *bad :
         {"garbage", "<", "<S>unterminated", "<!DOCTYPE x [<!ENTITY a \"b\">]><S>&a;</S>",
          "<S>&bogus;</S>", "<Obj><DCT><En><S N=\"Value\">v</S></En></DCT></Obj>", "\x00\x01\x02"})
        EXPECT_FALSE(cx::parse(QByteArray(bad)).ok()) << bad;
    QRandomGenerator rng(1234);
    for (int i = 0; i < 2000; ++i) {
        QByteArray mutated = good;
        for (int k = 0; k < 3; ++k)
            mutated[rng.bounded(int(mutated.size()))] = char(rng.bounded(256));
        (void)cx::parse(mutated); // must simply not crash
    }
}

// Fuzz entry for what the client derives from CLIXML values (app/remoting/psrp): the
// accessors (toString, toBool, toInteger, toStringList, property), error and informational
// records, the pipeline receiver's records and the pool's APPLICATION_PRIVATE_DATA, and the
// writer/reader round trip. The first input byte picks the message type the value is
// handled as. Bounds are checked: a <Ref> ladder must not make flattening explode.
#include "ServerText.h"
#include "psrp/Psrp.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace remoting;
using namespace remoting::psrp;

namespace {

const MessageType kTypes[] = {
    MessageType::PipelineOutput,
    MessageType::ErrorRecord,
    MessageType::WarningRecord,
    MessageType::VerboseRecord,
    MessageType::DebugRecord,
    MessageType::ProgressRecord,
    MessageType::InformationRecord,
    MessageType::PipelineState,
    MessageType::ApplicationPrivateData,
    MessageType::RunspacePoolState,
    MessageType::SessionCapability,
};

void checkText(const QString &s, qsizetype bound)
{
    if (s.size() > bound)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const MessageType type = kTypes[data[0] % (sizeof(kTypes) / sizeof(kTypes[0]))];
    const QByteArray xml(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto v = clixml::parse(xml);
    if (!v.ok())
        return 0;

    const qsizetype flattenBound = PsValue::kMaxFlattenChars + 1;
    checkText(v->toString(), flattenBound);
    (void)v->toBool();
    (void)v->toInteger();
    const QStringList items = v->toStringList();
    qsizetype total = 0;
    for (const QString &s : items)
        total += s.size();
    if (total > flattenBound + items.size())
        std::abort();
    for (const char *name : {"Message", "PipelineState", "Exception", "MessageData", "Tags"})
        checkText(v->property(QLatin1String(name)).toString(), flattenBound);

    const ErrorRecord record = errorRecordFromValue(*v);
    checkText(record.message, kMaxServerTextChars + 64);
    checkText(record.fullyQualifiedErrorId, kMaxServerTextChars + 64);
    (void)record.failureCategory();
    checkText(informationalMessage(*v), kMaxServerTextChars + 64);

    const Message m{Destination::Client, type, QUuid(), QUuid(), xml};
    PipelineReceiver receiver;
    (void)receiver.handle(m);
    const InvocationResult r = receiver.result();
    for (const ProgressRecord &p : r.progress)
        checkText(p.activity, kMaxServerTextChars + 64);
    for (const InformationRecord &i : r.information)
        checkText(i.message, kMaxServerTextChars + 64);
    RunspacePoolOpening pool;
    pool.handle(m);
    checkText(pool.buildVersion(), flattenBound);

    // our writer produces what our reader accepts, and the value survives unchanged
    auto again = clixml::parse(clixml::serialize(*v));
    if (!again.ok() || !(*again == *v))
        std::abort();
    return 0;
}

#include "ReplayMain.h"

namespace {

QList<QByteArray> builtinSeeds()
{
    QByteArray ladder = "<Obj RefId=\"t\"><LST><Obj RefId=\"0\"><LST><S>a</S></LST></Obj>";
    for (int i = 1; i < 30; ++i)
        ladder += "<Obj RefId=\"" + QByteArray::number(i) + "\"><LST><Ref RefId=\""
                  + QByteArray::number(i - 1) + "\"/><Ref RefId=\"" + QByteArray::number(i - 1)
                  + "\"/></LST></Obj>";
    ladder += "</LST></Obj>";
    const QList<QByteArray> seeds = {
        char(0) + ladder,
        // an error record that is a bare string longer than the server-text cut (a finding)
        char(1) + "<S>" + QByteArray(3000, 'x') + "</S>",
        char(1)
            + QByteArray("<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation."
                         "ErrorRecord</T></TN><ToString>x</ToString><MS><Obj N=\"Exception\" "
                         "RefId=\"1\"><MS><S N=\"Message\">boom</S></MS></Obj><S N=\""
                         "FullyQualifiedErrorId\">[FailureCategory=Cmdlet-ArgumentException] X"
                         "</S><I32 N=\"ErrorCategory_Category\">5</I32></MS></Obj>"),
        char(2)
            + QByteArray("<Obj RefId=\"0\"><MS><S N=\"InformationalRecord_Message\">w</S>"
                         "</MS></Obj>"),
        char(5)
            + QByteArray("<Obj RefId=\"0\"><MS><S N=\"Activity\">a</S><I32 N=\"ActivityId\">1"
                         "</I32><I32 N=\"PercentComplete\">5</I32></MS></Obj>"),
        char(6)
            + QByteArray("<Obj RefId=\"0\"><Props><S N=\"MessageData\">m</S><Obj N=\"Tags\" "
                         "RefId=\"1\"><LST><S>t</S></LST></Obj></Props></Obj>"),
        char(7) + QByteArray("<Obj RefId=\"0\"><MS><I32 N=\"PipelineState\">4</I32></MS></Obj>"),
        char(8)
            + QByteArray("<Obj RefId=\"0\"><MS><Obj N=\"ApplicationPrivateData\" RefId=\"1\">"
                         "<DCT><En><S N=\"Key\">PSVersionTable</S><Obj N=\"Value\" RefId=\"2\">"
                         "<DCT><En><S N=\"Key\">BuildVersion</S><Version N=\"Value\">15.2.1118.7"
                         "</Version></En></DCT></Obj></En></DCT></Obj></MS></Obj>"),
        char(0)
            + QByteArray("<Obj RefId=\"0\"><MS><DT N=\"d\">2024-01-02T03:04:05.1234567Z</DT>"
                         "<TS N=\"t\">PT1S</TS><D N=\"m\">1.50</D><Version N=\"v\">2.3"
                         "</Version><DCT N=\"x\"><En><S N=\"Key\">k</S><Nil N=\"Value\"/>"
                         "</En></DCT></MS></Obj>"),
    };
    return seeds;
}

} // namespace

SECURESTORE_FUZZ_SEEDS("fuzz_clixml_values", builtinSeeds)

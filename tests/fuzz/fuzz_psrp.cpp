// Fuzz entry for the PSRP codec: CLIXML parsing, fragment reassembly and the client state
// machines. The first input byte picks the target. With clang and -DSECURESTORE_FUZZ=ON it
// is a libFuzzer target; otherwise SECURESTORE_FUZZ_REPLAY_MAIN gives a main() that replays
// files/directories given on the command line plus deterministic mutations of built-in
// seeds (--random N), so CTest exercises it everywhere.
#include "psrp/Psrp.h"
#include "psrp/ServerMessages.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace remoting;
using namespace remoting::psrp;
using namespace fake::psrp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int mode = data[0] % 4;
    const QByteArray in(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (mode) {
    case 0: { // CLIXML: parse, and when valid write and read back
        auto v = clixml::parse(in);
        if (v.ok()) {
            auto again = clixml::parse(clixml::serialize(*v));
            if (!again.ok() || !(*again == *v))
                __builtin_trap(); // our writer must produce what our reader accepts
            (void)errorRecordFromValue(*v);
            (void)parseCreatePipeline(*v);
            (void)parseSessionCapability(*v);
        }
        break;
    }
    case 1: { // fragments, fed in chunks whose sizes come from the input itself
        Defragmenter d;
        qsizetype pos = 0;
        while (pos < in.size()) {
            const qsizetype n = 1 + (uchar(in.at(pos)) % 64);
            auto r = d.feed(in.mid(pos, n));
            if (!r.ok())
                break;
            for (const Message &m : *r)
                (void)clixml::parse(m.data);
            pos += n;
        }
        break;
    }
    case 2: { // a message through both state machines
        auto m = decodeMessage(in);
        if (m.ok()) {
            RunspacePoolOpening pool;
            pool.handle(*m);
            PipelineReceiver receiver;
            (void)receiver.handle(*m);
            (void)receiver.result();
        }
        break;
    }
    default: // escaping round trip
        if (clixml::decodeString(clixml::encodeName(QString::fromUtf8(in)))
            != QString::fromUtf8(in))
            __builtin_trap();
        break;
    }
    return 0;
}

#include "ReplayMain.h"

namespace {

QList<QByteArray> builtinSeeds()
{
    QList<QByteArray> seeds = {
        "<Obj RefId=\"0\"><TN "
        "RefId=\"0\"><T>A.B</T><T>System.Object</T></TN><ToString>x_x000D__x000A_</"
        "ToString><I32>1</I32>"
        "<Props><S N=\"Name\">n</S><Obj N=\"L\" RefId=\"1\"><TNRef "
        "RefId=\"0\"/><LST><S>a</S><Nil/><G>792e5b37-4505-47ef-b7d2-8711bb7affa8</G></LST></Obj></"
        "Props>"
        "<MS><Obj N=\"D\" RefId=\"2\"><DCT><En><S N=\"Key\">k</S><Ref N=\"Value\" "
        "RefId=\"1\"/></En></DCT></Obj><BA N=\"b\">AQID</BA>"
        "<Db N=\"d\">1.5</Db><DT N=\"t\">2024-01-01T00:00:00Z</DT><Version "
        "N=\"v\">2.3</Version><U64 N=\"u\">1</U64></MS></Obj>",
        "\xEF\xBB\xBF<Obj RefId=\"0\"><MS><I32 N=\"PipelineState\">5</I32><Obj "
        "N=\"ExceptionAsErrorRecord\" RefId=\"1\"><MS>"
        "<S N=\"FullyQualifiedErrorId\">X</S><I32 "
        "N=\"ErrorCategory_Category\">5</I32></MS></Obj></MS></Obj>",
        buildCreatePipeline({Command(QStringLiteral("Get-Mailbox"))
                                 .add(QStringLiteral("Identity"), QStringLiteral("a"))
                                 .addSwitch(QStringLiteral("X")),
                             Command(QStringLiteral("Get-JournalRule"))},
                            QStringLiteral("2.3")),
        buildApplicationPrivateData(QStringLiteral("15.2.1118.7")),
    };
    // fragment streams and whole messages
    QList<QByteArray> inputs;
    for (const QByteArray &s : seeds)
        inputs.append(char(0) + s);
    Fragmenter fragmenter(80);
    for (const QByteArray &s : seeds) {
        const QByteArray msg = encodeMessage({Destination::Client, MessageType::PipelineState,
                                              QUuid::createUuid(), QUuid::createUuid(), s});
        QByteArray stream;
        for (const QByteArray &f : fragmenter.fragment(msg))
            stream += f;
        inputs.append(char(1) + stream);
        inputs.append(char(2) + msg);
        inputs.append(char(3) + s);
    }
    return inputs;
}

} // namespace

SECURESTORE_FUZZ_SEEDS("fuzz_psrp", builtinSeeds)

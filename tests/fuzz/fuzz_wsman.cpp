// Fuzz entry for the client's WS-Man/SOAP response parsers (app/remoting/wsman): Create,
// Command, Receive and empty (Send/Signal/Delete) responses, SOAP faults and non-SOAP
// bodies. The first input byte picks the parser and whether the expected MessageID is
// taken from the input's own RelatesTo (so the parser gets past that check); the rest is
// the body. Whatever the input: no crash, and every error carries a bounded message.
#include "ServerText.h"
#include "wsman/Wsman.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace remoting;

namespace {

QString relatesTo(const QByteArray &xml)
{
    const qsizetype at = xml.indexOf("RelatesTo>");
    if (at < 0)
        return {};
    const qsizetype end = xml.indexOf('<', at);
    return QString::fromUtf8(xml.mid(at + 10, end < 0 ? -1 : end - at - 10));
}

void checkError(const Error &e)
{
    // Server text is cut where it is shown or logged (ServerText.h).
    if (e.message.isEmpty() || e.message.size() > kMaxServerTextChars + 1000
        || e.detail.size() > kMaxServerTextChars + 2000)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int mode = data[0];
    const QByteArray xml(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString id
        = (mode & 8) ? relatesTo(xml) : QStringLiteral("uuid:F249DBE7-0E83-4F39-AE4A-28324CF61227");
    switch (mode % 5) {
    case 0: {
        auto r = wsman::parseCreateResponse(xml, id);
        if (r.ok() && r->isEmpty())
            std::abort(); // a ShellId is never empty
        if (!r.ok())
            checkError(r.error());
        break;
    }
    case 1: {
        auto r = wsman::parseCommandResponse(xml, id);
        if (r.ok() && r->isEmpty())
            std::abort();
        if (!r.ok())
            checkError(r.error());
        break;
    }
    case 2: {
        auto r = wsman::parseReceiveResponse(xml, id);
        if (r.ok()) {
            if (r->done != (r->commandState == QLatin1String("Done")))
                std::abort();
        } else {
            checkError(r.error());
            (void)wsman::isTimedOut(r.error());
        }
        break;
    }
    case 3: {
        const Status st = wsman::parseEmptyResponse(xml, id);
        if (!st.ok())
            checkError(st.error());
        break;
    }
    default:
        checkError(wsman::nonSoapBodyError(xml, 200 + (mode >> 3)));
        break;
    }
    return 0;
}

#include "ReplayMain.h"

namespace {

QList<QByteArray> builtinSeeds()
{
    const QByteArray head
        = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
          "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
          "xmlns:x=\"http://schemas.xmlsoap.org/ws/2004/09/transfer\" "
          "xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\" "
          "xmlns:f=\"http://schemas.microsoft.com/wbem/wsman/1/wsmanfault\" "
          "xmlns:rsp=\"http://schemas.microsoft.com/wbem/wsman/1/windows/shell\"><s:Header>"
          "<a:RelatesTo>uuid:F249DBE7-0E83-4F39-AE4A-28324CF61227</a:RelatesTo></s:Header><s:Body>";
    const QByteArray tail = "</s:Body></s:Envelope>";
    const QList<QByteArray> seeds = {
        char(0) + head
            + "<x:ResourceCreated><a:ReferenceParameters><w:SelectorSet><w:Selector "
              "Name=\"ShellId\">ABC</w:Selector></w:SelectorSet></a:ReferenceParameters>"
              "</x:ResourceCreated>"
            + tail,
        char(1) + head
            + "<rsp:CommandResponse><rsp:CommandId>C1</rsp:CommandId></rsp:CommandResponse>" + tail,
        char(2) + head
            + "<rsp:ReceiveResponse><rsp:Stream Name=\"stdout\" CommandId=\"C1\">AAAAAAAAAAEAAAAAAA"
              "AAAAADAAAAAQ==</rsp:Stream><rsp:CommandState CommandId=\"C1\" State=\"http://"
              "schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Done\"><rsp:"
              "ExitCode>0</rsp:ExitCode></rsp:CommandState></rsp:ReceiveResponse>"
            + tail,
        char(3) + head
            + "<s:Fault><s:Code><s:Value>s:Receiver</s:Value><s:Subcode><s:Value>w:TimedOut"
              "</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang=\"\">t</s:Text>"
              "</s:Reason><s:Detail><f:WSManFault Code=\"2150858793\" Machine=\"m\"><f:Message>"
              "The WS-Management service cannot complete the operation.</f:Message>"
              "</f:WSManFault></s:Detail></s:Fault>"
            + tail,
        char(3 + 8) + head + tail,
        char(4) + QByteArray("<html><body>Service Unavailable</body></html>"),
    };
    return seeds;
}

} // namespace

SECURESTORE_FUZZ_SEEDS("fuzz_wsman", builtinSeeds)

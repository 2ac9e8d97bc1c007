#pragma once

// WS-Management (MS-WSMV) envelopes for the PowerShell remoting shell: the vocabulary both
// sides share (namespaces, actions, fault codes, stream chunks) and the client's request
// builders and response parsers. The server side lives with the fake Exchange
// (tests/fake-exchange/protocol/wsman/WsmanServer.h).
// See ../shared/PROTOCOL.md and the recorded traffic in testdata/recorded-psrp.

#include "../Error.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace remoting::wsman {

namespace ns {
inline constexpr char soap[] = "http://www.w3.org/2003/05/soap-envelope";
inline constexpr char addressing[] = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
inline constexpr char transfer[] = "http://schemas.xmlsoap.org/ws/2004/09/transfer";
inline constexpr char wsman[] = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
inline constexpr char wsmv[] = "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd";
inline constexpr char shell[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
inline constexpr char wsmanFault[] = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";
inline constexpr char powershell[] = "http://schemas.microsoft.com/powershell";
} // namespace ns

namespace action {
inline constexpr char create[] = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Create";
inline constexpr char createResponse[]
    = "http://schemas.xmlsoap.org/ws/2004/09/transfer/CreateResponse";
inline constexpr char del[] = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete";
inline constexpr char deleteResponse[]
    = "http://schemas.xmlsoap.org/ws/2004/09/transfer/DeleteResponse";
inline constexpr char command[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command";
inline constexpr char commandResponse[]
    = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandResponse";
inline constexpr char send[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Send";
inline constexpr char sendResponse[]
    = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/SendResponse";
inline constexpr char receive[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive";
inline constexpr char receiveResponse[]
    = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/ReceiveResponse";
inline constexpr char signal[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Signal";
inline constexpr char signalResponse[]
    = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/SignalResponse";
inline constexpr char get[] = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Get";
inline constexpr char getResponse[] = "http://schemas.xmlsoap.org/ws/2004/09/transfer/GetResponse";
inline constexpr char fault[] = "http://schemas.dmtf.org/wbem/wsman/1/wsman/fault";
} // namespace action

// The WinRS shell resource: what a WS-Transfer Get addresses to describe a shell (the
// recorded is-alive probes use it, not the PowerShell plug-in's own URI).
inline constexpr char shellResourceUri[]
    = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";

// Well-known WS-Man fault codes (WSManFault Code attribute).
inline constexpr quint32 codeTimedOut = 2150858793u; // w:TimedOut: no output yet, receive again
inline constexpr quint32 codeInvalidSelectors
    = 2150858843u; // w:InvalidSelectors: unknown shell/command
inline constexpr quint32 codeResourceNotFound
    = 2150858752u; // w:DestinationUnreachable: unknown ResourceURI
inline constexpr quint32 codeActionNotSupported
    = 2150858771u; // a:ActionNotSupported (WinRM's error table; no recording shows it)

struct Endpoint
{
    QString to;          // the URL, e.g. http://ex01.contoso.com/PowerShell
    QString resourceUri; // http://schemas.microsoft.com/powershell/Microsoft.Exchange
    QString sessionId;   // "uuid:..." (the prefix is added when missing); one per session
    int maxEnvelopeSize = 153600;
    int operationTimeoutSeconds = 60;
    QString locale = QStringLiteral("en-US");
};

struct Request
{
    QByteArray xml;
    QString messageId; // "uuid:XXXXXXXX-..." as sent; pass it to the response parser
};

// Client builders. Payload arguments are raw bytes (PSRP fragments); they are base64-encoded here.
Request buildCreate(const Endpoint &endpoint, const QString &shellId,
                    const QByteArray &creationXmlRaw,
                    const QString &protocolVersion = QStringLiteral("2.3"));
// Pool receive when commandId is empty, else DesiredStream CommandId=. Both carry the
// WSMAN_CMDSHELL_OPTION_KEEPALIVE option, as real clients send it (see the recordings).
Request buildReceive(const Endpoint &endpoint, const QString &shellId,
                     const QString &commandId = {});
Request buildCommand(const Endpoint &endpoint, const QString &shellId, const QString &commandId,
                     const QByteArray &argumentsRaw);
// streamName "pr" carries PIPELINE_HOST_RESPONSE data (see the recordings); stdin everything else.
Request buildSend(const Endpoint &endpoint, const QString &shellId, const QString &commandId,
                  const QByteArray &stdinRaw, const QString &streamName = QStringLiteral("stdin"));
Request buildSignal(const Endpoint &endpoint, const QString &shellId, const QString &commandId,
                    const QString &code);
Request buildDelete(const Endpoint &endpoint, const QString &shellId);
// WS-Transfer Get on the shell resource (shellResourceUri, SelectorSet ShellId, empty body):
// real clients' is-alive / keep-alive probe, as in the recorded test_psrp_is_alive_*.yml.
Request buildGet(const Endpoint &endpoint, const QString &shellId);
QString
signalTerminate();       // http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate
QString signalPsCtrlC(); // http://schemas.microsoft.com/powershell/signal/crtl_c (sic)
QString newMessageId();  // "uuid:" + upper-case GUID

// Response parsers. RelatesTo is checked against expectedMessageId; a SOAP Fault becomes
// Error{WsMan} with wsmanCode, wsmanMachine and the server's message; a body that is not
// SOAP (HTML page, empty, garbage) becomes Error{Http} — the caller sets httpStatus
// (see nonSoapBodyError()).
Expected<QString> parseCreateResponse(const QByteArray &xml,
                                      const QString &expectedMessageId); // ShellId
Expected<QString> parseCommandResponse(const QByteArray &xml,
                                       const QString &expectedMessageId); // CommandId

struct StreamChunk
{
    QString name;      // "stdout" (PSRP uses one stream)
    QString commandId; // empty for pool data
    QByteArray data;   // decoded bytes (PSRP fragments)
    bool end = false;  // End="true" attribute
};

struct ReceiveResult
{
    QList<StreamChunk> streams;
    QString commandState;   // short name: "Done", "Running", "Pending"; empty when absent
    QString commandStateId; // CommandState's CommandId
    bool done = false;      // CommandState Done
    std::optional<int> exitCode;
};

Expected<ReceiveResult> parseReceiveResponse(const QByteArray &xml,
                                             const QString &expectedMessageId);
// What a GetResponse says about a shell (rsp:Shell): its id, State ("Connected",
// "Disconnected"), the plug-in's resource URI, owner and idle timeout as sent.
struct ShellStatus
{
    QString shellId;
    QString state;
    QString resourceUri;
    QString owner;
    QString idleTimeout; // e.g. "PT7200.000S"
};
Expected<ShellStatus> parseGetResponse(const QByteArray &xml, const QString &expectedMessageId);
Status parseEmptyResponse(const QByteArray &xml,
                          const QString &expectedMessageId); // Send/Signal/Delete
bool isTimedOut(const Error &error);                         // WsMan code 2150858793
// The Error{Http} for a body that is not SOAP; httpStatus (when known) goes into the message.
Error nonSoapBodyError(const QByteArray &body, int httpStatus = 0);

} // namespace remoting::wsman

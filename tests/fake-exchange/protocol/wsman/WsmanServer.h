#pragma once

// The server side of WS-Management shells for the fake Exchange: request parsing, and
// response and fault envelopes shaped like the ones real WinRM sends
// (testdata/recorded-psrp). The vocabulary (namespaces, actions, codes) is shared with the
// client in remoting/wsman/Wsman.h.

#include "Error.h"
#include "wsman/Wsman.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fake::wsman {

using remoting::Error;
using remoting::Expected;
using remoting::wsman::StreamChunk;

// What the fake adds to the shared action vocabulary (remoting::wsman::action).
inline constexpr char getAction[] = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Get";
inline constexpr char getResponseAction[]
    = "http://schemas.xmlsoap.org/ws/2004/09/transfer/GetResponse";
inline constexpr char addressingFaultAction[]
    = "http://schemas.xmlsoap.org/ws/2004/08/addressing/fault";
// The generic shell resource (is-alive Get, as recorded), beside the plug-in's own URI.
inline constexpr char shellResourceUri[]
    = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";

struct ParsedRequest
{
    QString action;
    QString messageId;
    QString resourceUri;
    QString shellId;   // SelectorSet ShellId, or the Create body's Shell ShellId attribute
    QString commandId; // CommandLine/Send Stream/Signal CommandId attribute
    QString to;
    QString sessionId;
    int maxEnvelopeSize = 153600;
    int operationTimeoutMs = 60000;
    QMap<QString, QString> options; // OptionSet Name -> value
    QByteArray creationXml;         // decoded
    QByteArray arguments;           // decoded CommandLine Arguments
    QByteArray sendData;            // decoded Send Stream
    QString sendStreamName;
    QString signalCode;
    QString desiredStream;
    QString desiredStreamCommandId;
    QString invalidTimeout;          // an OperationTimeout that is not a valid duration (as sent)
    QStringList unexpectedSelectors; // selectors other than ShellId ("Name=value")
};
// A malformed envelope gives Error{Protocol}.
Expected<ParsedRequest> parseRequest(const QByteArray &xml);

struct Fault
{
    quint32 code = 0;
    QString subcode; // "w:TimedOut", "w:InvalidSelectors"... (prefixes w, a, p declared); bare
                     // names get "w:"
    QString reason;  // s:Reason text; the message when empty
    QString message; // f:Message text
    QString machine;
    QString faultDetail; // optional w:FaultDetail URI
    QString provider;    // optional: wrap the message in f:ProviderFault (shell provider faults)
    QString providerPath;
    bool receiver = false;   // s:Receiver rather than s:Sender
    bool addressing = false; // a WS-Addressing fault (Action .../addressing/fault)
};
Fault timedOutFault(const QString &machine);
Fault invalidSelectorsFault(const QString &machine); // unknown/deleted shell (as recorded)
Fault resourceNotFoundFault(const QString &machine, const QString &resourceUri);
// a:InvalidMessageInformationHeader for a bad OperationTimeout (as recorded).
Fault invalidTimeoutFault(const QString &machine, const QString &timeout);
// a:ActionNotSupported (code and text: Guesses.h).
Fault actionNotSupportedFault(const QString &machine, const QString &action);

// Get on the shell resource (clients' is-alive probe): the shell's properties, as recorded.
struct ShellProperties
{
    QString shellId;
    QString resourceUri; // the plug-in's URI (.../powershell/Microsoft.Exchange)
    QString owner;
    QString clientIp;
    qint64 processId = 0;
    int idleTimeoutSeconds = 7200;
    QString state = QStringLiteral("Connected");
    qint64 runTimeSeconds = 0;
    qint64 inactivitySeconds = 0;
};
QByteArray buildGetShellResponse(const QString &relatesTo, const ShellProperties &shell);

QByteArray buildCreateResponse(const QString &relatesTo, const QString &address,
                               const QString &resourceUri, const QString &shellId,
                               const QString &owner);
QByteArray buildCommandResponse(const QString &relatesTo, const QString &commandId);
// Streams' data are raw bytes (base64-encoded here). commandState: "" (none) / "Running" / "Done".
QByteArray buildReceiveResponse(const QString &relatesTo, const QList<StreamChunk> &streams,
                                const QString &commandId = {}, const QString &commandState = {});
// responseAction: remoting::wsman::action::sendResponse, signalResponse or deleteResponse.
QByteArray buildEmptyResponse(const QString &relatesTo, const QString &responseAction);
QByteArray buildFault(const QString &relatesTo, const Fault &fault);
QByteArray buildFault(const QString &relatesTo, quint32 code, const QString &subcode,
                      const QString &message, const QString &machine);
// Bytes of envelope around a Receive response's streams (for sizing fragments).
int receiveResponseOverhead();

} // namespace fake::wsman

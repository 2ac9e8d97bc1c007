#pragma once

#include "AliveCheck.h"
#include "CommandMetadata.h"
#include "CommandRunner.h"
#include "CommandSession.h"
#include "Error.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

namespace remoting {

enum class AuthMethod {
    Kerberos, // Negotiate (SPNEGO) through GSSAPI/SSPI; Exchange's default
    Ntlm,     // NTLM through gss-ntlmssp/SSPI; plain WinRM listeners
    Basic,    // HTTPS only
};

// How AuthMethod::Kerberos frames its tokens under the "Negotiate" HTTP scheme.
enum class KerberosToken {
    Spnego,  // SPNEGO (OID 1.3.6.1.5.5.2) wrapping Kerberos: what Windows clients send (default)
    RawKrb5, // a bare Kerberos AP-REQ (OID 1.2.840.113554.1.2.2), no SPNEGO, as Wine's SSPI
             // and some clients send; Windows' Negotiate (and the fake) accept it. Message
             // encryption is the same ("HTTP-SPNEGO-session-encrypted": the scheme decides).
};

struct SessionOptions
{
    QUrl endpoint; // http://ex01.contoso.com/PowerShell or https://host:5986/wsman
    QString
        configurationName; // empty: Microsoft.Exchange for /PowerShell, else Microsoft.PowerShell
    AuthMethod auth = AuthMethod::Kerberos;
    KerberosToken kerberosToken = KerberosToken::Spnego; // Kerberos only
    QString userName;        // empty: the current user's credentials (ccache / logon session)
    QString password;        // never logged
    QByteArray pinnedSha256; // raw 32 bytes: accept exactly this certificate if it does not verify
    int operationTimeoutSeconds = 60; // WS-Man OperationTimeout of each request
    int connectTimeoutMs = 15000;
    int readTimeoutMs = 120000; // longest silence while an answer is awaited
    // Total time one request may take, from sending it to the last byte of its answer: a
    // slowly trickling answer does not extend it (the CLI's --timeout). 0 (the default):
    // the longer of readTimeoutMs and operationTimeoutSeconds + 30 s, i.e. 120 s. When set,
    // the OperationTimeout sent to the server is lowered to fit (at most 5 s less).
    int requestTimeoutMs = 0;
    // Opening the session (Create until the runspace pool is open) must finish within
    // this; 0 (the default): twice the request timeout.
    int openTimeoutMs = 0;

    int effectiveRequestTimeoutMs() const;
    int effectiveOpenTimeoutMs() const;
    int effectiveOperationTimeoutSeconds() const;
    QString resolvedConfigurationName() const;
    QString resourceUri() const; // http://schemas.microsoft.com/powershell/<configuration>
};

struct SessionInfo
{
    QString protocolVersion; // negotiated PSRP version, e.g. "2.3"
    QString psVersion;       // server's PSVersion from SESSION_CAPABILITY
    QString serializationVersion;
    QString shellId;
    QString buildVersion; // PSVersionTable.BuildVersion / OS build from APPLICATION_PRIVATE_DATA
                          // when present
};

struct TrafficStats
{
    quint64 requests = 0;  // HTTP requests sent (handshake legs included)
    quint64 bytesSent = 0; // on the wire (headers + bodies)
    quint64 bytesReceived = 0;
};

class SessionImpl;

// Remote PowerShell (MS-PSRP over WS-Management) on one persistent HTTP connection.
// Asynchronous: open() -> opened() | failed(); invoke() -> PipelineJob::finished();
// close() -> closed() (the shell is deleted on the server, also when close() comes while the
// session is still opening, or after opening failed: closed() once that shell is deleted).
class RemoteSession : public CommandSession
{
    Q_OBJECT
public:
    explicit RemoteSession(QObject *parent = nullptr);
    ~RemoteSession() override;

    void open(const SessionOptions &options) override;
    PipelineJob *invoke(const QList<Command> &statements) override;
    // The commands this session may run whose names match one of the wildcard patterns
    // (empty: all), as the server lists them for GET_COMMAND_METADATA: for Exchange, what
    // the user's management roles grant. Costs one pipeline's round trips (Command,
    // Receive); read the job's result with parseCommandMetadata(). plan/apply do not use
    // it: their Get-Command rides in the read batch at no extra request.
    PipelineJob *commandMetadata(const QStringList &namePatterns);
    // Whether the server still has this session's shell and reports it Connected: one
    // WS-Management Get on the shell resource (real clients' is-alive probe), which also
    // counts as activity against the server's idle timeout. The check is parented to the
    // session; the caller may deleteLater() it after finished().
    AliveCheck *isAlive() override;
    void close() override;

    bool isOpen() const override;
    SessionInfo info() const;
    TrafficStats stats() const;
    // Decoded traffic (SOAP and PSRP messages, secrets redacted) through trace().
    void setTraceEnabled(bool enabled);

Q_SIGNALS:
    void trace(const QString &line);

private:
    friend class SessionImpl;
    std::unique_ptr<SessionImpl> d;
};

} // namespace remoting

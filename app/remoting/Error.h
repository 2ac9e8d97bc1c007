#pragma once

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>

#include <utility>
#include <variant>

namespace remoting {

// A failure as a value: what the user reads (translated, says what to do next) and what
// the log keeps (cmdlet, FullyQualifiedErrorId, HTTP status, WS-Man fault code...).
struct Error
{
    enum class Kind {
        Usage,    // bad input from the caller; nothing was sent
        Network,  // DNS, refused, reset, timeout while connecting
        Tls,      // certificate not trusted / handshake failed (see certificateChain)
        Auth,     // 401, Kerberos/NTLM failure, Basic refused over http
        Http,     // unexpected HTTP status or non-SOAP body
        WsMan,    // a WS-Man fault (see code)
        Protocol, // malformed or unexpected PSRP/WS-Man data
        Remote,   // the remote pipeline/runspace reported a failure
        Cancelled,
        Timeout,
    };

    // Why it failed, set where the failure is born (the socket error, the TLS verdict, the
    // 401, the WS-Man fault code...), never read back from the message text, which is
    // translated. exchange::ErrorAdvice turns it into what the user should do next; the
    // message itself only says what happened.
    enum class Reason {
        Unclassified,
        InvalidInput,           // the caller's input or options; nothing was sent
        HostNotFound,           // DNS has no address for the server name
        ConnectionRefused,      // nothing accepts connections on that port
        NetworkUnreachable,     // no route, network down, another failure while connecting
        ConnectionLost,         // the server closed or reset the connection mid-request
        Timeout,                // connecting, an answer or a whole request took too long
        TlsUntrusted,           // the certificate chain is not trusted (self-signed, unknown CA)
        TlsHostnameMismatch,    // a trusted certificate, but issued for another name
        TlsPinMismatch,         // not the certificate whose fingerprint was pinned
        TlsOther,               // the handshake failed without a certificate verdict
        InsecureTransport,      // credentials or commands would travel unencrypted over http
        AuthRejected,           // the server or the KDC refused the credentials (HTTP 401...)
        AccountUnusable,        // the account is disabled, locked out or its password expired
        AuthUnavailable,        // nothing to sign in with: no ticket, no credentials, no mechanism
        KdcUnreachable,         // no Kerberos domain controller answered
        KerberosServiceUnknown, // the KDC has no HTTP/<host> principal (IP, alias, short name)
        ClockSkew,              // clocks differ by more than Kerberos allows
        AuthFailed,             // the authentication exchange failed otherwise
        AccessDenied,           // HTTP 403 or WS-Man access denied: the account may not connect
        EndpointNotFound,       // HTTP 404: no PowerShell endpoint at this path
        ServerFault,            // HTTP 5xx or a WS-Man fault: the server failed the request
        SessionGone,            // the server no longer knows our shell or command
        HttpStatus,             // another HTTP status, or an answer that is not WS-Management
        Protocol,               // malformed or unexpected WS-Man / PSRP data
        RemoteCommand,          // PowerShell or Exchange reported an error for a command
        Cancelled,
    };

    Kind kind = Kind::Protocol;
    Reason reason = Reason::Unclassified;
    QString message; // for the user: what happened (ErrorAdvice adds what to do)
    QString detail;  // for the log; never contains a secret
    int httpStatus = 0;
    quint32 wsmanCode = 0;
    QString wsmanMachine;
    QList<QSslCertificate> certificateChain; // Tls: the chain the server presented

    // The reason defaults from the kind where the kind says it all (Usage, Protocol, Remote,
    // Cancelled, Timeout); elsewhere the site that knows more passes or sets it.
    static Error make(Kind kind, QString message, QString detail = {})
    {
        Error e;
        e.kind = kind;
        e.reason = defaultReason(kind);
        e.message = std::move(message);
        e.detail = std::move(detail);
        return e;
    }
    static Error make(Kind kind, Reason reason, QString message, QString detail = {})
    {
        Error e = make(kind, std::move(message), std::move(detail));
        e.reason = reason;
        return e;
    }
    static Reason defaultReason(Kind kind)
    {
        switch (kind) {
        case Kind::Usage:
            return Reason::InvalidInput;
        case Kind::Protocol:
            return Reason::Protocol;
        case Kind::Remote:
            return Reason::RemoteCommand;
        case Kind::Cancelled:
            return Reason::Cancelled;
        case Kind::Timeout:
            return Reason::Timeout;
        case Kind::Network:
            return Reason::NetworkUnreachable;
        case Kind::Tls:
            return Reason::TlsOther;
        case Kind::Auth:
            return Reason::AuthFailed;
        case Kind::Http:
            return Reason::HttpStatus;
        case Kind::WsMan:
            return Reason::ServerFault;
        }
        return Reason::Unclassified;
    }
    // A stable name for logs and --json ("host-not-found"); not translated.
    static const char *reasonName(Reason reason);
    // One line for logs: message, then detail when present.
    QString toLogString() const
    {
        const QString why
            = QStringLiteral(" (") + QLatin1String(reasonName(reason)) + QLatin1Char(')');
        return detail.isEmpty() ? message + why
                                : message + why + QStringLiteral(" [") + detail + QLatin1Char(']');
    }
};

// Minimal expected<T, Error> (C++17 has none).
template<typename T>
class Expected
{
public:
    Expected(T value)
        : m_v(std::move(value))
    {}
    Expected(Error error)
        : m_v(std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

inline const char *Error::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Unclassified:
        return "unclassified";
    case Reason::InvalidInput:
        return "invalid-input";
    case Reason::HostNotFound:
        return "host-not-found";
    case Reason::ConnectionRefused:
        return "connection-refused";
    case Reason::NetworkUnreachable:
        return "network-unreachable";
    case Reason::ConnectionLost:
        return "connection-lost";
    case Reason::Timeout:
        return "timeout";
    case Reason::TlsUntrusted:
        return "tls-untrusted";
    case Reason::TlsHostnameMismatch:
        return "tls-hostname-mismatch";
    case Reason::TlsPinMismatch:
        return "tls-pin-mismatch";
    case Reason::TlsOther:
        return "tls-other";
    case Reason::InsecureTransport:
        return "insecure-transport";
    case Reason::AuthRejected:
        return "auth-rejected";
    case Reason::AccountUnusable:
        return "account-unusable";
    case Reason::AuthUnavailable:
        return "auth-unavailable";
    case Reason::KdcUnreachable:
        return "kdc-unreachable";
    case Reason::KerberosServiceUnknown:
        return "kerberos-service-unknown";
    case Reason::ClockSkew:
        return "clock-skew";
    case Reason::AuthFailed:
        return "auth-failed";
    case Reason::AccessDenied:
        return "access-denied";
    case Reason::EndpointNotFound:
        return "endpoint-not-found";
    case Reason::ServerFault:
        return "server-fault";
    case Reason::SessionGone:
        return "session-gone";
    case Reason::HttpStatus:
        return "http-status";
    case Reason::Protocol:
        return "protocol";
    case Reason::RemoteCommand:
        return "remote-command";
    case Reason::Cancelled:
        return "cancelled";
    }
    return "unclassified";
}

struct Unit
{
};
using Status = Expected<Unit>;
inline Status success()
{
    return Unit{};
}

} // namespace remoting

// Carried by signals (RemoteSession::failed, the engine's failed).
Q_DECLARE_METATYPE(remoting::Error)

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

    Kind kind = Kind::Protocol;
    QString message; // for the user
    QString detail;  // for the log; never contains a secret
    int httpStatus = 0;
    quint32 wsmanCode = 0;
    QString wsmanMachine;
    QList<QSslCertificate> certificateChain; // Tls: the chain the server presented

    static Error make(Kind kind, QString message, QString detail = {})
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        e.detail = std::move(detail);
        return e;
    }
    // One line for logs: message, then detail when present.
    QString toLogString() const
    {
        return detail.isEmpty() ? message
                                : message + QStringLiteral(" [") + detail + QLatin1Char(']');
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

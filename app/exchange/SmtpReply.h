#pragma once

#include <QString>

namespace exchange {

// An SMTP reply or Exchange LastError / RecipientStatus text, parsed defensively
// (HEALTH.md 1.5): the text inside LED= when wrapped, the first "NNN N.N.N" in it, and what it
// means in plain words.
struct SmtpReply
{
    enum class Cause {
        None,              // no error text
        Accepted,          // 2xx
        Dns,               // the archive domain or smart host does not resolve
        ConnectionRefused, // nothing accepts connections on port 25
        ConnectionTimedOut,
        AddressRejected, // 5.1.x: the journaling address does not exist at the archive
        NoRoute,         // no connector / remote domain matches
        SizeLimit,       // 5.3.4
        AccessDenied,    // 5.7.x: relay / authentication refused
        Throttled,       // 421, 4.3.x / 4.7.x
        Expired,         // 4.4.7 QUEUE.Expired: retried until MessageExpirationTimeout
        Other,
    };

    QString raw;      // as Exchange gave it
    QString text;     // the LED= part, or the whole text
    int code = 0;     // 250, 451, 550, ...
    QString enhanced; // "4.4.0", "5.1.1"; empty when absent
    QString host;     // FQDN= of the wrapper, when present
    QString ip;       // IP= of the wrapper, when present
    Cause cause = Cause::None;

    static SmtpReply parse(const QString &lastError);
    bool isSuccess() const { return code >= 200 && code < 300; }
    bool isPermanent() const { return code >= 500 && code < 600; }
    // "451 4.4.0" (or the text's first 80 characters when no code was found).
    QString shortText() const;
};

} // namespace exchange

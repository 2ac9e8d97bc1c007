#pragma once

// Windows SSPI security context (Negotiate / Kerberos / NTLM), free of Qt and of Windows
// headers so it can be used from Qt code and compile-checked with mingw-w64 on Linux.
// SspiSecurityContext adapts it to remoting::auth::SecurityContext.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace remoting::auth::sspi {

using Bytes = std::vector<std::uint8_t>;

enum class Package { Negotiate, Kerberos, Ntlm };

// What went wrong, in terms the adapter turns into user messages.
enum class Failure {
    None,
    NoCredentials,     // no logon session / ticket for the current user
    WrongPassword,     // SEC_E_LOGON_DENIED
    UnknownTarget,     // SEC_E_TARGET_UNKNOWN / SEC_E_WRONG_PRINCIPAL: SPN HTTP/<host> unknown
    ClockSkew,         // SEC_E_TIME_SKEW
    NoAuthority,       // SEC_E_NO_AUTHORITY: no domain controller reachable
    AccountRestricted, // disabled, locked, expired password (SSPI mostly reports these as
                       // LOGON_DENIED)
    BadBindings,       // channel binding mismatch (Extended Protection)
    Integrity,         // message altered / out of sequence
    Other,
};

struct Result
{
    long status = 0; // SECURITY_STATUS (0 = SEC_E_OK)
    Failure failure = Failure::None;
    std::string function; // the SSPI call that failed
    std::string text;     // "0x8009030C: The logon attempt failed" (system text)
    bool ok() const { return failure == Failure::None; }
};

struct Options
{
    Package package = Package::Negotiate;
    std::wstring targetName; // SPN "HTTP/ex01.contoso.com"
    // Empty user: the current logon session's credentials.
    std::wstring user; // "user", "DOMAIN\\user" or "user@contoso.com"
    std::wstring password;
};

class Context
{
public:
    explicit Context(Options options);
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    // "tls-server-end-point:" + hash; sent as SEC_CHANNEL_BINDINGS application data.
    void setChannelBindings(const Bytes &applicationData);
    // One InitializeSecurityContextW leg. *out receives the token to send (may be empty).
    Result step(const Bytes &peerToken, Bytes *out);
    bool isComplete() const;
    // EncryptMessage with [TOKEN, DATA]: *header = the token (security trailer), *cipher = data.
    Result encrypt(const Bytes &plain, Bytes *header, Bytes *cipher);
    // DecryptMessage with [TOKEN = header, DATA = cipher].
    Result decrypt(const Bytes &header, const Bytes &cipher, Bytes *plain);
    // Drop the context (credentials are kept); the next step() starts over.
    void reset();
    std::uint32_t securityTrailerSize() const;

private:
    struct Handles;
    Result acquireCredentials();
    Options m_options;
    Bytes m_channelBindings;
    std::unique_ptr<Handles> m_h;
};

} // namespace remoting::auth::sspi

// Windows SSPI implementation. No Qt here: compile-checked with
//   x86_64-w64-mingw32-g++-posix -std=c++17 -fsyntax-only -Iapp/remoting
//   app/remoting/auth/SspiContext.cpp
#include "auth/SspiContext.h"

#ifndef SECURITY_WIN32
#define SECURITY_WIN32
#endif
#include <windows.h>
// security.h and sspi.h need windows.h first (kept as separate include blocks).
#include <security.h>

#include <sspi.h>

#include <cstdio>
#include <cstring>

namespace remoting::auth::sspi {

struct Context::Handles
{
    CredHandle cred{};
    CtxtHandle ctx{};
    bool haveCred = false;
    bool haveCtx = false;
    bool complete = false;
    SecPkgContext_Sizes sizes{};
    unsigned long maxToken = 0; // the package's largest token (QuerySecurityPackageInfoW)

    void releaseContext()
    {
        if (haveCtx)
            DeleteSecurityContext(&ctx);
        haveCtx = false;
        complete = false;
        sizes = SecPkgContext_Sizes{};
    }
    ~Handles()
    {
        releaseContext();
        if (haveCred)
            FreeCredentialsHandle(&cred);
    }
};

namespace {

const wchar_t *packageName(Package p)
{
    switch (p) {
    case Package::Negotiate:
        return L"Negotiate";
    case Package::Kerberos:
        return L"Kerberos";
    case Package::Ntlm:
        return L"NTLM";
    }
    return L"Negotiate";
}

Failure classify(SECURITY_STATUS s)
{
    switch (s) {
    case SEC_E_OK:
    case SEC_I_CONTINUE_NEEDED:
    case SEC_I_COMPLETE_NEEDED:
    case SEC_I_COMPLETE_AND_CONTINUE:
        return Failure::None;
    case SEC_E_NO_CREDENTIALS:
    case SEC_E_UNKNOWN_CREDENTIALS:
    case SEC_E_NO_KERB_KEY:
        return Failure::NoCredentials;
    case SEC_E_LOGON_DENIED:
        return Failure::WrongPassword;
    case SEC_E_TARGET_UNKNOWN:
    case SEC_E_WRONG_PRINCIPAL:
    case SEC_E_KDC_UNABLE_TO_REFER:
        return Failure::UnknownTarget;
    case SEC_E_TIME_SKEW:
        return Failure::ClockSkew;
    case SEC_E_NO_AUTHENTICATING_AUTHORITY:
    case SEC_E_NO_IP_ADDRESSES:
    case SEC_E_KDC_INVALID_REQUEST:
        return Failure::NoAuthority;
    case SEC_E_BAD_BINDINGS:
        return Failure::BadBindings;
    case SEC_E_MESSAGE_ALTERED:
    case SEC_E_OUT_OF_SEQUENCE:
    case SEC_E_INVALID_TOKEN:
    case SEC_E_DECRYPT_FAILURE:
    case SEC_E_INCOMPLETE_MESSAGE:
        return Failure::Integrity;
    default:
        return Failure::Other;
    }
}

const char *statusName(SECURITY_STATUS s)
{
    switch (s) {
    case SEC_E_NO_CREDENTIALS:
        return "SEC_E_NO_CREDENTIALS";
    case SEC_E_UNKNOWN_CREDENTIALS:
        return "SEC_E_UNKNOWN_CREDENTIALS";
    case SEC_E_LOGON_DENIED:
        return "SEC_E_LOGON_DENIED";
    case SEC_E_TARGET_UNKNOWN:
        return "SEC_E_TARGET_UNKNOWN";
    case SEC_E_WRONG_PRINCIPAL:
        return "SEC_E_WRONG_PRINCIPAL";
    case SEC_E_TIME_SKEW:
        return "SEC_E_TIME_SKEW";
    case SEC_E_NO_AUTHENTICATING_AUTHORITY:
        return "SEC_E_NO_AUTHENTICATING_AUTHORITY";
    case SEC_E_BAD_BINDINGS:
        return "SEC_E_BAD_BINDINGS";
    case SEC_E_INVALID_TOKEN:
        return "SEC_E_INVALID_TOKEN";
    case SEC_E_MESSAGE_ALTERED:
        return "SEC_E_MESSAGE_ALTERED";
    case SEC_E_BUFFER_TOO_SMALL:
        return "SEC_E_BUFFER_TOO_SMALL";
    case SEC_E_UNSUPPORTED_FUNCTION:
        return "SEC_E_UNSUPPORTED_FUNCTION";
    case SEC_E_INTERNAL_ERROR:
        return "SEC_E_INTERNAL_ERROR";
    default:
        return nullptr;
    }
}

std::string systemText(SECURITY_STATUS s)
{
    char code[16];
    std::snprintf(code, sizeof code, "0x%08lX", static_cast<unsigned long>(s));
    std::string text = code;
    char *buffer = nullptr;
    const DWORD n = FormatMessageA(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, static_cast<DWORD>(s), 0, reinterpret_cast<char *>(&buffer), 0, nullptr);
    if (n > 0 && buffer) {
        std::string message(buffer, n);
        while (!message.empty()
               && (message.back() == '\n' || message.back() == '\r' || message.back() == ' '))
            message.pop_back();
        text += ": " + message;
    }
    if (buffer)
        LocalFree(buffer);
    if (text.size() == 10) { // no system text (Wine has none): at least name the status
        if (const char *name = statusName(s))
            text += std::string(": ") + name;
    }
    return text;
}

Result makeResult(SECURITY_STATUS s, const char *function)
{
    Result r;
    r.status = static_cast<long>(s);
    r.failure = classify(s);
    if (!r.ok()) {
        r.function = function;
        r.text = systemText(s);
    }
    return r;
}

Result usage(const char *function, const char *text)
{
    Result r;
    r.status = static_cast<long>(SEC_E_INTERNAL_ERROR);
    r.failure = Failure::Other;
    r.function = function;
    r.text = text;
    return r;
}

// Wipes a wide string's characters before it is released.
void wipe(std::wstring &s)
{
    volatile wchar_t *p = s.empty() ? nullptr : &s[0];
    for (std::size_t i = 0; p && i < s.size(); ++i)
        p[i] = 0;
    s.clear();
}

} // namespace

Context::Context(Options options)
    : m_options(std::move(options))
    , m_h(std::make_unique<Handles>())
{}

Context::~Context()
{
    m_h.reset();
    wipe(m_options.password);
}

void Context::setChannelBindings(const Bytes &applicationData)
{
    m_channelBindings = applicationData;
}

Result Context::acquireCredentials()
{
    if (m_h->haveCred)
        return Result{};
    SEC_WINNT_AUTH_IDENTITY_W identity{};
    std::wstring user, domain;
    void *authData = nullptr;
    if (!m_options.user.empty()) {
        const std::size_t backslash = m_options.user.find(L'\\');
        if (backslash != std::wstring::npos) {
            domain = m_options.user.substr(0, backslash);
            user = m_options.user.substr(backslash + 1);
        } else {
            user = m_options.user; // "user" or the UPN "user@contoso.com" (domain left empty)
        }
        identity.User = reinterpret_cast<unsigned short *>(&user[0]);
        identity.UserLength = static_cast<unsigned long>(user.size());
        identity.Domain = domain.empty() ? nullptr : reinterpret_cast<unsigned short *>(&domain[0]);
        identity.DomainLength = static_cast<unsigned long>(domain.size());
        identity.Password = m_options.password.empty()
                                ? nullptr
                                : reinterpret_cast<unsigned short *>(&m_options.password[0]);
        identity.PasswordLength = static_cast<unsigned long>(m_options.password.size());
        identity.Flags = SEC_WINNT_AUTH_IDENTITY_UNICODE;
        authData = &identity;
    }
    TimeStamp expiry{};
    const SECURITY_STATUS s = AcquireCredentialsHandleW(
        nullptr, const_cast<wchar_t *>(packageName(m_options.package)), SECPKG_CRED_OUTBOUND,
        nullptr, authData, nullptr, nullptr, &m_h->cred, &expiry);
    if (s != SEC_E_OK)
        return makeResult(s, "AcquireCredentialsHandleW");
    m_h->haveCred = true;
    // Output tokens go into a buffer of ours (no ISC_REQ_ALLOCATE_MEMORY: not every SSP
    // supports it, Wine's Kerberos rejects it), sized for the package's largest token.
    PSecPkgInfoW info = nullptr;
    if (QuerySecurityPackageInfoW(const_cast<wchar_t *>(packageName(m_options.package)), &info)
            == SEC_E_OK
        && info) {
        m_h->maxToken = info->cbMaxToken;
        FreeContextBuffer(info);
    }
    if (m_h->maxToken == 0)
        m_h->maxToken = 64 * 1024;
    return Result{};
}

Result Context::step(const Bytes &peerToken, Bytes *out)
{
    if (out)
        out->clear();
    if (m_h->complete) {
        if (peerToken.empty())
            return Result{};
        return usage("InitializeSecurityContextW", "token received after the context was complete");
    }
    if (m_h->haveCtx && peerToken.empty())
        return usage("InitializeSecurityContextW", "the server did not continue the exchange");
    Result acquired = acquireCredentials();
    if (!acquired.ok())
        return acquired;

    // Input: [TOKEN (peer), CHANNEL_BINDINGS]; either may be absent.
    Bytes bindings;
    if (!m_channelBindings.empty()) {
        bindings.resize(sizeof(SEC_CHANNEL_BINDINGS) + m_channelBindings.size());
        SEC_CHANNEL_BINDINGS cb{};
        cb.cbApplicationDataLength = static_cast<unsigned long>(m_channelBindings.size());
        cb.dwApplicationDataOffset = sizeof(SEC_CHANNEL_BINDINGS);
        std::memcpy(bindings.data(), &cb, sizeof cb);
        std::memcpy(bindings.data() + sizeof cb, m_channelBindings.data(),
                    m_channelBindings.size());
    }
    Bytes peer = peerToken;
    SecBuffer inBuffers[2]{};
    unsigned long inCount = 0;
    if (!peer.empty()) {
        inBuffers[inCount].BufferType = SECBUFFER_TOKEN;
        inBuffers[inCount].cbBuffer = static_cast<unsigned long>(peer.size());
        inBuffers[inCount].pvBuffer = peer.data();
        ++inCount;
    }
    if (!bindings.empty()) {
        inBuffers[inCount].BufferType = SECBUFFER_CHANNEL_BINDINGS;
        inBuffers[inCount].cbBuffer = static_cast<unsigned long>(bindings.size());
        inBuffers[inCount].pvBuffer = bindings.data();
        ++inCount;
    }
    SecBufferDesc inDesc{SECBUFFER_VERSION, inCount, inBuffers};

    Bytes token(m_h->maxToken);
    SecBuffer outBuffer{};
    outBuffer.BufferType = SECBUFFER_TOKEN;
    outBuffer.cbBuffer = static_cast<unsigned long>(token.size());
    outBuffer.pvBuffer = token.data();
    SecBufferDesc outDesc{SECBUFFER_VERSION, 1, &outBuffer};

    const unsigned long wanted = ISC_REQ_CONFIDENTIALITY | ISC_REQ_INTEGRITY | ISC_REQ_MUTUAL_AUTH
                                 | ISC_REQ_SEQUENCE_DETECT | ISC_REQ_REPLAY_DETECT
                                 | ISC_REQ_CONNECTION;
    unsigned long attributes = 0;
    TimeStamp expiry{};
    CtxtHandle newCtx{};
    SECURITY_STATUS s = InitializeSecurityContextW(
        &m_h->cred, m_h->haveCtx ? &m_h->ctx : nullptr,
        const_cast<wchar_t *>(m_options.targetName.c_str()), wanted, 0, SECURITY_NATIVE_DREP,
        inCount ? &inDesc : nullptr, 0, m_h->haveCtx ? &m_h->ctx : &newCtx, &outDesc, &attributes,
        &expiry);
    if (!m_h->haveCtx
        && (s == SEC_E_OK || s == SEC_I_CONTINUE_NEEDED || s == SEC_I_COMPLETE_NEEDED
            || s == SEC_I_COMPLETE_AND_CONTINUE)) {
        m_h->ctx = newCtx;
        m_h->haveCtx = true;
    }
    if (out && outBuffer.cbBuffer <= token.size())
        out->assign(token.begin(), token.begin() + outBuffer.cbBuffer);
    if (s == SEC_I_COMPLETE_NEEDED || s == SEC_I_COMPLETE_AND_CONTINUE) {
        const SECURITY_STATUS c = CompleteAuthToken(&m_h->ctx, &outDesc);
        if (c != SEC_E_OK) {
            m_h->releaseContext();
            return makeResult(c, "CompleteAuthToken");
        }
        s = s == SEC_I_COMPLETE_NEEDED ? SEC_E_OK : SEC_I_CONTINUE_NEEDED;
    }
    if (s != SEC_E_OK && s != SEC_I_CONTINUE_NEEDED) {
        m_h->releaseContext();
        if (out)
            out->clear();
        return makeResult(s, "InitializeSecurityContextW");
    }
    if (s == SEC_E_OK) {
        m_h->complete = true;
        const SECURITY_STATUS q
            = QueryContextAttributesW(&m_h->ctx, SECPKG_ATTR_SIZES, &m_h->sizes);
        if (q != SEC_E_OK)
            return makeResult(q, "QueryContextAttributesW(SECPKG_ATTR_SIZES)");
    }
    return Result{};
}

bool Context::isComplete() const
{
    return m_h->complete;
}

Result Context::encrypt(const Bytes &plain, Bytes *header, Bytes *cipher)
{
    if (!m_h->complete)
        return usage("EncryptMessage", "the security context is not complete");
    Bytes token(m_h->sizes.cbSecurityTrailer);
    Bytes data = plain;
    SecBuffer buffers[2]{};
    buffers[0].BufferType = SECBUFFER_TOKEN;
    buffers[0].cbBuffer = static_cast<unsigned long>(token.size());
    buffers[0].pvBuffer = token.data();
    buffers[1].BufferType = SECBUFFER_DATA;
    buffers[1].cbBuffer = static_cast<unsigned long>(data.size());
    buffers[1].pvBuffer = data.data();
    SecBufferDesc desc{SECBUFFER_VERSION, 2, buffers};
    const SECURITY_STATUS s = EncryptMessage(&m_h->ctx, 0, &desc, 0);
    if (s != SEC_E_OK)
        return makeResult(s, "EncryptMessage");
    token.resize(buffers[0].cbBuffer);
    data.resize(buffers[1].cbBuffer);
    if (header)
        *header = std::move(token);
    if (cipher)
        *cipher = std::move(data);
    return Result{};
}

Result Context::decrypt(const Bytes &header, const Bytes &cipher, Bytes *plain)
{
    if (!m_h->complete)
        return usage("DecryptMessage", "the security context is not complete");
    Bytes token = header;
    Bytes data = cipher;
    SecBuffer buffers[2]{};
    buffers[0].BufferType = SECBUFFER_TOKEN;
    buffers[0].cbBuffer = static_cast<unsigned long>(token.size());
    buffers[0].pvBuffer = token.data();
    buffers[1].BufferType = SECBUFFER_DATA;
    buffers[1].cbBuffer = static_cast<unsigned long>(data.size());
    buffers[1].pvBuffer = data.data();
    SecBufferDesc desc{SECBUFFER_VERSION, 2, buffers};
    unsigned long qop = 0;
    const SECURITY_STATUS s = DecryptMessage(&m_h->ctx, &desc, 0, &qop);
    if (s != SEC_E_OK)
        return makeResult(s, "DecryptMessage");
    if (plain) {
        const auto *p = static_cast<const std::uint8_t *>(buffers[1].pvBuffer);
        plain->assign(p, p + buffers[1].cbBuffer);
    }
    return Result{};
}

void Context::reset()
{
    m_h->releaseContext();
}

std::uint32_t Context::securityTrailerSize() const
{
    return m_h->sizes.cbSecurityTrailer;
}

} // namespace remoting::auth::sspi

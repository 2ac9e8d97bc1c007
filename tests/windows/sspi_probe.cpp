// The product's SSPI security context (app/remoting/auth/SspiContext.cpp), built for Windows
// with mingw-w64 without Qt, run under Wine against the Linux fake-exchange: NTLM through
// SSPI's Negotiate package, then one MS-WSMV encrypted request whose encrypted answer it
// decrypts. A cheap check for .ci/test (no Windows Qt needed).
//
//   sspi_probe HOST PORT USER        (the password on standard input, one line)
//
// Exit 0 and "sspi_probe: ..." lines when the server decrypted our body and we decrypted its
// answer; 1 with the failing step otherwise.
#include "auth/SspiContext.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

using remoting::auth::sspi::Bytes;
using remoting::auth::sspi::Context;
using remoting::auth::sspi::Options;
using remoting::auth::sspi::Package;

namespace {

const char kBoundary[] = "Encrypted Boundary";
const char kProtocol[] = "application/HTTP-SPNEGO-session-encrypted";

int fail(const std::string &what)
{
    std::fprintf(stderr, "sspi_probe: %s\n", what.c_str());
    return 1;
}

std::string base64(const Bytes &in)
{
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned v = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];
        out += table[(v >> 18) & 63];
        out += table[(v >> 12) & 63];
        out += table[(v >> 6) & 63];
        out += table[v & 63];
    }
    if (i < in.size()) {
        const unsigned v = (in[i] << 16) | (i + 1 < in.size() ? in[i + 1] << 8 : 0);
        out += table[(v >> 18) & 63];
        out += table[(v >> 12) & 63];
        out += i + 1 < in.size() ? table[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

Bytes unbase64(const std::string &in)
{
    Bytes out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : in) {
        int v;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '+')
            v = 62;
        else if (c == '/')
            v = 63;
        else
            continue;
        buffer = (buffer << 6) | unsigned(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(std::uint8_t((buffer >> bits) & 0xff));
        }
    }
    return out;
}

struct Response
{
    int status = 0;
    std::string headers; // lower-cased
    std::string rawHeaders;
    std::string body;
};

class Connection
{
public:
    ~Connection()
    {
        if (m_socket != INVALID_SOCKET)
            closesocket(m_socket);
    }
    bool open(const char *host, const char *port)
    {
        addrinfo hints{};
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *result = nullptr;
        if (getaddrinfo(host, port, &hints, &result) != 0 || !result)
            return false;
        m_socket = socket(result->ai_family, result->ai_socktype, result->ai_protocol);
        const bool ok = m_socket != INVALID_SOCKET
                        && connect(m_socket, result->ai_addr, int(result->ai_addrlen)) == 0;
        freeaddrinfo(result);
        return ok;
    }
    bool send(const std::string &data)
    {
        std::size_t sent = 0;
        while (sent < data.size()) {
            const int n = ::send(m_socket, data.data() + sent, int(data.size() - sent), 0);
            if (n <= 0)
                return false;
            sent += std::size_t(n);
        }
        return true;
    }
    // Reads one response with a Content-Length body.
    bool receive(Response *r)
    {
        std::size_t end;
        while ((end = m_buffer.find("\r\n\r\n")) == std::string::npos) {
            if (!fill())
                return false;
        }
        r->rawHeaders = m_buffer.substr(0, end);
        r->headers = r->rawHeaders;
        for (char &c : r->headers)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        r->status = std::atoi(r->rawHeaders.c_str() + r->rawHeaders.find(' ') + 1);
        std::size_t length = 0;
        const std::size_t cl = r->headers.find("content-length:");
        if (cl != std::string::npos)
            length = std::strtoul(r->headers.c_str() + cl + 15, nullptr, 10);
        m_buffer.erase(0, end + 4);
        while (m_buffer.size() < length) {
            if (!fill())
                return false;
        }
        r->body = m_buffer.substr(0, length);
        m_buffer.erase(0, length);
        return true;
    }

private:
    bool fill()
    {
        char chunk[16384];
        const int n = recv(m_socket, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, std::size_t(n));
        return true;
    }
    SOCKET m_socket = INVALID_SOCKET;
    std::string m_buffer;
};

std::string header(const Response &r, const std::string &lowerName)
{
    const std::size_t at = r.headers.find("\r\n" + lowerName + ":");
    if (at == std::string::npos)
        return {};
    const std::size_t start = at + 3 + lowerName.size();
    const std::size_t end = r.rawHeaders.find("\r\n", start);
    std::string value = r.rawHeaders.substr(start, end == std::string::npos ? end : end - start);
    while (!value.empty() && value.front() == ' ')
        value.erase(0, 1);
    return value;
}

std::string post(const std::string &host, const std::string &extraHeaders, const std::string &body)
{
    return "POST /wsman HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: sspi_probe\r\n" + extraHeaders
           + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4)
        return fail("usage: sspi_probe HOST PORT USER (password on standard input)");
    const std::string host = argv[1];
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();

    WSADATA wsa;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0)
        return fail("WSAStartup failed");
    Connection connection;
    if (!connection.open(argv[1], argv[2]))
        return fail("cannot connect to " + host + ":" + argv[2]);

    Options options;
    options.package = Package::Negotiate;
    options.targetName = L"HTTP/" + std::wstring(host.begin(), host.end());
    const std::string user = argv[3];
    options.user.assign(user.begin(), user.end());
    options.password.assign(password.begin(), password.end());
    Context context(options);

    // Leg 1: the client's first token, answered by 401 and the server's challenge.
    Bytes token;
    auto result = context.step({}, &token);
    if (!result.ok())
        return fail("first InitializeSecurityContext: " + result.text);
    std::printf("sspi_probe: first token %zu bytes (%s)\n", token.size(),
                token.size() > 7 && std::memcmp(token.data(), "NTLMSSP", 7) == 0 ? "NTLMSSP"
                                                                                 : "SPNEGO");
    Response r;
    if (!connection.send(post(host, "Authorization: Negotiate " + base64(token) + "\r\n", ""))
        || !connection.receive(&r))
        return fail("no answer to the first token");
    const std::string challenge = header(r, "www-authenticate");
    if (r.status != 401 || challenge.rfind("Negotiate ", 0) != 0)
        return fail("expected 401 with a Negotiate challenge, got HTTP "
                    + std::to_string(r.status));

    // Leg 2: the client's answer; the context is then complete.
    result = context.step(unbase64(challenge.substr(10)), &token);
    if (!result.ok())
        return fail("second InitializeSecurityContext: " + result.text);
    if (!context.isComplete())
        return fail("the security context is not complete after the second leg");
    if (!connection.send(post(host, "Authorization: Negotiate " + base64(token) + "\r\n", ""))
        || !connection.receive(&r))
        return fail("no answer to the second token");
    if (r.status == 401)
        return fail("the server rejected the credentials (HTTP 401)");
    std::printf("sspi_probe: authenticated (HTTP %d)\n", r.status);

    // One encrypted request (MS-WSMV 2.2.9.1): the fake must decrypt it and answer encrypted.
    const std::string soap
        = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
          "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
          "xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\"><s:Header>"
          "<a:To>http://"
          + host
          + "/wsman</a:To><a:Action s:mustUnderstand=\"true\">"
            "http://schemas.securestore.invalid/probe/NoSuchAction</a:Action>"
            "<a:MessageID>uuid:11111111-2222-3333-4444-555555555555</a:MessageID>"
            "<w:ResourceURI s:mustUnderstand=\"true\">"
            "http://schemas.microsoft.com/powershell/Microsoft.Exchange</w:ResourceURI>"
            "</s:Header><s:Body/></s:Envelope>";
    Bytes signature, cipher;
    result = context.encrypt(Bytes(soap.begin(), soap.end()), &signature, &cipher);
    if (!result.ok())
        return fail("EncryptMessage: " + result.text);
    std::string body = std::string("--") + kBoundary + "\r\n\tContent-Type: " + kProtocol
                       + "\r\n\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length="
                       + std::to_string(soap.size()) + "\r\n--" + kBoundary
                       + "\r\n\tContent-Type: application/octet-stream\r\n";
    const std::uint32_t length = std::uint32_t(signature.size());
    body.append(reinterpret_cast<const char *>(&length), 4); // little-endian on x86_64
    body.append(signature.begin(), signature.end());
    body.append(cipher.begin(), cipher.end());
    body += std::string("--") + kBoundary + "--\r\n";
    const std::string contentType = std::string("Content-Type: multipart/encrypted;protocol=\"")
                                    + kProtocol + "\";boundary=\"" + kBoundary + "\"\r\n";
    if (!connection.send(post(host, contentType, body)) || !connection.receive(&r))
        return fail("no answer to the encrypted request");
    if (header(r, "content-type").find("multipart/encrypted") == std::string::npos)
        return fail("the answer is not encrypted (HTTP " + std::to_string(r.status)
                    + "): " + r.body.substr(0, 200));
    const std::size_t part = r.body.find("application/octet-stream\r\n");
    if (part == std::string::npos)
        return fail("no encrypted part in the answer");
    std::size_t at = part + std::strlen("application/octet-stream\r\n");
    std::uint32_t headerLength = 0;
    if (r.body.size() < at + 4)
        return fail("truncated encrypted part");
    std::memcpy(&headerLength, r.body.data() + at, 4);
    at += 4;
    std::size_t end = r.body.find("--Encrypted Boundary--", at);
    if (end == std::string::npos)
        end = r.body.find("-- Encrypted Boundary", at);
    if (end == std::string::npos || end < at + headerLength)
        return fail("malformed encrypted part");
    const Bytes answerHeader(r.body.begin() + long(at), r.body.begin() + long(at + headerLength));
    const Bytes answerCipher(r.body.begin() + long(at + headerLength), r.body.begin() + long(end));
    Bytes plain;
    result = context.decrypt(answerHeader, answerCipher, &plain);
    if (!result.ok())
        return fail("DecryptMessage of the server's answer: " + result.text);
    const std::string text(plain.begin(), plain.end());
    if (text.find("Envelope") == std::string::npos)
        return fail("the decrypted answer is not a SOAP envelope: " + text.substr(0, 200));
    std::printf("sspi_probe: the server decrypted our request and we decrypted its answer "
                "(HTTP %d, %zu bytes%s)\n",
                r.status, plain.size(),
                text.find("Fault") != std::string::npos ? ", a WS-Man fault" : "");
    WSACleanup();
    return 0;
}

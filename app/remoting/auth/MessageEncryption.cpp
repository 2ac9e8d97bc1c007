#include "auth/MessageEncryption.h"

#include "auth/AuthLog.h"
#include "auth/SecurityContext.h"

#include <QCoreApplication>
#include <QtEndian>

namespace remoting::auth {

namespace {

const QByteArray kBoundary = "Encrypted Boundary";

QString tr(const char *text)
{
    return QCoreApplication::translate("remoting::auth", text);
}

Error malformed(const QString &what)
{
    return Error::make(Error::Kind::Protocol,
                       tr("The server sent an encrypted message that is not framed as expected "
                          "(MS-WSMV multipart/encrypted): %1")
                           .arg(what),
                       QStringLiteral("decryptBody: ") + what);
}

// The boundary parameter of the Content-Type, default "Encrypted Boundary".
QByteArray boundaryOf(const QByteArray &contentType)
{
    const QByteArray lower = contentType.toLower();
    const int at = lower.indexOf("boundary=");
    if (at < 0)
        return kBoundary;
    QByteArray value = contentType.mid(at + 9).trimmed();
    if (value.startsWith('"')) {
        const int end = value.indexOf('"', 1);
        value = end > 0 ? value.mid(1, end - 1) : value.mid(1);
    } else {
        const int end = value.indexOf(';');
        if (end >= 0)
            value = value.left(end);
    }
    value = value.trimmed();
    return value.isEmpty() ? kBoundary : value;
}

// Finds "--<boundary>" or "-- <boundary>" (some servers put a space) at or after from.
// *markerLength receives the length of the matched marker.
int findMarker(const QByteArray &body, const QByteArray &boundary, int from, int *markerLength)
{
    const QByteArray tight = "--" + boundary;
    const QByteArray spaced = "-- " + boundary;
    const int a = body.indexOf(tight, from);
    const int b = body.indexOf(spaced, from);
    if (a < 0 && b < 0)
        return -1;
    if (b < 0 || (a >= 0 && a < b)) {
        *markerLength = int(tight.size());
        return a;
    }
    *markerLength = int(spaced.size());
    return b;
}

int lastMarker(const QByteArray &body, const QByteArray &boundary, int *markerLength)
{
    const QByteArray tight = "--" + boundary + "--";
    const QByteArray spaced = "-- " + boundary + "--";
    const int a = body.lastIndexOf(tight);
    const int b = body.lastIndexOf(spaced);
    if (a >= b) {
        *markerLength = int(tight.size());
        return a;
    }
    *markerLength = int(spaced.size());
    return b;
}

int lineEnd(const QByteArray &body, int from)
{
    return body.indexOf('\n', from);
}

} // namespace

bool isEncryptedContentType(const QByteArray &contentType)
{
    const QByteArray lower = contentType.trimmed().toLower();
    return lower.startsWith("multipart/encrypted")
           || lower.startsWith("multipart/x-multi-encrypted");
}

QByteArray encryptBody(SecurityContext &ctx, const QByteArray &plain, QByteArray *contentType,
                       const QByteArray &originalContentType)
{
    QByteArray header;
    const Expected<QByteArray> cipher = ctx.wrap(plain, &header);
    if (!cipher) {
        qCWarning(lcAuth) << "encryptBody:" << cipher.error().toLogString();
        return {};
    }
    const QByteArray protocol = ctx.encryptionProtocol().toLatin1();
    if (contentType) {
        *contentType
            = "multipart/encrypted;protocol=\"" + protocol + "\";boundary=\"" + kBoundary + '"';
    }
    QByteArray body;
    body.reserve(plain.size() + header.size() + 256);
    body += "--" + kBoundary + "\r\n";
    body += "\tContent-Type: " + protocol + "\r\n";
    body += "\tOriginalContent: type=" + originalContentType
            + ";Length=" + QByteArray::number(plain.size()) + "\r\n";
    body += "--" + kBoundary + "\r\n";
    body += "\tContent-Type: application/octet-stream\r\n";
    char length[4];
    qToLittleEndian<quint32>(quint32(header.size()), length);
    body += QByteArray(length, 4);
    body += header;
    body += *cipher;
    body += "--" + kBoundary + "--\r\n";
    return body;
}

Expected<QByteArray> decryptBody(SecurityContext &ctx, const QByteArray &body,
                                 const QByteArray &contentType)
{
    if (!isEncryptedContentType(contentType)) {
        return malformed(QStringLiteral("Content-Type is \"%1\", not multipart/encrypted")
                             .arg(QString::fromLatin1(contentType.left(200))));
    }
    if (contentType.trimmed().toLower().startsWith("multipart/x-multi-encrypted"))
        return malformed(
            QStringLiteral("multipart/x-multi-encrypted (CredSSP chunking) is not supported"));
    const QByteArray boundary = boundaryOf(contentType);

    int markerLength = 0;
    const int first = findMarker(body, boundary, 0, &markerLength);
    if (first < 0)
        return malformed(QStringLiteral("no boundary"));
    const int partOneStart = lineEnd(body, first + markerLength);
    if (partOneStart < 0)
        return malformed(QStringLiteral("truncated after the first boundary"));
    int secondLength = 0;
    const int second = findMarker(body, boundary, partOneStart + 1, &secondLength);
    if (second < 0)
        return malformed(QStringLiteral("no second boundary"));

    // Part one: the headers, among them OriginalContent: type=...;Length=<n>
    const QByteArray partOne = body.mid(partOneStart + 1, second - partOneStart - 1);
    qint64 expectedLength = -1;
    bool sawProtocol = false;
    for (const QByteArray &rawLine : partOne.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const QByteArray lower = line.toLower();
        if (lower.startsWith("content-type:"))
            sawProtocol = lower.contains("session-encrypted");
        if (lower.startsWith("originalcontent:")) {
            const int at = lower.indexOf("length=");
            if (at < 0)
                return malformed(QStringLiteral("OriginalContent has no Length"));
            QByteArray digits = line.mid(at + 7);
            const int end = digits.indexOf(';');
            if (end >= 0)
                digits = digits.left(end);
            bool ok = false;
            expectedLength = digits.trimmed().toLongLong(&ok);
            if (!ok || expectedLength < 0)
                return malformed(QStringLiteral("OriginalContent Length is not a number"));
        }
    }
    if (!sawProtocol)
        return malformed(QStringLiteral("the first part does not name the encryption protocol"));
    if (expectedLength < 0)
        return malformed(QStringLiteral("no OriginalContent header"));

    // Part two: "\tContent-Type: application/octet-stream\r\n" then the binary payload up to
    // the closing boundary (searched from the end: the payload may contain anything).
    const int partTwoLine = lineEnd(body, second + secondLength);
    if (partTwoLine < 0)
        return malformed(QStringLiteral("truncated after the second boundary"));
    const int typeEnd = lineEnd(body, partTwoLine + 1);
    if (typeEnd < 0)
        return malformed(QStringLiteral("truncated part headers"));
    const QByteArray typeLine
        = body.mid(partTwoLine + 1, typeEnd - partTwoLine - 1).trimmed().toLower();
    if (!typeLine.startsWith("content-type:") || !typeLine.contains("application/octet-stream"))
        return malformed(QStringLiteral("the second part is not application/octet-stream"));
    const int payloadStart = typeEnd + 1;
    int closingLength = 0;
    const int closing = lastMarker(body, boundary, &closingLength);
    if (closing < payloadStart)
        return malformed(QStringLiteral("no closing boundary"));
    const QByteArray payload = body.mid(payloadStart, closing - payloadStart);
    if (payload.size() < 4)
        return malformed(QStringLiteral("payload shorter than its length field"));
    const quint32 headerLength = qFromLittleEndian<quint32>(payload.constData());
    if (qint64(headerLength) > qint64(payload.size()) - 4)
        return malformed(QStringLiteral("signature length %1 exceeds the payload (%2 bytes)")
                             .arg(headerLength)
                             .arg(payload.size() - 4));
    const QByteArray header = payload.mid(4, int(headerLength));
    const QByteArray cipher = payload.mid(4 + int(headerLength));

    Expected<QByteArray> plain = ctx.unwrap(header, cipher);
    if (!plain) {
        Error e = plain.error();
        e.message = tr("The server's encrypted message could not be decrypted or failed its "
                       "integrity check. The connection may have been tampered with, or the "
                       "security context is out of step; reconnect and try again.");
        return e;
    }
    if (qint64(plain->size()) != expectedLength) {
        return Error::make(Error::Kind::Protocol,
                           tr("The decrypted message has %1 bytes but the server announced %2.")
                               .arg(plain->size())
                               .arg(expectedLength),
                           QStringLiteral("decryptBody: Length mismatch"));
    }
    return plain;
}

} // namespace remoting::auth

#pragma once

// Helpers shared by the auth_* tests: drive an initiator and an acceptor against each other.
#include "auth/SecurityContext.h"

#include <gtest/gtest.h>

namespace authtest {

inline remoting::Status handshake(remoting::auth::SecurityContext &client,
                                  remoting::auth::SecurityContext &server, int *legs = nullptr)
{
    QByteArray fromServer;
    int count = 0;
    for (int i = 0; i < 10; ++i) {
        auto out = client.step(fromServer);
        if (!out)
            return out.error();
        if (out->isEmpty() && client.isComplete())
            break;
        ++count;
        auto back = server.step(*out);
        if (!back)
            return back.error();
        fromServer = *back;
        if (client.isComplete() && server.isComplete())
            break;
    }
    if (legs)
        *legs = count;
    if (!client.isComplete() || !server.isComplete())
        return remoting::Error::make(remoting::Error::Kind::Auth,
                                     QStringLiteral("handshake did not complete"));
    return remoting::success();
}

// client -> server and server -> client, several messages each way, returns header sizes seen.
inline void expectRoundTrips(remoting::auth::SecurityContext &client,
                             remoting::auth::SecurityContext &server, int expectedHeaderSize)
{
    const QList<QByteArray> messages = {
        QByteArray("<s:Envelope>hello</s:Envelope>"),
        QByteArray(1, 'x'),
        QByteArray(70000, 'A') + QByteArray("tail"),
        QByteArray("\x00\x01\x02\xff binary", 11),
    };
    for (const QByteArray &plain : messages) {
        QByteArray header;
        auto cipher = client.wrap(plain, &header);
        ASSERT_TRUE(cipher.ok()) << cipher.error().toLogString().toStdString();
        EXPECT_EQ(header.size(), expectedHeaderSize);
        if (plain.size() >= 8) { // a 1-byte ciphertext may equal its plaintext by chance
            EXPECT_NE(*cipher, plain);
        }
        EXPECT_FALSE(cipher->contains("hello"));
        auto back = server.unwrap(header, *cipher);
        ASSERT_TRUE(back.ok()) << back.error().toLogString().toStdString();
        EXPECT_EQ(*back, plain);

        QByteArray header2;
        auto cipher2 = server.wrap(plain + "-reply", &header2);
        ASSERT_TRUE(cipher2.ok()) << cipher2.error().toLogString().toStdString();
        EXPECT_EQ(header2.size(), expectedHeaderSize);
        auto back2 = client.unwrap(header2, *cipher2);
        ASSERT_TRUE(back2.ok()) << back2.error().toLogString().toStdString();
        EXPECT_EQ(*back2, plain + "-reply");
    }
}

} // namespace authtest

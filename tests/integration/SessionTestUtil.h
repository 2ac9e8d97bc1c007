#pragma once

#include "FakeExchangeProcess.h"
#include "RemoteSession.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace testsupport {

// Basic sign-in to the fake over HTTPS with its generated certificate pinned; each WS-Man
// operation bounded at 5 s.
inline remoting::SessionOptions
basicSessionOptions(const FakeExchangeProcess &fake, const QString &user = QStringLiteral("admin"),
                    const QString &password = QStringLiteral("Contoso!Admin1"))
{
    remoting::SessionOptions o;
    o.endpoint = fake.url();
    o.auth = remoting::AuthMethod::Basic;
    o.userName = user;
    o.password = password;
    o.pinnedSha256 = fake.fingerprint();
    o.operationTimeoutSeconds = 5;
    return o;
}

// Opens a session and waits (bounded) for opened() or failed().
inline std::optional<remoting::Error> openSession(remoting::RemoteSession &session,
                                                  const remoting::SessionOptions &options,
                                                  int timeoutMs = 30000)
{
    QSignalSpy opened(&session, &remoting::RemoteSession::opened);
    QSignalSpy failed(&session, &remoting::RemoteSession::failed);
    session.open(options);
    (void)QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); },
                          timeoutMs); // checked below
    if (!failed.isEmpty())
        return failed.first().first().value<remoting::Error>();
    if (opened.isEmpty())
        return remoting::Error::make(remoting::Error::Kind::Timeout,
                                     QStringLiteral("open timed out in test"));
    return std::nullopt;
}

inline remoting::InvocationResult run(remoting::RemoteSession &session,
                                      const QList<remoting::Command> &statements,
                                      int timeoutMs = 30000)
{
    remoting::PipelineJob *job = session.invoke(statements);
    (void)QTest::qWaitFor([&] { return job->isFinished(); }, timeoutMs); // checked below
    EXPECT_TRUE(job->isFinished()) << "pipeline did not finish in time";
    remoting::InvocationResult result = job->result();
    job->deleteLater();
    return result;
}

inline bool closeSession(remoting::RemoteSession &session, int timeoutMs = 15000)
{
    QSignalSpy closed(&session, &remoting::RemoteSession::closed);
    session.close();
    return QTest::qWaitFor([&] { return !closed.isEmpty(); }, timeoutMs);
}

inline QString describe(const remoting::InvocationResult &r)
{
    QString s = QStringLiteral("state=%1 outputs=%2 errors=%3")
                    .arg(int(r.state))
                    .arg(r.output.size())
                    .arg(r.errors.size());
    if (r.transportError)
        s += QStringLiteral(" transport: ") + r.transportError->toLogString();
    if (r.failure)
        s += QStringLiteral(" failure: ") + r.failure->message;
    for (const auto &e : r.errors)
        s += QStringLiteral(" error: ") + e.message;
    return s;
}

} // namespace testsupport

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace testsupport {

// Runs bin/fake-exchange on loopback for a wizard test and reads the endpoint URL (and, for
// https with a generated certificate, the SHA-256 fingerprint) it prints. Stops it on
// destruction. Use: FakeExchangeProcess fx; ASSERT_TRUE(fx.start({"--tls"})) << fx.error();
class FakeExchangeProcess
{
public:
    FakeExchangeProcess() = default;
    ~FakeExchangeProcess();

    static QString executable(); // <build>/bin/fake-exchange
    static bool isAvailable();

    // extraArgs are appended after "--listen 127.0.0.1:0". Waits up to timeoutMs for the URL.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 15000);
    void stop();

    QUrl url() const { return m_url; }
    QString fingerprint() const { return m_fingerprint; } // "AA:BB:..." or empty
    QString error() const { return m_error; }
    QString standardError() const;

private:
    QProcess m_process;
    QUrl m_url;
    QString m_fingerprint;
    QString m_error;
};

} // namespace testsupport

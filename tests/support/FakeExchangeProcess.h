#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace testsupport {

class WineUnixProcess;

// Starts bin/fake-exchange on loopback and reads its endpoint URL (first stdout line) and,
// for a generated certificate, its SHA-256 fingerprint (second line). Stops it (SIGTERM)
// on destruction.
class FakeExchangeProcess
{
public:
    struct Options
    {
        bool https = true;
        QString org;    // --org FILE
        QString state;  // --state FILE
        QString auth;   // --auth basic,negotiate,ntlm
        QString keytab; // --keytab FILE
        int latencyMs = 0;
        QStringList faults; // --fault SPEC
        QString statsFile;  // --stats-file FILE (JSON counters written on exit)
        QStringList extraArgs;
    };

    explicit FakeExchangeProcess(Options options);
    ~FakeExchangeProcess();

    // Starts and waits (bounded) for the URL line. False with errorString() on failure.
    bool start(int timeoutMs = 15000);
    void stop(); // SIGTERM, wait for exit

    QUrl url() const { return m_url; }                       // .../PowerShell
    QUrl wsmanUrl() const;                                   // .../wsman
    QByteArray fingerprint() const { return m_fingerprint; } // raw 32 bytes (https, generated cert)
    QString fingerprintHex() const;                          // AA:BB:...
    QString errorString() const { return m_error; }
    QString stderrText() const;
    int exitCode() const;
    QProcess &process() { return *m_process; }

private:
    bool readEndpoint(const QList<QByteArray> &lines);

    Options m_options;
    std::unique_ptr<QProcess> m_process;
#ifdef Q_OS_WIN
    std::unique_ptr<WineUnixProcess> m_unix; // the Linux fake, started from Wine
#endif
    QUrl m_url;
    QByteArray m_fingerprint;
    QString m_error;
    mutable QByteArray m_stderr;
};

} // namespace testsupport

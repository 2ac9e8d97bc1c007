#pragma once

// The real `securestore-setup` binary against the real fake Exchange process, for the fault
// matrix and the concurrency tests (fault_matrix_tests.cpp): start the fake on an
// organisation file with a frozen clock (so its state file is byte-comparable), run the CLI
// with the password on stdin and its own data folders, read what it printed, its change
// journal and the fake's state file and request log. It signs in the way a user would:
// Basic over HTTPS with a pinned certificate, NTLM over http with message encryption (the
// fake's own users, CONTOSO\admin), or Kerberos over http with message encryption against a
// real MIT KDC the harness starts (TestKdc).

#include "FakeExchangeProcess.h"
#include "TestKdc.h"
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

namespace testsupport {

inline const QString kAdminUser = QStringLiteral("admin");
inline const QByteArray kAdminPasswordLine = QByteArrayLiteral("Contoso!Admin1\n");
inline const QString kAdminNtlmUser = QStringLiteral("CONTOSO\\admin");
inline const QString kJournalAddress = QStringLiteral("abc123@archive.securestore.net");
inline const QString kJournalDomain = QStringLiteral("archive.securestore.net");
inline const QString kNdrMailbox = QStringLiteral("journal-ndr@contoso.com");
inline const QString kSmartHost = QStringLiteral("smtp.securestore.net");
inline const QString kRuleName = QStringLiteral("Journaling to SecureStore Archive");
inline const QString kRemoteDomainName = QStringLiteral("SecureStore Archiving");
inline const QString kConnectorName = QStringLiteral("SecureStore Archive Smarthost");

inline QByteArray readFileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

struct CliOutcome
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    QString all() const { return out + QLatin1Char('\n') + err; }
    // What explains a failure comes first (a CI report may keep only the start): the exit
    // code, stderr, the last lines of the run's log (the "Log: PATH" it named), then stdout.
    std::string describe() const
    {
        QString logTail;
        static const QRegularExpression logRe(QStringLiteral("^Log: (.+)$"),
                                              QRegularExpression::MultilineOption);
        if (const auto m = logRe.match(err); m.hasMatch()) {
            QFile f(m.captured(1).trimmed());
            if (f.open(QIODevice::ReadOnly)) {
                QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
                if (lines.size() > 30)
                    lines = lines.mid(lines.size() - 30);
                logTail = lines.join(QLatin1Char('\n'));
            }
        }
        return QStringLiteral("exit %1\n--- stderr\n%2\n--- end of the log\n%3\n--- stdout\n%4")
            .arg(exitCode)
            .arg(err, logTail, out)
            .toStdString();
    }
    // The change journal the run named ("Change journal: PATH"), empty when none.
    QString journalPath() const
    {
        static const QRegularExpression re(QStringLiteral("^Change journal: (.+)$"),
                                           QRegularExpression::MultilineOption);
        const auto m = re.match(all());
        return m.hasMatch() ? m.captured(1).trimmed() : QString();
    }
};

// How the CLI signs in to the fake.
enum class CliAuth { Basic, Ntlm, Kerberos };

inline const char *cliAuthName(CliAuth auth)
{
    switch (auth) {
    case CliAuth::Basic:
        return "Basic";
    case CliAuth::Ntlm:
        return "Ntlm";
    case CliAuth::Kerberos:
        return "Kerberos";
    }
    return "?";
}

// One "machine": a data folder for the CLI's logs and journals, a state file for the fake.
class CliHarness
{
public:
    explicit CliHarness(QString dir, CliAuth auth = CliAuth::Basic)
        : m_dir(std::move(dir))
        , m_auth(auth)
    {}

    CliAuth auth() const { return m_auth; }

    QString statePath() const { return m_dir + QStringLiteral("/state.json"); }
    QString requestLogPath() const { return m_dir + QStringLiteral("/requests.jsonl"); }
    QString dataHome(int machine = 0) const
    {
        return m_dir + QStringLiteral("/xdg-data-%1").arg(machine);
    }
    QByteArray stateBytes() const { return readFileBytes(statePath()); }
    QJsonObject state() const { return parseObject(stateBytes()); }
    FakeExchangeProcess *fake() const { return m_fake.get(); }

    // Starts the fake on statePath() (the demo organisation when the file does not exist;
    // the fake writes it) with `faults`, a frozen clock and a request log. Kerberos: the
    // harness's KDC is started first (once; its environment is inherited by the fake and the
    // CLI).
    bool startFake(const QStringList &faults = {}, QString *error = nullptr)
    {
        stopFake();
        FakeExchangeProcess::Options o;
        o.state = statePath();
        switch (m_auth) {
        case CliAuth::Basic:
            o.auth = QStringLiteral("basic");
            break;
        case CliAuth::Ntlm:
            o.https = false;
            o.auth = QStringLiteral("ntlm");
            break;
        case CliAuth::Kerberos:
            if (!m_kdc) {
                QString kdcError;
                m_kdc = TestKdc::startForHttpService(
                    kAdminUser, QString::fromUtf8(kAdminPasswordLine.trimmed()), &kdcError);
                if (!m_kdc) {
                    if (error)
                        *error = QStringLiteral("the KDC did not start: ") + kdcError;
                    return false;
                }
            }
            o.https = false;
            o.auth = QStringLiteral("negotiate");
            o.keytab = m_kdc->keytabPath();
            break;
        }
        o.faults = faults;
        o.extraArgs = {QStringLiteral("--clock"),       QStringLiteral("2026-11-30T08:00:00Z"),
                       QStringLiteral("--time-scale"),  QStringLiteral("0"),
                       QStringLiteral("--request-log"), requestLogPath()};
        QFile::remove(requestLogPath());
        m_fake = std::make_unique<FakeExchangeProcess>(o);
        if (m_fake->start())
            return true;
        if (error)
            *error = m_fake->errorString();
        return false;
    }
    void stopFake()
    {
        if (m_fake)
            m_fake->stop();
        m_fake.reset();
    }

    // The fake's request log so far: one object per request, in the order they were handled.
    QList<QJsonObject> requestLog() const
    {
        QList<QJsonObject> out;
        for (const QByteArray &line : readFileBytes(requestLogPath()).split('\n'))
            if (!line.trimmed().isEmpty())
                out.append(parseObject(line));
        return out;
    }

    // The server, the sign-in and the password on stdin, as a user of that method gives them.
    QStringList connection() const
    {
        QUrl url = m_fake->url();
        switch (m_auth) {
        case CliAuth::Basic:
            return {QStringLiteral("--server"),
                    url.toString(),
                    QStringLiteral("--auth"),
                    QStringLiteral("basic"),
                    QStringLiteral("--user"),
                    kAdminUser,
                    QStringLiteral("--password-stdin"),
                    QStringLiteral("--trust-fingerprint"),
                    m_fake->fingerprintHex()};
        case CliAuth::Ntlm:
            return {QStringLiteral("--server"),        url.toString(),
                    QStringLiteral("--auth"),          QStringLiteral("ntlm"),
                    QStringLiteral("--user"),          kAdminNtlmUser,
                    QStringLiteral("--password-stdin")};
        case CliAuth::Kerberos:
            url.setHost(QStringLiteral("localhost")); // the SPN is HTTP/localhost
            return {QStringLiteral("--server"),        url.toString(),
                    QStringLiteral("--auth"),          QStringLiteral("kerberos"),
                    QStringLiteral("--user"),          kAdminUser,
                    QStringLiteral("--password-stdin")};
        }
        return {};
    }
    static QStringList settings()
    {
        return {QStringLiteral("--journal-address"), kJournalAddress,
                QStringLiteral("--ndr-mailbox"),     kNdrMailbox,
                QStringLiteral("--smarthost"),       kSmartHost};
    }
    QStringList applyArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + connection()
               + settings() + extra;
    }
    QStringList undoArgs(const QString &journal) const
    {
        QStringList args{QStringLiteral("undo"), QStringLiteral("--yes")};
        if (!journal.isEmpty())
            args << QStringLiteral("--journal") << journal;
        return args + connection();
    }

    QProcessEnvironment environment(int machine = 0) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome(machine));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_dir + QStringLiteral("/xdg-config-%1").arg(machine));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    static QString cliProgram() { return binDir() + QStringLiteral("/securestore-setup"); }

    // Starts securestore-setup; `stdinData` is written and, with closeInput, stdin closed.
    std::unique_ptr<QProcess> launch(const QStringList &args,
                                     const QByteArray &stdinData = kAdminPasswordLine,
                                     bool closeInput = true, int machine = 0) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment(machine));
        p->start(cliProgram(), args);
        if (p->waitForStarted(10000)) {
            p->write(stdinData);
            if (closeInput)
                p->closeWriteChannel();
        }
        return p;
    }
    static CliOutcome collect(QProcess &p, int timeoutMs = 60000)
    {
        CliOutcome r;
        if (p.error() == QProcess::FailedToStart)
            return r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.exitCode = r.crashed ? -1 : p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    CliOutcome cli(const QStringList &args, int machine = 0) const
    {
        const std::unique_ptr<QProcess> p = launch(args, kAdminPasswordLine, true, machine);
        return collect(*p);
    }

    QStringList journalFiles(int machine = 0) const
    {
        QStringList out;
        QDirIterator it(dataHome(machine), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (f.contains(QLatin1String("/journals/")))
                out << f;
        }
        return out;
    }

private:
    QString m_dir;
    CliAuth m_auth = CliAuth::Basic;
    std::unique_ptr<TestKdc> m_kdc; // Kerberos only; outlives the fake
    std::unique_ptr<FakeExchangeProcess> m_fake;
};

// ---- the organisation as the fake's state file holds it

inline QJsonObject findByName(const QJsonObject &state, const char *collection, const QString &name)
{
    for (const QJsonValue &v : state.value(QLatin1String(collection)).toArray())
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    return {};
}

inline QString ndrOf(const QJsonObject &state)
{
    return state.value(QLatin1String("transportConfig"))
        .toObject()
        .value(QLatin1String("journalingReportNdrTo"))
        .toString();
}

// Whether the state holds what the step of that name ("ndr", "rule", "remoteDomain",
// "connector") is meant to make, as EXCHANGE.md defines it. Empty: yes; else what differs.
inline QString stepMissingFrom(const QJsonObject &state, const QString &step)
{
    if (step == QLatin1String("ndr"))
        return ndrOf(state) == kNdrMailbox
                   ? QString()
                   : QStringLiteral("JournalingReportNdrTo is '%1'").arg(ndrOf(state));
    if (step == QLatin1String("rule")) {
        const QJsonObject rule = findByName(state, "journalRules", kRuleName);
        if (rule.isEmpty())
            return QStringLiteral("no journal rule");
        if (rule.value(QLatin1String("journalEmailAddress")).toString() != kJournalAddress
            || rule.value(QLatin1String("scope")).toString() != QLatin1String("Internal")
            || !rule.value(QLatin1String("enabled")).toBool()
            || !rule.value(QLatin1String("recipient")).toString().isEmpty())
            return QStringLiteral("the journal rule differs: %1")
                .arg(QString::fromUtf8(QJsonDocument(rule).toJson(QJsonDocument::Compact)));
        return {};
    }
    if (step == QLatin1String("remoteDomain")) {
        const QJsonObject rd = findByName(state, "remoteDomains", kRemoteDomainName);
        if (rd.isEmpty())
            return QStringLiteral("no remote domain");
        if (rd.value(QLatin1String("domainName")).toString() != kJournalDomain
            || rd.value(QLatin1String("allowedOOFType")).toString() != QLatin1String("None")
            || !rd.value(QLatin1String("tnefEnabled")).isBool()
            || rd.value(QLatin1String("tnefEnabled")).toBool(true))
            return QStringLiteral("the remote domain differs: %1")
                .arg(QString::fromUtf8(QJsonDocument(rd).toJson(QJsonDocument::Compact)));
        return {};
    }
    if (step == QLatin1String("connector")) {
        const QJsonObject c = findByName(state, "sendConnectors", kConnectorName);
        if (c.isEmpty())
            return QStringLiteral("no send connector");
        if (c.value(QLatin1String("addressSpaces")).toArray()
                != QJsonArray{QStringLiteral("SMTP:archive.securestore.net;1")}
            || c.value(QLatin1String("smartHosts")).toArray() != QJsonArray{kSmartHost}
            || c.value(QLatin1String("dnsRoutingEnabled")).toBool(true)
            || !c.value(QLatin1String("enabled")).toBool())
            return QStringLiteral("the send connector differs: %1")
                .arg(QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact)));
        return {};
    }
    return QStringLiteral("unknown step '%1'").arg(step);
}

inline const QStringList &allSteps()
{
    static const QStringList steps{QStringLiteral("ndr"), QStringLiteral("rule"),
                                   QStringLiteral("remoteDomain"), QStringLiteral("connector")};
    return steps;
}

// Every difference between the state and the fully configured organisation.
inline QStringList notConfigured(const QJsonObject &state)
{
    QStringList out;
    for (const QString &step : allSteps())
        if (const QString why = stepMissingFrom(state, step); !why.isEmpty())
            out << QStringLiteral("%1: %2").arg(step, why);
    return out;
}

// The steps a CLI run reported with `state` ("Verified", "Failed", …): "[step] State: …".
inline QStringList stepsReported(const CliOutcome &r, const QString &state)
{
    QStringList out;
    const QRegularExpression re(QStringLiteral("^\\[(\\w+)\\] %1:").arg(state),
                                QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(r.out); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace testsupport

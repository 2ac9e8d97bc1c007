// End-to-end tests of the `securestore-setup` command line: the real binary (QProcess,
// password on stdin) against the real fake Exchange process over loopback (HTTPS + Basic
// with a pinned certificate, and http + Kerberos with message encryption against a real
// MIT KDC). Every assertion is on what the CLI printed, its exit code, its change journal
// and the fake's --state JSON (the organisation as Exchange would hold it).

#include "CliHarness.h"
#include "FakeExchangeProcess.h"
#include "TestKdc.h"
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/types.h>
#endif

using testsupport::FakeExchangeProcess;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QByteArray kAdminPassword = QByteArrayLiteral("Contoso!Admin1");
const QString kHelpdesk = QStringLiteral("helpdesk");
const QByteArray kHelpdeskPassword = QByteArrayLiteral("Contoso!Help1");

const QString kJournal = QStringLiteral("abc123@archive.securestore.net");
const QString kJournalDomain = QStringLiteral("archive.securestore.net");
const QString kNdr = QStringLiteral("journal-ndr@contoso.com");
const QString kSmartHost = QStringLiteral("smtp.securestore.net");
const QString kRuleName = QStringLiteral("Journaling to SecureStore Archive");
const QString kRemoteDomainName = QStringLiteral("SecureStore Archiving");
const QString kConnectorName = QStringLiteral("SecureStore Archive Smarthost");

// Request indexes (1-based, over the fake's lifetime, as counted by --fault) of a full apply
// of the four steps over HTTPS + Basic, measured with --stats and --fault http500@N / drop@N:
//   1-3 shell create + pool open, 4-5 discovery, 6 the apply pipeline's Command (every change
//   and its read-back as statements of one pipeline), 7 its Receive (all output), 8 shell delete.
// With --fault cmdlet-slow:NAME:MS the statements before NAME are answered by the Receive 7 and
// NAME's output by Receive 8 (the server works on NAME meanwhile), the rest by Receive 9: a
// fault at request 8 comes while the steps before NAME are verified and NAME is in flight.
// The tests also assert which step failed, so a change in the request pattern shows up as a
// clear failure rather than a different test.
constexpr int kApplyCommand = 6;     // the apply pipeline never reaches (or leaves) the server
constexpr int kReceiveAfterSlow = 8; // the Receive that waits for the slow cmdlet's output
constexpr int kApplyRequests = 8; // Create, 2 pool Receives, 2 discovery, Command, Receive, Delete

struct Stats
{
    qint64 requests = -1;
    qint64 sent = -1;
    qint64 received = -1;
    qint64 elapsedMs = -1;
};

// The harness's outcome (exit code, output, describe()) plus the --stats line.
struct CliResult : testsupport::CliOutcome
{
    std::optional<Stats> stats;
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && f.write(QJsonDocument(o).toJson()) > 0;
}

QJsonObject findByName(const QJsonObject &state, const char *collection, const QString &name)
{
    for (const QJsonValue &v : state.value(QLatin1String(collection)).toArray())
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    return {};
}

QStringList namesOf(const QJsonObject &state, const char *collection)
{
    QStringList out;
    for (const QJsonValue &v : state.value(QLatin1String(collection)).toArray())
        out << v.toObject().value(QLatin1String("name")).toString();
    return out;
}

QString ndrOf(const QJsonObject &state)
{
    return state.value(QLatin1String("transportConfig"))
        .toObject()
        .value(QLatin1String("journalingReportNdrTo"))
        .toString();
}

QJsonArray strings(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// securestore-setup running in the background, for tests that watch its output as it comes
// and signal it (Ctrl-C). stdin stays open until closeInput().
class RunningCli
{
public:
    RunningCli(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               const QByteArray &stdinData)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(program, args);
        m_started = m_process.waitForStarted(10000);
        if (m_started)
            m_process.write(stdinData);
        m_clock.start();
    }
    ~RunningCli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool started() const { return m_started; }
    qint64 pid() const { return m_process.processId(); }
    void closeInput() { m_process.closeWriteChannel(); }
    QString output() const { return QString::fromUtf8(m_out + '\n' + m_err); }

    // Reads what the process printed until `needle` shows (stdout or stderr) or it ends.
    bool waitFor(const QString &needle, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            drain();
            if (output().contains(needle))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(50);
        }
        return false;
    }

    CliResult finish(int timeoutMs = 60000)
    {
        CliResult r;
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_elapsedMs = m_clock.elapsed();
        drain();
        r.crashed = m_process.exitStatus() != QProcess::NormalExit;
        r.exitCode = r.crashed ? -1 : m_process.exitCode();
        r.out = QString::fromUtf8(m_out);
        r.err = QString::fromUtf8(m_err);
        return r;
    }
    qint64 elapsedMs() const { return m_elapsedMs; } // start to finish()

#ifdef Q_OS_UNIX
    // Waits until `needle` shows, then sends `signal` (Ctrl-C by default).
    ::testing::AssertionResult signalAfter(const QString &needle, int signal = SIGINT)
    {
        if (!waitFor(needle))
            return ::testing::AssertionFailure() << "no \"" << needle.toStdString() << "\" in\n"
                                                 << output().toStdString();
        if (::kill(pid_t(pid()), signal) != 0)
            return ::testing::AssertionFailure() << "kill failed: " << std::strerror(errno);
        return ::testing::AssertionSuccess();
    }
#endif

private:
    void drain()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
    }

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1;
    bool m_started = false;
};

class CliTest : public ::testing::Test
{
protected:
    // The demo organisation as the fake writes it to a missing --state file, once per suite.
    static void SetUpTestSuite()
    {
        qputenv("QT_LOGGING_RULES", "*.debug=false");
        s_baseDir = new QTemporaryDir;
        const QString path = s_baseDir->filePath(QStringLiteral("demo-state.json"));
        FakeExchangeProcess::Options o;
        o.state = path;
        o.auth = QStringLiteral("basic");
        FakeExchangeProcess fake(o);
        if (fake.start())
            fake.stop();
        s_baseState = readJson(path);
    }
    static void TearDownTestSuite()
    {
        delete s_baseDir;
        s_baseDir = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(s_baseState.isEmpty()) << "the fake did not write its demo organisation";
        ASSERT_TRUE(QFileInfo::exists(cliPath())) << cliPath().toStdString();
    }

    static QString cliPath()
    {
        return testsupport::binDir() + QStringLiteral("/securestore-setup");
    }
    QString statePath() const { return m_dir.filePath(QStringLiteral("state.json")); }
    QString dataHome() const { return m_dir.filePath(QStringLiteral("xdg-data")); }
    QJsonObject state() const { return readJson(statePath()); }
    QByteArray stateBytes() const { return readBytes(statePath()); }

    // Starts the fake on `org` (default: the demo organisation) with its state in statePath().
    // With `statsFile`, the fake writes its counters (requests, openShells, …) there on stop.
    bool startFake(const QJsonObject &org = {}, const QStringList &faults = {}, int latencyMs = 0,
                   const QString &statsFile = {})
    {
        if (!QFileInfo::exists(statePath())
            && !writeJson(statePath(), org.isEmpty() ? s_baseState : org))
            return false;
        FakeExchangeProcess::Options o;
        o.state = statePath();
        o.auth = QStringLiteral("basic");
        o.faults = faults;
        o.latencyMs = latencyMs;
        o.statsFile = statsFile;
        m_fake = std::make_unique<FakeExchangeProcess>(o);
        const bool ok = m_fake->start();
        EXPECT_TRUE(ok) << m_fake->errorString().toStdString();
        return ok;
    }

    // Starts the fake on a mail-flow fixture (tests/fake-exchange/fixtures, MAILFLOW.md) with
    // the simulated clock frozen an hour after the fixture's mail began: an immediate verdict.
    bool startFixture(const QString &name,
                      const QStringList &clock
                      = {QStringLiteral("--clock"), QStringLiteral("2026-11-30T08:00:00Z"),
                         QStringLiteral("--time-scale"), QStringLiteral("0")})
    {
        const QString fixture = testsupport::sourceDir()
                                + QStringLiteral("/tests/fake-exchange/fixtures/%1.json").arg(name);
        if (!QFile::copy(fixture, statePath())) {
            ADD_FAILURE() << "cannot copy " << fixture.toStdString();
            return false;
        }
        FakeExchangeProcess::Options o;
        o.state = statePath();
        o.auth = QStringLiteral("basic");
        o.extraArgs = clock;
        m_fake = std::make_unique<FakeExchangeProcess>(o);
        const bool ok = m_fake->start();
        EXPECT_TRUE(ok) << m_fake->errorString().toStdString();
        return ok;
    }

    // `check` on a fixture: the exit code, every expected text in what it printed, the JSON
    // verdict, and the organisation's state file byte-identical afterwards.
    CliResult checkFixture(const QString &fixture, int exitCode, const QString &verdict,
                           const QStringList &expected, const QStringList &extra = {},
                           const QString &user = kAdmin,
                           const QByteArray &password = kAdminPassword)
    {
        CliResult r;
        if (!startFixture(fixture))
            return r;
        const QByteArray before = stateBytes();
        EXPECT_FALSE(before.isEmpty());
        r = cli(QStringList{QStringLiteral("check")} + connection(user) + extra
                    + QStringList{QStringLiteral("--journal-address"), kJournal,
                                  QStringLiteral("--ndr-mailbox"), kNdr},
                password + '\n');
        EXPECT_EQ(r.exitCode, exitCode) << r.describe();
        for (const QString &text : expected)
            EXPECT_TRUE(r.all().contains(text)) << "missing \"" << text.toStdString() << "\"\n"
                                                << r.describe();
        const CliResult json = cli(QStringList{QStringLiteral("check"), QStringLiteral("--json")}
                                       + connection(user) + extra
                                       + QStringList{QStringLiteral("--journal-address"), kJournal,
                                                     QStringLiteral("--ndr-mailbox"), kNdr},
                                   password + '\n');
        const QJsonObject health = QJsonDocument::fromJson(json.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("health"))
                                       .toObject();
        EXPECT_EQ(health.value(QLatin1String("verdict")).toString(), verdict) << json.describe();
        EXPECT_EQ(json.exitCode, exitCode);
        stopFake();
        EXPECT_EQ(stateBytes(), before) << "check changed the organisation's state";
        return r;
    }

    void stopFake()
    {
        if (m_fake)
            m_fake->stop();
        m_fake.reset();
    }

    QStringList connection(const QString &user = kAdmin) const
    {
        return {QStringLiteral("--server"),
                m_fake->url().toString(),
                QStringLiteral("--auth"),
                QStringLiteral("basic"),
                QStringLiteral("--user"),
                user,
                QStringLiteral("--password-stdin"),
                QStringLiteral("--trust-fingerprint"),
                m_fake->fingerprintHex()};
    }

    static QStringList settings(bool connector = true)
    {
        QStringList s{QStringLiteral("--journal-address"), kJournal,
                      QStringLiteral("--ndr-mailbox"), kNdr};
        if (connector)
            s << QStringLiteral("--smarthost") << kSmartHost;
        return s;
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    // Starts securestore-setup with `stdinData` (password line, then any answers).
    // closeInput false: more input (an answer) is written later. `adjust` changes its
    // environment first.
    std::unique_ptr<QProcess>
    launch(const QStringList &args, const QByteArray &stdinData = kAdminPassword + '\n',
           bool closeInput = true,
           const std::function<void(QProcessEnvironment &)> &adjust = {}) const
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = cliEnvironment();
        if (adjust)
            adjust(env);
        p->setProcessEnvironment(env);
        p->start(cliPath(), args);
        if (p->waitForStarted(10000)) {
            p->write(stdinData);
            if (closeInput)
                p->closeWriteChannel();
        }
        return p;
    }

    // Waits for a launched run and collects its result.
    static CliResult collect(QProcess &p)
    {
        CliResult r;
        if (p.error() == QProcess::FailedToStart)
            return r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.exitCode = r.crashed ? -1 : p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        parseStats(r);
        return r;
    }

    // Runs securestore-setup with `stdinData` (password line, then any answers) and waits.
    CliResult cli(const QStringList &args, const QByteArray &stdinData = kAdminPassword + '\n',
                  const std::function<void(QProcessEnvironment &)> &adjust = {}) const
    {
        const std::unique_ptr<QProcess> p = launch(args, stdinData, true, adjust);
        return collect(*p);
    }

    static void parseStats(CliResult &r)
    {
        static const QRegularExpression re(
            QStringLiteral(
                "^stats: requests=(\\d+) sent=(\\d+) received=(\\d+) elapsed_ms=(\\d+)$"),
            QRegularExpression::MultilineOption);
        const auto m = re.match(r.err);
        if (m.hasMatch())
            r.stats = Stats{m.captured(1).toLongLong(), m.captured(2).toLongLong(),
                            m.captured(3).toLongLong(), m.captured(4).toLongLong()};
    }

    std::unique_ptr<RunningCli> startCli(const QStringList &args,
                                         const QByteArray &stdinData = kAdminPassword + '\n') const
    {
        return std::make_unique<RunningCli>(cliPath(), args, cliEnvironment(), stdinData);
    }

    CliResult run(const QString &sub, const QStringList &extra,
                  const QByteArray &stdinData = kAdminPassword + '\n') const
    {
        return cli(QStringList{sub} + connection() + extra, stdinData);
    }

    // undo --journal JOURNAL --yes, then `extra`, signed in as the admin.
    CliResult undoJournal(const QString &journal, const QStringList &extra = {}) const
    {
        return cli(QStringList{QStringLiteral("undo"), QStringLiteral("--journal"), journal,
                               QStringLiteral("--yes")}
                   + extra + connection());
    }

    // A plain apply succeeds and leaves the organisation fully configured.
    void expectApplyConfigures() const
    {
        const CliResult again
            = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + settings());
        EXPECT_EQ(again.exitCode, 0) << again.describe();
        expectConfigured(state());
    }

    static QString journalPathFrom(const CliResult &r)
    {
        static const QRegularExpression re(QStringLiteral("^Change journal: (.+)$"),
                                           QRegularExpression::MultilineOption);
        const auto m = re.match(r.all());
        return m.hasMatch() ? m.captured(1).trimmed() : QString();
    }

    QStringList journalFiles() const
    {
        QStringList out;
        QDirIterator it(dataHome(), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (f.contains(QLatin1String("/journals/")))
                out << f;
        }
        return out;
    }

    // The fully configured organisation, as EXCHANGE.md and issue 4 define it.
    void expectConfigured(const QJsonObject &st, const QString &ruleName = kRuleName,
                          const QString &remoteDomainName = kRemoteDomainName,
                          bool connector = true) const
    {
        EXPECT_EQ(ndrOf(st), kNdr);
        const QJsonObject rule = findByName(st, "journalRules", ruleName);
        ASSERT_FALSE(rule.isEmpty()) << "no rule " << ruleName.toStdString();
        EXPECT_EQ(rule.value(QLatin1String("journalEmailAddress")).toString(), kJournal);
        EXPECT_EQ(rule.value(QLatin1String("scope")).toString(), QStringLiteral("Internal"));
        EXPECT_TRUE(rule.value(QLatin1String("enabled")).toBool());
        EXPECT_EQ(rule.value(QLatin1String("recipient")).toString(), QString());
        const QJsonObject rd = findByName(st, "remoteDomains", remoteDomainName);
        ASSERT_FALSE(rd.isEmpty()) << "no remote domain " << remoteDomainName.toStdString();
        EXPECT_EQ(rd.value(QLatin1String("domainName")).toString(), kJournalDomain);
        EXPECT_EQ(rd.value(QLatin1String("allowedOOFType")).toString(), QStringLiteral("None"));
        EXPECT_TRUE(rd.value(QLatin1String("tnefEnabled")).isBool());
        EXPECT_FALSE(rd.value(QLatin1String("tnefEnabled")).toBool(true));
        if (!connector)
            return;
        const QJsonObject c = findByName(st, "sendConnectors", kConnectorName);
        ASSERT_FALSE(c.isEmpty()) << "no connector";
        EXPECT_EQ(c.value(QLatin1String("addressSpaces")).toArray(),
                  strings({QStringLiteral("SMTP:archive.securestore.net;1")}));
        EXPECT_EQ(c.value(QLatin1String("smartHosts")).toArray(), strings({kSmartHost}));
        EXPECT_FALSE(c.value(QLatin1String("dnsRoutingEnabled")).toBool(true));
        EXPECT_EQ(c.value(QLatin1String("sourceTransportServers")).toArray(),
                  strings({QStringLiteral("EX01")}));
        EXPECT_TRUE(c.value(QLatin1String("enabled")).toBool());
    }

    static QJsonObject withEntry(QJsonObject org, const char *collection, const QJsonObject &entry)
    {
        QJsonArray a = org.value(QLatin1String(collection)).toArray();
        a.append(entry);
        org[QLatin1String(collection)] = a;
        return org;
    }

    static QJsonObject remoteDomainEntry(const QString &name, const QString &domain)
    {
        return QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("domainName"), domain},
            {QStringLiteral("guid"), newGuid()},
            {QStringLiteral("allowedOOFType"), QStringLiteral("External")},
            {QStringLiteral("autoForwardEnabled"), true},
            {QStringLiteral("autoReplyEnabled"), true},
            {QStringLiteral("characterSet"), QString()},
            {QStringLiteral("contentType"), QStringLiteral("MimeHtmlText")},
            {QStringLiteral("deliveryReportEnabled"), true},
            {QStringLiteral("isInternal"), false},
            {QStringLiteral("meetingForwardNotificationEnabled"), false},
            {QStringLiteral("ndrEnabled"), true},
            {QStringLiteral("tnefEnabled"), QJsonValue::Null},
            {QStringLiteral("whenChanged"), QStringLiteral("2024-01-01T00:00:00.000Z")}};
    }

    static QJsonObject connectorEntry(const QString &name, const QString &addressSpace,
                                      const QString &smartHost)
    {
        return QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("guid"), newGuid()},
            {QStringLiteral("addressSpaces"), strings({addressSpace})},
            {QStringLiteral("comment"), QString()},
            {QStringLiteral("dnsRoutingEnabled"), false},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("fqdn"), QString()},
            {QStringLiteral("maxMessageSize"), QStringLiteral("35 MB (36,700,160 bytes)")},
            {QStringLiteral("port"), 25},
            {QStringLiteral("requireTLS"), false},
            {QStringLiteral("smartHosts"), strings({smartHost})},
            {QStringLiteral("sourceTransportServers"), strings({QStringLiteral("EX01")})},
            {QStringLiteral("tlsAuthLevel"), QString()},
            {QStringLiteral("usage"), QStringLiteral("Custom")},
            {QStringLiteral("whenChanged"), QStringLiteral("2024-01-01T00:00:00.000Z")}};
    }

    static QJsonObject ruleEntry(const QString &name, const QString &address, bool enabled = true)
    {
        return QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("guid"), newGuid()},
            {QStringLiteral("journalEmailAddress"), address},
            {QStringLiteral("recipient"), QString()},
            {QStringLiteral("scope"), QStringLiteral("Internal")},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("whenChanged"), QStringLiteral("2024-01-01T00:00:00.000Z")}};
    }

    // A conflict: apply exits 3, names it, and the organisation is byte-identical afterwards.
    void expectConflict(const QJsonObject &org, const QStringList &extra, const QString &step,
                        const QString &mentions)
    {
        ASSERT_TRUE(startFake(org));
        const QByteArray before = stateBytes();
        ASSERT_FALSE(before.isEmpty());
        const CliResult r
            = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + extra);
        EXPECT_EQ(r.exitCode, 3) << r.describe();
        EXPECT_TRUE(r.out.contains(QStringLiteral("[%1] Conflict").arg(step))) << r.describe();
        EXPECT_TRUE(r.all().contains(mentions)) << r.describe();
        EXPECT_TRUE(r.out.contains(QStringLiteral("to resolve:"))) << r.describe();
        EXPECT_EQ(stateBytes(), before) << "a conflict changed the organisation";
        EXPECT_TRUE(journalFiles().isEmpty()) << "a conflict wrote a change journal";
    }

    static inline QTemporaryDir *s_baseDir = nullptr;
    static inline QJsonObject s_baseState;
    QTemporaryDir m_dir;
    std::unique_ptr<FakeExchangeProcess> m_fake;
};

// ---------------------------------------------------------------------------------------
// Fresh organisation: plan -> apply -> verify -> re-apply -> plan, with request counts.

TEST_F(CliTest, FreshOrganisationApplyVerifyReapply)
{
    ASSERT_TRUE(startFake());
    const QByteArray before = stateBytes();
    const QStringList common = settings() + QStringList{QStringLiteral("--stats")};

    const CliResult plan = run(QStringLiteral("plan"), common);
    ASSERT_EQ(plan.exitCode, 0) << plan.describe();
    EXPECT_TRUE(plan.out.contains(QStringLiteral("[ndr] Update"))) << plan.describe();
    EXPECT_TRUE(plan.out.contains(QStringLiteral("[rule] Create"))) << plan.describe();
    EXPECT_TRUE(plan.out.contains(QStringLiteral("[remoteDomain] Create"))) << plan.describe();
    EXPECT_TRUE(plan.out.contains(QStringLiteral("[connector] Create"))) << plan.describe();
    ASSERT_TRUE(plan.stats) << plan.describe();
    EXPECT_EQ(plan.stats->requests, 6); // Create, 2 pool Receives, Command, Receive, Delete
    EXPECT_EQ(stateBytes(), before) << "plan changed the organisation";

    const CliResult apply
        = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + common);
    ASSERT_EQ(apply.exitCode, 0) << apply.describe();
    for (const char *step : {"ndr", "rule", "remoteDomain", "connector"})
        EXPECT_TRUE(apply.out.contains(QStringLiteral("[%1] Verified").arg(QLatin1String(step))))
            << step << "\n"
            << apply.describe();
    EXPECT_FALSE(apply.out.contains(QStringLiteral("Failed"))) << apply.describe();
    EXPECT_TRUE(apply.out.contains(QStringLiteral("Done: every change was verified.")))
        << apply.describe();
    ASSERT_TRUE(apply.stats) << apply.describe();
    EXPECT_EQ(apply.stats->requests, kApplyRequests) << apply.describe();
    EXPECT_GT(apply.stats->sent, 0);
    EXPECT_GT(apply.stats->received, 0);
    expectConfigured(state());
    const QString journal = journalPathFrom(apply);
    EXPECT_TRUE(QFileInfo::exists(journal)) << apply.describe();
    // Nothing secret in what the CLI printed or logged.
    EXPECT_FALSE(apply.all().contains(QString::fromLatin1(kAdminPassword)));
    QDirIterator logs(dataHome(), QDir::Files, QDirIterator::Subdirectories);
    int logCount = 0;
    while (logs.hasNext()) {
        const QString f = logs.next();
        EXPECT_FALSE(readBytes(f).contains(kAdminPassword)) << f.toStdString();
        logCount += f.endsWith(QLatin1String(".log")) ? 1 : 0;
    }
    EXPECT_GE(logCount, 2);

    const QByteArray configured = stateBytes();
    const CliResult verify = run(QStringLiteral("verify"), settings());
    EXPECT_EQ(verify.exitCode, 0) << verify.describe();
    EXPECT_TRUE(verify.out.contains(
        QStringLiteral("Verified: the live configuration matches the settings.")))
        << verify.describe();

    const CliResult again
        = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + common);
    EXPECT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Nothing to change."))) << again.describe();
    for (const char *step : {"ndr", "rule", "remoteDomain", "connector"})
        EXPECT_TRUE(again.out.contains(QStringLiteral("[%1] NoChange").arg(QLatin1String(step))))
            << again.describe();
    ASSERT_TRUE(again.stats) << again.describe();
    EXPECT_EQ(again.stats->requests, 6) << again.describe();

    const CliResult planAgain = run(QStringLiteral("plan"), common);
    EXPECT_EQ(planAgain.exitCode, 0) << planAgain.describe();
    EXPECT_TRUE(planAgain.out.contains(QStringLiteral("Nothing to change.")))
        << planAgain.describe();
    ASSERT_TRUE(planAgain.stats);
    EXPECT_EQ(planAgain.stats->requests, 6);
    EXPECT_EQ(stateBytes(), configured) << "verify/re-apply/plan changed the organisation";
}

TEST_F(CliTest, ApplyAsksBeforeChangingWithoutYes)
{
    ASSERT_TRUE(startFake());
    const QByteArray before = stateBytes();
    const CliResult no = run(QStringLiteral("apply"), settings(), kAdminPassword + "\nn\n");
    EXPECT_EQ(no.exitCode, 1) << no.describe();
    EXPECT_TRUE(no.err.contains(QStringLiteral("[y/N]"))) << no.describe();
    EXPECT_TRUE(no.err.contains(QStringLiteral("Nothing was changed"))) << no.describe();
    EXPECT_EQ(stateBytes(), before);

    const CliResult yes = run(QStringLiteral("apply"), settings(), kAdminPassword + "\ny\n");
    EXPECT_EQ(yes.exitCode, 0) << yes.describe();
    expectConfigured(state());
}

// The German question shows [j/N]: "j" is yes there (and "y" stays yes in every language).
TEST_F(CliTest, ApplyQuestionTakesTheYesOfItsLanguage)
{
    ASSERT_TRUE(startFake());
    const QStringList german
        = settings() + QStringList{QStringLiteral("--lang"), QStringLiteral("de")};
    const CliResult ja = run(QStringLiteral("apply"), german, kAdminPassword + "\nj\n");
    EXPECT_EQ(ja.exitCode, 0) << ja.describe();
    EXPECT_TRUE(ja.err.contains(QStringLiteral("[j/N]"))) << ja.describe();
    expectConfigured(state());
}

TEST_F(CliTest, JsonOutputHasPerStepResults)
{
    ASSERT_TRUE(startFake());
    const CliResult plan
        = run(QStringLiteral("plan"), settings() + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(plan.exitCode, 0) << plan.describe();
    QJsonParseError error;
    QJsonObject doc = QJsonDocument::fromJson(plan.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError)
        << error.errorString().toStdString() << plan.describe();
    EXPECT_EQ(doc.value(QLatin1String("command")).toString(), QStringLiteral("plan"));
    EXPECT_EQ(doc.value(QLatin1String("exitCode")).toInt(-1), 0);
    const QJsonArray planSteps
        = doc.value(QLatin1String("plan")).toObject().value(QLatin1String("steps")).toArray();
    ASSERT_EQ(planSteps.size(), 4) << plan.describe();
    EXPECT_EQ(planSteps.at(0).toObject().value(QLatin1String("action")).toString(),
              QStringLiteral("Update"));
    EXPECT_EQ(planSteps.at(1).toObject().value(QLatin1String("action")).toString(),
              QStringLiteral("Create"));
    EXPECT_EQ(planSteps.at(1).toObject().value(QLatin1String("commands")).toArray().size(), 1);

    const CliResult apply
        = run(QStringLiteral("apply"),
              settings() + QStringList{QStringLiteral("--json"), QStringLiteral("--yes")});
    ASSERT_EQ(apply.exitCode, 0) << apply.describe();
    doc = QJsonDocument::fromJson(apply.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError)
        << error.errorString().toStdString() << apply.describe();
    EXPECT_EQ(doc.value(QLatin1String("exitCode")).toInt(-1), 0);
    const QJsonObject result = doc.value(QLatin1String("result")).toObject();
    EXPECT_TRUE(result.value(QLatin1String("success")).toBool());
    EXPECT_TRUE(QFileInfo::exists(result.value(QLatin1String("journal")).toString()));
    const QJsonArray steps = result.value(QLatin1String("steps")).toArray();
    ASSERT_EQ(steps.size(), 4) << apply.describe();
    QStringList kinds;
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        kinds << s.value(QLatin1String("step")).toString();
        EXPECT_EQ(s.value(QLatin1String("state")).toString(), QStringLiteral("Verified"))
            << apply.describe();
        EXPECT_FALSE(s.value(QLatin1String("identity")).toString().isEmpty());
    }
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("ndr"), QStringLiteral("rule"),
                                  QStringLiteral("remoteDomain"), QStringLiteral("connector")}));
    EXPECT_EQ(doc.value(QLatin1String("organisation"))
                  .toObject()
                  .value(QLatin1String("exchangeVersion"))
                  .toString(),
              QStringLiteral("Version 15.1 (Build 2507.6)"));
    expectConfigured(state());
}

// ---------------------------------------------------------------------------------------
// Conflicts: exit 3, nothing changed; consent resolves the NDR one.

TEST_F(CliTest, ConflictExistingDifferentNdrNeedsConsent)
{
    QJsonObject org = s_baseState;
    QJsonObject tc = org.value(QLatin1String("transportConfig")).toObject();
    tc[QLatin1String("journalingReportNdrTo")] = QStringLiteral("administrator@contoso.com");
    org[QLatin1String("transportConfig")] = tc;
    expectConflict(org, settings(), QStringLiteral("ndr"),
                   QStringLiteral("administrator@contoso.com"));

    // Consent through the answers file (flags still give the addresses).
    const QString answers = m_dir.filePath(QStringLiteral("answers.json"));
    ASSERT_TRUE(writeJson(answers, QJsonObject{{QStringLiteral("replaceExistingNdr"), true}}));
    const CliResult r = run(
        QStringLiteral("apply"),
        QStringList{QStringLiteral("--yes"), QStringLiteral("--answers"), answers} + settings());
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("administrator@contoso.com")))
        << "the replaced address is shown";
    expectConfigured(state());
}

TEST_F(CliTest, ConflictRuleNameTakenByDifferentRule)
{
    const QJsonObject org = withEntry(
        s_baseState, "journalRules", ruleEntry(kRuleName, QStringLiteral("old@vault.example.org")));
    expectConflict(org, settings(), QStringLiteral("rule"),
                   QStringLiteral("old@vault.example.org"));
}

TEST_F(CliTest, ConflictRemoteDomainNameTakenByAnotherDomain)
{
    const QJsonObject org
        = withEntry(s_baseState, "remoteDomains",
                    remoteDomainEntry(kRemoteDomainName, QStringLiteral("other.example.org")));
    expectConflict(org, settings(), QStringLiteral("remoteDomain"),
                   QStringLiteral("other.example.org"));
}

TEST_F(CliTest, ConflictConnectorAlreadyRoutesJournalDomain)
{
    const QJsonObject org
        = withEntry(s_baseState, "sendConnectors",
                    connectorEntry(QStringLiteral("Old archive relay"),
                                   QStringLiteral("SMTP:archive.securestore.net;1"),
                                   QStringLiteral("relay.elsewhere.example")));
    expectConflict(org, settings(), QStringLiteral("connector"),
                   QStringLiteral("Old archive relay"));
}

TEST_F(CliTest, ConflictConnectorNameTaken)
{
    const QJsonObject org
        = withEntry(s_baseState, "sendConnectors",
                    connectorEntry(kConnectorName, QStringLiteral("SMTP:partner.example;1"),
                                   QStringLiteral("relay.partner.example")));
    expectConflict(org, settings(), QStringLiteral("connector"), kConnectorName);
}

TEST_F(CliTest, EquivalentDisabledRuleAndExistingRemoteDomainAreReused)
{
    // Not conflicts: an equivalent rule under another name is enabled, the remote domain for
    // the journal domain (other name) gets its settings; nothing is duplicated.
    QJsonObject org = withEntry(s_baseState, "journalRules",
                                ruleEntry(QStringLiteral("Archive (old)"), kJournal, false));
    org = withEntry(org, "remoteDomains",
                    remoteDomainEntry(QStringLiteral("Archive domain"), kJournalDomain));
    ASSERT_TRUE(startFake(org));
    const CliResult r
        = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + settings(false));
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    const QJsonObject st = state();
    EXPECT_EQ(namesOf(st, "journalRules"), QStringList{QStringLiteral("Archive (old)")});
    EXPECT_TRUE(findByName(st, "journalRules", QStringLiteral("Archive (old)"))
                    .value(QLatin1String("enabled"))
                    .toBool());
    EXPECT_EQ(namesOf(st, "remoteDomains"),
              (QStringList{QStringLiteral("Default"), QStringLiteral("Archive domain")}));
    const QJsonObject rd = findByName(st, "remoteDomains", QStringLiteral("Archive domain"));
    EXPECT_EQ(rd.value(QLatin1String("allowedOOFType")).toString(), QStringLiteral("None"));
    EXPECT_FALSE(rd.value(QLatin1String("tnefEnabled")).toBool(true));
}

// ---------------------------------------------------------------------------------------
// Missing roles: reported by name before anything changes.

TEST_F(CliTest, MissingRolesReportedBeforeAnyChange)
{
    ASSERT_TRUE(startFake());
    const QByteArray before = stateBytes();
    const CliResult r = cli(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")}
                                + connection(kHelpdesk) + settings(),
                            kHelpdeskPassword + '\n');
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.all().contains(QStringLiteral("Remote and Accepted Domains"))) << r.describe();
    EXPECT_TRUE(r.all().contains(QStringLiteral("Send Connectors"))) << r.describe();
    EXPECT_FALSE(r.all().contains(QStringLiteral("Verified"))) << r.describe();
    EXPECT_EQ(stateBytes(), before);
    EXPECT_TRUE(journalFiles().isEmpty());

    // Without the connector, only the remote domain's role is missing.
    const CliResult r2 = cli(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")}
                                 + connection(kHelpdesk) + settings(false),
                             kHelpdeskPassword + '\n');
    EXPECT_EQ(r2.exitCode, 1) << r2.describe();
    EXPECT_TRUE(r2.all().contains(QStringLiteral("Remote and Accepted Domains"))) << r2.describe();
    EXPECT_FALSE(r2.all().contains(QStringLiteral("Send Connectors"))) << r2.describe();
    EXPECT_EQ(stateBytes(), before);
}

// ---------------------------------------------------------------------------------------
// Validation: every bad input exits 2 and changes nothing.

TEST_F(CliTest, InvalidInputsExit2AndChangeNothing)
{
    ASSERT_TRUE(startFake());
    const QByteArray before = stateBytes();
    struct Case
    {
        const char *what;
        QStringList args;
        QString mentions;
    };
    const QString longName(65, QLatin1Char('r'));
    const auto addresses = [](const QString &journal, const QString &ndr) {
        return QStringList{QStringLiteral("--journal-address"), journal,
                           QStringLiteral("--ndr-mailbox"), ndr};
    };
    const auto withSmartHost = [](const QString &host) {
        return settings(false) + QStringList{QStringLiteral("--smarthost"), host};
    };
    const QList<Case> cases = {
        {"malformed address", addresses(QStringLiteral("abc123.archive.securestore.net"), kNdr),
         QStringLiteral("not valid")},
        {"display-name form",
         addresses(QStringLiteral("Archive <abc123@archive.securestore.net>"), kNdr),
         QStringLiteral("without a display name")},
        {"journal domain is an accepted domain",
         addresses(QStringLiteral("archive@sales.contoso.com"), kNdr),
         QStringLiteral("sales.contoso.com")},
        {"journal domain under *.corp.contoso.com",
         addresses(QStringLiteral("archive@eu.corp.contoso.com"), kNdr),
         QStringLiteral("*.corp.contoso.com")},
        {"NDR = journal address", addresses(kJournal, kJournal.toUpper()),
         QStringLiteral("must differ")},
        {"NDR is a group", addresses(kJournal, QStringLiteral("it-team@contoso.com")),
         QStringLiteral("is a group")},
        {"NDR not found", addresses(kJournal, QStringLiteral("nobody@contoso.com")),
         QStringLiteral("No recipient")},
        {"journal address owned by a mailbox",
         addresses(QStringLiteral("administrator@contoso.com"), kNdr),
         QStringLiteral("contoso.com")},
        {"rule name of 65 characters",
         settings(false) + QStringList{QStringLiteral("--rule-name"), longName},
         QStringLiteral("65")},
        {"rule name with a tab",
         settings(false)
             + QStringList{QStringLiteral("--rule-name"), QStringLiteral("Journal\tRule")},
         QStringLiteral("control character")},
        {"rule name with a line break",
         settings(false)
             + QStringList{QStringLiteral("--rule-name"), QStringLiteral("Journal\nRule")},
         QStringLiteral("control character")},
        {"remote domain name too long",
         settings(false) + QStringList{QStringLiteral("--remote-domain-name"), longName},
         QStringLiteral("65")},
        {"bad smarthost", withSmartHost(QStringLiteral("smtp..securestore.net")),
         QStringLiteral("smtp..securestore.net")},
        {"smarthost with a space", withSmartHost(QStringLiteral("smtp securestore.net")),
         QStringLiteral("not a valid IP address or host name")},
        // New-SendConnector takes host names and IPv4 addresses only: refused before the
        // NDR address, rule or remote domain is touched (issue 12 item 3).
        {"IPv6 smarthost", withSmartHost(QStringLiteral("2001:db8::25")), QStringLiteral("IPv6")},
        {"bracketed IPv6 smarthost", withSmartHost(QStringLiteral("[2001:db8::25]")),
         QStringLiteral("IPv6")},
        {"unknown source server",
         settings() + QStringList{QStringLiteral("--source-servers"), QStringLiteral("EX99")},
         QStringLiteral("EX99")},
        {"missing NDR mailbox",
         {QStringLiteral("--journal-address"), kJournal},
         QStringLiteral("undeliverable")},
        {"unknown option", settings() + QStringList{QStringLiteral("--frobnicate")},
         QStringLiteral("--frobnicate")},
        {"password on the command line",
         settings() + QStringList{QStringLiteral("--password=secret")},
         QStringLiteral("never accepted")},
    };
    for (const Case &c : cases) {
        const CliResult r
            = run(QStringLiteral("apply"),
                  QStringList{QStringLiteral("--yes"), QStringLiteral("--stats")} + c.args);
        EXPECT_EQ(r.exitCode, 2) << c.what << "\n" << r.describe();
        EXPECT_TRUE(r.all().contains(c.mentions))
            << c.what << " should mention " << c.mentions.toStdString() << "\n"
            << r.describe();
        EXPECT_FALSE(r.all().contains(QStringLiteral("Verified"))) << c.what;
        if (r.stats) { // the ones that needed the server only discovered (plan-sized traffic)
            EXPECT_EQ(r.stats->requests, 6) << c.what;
        }
        EXPECT_EQ(stateBytes(), before) << c.what << ": the organisation changed";
    }
    EXPECT_TRUE(journalFiles().isEmpty()) << "an invalid run wrote a change journal";

    // export-script refuses invalid input the same way.
    const CliResult script = run(QStringLiteral("export-script"),
                                 addresses(QStringLiteral("archive@sales.contoso.com"), kNdr));
    EXPECT_EQ(script.exitCode, 2) << script.describe();
    EXPECT_FALSE(script.out.contains(QStringLiteral("New-JournalRule"))) << script.describe();
}

// ---------------------------------------------------------------------------------------
// A server error mid-apply: the step fails, a journal exists, undo restores the original.

struct FaultCase
{
    QStringList faults; // --fault SPECs
    QString failedStep; // the step reported Failed; empty: the client recovers, apply succeeds
};

void PrintTo(const FaultCase &c, std::ostream *os)
{
    *os << c.faults.join(QLatin1Char(' ')).toStdString();
}

class CliFaultTest : public CliTest, public ::testing::WithParamInterface<FaultCase>
{
};

TEST_P(CliFaultTest, ServerErrorMidApplyThenUndoRestoresOriginal)
{
    const FaultCase c = GetParam();
    ASSERT_TRUE(startFake({}, c.faults));
    const QJsonObject original = state();

    const CliResult apply
        = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + settings());
    if (c.failedStep.isEmpty()) {
        // A lost Receive is repeated (it changes nothing); the apply completes and verifies.
        EXPECT_EQ(apply.exitCode, 0) << apply.describe();
        expectConfigured(state());
        return;
    }
    EXPECT_EQ(apply.exitCode, 1) << apply.describe();
    EXPECT_TRUE(apply.out.contains(QStringLiteral("[%1] Failed").arg(c.failedStep)))
        << apply.describe();
    EXPECT_FALSE(apply.out.contains(QStringLiteral("Done: every change was verified.")))
        << apply.describe();
    EXPECT_TRUE(apply.out.contains(QStringLiteral("[ndr] Verified"))) << apply.describe();
    EXPECT_TRUE(apply.out.contains(QStringLiteral("[rule] Verified"))) << apply.describe();
    EXPECT_FALSE(apply.out.contains(QStringLiteral("[connector] Verified"))) << apply.describe();
    EXPECT_TRUE(apply.err.contains(QStringLiteral("securestore-setup undo")))
        << "says how to roll back\n"
        << apply.describe();
    const QString journal = journalPathFrom(apply);
    ASSERT_TRUE(QFileInfo::exists(journal)) << apply.describe();
    EXPECT_EQ(journalFiles(), QStringList{journal});
    // Something really changed on the server (the fault came after the remote domain existed).
    const QJsonObject partial = state();
    EXPECT_EQ(ndrOf(partial), kNdr);
    EXPECT_EQ(namesOf(partial, "journalRules"), QStringList{kRuleName});
    EXPECT_TRUE(namesOf(partial, "remoteDomains").contains(kRemoteDomainName));

    // Undo against the same organisation, now without the fault.
    stopFake();
    ASSERT_TRUE(startFake());
    const CliResult undo = undoJournal(journal, {QStringLiteral("--stats")});
    EXPECT_EQ(undo.exitCode, 0) << undo.describe();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("Undone and verified."))) << undo.describe();
    EXPECT_FALSE(undo.out.contains(QStringLiteral("Failed"))) << undo.describe();
    for (const char *step : {"ndr", "rule", "remoteDomain"})
        EXPECT_TRUE(undo.out.contains(QStringLiteral("[%1] Verified").arg(QLatin1String(step))))
            << undo.describe();
    const QJsonObject restored = state();
    EXPECT_EQ(ndrOf(restored), ndrOf(original));
    EXPECT_TRUE(ndrOf(restored).isEmpty());
    EXPECT_EQ(namesOf(restored, "journalRules"), namesOf(original, "journalRules"));
    EXPECT_EQ(namesOf(restored, "remoteDomains"), namesOf(original, "remoteDomains"));
    EXPECT_EQ(namesOf(restored, "sendConnectors"), namesOf(original, "sendConnectors"));
    EXPECT_EQ(restored.value(QLatin1String("remoteDomains")),
              original.value(QLatin1String("remoteDomains")));
    EXPECT_EQ(restored.value(QLatin1String("acceptedDomains")),
              original.value(QLatin1String("acceptedDomains")));
    EXPECT_EQ(restored.value(QLatin1String("recipients")),
              original.value(QLatin1String("recipients")));

    // A second undo of the same journal finds nothing left to undo and changes nothing.
    const QByteArray undone = stateBytes();
    const CliResult undoAgain = undoJournal(journal);
    EXPECT_EQ(undoAgain.exitCode, 0) << undoAgain.describe();
    EXPECT_EQ(stateBytes(), undone) << "undoing an undone journal changed the organisation";

    // And the organisation can be configured cleanly afterwards.
    expectApplyConfigures();
}

// The single apply pipeline streams: a slow cmdlet makes the server answer the steps before it
// first, so a fault on the Receive that waits for it comes with those steps verified and that
// step (and the ones after it) in flight.
const QString kSlowRemoteDomainSettings = QStringLiteral("cmdlet-slow:Set-RemoteDomain:300");
const QString kSlowConnector = QStringLiteral("cmdlet-slow:New-SendConnector:300");

INSTANTIATE_TEST_SUITE_P(
    Faults, CliFaultTest,
    ::testing::Values(
        FaultCase{{kSlowRemoteDomainSettings, QStringLiteral("http500@%1").arg(kReceiveAfterSlow)},
                  QStringLiteral("remoteDomain")},
        FaultCase{{kSlowRemoteDomainSettings, QStringLiteral("http503@%1").arg(kReceiveAfterSlow)},
                  QStringLiteral("remoteDomain")},
        FaultCase{{kSlowConnector, QStringLiteral("http500@%1").arg(kReceiveAfterSlow)},
                  QStringLiteral("connector")},
        // A lost Receive is sent again (it changes nothing): the apply completes.
        FaultCase{{kSlowRemoteDomainSettings, QStringLiteral("drop@%1").arg(kReceiveAfterSlow)},
                  QString()},
        FaultCase{{kSlowConnector, QStringLiteral("drop@%1").arg(kReceiveAfterSlow)}, QString()},
        FaultCase{{QStringLiteral("drop@%1").arg(kApplyCommand + 1)}, QString()}),
    [](const ::testing::TestParamInfo<FaultCase> &info) {
        QString name = info.param.faults.join(QLatin1Char('_'));
        name.replace(QLatin1Char('@'), QLatin1String("_at_"));
        name.replace(QLatin1Char(':'), QLatin1Char('_'));
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        return name.toStdString();
    });

// The apply pipeline's Command is lost or refused: nothing ran, every step is unconfirmed (never
// verified), undo finds nothing to reverse and changes nothing, and the apply can be repeated.
TEST_F(CliTest, FaultOnTheApplyCommandLeavesEveryStepUnconfirmedAndChangesNothing)
{
    for (const QString &fault : {QStringLiteral("http500@%1").arg(kApplyCommand),
                                 QStringLiteral("drop@%1").arg(kApplyCommand)}) {
        SCOPED_TRACE(fault.toStdString());
        ASSERT_TRUE(startFake({}, {fault}));
        const QByteArray before = stateBytes();
        const CliResult apply
            = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + settings());
        EXPECT_EQ(apply.exitCode, 1) << apply.describe();
        EXPECT_FALSE(apply.out.contains(QStringLiteral("Verified"))) << apply.describe();
        for (const char *step : {"ndr", "rule", "remoteDomain", "connector"})
            EXPECT_TRUE(apply.out.contains(QStringLiteral("[%1] Failed").arg(QLatin1String(step))))
                << step << "\n"
                << apply.describe();
        EXPECT_EQ(stateBytes(), before);
        const QString journal = journalPathFrom(apply);
        ASSERT_TRUE(QFileInfo::exists(journal)) << apply.describe();
        for (const QJsonValue &e : readJson(journal).value(QLatin1String("entries")).toArray())
            EXPECT_EQ(e.toObject().value(QLatin1String("status")).toString(),
                      QStringLiteral("unconfirmed"));
        stopFake();
        ASSERT_TRUE(startFake());
        const CliResult undo = undoJournal(journal);
        EXPECT_EQ(undo.exitCode, 0) << undo.describe();
        EXPECT_EQ(stateBytes(), before) << undo.describe();
        expectApplyConfigures();
        stopFake();
        QFile::remove(statePath());
        QFile::remove(journal);
    }
}

// ---------------------------------------------------------------------------------------
// Issue 11 item 1: a cmdlet failing in each statement position of the single apply pipeline
// (-ErrorAction Stop) stops every statement after it. The steps before it are verified, its
// step failed, the later ones not attempted; the journal records exactly that; undo restores
// the organisation byte for byte; a second apply completes.

struct StatementCase
{
    QString fault;  // cmdlet-error:NAME#N (N counts the discovery's reads too)
    int failedStep; // 0 ndr, 1 rule, 2 remoteDomain, 3 connector
    QString status; // the failed step's journal status: failed (refused) / unconfirmed
    bool remoteDomainMade = false; // New-RemoteDomain ran before the failure
};

void PrintTo(const StatementCase &c, std::ostream *os)
{
    *os << c.fault.toStdString();
}

class CliStatementFailureTest : public CliTest, public ::testing::WithParamInterface<StatementCase>
{
};

TEST_P(CliStatementFailureTest, FailureStopsTheRestJournalSaysSoUndoRestoresReapplyCompletes)
{
    const StatementCase c = GetParam();
    const QString statsFile = m_dir.filePath(QStringLiteral("fake-stats.json"));
    ASSERT_TRUE(startFake({}, {c.fault}, 0, statsFile));
    const QByteArray original = stateBytes();
    const QStringList steps{QStringLiteral("ndr"), QStringLiteral("rule"),
                            QStringLiteral("remoteDomain"), QStringLiteral("connector")};

    const CliResult apply
        = run(QStringLiteral("apply"),
              QStringList{QStringLiteral("--yes"), QStringLiteral("--stats")} + settings());
    EXPECT_EQ(apply.exitCode, 1) << apply.describe();
    ASSERT_TRUE(apply.stats) << apply.describe();
    EXPECT_EQ(apply.stats->requests, kApplyRequests) << apply.describe();
    for (int i = 0; i < steps.size(); ++i) {
        const QString expected = i < c.failedStep    ? QStringLiteral("Verified")
                                 : i == c.failedStep ? QStringLiteral("Failed")
                                                     : QStringLiteral("Skipped");
        EXPECT_TRUE(apply.out.contains(QStringLiteral("[%1] %2").arg(steps.at(i), expected)))
            << steps.at(i).toStdString() << " " << expected.toStdString() << "\n"
            << apply.describe();
    }
    EXPECT_TRUE(apply.out.contains(QStringLiteral("injected fault"))) << apply.describe();
    const QString journal = journalPathFrom(apply);
    ASSERT_TRUE(QFileInfo::exists(journal)) << apply.describe();
    const QJsonArray entries = readJson(journal).value(QLatin1String("entries")).toArray();
    ASSERT_EQ(entries.size(), steps.size()) << "every entry is written before the pipeline";
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        EXPECT_EQ(e.value(QLatin1String("step")).toString(), steps.at(i));
        const QString expected = i < c.failedStep    ? QStringLiteral("verified")
                                 : i == c.failedStep ? c.status
                                                     : QStringLiteral("not-run");
        EXPECT_EQ(e.value(QLatin1String("status")).toString(), expected)
            << steps.at(i).toStdString();
    }
    // Nothing after the failed statement ran.
    const QJsonObject partial = state();
    EXPECT_EQ(namesOf(partial, "sendConnectors").contains(kConnectorName),
              c.failedStep == 3 && c.status == QLatin1String("unconfirmed"));
    EXPECT_EQ(namesOf(partial, "remoteDomains").contains(kRemoteDomainName), c.remoteDomainMade);
    const bool ruleMade
        = c.failedStep > 1 || (c.failedStep == 1 && c.status == QLatin1String("unconfirmed"));
    EXPECT_EQ(namesOf(partial, "journalRules").contains(kRuleName), ruleMade);

    // Undo (without the fault) restores the organisation byte for byte.
    stopFake();
    ASSERT_GE(readJson(statsFile).value(QLatin1String("faultsInjected")).toInt(), 1);
    ASSERT_TRUE(startFake());
    const CliResult undo = undoJournal(journal);
    EXPECT_EQ(undo.exitCode, 0) << undo.describe();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("Undone and verified."))) << undo.describe();
    EXPECT_EQ(stateBytes(), original) << undo.describe();

    // And the organisation is configured cleanly afterwards.
    expectApplyConfigures();
}

INSTANTIATE_TEST_SUITE_P(
    EachStatement, CliStatementFailureTest,
    ::testing::Values(StatementCase{QStringLiteral("cmdlet-error:Set-TransportConfig#1"), 0,
                                    QStringLiteral("failed")},
                      StatementCase{QStringLiteral("cmdlet-error:Get-TransportConfig#2"), 0,
                                    QStringLiteral("unconfirmed")},
                      StatementCase{QStringLiteral("cmdlet-error:New-JournalRule#1"), 1,
                                    QStringLiteral("failed")},
                      StatementCase{QStringLiteral("cmdlet-error:Get-JournalRule#2"), 1,
                                    QStringLiteral("unconfirmed")},
                      StatementCase{QStringLiteral("cmdlet-error:New-RemoteDomain#1"), 2,
                                    QStringLiteral("failed")},
                      StatementCase{QStringLiteral("cmdlet-error:Get-RemoteDomain#2"), 2,
                                    QStringLiteral("unconfirmed"), true},
                      StatementCase{QStringLiteral("cmdlet-error:Set-RemoteDomain#1"), 2,
                                    QStringLiteral("failed"), true},
                      StatementCase{QStringLiteral("cmdlet-error:Get-RemoteDomain#3"), 2,
                                    QStringLiteral("unconfirmed"), true},
                      StatementCase{QStringLiteral("cmdlet-error:New-SendConnector#1"), 3,
                                    QStringLiteral("failed"), true},
                      StatementCase{QStringLiteral("cmdlet-error:Get-SendConnector#2"), 3,
                                    QStringLiteral("unconfirmed"), true}),
    [](const ::testing::TestParamInfo<StatementCase> &info) {
        QString name = info.param.fault.mid(info.param.fault.indexOf(QLatin1Char(':')) + 1);
        name.replace(QLatin1Char('-'), QString()).replace(QLatin1Char('#'), QLatin1Char('_'));
        return name.toStdString();
    });

// ---------------------------------------------------------------------------------------
// Undo reverses only what its run made, in the organisation it was made for (issue 12).

// Two technicians apply at once: the loser's rule (or remote domain) creation fails with
// "already exists". Undo with the loser's journal must not touch the winner's objects.
TEST_F(CliTest, ConcurrentAppliesLosersUndoLeavesTheWinnersObjects)
{
    ASSERT_TRUE(startFake());
    // Both runs read the organisation and plan every create, then wait at the confirmation
    // prompt; both are confirmed together, so their creates collide.
    const QStringList args = QStringList{QStringLiteral("apply")} + connection() + settings();
    const std::unique_ptr<QProcess> first = launch(args, kAdminPassword + '\n', false);
    const std::unique_ptr<QProcess> second = launch(args, kAdminPassword + '\n', false);
    QByteArray errFirst;
    QByteArray errSecond;
    const auto prompted = [](QProcess &p, QByteArray &err) {
        err += p.readAllStandardError();
        return err.contains("[y/N]");
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return prompted(*first, errFirst) && prompted(*second, errSecond); }, 60000))
        << errFirst.toStdString() << errSecond.toStdString();
    for (QProcess *p : {first.get(), second.get()}) {
        p->write("y\n");
        p->closeWriteChannel();
    }
    CliResult a = collect(*first);
    a.err.prepend(QString::fromUtf8(errFirst));
    CliResult b = collect(*second);
    b.err.prepend(QString::fromUtf8(errSecond));
    ASSERT_TRUE((a.exitCode == 0 && b.exitCode == 1) || (a.exitCode == 1 && b.exitCode == 0))
        << "exactly one apply should lose\n"
        << a.describe() << "\n"
        << b.describe();
    const CliResult &loser = a.exitCode == 1 ? a : b;
    EXPECT_TRUE(loser.all().contains(QStringLiteral("already exists"))) << loser.describe();
    const QString journal = journalPathFrom(loser);
    ASSERT_TRUE(QFileInfo::exists(journal)) << loser.describe();
    expectConfigured(state());

    const QByteArray before = stateBytes();
    const CliResult undo = undoJournal(journal);
    EXPECT_EQ(undo.exitCode, 3) << undo.describe();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("Refused"))) << undo.describe();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("someone else"))) << undo.describe();
    EXPECT_TRUE(undo.err.contains(QStringLiteral("Nothing was undone"))) << undo.describe();
    EXPECT_FALSE(undo.out.contains(QStringLiteral("Undone and verified"))) << undo.describe();
    EXPECT_EQ(stateBytes(), before) << "the loser's undo changed the organisation";
    const CliResult verify = run(QStringLiteral("verify"), settings());
    EXPECT_EQ(verify.exitCode, 0) << verify.describe();
}

// A journal replayed against another organisation (here: edited to name another server, the
// same object names present) refuses, naming both organisations; nothing changes.
TEST_F(CliTest, UndoAgainstAnotherOrganisationRefusesNamingBoth)
{
    ASSERT_TRUE(startFake());
    const CliResult apply
        = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + settings());
    ASSERT_EQ(apply.exitCode, 0) << apply.describe();
    const QString journal = journalPathFrom(apply);
    ASSERT_TRUE(QFileInfo::exists(journal)) << apply.describe();
    QJsonObject edited = readJson(journal);
    edited[QStringLiteral("server")] = QStringLiteral("ex02.fabrikam.com");
    ASSERT_TRUE(writeJson(journal, edited));

    // Another organisation holding objects of the same names.
    stopFake();
    QJsonObject other = state();
    QJsonObject org = other.value(QLatin1String("organization")).toObject();
    const QString contoso = org.value(QLatin1String("name")).toString();
    ASSERT_FALSE(contoso.isEmpty());
    org[QStringLiteral("name")] = QStringLiteral("Fabrikam");
    org[QStringLiteral("guid")] = newGuid();
    other[QStringLiteral("organization")] = org;
    ASSERT_TRUE(writeJson(statePath(), other));
    ASSERT_TRUE(startFake());
    const QByteArray before = stateBytes();

    const CliResult undo = undoJournal(journal);
    EXPECT_EQ(undo.exitCode, 3) << undo.describe();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("ex02.fabrikam.com"))) << undo.describe();
    EXPECT_TRUE(undo.out.contains(contoso)) << undo.describe();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("Fabrikam"))) << undo.describe();
    EXPECT_TRUE(undo.err.contains(QStringLiteral("Nothing was undone"))) << undo.describe();
    EXPECT_EQ(stateBytes(), before) << "undo changed another organisation";
    expectConfigured(state());
}

// An object changed since the apply is refused with exit 3 and nothing is undone; once it is
// back as the run left it, the same journal undoes cleanly.
TEST_F(CliTest, UndoRefusesAnObjectChangedSinceApply)
{
    ASSERT_TRUE(startFake());
    const QJsonObject original = state();
    const CliResult apply
        = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + settings());
    ASSERT_EQ(apply.exitCode, 0) << apply.describe();
    const QString journal = journalPathFrom(apply);
    ASSERT_TRUE(QFileInfo::exists(journal)) << apply.describe();

    // An administrator turns out-of-office replies back on for the run's remote domain.
    stopFake();
    const QJsonObject applied = state();
    QJsonObject changed = applied;
    QJsonArray domains = changed.value(QLatin1String("remoteDomains")).toArray();
    bool found = false;
    for (int i = 0; i < domains.size(); ++i) {
        QJsonObject d = domains.at(i).toObject();
        if (d.value(QLatin1String("name")).toString() == kRemoteDomainName) {
            d[QStringLiteral("allowedOOFType")] = QStringLiteral("External");
            domains[i] = d;
            found = true;
        }
    }
    ASSERT_TRUE(found);
    changed[QStringLiteral("remoteDomains")] = domains;
    ASSERT_TRUE(writeJson(statePath(), changed));
    ASSERT_TRUE(startFake());
    const QByteArray before = stateBytes();
    const QStringList undoArgs{QStringLiteral("undo"), QStringLiteral("--journal"), journal,
                               QStringLiteral("--yes")};
    const CliResult refused = cli(undoArgs + connection());
    EXPECT_EQ(refused.exitCode, 3) << refused.describe();
    EXPECT_TRUE(refused.out.contains(QStringLiteral("[remoteDomain] Refused")))
        << refused.describe();
    EXPECT_TRUE(refused.out.contains(QStringLiteral("AllowedOOFType"))) << refused.describe();
    EXPECT_EQ(stateBytes(), before) << "a refused undo changed the organisation";

    // Back as the run left it: undo restores the original organisation.
    stopFake();
    ASSERT_TRUE(writeJson(statePath(), applied));
    ASSERT_TRUE(startFake());
    const CliResult undone = cli(undoArgs + connection());
    EXPECT_EQ(undone.exitCode, 0) << undone.describe();
    const QJsonObject restored = state();
    EXPECT_EQ(ndrOf(restored), ndrOf(original));
    EXPECT_EQ(restored.value(QLatin1String("journalRules")),
              original.value(QLatin1String("journalRules")));
    EXPECT_EQ(restored.value(QLatin1String("remoteDomains")),
              original.value(QLatin1String("remoteDomains")));
    EXPECT_EQ(restored.value(QLatin1String("sendConnectors")),
              original.value(QLatin1String("sendConnectors")));
}

// ---------------------------------------------------------------------------------------
// Values with PowerShell metacharacters and non-ASCII reach Exchange literally.

TEST_F(CliTest, SpecialCharactersReachExchangeLiterallyAndRenderQuoted)
{
    ASSERT_TRUE(startFake());
    const QString ruleName
        = QStringLiteral("O'Brien's \"Archive\"; $(Remove-Item x) `n Grüße – 日本");
    const QString remoteDomainName = QStringLiteral("SecureStore; $(calc) 'x' `t Ärchiv");
    const QStringList extra
        = settings()
          + QStringList{QStringLiteral("--rule-name"), ruleName,
                        QStringLiteral("--remote-domain-name"), remoteDomainName};

    const CliResult script = run(QStringLiteral("export-script"), extra);
    ASSERT_EQ(script.exitCode, 0) << script.describe();
    // stdout is the script alone (export-script > setup.ps1); progress went to stderr.
    EXPECT_TRUE(script.out.startsWith(QStringLiteral("# SecureStore journaling setup")))
        << script.describe();
    EXPECT_FALSE(script.out.contains(QStringLiteral("Connecting to"))) << script.describe();
    EXPECT_TRUE(script.out.contains(QStringLiteral(
        "New-JournalRule -Name 'O''Brien''s \"Archive\"; $(Remove-Item x) `n Grüße – 日本' "
        "-JournalEmailAddress 'abc123@archive.securestore.net' -Scope 'Internal' -Enabled $true")))
        << script.describe();
    EXPECT_TRUE(script.out.contains(
        QStringLiteral("New-RemoteDomain -Name 'SecureStore; $(calc) ''x'' `t Ärchiv' "
                       "-DomainName 'archive.securestore.net'")))
        << script.describe();
    EXPECT_TRUE(script.out.contains(
        QStringLiteral("Set-RemoteDomain -Identity 'SecureStore; $(calc) ''x'' `t Ärchiv'")))
        << script.describe();
    // Every quoted literal in the commands is balanced: no line leaves a quote open.
    for (const QString &line : script.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        EXPECT_EQ(line.count(QLatin1Char('\'')) % 2, 0) << line.toStdString();
    }

    const CliResult apply
        = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + extra);
    ASSERT_EQ(apply.exitCode, 0) << apply.describe();
    expectConfigured(state(), ruleName, remoteDomainName);
    EXPECT_EQ(namesOf(state(), "journalRules"), QStringList{ruleName});

    const CliResult verify = run(QStringLiteral("verify"), extra);
    EXPECT_EQ(verify.exitCode, 0) << verify.describe();
    const CliResult again
        = run(QStringLiteral("apply"), QStringList{QStringLiteral("--yes")} + extra);
    EXPECT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Nothing to change."))) << again.describe();
}

// ---------------------------------------------------------------------------------------
// diagnose

TEST_F(CliTest, DiagnoseReportsVersionsAndMissingRoles)
{
    ASSERT_TRUE(startFake());
    const QByteArray before = stateBytes();
    const CliResult admin = run(QStringLiteral("diagnose"), {});
    EXPECT_EQ(admin.exitCode, 0) << admin.describe();
    EXPECT_TRUE(admin.out.contains(QStringLiteral("Protocol 2.3"))) << admin.describe();
    EXPECT_TRUE(admin.out.contains(QStringLiteral("PowerShell 2.0"))) << admin.describe();
    EXPECT_TRUE(admin.out.contains(
        QStringLiteral("Exchange Server 2016 Version 15.1 (Build 2507.6) on EX01")))
        << admin.describe();
    EXPECT_TRUE(admin.out.contains(QStringLiteral("all needed roles are granted")))
        << admin.describe();
    EXPECT_TRUE(admin.out.contains(QStringLiteral("Round trip"))) << admin.describe();

    const CliResult helpdesk = cli(QStringList{QStringLiteral("diagnose"), QStringLiteral("--json")}
                                       + connection(kHelpdesk),
                                   kHelpdeskPassword + '\n');
    EXPECT_EQ(helpdesk.exitCode, 0) << helpdesk.describe();
    const QJsonObject doc = QJsonDocument::fromJson(helpdesk.out.toUtf8()).object();
    EXPECT_EQ(doc.value(QLatin1String("protocolVersion")).toString(), QStringLiteral("2.3"));
    EXPECT_EQ(doc.value(QLatin1String("psVersion")).toString(), QStringLiteral("2.0"));
    const QJsonArray roles = doc.value(QLatin1String("organisation"))
                                 .toObject()
                                 .value(QLatin1String("missingRoles"))
                                 .toArray();
    EXPECT_TRUE(roles.contains(QStringLiteral("Remote and Accepted Domains")))
        << helpdesk.describe();
    EXPECT_TRUE(roles.contains(QStringLiteral("Send Connectors"))) << helpdesk.describe();
    EXPECT_TRUE(helpdesk.err.contains(QStringLiteral("Missing management roles: ")))
        << helpdesk.describe();
    EXPECT_EQ(stateBytes(), before);
}

TEST_F(CliTest, WrongPasswordAndUnpinnedCertificateFailCleanly)
{
    ASSERT_TRUE(startFake());
    const QByteArray before = stateBytes();
    const CliResult wrong
        = run(QStringLiteral("plan"), settings(), QByteArrayLiteral("not-the-password\n"));
    EXPECT_EQ(wrong.exitCode, 1) << wrong.describe();
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("error:"))) << wrong.describe();
    EXPECT_FALSE(wrong.all().contains(QStringLiteral("not-the-password")));

    QStringList unpinned = connection();
    unpinned.erase(unpinned.end() - 2, unpinned.end()); // no --trust-fingerprint
    const CliResult tls = cli(QStringList{QStringLiteral("plan")} + unpinned + settings());
    EXPECT_EQ(tls.exitCode, 1) << tls.describe();
    EXPECT_TRUE(tls.err.contains(QStringLiteral("--trust-fingerprint"))) << tls.describe();
    EXPECT_TRUE(tls.err.contains(m_fake->fingerprintHex())) << "shows the fingerprint to pin\n"
                                                            << tls.describe();
    EXPECT_EQ(stateBytes(), before);
}

// ---------------------------------------------------------------------------------------
// The command line itself: help, version and mistakes never need a display (issue 12 item 7).

TEST_F(CliTest, HelpVersionAndMistakesNeedNoDisplay)
{
    const auto headless = [](QProcessEnvironment &env) {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    };
    struct Case
    {
        QStringList args;
        int exitCode;
        QString mentions;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--help")}, 0, QStringLiteral("Commands:")},
        {{QStringLiteral("-h")}, 0, QStringLiteral("export-script")},
        {{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")},
         0,
         QStringLiteral("--timeout")},
        {{QStringLiteral("--version")}, 0, QStringLiteral("securestore-setup ")},
        {{QStringLiteral("apply"), QStringLiteral("--help")},
         0,
         QStringLiteral("Usage: securestore-setup apply [options]")},
        {{QStringLiteral("undo"), QStringLiteral("-h")}, 0, QStringLiteral("--journal FILE")},
        {{QStringLiteral("plan"), QStringLiteral("--version")},
         0,
         QStringLiteral("securestore-setup ")},
        {{QStringLiteral("appply")},
         2,
         QStringLiteral("unknown command 'appply' — did you mean 'apply'?")},
        {{QStringLiteral("frobnicate")}, 2, QStringLiteral("unknown command 'frobnicate'")},
        {{QString()}, 2, QStringLiteral("empty argument")},
        {{QStringLiteral("plan"), QStringLiteral("--server"),
          QStringLiteral("https://ex01.contoso.com/PowerShell"), QString()},
         2,
         QStringLiteral("empty argument")},
        {{QStringLiteral("--server"), QStringLiteral("https://ex01.contoso.com/PowerShell")},
         2,
         QStringLiteral("securestore-setup plan")},
        {{}, 2, QStringLiteral("no display")},
        {{QStringLiteral("--sever"), QStringLiteral("x")},
         2,
         QStringLiteral("did you mean \"--server\"")},
    };
    for (const Case &c : cases) {
        const CliResult r = cli(c.args, QByteArray(), headless);
        const std::string what = c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.crashed) << what << "\n" << r.describe();
        EXPECT_EQ(r.exitCode, c.exitCode) << what << "\n" << r.describe();
        EXPECT_TRUE(r.all().contains(c.mentions))
            << what << " should mention " << c.mentions.toStdString() << "\n"
            << r.describe();
        EXPECT_FALSE(r.err.contains(QStringLiteral("platform plugin"))) << what;
        if (c.exitCode == 0) {
            EXPECT_TRUE(r.err.isEmpty()) << what << "\n" << r.describe();
        }
    }
    // A platform that needs a display, without one: a message, not an abort.
    const CliResult xcb = cli({}, QByteArray(), [&](QProcessEnvironment &env) {
        headless(env);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    });
    EXPECT_FALSE(xcb.crashed) << xcb.describe();
    EXPECT_EQ(xcb.exitCode, 2) << xcb.describe();
    EXPECT_TRUE(xcb.err.contains(QStringLiteral("QT_QPA_PLATFORM=xcb"))) << xcb.describe();
}

// ---------------------------------------------------------------------------------------
// Strict input (issue 12 items 8, 9): each mistake exits 2 before any request is sent.

TEST_F(CliTest, AnswersFileAndCredentialMistakesExit2WithoutContactingTheServer)
{
    const QString statsFile = m_dir.filePath(QStringLiteral("fake-stats.json"));
    ASSERT_TRUE(startFake({}, {}, 0, statsFile));
    const QByteArray before = stateBytes();
    const QString url = m_fake->url().toString();

    auto answers = [&](const char *name, const QByteArray &json) {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(json);
        return path;
    };
    const QByteArray good = R"("journalAddress": "abc123@archive.securestore.net",
                               "ndrMailbox": "journal-ndr@contoso.com")";
    struct Case
    {
        const char *what;
        QStringList args;
        QByteArray stdinData;
        QStringList mentions;
    };
    const QList<Case> cases = {
        {"a quoted boolean",
         {QStringLiteral("--answers"),
          answers("quoted.json", "{" + good + R"(, "remoteDomain": "false"})")},
         kAdminPassword + '\n',
         {QStringLiteral("\"remoteDomain\""), QStringLiteral("true or false"),
          QStringLiteral("without quotes")}},
        {"a number for an address",
         {QStringLiteral("--answers"),
          answers("number.json", R"({"journalAddress": 123, "ndrMailbox": "n@contoso.com"})")},
         kAdminPassword + '\n',
         {QStringLiteral("\"journalAddress\""), QStringLiteral("a string")}},
        {"a misspelt key",
         {QStringLiteral("--answers"),
          answers("typo.json", R"({"journalAdress": "abc123@archive.securestore.net"})")},
         kAdminPassword + '\n',
         {QStringLiteral("\"journalAdress\""), QStringLiteral("did you mean \"journalAddress\"")}},
        {"a duplicate key",
         {QStringLiteral("--answers"),
          answers("twice.json", "{" + good + ",\n\"ruleName\": \"A\",\n\"ruleName\": \"B\"}")},
         kAdminPassword + '\n',
         {QStringLiteral("\"ruleName\" twice")}},
        {"a top-level array",
         {QStringLiteral("--answers"), answers("array.json", "[{" + good + "}]")},
         kAdminPassword + '\n',
         {QStringLiteral("one JSON object"), QStringLiteral("not a list")}},
        {"broken JSON",
         {QStringLiteral("--answers"), answers("broken.json", "{\n\"ruleName\": \"A\"\n\"x\"}")},
         kAdminPassword + '\n',
         {QStringLiteral("not valid JSON"), QStringLiteral("line 3")}},
        {"a repeated flag",
         settings()
             + QStringList{QStringLiteral("--rule-name"), QStringLiteral("A"),
                           QStringLiteral("--rule-name"), QStringLiteral("B")},
         kAdminPassword + '\n',
         {QStringLiteral("--rule-name was given 2 times")}},
        {"a password of a megabyte",
         settings(),
         QByteArray(1024 * 1024, 'x') + '\n',
         {QStringLiteral("longer than 1024 characters")}},
        {"an empty password line",
         settings(),
         QByteArray("\n"),
         {QStringLiteral("empty password")}},
    };
    for (const Case &c : cases) {
        const CliResult r = cli(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")}
                                    + connection() + c.args,
                                c.stdinData);
        EXPECT_EQ(r.exitCode, 2) << c.what << "\n" << r.describe();
        for (const QString &m : c.mentions)
            EXPECT_TRUE(r.err.contains(m))
                << c.what << " should mention " << m.toStdString() << "\n"
                << r.describe();
        EXPECT_FALSE(r.out.contains(QStringLiteral("Connecting to"))) << c.what;
    }

    // --user with Basic but no --password-stdin: says so instead of sending an empty password.
    QStringList noPassword = connection();
    noPassword.removeAll(QStringLiteral("--password-stdin"));
    const CliResult none = cli(QStringList{QStringLiteral("plan")} + noPassword + settings());
    EXPECT_EQ(none.exitCode, 2) << none.describe();
    EXPECT_TRUE(none.err.contains(QStringLiteral("No password was given"))) << none.describe();

    // Credentials in the server URL: refused, and the password is printed and logged nowhere.
    QUrl withCredentials = m_fake->url();
    withCredentials.setUserName(QStringLiteral("admin"));
    withCredentials.setPassword(QStringLiteral("Secr3tPw"));
    QStringList inUrl = connection();
    inUrl[inUrl.indexOf(url)] = withCredentials.toString();
    const CliResult leaked = cli(QStringList{QStringLiteral("plan")} + inUrl + settings());
    EXPECT_EQ(leaked.exitCode, 2) << leaked.describe();
    EXPECT_TRUE(leaked.err.contains(QStringLiteral("must not contain a user name or password")))
        << leaked.describe();
    EXPECT_FALSE(leaked.all().contains(QStringLiteral("Secr3tPw"))) << leaked.describe();
    QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString f = files.next();
        EXPECT_FALSE(readBytes(f).contains("Secr3tPw")) << f.toStdString();
    }

    // Not one request reached the server, and nothing changed.
    stopFake();
    const QJsonObject fakeStats = readJson(statsFile);
    ASSERT_FALSE(fakeStats.isEmpty());
    EXPECT_EQ(fakeStats.value(QLatin1String("requests")).toInt(-1), 0)
        << QJsonDocument(fakeStats).toJson().toStdString();
    EXPECT_EQ(stateBytes(), before);
    EXPECT_TRUE(journalFiles().isEmpty());
}

// A session-level error is printed once, with one piece of advice (issue 12 item 10).
TEST_F(CliTest, SessionErrorIsPrintedOnce)
{
    ASSERT_TRUE(startFake({}, {QStringLiteral("drop@1")}));
    const CliResult r = cli(
        QStringList{QStringLiteral("plan")} + connection() + settings(), kAdminPassword + '\n',
        [](QProcessEnvironment &env) { env.remove(QStringLiteral("QT_LOGGING_RULES")); });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_EQ(r.err.count(QStringLiteral("closed the connection")), 1) << r.describe();
    EXPECT_EQ(r.err.count(QStringLiteral("try again"), Qt::CaseInsensitive), 1) << r.describe();
    EXPECT_EQ(r.err.count(QStringLiteral("error:")), 1) << r.describe();
}

// ---------------------------------------------------------------------------------------
// Long waits and --timeout (issue 12 item 5): a request the server sits on is announced every
// few seconds; after --timeout during apply's changes the change pipeline is stopped as Ctrl-C
// stops it (the step in flight read back, later steps not made, journaled not-run), within the
// smaller of 10 s and --timeout; a server that does not confirm the stop by then gets the
// step in flight reported unconfirmed with the undo command.

TEST_F(CliTest, LongWaitIsAnnouncedAndAnIgnoredStopReportsTheStepUnconfirmed)
{
    // New-JournalRule takes 30 s on the server (the NDR step is answered and verified first),
    // and the server acknowledges the stop signal but does not act on it.
    ASSERT_TRUE(startFake(
        {}, {QStringLiteral("cmdlet-slow:New-JournalRule:30000"), QStringLiteral("ignore-stop")}));
    auto running = startCli(QStringList{QStringLiteral("apply"), QStringLiteral("--yes"),
                                        QStringLiteral("--timeout"), QStringLiteral("5")}
                            + connection() + settings());
    ASSERT_TRUE(running->started());
    running->closeInput();
    const CliResult r = running->finish(30000);
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    // --timeout, then at most min(10 s, --timeout) for the stop.
    EXPECT_GE(running->elapsedMs(), 10000) << r.describe();
    EXPECT_LT(running->elapsedMs(), 20000) << r.describe();
    EXPECT_TRUE(r.err.contains(
        QStringLiteral("still waiting for 127.0.0.1 to answer New-JournalRule (4 s)…")))
        << r.describe();
    EXPECT_TRUE(r.err.contains(
        QStringLiteral("127.0.0.1 did not answer New-JournalRule within 5 s (--timeout 5).")))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Stopping the changes: the step in flight, [rule] "
                                              "Journaling to SecureStore Archive, is read back")))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("still waiting for 127.0.0.1 to stop the changes "
                                              "and read back the step in flight (4 s)…")))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("error: 127.0.0.1 did not stop the changes and read "
                                              "back the step in flight within 5 s either.")))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("[rule] Journaling to SecureStore Archive, is "
                                              "unconfirmed")))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("The server did not confirm the stop")))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("was not deleted"))) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("[ndr] Verified"))) << r.describe();
    EXPECT_FALSE(r.out.contains(QStringLiteral("[rule] Verified"))) << r.describe();
    const QString journal = journalPathFrom(r);
    ASSERT_TRUE(QFileInfo::exists(journal)) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("securestore-setup undo --server ")
                               + m_fake->url().toString()))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--journal ") + journal)) << r.describe();
    // Nothing confirmed the steps after the NDR address: they stay pending in the journal.
    QStringList statuses;
    for (const QJsonValue &e : readJson(journal).value(QLatin1String("entries")).toArray())
        statuses << e.toObject().value(QLatin1String("status")).toString();
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("verified"), QStringLiteral("pending"),
                                     QStringLiteral("pending"), QStringLiteral("pending")}));
}

// A statement of the apply pipeline takes 4 s, --timeout is 3 s: the stop signal reaches the
// server while it runs; the statement is completed (as Exchange completes a write it has
// begun), its step is read back, the steps after it are never made, the shell is deleted, and
// the journal says exactly that. Undo restores the organisation byte for byte; a re-apply
// completes. The slow statement is a change (New-JournalRule, Set-RemoteDomain: the second
// change of its step) or a read-back (Get-JournalRule; #2: discovery made call #1).

struct TimeoutStopCase
{
    QString slowCmdlet;   // cmdlet-slow:NAME:4000#N
    QString stepInFlight; // as printed: "[rule] Journaling to SecureStore Archive"
    QString inFlightCmdlet;
    int stepsMade = 0; // steps verified (the one in flight included); the rest not-run
};

void PrintTo(const TimeoutStopCase &c, std::ostream *os)
{
    *os << c.slowCmdlet.toStdString();
}

class CliTimeoutStopTest : public CliTest, public ::testing::WithParamInterface<TimeoutStopCase>
{
};

TEST_P(CliTimeoutStopTest, StopsThePipelineJournalsWhatHappenedUndoRestoresReapplyCompletes)
{
    const TimeoutStopCase c = GetParam();
    const QStringList steps{QStringLiteral("ndr"), QStringLiteral("rule"),
                            QStringLiteral("remoteDomain"), QStringLiteral("connector")};
    const QString statsFile = m_dir.filePath(QStringLiteral("fake-stats.json"));
    ASSERT_TRUE(startFake({}, {c.slowCmdlet}, 0, statsFile));
    const QByteArray original = stateBytes();
    QElapsedTimer clock;
    clock.start();
    const CliResult r
        = run(QStringLiteral("apply"),
              QStringList{QStringLiteral("--yes"), QStringLiteral("--timeout"), QStringLiteral("3")}
                  + settings());
    EXPECT_LT(clock.elapsed(), 15000) << r.describe();
    EXPECT_FALSE(r.crashed) << r.describe();
    EXPECT_EQ(r.exitCode, 1) << r.describe(); // not 130: nobody interrupted it
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("127.0.0.1 did not answer %1 within 3 s (--timeout 3).")
                           .arg(c.inFlightCmdlet)))
        << r.describe();
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("Stopping the changes: the step in flight, %1, is read back")
                           .arg(c.stepInFlight)))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Stopped after --timeout: 127.0.0.1 took longer "
                                              "than 3 s, so the changes were stopped after the "
                                              "step in flight. The steps marked Verified above "
                                              "were made. The steps marked Skipped were not "
                                              "attempted.")))
        << r.describe();
    EXPECT_FALSE(r.err.contains(QStringLiteral("Interrupted"))) << r.describe();
    EXPECT_FALSE(r.err.contains(QStringLiteral("unconfirmed"))) << r.describe();
    EXPECT_FALSE(r.err.contains(QStringLiteral("was not deleted"))) << r.describe();
    for (int i = 0; i < steps.size(); ++i) {
        const QString line = i < c.stepsMade
                                 ? QStringLiteral("[%1] Verified").arg(steps.at(i))
                                 : QStringLiteral("[%1] Skipped: Not attempted: the changes were "
                                                  "stopped because the server took too long")
                                       .arg(steps.at(i));
        EXPECT_TRUE(r.out.contains(line)) << line.toStdString() << "\n" << r.describe();
    }
    EXPECT_FALSE(r.out.contains(QStringLiteral("Done: every change was verified.")));

    // The fake's organisation: what was read back is there, nothing after it.
    const QJsonObject partial = state();
    EXPECT_EQ(ndrOf(partial), kNdr);
    EXPECT_TRUE(namesOf(partial, "journalRules").contains(kRuleName));
    EXPECT_EQ(namesOf(partial, "remoteDomains").contains(kRemoteDomainName), c.stepsMade > 2);
    EXPECT_FALSE(namesOf(partial, "sendConnectors").contains(kConnectorName));

    // The journal: exactly that.
    const QString journal = journalPathFrom(r);
    ASSERT_TRUE(QFileInfo::exists(journal)) << r.describe();
    QStringList statuses, expected;
    for (const QJsonValue &e : readJson(journal).value(QLatin1String("entries")).toArray())
        statuses << e.toObject().value(QLatin1String("status")).toString();
    for (int i = 0; i < steps.size(); ++i)
        expected << (i < c.stepsMade ? QStringLiteral("verified") : QStringLiteral("not-run"));
    EXPECT_EQ(statuses, expected);
    static const QRegularExpression undoLine(
        QStringLiteral("^To roll back what this run changed: securestore-setup undo .+ --journal "
                       "(.+)$"),
        QRegularExpression::MultilineOption);
    const auto m = undoLine.match(r.err);
    ASSERT_TRUE(m.hasMatch()) << r.describe();
    EXPECT_EQ(m.captured(1), journal);

    // Undo with that journal restores the organisation byte for byte; a re-apply completes
    // (the cmdlet is slow on that one call only).
    const CliResult undo = undoJournal(journal);
    EXPECT_EQ(undo.exitCode, 0) << undo.describe();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("Undone and verified."))) << undo.describe();
    EXPECT_EQ(stateBytes(), original) << undo.describe();
    expectApplyConfigures();

    // Every run deleted its remote shell.
    stopFake();
    const QJsonObject fakeStats = readJson(statsFile);
    ASSERT_FALSE(fakeStats.isEmpty());
    EXPECT_EQ(fakeStats.value(QLatin1String("openShells")).toInt(-1), 0)
        << QJsonDocument(fakeStats).toJson().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    SlowStatement, CliTimeoutStopTest,
    ::testing::Values(TimeoutStopCase{QStringLiteral("cmdlet-slow:New-JournalRule:4000#1"),
                                      QStringLiteral("[rule] Journaling to SecureStore Archive"),
                                      QStringLiteral("New-JournalRule"), 2},
                      TimeoutStopCase{QStringLiteral("cmdlet-slow:Get-JournalRule:4000#2"),
                                      QStringLiteral("[rule] Journaling to SecureStore Archive"),
                                      QStringLiteral("Get-JournalRule"), 2},
                      TimeoutStopCase{QStringLiteral("cmdlet-slow:Set-RemoteDomain:4000#1"),
                                      QStringLiteral("[remoteDomain] SecureStore Archiving"),
                                      QStringLiteral("Set-RemoteDomain"), 3}),
    [](const ::testing::TestParamInfo<TimeoutStopCase> &info) {
        QString name = info.param.slowCmdlet.section(QLatin1Char(':'), 1, 1);
        return name.remove(QLatin1Char('-')).toStdString();
    });

// The server ignores the stop but finishes every statement in time: the changes it made are
// read back and reported as made (never "not run"), and the run ends verified.
TEST_F(CliTest, TimeoutWithAnIgnoredStopReportsWhatTheServerDidAnyway)
{
    ASSERT_TRUE(startFake(
        {}, {QStringLiteral("cmdlet-slow:New-JournalRule:4000"), QStringLiteral("ignore-stop")}));
    const CliResult r
        = run(QStringLiteral("apply"),
              QStringList{QStringLiteral("--yes"), QStringLiteral("--timeout"), QStringLiteral("3")}
                  + settings());
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Stopping the changes"))) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Done: every change was verified."))) << r.describe();
    EXPECT_FALSE(r.out.contains(QStringLiteral("Skipped"))) << r.describe();
    expectConfigured(state());
    const QString journal = journalPathFrom(r);
    ASSERT_TRUE(QFileInfo::exists(journal)) << r.describe();
    for (const QJsonValue &e : readJson(journal).value(QLatin1String("entries")).toArray())
        EXPECT_EQ(e.toObject().value(QLatin1String("status")).toString(),
                  QStringLiteral("verified"));
}

// --timeout is also the session's deadline for each request, so it bounds what the CLI's own
// watch leaves alone: here deleting the remote shell at the end of a plan (request 6 with
// Basic), which the server holds for 30 s. Without the deadline the plan waits for it.
TEST_F(CliTest, TimeoutAlsoBoundsDeletingTheShell)
{
    constexpr int kDeleteRequest = 6;
    ASSERT_TRUE(startFake({}, {QStringLiteral("latency:30000@%1").arg(kDeleteRequest)}));
    auto running = startCli(
        QStringList{QStringLiteral("plan"), QStringLiteral("--timeout"), QStringLiteral("3")}
        + connection() + settings());
    ASSERT_TRUE(running->started());
    running->closeInput();
    const CliResult r = running->finish(40000);
    EXPECT_FALSE(r.crashed) << r.describe();
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("[rule] Create"))) << r.describe();
    EXPECT_LT(running->elapsedMs(), 15000) << r.describe();
}

#ifdef Q_OS_UNIX
// ---------------------------------------------------------------------------------------
// Interruption (issue 12 item 4): the first Ctrl-C (or SIGTERM) lets the step in flight
// finish and be read back, reports, deletes the remote shell and exits 130; the printed undo
// command rolls the run back.

class CliInterruptTest : public CliTest, public ::testing::WithParamInterface<int>
{
};

TEST_P(CliInterruptTest, FirstSignalStopsAfterTheStepInFlightAndDeletesTheShell)
{
    const QString statsFile = m_dir.filePath(QStringLiteral("fake-stats.json"));
    ASSERT_TRUE(startFake({}, {QStringLiteral("cmdlet-slow:New-JournalRule:1500")}, 0, statsFile));
    const QJsonObject original = state();
    auto running = startCli(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")}
                            + connection() + settings());
    ASSERT_TRUE(running->started());
    running->closeInput();
    // The NDR step is verified; the rule's New-JournalRule is now waiting for the server.
    ASSERT_TRUE(running->signalAfter(QStringLiteral("[ndr] Verified"), GetParam()));
    const CliResult r = running->finish();
    EXPECT_FALSE(r.crashed) << r.describe();
    EXPECT_EQ(r.exitCode, 130) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("[rule] Verified"))) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("[remoteDomain] Skipped"))) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("[connector] Skipped"))) << r.describe();
    EXPECT_FALSE(r.out.contains(QStringLiteral("Done: every change was verified.")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("Interrupted: stopped after the step in flight")))
        << r.describe();
    const QString journal = journalPathFrom(r);
    ASSERT_TRUE(QFileInfo::exists(journal)) << r.describe();
    static const QRegularExpression undoLine(
        QStringLiteral("^To roll back what this run changed: securestore-setup (undo .+)$"),
        QRegularExpression::MultilineOption);
    const auto m = undoLine.match(r.err);
    ASSERT_TRUE(m.hasMatch()) << r.describe();
    const QStringList undoArgs = m.captured(1).split(QLatin1Char(' '));
    EXPECT_EQ(undoArgs.mid(undoArgs.indexOf(QStringLiteral("--journal")), 2),
              (QStringList{QStringLiteral("--journal"), journal}));
    // What was made is in Exchange; what came after it is not.
    const QJsonObject partial = state();
    EXPECT_EQ(ndrOf(partial), kNdr);
    EXPECT_EQ(namesOf(partial, "journalRules"), QStringList{kRuleName});
    EXPECT_EQ(namesOf(partial, "remoteDomains"), namesOf(original, "remoteDomains"));

    // The CLI deleted its remote shell before exiting.
    stopFake();
    const QJsonObject fakeStats = readJson(statsFile);
    ASSERT_FALSE(fakeStats.isEmpty());
    EXPECT_EQ(fakeStats.value(QLatin1String("openShells")).toInt(-1), 0)
        << QJsonDocument(fakeStats).toJson().toStdString();

    // The printed undo command (against the restarted fake: new port and certificate)
    // restores the original organisation.
    ASSERT_TRUE(startFake());
    QStringList again = undoArgs;
    again[again.indexOf(QStringLiteral("--server")) + 1] = m_fake->url().toString();
    again[again.indexOf(QStringLiteral("--trust-fingerprint")) + 1] = m_fake->fingerprintHex();
    const CliResult undo = cli(again + QStringList{QStringLiteral("--yes")});
    EXPECT_EQ(undo.exitCode, 0) << undo.describe();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("Undone and verified."))) << undo.describe();
    const QJsonObject restored = state();
    EXPECT_EQ(ndrOf(restored), ndrOf(original));
    EXPECT_EQ(namesOf(restored, "journalRules"), namesOf(original, "journalRules"));
}

INSTANTIATE_TEST_SUITE_P(Signals, CliInterruptTest, ::testing::Values(SIGINT, SIGTERM),
                         [](const ::testing::TestParamInfo<int> &info) {
                             return std::string(info.param == SIGINT ? "SIGINT" : "SIGTERM");
                         });

TEST_F(CliTest, SecondInterruptStopsAtOnceAndNamesTheJournal)
{
    ASSERT_TRUE(startFake({}, {QStringLiteral("cmdlet-slow:New-JournalRule:20000")}));
    auto running = startCli(QStringList{QStringLiteral("apply"), QStringLiteral("--yes")}
                            + connection() + settings());
    ASSERT_TRUE(running->started());
    running->closeInput();
    ASSERT_TRUE(running->signalAfter(QStringLiteral("[ndr] Verified")));
    ASSERT_TRUE(running->signalAfter(QStringLiteral("interrupt again to stop at once")));
    const CliResult r = running->finish(30000);
    EXPECT_FALSE(r.crashed) << r.describe();
    EXPECT_EQ(r.exitCode, 130) << r.describe();
    EXPECT_LT(running->elapsedMs(), 15000) << "did not stop at once\n" << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Interrupted again: stopping at once.")))
        << r.describe();
    const QString journal = journalPathFrom(r);
    ASSERT_TRUE(QFileInfo::exists(journal)) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("[rule] Journaling to SecureStore Archive, is "
                                              "unconfirmed")))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--journal ") + journal)) << r.describe();
}

// Ctrl-C while the changes are being stopped after --timeout: the first says it is already
// stopping, the second stops at once (exit 130) with the step in flight unconfirmed.
TEST_F(CliTest, InterruptWhileStoppingAfterTheTimeout)
{
    ASSERT_TRUE(startFake(
        {}, {QStringLiteral("cmdlet-slow:New-JournalRule:30000"), QStringLiteral("ignore-stop")}));
    auto running = startCli(QStringList{QStringLiteral("apply"), QStringLiteral("--yes"),
                                        QStringLiteral("--timeout"), QStringLiteral("2")}
                            + connection() + settings());
    ASSERT_TRUE(running->started());
    running->closeInput();
    ASSERT_TRUE(running->signalAfter(QStringLiteral("Stopping the changes")));
    ASSERT_TRUE(running->signalAfter(QStringLiteral("Interrupted: already stopping")));
    const CliResult r = running->finish(30000);
    EXPECT_FALSE(r.crashed) << r.describe();
    EXPECT_EQ(r.exitCode, 130) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Interrupted again: stopping at once.")))
        << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("[rule] Journaling to SecureStore Archive, is "
                                              "unconfirmed")))
        << r.describe();
    const QString journal = journalPathFrom(r);
    ASSERT_TRUE(QFileInfo::exists(journal)) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--journal ") + journal)) << r.describe();
}

TEST_F(CliTest, InterruptAtTheConfirmationChangesNothing)
{
    const QString statsFile = m_dir.filePath(QStringLiteral("fake-stats.json"));
    ASSERT_TRUE(startFake({}, {}, 0, statsFile));
    const QByteArray before = stateBytes();
    auto running = startCli(QStringList{QStringLiteral("apply")} + connection() + settings());
    ASSERT_TRUE(running->started());
    // The password is in; the answer to "Apply these changes…? [y/N]" never comes.
    ASSERT_TRUE(running->signalAfter(QStringLiteral("[y/N]")));
    const CliResult r = running->finish(30000);
    EXPECT_EQ(r.exitCode, 130) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Interrupted: nothing was changed.")))
        << r.describe();
    EXPECT_EQ(stateBytes(), before);
    EXPECT_TRUE(journalFiles().isEmpty());
    stopFake();
    EXPECT_EQ(readJson(statsFile).value(QLatin1String("openShells")).toInt(-1), 0);
}
#endif

// ---------------------------------------------------------------------------------------
// Kerberos over http with message encryption (a real MIT KDC).

TEST(CliKerberos, FullApplyWithMessageEncryption)
{
    qputenv("QT_LOGGING_RULES", "*.debug=false");
    QString error;
    // KRB5_CONFIG & co. for the fake and the CLI (inherited)
    auto kdc = testsupport::TestKdc::startForHttpService(
        kAdmin, QString::fromLatin1(kAdminPassword), &error);
    ASSERT_TRUE(kdc) << error.toStdString();
    const QString keytab = kdc->keytabPath();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString statePath = dir.filePath(QStringLiteral("state.json"));
    const QString statsPath = dir.filePath(QStringLiteral("fake-stats.json"));
    FakeExchangeProcess::Options o;
    o.https = false;
    o.auth = QStringLiteral("negotiate");
    o.keytab = keytab;
    o.state = statePath;
    o.statsFile = statsPath;
    FakeExchangeProcess fake(o);
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    QUrl url = fake.url();
    url.setHost(QStringLiteral("localhost")); // the SPN is HTTP/localhost

    auto runCli = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        p.setProcessEnvironment(env);
        p.start(testsupport::binDir() + QStringLiteral("/securestore-setup"),
                QStringList{args.first(), QStringLiteral("--server"), url.toString(),
                            QStringLiteral("--auth"), QStringLiteral("kerberos"),
                            QStringLiteral("--user"), kAdmin, QStringLiteral("--password-stdin"),
                            QStringLiteral("--journal-address"), kJournal,
                            QStringLiteral("--ndr-mailbox"), kNdr, QStringLiteral("--smarthost"),
                            kSmartHost}
                    + args.mid(1));
        p.waitForStarted(10000);
        p.write(kAdminPassword + '\n');
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return std::make_tuple(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                               QString::fromUtf8(p.readAllStandardOutput()),
                               QString::fromUtf8(p.readAllStandardError()));
    };

    const auto [code, out, err]
        = runCli({QStringLiteral("apply"), QStringLiteral("--yes"), QStringLiteral("--stats")});
    ASSERT_EQ(code, 0) << out.toStdString() << err.toStdString();
    // Basic's 8 requests plus one Kerberos leg for the whole run (the first request carries
    // the token; over http the sealed bodies follow it on the same connection).
    EXPECT_TRUE(err.contains(QStringLiteral("stats: requests=%1 ").arg(kApplyRequests + 1)))
        << err.toStdString();
    for (const char *step : {"ndr", "rule", "remoteDomain", "connector"})
        EXPECT_TRUE(out.contains(QStringLiteral("[%1] Verified").arg(QLatin1String(step))))
            << out.toStdString();
    const QJsonObject st = readJson(statePath);
    EXPECT_EQ(ndrOf(st), kNdr);
    EXPECT_EQ(findByName(st, "journalRules", kRuleName)
                  .value(QLatin1String("journalEmailAddress"))
                  .toString(),
              kJournal);
    EXPECT_EQ(findByName(st, "remoteDomains", kRemoteDomainName)
                  .value(QLatin1String("allowedOOFType"))
                  .toString(),
              QStringLiteral("None"));
    EXPECT_FALSE(findByName(st, "sendConnectors", kConnectorName).isEmpty());

    // What the run asked the KDC: one AS exchange (with its pre-authentication round trip)
    // and one service ticket, for the whole run; nothing in the file credential cache.
    const QString principal = kAdmin + QLatin1Char('@') + kdc->realm();
    const auto kdcRequests = [&](const char *kind, const char *outcome) {
        return kdc->loggedRequests(QLatin1String(kind), QLatin1String(outcome), principal);
    };
    EXPECT_EQ(kdcRequests("AS_REQ", "NEEDED_PREAUTH"), 1);
    EXPECT_EQ(kdcRequests("AS_REQ", "ISSUE"), 1);
    EXPECT_EQ(kdcRequests("TGS_REQ", "ISSUE"), 1);

    const auto [code2, out2, err2] = runCli({QStringLiteral("verify")});
    EXPECT_EQ(code2, 0) << out2.toStdString() << err2.toStdString();
    EXPECT_EQ(kdcRequests("AS_REQ", "ISSUE"), 2);
    EXPECT_EQ(kdcRequests("TGS_REQ", "ISSUE"), 2);
    EXPECT_FALSE(QFile::exists(kdc->ccachePath()));

    // The fake authenticated the Kerberos principal (no Basic on this listener); over http
    // it only answers sealed bodies, so the completed apply proves message encryption.
    fake.stop();
    const QJsonObject fakeStats = readJson(statsPath);
    EXPECT_GE(fakeStats.value(QLatin1String("authenticated")).toInt(), 1)
        << QJsonDocument(fakeStats).toJson().toStdString();
    EXPECT_EQ(fakeStats.value(QLatin1String("authFailures")).toInt(-1), 0);
}

} // namespace

// --- check: the journaling health check (issue 9) against the fake's mail-flow fixtures ---

TEST_F(CliTest, CheckProvenBySendThroughDns)
{
    const CliResult r
        = checkFixture(QStringLiteral("healthy-send"), 0, QStringLiteral("proven"),
                       {QStringLiteral("Proven: journal reports leave the organisation"),
                        QStringLiteral("archive.securestore.net at 2026-11-30T07:"),
                        QStringLiteral("(250 2.6.0"), QStringLiteral("connector Internet"),
                        QStringLiteral("journal report for 'Internal message")},
                       {QStringLiteral("--stats")});
    EXPECT_FALSE(r.all().contains(QStringLiteral("[FAIL]"))) << r.describe();
    // Budget (README): handshake 3, configuration pipeline 2, scan pipeline 2, shell delete 1.
    ASSERT_TRUE(r.stats) << r.describe();
    EXPECT_EQ(r.stats->requests, 8);
}

TEST_F(CliTest, CheckProvenBySendExternalThroughTheSmartHost)
{
    checkFixture(QStringLiteral("healthy-smarthost"), 0, QStringLiteral("proven"),
                 {QStringLiteral("handed to smtp.securestore.net"), QStringLiteral("SENDEXTERNAL"),
                  QStringLiteral("The send connector 'SecureStore Archive Smarthost' routes")},
                 {QStringLiteral("--smarthost"), kSmartHost});
}

TEST_F(CliTest, CheckQueueInRetryWithDnsFailure)
{
    checkFixture(QStringLiteral("defer-dns"), 1, QStringLiteral("failing"),
                 {QStringLiteral("is retrying: DNS lookup failed"), QStringLiteral("451 4.4.0"),
                  QStringLiteral("nslookup"),
                  QStringLiteral("command (not run by this check): Retry-Queue -Identity")});
}

TEST_F(CliTest, CheckQueueInRetryWithConnectionRefused)
{
    checkFixture(QStringLiteral("defer-refused"), 1, QStringLiteral("failing"),
                 {QStringLiteral("connection refused on port 25"), QStringLiteral("10061"),
                  QStringLiteral("allows outbound TCP port 25")},
                 {QStringLiteral("--smarthost"), kSmartHost});
}

TEST_F(CliTest, CheckRejectedWithNdrDelivered)
{
    checkFixture(QStringLiteral("reject-with-ndr"), 1, QStringLiteral("failing"),
                 {QStringLiteral("550 5.1.1"),
                  QStringLiteral("Re-copy the journaling address from the Mailprotector Console"),
                  QStringLiteral("the NDR was delivered to journal-ndr@contoso.com")});
}

TEST_F(CliTest, CheckRejectedWithoutNdrMailbox)
{
    checkFixture(QStringLiteral("reject-no-ndr-mailbox"), 1, QStringLiteral("failing"),
                 {QStringLiteral("550 5.1.1"), QStringLiteral("retried for two days and then lost"),
                  QStringLiteral("the report is lost")});
}

TEST_F(CliTest, CheckUnreachableArchive)
{
    checkFixture(QStringLiteral("unreachable"), 1, QStringLiteral("failing"),
                 {QStringLiteral("have no route to the archive (Unreachable queue)"),
                  QStringLiteral("No send connector or route matches")});
}

TEST_F(CliTest, CheckRuleDisabled)
{
    checkFixture(QStringLiteral("rule-disabled"), 1, QStringLiteral("failing"),
                 {QStringLiteral("is disabled: no journal reports are created"),
                  QStringLiteral("Enable-JournalRule -Identity 'Journaling to SecureStore "
                                 "Archive'")});
}

TEST_F(CliTest, CheckSuspendedQueue)
{
    checkFixture(QStringLiteral("suspended-queue"), 1, QStringLiteral("failing"),
                 {QStringLiteral("is suspended"), QStringLiteral("Resume-Queue -Identity")});
}

TEST_F(CliTest, CheckWithoutTrackingRoleIsNotYetProvenAndNamesTheRole)
{
    const CliResult r = checkFixture(
        QStringLiteral("healthy-send"), 4, QStringLiteral("not-yet-proven"),
        {QStringLiteral("needs the \"Message Tracking\" management role"),
         QStringLiteral("Not yet proven: reading message tracking needs the Message Tracking "
                        "role")},
        {}, QStringLiteral("auditor"), QByteArrayLiteral("Contoso!View1"));
    // The queues are still read (View-Only Configuration).
    EXPECT_TRUE(r.all().contains(QStringLiteral("Queues (EX01)"))) << r.describe();
}

TEST_F(CliTest, CheckNothingWithinTheWaitIsNotYetProven)
{
    const CliResult r = checkFixture(
        QStringLiteral("no-mail"), 4, QStringLiteral("not-yet-proven"),
        {QStringLiteral("Waiting up to 1 s for the first journal report"),
         QStringLiteral("Not yet proven: no journal report left the organisation within the "
                        "wait")},
        {QStringLiteral("--wait"), QStringLiteral("1s")});
    EXPECT_TRUE(r.all().contains(QStringLiteral("Nothing is waiting for the archive")))
        << r.describe();
}

TEST_F(CliTest, CheckBadOptionsExit2BeforeConnecting)
{
    ASSERT_TRUE(startFake());
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--wait"), QStringLiteral("soon")},
          QStringList{QStringLiteral("--since"), QStringLiteral("yesterday-ish")},
          QStringList{QStringLiteral("--journal-address"), QStringLiteral("not an address")}}) {
        const CliResult r = run(QStringLiteral("check"), bad);
        EXPECT_EQ(r.exitCode, 2) << r.describe();
    }
    const CliResult r
        = run(QStringLiteral("plan"),
              settings() + QStringList{QStringLiteral("--wait"), QStringLiteral("5m")});
    EXPECT_EQ(r.exitCode, 2) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("only for check"))) << r.describe();
}

// The bounded wait: the fake's clock starts 90 s before the fixture's first internal message and
// runs 30 times faster, so no journal report exists at the first look (about 3 s of real time of
// margin for starting up); the check polls on its timer and proves delivery once the report
// leaves, well within the wait, and stops waiting then.
TEST_F(CliTest, CheckWaitsForTheFirstJournalReportAndProvesIt)
{
    ASSERT_TRUE(startFixture(QStringLiteral("healthy-send"),
                             {QStringLiteral("--clock"), QStringLiteral("2026-11-30T06:58:30Z"),
                              QStringLiteral("--time-scale"), QStringLiteral("30")}));
    const QByteArray before = stateBytes();
    QElapsedTimer timer;
    timer.start();
    const CliResult r
        = run(QStringLiteral("check"), {QStringLiteral("--journal-address"), kJournal,
                                        QStringLiteral("--wait"), QStringLiteral("10s")});
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Waiting up to 10 s for the first journal report")))
        << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("journal report for 'Internal message")))
        << r.describe();
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("handed to mx1.archive.securestore.net at 2026-11-30T07:00:0")))
        << r.describe();
    EXPECT_LT(timer.elapsed(), 9500) << "the check did not stop waiting once proven";
    stopFake();
    EXPECT_EQ(stateBytes(), before);
}

// Two transport servers: every server's queues and tracking log are read in the same single
// scan pipeline (the request count does not grow), and reports leaving from either count.
TEST_F(CliTest, CheckReadsEveryTransportServerInOnePipeline)
{
    const CliResult r = checkFixture(QStringLiteral("two-servers"), 0, QStringLiteral("proven"),
                                     {QStringLiteral("Queues (EX01, EX02)"),
                                      QStringLiteral("Nothing is waiting for the archive on EX01, "
                                                     "EX02")},
                                     {QStringLiteral("--stats")});
    ASSERT_TRUE(r.stats) << r.describe();
    EXPECT_EQ(r.stats->requests, 8);
}

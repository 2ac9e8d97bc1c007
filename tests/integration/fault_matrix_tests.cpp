// The fault matrix (issue 12, "Keep it tested"): every request of a full apply × {dropped
// connection, HTTP 500, HTTP 503, WS-Man fault, 401 mid-session, slow Receive}, each case
// its own test, against the real fake Exchange driving the real `securestore-setup` binary,
// for each way users sign in: Basic over HTTPS, NTLM over http with message encryption, and
// Kerberos over http with message encryption against a real MIT KDC. The test name starts
// with the method (Ntlm_Drop_01_AuthNegotiate).
//
// The requests of a full apply are not hard-coded: a clean apply against a fresh fake is
// run once per method (when the test list is made) and the fake's request log
// (--request-log) says how many requests there are, which are authentication legs (NTLM's
// negotiate and authenticate legs, the request carrying the Kerberos token: no SOAP body),
// which are Receives, and which cmdlets each pipeline ran. The result is cached next to this
// binary (fault_matrix_probe.json) and made again whenever securestore-setup, fake-exchange
// or this binary is newer than it; CMake relinks this binary when either program changes, so
// the list of tests follows the product.
//
// Each case asserts: the exit code (what the client is expected to survive: a dropped
// Receive is repeated, a dropped leg of the handshake (no body over http) is repeated with a
// new handshake, a 401 after the session was accepted re-authenticates once, a fault
// on the final shell Delete does not undo verified work; everything else fails with exit 1),
// that a failure during the changes names the step in flight, that no step is reported
// Verified that is not in the fake's state, that a re-apply on what the faulted run left
// completes (exit 0, fully configured), and that undo with the run's journal restores the
// fake's state file byte for byte (where the run changed nothing: no journal, nothing to
// undo). A slow Receive is request N answered long after `--timeout 3`: the client gives up
// and reports the step unconfirmed (the change itself was made, as on a slow real server).
// A slow auth leg (NTLM, Kerberos) is the handshake answered long after `--timeout 3`: the
// client gives up within its deadline, having changed nothing.
// The methods differ where the protocol does: a 401 answering a leg of the handshake is a
// real rejection (exit 1, the method's advice), a 401 after it must bring a new handshake and
// the refused request again; a WS-Man fault is not put on an auth leg (no SOAP body).
// NTLM and Kerberos also get the legs of a handshake in mid-session faulted: the changes'
// answer is refused with a 401 and each leg of the new handshake gets each fault (a second
// 401 is worded as a second rejection).
// Once the server has made the shell, every run that is not left waiting on a slow answer
// ends with the shell's Delete answered, however the fault ended it.
//
// Also here: concurrent apply + apply and apply + undo against one fake.

#include "CliHarness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace testsupport;

namespace {

// ---------------------------------------------------------------------------------------
// The requests of a clean apply.

struct ProbedRequest
{
    int index = 0;
    QString action;      // Create, Command, Receive, Send, Signal, Delete; empty: an auth leg
    QString leg;         // an auth leg: AuthNegotiate, AuthAuthenticate (NTLM), AuthToken
    QString commandId;   // the pipeline it belongs to (empty: the runspace pool / shell)
    QStringList cmdlets; // the cmdlets of that pipeline
};

// The step a cmdlet changes ("" for a read).
QString stepOfCmdlet(const QString &cmdlet)
{
    static const QStringList changeVerbs{QStringLiteral("New-"), QStringLiteral("Set-"),
                                         QStringLiteral("Enable-"), QStringLiteral("Disable-"),
                                         QStringLiteral("Remove-")};
    bool changes = false;
    for (const QString &verb : changeVerbs)
        changes = changes || cmdlet.startsWith(verb);
    if (!changes)
        return {};
    if (cmdlet.endsWith(QLatin1String("-TransportConfig")))
        return QStringLiteral("ndr");
    if (cmdlet.endsWith(QLatin1String("-JournalRule")))
        return QStringLiteral("rule");
    if (cmdlet.endsWith(QLatin1String("-RemoteDomain")))
        return QStringLiteral("remoteDomain");
    if (cmdlet.endsWith(QLatin1String("-SendConnector")))
        return QStringLiteral("connector");
    return QStringLiteral("unknown(%1)").arg(cmdlet);
}

QStringList stepsOf(const QStringList &cmdlets)
{
    QStringList steps;
    for (const QString &c : cmdlets)
        if (const QString s = stepOfCmdlet(c); !s.isEmpty() && !steps.contains(s))
            steps << s;
    return steps;
}

bool isAuthLeg(const ProbedRequest &r)
{
    return r.action.isEmpty();
}

struct Probe
{
    QList<ProbedRequest> requests;
    QString error; // set: the probe failed (the one test reports it)
};

const std::vector<CliAuth> &allMethods()
{
    static const std::vector<CliAuth> methods{CliAuth::Basic, CliAuth::Ntlm, CliAuth::Kerberos};
    return methods;
}

QJsonObject probeToJson(const Probe &p)
{
    QJsonArray requests;
    for (const ProbedRequest &r : p.requests)
        requests.append(
            QJsonObject{{QStringLiteral("index"), r.index},
                        {QStringLiteral("action"), r.action},
                        {QStringLiteral("leg"), r.leg},
                        {QStringLiteral("commandId"), r.commandId},
                        {QStringLiteral("cmdlets"), QJsonArray::fromStringList(r.cmdlets)}});
    return {{QStringLiteral("requests"), requests}};
}

Probe probeFromJson(const QJsonObject &o)
{
    Probe p;
    for (const QJsonValue &v : o.value(QLatin1String("requests")).toArray()) {
        const QJsonObject r = v.toObject();
        QStringList cmdlets;
        for (const QJsonValue &c : r.value(QLatin1String("cmdlets")).toArray())
            cmdlets << c.toString();
        p.requests.append({r.value(QLatin1String("index")).toInt(),
                           r.value(QLatin1String("action")).toString(),
                           r.value(QLatin1String("leg")).toString(),
                           r.value(QLatin1String("commandId")).toString(), cmdlets});
    }
    if (p.requests.isEmpty())
        p.error = QStringLiteral("the probe recorded no requests");
    return p;
}

// Turns the fake's request log of a clean apply into the probe (a Receive gets the cmdlets
// of its pipeline's Command; an auth leg is named by its place in its connection's
// handshake).
Probe probeFromLog(const QList<QJsonObject> &log, CliAuth auth)
{
    Probe p;
    QMap<QString, QStringList> cmdletsByCommand;
    QMap<int, int> legsByConnection; // legs in a row on a connection
    for (const QJsonObject &e : log) {
        ProbedRequest r;
        r.index = e.value(QLatin1String("index")).toInt();
        r.action = e.value(QLatin1String("action")).toString();
        r.commandId = e.value(QLatin1String("commandId")).toString();
        const int connection = e.value(QLatin1String("connection")).toInt();
        if (isAuthLeg(r)) {
            const int leg = legsByConnection[connection]++;
            if (auth == CliAuth::Kerberos)
                r.leg = QStringLiteral("AuthToken");
            else if (auth == CliAuth::Ntlm)
                r.leg = leg % 2 == 0 ? QStringLiteral("AuthNegotiate")
                                     : QStringLiteral("AuthAuthenticate");
            else
                r.leg = QStringLiteral("AuthUnexpected"); // Basic sends credentials with each
        } else {
            legsByConnection[connection] = 0;
        }
        for (const QJsonValue &c : e.value(QLatin1String("cmdlets")).toArray())
            r.cmdlets << c.toString();
        if (r.action == QLatin1String("Command"))
            cmdletsByCommand[r.commandId] = r.cmdlets;
        else if (!r.commandId.isEmpty())
            r.cmdlets = cmdletsByCommand.value(r.commandId);
        p.requests.append(r);
    }
    for (int i = 0; i < p.requests.size(); ++i)
        if (p.requests.at(i).index != i + 1)
            p.error = QStringLiteral("the request log is not in index order");
    if (p.requests.isEmpty())
        p.error = QStringLiteral("the clean apply made no requests");
    return p;
}

Probe runProbe(CliAuth auth)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {{}, QStringLiteral("no temporary directory")};
    CliHarness h(dir.path(), auth);
    QString error;
    if (!h.startFake({}, &error))
        return {{}, QStringLiteral("fake-exchange did not start: ") + error};
    const CliOutcome apply = h.cli(h.applyArgs());
    h.stopFake();
    if (apply.exitCode != 0 || !notConfigured(h.state()).isEmpty())
        return {{},
                QStringLiteral("the clean apply failed:\n")
                    + QString::fromStdString(apply.describe())};
    return probeFromLog(h.requestLog(), auth);
}

QDateTime modified(const QString &path)
{
    return QFileInfo(path).lastModified();
}

// The probes of every method, from the cache when it is newer than every program it
// depends on.
const QMap<CliAuth, Probe> &probes()
{
    static const QMap<CliAuth, Probe> cached = [] {
        std::optional<QCoreApplication> app; // the probe runs before main() makes one
        static int argc = 1;
        static char name[] = "fault_matrix_tests";
        static char *argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            app.emplace(argc, argv);
        const QString cache = binDir() + QStringLiteral("/fault_matrix_probe.json");
        const QDateTime cacheTime = modified(cache);
        const QString self = QCoreApplication::applicationFilePath();
        const bool fresh = cacheTime.isValid() && cacheTime > modified(CliHarness::cliProgram())
                           && cacheTime > modified(fakeExchangeProgram())
                           && (self.isEmpty() || cacheTime > modified(self));
        QMap<CliAuth, Probe> out;
        if (fresh) {
            const QJsonObject json = parseObject(readFileBytes(cache));
            bool complete = true;
            for (CliAuth auth : allMethods()) {
                out[auth] = probeFromJson(json.value(QLatin1String(cliAuthName(auth))).toObject());
                complete = complete && out[auth].error.isEmpty();
            }
            if (complete)
                return out;
        }
        QJsonObject json;
        bool complete = true;
        for (CliAuth auth : allMethods()) {
            out[auth] = runProbe(auth);
            json.insert(QLatin1String(cliAuthName(auth)), probeToJson(out[auth]));
            complete = complete && out[auth].error.isEmpty();
        }
        if (complete) {
            QSaveFile f(cache);
            if (f.open(QIODevice::WriteOnly))
                f.write(QJsonDocument(json).toJson());
            f.commit();
        }
        return out;
    }();
    return cached;
}

const Probe &probe(CliAuth auth)
{
    static const Probe none{{}, QStringLiteral("no probe for this method")};
    const auto it = probes().find(auth);
    return it == probes().end() ? none : *it;
}

// ---------------------------------------------------------------------------------------
// The cases.

enum class FaultKind {
    Drop,
    Http500,
    Http503,
    WsMan,
    Auth401,
    SlowReceive,
    SlowAuthLeg,
    ProbeFailed
};

// Answered long after --timeout: a Receive, or (NTLM, Kerberos) a leg of the handshake.
bool isSlow(FaultKind k)
{
    return k == FaultKind::SlowReceive || k == FaultKind::SlowAuthLeg;
}

const char *kindName(FaultKind k)
{
    switch (k) {
    case FaultKind::Drop:
        return "Drop";
    case FaultKind::Http500:
        return "Http500";
    case FaultKind::Http503:
        return "Http503";
    case FaultKind::WsMan:
        return "WsManFault";
    case FaultKind::Auth401:
        return "Auth401";
    case FaultKind::SlowReceive:
        return "SlowReceive";
    case FaultKind::SlowAuthLeg:
        return "SlowAuthLeg";
    case FaultKind::ProbeFailed:
        return "ProbeFailed";
    }
    return "?";
}

// The slow Receive (or auth leg): answered this long after it arrived, far beyond --timeout.
constexpr int kSlowTimeoutSeconds = 3; // a margin for a loaded machine
constexpr int kSlowAnswerMs = 10000;

struct MatrixCase
{
    CliAuth auth = CliAuth::Basic;
    FaultKind kind = FaultKind::ProbeFailed;
    ProbedRequest request;
    // > 0 (NTLM, Kerberos): request `reauthAt` is answered 401 first, and `request` is a leg
    // of the new handshake that follows (its index in the faulted run, its pipeline's cmdlets).
    int reauthAt = 0;

    QStringList faultSpecs() const
    {
        QStringList specs;
        if (reauthAt > 0)
            specs << QStringLiteral("auth401@%1").arg(reauthAt);
        specs << faultSpec();
        return specs;
    }

    QString faultSpec() const
    {
        switch (kind) {
        case FaultKind::Drop:
            return QStringLiteral("drop@%1").arg(request.index);
        case FaultKind::Http500:
            return QStringLiteral("http500@%1").arg(request.index);
        case FaultKind::Http503:
            return QStringLiteral("http503@%1").arg(request.index);
        case FaultKind::WsMan:
            return QStringLiteral("wsman@%1").arg(request.index);
        case FaultKind::Auth401:
            return QStringLiteral("auth401@%1").arg(request.index);
        case FaultKind::SlowReceive:
        case FaultKind::SlowAuthLeg:
            return QStringLiteral("latency:%1@%2").arg(kSlowAnswerMs).arg(request.index);
        case FaultKind::ProbeFailed:
            break;
        }
        return {};
    }
};

void PrintTo(const MatrixCase &c, std::ostream *os)
{
    if (c.reauthAt > 0)
        *os << "(401 at request " << c.reauthAt << ") ";
    *os << cliAuthName(c.auth) << ": " << kindName(c.kind) << " at request " << c.request.index
        << " (" << (isAuthLeg(c.request) ? c.request.leg : c.request.action).toStdString() << " "
        << c.request.cmdlets.join(QLatin1Char(',')).toStdString() << ")";
}

std::vector<MatrixCase> matrixCases()
{
    std::vector<MatrixCase> cases;
    for (CliAuth auth : allMethods()) {
        const Probe &p = probe(auth);
        if (!p.error.isEmpty()) {
            cases.push_back({auth, FaultKind::ProbeFailed, {}});
            continue;
        }
        for (FaultKind kind :
             {FaultKind::Drop, FaultKind::Http500, FaultKind::Http503, FaultKind::WsMan,
              FaultKind::Auth401, FaultKind::SlowReceive, FaultKind::SlowAuthLeg}) {
            for (const ProbedRequest &r : p.requests) {
                if (kind == FaultKind::SlowReceive && r.action != QLatin1String("Receive"))
                    continue;
                if (kind == FaultKind::SlowAuthLeg && !isAuthLeg(r))
                    continue;
                // An auth leg has no SOAP body, so no WS-Man answer: the fake puts a WS-Man
                // fault "at" a leg on the next SOAP request, the case of that request.
                if (kind == FaultKind::WsMan && isAuthLeg(r))
                    continue;
                cases.push_back({auth, kind, r});
            }
        }
        // The legs of a handshake in mid-session: the changes' answer (the last Receive of a
        // pipeline that changes) is refused with a 401, and the new handshake's legs (NTLM:
        // negotiate, authenticate; Kerberos: the token) get each fault in turn.
        ProbedRequest changeReceive;
        QStringList legs;
        for (const ProbedRequest &r : p.requests) {
            if (r.action == QLatin1String("Receive") && !stepsOf(r.cmdlets).isEmpty())
                changeReceive = r;
            if (isAuthLeg(r) && r.index == legs.size() + 1)
                legs << QStringLiteral("Re") + r.leg.mid(4).prepend(QLatin1String("auth"));
        }
        if (changeReceive.index == 0 || legs.isEmpty())
            continue;
        for (FaultKind kind : {FaultKind::Drop, FaultKind::Http500, FaultKind::Http503,
                               FaultKind::Auth401, FaultKind::SlowAuthLeg}) {
            for (int k = 0; k < legs.size(); ++k) {
                ProbedRequest leg = changeReceive;
                leg.index = changeReceive.index + 1 + k;
                leg.action.clear();
                leg.leg = legs.at(k);
                cases.push_back({auth, kind, leg, changeReceive.index});
            }
        }
    }
    return cases;
}

std::string caseName(const ::testing::TestParamInfo<MatrixCase> &info)
{
    const MatrixCase &c = info.param;
    if (c.kind == FaultKind::ProbeFailed)
        return std::string(cliAuthName(c.auth)) + "_ProbeFailed";
    QString name = QStringLiteral("%1_%2_%3_%4")
                       .arg(QLatin1String(cliAuthName(c.auth)))
                       .arg(QLatin1String(kindName(c.kind)))
                       .arg(c.request.index, 2, 10, QLatin1Char('0'))
                       .arg(isAuthLeg(c.request) ? c.request.leg : c.request.action);
    if (c.request.action == QLatin1String("Receive") && c.request.commandId.isEmpty())
        name += QStringLiteral("_Pool");
    // The pipeline's first change cmdlet (else its first cmdlet: the discovery).
    QString cmdlet;
    for (const QString &c2 : c.request.cmdlets)
        if (cmdlet.isEmpty() && !stepOfCmdlet(c2).isEmpty())
            cmdlet = c2;
    if (cmdlet.isEmpty() && !c.request.cmdlets.isEmpty())
        cmdlet = QStringLiteral("Discovery");
    if (!cmdlet.isEmpty())
        name += QLatin1Char('_') + QString(cmdlet).remove(QLatin1Char('-'));
    return name.toStdString();
}

// Where in the run a request falls.
enum class Phase { Opening, Discovery, Change, Closing };

Phase phaseOf(const ProbedRequest &r)
{
    if (r.action == QLatin1String("Delete"))
        return Phase::Closing;
    if (r.commandId.isEmpty())
        return Phase::Opening; // Create and the runspace pool's Receives
    return stepsOf(r.cmdlets).isEmpty() ? Phase::Discovery : Phase::Change;
}

// What the client is expected to survive.
int expectedExit(const MatrixCase &c)
{
    if (c.reauthAt > 0) // the new handshake after a 401 in the changes' answer
        return c.kind == FaultKind::Drop ? 0 : 1; // a Receive is sent again after a drop
    const Phase phase = phaseOf(c.request);
    if (phase == Phase::Closing)
        return 0; // the changes are verified; a failing shell Delete does not undo them
    if (c.kind == FaultKind::Auth401) {
        // NTLM, Kerberos: a 401 answering a leg of the handshake is the server refusing that
        // handshake, the same answer as to a wrong password: a real rejection.
        if (isAuthLeg(c.request))
            return 1;
        return c.request.index == 1 ? 1 : 0; // 1: the credentials' first use was refused
    }
    if (c.kind == FaultKind::Drop && c.request.action == QLatin1String("Receive"))
        return 0; // a Receive changes nothing: it is sent again
    if (c.kind == FaultKind::Drop && isAuthLeg(c.request))
        return 0; // a leg over http has no body: the handshake starts again on a new connection
    return 1;
}

class HarnessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_h = std::make_unique<CliHarness>(m_dir.path(), auth());
    }
    virtual CliAuth auth() const { return CliAuth::Basic; }
    void TearDown() override
    {
        if (m_h)
            m_h->stopFake();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CliHarness> m_h;
};

class FaultMatrixTest : public HarnessTest, public ::testing::WithParamInterface<MatrixCase>
{
protected:
    CliAuth auth() const override { return GetParam().auth; }
};

class ConcurrentRunsTest : public HarnessTest
{
};

TEST_P(FaultMatrixTest, ApplyReapplyUndo)
{
    const MatrixCase c = GetParam();
    ASSERT_NE(c.kind, FaultKind::ProbeFailed)
        << "the clean apply that lists the requests failed: " << probe(c.auth).error.toStdString();
    const Probe &p = probe(c.auth);
    const Phase phase = phaseOf(c.request);
    const QStringList failingSteps = stepsOf(c.request.cmdlets);

    QString error;
    ASSERT_TRUE(m_h->startFake(c.faultSpecs(), &error)) << error.toStdString();
    const QByteArray original = m_h->stateBytes();
    ASSERT_FALSE(original.isEmpty());

    // ---- the faulted apply
    QStringList extra;
    if (isSlow(c.kind))
        extra << QStringLiteral("--timeout") << QString::number(kSlowTimeoutSeconds);
    QElapsedTimer clock;
    clock.start();
    const CliOutcome apply = m_h->cli(m_h->applyArgs(extra));
    const qint64 applyMs = clock.elapsed();
    const QByteArray leftBytes = m_h->stateBytes();
    const QJsonObject left = parseObject(leftBytes);
    ASSERT_FALSE(apply.crashed) << apply.describe();

    // The run made the same requests as the clean apply up to the fault, and the fault fired
    // (else the product's request pattern changed since the test list was made: rebuild).
    // (The fake logs a request once it has answered it, so the log may trail the client.)
    if (!isSlow(c.kind))
        (void)QTest::qWaitFor([&] { return m_h->requestLog().size() >= c.request.index; }, 5000);
    const QList<QJsonObject> log = m_h->requestLog();
    const int firstFault = c.reauthAt > 0 ? c.reauthAt : c.request.index;
    for (int i = 0; i < log.size() && i + 1 < firstFault && i < p.requests.size(); ++i)
        ASSERT_EQ(log.at(i).value(QLatin1String("action")).toString(), p.requests.at(i).action)
            << "request " << i + 1 << " differs from the clean apply's; the test list is stale";
    if (!isSlow(c.kind)) {
        ASSERT_GE(log.size(), c.request.index) << apply.describe();
        EXPECT_FALSE(log.at(c.request.index - 1).value(QLatin1String("fault")).toString().isEmpty())
            << "the fault did not fire\n"
            << apply.describe();
    }
    if (c.reauthAt > 0) {
        ASSERT_GE(log.size(), c.reauthAt) << apply.describe();
        EXPECT_EQ(log.at(c.reauthAt - 1).value(QLatin1String("fault")).toString(),
                  QStringLiteral("auth401"))
            << apply.describe();
    }

    const int exitCode = expectedExit(c);
    EXPECT_EQ(apply.exitCode, exitCode) << apply.describe();
    if (c.kind == FaultKind::Auth401 && c.reauthAt > 0) {
        // Refused again on the new handshake after the server had accepted us: worded as
        // such, not as a wrong password.
        EXPECT_TRUE(apply.all().contains(QLatin1String("twice in a row"))) << apply.describe();
    } else if (c.kind == FaultKind::Auth401 && exitCode != 0) {
        // A refused first use is the credentials' rejection, with the advice for the method
        // in use (not "rejected twice in a row": nothing had accepted them yet).
        const char *advice = c.auth == CliAuth::Basic  ? "Basic authentication is enabled"
                             : c.auth == CliAuth::Ntlm ? "Windows (NTLM) authentication is enabled"
                                                       : "Kerberos is enabled on the server";
        EXPECT_TRUE(apply.err.contains(QLatin1String(advice))) << apply.describe();
        EXPECT_FALSE(apply.err.contains(QLatin1String("twice in a row"))) << apply.describe();
    }
    if (c.kind == FaultKind::Auth401 && c.auth != CliAuth::Basic && !isAuthLeg(c.request)
        && apply.exitCode == 0) {
        // The 401 ended the security context (the fake forgets it, as a server whose ticket
        // check failed does): the client made a new one, a new handshake, and sent the
        // refused request again sealed with it (the fake answers only bodies it can unseal).
        int next = c.request.index; // the request after the 401 (0-based)
        while (next < log.size()
               && log.at(next).value(QLatin1String("action")).toString().isEmpty())
            ++next;
        EXPECT_GT(next, c.request.index) << "no new handshake after the 401\n" << apply.describe();
        ASSERT_LT(next, log.size()) << apply.describe();
        EXPECT_EQ(log.at(next).value(QLatin1String("action")).toString(), c.request.action)
            << "the refused request was not sent again after the new handshake\n"
            << apply.describe();
        EXPECT_TRUE(log.at(next).value(QLatin1String("fault")).toString().isEmpty());
    }
    if (!isSlow(c.kind) && phase != Phase::Closing && c.request.action != QLatin1String("Create")
        && !(isAuthLeg(c.request) && c.reauthAt == 0)) {
        // Once the server has made the shell, the run ends by deleting it, however the fault
        // ended the run (Exchange throttles open shells per user): after a failed opening
        // the CLI waits for that Delete; an NTLM context whose sealed request was answered by
        // an error page (the server may not have unsealed it) or whose new handshake failed
        // half-way is given up, so the Delete goes out on a handshake of its own.
        const auto lastIsDelete = [&] {
            const QList<QJsonObject> now = m_h->requestLog();
            return !now.isEmpty()
                   && now.constLast().value(QLatin1String("action")).toString()
                          == QLatin1String("Delete");
        };
        // (The fake may log the Delete just after answering it.)
        EXPECT_TRUE(lastIsDelete() || QTest::qWaitFor(lastIsDelete, 3000))
            << "the shell was not deleted\n"
            << apply.describe();
        if (const QList<QJsonObject> after = m_h->requestLog(); !after.isEmpty()) {
            EXPECT_TRUE(after.constLast().value(QLatin1String("fault")).toString().isEmpty());
        }
        EXPECT_FALSE(apply.all().contains(QLatin1String("was not deleted"))) << apply.describe();
    }
    if (!isSlow(c.kind)) {
        // Nothing waits here: a run this slow sat out the CLI's 15 s closing bound (a
        // closed() that never came) or a timeout.
        EXPECT_LT(applyMs, 10000) << "the faulted run took " << applyMs << " ms\n"
                                  << apply.describe();
    }
    if (isSlow(c.kind)) {
        EXPECT_LT(applyMs, (kSlowTimeoutSeconds + 8) * 1000) << "--timeout was not kept";
        EXPECT_TRUE(apply.err.contains(QStringLiteral("(--timeout %1)").arg(kSlowTimeoutSeconds)))
            << apply.describe();
    }

    // No step is reported Verified that is not in Exchange.
    const QStringList verified = stepsReported(apply, QStringLiteral("Verified"));
    for (const QString &step : verified)
        EXPECT_EQ(stepMissingFrom(left, step), QString())
            << "[" << step.toStdString() << "] was reported Verified but is not in the state\n"
            << apply.describe();

    const QString journal = apply.journalPath();
    if (apply.exitCode == 0) {
        EXPECT_TRUE(apply.out.contains(QStringLiteral("Done: every change was verified.")))
            << apply.describe();
        EXPECT_EQ(notConfigured(left), QStringList()) << apply.describe();
    } else {
        EXPECT_FALSE(apply.out.contains(QStringLiteral("Done: every change was verified.")))
            << apply.describe();
        EXPECT_TRUE(apply.err.contains(QStringLiteral("error:"))
                    || !stepsReported(apply, QStringLiteral("Failed")).isEmpty())
            << "a failed run says why\n"
            << apply.describe();
    }
    if (apply.exitCode != 0 && phase != Phase::Change) {
        // Failed before the first change: nothing changed, nothing to undo.
        EXPECT_TRUE(verified.isEmpty()) << apply.describe();
        EXPECT_TRUE(journal.isEmpty()) << apply.describe();
        EXPECT_TRUE(m_h->journalFiles().isEmpty()) << apply.describe();
        EXPECT_EQ(leftBytes, original) << "a run that failed before its changes changed Exchange";
    }
    if (apply.exitCode != 0 && phase == Phase::Change) {
        // The step in flight is named: Failed, or unconfirmed when the answer never came.
        bool named = false;
        for (const QString &step : failingSteps)
            named = named || stepsReported(apply, QStringLiteral("Failed")).contains(step)
                    || stepsReported(apply, QStringLiteral("Unconfirmed")).contains(step)
                    || apply.err.contains(QStringLiteral("The step in flight, [%1] ").arg(step));
        EXPECT_TRUE(named) << "none of " << failingSteps.join(QLatin1Char(',')).toStdString()
                           << " is named as the failing step\n"
                           << apply.describe();
        // Every step whose pipeline came before the fault was verified.
        for (const ProbedRequest &r : p.requests) {
            if (r.index >= c.request.index || phaseOf(r) != Phase::Change)
                continue;
            for (const QString &step : stepsOf(r.cmdlets)) {
                if (!failingSteps.contains(step)) {
                    EXPECT_TRUE(verified.contains(step))
                        << "[" << step.toStdString() << "] came before the fault\n"
                        << apply.describe();
                }
            }
        }
        ASSERT_FALSE(journal.isEmpty()) << apply.describe();
        EXPECT_TRUE(apply.err.contains(QStringLiteral("securestore-setup undo")))
            << "says how to roll back\n"
            << apply.describe();
    }

    // ---- a re-apply on what the faulted run left completes
    const CliOutcome again = m_h->cli(m_h->applyArgs());
    EXPECT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(notConfigured(m_h->state()), QStringList()) << again.describe();

    // ---- undo with the faulted run's journal restores the organisation byte for byte
    if (journal.isEmpty()) {
        EXPECT_EQ(leftBytes, original) << "the run changed Exchange but wrote no journal\n"
                                       << apply.describe();
        return;
    }
    ASSERT_TRUE(QFileInfo::exists(journal)) << apply.describe();
    if (m_h->stateBytes() != leftBytes) {
        // Back to what the faulted run left (the re-apply changed it).
        m_h->stopFake();
        ASSERT_TRUE(writeFileBytes(m_h->statePath(), leftBytes));
        ASSERT_TRUE(m_h->startFake({}, &error)) << error.toStdString();
    }
    const CliOutcome undo = m_h->cli(m_h->undoArgs(journal));
    EXPECT_EQ(undo.exitCode, 0) << undo.describe();
    EXPECT_TRUE(undo.out.contains(QStringLiteral("Undone and verified."))) << undo.describe();
    EXPECT_EQ(m_h->stateBytes(), original)
        << "undo did not restore the organisation\n--- faulted apply\n"
        << apply.describe() << "\n--- undo\n"
        << undo.describe();
}

INSTANTIATE_TEST_SUITE_P(EveryRequest, FaultMatrixTest, ::testing::ValuesIn(matrixCases()),
                         caseName);

// ---------------------------------------------------------------------------------------
// Concurrent runs against one fake.

#ifdef Q_OS_UNIX
// An undo of the journal of a run that is still changing Exchange (the latest journal, or
// named) refuses and changes nothing: it would remove what that run is creating. Once the
// run has finished, the same undo restores the organisation byte for byte.
TEST_F(ConcurrentRunsTest, UndoWhileTheJournalsRunIsStillChangingRefuses)
{
    const Probe &p = probe(CliAuth::Basic);
    ASSERT_TRUE(p.error.isEmpty()) << p.error.toStdString();
    int firstChangeAnswer = 0;
    for (const ProbedRequest &r : p.requests)
        if (!firstChangeAnswer && phaseOf(r) == Phase::Change
            && r.action == QLatin1String("Receive"))
            firstChangeAnswer = r.index;
    ASSERT_GT(firstChangeAnswer, 0);
    // The apply's first change is made; its answer comes 6 s later (time to stop the run there).
    QString error;
    ASSERT_TRUE(m_h->startFake({QStringLiteral("latency:6000@%1").arg(firstChangeAnswer)}, &error))
        << error.toStdString();
    const QByteArray original = m_h->stateBytes();

    const std::unique_ptr<QProcess> apply = m_h->launch(m_h->applyArgs());
    // Once the fake has handled every request before that answer, the run has a journal and
    // waits for the answer: hold it there.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_h->requestLog().size() >= firstChangeAnswer - 1; }, 30000))
        << CliHarness::collect(*apply).describe();
    ASSERT_EQ(::kill(pid_t(apply->processId()), SIGSTOP), 0);
    ASSERT_EQ(m_h->journalFiles().size(), 1);
    const QString journal = m_h->journalFiles().constFirst();
    const QByteArray during = m_h->stateBytes();

    for (const QString &named : {journal, QString()}) {
        const CliOutcome undo = m_h->cli(m_h->undoArgs(named));
        EXPECT_EQ(undo.exitCode, 3) << undo.describe();
        EXPECT_TRUE(undo.out.contains(QStringLiteral("still going"))) << undo.describe();
        EXPECT_TRUE(undo.out.contains(QStringLiteral("process %1").arg(apply->processId())))
            << undo.describe();
        EXPECT_TRUE(undo.err.contains(QStringLiteral("Nothing was undone"))) << undo.describe();
        EXPECT_FALSE(undo.out.contains(QStringLiteral("Undone and verified"))) << undo.describe();
        EXPECT_EQ(m_h->stateBytes(), during) << "the undo changed Exchange under a running apply";
    }

    ASSERT_EQ(::kill(pid_t(apply->processId()), SIGCONT), 0);
    const CliOutcome applied = CliHarness::collect(*apply);
    EXPECT_EQ(applied.exitCode, 0) << applied.describe();
    EXPECT_EQ(applied.journalPath(), journal);
    EXPECT_EQ(notConfigured(m_h->state()), QStringList()) << applied.describe();

    const CliOutcome undo = m_h->cli(m_h->undoArgs(journal));
    EXPECT_EQ(undo.exitCode, 0) << undo.describe();
    EXPECT_EQ(m_h->stateBytes(), original) << undo.describe();
}
#endif

// Two applies confirmed at the same moment on one computer: separate journals, exactly one
// loses at its first create ("already exists"); the loser's undo refuses and changes nothing;
// the winner's undo restores the organisation byte for byte; then the loser's journal has
// nothing left to undo, and a new apply completes.
TEST_F(ConcurrentRunsTest, TwoAppliesAtOnceLoserRefusesWinnerRestores)
{
    QString error;
    ASSERT_TRUE(m_h->startFake({}, &error)) << error.toStdString();
    const QByteArray original = m_h->stateBytes();
    QStringList args = m_h->applyArgs();
    args.removeAll(QStringLiteral("--yes")); // both wait at the question, then go together
    const std::unique_ptr<QProcess> first = m_h->launch(args, kAdminPasswordLine, false);
    const std::unique_ptr<QProcess> second = m_h->launch(args, kAdminPasswordLine, false);
    QByteArray errFirst;
    QByteArray errSecond;
    const auto asked = [](QProcess &proc, QByteArray &err) {
        err += proc.readAllStandardError();
        return err.contains("[y/N]");
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return asked(*first, errFirst) && asked(*second, errSecond); }, 60000))
        << errFirst.toStdString() << errSecond.toStdString();
    for (QProcess *proc : {first.get(), second.get()}) {
        proc->write("y\n");
        proc->closeWriteChannel();
    }
    CliOutcome a = CliHarness::collect(*first);
    a.err.prepend(QString::fromUtf8(errFirst));
    CliOutcome b = CliHarness::collect(*second);
    b.err.prepend(QString::fromUtf8(errSecond));
    ASSERT_TRUE((a.exitCode == 0 && b.exitCode == 1) || (a.exitCode == 1 && b.exitCode == 0))
        << "exactly one apply should lose\n"
        << a.describe() << "\n"
        << b.describe();
    const CliOutcome &winner = a.exitCode == 0 ? a : b;
    const CliOutcome &loser = a.exitCode == 0 ? b : a;
    EXPECT_TRUE(loser.all().contains(QStringLiteral("already exists"))) << loser.describe();
    ASSERT_FALSE(winner.journalPath().isEmpty()) << winner.describe();
    ASSERT_FALSE(loser.journalPath().isEmpty()) << loser.describe();
    EXPECT_NE(winner.journalPath(), loser.journalPath());
    EXPECT_EQ(m_h->journalFiles().size(), 2);
    const QByteArray configured = m_h->stateBytes();
    EXPECT_EQ(notConfigured(parseObject(configured)), QStringList());
    for (const QString &step : stepsReported(loser, QStringLiteral("Verified")))
        EXPECT_EQ(stepMissingFrom(parseObject(configured), step), QString()) << loser.describe();

    const CliOutcome loserUndo = m_h->cli(m_h->undoArgs(loser.journalPath()));
    EXPECT_EQ(loserUndo.exitCode, 3) << loserUndo.describe();
    EXPECT_TRUE(loserUndo.out.contains(QStringLiteral("someone else"))) << loserUndo.describe();
    EXPECT_EQ(m_h->stateBytes(), configured) << "the loser's undo touched the winner's objects";

    const CliOutcome winnerUndo = m_h->cli(m_h->undoArgs(winner.journalPath()));
    EXPECT_EQ(winnerUndo.exitCode, 0) << winnerUndo.describe();
    EXPECT_EQ(m_h->stateBytes(), original) << winnerUndo.describe();

    const CliOutcome loserAgain = m_h->cli(m_h->undoArgs(loser.journalPath()));
    EXPECT_EQ(loserAgain.exitCode, 0) << loserAgain.describe();
    EXPECT_EQ(m_h->stateBytes(), original) << loserAgain.describe();

    const CliOutcome again = m_h->cli(m_h->applyArgs());
    EXPECT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(notConfigured(m_h->state()), QStringList()) << again.describe();
}

// An undo of an earlier run (one computer) while another computer applies the same settings:
// whatever the order, the undo never removes an object the other run made and verified, and
// afterwards verify tells the truth and a new apply completes.
TEST_F(ConcurrentRunsTest, UndoOfAnEarlierRunWhileAnotherComputerApplies)
{
    QString error;
    ASSERT_TRUE(m_h->startFake({}, &error)) << error.toStdString();
    const CliOutcome earlier = m_h->cli(m_h->applyArgs());
    ASSERT_EQ(earlier.exitCode, 0) << earlier.describe();
    ASSERT_FALSE(earlier.journalPath().isEmpty());

    const std::unique_ptr<QProcess> undoing
        = m_h->launch(m_h->undoArgs(earlier.journalPath()), kAdminPasswordLine, true, 0);
    const std::unique_ptr<QProcess> applying
        = m_h->launch(m_h->applyArgs(), kAdminPasswordLine, true, 1);
    const CliOutcome undo = CliHarness::collect(*undoing);
    const CliOutcome apply = CliHarness::collect(*applying);
    EXPECT_FALSE(undo.crashed) << undo.describe();
    EXPECT_FALSE(apply.crashed) << apply.describe();
    EXPECT_TRUE(undo.exitCode == 0 || undo.exitCode == 1 || undo.exitCode == 3) << undo.describe();
    EXPECT_TRUE(apply.exitCode == 0 || apply.exitCode == 1) << apply.describe();
    const QJsonObject after = m_h->state();

    // Every object the other computer's apply created and verified is still there, the same one.
    if (const QString journal = apply.journalPath(); !journal.isEmpty()) {
        const QJsonObject j = parseObject(readFileBytes(journal));
        for (const QJsonValue &v : j.value(QLatin1String("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("operation")).toString() != QLatin1String("create")
                || e.value(QLatin1String("status")).toString() != QLatin1String("verified"))
                continue;
            const QString guid = e.value(QLatin1String("observed"))
                                     .toObject()
                                     .value(QLatin1String("Guid"))
                                     .toString();
            const char *collection
                = e.value(QLatin1String("step")).toString() == QLatin1String("rule")
                      ? "journalRules"
                  : e.value(QLatin1String("step")).toString() == QLatin1String("remoteDomain")
                      ? "remoteDomains"
                      : "sendConnectors";
            const QJsonObject live
                = findByName(after, collection, e.value(QLatin1String("identity")).toString());
            EXPECT_FALSE(live.isEmpty())
                << "the undo removed what the other run made: "
                << e.value(QLatin1String("identity")).toString().toStdString() << "\n"
                << undo.describe() << "\n"
                << apply.describe();
            EXPECT_EQ(live.value(QLatin1String("guid")).toString().toLower(), guid.toLower());
        }
    }
    // verify tells the truth about the result, and a new apply completes.
    const CliOutcome verify = m_h->cli(QStringList{QStringLiteral("verify")} + m_h->connection()
                                       + CliHarness::settings());
    EXPECT_EQ(verify.exitCode, notConfigured(after).isEmpty() ? 0 : 1) << verify.describe();
    const CliOutcome again = m_h->cli(m_h->applyArgs());
    EXPECT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(notConfigured(m_h->state()), QStringList()) << again.describe();
}

} // namespace

namespace {

class UndoCommandTest : public HarnessTest
{
};

// `undo` without --yes asks first, like apply (the printed undo command has no --yes): "n"
// or no answer changes nothing; "y" undoes.
TEST_F(UndoCommandTest, AsksBeforeUndoingWithoutYes)
{
    QString error;
    ASSERT_TRUE(m_h->startFake({}, &error)) << error.toStdString();
    const QByteArray original = m_h->stateBytes();
    const CliOutcome apply = m_h->cli(m_h->applyArgs());
    ASSERT_EQ(apply.exitCode, 0) << apply.describe();
    const QByteArray configured = m_h->stateBytes();
    QStringList args = m_h->undoArgs(apply.journalPath());
    args.removeAll(QStringLiteral("--yes"));

    for (const QByteArray &answer : {QByteArray("n\n"), QByteArray()}) {
        const std::unique_ptr<QProcess> p = m_h->launch(args, kAdminPasswordLine + answer);
        const CliOutcome no = CliHarness::collect(*p);
        EXPECT_EQ(no.exitCode, 1) << no.describe();
        EXPECT_TRUE(no.err.contains(QStringLiteral("? [y/N]"))) << no.describe();
        EXPECT_TRUE(no.err.contains(QStringLiteral("Nothing was undone"))) << no.describe();
        EXPECT_EQ(m_h->stateBytes(), configured) << no.describe();
    }
    const std::unique_ptr<QProcess> p = m_h->launch(args, kAdminPasswordLine + "y\n");
    const CliOutcome yes = CliHarness::collect(*p);
    EXPECT_EQ(yes.exitCode, 0) << yes.describe();
    EXPECT_TRUE(yes.out.contains(QStringLiteral("Undone and verified."))) << yes.describe();
    EXPECT_EQ(m_h->stateBytes(), original) << yes.describe();
}

} // namespace

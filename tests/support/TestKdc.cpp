#include "TestKdc.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUdpSocket>

#include <optional>

namespace testsupport {

namespace {

const char *const kSbin = "/usr/sbin/";

// A port free for both TCP and UDP on 127.0.0.1 (small race with other processes; the
// start is retried on a new port if krb5kdc cannot bind).
int freePort()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = tcp.serverPort();
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, port))
            continue;
        return port;
    }
    return 0;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

} // namespace

TestKdc::TestKdc() = default;

void TestKdc::stop()
{
    if (m_kdc.state() != QProcess::NotRunning) {
        m_kdc.terminate();
        if (!m_kdc.waitForFinished(3000)) {
            m_kdc.kill();
            m_kdc.waitForFinished(3000);
        }
    }
}

TestKdc::~TestKdc()
{
    stop();
    // Restore the environment in reverse order.
    for (auto it = m_savedEnv.crbegin(); it != m_savedEnv.crend(); ++it) {
        if (it->second)
            qputenv(it->first.constData(), *it->second);
        else
            qunsetenv(it->first.constData());
    }
}

QString TestKdc::krb5ConfPath() const
{
    return m_dir.filePath(QStringLiteral("krb5.conf"));
}

QString TestKdc::kdcConfPath() const
{
    return m_dir.filePath(QStringLiteral("kdc.conf"));
}

QString TestKdc::ccachePath() const
{
    return m_dir.filePath(QStringLiteral("ccache"));
}

void TestKdc::setEnv(const char *name, const QByteArray &value) const
{
    bool known = false;
    for (const auto &saved : std::as_const(m_savedEnv))
        known = known || saved.first == name;
    if (!known) {
        std::optional<QByteArray> old;
        if (qEnvironmentVariableIsSet(name))
            old = qgetenv(name);
        m_savedEnv.append({QByteArray(name), old});
    }
    qputenv(name, value);
}

bool TestKdc::run(const QString &program, const QStringList &args, const QByteArray &stdinData,
                  QString *output)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5_CONFIG"), krb5ConfPath());
    env.insert(QStringLiteral("KRB5_KDC_PROFILE"), kdcConfPath());
    env.insert(QStringLiteral("KRB5CCNAME"), QStringLiteral("FILE:") + ccachePath());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000)) {
        if (output)
            *output = program + QStringLiteral(": ") + p.errorString();
        return false;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished(1000);
        if (output)
            *output = program + QStringLiteral(": timed out");
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

std::unique_ptr<TestKdc> TestKdc::start(QString *error)
{
    std::unique_ptr<TestKdc> kdc(new TestKdc);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::unique_ptr<TestKdc>();
    };
    if (!kdc->m_dir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    if (!QFile::exists(QLatin1String(kSbin) + QStringLiteral("krb5kdc")))
        return fail(QStringLiteral(
            "/usr/sbin/krb5kdc not installed (apt install krb5-kdc krb5-admin-server)"));

    const QString dir = kdc->m_dir.path();
    const QByteArray realm = kdc->m_realm.toUtf8();
    QString log;
    for (int attempt = 0; attempt < 5; ++attempt) {
        kdc->m_port = freePort();
        if (kdc->m_port == 0)
            return fail(QStringLiteral("no free port"));
        const QByteArray port = QByteArray::number(kdc->m_port);
        const QByteArray d = dir.toUtf8();
        const QByteArray krb5Conf = "[libdefaults]\n"
                                    "  default_realm = "
                                    + realm
                                    + "\n"
                                      "  dns_lookup_kdc = false\n"
                                      "  dns_lookup_realm = false\n"
                                      "  dns_canonicalize_hostname = false\n"
                                      "  rdns = false\n"
                                      "  qualify_shortname = \"\"\n"
                                      "  udp_preference_limit = 1\n"
                                      "  default_ccache_name = FILE:"
                                    + d
                                    + "/ccache\n"
                                      "  default_keytab_name = FILE:"
                                    + d
                                    + "/default.keytab\n"
                                      "  forwardable = true\n"
                                      "[realms]\n"
                                      "  "
                                    + realm
                                    + " = {\n"
                                      "    kdc = 127.0.0.1:"
                                    + port
                                    + "\n"
                                      "    admin_server = 127.0.0.1:"
                                    + port
                                    + "\n"
                                      "  }\n"
                                      "[domain_realm]\n"
                                      "  localhost = "
                                    + realm
                                    + "\n"
                                      "  .test = "
                                    + realm
                                    + "\n"
                                      "  .localdomain = "
                                    + realm + "\n";
        const QByteArray kdcConf = "[kdcdefaults]\n"
                                   "  kdc_listen = 127.0.0.1:"
                                   + port
                                   + "\n"
                                     "  kdc_tcp_listen = 127.0.0.1:"
                                   + port
                                   + "\n"
                                     "[realms]\n"
                                     "  "
                                   + realm
                                   + " = {\n"
                                     "    database_name = "
                                   + d
                                   + "/principal\n"
                                     "    key_stash_file = "
                                   + d
                                   + "/stash\n"
                                     "    acl_file = "
                                   + d
                                   + "/kadm5.acl\n"
                                     "    kdc_listen = 127.0.0.1:"
                                   + port
                                   + "\n"
                                     "    kdc_tcp_listen = 127.0.0.1:"
                                   + port
                                   + "\n"
                                     "    max_life = 10h 0m 0s\n"
                                     "    max_renewable_life = 1d 0h 0m 0s\n"
                                     "    supported_enctypes = aes256-cts-hmac-sha1-96:normal "
                                     "aes128-cts-hmac-sha1-96:normal\n"
                                     "  }\n"
                                     "[logging]\n"
                                     "  kdc = FILE:"
                                   + d
                                   + "/kdc.log\n"
                                     "  admin_server = FILE:"
                                   + d
                                   + "/kadmin.log\n"
                                     "  default = FILE:"
                                   + d + "/krb5lib.log\n";
        if (!writeFile(kdc->krb5ConfPath(), krb5Conf) || !writeFile(kdc->kdcConfPath(), kdcConf)
            || !writeFile(kdc->m_dir.filePath(QStringLiteral("kadm5.acl")),
                          "*/admin@" + realm + " *\n"))
            return fail(QStringLiteral("cannot write the KDC configuration"));

        if (!QFile::exists(kdc->m_dir.filePath(QStringLiteral("principal")))) {
            QString out;
            if (!kdc->run(QLatin1String(kSbin) + QStringLiteral("kdb5_util"),
                          {QStringLiteral("create"), QStringLiteral("-s"), QStringLiteral("-r"),
                           kdc->m_realm, QStringLiteral("-P"),
                           QStringLiteral("master-key-for-tests")},
                          {}, &out))
                return fail(QStringLiteral("kdb5_util create failed: ") + out);
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KRB5_CONFIG"), kdc->krb5ConfPath());
        env.insert(QStringLiteral("KRB5_KDC_PROFILE"), kdc->kdcConfPath());
        kdc->m_kdc.setProcessEnvironment(env);
        kdc->m_kdc.setProcessChannelMode(QProcess::MergedChannels);
        kdc->m_kdc.start(QLatin1String(kSbin) + QStringLiteral("krb5kdc"),
                         {QStringLiteral("-n"), QStringLiteral("-r"), kdc->m_realm});
        if (!kdc->m_kdc.waitForStarted(5000))
            return fail(QStringLiteral("krb5kdc did not start: ") + kdc->m_kdc.errorString());

        // Ready when the TCP port accepts connections.
        QDeadlineTimer deadline(5000);
        bool up = false;
        while (!deadline.hasExpired() && kdc->m_kdc.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(kdc->m_port));
            if (probe.waitForConnected(200)) {
                up = true;
                break;
            }
            QThread::msleep(20);
        }
        if (up)
            return kdc;
        log = QString::fromLocal8Bit(kdc->m_kdc.readAll());
        kdc->m_kdc.kill();
        kdc->m_kdc.waitForFinished(2000);
        QFile kdcLog(kdc->m_dir.filePath(QStringLiteral("kdc.log")));
        if (kdcLog.open(QIODevice::ReadOnly))
            log += QString::fromLocal8Bit(kdcLog.readAll().right(2000));
    }
    return fail(QStringLiteral("krb5kdc did not come up: ") + log);
}

std::unique_ptr<TestKdc> TestKdc::startForHttpService(const QString &user, const QString &password,
                                                      QString *error)
{
    std::unique_ptr<TestKdc> kdc = start(error);
    if (!kdc)
        return {};
    if (!kdc->addPrincipal(user, password)) {
        if (error)
            *error = QStringLiteral("cannot add the principal %1").arg(user);
        return {};
    }
    if (kdc->keytabFor(QStringLiteral("HTTP/localhost")).isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot export the HTTP/localhost keytab");
        return {};
    }
    kdc->applyEnvironment();
    return kdc;
}

bool TestKdc::kadmin(const QString &query, QString *output)
{
    QString out;
    const bool ok = run(QLatin1String(kSbin) + QStringLiteral("kadmin.local"),
                        {QStringLiteral("-r"), m_realm, QStringLiteral("-q"), query}, {}, &out);
    if (output)
        *output = out;
    // kadmin.local exits 0 even when the query fails; it reports on stderr (merged).
    return ok && !out.contains(QLatin1String("while "))
           && !out.contains(QLatin1String("error"), Qt::CaseInsensitive);
}

bool TestKdc::addPrincipal(const QString &name, const QString &password)
{
    QString principal = name;
    if (!principal.contains(QLatin1Char('@')))
        principal += QLatin1Char('@') + m_realm;
    // The password is a test fixture; kadmin.local takes it on the command line.
    return kadmin(
        QStringLiteral("addprinc -pw \"%1\" +requires_preauth %2").arg(password, principal));
}

QString TestKdc::keytabFor(const QString &service)
{
    QString principal = service;
    if (!principal.contains(QLatin1Char('@')))
        principal += QLatin1Char('@') + m_realm;
    QString fileName = service;
    fileName.replace(QLatin1Char('/'), QLatin1Char('_'))
        .replace(QLatin1Char('@'), QLatin1Char('_'));
    const QString path = m_dir.filePath(fileName + QStringLiteral(".keytab"));
    QString out;
    if (!kadmin(QStringLiteral("addprinc -randkey %1").arg(principal), &out)
        && !out.contains(QLatin1String("already exists")))
        return {};
    if (!kadmin(QStringLiteral("ktadd -k %1 %2").arg(path, principal), &out))
        return {};
    m_lastKeytab = path;
    if (qEnvironmentVariableIsSet("KRB5_CONFIG")
        && qgetenv("KRB5_CONFIG") == krb5ConfPath().toUtf8())
        setEnv("KRB5_KTNAME", QByteArray("FILE:") + path.toUtf8());
    return path;
}

void TestKdc::applyEnvironment() const
{
    setEnv("KRB5_CONFIG", krb5ConfPath().toUtf8());
    setEnv("KRB5_KDC_PROFILE", kdcConfPath().toUtf8());
    setEnv("KRB5CCNAME", QByteArray("FILE:") + ccachePath().toUtf8());
    if (!m_lastKeytab.isEmpty())
        setEnv("KRB5_KTNAME", QByteArray("FILE:") + m_lastKeytab.toUtf8());
    else
        setEnv("KRB5_KTNAME",
               QByteArray("FILE:") + m_dir.filePath(QStringLiteral("default.keytab")).toUtf8());
    if (qEnvironmentVariableIsSet("KRB5_TRACE") && qgetenv("SECURESTORE_KEEP_KRB5_TRACE").isEmpty())
        setEnv("KRB5_TRACE", QByteArray("/dev/null"));
}

bool TestKdc::kinit(const QString &user, const QString &password, QString *error)
{
    QString principal = user;
    if (!principal.contains(QLatin1Char('@')))
        principal += QLatin1Char('@') + m_realm;
    QString out;
    const bool ok = run(QStringLiteral("kinit"),
                        {QStringLiteral("-c"), QStringLiteral("FILE:") + ccachePath(), principal},
                        password.toUtf8() + '\n', &out);
    if (!ok && error)
        *error = out;
    return ok;
}

void TestKdc::kdestroy()
{
    QFile::remove(ccachePath());
}

int TestKdc::loggedRequests(const QString &kind, const QString &outcome,
                            const QString &client) const
{
    // krb5kdc writes one line per request it answered, before it answers:
    //   ... AS_REQ (2 etypes {...}) 127.0.0.1: ISSUE: authtime ..., alice@REALM for krbtgt/...
    QFile log(m_dir.filePath(QStringLiteral("kdc.log")));
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    const QString request = QStringLiteral(": %1 (").arg(kind);
    const QString answer = QStringLiteral(": %1: ").arg(outcome);
    const QString who = QStringLiteral(" %1 for ").arg(client);
    int count = 0;
    const QStringList lines = QString::fromLocal8Bit(log.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(request) && line.contains(answer)
            && (client.isEmpty() || line.contains(who)))
            ++count;
    }
    return count;
}

} // namespace testsupport

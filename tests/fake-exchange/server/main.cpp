// fake-exchange: a protocol-level Exchange server for tests and the demo.
//
//   fake-exchange --listen [http://|https://]127.0.0.1:0 [--tls-cert FILE --tls-key FILE]
//                 [--org FILE.json] [--state FILE.json] [--auth basic,negotiate,ntlm]
//                 [--keytab FILE] [--latency-ms N] [--fault SPEC]... [--stats-file FILE]
//                 [--clock TIME] [--time-scale F] [--request-log FILE]
//
// stdout line 1: the endpoint URL (https://127.0.0.1:40123/PowerShell); line 2, when https
// runs on a generated certificate: its SHA-256 fingerprint (AA:BB:...). Serves until
// SIGTERM/SIGINT, then logs the counters (and writes --stats-file as JSON) and exits 0.
// A plain HOST:PORT listens on http, or on https when --tls-cert/--tls (generated) is given.
//
// Users are the organisation's ("users" in --org, OrganisationJson.h; built-in:
// DemoOrganisation.h). NTLM needs no set-up: the fake writes its own gss-ntlmssp user file
// (NtlmUserFile.h).
#include "FakeOrganisation.h"
#include "FakeServer.h"
#include "HttpServer.h"
#include "SelfSignedCertificate.h"
#include "SimulatedClock.h"
#include "auth/NtlmUserFile.h"
#include "http/CertificateFingerprint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    const ssize_t n = ::write(g_signalFds[0], &c, 1);
    (void)n;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "fake-exchange: %s\n", qPrintable(message));
    return 2;
}

void printLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-exchange"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "A protocol-level Exchange server (remote PowerShell) for tests and the demo.\n\n"
        "Users are those of the organisation (\"users\" in the --org file; the built-in demo "
        "organisation has admin / Contoso!Admin1, helpdesk / Contoso!Help1 and auditor / "
        "Contoso!View1). They log on with Basic over https, with NTLM as DOMAIN\\user (e.g. "
        "CONTOSO\\admin, the domain in any case), user@domain (admin@contoso.com) or user "
        "- no set-up needed, the fake writes its own gss-ntlmssp user file for its own process "
        "- and with Kerberos as user@REALM when --keytab holds the HTTP/<host> key of a KDC "
        "that knows them."));
    cli.addHelpOption();
    const QCommandLineOption listenOpt(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on: [http://|https://]HOST:PORT (port 0 = any)."),
        QStringLiteral("address"));
    const QCommandLineOption certOpt(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate for https."),
                                     QStringLiteral("file"));
    const QCommandLineOption keyOpt(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key for https."),
                                    QStringLiteral("file"));
    const QCommandLineOption tlsOpt(
        QStringLiteral("tls"),
        QStringLiteral("Serve https with a generated self-signed certificate."));
    const QCommandLineOption orgOpt(
        QStringLiteral("org"),
        QStringLiteral("Organisation fixture (JSON); default: the built-in demo organisation."),
        QStringLiteral("file"));
    const QCommandLineOption stateOpt(
        QStringLiteral("state"),
        QStringLiteral("State file: loaded when present, rewritten atomically after every change."),
        QStringLiteral("file"));
    const QCommandLineOption authOpt(
        QStringLiteral("auth"),
        QStringLiteral("Enabled methods, comma-separated: basic,negotiate,ntlm (default: all)."),
        QStringLiteral("list"));
    const QCommandLineOption keytabOpt(QStringLiteral("keytab"),
                                       QStringLiteral("Kerberos service keytab (HTTP/<host>)."),
                                       QStringLiteral("file"));
    const QCommandLineOption latencyOpt(QStringLiteral("latency-ms"),
                                        QStringLiteral("Added latency per request."),
                                        QStringLiteral("ms"));
    const QCommandLineOption faultOpt(
        QStringLiteral("fault"),
        QStringLiteral("Fault to inject (repeatable): latency:MS[@N], drop@N, http500@N, "
                       "http503@N, wsman@N, auth401@N, slow-receive:MS, cmdlet-error:NAME[#N], "
                       "cmdlet-slow:NAME:MS[#N] (#N: the N-th call of that cmdlet), "
                       "ignore-stop."),
        QStringLiteral("spec"));
    const QCommandLineOption statsOpt(
        QStringLiteral("stats-file"),
        QStringLiteral("Write the request/byte counters as JSON here on exit."),
        QStringLiteral("file"));
    const QCommandLineOption requestLogOpt(
        QStringLiteral("request-log"),
        QStringLiteral("Append one JSON line per request here: its index (as --fault counts), "
                       "connection, WS-Man action, CommandId, a Command's cmdlets, the fault."),
        QStringLiteral("file"));
    const QCommandLineOption clockOpt(
        QStringLiteral("clock"),
        QStringLiteral("Simulated time at start, ISO 8601 UTC (e.g. 2026-11-30T08:00:00Z); "
                       "default: now. Mail flow, tracking times and WhenChanged use it "
                       "(tests/fake-exchange/MAILFLOW.md)."),
        QStringLiteral("time"));
    const QCommandLineOption timeScaleOpt(
        QStringLiteral("time-scale"),
        QStringLiteral("Simulated seconds per real second (default 1; 0 freezes the clock)."),
        QStringLiteral("factor"));
    cli.addOptions({listenOpt, certOpt, keyOpt, tlsOpt, orgOpt, stateOpt, authOpt, keytabOpt,
                    latencyOpt, faultOpt, statsOpt, requestLogOpt, clockOpt, timeScaleOpt});
    cli.process(app);

    if (!cli.isSet(listenOpt))
        return fail(QStringLiteral("--listen HOST:PORT is required"));
    QString listen = cli.value(listenOpt);
    bool https = cli.isSet(certOpt) || cli.isSet(tlsOpt);
    if (listen.startsWith(QLatin1String("https://"))) {
        https = true;
        listen = listen.mid(8);
    } else if (listen.startsWith(QLatin1String("http://"))) {
        if (https)
            return fail(QStringLiteral("--listen http://... contradicts --tls/--tls-cert"));
        listen = listen.mid(7);
    }
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon < 0 ? -1 : listen.mid(colon + 1).toInt(&portOk);
    QString host = colon < 0 ? QString() : listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return fail(QStringLiteral("bad --listen '%1' (expected e.g. 127.0.0.1:0)")
                        .arg(cli.value(listenOpt)));
    if (cli.isSet(certOpt) != cli.isSet(keyOpt))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));

    fake::FakeServer::Options options;
    if (cli.isSet(authOpt)) {
        options.auth.clear();
        const QStringList methods = cli.value(authOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &m : methods) {
            const QString name = m.trimmed().toLower();
            if (name != QLatin1String("basic") && name != QLatin1String("negotiate")
                && name != QLatin1String("ntlm") && name != QLatin1String("kerberos"))
                return fail(
                    QStringLiteral("unknown --auth method '%1' (basic, negotiate, ntlm)").arg(m));
            options.auth.insert(name == QLatin1String("kerberos") ? QStringLiteral("negotiate")
                                                                  : name);
        }
    }
    options.keytab = cli.value(keytabOpt);
    options.requestLog = cli.value(requestLogOpt);
    if (cli.isSet(latencyOpt)) {
        bool ok = false;
        const int ms = cli.value(latencyOpt).toInt(&ok);
        QString error;
        if (!ok || ms < 0 || !options.faults.add(QStringLiteral("latency:%1").arg(ms), &error))
            return fail(QStringLiteral("bad --latency-ms '%1'").arg(cli.value(latencyOpt)));
    }
    const QStringList faultSpecs = cli.values(faultOpt);
    for (const QString &spec : faultSpecs) {
        QString error;
        if (!options.faults.add(spec, &error))
            return fail(error);
    }

    QDateTime clockStart = QDateTime::currentDateTimeUtc();
    if (cli.isSet(clockOpt)) {
        clockStart = fake::SimulatedClock::parseStart(cli.value(clockOpt));
        if (!clockStart.isValid())
            return fail(QStringLiteral("bad --clock '%1' (expected e.g. 2026-11-30T08:00:00Z)")
                            .arg(cli.value(clockOpt)));
    }
    double timeScale = 1.0;
    if (cli.isSet(timeScaleOpt)) {
        bool ok = false;
        timeScale = cli.value(timeScaleOpt).toDouble(&ok);
        if (!ok || timeScale < 0 || timeScale > 1e6)
            return fail(QStringLiteral("bad --time-scale '%1' (a number from 0 to 1000000)")
                            .arg(cli.value(timeScaleOpt)));
    }

    auto org = fake::FakeOrganisation::load(cli.value(orgOpt));
    if (!org)
        return fail(
            QStringLiteral("cannot load the organisation: %1").arg(org.error().toLogString()));
    std::unique_ptr<fake::FakeOrganisation> organisation = std::move(org).value();
    organisation->setClock(fake::SimulatedClock(clockStart, timeScale));
    if (cli.isSet(stateOpt)) {
        const remoting::Status st = organisation->setStatePath(cli.value(stateOpt));
        if (!st)
            return fail(
                QStringLiteral("cannot use the state file: %1").arg(st.error().toLogString()));
    }

    // NTLM logons are checked by gss-ntlmssp against NTLM_USER_FILE: give it this
    // organisation's users (this process only; removed on exit).
    std::unique_ptr<fake::auth::NtlmUserFile> ntlmUsers;
    if (options.auth.contains(QStringLiteral("ntlm"))) {
        QList<fake::auth::NtlmUserFile::Account> accounts;
        for (const fake::UserAccount &u : organisation->model().users)
            accounts.append({u.name, u.password, u.userPrincipalName});
        auto file = fake::auth::NtlmUserFile::create(organisation->model().netbiosDomain,
                                                     organisation->model().adDomain, accounts);
        if (!file)
            return fail(file.error().message);
        ntlmUsers = std::move(file).value();
    }

    fake::HttpServer http;
    QTemporaryDir certDir;
    QString fingerprintLine;
    if (https) {
        fake::SelfSignedCertificate cert;
        QString error;
        if (cli.isSet(certOpt)) {
            if (!fake::SelfSignedCertificate::load(cli.value(certOpt), cli.value(keyOpt), &cert,
                                                   &error))
                return fail(error);
        } else {
            if (!certDir.isValid()
                || !fake::SelfSignedCertificate::generate(certDir.path(), &cert, &error))
                return fail(QStringLiteral("cannot generate a certificate: %1").arg(error));
            fingerprintLine = remoting::http::formatFingerprint(
                remoting::http::sha256Fingerprint(cert.certificate));
        }
        http.setTls(cert.certificate, cert.key);
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return fail(QStringLiteral("socketpair failed"));
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        const ssize_t n = ::read(g_signalFds[1], &c, 1);
        (void)n;
        notifier.setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    fake::FakeServer server(organisation.get(), &http, options);
    if (!http.listen(address, quint16(port)))
        return fail(QStringLiteral("cannot listen on %1: %2")
                        .arg(cli.value(listenOpt), http.errorString()));

    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? QStringLiteral("[%1]").arg(address.toString())
                                  : address.toString();
    printLine(QStringLiteral("%1://%2:%3/PowerShell")
                  .arg(https ? QStringLiteral("https") : QStringLiteral("http"), shownHost)
                  .arg(http.serverPort()));
    if (!fingerprintLine.isEmpty())
        printLine(fingerprintLine);
    if (!options.faults.faults.isEmpty())
        std::fprintf(stderr, "fake-exchange: faults %s\n",
                     qPrintable(options.faults.describe().join(QLatin1Char(' '))));

    const int rc = app.exec();

    const QJsonObject stats = server.stats();
    const QByteArray json = QJsonDocument(stats).toJson(QJsonDocument::Compact);
    std::fprintf(stderr, "fake-exchange: stats %s\n", json.constData());
    if (cli.isSet(statsOpt)) {
        QSaveFile f(cli.value(statsOpt));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(stats).toJson()) < 0
            || !f.commit())
            std::fprintf(stderr, "fake-exchange: cannot write %s\n",
                         qPrintable(cli.value(statsOpt)));
    }
    http.close();
    return rc;
}

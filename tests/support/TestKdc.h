#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace testsupport {

// A real MIT KDC (krb5kdc) for one test process: database, stash, kdc.conf and krb5.conf
// in a temporary directory, listening on 127.0.0.1:<free port> (UDP and TCP; clients are
// told to use TCP). Principals need pre-authentication, like Active Directory.
//
// Host names: krb5.conf sets dns_canonicalize_hostname = false, rdns = false and
// qualify_shortname = "" so "HTTP@localhost" stays HTTP/localhost@REALM; localhost and
// *.test map to the realm. Service keytabs: keytabFor("HTTP/localhost").
//
// The destructor stops the KDC and restores the environment it changed.
class TestKdc
{
public:
    static std::unique_ptr<TestKdc> start(QString *error);
    // The usual fixture of the tests that sign in to the fake with Kerberos over http: a
    // started KDC that knows `user` with `password` and has the fake's service key
    // (HTTP/localhost, keytabPath()), its environment applied (inherited by the fake and the
    // CLI the test starts). Null (and *error) on failure.
    static std::unique_ptr<TestKdc> startForHttpService(const QString &user,
                                                        const QString &password, QString *error);
    ~TestKdc();

    QString realm() const { return m_realm; }
    int port() const { return m_port; }
    QString directory() const { return m_dir.path(); }
    QString krb5ConfPath() const;
    QString kdcConfPath() const;
    QString ccachePath() const;                         // FILE ccache used after applyEnvironment()
    QString keytabPath() const { return m_lastKeytab; } // the last keytabFor()

    // User principal "name@REALM" (name may already carry the realm).
    bool addPrincipal(const QString &name, const QString &password);
    // Service principal with a random key, exported to <dir>/<service>.keytab (path returned,
    // empty on failure). The last one is what KRB5_KTNAME points to after applyEnvironment().
    QString keytabFor(const QString &service);
    // KRB5_CONFIG, KRB5_KDC_PROFILE, KRB5CCNAME (temp ccache), KRB5_KTNAME (last keytab),
    // KRB5_TRACE unset. Call before the first GSSAPI call of the test.
    void applyEnvironment() const;
    // kinit with the password on stdin into ccachePath(); false (and *error) on failure.
    bool kinit(const QString &user, const QString &password, QString *error = nullptr);
    void kdestroy();
    // Stops krb5kdc (to test "KDC unreachable"); the configuration stays.
    void stop();
    // How many requests of `kind` ("AS_REQ", "TGS_REQ") the KDC has logged so far with
    // `outcome` ("ISSUE", "NEEDED_PREAUTH", "PREAUTH_FAILED"...) for the client principal
    // `client` ("alice@REALM"; empty: any): what a client really asked the KDC for.
    int loggedRequests(const QString &kind, const QString &outcome,
                       const QString &client = {}) const;

    // Runs kadmin.local -q <query>; returns its exit code == 0.
    bool kadmin(const QString &query, QString *output = nullptr);

private:
    TestKdc();
    bool run(const QString &program, const QStringList &args, const QByteArray &stdinData,
             QString *output);
    void setEnv(const char *name, const QByteArray &value) const;

    QTemporaryDir m_dir;
    QString m_realm = QStringLiteral("SECURESTORE.TEST");
    int m_port = 0;
    QString m_lastKeytab;
    QProcess m_kdc;
    mutable QList<QPair<QByteArray, std::optional<QByteArray>>> m_savedEnv;
};

} // namespace testsupport

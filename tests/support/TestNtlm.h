#pragma once

#include <QPair>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace testsupport {

// gss-ntlmssp user database for one test process: a file of "DOMAIN:user:password"
// lines in a temporary directory, exported as NTLM_USER_FILE (the acceptor checks
// NTLM responses against it). The destructor restores the environment.
class TestNtlm
{
public:
    static std::unique_ptr<TestNtlm> create(QString *error);
    ~TestNtlm();

    bool addUser(const QString &domain, const QString &user, const QString &password);
    QString userFilePath() const;
    void applyEnvironment();

private:
    TestNtlm() = default;
    QTemporaryDir m_dir;
    QStringList m_lines;
    bool m_applied = false;
    std::optional<QByteArray> m_previous;
};

} // namespace testsupport

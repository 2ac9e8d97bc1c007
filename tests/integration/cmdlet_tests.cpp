// Every cmdlet the fake Exchange emulates, success and error paths, end to end through the
// real client (RemoteSession over HTTPS + Basic) — the same wire path the engine uses.
#include "FakeExchangeProcess.h"
#include "SessionTestUtil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remoting;
using testsupport::FakeExchangeProcess;

namespace {

Command cmd(const QString &name, std::initializer_list<std::pair<QString, PsValue>> params = {})
{
    Command c(name);
    for (const auto &p : params)
        c.add(p.first, p.second);
    return c;
}
PsValue s(const QString &v)
{
    return PsValue::string(v);
}
PsValue b(bool v)
{
    return PsValue::boolean(v);
}

class CmdletEndToEnd : public ::testing::Test
{
protected:
    void SetUp() override
    {
        FakeExchangeProcess::Options o;
        o.state = m_dir.filePath(QStringLiteral("state.json"));
        m_fake = std::make_unique<FakeExchangeProcess>(o);
        ASSERT_TRUE(m_fake->start()) << m_fake->errorString().toStdString();
        const auto error
            = testsupport::openSession(m_session, testsupport::basicSessionOptions(*m_fake));
        ASSERT_FALSE(error) << error->toLogString().toStdString();
    }

    // Runs one statement; returns its single output object's property (or empty).
    InvocationResult ok(const Command &c)
    {
        const auto r = testsupport::run(m_session, {c});
        EXPECT_TRUE(r.succeeded() && r.errors.isEmpty())
            << c.name.toStdString() << ": " << testsupport::describe(r).toStdString();
        return r;
    }
    // Runs one statement that must fail with a message starting with `prefix`.
    void fails(const Command &c, const QString &prefix)
    {
        const auto r = testsupport::run(m_session, {c});
        QString message;
        if (r.failure)
            message = r.failure->message;
        else if (!r.errors.isEmpty())
            message = r.errors.first().message;
        EXPECT_TRUE(message.startsWith(prefix))
            << c.name.toStdString() << ": got \"" << message.toStdString() << "\", want \""
            << prefix.toStdString() << "…\"";
    }
    static QString prop(const InvocationResult &r, const QString &name, int index = 0)
    {
        return r.output.value(index).property(name).toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeExchangeProcess> m_fake;
    RemoteSession m_session;
};

const QString kNotFound
    = QStringLiteral("The operation couldn't be performed because '%1' couldn't be found.");

} // namespace

TEST_F(CmdletEndToEnd, DirectoryAndServerCmdlets)
{
    auto r = ok(cmd(QStringLiteral("Get-ExchangeServer")));
    EXPECT_EQ(prop(r, QStringLiteral("Name")), QStringLiteral("EX01"));
    fails(cmd(QStringLiteral("Get-ExchangeServer"),
              {{QStringLiteral("Identity"), s(QStringLiteral("EX99"))}}),
          kNotFound.arg(QStringLiteral("EX99")));

    r = ok(cmd(QStringLiteral("Get-OrganizationConfig")));
    EXPECT_EQ(r.output.size(), 1);

    r = ok(cmd(QStringLiteral("Get-AcceptedDomain")));
    QStringList domains;
    for (const PsValue &v : r.output)
        domains << v.property(QStringLiteral("DomainName")).toString();
    EXPECT_TRUE(domains.contains(QStringLiteral("contoso.com")));

    r = ok(cmd(QStringLiteral("Get-Recipient"),
               {{QStringLiteral("Identity"), s(QStringLiteral("journal-ndr@contoso.com"))}}));
    EXPECT_EQ(prop(r, QStringLiteral("RecipientTypeDetails")), QStringLiteral("SharedMailbox"));
    fails(cmd(QStringLiteral("Get-Recipient"),
              {{QStringLiteral("Identity"), s(QStringLiteral("nobody@contoso.com"))}}),
          kNotFound.arg(QStringLiteral("nobody@contoso.com")));

    r = ok(cmd(QStringLiteral("Get-Mailbox"),
               {{QStringLiteral("Identity"), s(QStringLiteral("administrator@contoso.com"))}}));
    EXPECT_EQ(prop(r, QStringLiteral("RecipientTypeDetails")), QStringLiteral("UserMailbox"));
    fails(cmd(QStringLiteral("Get-Mailbox"),
              {{QStringLiteral("Identity"), s(QStringLiteral("it-team@contoso.com"))}}),
          kNotFound.arg(QStringLiteral("it-team@contoso.com")));

    r = ok(cmd(QStringLiteral("Get-TransportService")));
    EXPECT_EQ(prop(r, QStringLiteral("Name")), QStringLiteral("EX01"));

    r = ok(cmd(QStringLiteral("Get-Command"),
               {{QStringLiteral("Name"), s(QStringLiteral("New-JournalRule"))}}));
    EXPECT_EQ(prop(r, QStringLiteral("Name")), QStringLiteral("New-JournalRule"));
    fails(cmd(QStringLiteral("Get-Command"),
              {{QStringLiteral("Name"), s(QStringLiteral("New-Nothing"))}}),
          QStringLiteral("The term 'New-Nothing' is not recognized"));

    fails(cmd(QStringLiteral("Get-ExchangeServer"),
              {{QStringLiteral("Bogus"), s(QStringLiteral("x"))}}),
          QStringLiteral("A parameter cannot be found that matches parameter name 'Bogus'."));
}

TEST_F(CmdletEndToEnd, TransportConfig)
{
    auto r = ok(cmd(QStringLiteral("Get-TransportConfig")));
    EXPECT_EQ(prop(r, QStringLiteral("JournalingReportNdrTo")), QStringLiteral("<>"));
    fails(cmd(QStringLiteral("Set-TransportConfig"),
              {{QStringLiteral("JournalingReportNdrTo"), s(QStringLiteral("not an address"))}}),
          QStringLiteral(
              "Cannot process argument transformation on parameter 'JournalingReportNdrTo'."));
    ok(cmd(
        QStringLiteral("Set-TransportConfig"),
        {{QStringLiteral("JournalingReportNdrTo"), s(QStringLiteral("journal-ndr@contoso.com"))}}));
    r = ok(cmd(QStringLiteral("Get-TransportConfig")));
    EXPECT_EQ(prop(r, QStringLiteral("JournalingReportNdrTo")).toLower(),
              QStringLiteral("journal-ndr@contoso.com"));
    ok(cmd(QStringLiteral("Set-TransportConfig"),
           {{QStringLiteral("JournalingReportNdrTo"), s(QStringLiteral("<>"))}}));
    r = ok(cmd(QStringLiteral("Get-TransportConfig")));
    EXPECT_EQ(prop(r, QStringLiteral("JournalingReportNdrTo")), QStringLiteral("<>"));
}

TEST_F(CmdletEndToEnd, JournalRules)
{
    const QString longName(65, QLatin1Char('n'));
    fails(cmd(QStringLiteral("New-JournalRule"),
              {{QStringLiteral("Name"), s(longName)},
               {QStringLiteral("JournalEmailAddress"), s(QStringLiteral("a@archive.example"))}}),
          QStringLiteral("The length of the property is too long. The maximum length is 64 and the "
                         "length of the value provided is 65."));

    // New-JournalRule defaults to disabled.
    auto r
        = ok(cmd(QStringLiteral("New-JournalRule"),
                 {{QStringLiteral("Name"), s(QStringLiteral("R1"))},
                  {QStringLiteral("JournalEmailAddress"), s(QStringLiteral("a@archive.example"))},
                  {QStringLiteral("Scope"), s(QStringLiteral("Internal"))}}));
    EXPECT_EQ(prop(r, QStringLiteral("Enabled")), QStringLiteral("False"));
    EXPECT_EQ(prop(r, QStringLiteral("Scope")), QStringLiteral("Internal"));
    fails(cmd(QStringLiteral("New-JournalRule"),
              {{QStringLiteral("Name"), s(QStringLiteral("r1"))},
               {QStringLiteral("JournalEmailAddress"), s(QStringLiteral("b@archive.example"))}}),
          QStringLiteral("A journal rule with that name already exists."));
    fails(cmd(QStringLiteral("New-JournalRule"),
              {{QStringLiteral("Name"), s(QStringLiteral("R2"))},
               {QStringLiteral("JournalEmailAddress"), s(QStringLiteral("nobody"))}}),
          QStringLiteral("No recipient matched the specified parameter value."));

    ok(cmd(QStringLiteral("Enable-JournalRule"),
           {{QStringLiteral("Identity"), s(QStringLiteral("R1"))}}));
    r = ok(cmd(QStringLiteral("Get-JournalRule"),
               {{QStringLiteral("Identity"), s(QStringLiteral("R1"))}}));
    EXPECT_EQ(prop(r, QStringLiteral("Enabled")), QStringLiteral("True"));
    ok(cmd(QStringLiteral("Disable-JournalRule"),
           {{QStringLiteral("Identity"), s(QStringLiteral("R1"))},
            {QStringLiteral("Confirm"), b(false)}}));
    r = ok(cmd(QStringLiteral("Get-JournalRule"),
               {{QStringLiteral("Identity"), s(QStringLiteral("R1"))}}));
    EXPECT_EQ(prop(r, QStringLiteral("Enabled")), QStringLiteral("False"));

    ok(cmd(QStringLiteral("Set-JournalRule"),
           {{QStringLiteral("Identity"), s(QStringLiteral("R1"))},
            {QStringLiteral("Scope"), s(QStringLiteral("Global"))}}));
    r = ok(cmd(QStringLiteral("Get-JournalRule"),
               {{QStringLiteral("Identity"), s(QStringLiteral("R1"))}}));
    EXPECT_EQ(prop(r, QStringLiteral("Scope")), QStringLiteral("Global"));
    fails(cmd(QStringLiteral("Set-JournalRule"),
              {{QStringLiteral("Identity"), s(QStringLiteral("R1"))},
               {QStringLiteral("Enabled"), b(true)}}),
          QStringLiteral("A parameter cannot be found that matches parameter name 'Enabled'."));

    ok(cmd(QStringLiteral("Remove-JournalRule"),
           {{QStringLiteral("Identity"), s(QStringLiteral("R1"))},
            {QStringLiteral("Confirm"), b(false)}}));
    fails(cmd(QStringLiteral("Get-JournalRule"),
              {{QStringLiteral("Identity"), s(QStringLiteral("R1"))}}),
          kNotFound.arg(QStringLiteral("R1")));
    fails(cmd(QStringLiteral("Remove-JournalRule"),
              {{QStringLiteral("Identity"), s(QStringLiteral("R1"))},
               {QStringLiteral("Confirm"), b(false)}}),
          kNotFound.arg(QStringLiteral("R1")));
}

TEST_F(CmdletEndToEnd, RemoteDomains)
{
    auto r = ok(cmd(QStringLiteral("Get-RemoteDomain")));
    ASSERT_GE(r.output.size(), 1);
    EXPECT_EQ(prop(r, QStringLiteral("DomainName")), QStringLiteral("*"));

    ok(cmd(QStringLiteral("New-RemoteDomain"),
           {{QStringLiteral("Name"), s(QStringLiteral("Archive"))},
            {QStringLiteral("DomainName"), s(QStringLiteral("archive.example"))}}));
    fails(cmd(QStringLiteral("New-RemoteDomain"),
              {{QStringLiteral("Name"), s(QStringLiteral("Other"))},
               {QStringLiteral("DomainName"), s(QStringLiteral("archive.example"))}}),
          QStringLiteral("The remote domain archive.example already exists."));
    fails(cmd(QStringLiteral("New-RemoteDomain"),
              {{QStringLiteral("Name"), s(QStringLiteral("Archive"))},
               {QStringLiteral("DomainName"), s(QStringLiteral("other.example"))}}),
          QStringLiteral("Active Directory operation failed on"));
    fails(cmd(QStringLiteral("New-RemoteDomain"),
              {{QStringLiteral("Name"), s(QStringLiteral("Bad"))},
               {QStringLiteral("DomainName"), s(QStringLiteral("not a domain"))}}),
          QStringLiteral("Cannot process argument transformation on parameter 'DomainName'."));

    ok(cmd(QStringLiteral("Set-RemoteDomain"),
           {{QStringLiteral("Identity"), s(QStringLiteral("Archive"))},
            {QStringLiteral("AllowedOOFType"), s(QStringLiteral("None"))},
            {QStringLiteral("TNEFEnabled"), b(false)}}));
    r = ok(cmd(QStringLiteral("Get-RemoteDomain"),
               {{QStringLiteral("Identity"), s(QStringLiteral("Archive"))}}));
    EXPECT_EQ(prop(r, QStringLiteral("AllowedOOFType")), QStringLiteral("None"));
    EXPECT_EQ(prop(r, QStringLiteral("TNEFEnabled")), QStringLiteral("False"));
    fails(cmd(QStringLiteral("Set-RemoteDomain"),
              {{QStringLiteral("Identity"), s(QStringLiteral("Archive"))},
               {QStringLiteral("AllowedOOFType"), s(QStringLiteral("Sometimes"))}}),
          QStringLiteral("Cannot"));

    ok(cmd(QStringLiteral("Remove-RemoteDomain"),
           {{QStringLiteral("Identity"), s(QStringLiteral("Archive"))},
            {QStringLiteral("Confirm"), b(false)}}));
    fails(cmd(QStringLiteral("Get-RemoteDomain"),
              {{QStringLiteral("Identity"), s(QStringLiteral("Archive"))}}),
          kNotFound.arg(QStringLiteral("Archive")));
}

TEST_F(CmdletEndToEnd, SendConnectors)
{
    EXPECT_TRUE(ok(cmd(QStringLiteral("Get-SendConnector"))).output.isEmpty());
    Command noHost = cmd(QStringLiteral("New-SendConnector"),
                         {{QStringLiteral("Name"), s(QStringLiteral("C1"))},
                          {QStringLiteral("Usage"), s(QStringLiteral("Custom"))},
                          {QStringLiteral("DNSRoutingEnabled"), b(false)}});
    noHost.add(QStringLiteral("AddressSpaces"),
               QStringList{QStringLiteral("SMTP:archive.example;1")});
    fails(noHost,
          QStringLiteral("You must specify a smart host if you are not using DNS to route mails."));

    Command badHost = noHost;
    badHost.add(QStringLiteral("SmartHosts"), QStringList{QStringLiteral("bad host!")});
    fails(badHost,
          QStringLiteral("Cannot process argument transformation on parameter 'SmartHosts'."));

    Command good = noHost;
    good.add(QStringLiteral("SmartHosts"), QStringList{QStringLiteral("smtp.archive.example")});
    good.add(QStringLiteral("SourceTransportServers"), QStringList{QStringLiteral("EX01")});
    auto r = ok(good);
    EXPECT_EQ(prop(r, QStringLiteral("DNSRoutingEnabled")), QStringLiteral("False"));
    EXPECT_TRUE(r.output.value(0)
                    .property(QStringLiteral("AddressSpaces"))
                    .toStringList()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("archive.example")));
    fails(good, QStringLiteral("Active Directory operation failed on"));

    ok(cmd(QStringLiteral("Set-SendConnector"),
           {{QStringLiteral("Identity"), s(QStringLiteral("C1"))},
            {QStringLiteral("RequireTLS"), b(true)}}));
    r = ok(cmd(QStringLiteral("Get-SendConnector"),
               {{QStringLiteral("Identity"), s(QStringLiteral("C1"))}}));
    EXPECT_EQ(prop(r, QStringLiteral("RequireTLS")), QStringLiteral("True"));
    ok(cmd(QStringLiteral("Remove-SendConnector"),
           {{QStringLiteral("Identity"), s(QStringLiteral("C1"))},
            {QStringLiteral("Confirm"), b(false)}}));
    fails(cmd(QStringLiteral("Get-SendConnector"),
              {{QStringLiteral("Identity"), s(QStringLiteral("C1"))}}),
          kNotFound.arg(QStringLiteral("C1")));
}

// Fixture loading (format and error messages) and the state file.
#include "OrgTestSupport.h"

#include "DemoOrganisation.h"
#include "OrganisationJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fake;
using namespace fake::test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

QString loadError(const QByteArray &json)
{
    auto r = OrganisationJson::parse(json, "org.json");
    return r.ok() ? QString() : r.error().message;
}

} // namespace

TEST(FakeOrgFixture, MinimalFixtureGetsDefaults)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "org.json", R"j({
        "servers": [ { "name": "MAIL1", "version": "Version 15.2 (Build 1118.7)" } ],
        "acceptedDomains": [ { "domainName": "fabrikam.com", "default": true } ],
        "recipients": [ { "primarySmtpAddress": "ndr@fabrikam.com", "type": "SharedMailbox" } ],
        "users": [ { "name": "ops", "password": "pw", "roles": ["journaling", "View-Only Configuration"] } ]
    })j");
    auto org = FakeOrganisation::load(path);
    ASSERT_TRUE(org.ok()) << org.error().message.toStdString();
    EXPECT_EQ((*org)->serverName(), "MAIL1");
    EXPECT_EQ((*org)->exchangeVersion(), "Version 15.2 (Build 1118.7)");
    EXPECT_EQ((*org)->userRoles("ops"), (QStringList{"Journaling", "View-Only Configuration"}));
    const CmdletOutcome rd = (*org)->run("ops", cmd("Get-RemoteDomain"));
    ASSERT_EQ(rd.output.size(), 1); // built-in Default added
    EXPECT_EQ(str(rd.output[0], "DomainName"), "*");
    const CmdletOutcome r = (*org)->run("ops", cmd("Get-Recipient").add("Identity", "ndr"));
    ASSERT_EQ(r.output.size(), 1);
    EXPECT_EQ(str(r.output[0], "RecipientTypeDetails"), "SharedMailbox");
    const CmdletOutcome e = (*org)->run(
        "ops", cmd("New-JournalRule").add("Name", "x").add("JournalEmailAddress", "j@a.example"));
    ASSERT_TRUE(e.terminating.has_value() == false) << describe(e);
    EXPECT_TRUE(e.output.size() == 1);
}

TEST(FakeOrgFixture, LoadingErrorsAreClear)
{
    EXPECT_EQ(loadError("{ \"servers\": [ { \"name\": \"EX01\" } ],\n  \"users\": [ }"),
              "The organisation file org.json is not valid: object is missing after a comma (line "
              "2, column 15)");
    EXPECT_EQ(loadError("[]"),
              "The organisation file org.json is not valid: the top level must be a JSON object");
    EXPECT_EQ(loadError(R"j({ "servers": [ { "name": "EX01" } ], "recipents": [] })j"),
              "The organisation file org.json is not valid: unknown key \"recipents\" (expected "
              "one of: organization, "
              "servers, acceptedDomains, recipients, transportConfig, journalRules, remoteDomains, "
              "sendConnectors, users, mailFlow)");
    EXPECT_EQ(loadError(R"j({ "users": [] })j"),
              "The organisation file org.json is not valid: servers: at least one Exchange server "
              "is required");
    EXPECT_EQ(
        loadError(
            R"j({ "servers": [ { "name": "EX01" } ], "users": [ { "name": "a", "password": "p", "roles": ["Journalling"] } ] })j"),
        "The organisation file org.json is not valid: users[0]: unknown management role "
        "\"Journalling\" (known roles: "
        "Journaling, Message Tracking, Monitoring, Organization Transport Settings, Remote and "
        "Accepted Domains, Send Connectors, Transport Queues, View-Only Configuration, View-Only "
        "Recipients, Organization Management)");
    EXPECT_EQ(
        loadError(
            R"j({ "servers": [ { "name": "EX01" } ], "recipients": [ { "primarySmtpAddress": "a@b.com", "type": "Mailbox" } ] })j"),
        "The organisation file org.json is not valid: recipients[0]: \"type\" is \"Mailbox\"; "
        "expected one of: "
        "UserMailbox, SharedMailbox, RoomMailbox, EquipmentMailbox, MailContact, MailUser, "
        "MailUniversalDistributionGroup, MailUniversalSecurityGroup, DynamicDistributionGroup");
    EXPECT_EQ(
        loadError(
            R"j({ "servers": [ { "name": "EX01" } ], "recipients": [ { "type": "UserMailbox" } ] })j"),
        "The organisation file org.json is not valid: recipients[0]: \"primarySmtpAddress\" is "
        "required");
    EXPECT_EQ(
        loadError(
            R"j({ "servers": [ { "name": "EX01" } ], "journalRules": [ { "name": "a", "journalEmailAddress": "j@x.example", "enabled": "yes" } ] })j"),
        "The organisation file org.json is not valid: journalRules[0]: \"enabled\" must be true or "
        "false");
    EXPECT_EQ(
        loadError(R"j({ "servers": [ { "name": "EX01" }, { "name": "ex01" } ] })j"),
        "The organisation file org.json is not valid: servers[1]: duplicate server name \"ex01\"");

    auto missing = FakeOrganisation::load("/nonexistent/org.json");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.startsWith(
        "Cannot read the organisation file /nonexistent/org.json: "));
    EXPECT_EQ(missing.error().kind, remoting::Error::Kind::Usage);
}

TEST(FakeOrgFixture, SerializeRoundTripsTheDemo)
{
    auto demo = OrganisationJson::parse(DemoOrganisation::json(), "demo");
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    const QByteArray once = OrganisationJson::serialize(*demo);
    auto again = OrganisationJson::parse(once, "state");
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(OrganisationJson::serialize(*again), once);
}

TEST(FakeOrgState, WrittenAfterEveryChangeAndReloaded)
{
    QTemporaryDir dir;
    const QString state = dir.filePath("state.json");
    {
        auto org = demoOrg();
        ASSERT_TRUE(org->setStatePath(state).ok());
        ASSERT_TRUE(QFile::exists(state)); // initial state written
        const QByteArray before = [&] {
            QFile f(state);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        // Reads do not rewrite the file; changes do.
        org->run("admin", cmd("Get-JournalRule"));
        ASSERT_FALSE(org->run("admin", cmd("New-JournalRule")
                                           .add("Name", "Journaling to SecureStore Archive")
                                           .add("JournalEmailAddress", "j@archive.example")
                                           .add("Scope", "Internal")
                                           .add("Enabled", true))
                         .terminating);
        ASSERT_FALSE(org->run("admin", cmd("Set-TransportConfig")
                                           .add("JournalingReportNdrTo", "journal-ndr@contoso.com"))
                         .terminating);
        ASSERT_FALSE(org->run("admin", cmd("New-RemoteDomain")
                                           .add("Name", "SecureStore Archiving")
                                           .add("DomainName", "archive.example"))
                         .terminating);
        EXPECT_TRUE(org->lastSaveError().isEmpty());
        QFile f(state);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray after = f.readAll();
        EXPECT_NE(before, after);
        const QJsonObject root = QJsonDocument::fromJson(after).object();
        EXPECT_EQ(
            root.value("transportConfig").toObject().value("journalingReportNdrTo").toString(),
            "journal-ndr@contoso.com");
        // Atomic write: no temporary files are left next to the state file.
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                  QStringList{"state.json"});

        // A failed change writes nothing.
        const QDateTime stamp = QFileInfo(state).lastModified();
        EXPECT_TRUE(
            org->run(
                   "admin",
                   cmd("New-RemoteDomain").add("Name", "Dup").add("DomainName", "archive.example"))
                .terminating);
        EXPECT_EQ(QFileInfo(state).lastModified(), stamp);
    }
    // A new organisation started from a different fixture picks the state file up.
    auto reloaded = demoOrg();
    ASSERT_TRUE(reloaded->setStatePath(state).ok());
    const CmdletOutcome rules = reloaded->run("admin", cmd("Get-JournalRule"));
    ASSERT_EQ(rules.output.size(), 1);
    EXPECT_EQ(str(rules.output[0], "Name"), "Journaling to SecureStore Archive");
    EXPECT_EQ(str(rules.output[0], "Scope"), "Internal");
    EXPECT_EQ(str(rules.output[0], "Enabled"), "True");
    EXPECT_EQ(reloaded->model().transportConfig.journalingReportNdrTo, "journal-ndr@contoso.com");
    EXPECT_EQ(reloaded->model().remoteDomains.size(), 2);
    EXPECT_EQ(reloaded->model().journalRules[0].guid, reloaded->model().journalRules[0].guid);
    EXPECT_TRUE(reloaded->checkPassword("admin", "Contoso!Admin1"));
}

TEST(FakeOrgState, InvalidStateFileIsAnErrorAndChangesNothing)
{
    QTemporaryDir dir;
    const QString state = writeFile(dir, "state.json", "{ not json");
    auto org = demoOrg();
    const remoting::Status s = org->setStatePath(state);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.startsWith("The organisation file " + state + " is not valid: "));
    EXPECT_EQ(org->model().recipients.size(), 6);
    EXPECT_TRUE(org->statePath().isEmpty());

    const remoting::Status unwritable = org->setStatePath("/nonexistent-dir/state.json");
    EXPECT_FALSE(unwritable.ok());
}

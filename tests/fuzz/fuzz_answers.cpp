// Fuzz entry for the --answers file reader (app/cli/AnswersFile) and what the CLI does with
// a file it accepts: the journaling settings read from it, their offline validation, the plan
// against a small organisation and the PowerShell rendered from it. Checked: an accepted file
// holds only known keys, each of its type, and no password; its settings survive a write and
// read back; settings that fail the offline validation never give a plan that may run; a
// refusal is a usage error with a message.
#include "AnswersFile.h"
#include "JournalingSettings.h"
#include "Planner.h"
#include "ScriptRenderer.h"
#include "SettingsValidator.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace exchange;

namespace {

// contoso.com with one of everything the planner compares against: an NDR mailbox already
// set, a journal rule, remote domains and a connector for the archive's domain.
Organisation organisation()
{
    Organisation org;
    org.discovered = true;
    org.identity = {QStringLiteral("CN=Contoso,CN=Microsoft Exchange,CN=Services,"
                                   "CN=Configuration,DC=contoso,DC=com"),
                    QStringLiteral("2a4c7e5e-9d3b-4b8f-a1c2-3d4e5f607182")};
    org.serverName = QStringLiteral("EX01");
    org.exchangeVersion = QStringLiteral("Version 15.1 (Build 2507.6)");
    org.acceptedDomains
        = {{QStringLiteral("contoso.com"), QStringLiteral("Authoritative"), true},
           {QStringLiteral("*.corp.contoso.com"), QStringLiteral("InternalRelay"), false}};
    org.transportConfigKnown = true;
    org.journalingReportNdrTo = QStringLiteral("old-ndr@contoso.com");
    org.transportServers = {QStringLiteral("EX01"), QStringLiteral("EX02")};
    org.journalRules = {{QStringLiteral("Old archive"),
                         QStringLiteral("Old archive"),
                         QStringLiteral("5b1f7c9a-0c2e-4f7e-9a55-1d2c3b4a5968"),
                         QStringLiteral("old@archive.example"),
                         QStringLiteral("Global"),
                         {},
                         true}};
    org.remoteDomains
        = {{QStringLiteral("Default"),
            QStringLiteral("Default"),
            QStringLiteral("*"),
            QStringLiteral("External"),
            {}},
           {QStringLiteral("SecureStore Archiving"), QStringLiteral("SecureStore Archiving"),
            QStringLiteral("archive.securestore.example"), QStringLiteral("External"),
            QStringLiteral("True")}};
    SendConnector connector;
    connector.name = QStringLiteral("Outbound");
    connector.identity = connector.name;
    connector.addressSpaces = {QStringLiteral("SMTP:*;1")};
    connector.smartHosts = {QStringLiteral("relay.contoso.com")};
    connector.dnsRoutingEnabled = false;
    connector.sourceTransportServers = {QStringLiteral("EX01")};
    org.sendConnectors = {connector};
    Recipient ndr;
    ndr.query = QStringLiteral("journal-ndr@contoso.com");
    ndr.found = true;
    ndr.primarySmtpAddress = ndr.query;
    ndr.recipientType = QStringLiteral("UserMailbox");
    ndr.recipientTypeDetails = QStringLiteral("SharedMailbox");
    Recipient journal;
    journal.query = QStringLiteral("contoso.journal@archive.securestore.example");
    org.recipients = {ndr, journal};
    org.mailboxes = {ndr};
    org.availableCmdlets
        = {QStringLiteral("Get-TransportConfig"), QStringLiteral("Set-TransportConfig"),
           QStringLiteral("Get-JournalRule"),     QStringLiteral("New-JournalRule"),
           QStringLiteral("Enable-JournalRule"),  QStringLiteral("Get-RemoteDomain"),
           QStringLiteral("New-RemoteDomain"),    QStringLiteral("Set-RemoteDomain"),
           QStringLiteral("Get-SendConnector"),   QStringLiteral("New-SendConnector")};
    return org;
}

const Organisation &theOrganisation()
{
    static const Organisation org = organisation();
    return org;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = cli::AnswersFile::parse(text, QStringLiteral("answers.json"));
    if (!read.ok()) {
        if (read.error().kind != remoting::Error::Kind::Usage || read.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const QJsonObject &json = read.value();
    const QStringList known = cli::AnswersFile::knownKeys();
    const QJsonObject defaults = JournalingSettings().toJson();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())
            || it.key().compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            std::abort();
        const QJsonValue::Type expected
            = defaults.contains(it.key()) ? defaults.value(it.key()).type() : QJsonValue::String;
        if (it.value().type() != expected)
            std::abort();
        if (expected == QJsonValue::Array)
            for (const QJsonValue &element : it.value().toArray())
                if (!element.isString())
                    std::abort();
    }

    const JournalingSettings settings = JournalingSettings::fromJson(json);
    const QJsonObject written = settings.toJson();
    if (JournalingSettings::fromJson(written).toJson() != written)
        std::abort();
    // What the file gave is what the settings hold (the CLI's flags override them later).
    for (auto it = json.begin(); it != json.end(); ++it)
        if (written.contains(it.key()) && written.value(it.key()) != it.value())
            std::abort();

    const QList<ValidationIssue> offline = SettingsValidator::validate(settings, nullptr);
    const Plan plan = Planner::plan(settings, theOrganisation());
    if (!offline.isEmpty() && plan.isValid())
        std::abort(); // nothing may be sent while the settings are invalid
    (void)ScriptRenderer::plan(plan, QStringLiteral("EX01"));
    return 0;
}

#include "ReplayMain.h"

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<QByteArray> builtinSeeds()
{
    // Made by the product: the settings' own JSON, as an answers file holds it.
    JournalingSettings full;
    full.journalAddress = QStringLiteral("contoso.journal@archive.securestore.example");
    full.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    full.connectorEnabled = true;
    full.smartHost = QStringLiteral("smtp.securestore.example");
    full.sourceServers = {QStringLiteral("EX01"), QStringLiteral("EX02")};
    full.requireTls = true;
    full.replaceExistingNdr = true;
    QJsonObject withConnection = full.toJson();
    withConnection.insert(QStringLiteral("server"), QStringLiteral("https://ex01/PowerShell"));
    withConnection.insert(QStringLiteral("user"), QStringLiteral("CONTOSO\\admin"));
    withConnection.insert(QStringLiteral("auth"), QStringLiteral("ntlm"));
    JournalingSettings minimal;
    minimal.journalAddress = QStringLiteral("a@archive.example");
    minimal.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    minimal.remoteDomainEnabled = false;
    JournalingSettings odd = full;
    odd.ruleName = QStringLiteral("Rule 'quoted'; $(x) `n \u00e9\u4e2d");
    odd.remoteDomainName = QStringLiteral("  ");
    odd.smartHost = QStringLiteral("2001:db8::25");

    QList<QByteArray> seeds = {
        QJsonDocument(withConnection).toJson(QJsonDocument::Indented),
        compact(full.toJson()),
        compact(minimal.toJson()),
        compact(odd.toJson()),
        compact(JournalingSettings().toJson()),
    };
    // Hostile and mistaken files (issue 12 item 8 and what a scanner of raw text trips on).
    for (const char *s : {
             "{\"journalAdress\": \"a@archive.example\"}",
             "{\"remoteDomain\": \"false\"}",
             "{\"journalAddress\": 123}",
             "{\"ruleName\": \"a\", \"ruleName\": \"b\"}",
             "{\"rule\\u004eame\": \"a\", \"ruleName\": \"b\"}",
             "[{\"journalAddress\": \"a@b.c\"}]",
             "{\"password\": \"secret\"}",
             "{\"PassWord\": \"x\"}",
             "{\"sourceServers\": [\"EX01\", 2, null]}",
             "{\"sourceServers\": \"EX01\"}",
             "{\"auth\": \"digest\"}",
             "{\"a\\\"b\": 1, \"c\": \"d\\\\\"}",
             "{\"ruleName\": \"{[\\\"}]\", \"ruleName\": \"x\"}",
             "{\"ruleName\": \"\\",
             "\xef\xbb\xbf{\"ruleName\": \"bom\"}",
             "{\r\n\"ruleName\": \"crlf\",\r\n\"ruleName\": \"again\"\r\n}",
             "{\"journalAddress\": \"\\u0000@\\u202e.com\"}",
             "{\"requireTls\": 1e999}",
             "{\"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
             "   ",
             "null",
             "\"just a string\"",
         })
        seeds.append(QByteArray(s));
    QByteArray deep(3000, '[');
    seeds.append("{\"x\": " + deep + QByteArray(3000, ']') + "}");
    seeds.append("{\"ruleName\": \"" + QByteArray(5000, 'r') + "\"}");
    return seeds;
}

} // namespace

SECURESTORE_FUZZ_SEEDS("fuzz_answers", builtinSeeds)

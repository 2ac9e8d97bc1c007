// Fuzz entry for the change-journal reader (app/exchange/ChangeJournal) and what undo derives
// from a journal before it touches anything: each entry's undo commands and read-back
// (StepTable), the values the read-back must show (ReadBack::normalised) and the PowerShell
// they render to. Checked: a journal read once survives a write and read back unchanged; an
// entry whose step or operation this version does not know is never undone automatically
// (no commands), so an edited or newer journal cannot make undo act on another kind of
// object; a refusal is a usage error with a message.
#include "ChangeJournal.h"
#include "Planner.h"
#include "ReadBack.h"
#include "ScriptRenderer.h"
#include "StepTable.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace exchange;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = ChangeJournal::parse(text, QStringLiteral("journal.json"));
    if (!read.ok()) {
        if (read.error().kind != remoting::Error::Kind::Usage || read.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const ChangeJournal &journal = read.value();
    const QJsonObject written = journal.toJson();
    if (ChangeJournal::fromJson(written).toJson() != written)
        std::abort();

    const OrganisationIdentity contoso{QStringLiteral("CN=Contoso,CN=Microsoft Exchange,"
                                                      "CN=Services,CN=Configuration,DC=contoso,"
                                                      "DC=com"),
                                       QStringLiteral("2a4c7e5e-9d3b-4b8f-a1c2-3d4e5f607182")};
    (void)journal.organisation().sameAs(contoso);
    (void)journal.organisation().display();

    const QJsonArray rawEntries
        = QJsonDocument::fromJson(text).object().value(QLatin1String("entries")).toArray();
    for (int i = 0; i < journal.entries().size(); ++i) {
        const JournalEntry &e = journal.entries().at(i);
        const QJsonObject raw = rawEntries.at(i).toObject();
        bool stepKnown = false;
        (void)StepTable::fromName(raw.value(QLatin1String("step")).toString(), &stepKnown);
        const QString operation = raw.value(QLatin1String("operation")).toString();
        const bool operationKnown
            = !operation.isEmpty() && ChangeJournal::operationName(e.operation) == operation;
        for (const QString &target : {QString(), QStringLiteral("{5b1f7c9a-0c2e}")}) {
            const UndoAction undo
                = StepTable::undo(e.step, e.operation, e.identity, e.previous, target);
            if (!undo.commands.isEmpty() && !(stepKnown && operationKnown))
                std::abort();
            for (const remoting::Command &c : undo.commands)
                (void)ScriptRenderer::command(c);
            for (const ExpectedValue &x : undo.expected)
                (void)ReadBack::normalised(x.kind, x.value);
        }
        (void)ScriptRenderer::command(StepTable::readBack(e.step, e.identity));
        for (const remoting::Command &c :
             StepTable::applyCommands(e.step, e.operation, e.identity, e.desired))
            (void)ScriptRenderer::command(c);
        for (const ExpectedValue &x : e.expected)
            (void)ReadBack::normalised(x.kind, x.value);
    }
    return 0;
}

#include "ReplayMain.h"

namespace {

Organisation contosoOrganisation()
{
    Organisation org;
    org.discovered = true;
    org.identity = {QStringLiteral("CN=Contoso,CN=Microsoft Exchange,CN=Services,"
                                   "CN=Configuration,DC=contoso,DC=com"),
                    QStringLiteral("2a4c7e5e-9d3b-4b8f-a1c2-3d4e5f607182")};
    org.serverName = QStringLiteral("EX01");
    org.acceptedDomains = {{QStringLiteral("contoso.com"), QStringLiteral("Authoritative"), true}};
    org.transportConfigKnown = true;
    org.transportServers = {QStringLiteral("EX01")};
    org.remoteDomains
        = {{QStringLiteral("SecureStore Archiving"), QStringLiteral("SecureStore Archiving"),
            QStringLiteral("archive.securestore.example"), QStringLiteral("External"),
            QStringLiteral("True")}};
    org.journalRules = {{QStringLiteral("Journaling to SecureStore Archive"),
                         QStringLiteral("Journaling to SecureStore Archive"),
                         QStringLiteral("5b1f7c9a-0c2e-4f7e-9a55-1d2c3b4a5968"),
                         QStringLiteral("contoso.journal@archive.securestore.example"),
                         QStringLiteral("Internal"),
                         {},
                         false}};
    Recipient ndr;
    ndr.query = QStringLiteral("journal-ndr@contoso.com");
    ndr.found = true;
    ndr.primarySmtpAddress = ndr.query;
    ndr.recipientType = QStringLiteral("UserMailbox");
    ndr.recipientTypeDetails = QStringLiteral("SharedMailbox");
    Recipient journal;
    journal.query = QStringLiteral("contoso.journal@archive.securestore.example");
    org.recipients = {ndr, journal};
    return org;
}

// A journal as the engine writes it for `settings` against the organisation above: one entry
// per planned change, with the statuses and read-backs an apply records.
QByteArray productJournal(const JournalingSettings &settings, int variant)
{
    const Organisation org = contosoOrganisation();
    const Plan plan = Planner::plan(settings, org);
    ChangeJournal journal;
    journal.setServer(QStringLiteral("ex01.contoso.com"));
    journal.setOrganisation(org.identity);
    const JournalStatus statuses[]
        = {JournalStatus::Verified, JournalStatus::Pending, JournalStatus::Failed,
           JournalStatus::Unconfirmed, JournalStatus::Undone};
    int n = 0;
    for (const PlannedStep &step : plan.steps) {
        if (step.operation == ChangeOperation::None)
            continue;
        JournalEntry e;
        e.server = journal.server();
        e.step = step.kind;
        e.operation = step.operation;
        e.expected = step.expected;
        e.identity = step.identity;
        e.previous = step.previous;
        e.desired = step.desired;
        e.time = QDateTime(QDate(2026, 11, 30), QTime(8, 0, n), Qt::UTC);
        e.status = statuses[(n + variant) % 5];
        if (e.status == JournalStatus::Verified || e.status == JournalStatus::Undone) {
            QJsonObject observed{{QStringLiteral("Guid"),
                                  QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f%1").arg(n)},
                                 {QStringLiteral("Identity"), step.identity}};
            for (const ExpectedValue &x : step.expected)
                observed.insert(x.property, x.value);
            e.observed = observed;
        }
        (void)journal.append(e); // no file: append keeps the entry, saving has nowhere to go
        ++n;
    }
    return QJsonDocument(journal.toJson())
        .toJson(variant % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
}

QList<QByteArray> builtinSeeds()
{
    JournalingSettings all;
    all.journalAddress = QStringLiteral("contoso.journal@archive.securestore.example");
    all.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    all.remoteDomainName = QStringLiteral("SecureStore Archive 2");
    all.connectorEnabled = true;
    all.smartHost = QStringLiteral("smtp.securestore.example");
    JournalingSettings quoted = all;
    quoted.ruleName = QStringLiteral("Rule 'it''s'; $(Remove-Item x) `n \u00e9");
    quoted.connectorName = QStringLiteral("Conn \"x\" \u4e2d");
    QList<QByteArray> seeds;
    for (int variant = 0; variant < 5; ++variant) {
        seeds << productJournal(all, variant);
        seeds << productJournal(quoted, variant);
    }
    // Edited, older, newer and broken journals.
    const QByteArray head = "{\"format\":\"securestore-change-journal\",\"version\":2,"
                            "\"server\":\"ex01\",\"organisation\":{\"distinguishedName\":\"CN=C\","
                            "\"guid\":\"g\"},\"created\":\"2026-11-30T08:00:00.000Z\",\"entries\":";
    for (const char *entries : {
             "[{\"step\":\"transportRule\",\"operation\":\"set-ndr\",\"identity\":\"x\","
             "\"previous\":{\"JournalingReportNdrTo\":\"a@b.c\"},\"status\":\"verified\"}]",
             "[{\"step\":\"rule\",\"operation\":\"delete\",\"identity\":\"R\"}]",
             "[{\"step\":\"rule\",\"operation\":\"\",\"identity\":\"R\",\"status\":\"x\"}]",
             "[{\"step\":\"remoteDomain\",\"operation\":\"update\",\"identity\":\"D\","
             "\"previous\":{\"AllowedOOFType\":[1],\"TNEFEnabled\":{}}}]",
             "[{\"step\":\"connector\",\"operation\":\"create\",\"identity\":\"\","
             "\"expected\":[{\"property\":\"SmartHosts\",\"value\":\"[::1]\",\"compare\":"
             "\"hosts\"},7,null],\"time\":\"2026-11-30T09:00:00+01:00\"}]",
             "[1, \"x\", null, [], {}]",
             "{}",
             "[{\"step\":\"ndr\",\"operation\":\"set-ndr\",\"previous\":{\"JournalingReportNdrTo\""
             ":\"\\u0000\\u202e<>\"},\"new\":null,\"observed\":[]}]",
         })
        seeds << head + entries + "}";
    seeds << QByteArray("{\"format\":\"securestore-change-journal\"}");
    seeds << QByteArray("{\"format\":\"other\",\"entries\":[]}");
    seeds << QByteArray("[\"securestore-change-journal\"]");
    seeds << QByteArray("{\"format\":\"securestore-change-journal\",\"entries\":[") + "]}";
    seeds << head + "[" + QByteArray(2000, '[') + QByteArray(2000, ']') + "]}";
    return seeds;
}

} // namespace

SECURESTORE_FUZZ_SEEDS("fuzz_journal", builtinSeeds)

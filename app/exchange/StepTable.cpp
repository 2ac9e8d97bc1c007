#include "StepTable.h"

#include "ReadBack.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace exchange {

using remoting::Command;

namespace {

// For the free functions of this file: lupdate files their tr() calls under the enclosing
// namespace's context, "exchange", so they are looked up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("exchange", text);
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toVariant().toString();
}

QStringList list(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isArray()) {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out << item.toString();
        return out;
    }
    return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Command withIdentity(const char *cmdlet, const QString &identity)
{
    return Command(QLatin1String(cmdlet)).add(QStringLiteral("Identity"), identity);
}

UndoAction removal(const char *cmdlet, const QString &identity, const QString &target)
{
    UndoAction u;
    u.commands = {withIdentity(cmdlet, target).add(QStringLiteral("Confirm"), false)};
    u.expectAbsent = true;
    u.message = tr("Removed \"%1\", which the run had created.").arg(identity);
    return u;
}

// ---- one row per step kind ----

struct Row
{
    StepKind kind;
    const char *name;
    const char *title; // translated in the "exchange::Plan" context
    const char *readBackType;
    const char *getCmdlet; // with -Identity, except for the singleton
    bool singleton;
    QList<Command> (*apply)(ChangeOperation, const QString &identity, const QJsonObject &desired);
    UndoAction (*undo)(ChangeOperation, const QString &identity, const QJsonObject &previous,
                       const QString &target);
};

QList<Command> applyNdr(ChangeOperation op, const QString &, const QJsonObject &desired)
{
    if (op != ChangeOperation::SetNdr)
        return {};
    return {
        Command(QStringLiteral("Set-TransportConfig"))
            .add(QStringLiteral("JournalingReportNdrTo"), text(desired, "JournalingReportNdrTo"))};
}

UndoAction undoNdr(ChangeOperation op, const QString &, const QJsonObject &previous,
                   const QString &)
{
    UndoAction u;
    if (op != ChangeOperation::SetNdr)
        return u;
    QString prev = text(previous, "JournalingReportNdrTo").trimmed();
    if (prev.isEmpty())
        prev = QStringLiteral("<>");
    u.commands = {Command(QStringLiteral("Set-TransportConfig"))
                      .add(QStringLiteral("JournalingReportNdrTo"), prev)};
    u.expected = {{QStringLiteral("JournalingReportNdrTo"), prev, ValueKind::Smtp}};
    u.message = prev == QLatin1String("<>")
                    ? tr("Cleared the mailbox for undeliverable journal reports (it was unset).")
                    : tr("Restored %1 as the mailbox for undeliverable journal reports.").arg(prev);
    return u;
}

QList<Command> applyRule(ChangeOperation op, const QString &identity, const QJsonObject &desired)
{
    if (op == ChangeOperation::Enable)
        return {withIdentity("Enable-JournalRule", identity)};
    if (op != ChangeOperation::Create)
        return {};
    return {Command(QStringLiteral("New-JournalRule"))
                .add(QStringLiteral("Name"), text(desired, "Name"))
                .add(QStringLiteral("JournalEmailAddress"), text(desired, "JournalEmailAddress"))
                .add(QStringLiteral("Scope"), text(desired, "Scope"))
                .add(QStringLiteral("Enabled"), true)};
}

UndoAction undoRule(ChangeOperation op, const QString &identity, const QJsonObject &,
                    const QString &target)
{
    if (op == ChangeOperation::Create)
        return removal("Remove-JournalRule", identity, target);
    UndoAction u;
    if (op != ChangeOperation::Enable)
        return u;
    u.commands = {withIdentity("Disable-JournalRule", target)};
    u.expected = {{QStringLiteral("Enabled"), QStringLiteral("False"), ValueKind::Bool}};
    u.message = tr("Disabled the journal rule \"%1\" again.").arg(identity);
    return u;
}

Command remoteDomainSettings(const QString &identity, const QJsonObject &desired)
{
    return withIdentity("Set-RemoteDomain", identity)
        .add(QStringLiteral("AllowedOOFType"), text(desired, "AllowedOOFType"))
        .add(QStringLiteral("TNEFEnabled"),
             ReadBack::boolText(text(desired, "TNEFEnabled")) == QLatin1String("True"));
}

QList<Command> applyRemoteDomain(ChangeOperation op, const QString &identity,
                                 const QJsonObject &desired)
{
    if (op == ChangeOperation::Update)
        return {remoteDomainSettings(identity, desired)};
    if (op != ChangeOperation::Create)
        return {};
    return {Command(QStringLiteral("New-RemoteDomain"))
                .add(QStringLiteral("Name"), identity)
                .add(QStringLiteral("DomainName"), text(desired, "DomainName")),
            remoteDomainSettings(identity, desired)};
}

UndoAction undoRemoteDomain(ChangeOperation op, const QString &identity,
                            const QJsonObject &previous, const QString &target)
{
    if (op == ChangeOperation::Create)
        return removal("Remove-RemoteDomain", identity, target);
    UndoAction u;
    if (op != ChangeOperation::Update)
        return u;
    const QString oof = text(previous, "AllowedOOFType");
    const QString tnef = ReadBack::boolText(text(previous, "TNEFEnabled"));
    Command set = withIdentity("Set-RemoteDomain", target);
    if (!oof.isEmpty())
        set.add(QStringLiteral("AllowedOOFType"), oof);
    if (tnef.isEmpty())
        set.addNull(QStringLiteral("TNEFEnabled"));
    else
        set.add(QStringLiteral("TNEFEnabled"), tnef == QLatin1String("True"));
    u.commands = {set};
    if (!oof.isEmpty())
        u.expected << ExpectedValue{QStringLiteral("AllowedOOFType"), oof, ValueKind::Name};
    u.expected << ExpectedValue{QStringLiteral("TNEFEnabled"), tnef, ValueKind::Bool};
    u.message = tr("Restored the settings of the remote domain \"%1\".").arg(identity);
    return u;
}

QList<Command> applyConnector(ChangeOperation op, const QString &identity,
                              const QJsonObject &desired)
{
    if (op != ChangeOperation::Create)
        return {};
    Command create(QStringLiteral("New-SendConnector"));
    create.add(QStringLiteral("Name"), identity)
        .add(QStringLiteral("Usage"), QStringLiteral("Custom"))
        .add(QStringLiteral("AddressSpaces"), list(desired, "AddressSpaces"))
        .add(QStringLiteral("DNSRoutingEnabled"), false)
        .add(QStringLiteral("SmartHosts"), list(desired, "SmartHosts"))
        .add(QStringLiteral("SourceTransportServers"), list(desired, "SourceTransportServers"));
    if (desired.value(QLatin1String("RequireTLS")).toBool())
        create.add(QStringLiteral("RequireTLS"), true);
    return {create};
}

UndoAction undoConnector(ChangeOperation op, const QString &identity, const QJsonObject &,
                         const QString &target)
{
    if (op == ChangeOperation::Create)
        return removal("Remove-SendConnector", identity, target);
    return {};
}

const QList<Row> &rows()
{
    static const QList<Row> table = {
        {StepKind::NdrMailbox, "ndr",
         QT_TRANSLATE_NOOP("exchange::Plan", "Undeliverable journal reports"),
         "TransportConfigContainer", "Get-TransportConfig", true, applyNdr, undoNdr},
        {StepKind::JournalRule, "rule", QT_TRANSLATE_NOOP("exchange::Plan", "Journal rule"),
         "JournalRuleObject", "Get-JournalRule", false, applyRule, undoRule},
        {StepKind::RemoteDomain, "remoteDomain",
         QT_TRANSLATE_NOOP("exchange::Plan", "Remote domain (no winmail.dat, no out-of-office)"),
         "DomainContentConfig", "Get-RemoteDomain", false, applyRemoteDomain, undoRemoteDomain},
        {StepKind::SendConnector, "connector",
         QT_TRANSLATE_NOOP("exchange::Plan", "Send connector to the SecureStore smarthost"),
         "SmtpSendConnectorConfig", "Get-SendConnector", false, applyConnector, undoConnector},
    };
    return table;
}

const Row &row(StepKind kind)
{
    for (const Row &r : rows())
        if (r.kind == kind)
            return r;
    return rows().first();
}

} // namespace

QString StepTable::name(StepKind kind)
{
    return QLatin1String(row(kind).name);
}

StepKind StepTable::fromName(const QString &name, bool *ok)
{
    for (const Row &r : rows()) {
        if (name == QLatin1String(r.name)) {
            if (ok)
                *ok = true;
            return r.kind;
        }
    }
    if (ok)
        *ok = false;
    return StepKind::NdrMailbox;
}

QString StepTable::title(StepKind kind)
{
    return QCoreApplication::translate("exchange::Plan", row(kind).title);
}

QString StepTable::readBackType(StepKind kind)
{
    return QLatin1String(row(kind).readBackType);
}

bool StepTable::isSingleton(StepKind kind)
{
    return row(kind).singleton;
}

Command StepTable::readBack(StepKind kind, const QString &identity)
{
    const Row &r = row(kind);
    return r.singleton ? Command(QLatin1String(r.getCmdlet)) : withIdentity(r.getCmdlet, identity);
}

QList<Command> StepTable::applyCommands(StepKind kind, ChangeOperation operation,
                                        const QString &identity, const QJsonObject &desired)
{
    return row(kind).apply(operation, identity, desired);
}

UndoAction StepTable::undo(StepKind kind, ChangeOperation operation, const QString &identity,
                           const QJsonObject &previous, const QString &target)
{
    return row(kind).undo(operation, identity, previous, target.isEmpty() ? identity : target);
}

} // namespace exchange

#include "OrganisationJson.h"

#include "MailFlowJson.h"
#include "ManagementRoles.h"
#include "SmtpSyntax.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fake {

using remoting::Error;
using remoting::Expected;

namespace {

const QStringList kRecipientTypes = {QStringLiteral("UserMailbox"),
                                     QStringLiteral("SharedMailbox"),
                                     QStringLiteral("RoomMailbox"),
                                     QStringLiteral("EquipmentMailbox"),
                                     QStringLiteral("MailContact"),
                                     QStringLiteral("MailUser"),
                                     QStringLiteral("MailUniversalDistributionGroup"),
                                     QStringLiteral("MailUniversalSecurityGroup"),
                                     QStringLiteral("DynamicDistributionGroup")};

// Walks a JSON document, remembering the first problem with its JSON path.
class Reader
{
public:
    QString error;

    bool fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
        return false;
    }
    bool ok() const { return error.isEmpty(); }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(path, QStringLiteral("unknown key \"%1\" (expected one of: %2)")
                               .arg(it.key(), allowed.join(QStringLiteral(", "))));
    }
    QString str(const QJsonObject &o, const QString &key, const QString &path,
                bool required = false, const QString &def = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, QStringLiteral("\"%1\" is required").arg(key));
            return def;
        }
        if (!v.isString()) {
            fail(path, QStringLiteral("\"%1\" must be a string").arg(key));
            return def;
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(path, QStringLiteral("\"%1\" must not be empty").arg(key));
        return v.toString();
    }
    QString choice(const QJsonObject &o, const QString &key, const QString &path,
                   const QStringList &allowed, const QString &def, bool allowEmpty = false)
    {
        const QString s = str(o, key, path, false, def);
        if (allowEmpty && s.isEmpty())
            return s;
        for (const QString &a : allowed)
            if (a.compare(s, Qt::CaseInsensitive) == 0)
                return a;
        fail(path, QStringLiteral("\"%1\" is \"%2\"; expected one of: %3")
                       .arg(key, s, allowed.join(QStringLiteral(", "))));
        return def;
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool def)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return def;
        if (!v.isBool()) {
            fail(path, QStringLiteral("\"%1\" must be true or false").arg(key));
            return def;
        }
        return v.toBool();
    }
    std::optional<bool> optionalBool(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            fail(path, QStringLiteral("\"%1\" must be true, false or null").arg(key));
            return std::nullopt;
        }
        return v.toBool();
    }
    int integer(const QJsonObject &o, const QString &key, const QString &path, int def)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return def;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            fail(path, QStringLiteral("\"%1\" must be an integer").arg(key));
            return def;
        }
        return v.toInt();
    }
    QStringList list(const QJsonObject &o, const QString &key, const QString &path,
                     const QStringList &def = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return def;
        if (!v.isArray()) {
            fail(path, QStringLiteral("\"%1\" must be an array of strings").arg(key));
            return def;
        }
        QStringList out;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(path, QStringLiteral("\"%1\" must be an array of strings").arg(key));
                return def;
            }
            out.append(item.toString());
        }
        return out;
    }
    QUuid uuid(const QJsonObject &o, const QString &path)
    {
        const QString s = str(o, QStringLiteral("guid"), path);
        if (s.isEmpty())
            return QUuid::createUuid();
        const QUuid u = QUuid::fromString(s);
        if (u.isNull())
            fail(path, QStringLiteral("\"guid\" is not a GUID: \"%1\"").arg(s));
        return u;
    }
    QDateTime time(const QJsonObject &o, const QString &path)
    {
        const QString s = str(o, QStringLiteral("whenChanged"), path);
        if (s.isEmpty())
            return QDateTime::currentDateTimeUtc();
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            fail(path, QStringLiteral("\"whenChanged\" is not an ISO 8601 time: \"%1\"").arg(s));
        return t.toUTC();
    }
    QList<QJsonObject> objects(const QJsonObject &root, const QString &key)
    {
        QList<QJsonObject> out;
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, QStringLiteral("must be an array of objects"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isObject()) {
                fail(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("must be an object"));
                return {};
            }
            out.append(a.at(i).toObject());
        }
        return out;
    }
};

QString path(const QString &key, int i)
{
    return QStringLiteral("%1[%2]").arg(key).arg(i);
}

bool containsName(const QStringList &names, const QString &n)
{
    return names.contains(n, Qt::CaseInsensitive);
}

QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(col);
}

QJsonValue optionalBoolJson(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}
QString guidText(const QUuid &g)
{
    return g.toString(QUuid::WithoutBraces);
}
QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Expected<OrganisationModel> OrganisationJson::parse(const QByteArray &json,
                                                    const QString &sourceName)
{
    auto failure = [&](const QString &what) {
        return Error::make(Error::Kind::Usage,
                           QCoreApplication::translate("fake::OrganisationJson",
                                                       "The organisation file %1 is not valid: %2")
                               .arg(sourceName, what));
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return failure(
            QStringLiteral("%1 (%2)").arg(pe.errorString(), lineColumn(json, pe.offset)));
    if (!doc.isObject())
        return failure(QStringLiteral("the top level must be a JSON object"));
    const QJsonObject root = doc.object();

    Reader r;
    OrganisationModel m;
    r.checkKeys(root, {},
                {QStringLiteral("organization"), QStringLiteral("servers"),
                 QStringLiteral("acceptedDomains"), QStringLiteral("recipients"),
                 QStringLiteral("transportConfig"), QStringLiteral("journalRules"),
                 QStringLiteral("remoteDomains"), QStringLiteral("sendConnectors"),
                 QStringLiteral("users"), QStringLiteral("mailFlow")});

    if (root.contains(QStringLiteral("organization"))) {
        const QJsonObject o = root.value(QStringLiteral("organization")).toObject();
        const QString p = QStringLiteral("organization");
        r.checkKeys(o, p,
                    {QStringLiteral("name"), QStringLiteral("adDomain"),
                     QStringLiteral("netbiosDomain"), QStringLiteral("domainController"),
                     QStringLiteral("guid")});
        m.organizationName = r.str(o, QStringLiteral("name"), p, false, m.organizationName);
        m.adDomain = r.str(o, QStringLiteral("adDomain"), p, false, m.adDomain);
        m.netbiosDomain = r.str(o, QStringLiteral("netbiosDomain"), p, false, m.netbiosDomain);
        m.domainController
            = r.str(o, QStringLiteral("domainController"), p, false, m.domainController);
        m.organizationGuid = r.uuid(o, p);
    }

    const QList<QJsonObject> servers = r.objects(root, QStringLiteral("servers"));
    for (int i = 0; i < servers.size(); ++i) {
        const QJsonObject &o = servers.at(i);
        const QString p = path(QStringLiteral("servers"), i);
        r.checkKeys(o, p,
                    {QStringLiteral("name"), QStringLiteral("fqdn"), QStringLiteral("version"),
                     QStringLiteral("roles"), QStringLiteral("site"), QStringLiteral("edition"),
                     QStringLiteral("transport"), QStringLiteral("guid")});
        ExchangeServerInfo s;
        s.name = r.str(o, QStringLiteral("name"), p, true);
        s.fqdn = r.str(o, QStringLiteral("fqdn"), p, false,
                       s.name.toLower() + QLatin1Char('.') + m.adDomain);
        s.version = r.str(o, QStringLiteral("version"), p, false,
                          QStringLiteral("Version 15.1 (Build 2507.6)"));
        s.roles = r.list(o, QStringLiteral("roles"), p, {QStringLiteral("Mailbox")});
        s.site = r.str(o, QStringLiteral("site"), p, false,
                       m.adDomain + QStringLiteral("/Configuration/Sites/Default-First-Site-Name"));
        s.edition = r.str(o, QStringLiteral("edition"), p, false, s.edition);
        s.transport = r.boolean(o, QStringLiteral("transport"), p, true);
        s.guid = r.uuid(o, p);
        for (const ExchangeServerInfo &other : qAsConst(m.servers))
            if (other.name.compare(s.name, Qt::CaseInsensitive) == 0)
                r.fail(p, QStringLiteral("duplicate server name \"%1\"").arg(s.name));
        m.servers.append(s);
    }
    if (r.ok() && m.servers.isEmpty())
        r.fail(QStringLiteral("servers"),
               QStringLiteral("at least one Exchange server is required"));

    const QList<QJsonObject> domains = r.objects(root, QStringLiteral("acceptedDomains"));
    for (int i = 0; i < domains.size(); ++i) {
        const QJsonObject &o = domains.at(i);
        const QString p = path(QStringLiteral("acceptedDomains"), i);
        r.checkKeys(o, p,
                    {QStringLiteral("name"), QStringLiteral("domainName"),
                     QStringLiteral("domainType"), QStringLiteral("default"),
                     QStringLiteral("guid")});
        AcceptedDomainInfo d;
        d.domainName = r.str(o, QStringLiteral("domainName"), p, true);
        if (r.ok() && !SmtpSyntax::isValidDomain(d.domainName, true))
            r.fail(
                p,
                QStringLiteral("\"domainName\" is not a valid domain: \"%1\"").arg(d.domainName));
        d.name = r.str(o, QStringLiteral("name"), p, false, d.domainName);
        d.domainType = r.choice(o, QStringLiteral("domainType"), p,
                                {QStringLiteral("Authoritative"), QStringLiteral("InternalRelay"),
                                 QStringLiteral("ExternalRelay")},
                                d.domainType);
        d.isDefault = r.boolean(o, QStringLiteral("default"), p, false);
        d.guid = r.uuid(o, p);
        m.acceptedDomains.append(d);
    }

    const QList<QJsonObject> recipients = r.objects(root, QStringLiteral("recipients"));
    for (int i = 0; i < recipients.size(); ++i) {
        const QJsonObject &o = recipients.at(i);
        const QString p = path(QStringLiteral("recipients"), i);
        r.checkKeys(o, p,
                    {QStringLiteral("primarySmtpAddress"), QStringLiteral("type"),
                     QStringLiteral("alias"), QStringLiteral("name"), QStringLiteral("displayName"),
                     QStringLiteral("emailAddresses"), QStringLiteral("externalEmailAddress"),
                     QStringLiteral("guid")});
        RecipientInfo rec;
        rec.primarySmtpAddress = r.str(o, QStringLiteral("primarySmtpAddress"), p, true);
        if (r.ok() && !SmtpSyntax::isValidAddress(rec.primarySmtpAddress))
            r.fail(p, QStringLiteral("\"primarySmtpAddress\" is not a valid SMTP address: \"%1\"")
                          .arg(rec.primarySmtpAddress));
        rec.recipientTypeDetails = r.choice(o, QStringLiteral("type"), p, kRecipientTypes,
                                            QStringLiteral("UserMailbox"));
        const QString local = rec.primarySmtpAddress.section(QLatin1Char('@'), 0, 0);
        rec.alias = r.str(o, QStringLiteral("alias"), p, false, local);
        rec.name = r.str(o, QStringLiteral("name"), p, false, rec.alias);
        rec.displayName = r.str(o, QStringLiteral("displayName"), p, false, rec.name);
        rec.emailAddresses = r.list(o, QStringLiteral("emailAddresses"), p);
        rec.externalEmailAddress = r.str(o, QStringLiteral("externalEmailAddress"), p);
        if (r.ok() && !rec.externalEmailAddress.isEmpty()
            && !SmtpSyntax::isValidAddress(rec.externalEmailAddress))
            r.fail(p, QStringLiteral("\"externalEmailAddress\" is not a valid SMTP address: \"%1\"")
                          .arg(rec.externalEmailAddress));
        rec.guid = r.uuid(o, p);
        m.recipients.append(rec);
    }

    if (root.contains(QStringLiteral("transportConfig"))) {
        const QJsonObject o = root.value(QStringLiteral("transportConfig")).toObject();
        const QString p = QStringLiteral("transportConfig");
        r.checkKeys(o, p,
                    {QStringLiteral("journalingReportNdrTo"), QStringLiteral("maxSendSize"),
                     QStringLiteral("maxReceiveSize"), QStringLiteral("maxRecipientEnvelopeLimit"),
                     QStringLiteral("externalPostmasterAddress")});
        TransportConfigInfo &t = m.transportConfig;
        t.journalingReportNdrTo = r.str(o, QStringLiteral("journalingReportNdrTo"), p);
        if (t.journalingReportNdrTo == QLatin1String("<>"))
            t.journalingReportNdrTo.clear();
        if (r.ok() && !t.journalingReportNdrTo.isEmpty()
            && !SmtpSyntax::isValidAddress(t.journalingReportNdrTo))
            r.fail(p,
                   QStringLiteral("\"journalingReportNdrTo\" is not a valid SMTP address: \"%1\"")
                       .arg(t.journalingReportNdrTo));
        t.maxSendSize = r.str(o, QStringLiteral("maxSendSize"), p, false, t.maxSendSize);
        t.maxReceiveSize = r.str(o, QStringLiteral("maxReceiveSize"), p, false, t.maxReceiveSize);
        t.maxRecipientEnvelopeLimit = r.integer(o, QStringLiteral("maxRecipientEnvelopeLimit"), p,
                                                t.maxRecipientEnvelopeLimit);
        t.externalPostmasterAddress = r.str(o, QStringLiteral("externalPostmasterAddress"), p);
    }

    const QList<QJsonObject> rules = r.objects(root, QStringLiteral("journalRules"));
    QStringList ruleNames;
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject &o = rules.at(i);
        const QString p = path(QStringLiteral("journalRules"), i);
        r.checkKeys(o, p,
                    {QStringLiteral("name"), QStringLiteral("journalEmailAddress"),
                     QStringLiteral("scope"), QStringLiteral("recipient"),
                     QStringLiteral("enabled"), QStringLiteral("guid"),
                     QStringLiteral("whenChanged")});
        JournalRuleInfo jr;
        jr.name = r.str(o, QStringLiteral("name"), p, true);
        if (containsName(ruleNames, jr.name))
            r.fail(p, QStringLiteral("duplicate journal rule name \"%1\"").arg(jr.name));
        ruleNames.append(jr.name);
        jr.journalEmailAddress = r.str(o, QStringLiteral("journalEmailAddress"), p, true);
        jr.scope = r.choice(
            o, QStringLiteral("scope"), p,
            {QStringLiteral("Global"), QStringLiteral("Internal"), QStringLiteral("External")},
            jr.scope);
        jr.recipient = r.str(o, QStringLiteral("recipient"), p);
        jr.enabled = r.boolean(o, QStringLiteral("enabled"), p, false);
        jr.guid = r.uuid(o, p);
        jr.whenChanged = r.time(o, p);
        m.journalRules.append(jr);
    }

    const QList<QJsonObject> remotes = r.objects(root, QStringLiteral("remoteDomains"));
    QStringList remoteNames;
    for (int i = 0; i < remotes.size(); ++i) {
        const QJsonObject &o = remotes.at(i);
        const QString p = path(QStringLiteral("remoteDomains"), i);
        r.checkKeys(o, p,
                    {QStringLiteral("name"), QStringLiteral("domainName"),
                     QStringLiteral("allowedOOFType"), QStringLiteral("tnefEnabled"),
                     QStringLiteral("autoReplyEnabled"), QStringLiteral("autoForwardEnabled"),
                     QStringLiteral("deliveryReportEnabled"), QStringLiteral("ndrEnabled"),
                     QStringLiteral("meetingForwardNotificationEnabled"),
                     QStringLiteral("isInternal"), QStringLiteral("contentType"),
                     QStringLiteral("characterSet"), QStringLiteral("guid"),
                     QStringLiteral("whenChanged")});
        RemoteDomainInfo d;
        d.name = r.str(o, QStringLiteral("name"), p, true);
        if (containsName(remoteNames, d.name))
            r.fail(p, QStringLiteral("duplicate remote domain name \"%1\"").arg(d.name));
        remoteNames.append(d.name);
        d.domainName = r.str(o, QStringLiteral("domainName"), p, true);
        if (r.ok() && !SmtpSyntax::isValidDomain(d.domainName, true))
            r.fail(
                p,
                QStringLiteral("\"domainName\" is not a valid domain: \"%1\"").arg(d.domainName));
        d.allowedOofType = r.choice(o, QStringLiteral("allowedOOFType"), p,
                                    {QStringLiteral("External"), QStringLiteral("ExternalLegacy"),
                                     QStringLiteral("InternalLegacy"), QStringLiteral("None")},
                                    d.allowedOofType);
        d.tnefEnabled = r.optionalBool(o, QStringLiteral("tnefEnabled"), p);
        d.autoReplyEnabled
            = r.boolean(o, QStringLiteral("autoReplyEnabled"), p, d.autoReplyEnabled);
        d.autoForwardEnabled
            = r.boolean(o, QStringLiteral("autoForwardEnabled"), p, d.autoForwardEnabled);
        d.deliveryReportEnabled
            = r.boolean(o, QStringLiteral("deliveryReportEnabled"), p, d.deliveryReportEnabled);
        d.ndrEnabled = r.boolean(o, QStringLiteral("ndrEnabled"), p, d.ndrEnabled);
        d.meetingForwardNotificationEnabled
            = r.boolean(o, QStringLiteral("meetingForwardNotificationEnabled"), p,
                        d.meetingForwardNotificationEnabled);
        d.isInternal = r.boolean(o, QStringLiteral("isInternal"), p, d.isInternal);
        d.contentType = r.choice(o, QStringLiteral("contentType"), p,
                                 {QStringLiteral("MimeHtmlText"), QStringLiteral("MimeText"),
                                  QStringLiteral("MimeHtml")},
                                 d.contentType);
        d.characterSet = r.str(o, QStringLiteral("characterSet"), p);
        d.guid = r.uuid(o, p);
        d.whenChanged = r.time(o, p);
        m.remoteDomains.append(d);
    }

    const QList<QJsonObject> connectors = r.objects(root, QStringLiteral("sendConnectors"));
    QStringList connectorNames;
    for (int i = 0; i < connectors.size(); ++i) {
        const QJsonObject &o = connectors.at(i);
        const QString p = path(QStringLiteral("sendConnectors"), i);
        r.checkKeys(
            o, p,
            {QStringLiteral("name"), QStringLiteral("addressSpaces"), QStringLiteral("smartHosts"),
             QStringLiteral("dnsRoutingEnabled"), QStringLiteral("sourceTransportServers"),
             QStringLiteral("enabled"), QStringLiteral("port"), QStringLiteral("requireTLS"),
             QStringLiteral("tlsAuthLevel"), QStringLiteral("usage"), QStringLiteral("comment"),
             QStringLiteral("fqdn"), QStringLiteral("maxMessageSize"), QStringLiteral("guid"),
             QStringLiteral("whenChanged")});
        SendConnectorInfo c;
        c.name = r.str(o, QStringLiteral("name"), p, true);
        if (containsName(connectorNames, c.name))
            r.fail(p, QStringLiteral("duplicate send connector name \"%1\"").arg(c.name));
        connectorNames.append(c.name);
        c.addressSpaces = r.list(o, QStringLiteral("addressSpaces"), p);
        c.smartHosts = r.list(o, QStringLiteral("smartHosts"), p);
        c.dnsRoutingEnabled
            = r.boolean(o, QStringLiteral("dnsRoutingEnabled"), p, c.dnsRoutingEnabled);
        c.sourceTransportServers = r.list(o, QStringLiteral("sourceTransportServers"), p);
        c.enabled = r.boolean(o, QStringLiteral("enabled"), p, c.enabled);
        c.port = r.integer(o, QStringLiteral("port"), p, c.port);
        c.requireTls = r.boolean(o, QStringLiteral("requireTLS"), p, c.requireTls);
        c.tlsAuthLevel
            = r.choice(o, QStringLiteral("tlsAuthLevel"), p,
                       {QStringLiteral("EncryptionOnly"), QStringLiteral("CertificateValidation"),
                        QStringLiteral("DomainValidation")},
                       {}, true);
        c.usage = r.str(o, QStringLiteral("usage"), p, false, c.usage);
        c.comment = r.str(o, QStringLiteral("comment"), p);
        c.fqdn = r.str(o, QStringLiteral("fqdn"), p);
        c.maxMessageSize = r.str(o, QStringLiteral("maxMessageSize"), p, false, c.maxMessageSize);
        c.guid = r.uuid(o, p);
        c.whenChanged = r.time(o, p);
        m.sendConnectors.append(c);
    }

    const QList<QJsonObject> users = r.objects(root, QStringLiteral("users"));
    QStringList userNames;
    for (int i = 0; i < users.size(); ++i) {
        const QJsonObject &o = users.at(i);
        const QString p = path(QStringLiteral("users"), i);
        r.checkKeys(o, p,
                    {QStringLiteral("name"), QStringLiteral("password"), QStringLiteral("roles"),
                     QStringLiteral("userPrincipalName")});
        UserAccount u;
        u.name = r.str(o, QStringLiteral("name"), p, true);
        if (containsName(userNames, u.name))
            r.fail(p, QStringLiteral("duplicate user name \"%1\"").arg(u.name));
        userNames.append(u.name);
        u.password = r.str(o, QStringLiteral("password"), p, true);
        for (const QString &role : r.list(o, QStringLiteral("roles"), p)) {
            const QString canonical = ManagementRoles::canonicalRole(role);
            if (canonical.isEmpty())
                r.fail(p, QStringLiteral("unknown management role \"%1\" (known roles: %2)")
                              .arg(role, ManagementRoles::knownRoles().join(QStringLiteral(", "))));
            else
                u.roles.append(canonical);
        }
        u.userPrincipalName = r.str(o, QStringLiteral("userPrincipalName"), p, false,
                                    u.name + QLatin1Char('@') + m.adDomain);
        m.users.append(u);
    }

    if (root.contains(QStringLiteral("mailFlow"))) {
        QString mailFlowError;
        if (!MailFlowJson::parse(root.value(QStringLiteral("mailFlow")), &m.mailFlow,
                                 &mailFlowError))
            r.fail(QString(), mailFlowError);
    }

    if (!r.ok())
        return failure(r.error);
    complete(m);
    return m;
}

Expected<OrganisationModel> OrganisationJson::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Usage,
                           QCoreApplication::translate("fake::OrganisationJson",
                                                       "Cannot read the organisation file %1: %2")
                               .arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

void OrganisationJson::complete(OrganisationModel &m)
{
    if (m.organizationGuid.isNull())
        m.organizationGuid = QUuid::createUuid();
    bool hasDefault = false;
    for (const RemoteDomainInfo &d : qAsConst(m.remoteDomains))
        if (d.domainName == QLatin1String("*"))
            hasDefault = true;
    if (!hasDefault) {
        RemoteDomainInfo d;
        d.name = QStringLiteral("Default");
        d.domainName = QStringLiteral("*");
        d.guid = QUuid::createUuid();
        d.whenChanged = QDateTime::currentDateTimeUtc();
        m.remoteDomains.prepend(d);
    }
    for (RecipientInfo &rec : m.recipients) {
        const QString primary = QStringLiteral("SMTP:") + rec.primarySmtpAddress;
        bool listed = false;
        for (const QString &a : qAsConst(rec.emailAddresses))
            if (a.compare(primary, Qt::CaseInsensitive) == 0)
                listed = true;
        if (!listed)
            rec.emailAddresses.prepend(primary);
        // A mail contact's / mail user's target address is one of its proxy addresses too.
        if (!rec.externalEmailAddress.isEmpty()) {
            bool hasTarget = false;
            for (const QString &a : qAsConst(rec.emailAddresses))
                if (a.section(QLatin1Char(':'), 1)
                        .compare(rec.externalEmailAddress, Qt::CaseInsensitive)
                    == 0)
                    hasTarget = true;
            if (!hasTarget)
                rec.emailAddresses.append(QStringLiteral("smtp:") + rec.externalEmailAddress);
        }
    }
}

QByteArray OrganisationJson::serialize(const OrganisationModel &m)
{
    QJsonObject root;
    root.insert(QStringLiteral("organization"),
                QJsonObject{{QStringLiteral("name"), m.organizationName},
                            {QStringLiteral("adDomain"), m.adDomain},
                            {QStringLiteral("netbiosDomain"), m.netbiosDomain},
                            {QStringLiteral("domainController"), m.domainController},
                            {QStringLiteral("guid"), guidText(m.organizationGuid)}});
    QJsonArray servers;
    for (const ExchangeServerInfo &s : m.servers)
        servers.append(QJsonObject{{QStringLiteral("name"), s.name},
                                   {QStringLiteral("fqdn"), s.fqdn},
                                   {QStringLiteral("version"), s.version},
                                   {QStringLiteral("roles"), QJsonArray::fromStringList(s.roles)},
                                   {QStringLiteral("site"), s.site},
                                   {QStringLiteral("edition"), s.edition},
                                   {QStringLiteral("transport"), s.transport},
                                   {QStringLiteral("guid"), guidText(s.guid)}});
    root.insert(QStringLiteral("servers"), servers);
    QJsonArray domains;
    for (const AcceptedDomainInfo &d : m.acceptedDomains)
        domains.append(QJsonObject{{QStringLiteral("name"), d.name},
                                   {QStringLiteral("domainName"), d.domainName},
                                   {QStringLiteral("domainType"), d.domainType},
                                   {QStringLiteral("default"), d.isDefault},
                                   {QStringLiteral("guid"), guidText(d.guid)}});
    root.insert(QStringLiteral("acceptedDomains"), domains);
    QJsonArray recipients;
    for (const RecipientInfo &r : m.recipients) {
        QJsonObject o{
            {QStringLiteral("primarySmtpAddress"), r.primarySmtpAddress},
            {QStringLiteral("type"), r.recipientTypeDetails},
            {QStringLiteral("alias"), r.alias},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("displayName"), r.displayName},
            {QStringLiteral("emailAddresses"), QJsonArray::fromStringList(r.emailAddresses)},
            {QStringLiteral("guid"), guidText(r.guid)}};
        if (!r.externalEmailAddress.isEmpty())
            o.insert(QStringLiteral("externalEmailAddress"), r.externalEmailAddress);
        recipients.append(o);
    }
    root.insert(QStringLiteral("recipients"), recipients);
    const TransportConfigInfo &t = m.transportConfig;
    root.insert(
        QStringLiteral("transportConfig"),
        QJsonObject{{QStringLiteral("journalingReportNdrTo"), t.journalingReportNdrTo},
                    {QStringLiteral("maxSendSize"), t.maxSendSize},
                    {QStringLiteral("maxReceiveSize"), t.maxReceiveSize},
                    {QStringLiteral("maxRecipientEnvelopeLimit"), t.maxRecipientEnvelopeLimit},
                    {QStringLiteral("externalPostmasterAddress"), t.externalPostmasterAddress}});
    QJsonArray rules;
    for (const JournalRuleInfo &r : m.journalRules)
        rules.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("journalEmailAddress"), r.journalEmailAddress},
                                 {QStringLiteral("scope"), r.scope},
                                 {QStringLiteral("recipient"), r.recipient},
                                 {QStringLiteral("enabled"), r.enabled},
                                 {QStringLiteral("guid"), guidText(r.guid)},
                                 {QStringLiteral("whenChanged"), timeText(r.whenChanged)}});
    root.insert(QStringLiteral("journalRules"), rules);
    QJsonArray remotes;
    for (const RemoteDomainInfo &d : m.remoteDomains)
        remotes.append(
            QJsonObject{{QStringLiteral("name"), d.name},
                        {QStringLiteral("domainName"), d.domainName},
                        {QStringLiteral("allowedOOFType"), d.allowedOofType},
                        {QStringLiteral("tnefEnabled"), optionalBoolJson(d.tnefEnabled)},
                        {QStringLiteral("autoReplyEnabled"), d.autoReplyEnabled},
                        {QStringLiteral("autoForwardEnabled"), d.autoForwardEnabled},
                        {QStringLiteral("deliveryReportEnabled"), d.deliveryReportEnabled},
                        {QStringLiteral("ndrEnabled"), d.ndrEnabled},
                        {QStringLiteral("meetingForwardNotificationEnabled"),
                         d.meetingForwardNotificationEnabled},
                        {QStringLiteral("isInternal"), d.isInternal},
                        {QStringLiteral("contentType"), d.contentType},
                        {QStringLiteral("characterSet"), d.characterSet},
                        {QStringLiteral("guid"), guidText(d.guid)},
                        {QStringLiteral("whenChanged"), timeText(d.whenChanged)}});
    root.insert(QStringLiteral("remoteDomains"), remotes);
    QJsonArray connectors;
    for (const SendConnectorInfo &c : m.sendConnectors)
        connectors.append(QJsonObject{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("addressSpaces"), QJsonArray::fromStringList(c.addressSpaces)},
            {QStringLiteral("smartHosts"), QJsonArray::fromStringList(c.smartHosts)},
            {QStringLiteral("dnsRoutingEnabled"), c.dnsRoutingEnabled},
            {QStringLiteral("sourceTransportServers"),
             QJsonArray::fromStringList(c.sourceTransportServers)},
            {QStringLiteral("enabled"), c.enabled},
            {QStringLiteral("port"), c.port},
            {QStringLiteral("requireTLS"), c.requireTls},
            {QStringLiteral("tlsAuthLevel"), c.tlsAuthLevel},
            {QStringLiteral("usage"), c.usage},
            {QStringLiteral("comment"), c.comment},
            {QStringLiteral("fqdn"), c.fqdn},
            {QStringLiteral("maxMessageSize"), c.maxMessageSize},
            {QStringLiteral("guid"), guidText(c.guid)},
            {QStringLiteral("whenChanged"), timeText(c.whenChanged)}});
    root.insert(QStringLiteral("sendConnectors"), connectors);
    QJsonArray users;
    for (const UserAccount &u : m.users)
        users.append(QJsonObject{{QStringLiteral("name"), u.name},
                                 {QStringLiteral("password"), u.password},
                                 {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)},
                                 {QStringLiteral("userPrincipalName"), u.userPrincipalName}});
    root.insert(QStringLiteral("users"), users);
    root.insert(QStringLiteral("mailFlow"), MailFlowJson::toJson(m.mailFlow));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace fake

#include "RememberedSettings.h"

#include <QJsonDocument>
#include <QSettings>

namespace wizard {

namespace {

QString groupFor(const QString &serverKey)
{
    return QStringLiteral("servers/") + serverKey;
}

} // namespace

RememberedSettings::RememberedSettings(const QString &iniFile)
    : m_file(iniFile)
{}

RememberedSettings::~RememberedSettings() = default;

void RememberedSettings::setFile(const QString &iniFile)
{
    m_file = iniFile;
    m_store.reset();
}

QSettings *RememberedSettings::store() const
{
    if (!m_store) {
        if (m_file.isEmpty())
            m_store = std::make_unique<QSettings>();
        else
            m_store = std::make_unique<QSettings>(m_file, QSettings::IniFormat);
    }
    return m_store.get();
}

QString RememberedSettings::lastServer() const
{
    return store()->value(QStringLiteral("lastServer")).toString();
}

std::optional<RememberedServer> RememberedSettings::server(const QString &serverKey) const
{
    if (serverKey.isEmpty())
        return std::nullopt;
    QSettings *s = store();
    s->beginGroup(groupFor(serverKey));
    std::optional<RememberedServer> found;
    if (s->contains(QStringLiteral("auth"))) {
        RememberedServer r;
        r.authChoice = s->value(QStringLiteral("auth")).toInt();
        r.userName = s->value(QStringLiteral("user")).toString();
        r.rememberPassword = s->value(QStringLiteral("rememberPassword"), false).toBool();
        const QByteArray pin
            = QByteArray::fromHex(s->value(QStringLiteral("pinnedSha256")).toByteArray());
        if (pin.size() == 32)
            r.pinnedSha256 = pin;
        const QJsonDocument doc
            = QJsonDocument::fromJson(s->value(QStringLiteral("settings")).toByteArray());
        if (doc.isObject())
            r.settings = exchange::JournalingSettings::fromJson(doc.object());
        found = r;
    }
    s->endGroup();
    return found;
}

void RememberedSettings::remember(const QString &serverText, const QString &serverKey,
                                  const RememberedServer &server)
{
    if (serverKey.isEmpty())
        return;
    QSettings *s = store();
    s->setValue(QStringLiteral("lastServer"), serverText.trimmed());
    s->beginGroup(groupFor(serverKey));
    s->setValue(QStringLiteral("auth"), server.authChoice);
    s->setValue(QStringLiteral("user"), server.userName.trimmed());
    s->setValue(QStringLiteral("rememberPassword"), server.rememberPassword);
    if (server.pinnedSha256.isEmpty())
        s->remove(QStringLiteral("pinnedSha256"));
    else
        s->setValue(QStringLiteral("pinnedSha256"),
                    QString::fromLatin1(server.pinnedSha256.toHex()));
    if (server.settings)
        s->setValue(QStringLiteral("settings"),
                    QString::fromUtf8(
                        QJsonDocument(server.settings->toJson()).toJson(QJsonDocument::Compact)));
    s->endGroup();
    s->sync();
}

} // namespace wizard

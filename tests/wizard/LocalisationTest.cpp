// The embedded translations load and translate, plural forms included.
#include "Localisation.h"
#include "auth/SecurityContext.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

TEST(LocalisationTest, GermanAndSpanishAreEmbedded)
{
    const QStringList languages = wizard::Localisation::available();
    EXPECT_TRUE(languages.contains(QStringLiteral("de")));
    EXPECT_TRUE(languages.contains(QStringLiteral("es")));
    EXPECT_TRUE(languages.contains(QStringLiteral("en")));
}

TEST(LocalisationTest, TranslatorTranslatesPagesAndPlurals)
{
    for (const char *lang : {"de", "es"}) {
        QTranslator t;
        ASSERT_TRUE(t.load(QStringLiteral(":/i18n/securestore_%1.qm").arg(QLatin1String(lang))));
        const QString test = t.translate("wizard::ConnectPage", "&Test connection");
        EXPECT_FALSE(test.isEmpty()) << lang;
        EXPECT_NE(test, QStringLiteral("&Test connection")) << lang;
        const QString one
            = t.translate("wizard::FinishPage", "%n step(s) needed no change.", nullptr, 1);
        const QString many
            = t.translate("wizard::FinishPage", "%n step(s) needed no change.", nullptr, 3);
        EXPECT_FALSE(one.isEmpty()) << lang;
        EXPECT_NE(one, many) << lang;
    }
    QTranslator en;
    ASSERT_TRUE(en.load(QStringLiteral(":/i18n/securestore_en.qm")));
    EXPECT_EQ(en.translate("wizard::FinishPage", "%n step(s) needed no change.", nullptr, 1),
              QStringLiteral("%n step needed no change."));
}

// The client's own errors (remoting layer) reach a German user in German: the contexts the
// code looks up match the ones lupdate extracted.
TEST(LocalisationTest, RemotingErrorsAreTranslatedAtRunTime)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/securestore_de.qm")));
    QCoreApplication::installTranslator(&german);

    remoting::auth::ContextOptions basic;
    basic.method = remoting::AuthMethod::Basic;
    basic.host = QStringLiteral("ex01.contoso.com");
    basic.userName = QStringLiteral("admin");
    const auto refused = remoting::auth::createInitiator(basic, /*overTls=*/false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("Die Standardauthentifizierung")))
        << refused.error().message.toStdString();

    remoting::auth::ContextOptions kerberos;
    kerberos.method = remoting::AuthMethod::Kerberos;
    const auto noHost = remoting::auth::createInitiator(kerberos, false);
    ASSERT_FALSE(noHost.ok());
    EXPECT_EQ(noHost.error().message, QStringLiteral("Der Servername fehlt."));

    QCoreApplication::removeTranslator(&german);
}

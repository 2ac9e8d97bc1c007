// The embedded translations load and translate, plural forms included.
#include "Localisation.h"

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

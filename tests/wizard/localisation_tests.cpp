// The embedded translations load and translate, plural forms included.
#include "AnswersFile.h"
#include "CliOptions.h"
#include "HealthCheck.h"
#include "Localisation.h"
#include "QueueScan.h"
#include "StepTable.h"
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
    const auto context = remoting::auth::createInitiator(basic, /*overTls=*/true);
    ASSERT_TRUE(context.ok());
    const auto noUser = (*context)->step(QByteArray());
    ASSERT_FALSE(noUser.ok());
    EXPECT_TRUE(noUser.error().message.startsWith(QStringLiteral("Die Standardauthentifizierung")))
        << noUser.error().message.toStdString();

    remoting::auth::ContextOptions kerberos;
    kerberos.method = remoting::AuthMethod::Kerberos;
    const auto noHost = remoting::auth::createInitiator(kerberos, false);
    ASSERT_FALSE(noHost.ok());
    EXPECT_EQ(noHost.error().message, QStringLiteral("Der Servername fehlt."));

    QCoreApplication::removeTranslator(&german);
}

// Texts made in free helper functions (lupdate files them under the enclosing namespace's
// context) and in member functions reach a German user in German: the health check's findings,
// the queue evidence and the undo messages. Compared with the text the translator holds for the
// context lupdate extracted, so code that looks its text up in another context fails here.
TEST(LocalisationTest, HealthCheckAndUndoTextsAreTranslatedAtRunTime)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/securestore_de.qm")));
    QCoreApplication::installTranslator(&german);
    // The German text of `source` in `context` (%n replaced); fails if the context lacks it.
    const auto lookup = [&german](const char *context, const char *source, int n = -1) {
        EXPECT_FALSE(german.translate(context, source, nullptr, n).isEmpty())
            << context << ": " << source;
        return QCoreApplication::translate(context, source, nullptr, n);
    };

    // StepTable: made in a free function
    const QString rule = QStringLiteral("Journaling to SecureStore Archive");
    const exchange::UndoAction removal = exchange::StepTable::undo(
        exchange::StepKind::JournalRule, exchange::ChangeOperation::Create, rule, {});
    EXPECT_EQ(
        removal.message.toStdString(),
        lookup("exchange", "Removed \"%1\", which the run had created.").arg(rule).toStdString());

    // QueueScan: the finding (a member function) and its evidence (a free one)
    exchange::QueueInfo queue;
    queue.server = QStringLiteral("EX01");
    queue.identity = QStringLiteral("EX01\\4");
    queue.deliveryType = QStringLiteral("SmtpRelayToRemoteAdSite");
    queue.nextHopDomain = QStringLiteral("archive.securestore.net");
    queue.status = QStringLiteral("Active");
    queue.messageCount = 2;
    exchange::QueueScan::Targets targets;
    targets.nextHops = {queue.nextHopDomain};
    const QList<exchange::HealthFinding> queues = exchange::QueueScan::classify(
        {queue}, {}, targets, {queue.server}, QDateTime::currentDateTimeUtc());
    ASSERT_EQ(queues.size(), 1);
    EXPECT_EQ(queues.first().message.toStdString(),
              lookup("exchange::QueueScan",
                     "The queue to the archive on %1 is sending (%n message(s) waiting).", 2)
                  .arg(queue.server)
                  .toStdString());
    EXPECT_EQ(queues.first().evidence.toStdString(),
              lookup("exchange", "%1 (%2, next hop %3): %4, %n message(s)", 2)
                  .arg(queue.identity, queue.deliveryType, queue.nextHopDomain, queue.status)
                  .toStdString());

    // HealthCheck: a finding made in a free function (no journal rule)
    exchange::JournalingSettings settings;
    settings.journalAddress = QStringLiteral("abc123@archive.securestore.net");
    remoting::InvocationResult configuration;
    configuration.state = remoting::PipelineState::Completed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const exchange::HealthReport report = exchange::HealthCheck::evaluate(
        settings, configuration, nullptr, now.addSecs(-3600), now);
    const exchange::HealthFinding *missing = nullptr;
    for (const exchange::HealthFinding &f : report.findings)
        if (f.code == QLatin1String("rule-missing"))
            missing = &f;
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(
        missing->message.toStdString(),
        lookup("exchange", "There is no journal rule named '%1': no journal reports are created.")
            .arg(settings.ruleName)
            .toStdString());
    EXPECT_EQ(missing->advice.toStdString(),
              lookup("exchange", "Run the setup again to create the journal rule.").toStdString());

    QCoreApplication::removeTranslator(&german);
}

// The CLI's texts made in free helper functions (answers-file value descriptions, --help
// lines) reach a German user in German, from the context lupdate extracted them under.
TEST(LocalisationTest, CliTextsAreTranslatedAtRunTime)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/securestore_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto lookup = [&german](const char *context, const char *source) {
        const QString text = german.translate(context, source);
        EXPECT_FALSE(text.isEmpty()) << context << ": " << source;
        return text;
    };

    const auto parsed = cli::AnswersFile::parse(QByteArrayLiteral(R"({"remoteDomain": "false"})"),
                                                QStringLiteral("answers.json"));
    ASSERT_FALSE(parsed.ok());
    const QString problem = parsed.error().message;
    EXPECT_TRUE(problem.contains(lookup("cli", "true or false (without quotes)")))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(lookup("cli", "Write \"%1\": %2 without quotes.")
                                     .arg(QStringLiteral("remoteDomain"), QStringLiteral("false"))))
        << problem.toStdString();

    const QString usage = cli::CliOptions::usage();
    EXPECT_TRUE(usage.contains(lookup("cli", "this help (after a command: that command's help)")))
        << usage.toStdString();
    EXPECT_TRUE(
        usage.startsWith(lookup("cli::CliOptions", "Usage: securestore-setup <command> [options]")))
        << usage.toStdString();

    QCoreApplication::removeTranslator(&german);
}

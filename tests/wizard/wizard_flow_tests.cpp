// The whole wizard driven by mouse clicks and key presses on its real pages (found by object
// name), against bin/fake-exchange over loopback (https with a generated, untrusted
// certificate; Basic sign-in; the built-in demo organisation in a state file):
// fresh organisation -> applied and verified -> Finish; a second run has nothing to change;
// conflicts; missing management roles; trusting a certificate by its fingerprint; Cancel
// during apply.
#include "CheckLabel.h"
#include "FakeExchangeProcess.h"
#include "FinishPage.h"
#include "HealthCheckController.h"
#include "RunReport.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "TestPaths.h"
#include "WizardDriver.h"

#include "RemoteSession.h"

#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <optional>

using testsupport::FakeExchangeProcess;
using testsupport::WizardDriver;
using wizard::SetupController;
using wizard::SetupWizard;

namespace {

const QString kJournal = QStringLiteral("j-1a2b3c@archive.example.net");
const QString kNdr = QStringLiteral("journal-ndr@contoso.com");
const QString kAdmin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("Contoso!Admin1");

#define DRIVE(expr) ASSERT_TRUE(expr) << driver.error().toStdString()

QJsonObject readState(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeState(const QString &path, const QJsonObject &state)
{
    QSaveFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(state).toJson());
    ASSERT_TRUE(f.commit());
}

QJsonObject ruleNamed(const QJsonObject &state, const QString &name)
{
    for (const QJsonValue &v : state.value(QStringLiteral("journalRules")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

QStringList column(const QTreeWidget *tree, int col)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(col);
    return texts;
}

QString allText(const QTreeWidget *tree)
{
    QStringList texts;
    std::function<void(const QTreeWidgetItem *)> walk = [&](const QTreeWidgetItem *item) {
        for (int c = 0; c < item->columnCount(); ++c)
            texts << item->text(c);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return texts.join(QLatin1Char('\n'));
}

class WizardFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(testsupport::fakeExchangeAvailable())
            << "fake-exchange is not built: " << testsupport::fakeExchangeProgram().toStdString();
        QStandardPaths::setTestModeEnabled(
            true); // the engine's logs and journals stay out of the user's data
        ASSERT_TRUE(m_dir.isValid());
    }

    QString statePath() const { return m_dir.filePath(QStringLiteral("state.json")); }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // The fake over https on the state file (it writes the demo organisation there when the
    // file does not exist).
    std::unique_ptr<FakeExchangeProcess> startFake(const QStringList &faults = {},
                                                   const QStringList &extraArgs = {})
    {
        FakeExchangeProcess::Options o;
        o.https = true;
        o.state = statePath();
        o.faults = faults;
        o.extraArgs = extraArgs;
        auto fx = std::make_unique<FakeExchangeProcess>(o);
        if (!fx->start()) {
            ADD_FAILURE() << fx->errorString().toStdString();
            return nullptr;
        }
        return fx;
    }

    // Connect page: types the server and credentials, clicks Test connection, checks the
    // certificate dialog and trusts it with a click; returns when the connection is verified.
    static void connectTrustingCertificate(WizardDriver &driver, const FakeExchangeProcess &fx,
                                           const QString &user, const QString &password,
                                           bool expectNext = true)
    {
        DRIVE(driver.startConnection(fx.url().toString(), user, password));
        DRIVE(driver.waitFor(
            [&] {
                return driver.widget(QStringLiteral("certificateDialog")) != nullptr
                       && driver.widget(QStringLiteral("certificateDialog"))->isVisible();
            },
            30000, QStringLiteral("the certificate dialog")));
        QWidget *dialog = driver.widget(QStringLiteral("certificateDialog"));
        EXPECT_FALSE(driver.isNextEnabled());
        QMap<QString, QString> rows;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (!label->accessibleName().isEmpty())
                rows.insert(label->accessibleName(), label->text());
        }
        EXPECT_EQ(rows.value(QStringLiteral("SHA-256 fingerprint:")), fx.fingerprintHex());
        EXPECT_FALSE(rows.value(QStringLiteral("Issued to:")).isEmpty());
        EXPECT_FALSE(rows.value(QStringLiteral("Issued by:")).isEmpty());
        EXPECT_FALSE(rows.value(QStringLiteral("Valid from:")).isEmpty());
        EXPECT_FALSE(rows.value(QStringLiteral("Valid until:")).isEmpty());
        // The connection is not trusted until the technician says so.
        EXPECT_FALSE(driver.controller()->isConnectionVerified());
        DRIVE(driver.click(QStringLiteral("trustCertificateButton")));
        DRIVE(driver.waitFor(
            [&] {
                return driver.controller()->isConnectionVerified()
                       && !driver.controller()->isBusy();
            },
            30000, QStringLiteral("a verified connection")));
        EXPECT_EQ(SetupController::fingerprintText(driver.controller()->pinnedSha256()),
                  fx.fingerprintHex());
        if (expectNext) {
            ASSERT_TRUE(driver.isNextEnabled())
                << driver.find<QLabel>(QStringLiteral("statusLabel"))->text().toStdString();
        }
    }

    // Journaling address and NDR mailbox with the demo answers, each after one the page
    // refuses; stops on the journal rule page.
    static void answerAddressPages(WizardDriver &driver)
    {
        DRIVE(driver.clickNext());
        ASSERT_EQ(driver.currentId(), SetupWizard::JournalAddressPageId);
        EXPECT_FALSE(driver.isNextEnabled());
        DRIVE(driver.type(QStringLiteral("journalAddressLineEdit"),
                          QStringLiteral("journal@contoso.com")));
        EXPECT_FALSE(driver.isNextEnabled()); // an accepted domain of the organisation
        DRIVE(driver.type(QStringLiteral("journalAddressLineEdit"), kJournal));
        DRIVE(driver.clickNext());

        ASSERT_EQ(driver.currentId(), SetupWizard::NdrMailboxPageId);
        DRIVE(driver.type(QStringLiteral("ndrMailboxLineEdit"),
                          QStringLiteral("journal-ndr contoso.com")));
        EXPECT_FALSE(driver.isNextEnabled()); // not an address
        DRIVE(driver.type(QStringLiteral("ndrMailboxLineEdit"), kNdr));
        DRIVE(driver.clickNext());
        ASSERT_EQ(driver.currentId(), SetupWizard::JournalRulePageId);
    }

    // Journaling address .. smart host with the demo answers; stops on the review page.
    static void answerPages(WizardDriver &driver)
    {
        answerAddressPages(driver);
        ASSERT_FALSE(HasFatalFailure());
        EXPECT_EQ(driver.find<QLineEdit>(QStringLiteral("ruleNameLineEdit"))->text(),
                  exchange::JournalingSettings::defaultRuleName());
        DRIVE(driver.clickNext());

        ASSERT_EQ(driver.currentId(), SetupWizard::RemoteDomainPageId);
        EXPECT_TRUE(driver.find<QCheckBox>(QStringLiteral("remoteDomainCheckBox"))->isChecked());
        DRIVE(driver.clickNext());

        ASSERT_EQ(driver.currentId(), SetupWizard::SmartHostPageId);
        EXPECT_FALSE(driver.find<QCheckBox>(QStringLiteral("connectorCheckBox"))->isChecked());
        DRIVE(driver.clickNext());
        ASSERT_EQ(driver.currentId(), SetupWizard::ReviewPageId);
        DRIVE(waitForPlan(driver));
    }

    // Connect, the demo answers, the confirmation ticked, Apply; returns on the apply page with
    // the apply started.
    static void startApply(WizardDriver &driver, const FakeExchangeProcess &fx)
    {
        connectTrustingCertificate(driver, fx, kAdmin, kAdminPassword);
        ASSERT_FALSE(HasFatalFailure());
        answerPages(driver);
        ASSERT_FALSE(HasFatalFailure());
        DRIVE(driver.click(QStringLiteral("confirmCheckBox")));
        DRIVE(driver.clickNext());
        ASSERT_EQ(driver.currentId(), SetupWizard::ApplyPageId);
    }

    static bool waitForPlan(WizardDriver &driver)
    {
        return driver.waitFor(
            [&] { return !driver.controller()->isBusy() && driver.controller()->isPlanCurrent(); },
            30000, QStringLiteral("the plan"));
    }

    static bool waitForApply(WizardDriver &driver, const QString &what)
    {
        return driver.waitFor(
            [&] { return driver.controller()->hasApplied() && !driver.controller()->isBusy(); },
            60000, what);
    }

    // The fake on a mail-flow fixture (tests/fake-exchange/fixtures, MAILFLOW.md), its clock
    // frozen an hour after the fixture's mail began.
    std::unique_ptr<FakeExchangeProcess> startFixture(const QString &name)
    {
        const QString fixture = testsupport::sourceDir()
                                + QStringLiteral("/tests/fake-exchange/fixtures/%1.json").arg(name);
        if (!QFile::copy(fixture, statePath())) {
            ADD_FAILURE() << "cannot copy " << fixture.toStdString();
            return nullptr;
        }
        return startFake({}, {QStringLiteral("--clock"), QStringLiteral("2026-11-30T08:00:00Z"),
                              QStringLiteral("--time-scale"), QStringLiteral("0")});
    }

    QByteArray stateBytes() const
    {
        QFile f(statePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Welcome ("Check that journaling works") -> Connect -> Finish, where the check starts.
    static void openCheckFromWelcome(WizardDriver &driver, const FakeExchangeProcess &fx,
                                     const QString &user = kAdmin,
                                     const QString &password = kAdminPassword)
    {
        driver.wizard()->show();
        DRIVE(driver.click(QStringLiteral("checkRadioButton")));
        connectTrustingCertificate(driver, fx, user, password);
        ASSERT_FALSE(HasFatalFailure());
        DRIVE(driver.clickNext());
        ASSERT_EQ(driver.currentId(), SetupWizard::FinishPageId);
    }

    // The check from Welcome on the organisation `fx` serves: waits for the verdict, checks it
    // and the evidence shown, saves the report, finishes, and checks that the organisation's
    // state file is byte-identical. An expected text with a line's mark ("\u2717 Queues") must
    // begin that line. The check waits `waitMs` for mail (none: the wizard's own wait).
    void checkFromWelcome(FakeExchangeProcess &fx, const QString &verdict,
                          const QStringList &expected, const QString &user = kAdmin,
                          const QString &password = kAdminPassword,
                          std::optional<qint64> waitMs = std::nullopt)
    {
        const QByteArray before = stateBytes();
        ASSERT_FALSE(before.isEmpty());

        WizardDriver driver(settingsPath());
        if (waitMs) {
            driver.wizard()->healthCheck()->setWaitMs(*waitMs);
            driver.wizard()->healthCheck()->setPollIntervalMs(200);
        }
        openCheckFromWelcome(driver, fx, user, password);
        ASSERT_FALSE(HasFatalFailure());
        auto *verdictLabel = driver.find<QLabel>(QStringLiteral("healthVerdictLabel"));
        ASSERT_NE(verdictLabel, nullptr);
        DRIVE(driver.waitFor([&] { return !verdictLabel->text().isEmpty(); }, 30000,
                             QStringLiteral("the health verdict")));
        EXPECT_TRUE(verdictLabel->text().contains(verdict)) << verdictLabel->text().toStdString();
        QStringList shown; // the check's three lines, the verdict and the details
        for (const char *name : {"healthConfigurationLabel", "healthQueuesLabel",
                                 "healthDeliveryLabel", "healthVerdictLabel", "healthDetailsLabel"})
            shown << driver.find<QLabel>(QLatin1String(name))->text();
        const QString all = shown.join(QLatin1Char('\n'));
        for (const QString &text : expected) {
            const bool isLine = text.startsWith(QChar(0x2713)) || text.startsWith(QChar(0x2717));
            const auto begins = [&](const QString &line) { return line.startsWith(text); };
            EXPECT_TRUE(isLine ? std::any_of(shown.cbegin(), shown.cbegin() + 3, begins)
                               : all.contains(text))
                << "missing \"" << text.toStdString() << "\" in\n"
                << all.toStdString();
        }
        EXPECT_FALSE(driver.find<QWidget>(QStringLiteral("stopCheckButton"))->isVisible());
        EXPECT_FALSE(driver.find<QWidget>(QStringLiteral("resultTreeWidget"))->isVisible());

        auto *finish = qobject_cast<wizard::FinishPage *>(driver.wizard()->currentPage());
        ASSERT_TRUE(finish);
        const QString html = m_dir.filePath(QStringLiteral("check.html"));
        EXPECT_EQ(finish->saveReport(html), QString());
        QFile htmlFile(html);
        ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(htmlFile.readAll());
        EXPECT_TRUE(report.contains(QStringLiteral("Does journaling work?")));
        EXPECT_TRUE(report.contains(verdict.toHtmlEscaped()));
        EXPECT_TRUE(report.contains(QStringLiteral("nothing was changed")));

        DRIVE(driver.clickFinish());
        fx.stop();
        EXPECT_EQ(stateBytes(), before) << "the check changed the organisation";
    }

    // The same on a mail-flow fixture; the check waits `waitMs` for mail.
    void checkFromWelcome(const QString &fixture, const QString &verdict,
                          const QStringList &expected, const QString &user = kAdmin,
                          const QString &password = kAdminPassword, qint64 waitMs = 0)
    {
        auto fx = startFixture(fixture);
        ASSERT_TRUE(fx);
        checkFromWelcome(*fx, verdict, expected, user, password, waitMs);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(WizardFlowTest, FreshOrganisationAppliedVerifiedAndFinishShowsWhatChanged)
{
    auto fx = startFake();
    ASSERT_TRUE(fx);
    WizardDriver driver(settingsPath());
    ASSERT_EQ(driver.currentId(), SetupWizard::WelcomePageId);
    connectTrustingCertificate(driver, *fx, kAdmin, kAdminPassword);
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("contoso.com")));
    answerPages(driver);
    ASSERT_FALSE(HasFatalFailure());

    // Review: every step will be created or updated; Apply waits for the confirmation.
    auto *plan = driver.find<QTreeWidget>(QStringLiteral("planTreeWidget"));
    ASSERT_TRUE(plan);
    EXPECT_EQ(column(plan, 1),
              (QStringList{wizard::RunReport::actionName(exchange::StepAction::Update),
                           wizard::RunReport::actionName(exchange::StepAction::Create),
                           wizard::RunReport::actionName(exchange::StepAction::Create),
                           wizard::RunReport::actionName(exchange::StepAction::Skip)}))
        << allText(plan).toStdString();
    auto *script = driver.find<QPlainTextEdit>(QStringLiteral("scriptPlainTextEdit"));
    ASSERT_TRUE(script);
    EXPECT_TRUE(script->toPlainText().contains(QStringLiteral("New-JournalRule")));
    EXPECT_TRUE(script->toPlainText().contains(kJournal));
    auto *confirm = driver.find<QCheckBox>(QStringLiteral("confirmCheckBox"));
    ASSERT_TRUE(confirm && confirm->isVisible());
    EXPECT_FALSE(driver.isNextEnabled());
    DRIVE(driver.click(QStringLiteral("confirmCheckBox")));
    EXPECT_TRUE(confirm->isChecked());
    ASSERT_TRUE(driver.isNextEnabled());
    DRIVE(driver.clickNext());

    // Apply: each step made and read back; Back is gone, the log streams.
    ASSERT_EQ(driver.currentId(), SetupWizard::ApplyPageId);
    DRIVE(waitForApply(driver, QStringLiteral("apply to finish")));
    auto *steps = driver.find<QTreeWidget>(QStringLiteral("stepsTreeWidget"));
    ASSERT_TRUE(steps);
    const QString verified = wizard::RunReport::stateName(exchange::StepState::Verified);
    const QStringList states = column(steps, 1);
    ASSERT_EQ(states.size(), 4);
    EXPECT_EQ(states.mid(0, 3), (QStringList{verified, verified, verified}))
        << allText(steps).toStdString();
    EXPECT_TRUE(driver.controller()->applyResult().success);
    EXPECT_FALSE(
        driver.find<QPlainTextEdit>(QStringLiteral("logPlainTextEdit"))->toPlainText().isEmpty());
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("statusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Done")));

    // The organisation really has it.
    const QJsonObject state = readState(statePath());
    const QJsonObject rule = ruleNamed(state, exchange::JournalingSettings::defaultRuleName());
    EXPECT_EQ(rule.value(QStringLiteral("journalEmailAddress")).toString(), kJournal);
    EXPECT_EQ(rule.value(QStringLiteral("scope")).toString(), QStringLiteral("Internal"));
    EXPECT_TRUE(rule.value(QStringLiteral("enabled")).toBool());
    EXPECT_EQ(state.value(QStringLiteral("transportConfig"))
                  .toObject()
                  .value(QStringLiteral("journalingReportNdrTo"))
                  .toString(),
              kNdr);

    DRIVE(driver.clickNext());
    ASSERT_EQ(driver.currentId(), SetupWizard::FinishPageId);
    const QString summary = driver.find<QLabel>(QStringLiteral("summaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 step"))) << summary.toStdString();
    auto *result = driver.find<QTreeWidget>(QStringLiteral("resultTreeWidget"));
    ASSERT_TRUE(result);
    EXPECT_EQ(column(result, 1).mid(0, 3), (QStringList{verified, verified, verified}));
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("filesLabel"))
                    ->text()
                    .contains(QStringLiteral(".json")));
    EXPECT_TRUE(
        driver.find<QLabel>(QStringLiteral("undoLabel"))->text().contains(QStringLiteral("undo")));

    // Prove it works: the check runs live on the Finish page; right after the rule was created
    // there is usually no journal report yet, and the user can finish without waiting.
    auto *delivery = driver.find<QLabel>(QStringLiteral("healthDeliveryLabel"));
    ASSERT_TRUE(delivery);
    DRIVE(driver.waitFor(
        [&] {
            return delivery->text().contains(QStringLiteral("Waiting for the first journal report"))
                   || delivery->text().contains(QStringLiteral("handed to"));
        },
        30000, QStringLiteral("the health check waiting for (or seeing) a journal report")));
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("healthConfigurationLabel"))
                    ->text()
                    .startsWith(QStringLiteral("\u2713")));
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("healthQueuesLabel"))
                    ->text()
                    .startsWith(QStringLiteral("\u2713")));

    // The reports of the run: HTML and PDF.
    auto *finish = qobject_cast<wizard::FinishPage *>(driver.wizard()->currentPage());
    ASSERT_TRUE(finish);
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    EXPECT_EQ(finish->saveReport(html), QString());
    EXPECT_EQ(finish->saveReport(pdf), QString());
    QFile htmlFile(html);
    ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray htmlBytes = htmlFile.readAll();
    EXPECT_TRUE(htmlBytes.contains(kJournal.toUtf8()));
    EXPECT_TRUE(htmlBytes.contains("Does journaling work?"));
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    EXPECT_TRUE(pdfBytes.startsWith("%PDF-"));
    EXPECT_GT(pdfBytes.size(), 2000);

    DRIVE(driver.clickFinish());
    EXPECT_FALSE(driver.wizard()->isVisible());
    EXPECT_FALSE(driver.wizard()->healthCheck()->isRunning()); // finished without waiting
}

// The undeliverable-reports page against the demo organisation: discovery listed its user
// and shared mailboxes (complete, no groups or contacts), the page offers them as you type,
// the real shared mailbox passes without a warning, and a group or an unknown address is an
// error because the list is complete.
TEST_F(WizardFlowTest, NdrPageOffersTheListedMailboxesAndChecksAgainstThem)
{
    auto fx = startFake();
    ASSERT_TRUE(fx);
    WizardDriver driver(settingsPath());
    connectTrustingCertificate(driver, *fx, kAdmin, kAdminPassword);
    ASSERT_FALSE(HasFatalFailure());

    const exchange::Organisation &org = driver.controller()->organisation();
    EXPECT_TRUE(org.mailboxListComplete);
    QStringList listed;
    for (const exchange::Recipient &r : org.mailboxes)
        listed << r.primarySmtpAddress;
    listed.sort();
    EXPECT_EQ(listed, (QStringList{QStringLiteral("administrator@contoso.com"),
                                   QStringLiteral("alex.wilber@contoso.com"), kNdr,
                                   QStringLiteral("megan.bowen@sales.contoso.com")}));

    DRIVE(driver.clickNext());
    DRIVE(driver.type(QStringLiteral("journalAddressLineEdit"), kJournal));
    DRIVE(driver.clickNext());
    ASSERT_EQ(driver.currentId(), SetupWizard::NdrMailboxPageId);
    auto *edit = driver.find<QLineEdit>(QStringLiteral("ndrMailboxLineEdit"));
    auto *check = driver.find<wizard::CheckLabel>(QStringLiteral("ndrMailboxCheckLabel"));
    ASSERT_TRUE(edit && check);
    QCompleter *completer = edit->completer();
    ASSERT_TRUE(completer);

    // Type-ahead: any part of the address, any case, in a popup; picking it fills the field.
    // (The line edit takes the completer's pick only with focus, i.e. in the active window.)
    driver.wizard()->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(driver.wizard()));
    DRIVE(driver.type(QStringLiteral("ndrMailboxLineEdit"), QStringLiteral("NDR")));
    DRIVE(driver.waitFor([&] { return completer->popup()->isVisible(); }, 5000,
                         QStringLiteral("the completion popup")));
    ASSERT_EQ(completer->completionCount(), 1);
    QAbstractItemView *popup = completer->popup();
    const QModelIndex offered = popup->model()->index(0, 0);
    EXPECT_EQ(offered.data().toString(), kNdr);
    QSignalSpy act(completer, qOverload<const QString &>(&QCompleter::activated));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, Qt::NoModifier,
                      popup->visualRect(offered).center());
    EXPECT_EQ(act.size(), 1);
    EXPECT_FALSE(popup->isVisible());
    EXPECT_EQ(edit->text(), kNdr);
    EXPECT_EQ(check->check().level, wizard::FieldCheck::Level::Ok) << check->text().toStdString();
    EXPECT_TRUE(check->text().contains(QStringLiteral("shared mailbox")))
        << check->text().toStdString();
    EXPECT_TRUE(check->text().contains(QStringLiteral("Journal NDR")))
        << check->text().toStdString();
    EXPECT_EQ(check->palette().color(QPalette::WindowText),
              check->parentWidget()->palette().color(QPalette::WindowText)); // no amber, no red
    EXPECT_TRUE(driver.isNextEnabled());

    // A group is never the NDR mailbox; an address no mailbox has is an error (complete list).
    DRIVE(driver.type(QStringLiteral("ndrMailboxLineEdit"), QStringLiteral("it-team@contoso.com")));
    EXPECT_EQ(check->check().level, wizard::FieldCheck::Level::Error)
        << check->text().toStdString();
    EXPECT_FALSE(driver.isNextEnabled());
    DRIVE(driver.type(QStringLiteral("ndrMailboxLineEdit"), QStringLiteral("nobody@contoso.com")));
    EXPECT_EQ(check->check().level, wizard::FieldCheck::Level::Error)
        << check->text().toStdString();
    EXPECT_FALSE(driver.isNextEnabled());
    // A secondary address of a listed mailbox is that mailbox.
    DRIVE(driver.type(QStringLiteral("ndrMailboxLineEdit"), QStringLiteral("alex@contoso.com")));
    EXPECT_EQ(check->check().level, wizard::FieldCheck::Level::Ok) << check->text().toStdString();

    DRIVE(driver.type(QStringLiteral("ndrMailboxLineEdit"), kNdr));
    EXPECT_EQ(check->check().level, wizard::FieldCheck::Level::Ok) << check->text().toStdString();
    DRIVE(driver.clickNext());
    EXPECT_EQ(driver.currentId(), SetupWizard::JournalRulePageId);
}

TEST_F(WizardFlowTest, SecondRunHasNothingToChange)
{
    auto fx = startFake();
    ASSERT_TRUE(fx);
    {
        WizardDriver driver(settingsPath());
        startApply(driver, *fx);
        ASSERT_FALSE(HasFatalFailure());
        DRIVE(waitForApply(driver, QStringLiteral("apply to finish")));
        ASSERT_TRUE(driver.controller()->applyResult().success);
    }

    // Another run with the same remembered settings: server, user, pinned certificate and
    // answers come back; only the password is typed.
    WizardDriver driver(settingsPath());
    DRIVE(driver.clickNext());
    ASSERT_EQ(driver.currentId(), SetupWizard::ConnectPageId);
    EXPECT_EQ(driver.find<QLineEdit>(QStringLiteral("serverLineEdit"))->text(),
              fx->url().toString());
    EXPECT_EQ(driver.find<QLineEdit>(QStringLiteral("userLineEdit"))->text(), kAdmin);
    DRIVE(driver.type(QStringLiteral("passwordLineEdit"), kAdminPassword));
    DRIVE(driver.click(QStringLiteral("testConnectionButton")));
    DRIVE(driver.waitFor(
        [&] { return driver.controller()->isConnectionVerified() && driver.isNextEnabled(); },
        30000, QStringLiteral("a verified connection (pinned certificate)")));
    EXPECT_EQ(driver.widget(QStringLiteral("certificateDialog")), nullptr);

    for (int page : {SetupWizard::JournalAddressPageId, SetupWizard::NdrMailboxPageId,
                     SetupWizard::JournalRulePageId, SetupWizard::RemoteDomainPageId,
                     SetupWizard::SmartHostPageId}) {
        DRIVE(driver.clickNext());
        ASSERT_EQ(driver.currentId(), page);
    }
    EXPECT_EQ(driver.controller()->settings().journalAddress, kJournal);
    DRIVE(driver.clickNext());
    ASSERT_EQ(driver.currentId(), SetupWizard::ReviewPageId);
    DRIVE(waitForPlan(driver));
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("nothing to change")))
        << driver.find<QLabel>(QStringLiteral("statusLabel"))->text().toStdString();
    auto *plan = driver.find<QTreeWidget>(QStringLiteral("planTreeWidget"));
    for (const QString &action : column(plan, 1)) {
        EXPECT_TRUE(action == wizard::RunReport::actionName(exchange::StepAction::NoChange)
                    || action == wizard::RunReport::actionName(exchange::StepAction::Skip))
            << action.toStdString();
    }
    EXPECT_FALSE(driver.find<QCheckBox>(QStringLiteral("confirmCheckBox"))->isVisible());
    ASSERT_TRUE(driver.isNextEnabled()); // Apply only verifies

    DRIVE(driver.clickNext());
    DRIVE(waitForApply(driver, QStringLiteral("verification")));
    DRIVE(driver.clickNext());
    ASSERT_EQ(driver.currentId(), SetupWizard::FinishPageId);
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("summaryLabel"))
                    ->text()
                    .contains(QStringLiteral("nothing was changed")));
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("undoLabel"))
                    ->text()
                    .contains(QStringLiteral("nothing to undo")));
}

TEST_F(WizardFlowTest, SameNameRuleInStateBlocksWithTheReason)
{
    // The state file has a rule with our rule's name that journals somewhere else.
    {
        auto first = startFake(); // writes the demo organisation to the state file
        ASSERT_TRUE(first);
    }
    QJsonObject state = readState(statePath());
    ASSERT_FALSE(state.isEmpty());
    QJsonArray rules = state.value(QStringLiteral("journalRules")).toArray();
    rules.append(QJsonObject{
        {QStringLiteral("name"), exchange::JournalingSettings::defaultRuleName()},
        {QStringLiteral("journalEmailAddress"), QStringLiteral("legal@vault.example.org")},
        {QStringLiteral("scope"), QStringLiteral("Internal")},
        {QStringLiteral("enabled"), true}});
    state.insert(QStringLiteral("journalRules"), rules);
    writeState(statePath(), state);
    auto fx = startFake();
    ASSERT_TRUE(fx);

    WizardDriver driver(settingsPath());
    connectTrustingCertificate(driver, *fx, kAdmin, kAdminPassword);
    ASSERT_FALSE(HasFatalFailure());
    answerAddressPages(driver);
    ASSERT_FALSE(HasFatalFailure());

    // The rule page already knows: the name is taken by a rule that does something else.
    const QString reason = driver.find<QLabel>(QStringLiteral("ruleNameCheckLabel"))->text();
    EXPECT_TRUE(reason.contains(QStringLiteral("legal@vault.example.org"))) << reason.toStdString();
    EXPECT_FALSE(driver.isNextEnabled());
    auto *existing = driver.find<QTreeWidget>(QStringLiteral("existingRulesTreeWidget"));
    EXPECT_TRUE(column(existing, 0).contains(exchange::JournalingSettings::defaultRuleName()));

    // A different name is fine; the rule is still listed as a double-archiving risk.
    DRIVE(
        driver.type(QStringLiteral("ruleNameLineEdit"), QStringLiteral("SecureStore journaling")));
    EXPECT_TRUE(driver.isNextEnabled());
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("warningsLabel"))
                    ->text()
                    .contains(QStringLiteral("archived twice")));
}

TEST_F(WizardFlowTest, ConflictFoundOnReviewBlocksApplyWithTheReason)
{
    auto fx = startFake();
    ASSERT_TRUE(fx);
    WizardDriver driver(settingsPath());
    connectTrustingCertificate(driver, *fx, kAdmin, kAdminPassword);
    ASSERT_FALSE(HasFatalFailure());
    answerAddressPages(driver);
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(driver.isNextEnabled()); // no such rule yet

    // Meanwhile another administrator creates a rule with that name and another address.
    {
        remoting::RemoteSession other;
        remoting::SessionOptions o;
        o.endpoint = fx->url();
        o.auth = remoting::AuthMethod::Basic;
        o.userName = kAdmin;
        o.password = kAdminPassword;
        o.pinnedSha256 = fx->fingerprint();
        QSignalSpy opened(&other, &remoting::RemoteSession::opened);
        other.open(o);
        ASSERT_TRUE(opened.wait(30000));
        remoting::PipelineJob *job = other.invoke(
            {remoting::Command(QStringLiteral("New-JournalRule"))
                 .add(QStringLiteral("Name"), exchange::JournalingSettings::defaultRuleName())
                 .add(QStringLiteral("JournalEmailAddress"),
                      QStringLiteral("legal@vault.example.org"))
                 .add(QStringLiteral("Scope"), QStringLiteral("Internal"))
                 .add(QStringLiteral("Enabled"), true)});
        QSignalSpy finished(job, &remoting::PipelineJob::finished);
        ASSERT_TRUE(finished.wait(30000));
        ASSERT_TRUE(job->result().succeeded());
        QSignalSpy closed(&other, &remoting::RemoteSession::closed);
        other.close();
        closed.wait(10000);
    }
    ASSERT_FALSE(ruleNamed(readState(statePath()), exchange::JournalingSettings::defaultRuleName())
                     .isEmpty());

    for (int i = 0; i < 3; ++i)
        DRIVE(driver.clickNext());
    ASSERT_EQ(driver.currentId(), SetupWizard::ReviewPageId);
    DRIVE(waitForPlan(driver));
    auto *plan = driver.find<QTreeWidget>(QStringLiteral("planTreeWidget"));
    ASSERT_TRUE(plan);
    EXPECT_TRUE(
        column(plan, 1).contains(wizard::RunReport::actionName(exchange::StepAction::Conflict)))
        << allText(plan).toStdString();
    EXPECT_TRUE(allText(plan).contains(QStringLiteral("legal@vault.example.org")))
        << allText(plan).toStdString();
    EXPECT_FALSE(driver.find<QLabel>(QStringLiteral("issuesLabel"))->text().isEmpty());
    // Ticking the confirmation does not help: the conflict blocks Apply.
    auto *confirm = driver.find<QCheckBox>(QStringLiteral("confirmCheckBox"));
    if (confirm->isVisible()) {
        DRIVE(driver.click(QStringLiteral("confirmCheckBox")));
    }
    EXPECT_FALSE(driver.isNextEnabled());

    // Back to the rule page, another name, and the plan is clean again.
    for (int i = 0; i < 3; ++i)
        DRIVE(driver.clickBack());
    ASSERT_EQ(driver.currentId(), SetupWizard::JournalRulePageId);
    DRIVE(
        driver.type(QStringLiteral("ruleNameLineEdit"), QStringLiteral("SecureStore journaling")));
    for (int i = 0; i < 3; ++i)
        DRIVE(driver.clickNext());
    DRIVE(waitForPlan(driver));
    EXPECT_FALSE(driver.controller()->plan().hasConflicts());
    DRIVE(driver.click(QStringLiteral("confirmCheckBox")));
    EXPECT_TRUE(driver.isNextEnabled());
}

TEST_F(WizardFlowTest, MissingRolesShownByNameAndBlock)
{
    auto fx = startFake();
    ASSERT_TRUE(fx);
    WizardDriver driver(settingsPath());
    connectTrustingCertificate(driver, *fx, QStringLiteral("helpdesk"),
                               QStringLiteral("Contoso!Help1"),
                               /*expectNext=*/false);
    ASSERT_FALSE(HasFatalFailure());
    const QStringList missing = driver.controller()->organisation().missingRoles;
    ASSERT_FALSE(missing.isEmpty());
    EXPECT_TRUE(missing.contains(QStringLiteral("Remote and Accepted Domains")))
        << missing.join(QLatin1Char(',')).toStdString();
    const QString status = driver.find<QLabel>(QStringLiteral("statusLabel"))->text();
    for (const QString &role : missing)
        EXPECT_TRUE(status.contains(role))
            << role.toStdString() << " not in: " << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("Organization Management")));
    // Connected, but nothing this account could apply: the wizard does not go on.
    EXPECT_FALSE(driver.isNextEnabled());
    EXPECT_FALSE(driver.clickNext());
    EXPECT_EQ(driver.currentId(), SetupWizard::ConnectPageId);

    // Signing in with an account that has the roles clears it.
    DRIVE(driver.type(QStringLiteral("userLineEdit"), kAdmin));
    DRIVE(driver.type(QStringLiteral("passwordLineEdit"), kAdminPassword));
    EXPECT_FALSE(driver.isNextEnabled()); // the old test no longer counts
    DRIVE(driver.click(QStringLiteral("testConnectionButton")));
    DRIVE(driver.waitFor(
        [&] { return driver.controller()->isConnectionVerified() && driver.isNextEnabled(); },
        30000, QStringLiteral("a verified connection as admin")));
    EXPECT_TRUE(driver.controller()->organisation().missingRoles.isEmpty());
}

TEST_F(WizardFlowTest, CancelDuringApplyStopsBetweenStepsAndSkipsTheRest)
{
    // The first change takes 1.5 s on the server: time to press Cancel while it runs. The
    // apply is one pipeline; Cancel stops it, the change in flight completes and is read back.
    auto fx = startFake({QStringLiteral("cmdlet-slow:Set-TransportConfig:1500")});
    ASSERT_TRUE(fx);
    WizardDriver driver(settingsPath());
    startApply(driver, *fx);
    ASSERT_FALSE(HasFatalFailure());

    auto *steps = driver.find<QTreeWidget>(QStringLiteral("stepsTreeWidget"));
    ASSERT_TRUE(steps);
    const QString applying = wizard::RunReport::stateName(exchange::StepState::Applying);
    DRIVE(driver.waitFor([&] { return steps->topLevelItem(0)->text(1) == applying; }, 30000,
                         QStringLiteral("the first step to start")));
    DRIVE(driver.clickCancel());
    EXPECT_TRUE(driver.wizard()->isVisible()); // never closes over a change in flight
    EXPECT_EQ(driver.controller()->activity(), SetupController::Activity::Cancelling);
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("Stopping")));
    DRIVE(driver.waitIdle(60000));

    const exchange::ApplyResult &result = driver.controller()->applyResult();
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(result.success);
    const QString verified = wizard::RunReport::stateName(exchange::StepState::Verified);
    const QString skipped = wizard::RunReport::stateName(exchange::StepState::Skipped);
    const QStringList states = column(steps, 1);
    ASSERT_EQ(states.size(), 4);
    // The step that was running finished (verified); nothing after it ran.
    EXPECT_EQ(states.at(0), verified) << allText(steps).toStdString();
    EXPECT_EQ(states.mid(1), (QStringList{skipped, skipped, skipped}))
        << allText(steps).toStdString();
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("statusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Cancelled")));

    // What the wizard reports matches the organisation: the NDR mailbox set and verified,
    // no journal rule and no remote domain (not half-made).
    const QJsonObject state = readState(statePath());
    EXPECT_EQ(state.value(QStringLiteral("transportConfig"))
                  .toObject()
                  .value(QStringLiteral("journalingReportNdrTo"))
                  .toString(),
              kNdr);
    EXPECT_TRUE(ruleNamed(state, exchange::JournalingSettings::defaultRuleName()).isEmpty());
    for (const QJsonValue &rd : state.value(QStringLiteral("remoteDomains")).toArray())
        EXPECT_NE(rd.toObject().value(QStringLiteral("domainName")).toString(),
                  QStringLiteral("archive.example.net"));

    DRIVE(driver.clickNext());
    ASSERT_EQ(driver.currentId(), SetupWizard::FinishPageId);
    const QString summary = driver.find<QLabel>(QStringLiteral("summaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("cancelled"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 step"))) << summary.toStdString();
    auto *resultTree = driver.find<QTreeWidget>(QStringLiteral("resultTreeWidget"));
    EXPECT_EQ(column(resultTree, 1), states);
}

// "Check that journaling works" from the Welcome page: Connect, then straight to the Finish
// page's health check. On the demo organisation nothing is configured, so the check fails with
// the reason in plain words, and it changes nothing (the state file is byte-identical).
TEST_F(WizardFlowTest, CheckFromWelcomeRoutesThroughConnectAndChangesNothing)
{
    auto fx = startFake();
    ASSERT_TRUE(fx);
    // With the wizard's own wait (minutes): a failing configuration is a verdict at once. The
    // reason is an item of the details list.
    checkFromWelcome(*fx, QStringLiteral("Failing"),
                     {QStringLiteral("\u2717 Configuration"),
                      QStringLiteral("<li>There is no journal rule named")});
}

// The same verdicts as the CLI's acceptance tests, through the wizard's check from Welcome.
TEST_F(WizardFlowTest, CheckProvenBySend)
{
    checkFromWelcome(QStringLiteral("healthy-send"), QStringLiteral("Proven"),
                     {QStringLiteral("\u2713 Configuration"), QStringLiteral("\u2713 Queues"),
                      QStringLiteral("journal report for 'Internal message"),
                      QStringLiteral("(250 2.6.0")});
}

TEST_F(WizardFlowTest, CheckProvenBySendExternalToTheSmartHost)
{
    checkFromWelcome(QStringLiteral("healthy-smarthost"), QStringLiteral("Proven"),
                     {QStringLiteral("handed to smtp.securestore.net")});
}

TEST_F(WizardFlowTest, CheckQueueRetryDns)
{
    checkFromWelcome(QStringLiteral("defer-dns"), QStringLiteral("Failing"),
                     {QStringLiteral("\u2717 Queues"), QStringLiteral("DNS lookup failed"),
                      QStringLiteral("451 4.4.0"), QStringLiteral("Retry-Queue -Identity")});
}

TEST_F(WizardFlowTest, CheckQueueRetryConnectionRefused)
{
    checkFromWelcome(QStringLiteral("defer-refused"), QStringLiteral("Failing"),
                     {QStringLiteral("connection refused on port 25"), QStringLiteral("10061")});
}

TEST_F(WizardFlowTest, CheckRejectedWithNdrDelivered)
{
    checkFromWelcome(QStringLiteral("reject-with-ndr"), QStringLiteral("Failing"),
                     {QStringLiteral("550 5.1.1"), QStringLiteral("Re-copy the journaling address"),
                      QStringLiteral("the NDR was delivered to journal-ndr@contoso.com")});
}

TEST_F(WizardFlowTest, CheckRejectedWithoutNdrMailbox)
{
    checkFromWelcome(
        QStringLiteral("reject-no-ndr-mailbox"), QStringLiteral("Failing"),
        {QStringLiteral("two days and then lost"), QStringLiteral("the report is lost")});
}

TEST_F(WizardFlowTest, CheckUnreachable)
{
    checkFromWelcome(QStringLiteral("unreachable"), QStringLiteral("Failing"),
                     {QStringLiteral("no route to the archive")});
}

TEST_F(WizardFlowTest, CheckRuleDisabled)
{
    checkFromWelcome(QStringLiteral("rule-disabled"), QStringLiteral("Failing"),
                     {QStringLiteral("\u2717 Configuration"), QStringLiteral("is disabled"),
                      QStringLiteral("Enable-JournalRule")});
}

TEST_F(WizardFlowTest, CheckWithoutTrackingRoleNamesTheRole)
{
    checkFromWelcome(QStringLiteral("healthy-send"), QStringLiteral("Not yet proven"),
                     {QStringLiteral("Message Tracking")}, QStringLiteral("auditor"),
                     QStringLiteral("Contoso!View1"));
}

TEST_F(WizardFlowTest, CheckNothingWithinTheWait)
{
    checkFromWelcome(QStringLiteral("no-mail"), QStringLiteral("Not yet proven"),
                     {QStringLiteral("within the wait")}, kAdmin, kAdminPassword, 1000);
}

// "Stop waiting" while the check waits for the first journal report: it stops at once, says so,
// and the user finishes; nothing was changed.
TEST_F(WizardFlowTest, CheckStopWaitingEndsTheWaitCleanly)
{
    auto fx = startFixture(QStringLiteral("no-mail"));
    ASSERT_TRUE(fx);
    WizardDriver driver(settingsPath());
    driver.wizard()->healthCheck()->setWaitMs(10 * 60 * 1000);
    driver.wizard()->healthCheck()->setPollIntervalMs(200);
    openCheckFromWelcome(driver, *fx);
    ASSERT_FALSE(HasFatalFailure());
    auto *delivery = driver.find<QLabel>(QStringLiteral("healthDeliveryLabel"));
    ASSERT_TRUE(delivery);
    DRIVE(driver.waitFor(
        [&] { return delivery->text().contains(QStringLiteral("Waiting for the first journal")); },
        30000, QStringLiteral("waiting for the first journal report")));
    EXPECT_TRUE(driver.wizard()->healthCheck()->isRunning());
    DRIVE(driver.click(QStringLiteral("stopCheckButton")));
    EXPECT_FALSE(driver.wizard()->healthCheck()->isRunning());
    const QString verdict = driver.find<QLabel>(QStringLiteral("healthVerdictLabel"))->text();
    EXPECT_TRUE(verdict.contains(QStringLiteral("the check was stopped"))) << verdict.toStdString();
    EXPECT_EQ(driver.wizard()->healthCheck()->report().reason,
              exchange::NotProvenReason::Cancelled);
    DRIVE(driver.clickFinish());
}

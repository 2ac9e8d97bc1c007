// The pages as widgets (offscreen): naming, accessibility, typing drives validation and Next.
#include "AppIcon.h"
#include "CheckLabel.h"
#include "LazyWizardPage.h"
#include "Planner.h"
#include "RemoteSession.h"
#include "SetupController.h"
#include "SetupWizard.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

using wizard::SetupController;
using wizard::SetupWizard;

namespace {

// Remembered settings go to a throwaway file, never the user's own configuration.
SetupController *newController()
{
    static QTemporaryDir dir;
    auto *c = new SetupController;
    c->setSettingsFile(dir.filePath(QStringLiteral("settings.ini")));
    return c;
}

exchange::Organisation demoOrganisation()
{
    exchange::Organisation org;
    org.serverName = QStringLiteral("EX01");
    exchange::AcceptedDomain d;
    d.domainName = QStringLiteral("contoso.com");
    org.acceptedDomains = {d};
    org.journalingReportNdrTo = QStringLiteral("old-ndr@contoso.com");
    exchange::Recipient box;
    box.primarySmtpAddress = QStringLiteral("journal-ndr@contoso.com");
    box.recipientTypeDetails = QStringLiteral("SharedMailbox");
    box.found = true;
    org.mailboxes = {box};
    org.transportServers = {QStringLiteral("EX01"), QStringLiteral("EX02")};
    return org;
}

template<typename T>
T *child(QWidget *page, const char *name)
{
    T *w = page->findChild<T *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// Makes the widgets of a page that builds them when first shown, to inspect them.
QWizardPage *built(QWizardPage *page)
{
    if (auto *lazy = qobject_cast<wizard::LazyWizardPage *>(page))
        lazy->ensureBuilt();
    return page;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST(PagesTest, TenPagesWithTypedObjectNamesAndAccessibleInputs)
{
    SetupWizard w(newController());
    EXPECT_EQ(w.pageIds().size(), 10);
    for (int id : w.pageIds()) {
        QWizardPage *page = built(w.page(id));
        EXPECT_FALSE(page->findChildren<QWidget *>().isEmpty()) << page->objectName().toStdString();
        EXPECT_TRUE(page->objectName().endsWith(QLatin1String("Page")))
            << page->objectName().toStdString();
        EXPECT_FALSE(page->title().isEmpty());
        const auto edits = page->findChildren<QLineEdit *>();
        for (QLineEdit *e : edits) {
            if (e->parent() != page)
                continue; // inside composite widgets
            EXPECT_TRUE(e->objectName().endsWith(QLatin1String("LineEdit")))
                << e->objectName().toStdString();
            EXPECT_FALSE(e->accessibleName().isEmpty()) << e->objectName().toStdString();
        }
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            EXPECT_TRUE(b->objectName().endsWith(QLatin1String("Button"))
                        || b->objectName().endsWith(QLatin1String("CheckBox")))
                << b->objectName().toStdString();
        }
    }
    EXPECT_TRUE(w.page(SetupWizard::ReviewPageId)->isCommitPage());
    EXPECT_TRUE(w.page(SetupWizard::ApplyPageId)->isCommitPage());
}

// Start-up does only what the Welcome page needs (issue 11): the other pages make their
// widgets when first shown, no remote session exists before Test connection, and the icon
// comes from its PNGs (no SVG icon engine to load).
TEST(PagesTest, StartBuildsTheWelcomePageOnly)
{
    auto *controller = newController();
    SetupWizard w(controller);
    w.show();
    ASSERT_EQ(w.currentId(), SetupWizard::WelcomePageId);
    EXPECT_NE(w.currentPage()->findChild<QWidget *>(QStringLiteral("setupRadioButton")), nullptr);
    for (int id : w.pageIds()) {
        if (id == SetupWizard::WelcomePageId)
            continue;
        auto *page = qobject_cast<wizard::LazyWizardPage *>(w.page(id));
        ASSERT_NE(page, nullptr) << id;
        EXPECT_FALSE(page->isBuilt()) << page->objectName().toStdString();
        EXPECT_TRUE(page->findChildren<QWidget *>().isEmpty()) << page->objectName().toStdString();
        EXPECT_FALSE(page->title().isEmpty()); // the header is known before the page is built
        if (id != SetupWizard::FinishPageId) { // (always complete: Finish is always offered)
            EXPECT_FALSE(page->isComplete()) << page->objectName().toStdString();
        }
    }
    EXPECT_TRUE(w.findChildren<remoting::RemoteSession *>().isEmpty());
    EXPECT_EQ(controller->session(), nullptr);

    w.next(); // welcome -> connect: built on the way
    ASSERT_EQ(w.currentId(), SetupWizard::ConnectPageId);
    auto *connect = qobject_cast<wizard::LazyWizardPage *>(w.currentPage());
    EXPECT_TRUE(connect->isBuilt());
    EXPECT_NE(connect->findChild<QLineEdit *>(QStringLiteral("serverLineEdit")), nullptr);
    EXPECT_FALSE(
        qobject_cast<wizard::LazyWizardPage *>(w.page(SetupWizard::ReviewPageId))->isBuilt());
    w.back();
    w.next(); // shown again: the same widgets, not a second set
    EXPECT_EQ(connect->findChildren<QLineEdit *>(QStringLiteral("serverLineEdit")).size(), 1);

    const QList<QSize> sizes = w.windowIcon().availableSizes();
    EXPECT_EQ(sizes, (QList<QSize>{{16, 16}, {24, 24}, {32, 32}, {48, 48}, {64, 64}, {128, 128}}));
    EXPECT_EQ(w.pixmap(QWizard::LogoPixmap).size(), QSize(48, 48));
    EXPECT_EQ(wizard::appIcon(QStringLiteral("step-failed")).availableSizes().size(), 4);
}

TEST(PagesTest, ConnectPageNeedsASuccessfulTest)
{
    auto *controller = newController();
    SetupWizard w(controller);
    w.show();
    w.next(); // welcome -> connect
    ASSERT_EQ(w.currentId(), SetupWizard::ConnectPageId);
    QWizardPage *page = w.currentPage();
    auto *server = child<QLineEdit>(page, "serverLineEdit");
    typeInto(server, QStringLiteral("ex01.contoso.com"));
    EXPECT_EQ(controller->server(), QStringLiteral("ex01.contoso.com"));
    EXPECT_TRUE(child<QLabel>(page, "endpointLabel")
                    ->text()
                    .contains(QStringLiteral("http://ex01.contoso.com/PowerShell")));
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(child<QLineEdit>(page, "passwordLineEdit")->isEnabled()); // current user
    EXPECT_FALSE(child<QCheckBox>(page, "rememberCheckBox")->isChecked());
}

TEST(PagesTest, JournalAddressValidatedLive)
{
    auto *controller = newController();
    controller->setOrganisation(demoOrganisation());
    SetupWizard w(controller);
    QWizardPage *page = w.page(SetupWizard::JournalAddressPageId);
    page->initializePage();
    auto *edit = child<QLineEdit>(page, "journalAddressLineEdit");
    EXPECT_FALSE(page->isComplete());
    typeInto(edit, QStringLiteral("journal@contoso.com"));
    EXPECT_FALSE(page->isComplete()); // an accepted domain
    typeInto(edit, QStringLiteral("j-1a2b@archive.example.net"));
    EXPECT_TRUE(page->isComplete());
    EXPECT_EQ(controller->settings().journalAddress, QStringLiteral("j-1a2b@archive.example.net"));
    typeInto(edit, QStringLiteral("not an address"));
    EXPECT_FALSE(page->isComplete());
}

TEST(PagesTest, ReplacingADifferentNdrAddressNeedsConsent)
{
    auto *controller = newController();
    controller->setOrganisation(demoOrganisation());
    controller->updateSettings([](exchange::JournalingSettings &s) {
        s.journalAddress = QStringLiteral("j@archive.example.net");
    });
    SetupWizard w(controller);
    w.show();
    QWizardPage *page = w.page(SetupWizard::NdrMailboxPageId);
    page->initializePage();
    auto *edit = child<QLineEdit>(page, "ndrMailboxLineEdit");
    auto *replace = child<QCheckBox>(page, "replaceNdrCheckBox");
    EXPECT_EQ(edit->text(), QStringLiteral("old-ndr@contoso.com")); // the current value offered
    EXPECT_FALSE(replace->isVisibleTo(page));
    typeInto(edit, QStringLiteral("journal-ndr@contoso.com"));
    EXPECT_TRUE(replace->isVisibleTo(page));
    EXPECT_FALSE(page->isComplete());
    replace->click();
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(controller->settings().replaceExistingNdr);
    typeInto(edit, QStringLiteral("j@archive.example.net"));
    EXPECT_FALSE(page->isComplete()); // the journaling address itself
}

TEST(PagesTest, OptionalPagesDefaults)
{
    auto *controller = newController();
    controller->setOrganisation(demoOrganisation());
    controller->updateSettings([](exchange::JournalingSettings &s) {
        s.journalAddress = QStringLiteral("j@archive.example.net");
    });
    SetupWizard w(controller);

    QWizardPage *remote = w.page(SetupWizard::RemoteDomainPageId);
    remote->initializePage();
    EXPECT_TRUE(child<QCheckBox>(remote, "remoteDomainCheckBox")->isChecked());
    EXPECT_EQ(child<QLineEdit>(remote, "remoteDomainLineEdit")->text(),
              QStringLiteral("archive.example.net"));
    EXPECT_TRUE(child<QLineEdit>(remote, "remoteDomainLineEdit")->isReadOnly());
    EXPECT_TRUE(remote->isComplete());

    QWizardPage *smart = w.page(SetupWizard::SmartHostPageId);
    smart->initializePage();
    auto *enabled = child<QCheckBox>(smart, "connectorCheckBox");
    EXPECT_FALSE(enabled->isChecked());
    EXPECT_TRUE(smart->isComplete());
    enabled->click();
    EXPECT_FALSE(smart->isComplete()); // needs a smart host
    typeInto(child<QLineEdit>(smart, "smartHostLineEdit"),
             QStringLiteral("smtp.archive.example.net"));
    EXPECT_TRUE(smart->isComplete());
    EXPECT_TRUE(controller->settings().connectorEnabled);
    EXPECT_TRUE(controller->settings().sourceServers.isEmpty()); // all servers

    QWizardPage *rule = w.page(SetupWizard::JournalRulePageId);
    rule->initializePage();
    EXPECT_EQ(child<QLineEdit>(rule, "ruleNameLineEdit")->text(),
              exchange::JournalingSettings::defaultRuleName());
    EXPECT_TRUE(rule->isComplete());
    typeInto(child<QLineEdit>(rule, "ruleNameLineEdit"), QString());
    EXPECT_FALSE(rule->isComplete());
}

// The rule, remote-domain and connector pages show what the planner decides, in its words,
// also where the organisation spells addresses and domains differently from what was typed.
TEST(PagesTest, OptionalPagesAgreeWithThePlanner)
{
    exchange::Organisation org = demoOrganisation();
    exchange::JournalRule same;
    same.name = QStringLiteral("Old archive rule");
    same.journalEmailAddress = QStringLiteral("smtp:J@Archive.Example.NET");
    same.scope = QStringLiteral("Internal");
    same.enabled = true;
    exchange::JournalRule legal;
    legal.name = QStringLiteral("Legal hold");
    legal.journalEmailAddress = QStringLiteral("legal@vault.example.org");
    legal.scope = QStringLiteral("Global");
    legal.enabled = true;
    org.journalRules = {same, legal};
    exchange::RemoteDomain remote;
    remote.name = QStringLiteral("Archive");
    remote.domainName = QStringLiteral("*.Archive.Example.net");
    org.remoteDomains = {remote};
    exchange::SendConnector connector;
    connector.name = QStringLiteral("Archive route");
    connector.addressSpaces = {QStringLiteral("smtp:ARCHIVE.example.net;5")};
    org.sendConnectors = {connector};

    auto *controller = newController();
    controller->setOrganisation(org);
    controller->updateSettings([](exchange::JournalingSettings &s) {
        s.journalAddress = QStringLiteral("j@archive.example.net");
        s.connectorEnabled = true;
    });
    SetupWizard w(controller);
    w.show();

    QWizardPage *rule = w.page(SetupWizard::JournalRulePageId);
    rule->initializePage();
    const QStringList planned
        = exchange::Planner::ruleStep(controller->settings(), controller->organisation()).warnings;
    ASSERT_EQ(planned.size(), 1); // the legal hold only: "Old archive rule" is the same address
    EXPECT_EQ(child<QLabel>(rule, "warningsLabel")->text(), planned.first());
    EXPECT_TRUE(child<QLabel>(rule, "warningsLabel")->isVisibleTo(rule));

    QWizardPage *remotePage = w.page(SetupWizard::RemoteDomainPageId);
    remotePage->initializePage();
    EXPECT_EQ(
        exchange::Planner::remoteDomainStep(controller->settings(), controller->organisation())
            .identity,
        QStringLiteral("Archive"));
    EXPECT_TRUE(child<QLabel>(remotePage, "remoteDomainCheckLabel")
                    ->text()
                    .contains(QStringLiteral("\"Archive\"")));

    QWizardPage *smart = w.page(SetupWizard::SmartHostPageId);
    smart->initializePage();
    EXPECT_EQ(
        exchange::Planner::connectorStep(controller->settings(), controller->organisation()).action,
        exchange::StepAction::Conflict);
    auto *existing = child<QLabel>(smart, "existingConnectorLabel");
    EXPECT_TRUE(existing->isVisibleTo(smart));
    EXPECT_TRUE(existing->text().contains(QStringLiteral("Archive route")));
}

// Status colours come from the palette: readable on a light and on a dark window, re-chosen
// when the palette changes, and no page sets a colour of its own.
TEST(PagesTest, StatusColoursFollowThePalette)
{
    QWidget page;
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    light.setColor(QPalette::WindowText, Qt::black);
    page.setPalette(light);
    auto *label = new wizard::CheckLabel(&page);
    const auto contrast
        = [](const QColor &a, const QColor &b) { return qAbs(a.lightness() - b.lightness()); };
    label->setStatus(wizard::FieldCheck::Level::Error, QStringLiteral("bad"));
    const QColor lightError = label->palette().color(QPalette::WindowText);
    EXPECT_NE(lightError, QColor(Qt::black));
    EXPECT_GT(contrast(lightError, light.color(QPalette::Window)), 100);
    label->setStatus(wizard::FieldCheck::Level::Warning, QStringLiteral("hm"));
    EXPECT_GT(contrast(label->palette().color(QPalette::WindowText), light.color(QPalette::Window)),
              100);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    page.setPalette(dark); // the label re-chooses its colour
    const QColor darkWarning = label->palette().color(QPalette::WindowText);
    EXPECT_GT(contrast(darkWarning, dark.color(QPalette::Window)), 100);
    label->setStatus(wizard::FieldCheck::Level::Error, QStringLiteral("bad"));
    const QColor darkError = label->palette().color(QPalette::WindowText);
    EXPECT_NE(darkError, lightError);
    EXPECT_GT(contrast(darkError, dark.color(QPalette::Window)), 100);
    label->setStatus(wizard::FieldCheck::Level::Ok, QStringLiteral("fine"));
    EXPECT_EQ(label->palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));

    SetupWizard w(newController());
    for (int id : w.pageIds())
        for (QWidget *child : built(w.page(id))->findChildren<QWidget *>())
            EXPECT_FALSE(child->styleSheet().contains(QLatin1Char('#')))
                << child->objectName().toStdString() << ": " << child->styleSheet().toStdString();
}

TEST(PagesTest, ReviewBlocksWithoutAPlanAndCancelClosesWhenIdle)
{
    auto *controller = newController();
    SetupWizard w(controller);
    EXPECT_FALSE(w.page(SetupWizard::ReviewPageId)->isComplete());
    w.show();
    w.reject();
    EXPECT_FALSE(w.isVisible());
}

// Renders every page of the wizard (and the certificate dialog) to PNG for a reviewer:
// starts bin/fake-exchange on loopback, clicks through the pages with the demo answers
// like the flow tests do, and saves QWidget::grab() of the window on each page.
// Not a test; run through tests/wizard/render-pages.sh (under Xvfb) or with
// QT_QPA_PLATFORM=offscreen.
//   wizard_render_pages <out-dir> [--lang de|es|en] [--style Fusion]
#include "FakeExchangeProcess.h"
#include "Localisation.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using testsupport::WizardDriver;
using wizard::SetupWizard;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "render-pages: %s\n", qPrintable(message));
    return 1;
}

bool save(QWidget *widget, const QString &dir, int index, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path
        = QStringLiteral("%1/%2-%3.png").arg(dir).arg(index, 2, 10, QLatin1Char('0')).arg(name);
    if (!widget->grab().save(path))
        return false;
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString language = QStringLiteral("en");
    QString style;
    QString outDir;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(++i);
        else if (args.at(i) == QLatin1String("--style") && i + 1 < args.size())
            style = args.at(++i);
        else
            outDir = args.at(i);
    }
    if (outDir.isEmpty())
        return failWith(
            QStringLiteral("usage: wizard_render_pages <out-dir> [--lang xx] [--style NAME]"));
    if (!QDir().mkpath(outDir))
        return failWith(QStringLiteral("cannot create %1").arg(outDir));
    QCoreApplication::setApplicationName(QStringLiteral("securestore-setup-render"));
    QStandardPaths::setTestModeEnabled(
        true); // logs and change journals stay out of the user's data
    if (!style.isEmpty())
        QApplication::setStyle(QStyleFactory::create(style));
    wizard::Localisation::install(language);

    QTemporaryDir work;
    testsupport::FakeExchangeProcess::Options options;
    options.https = true;
    options.state = work.filePath(QStringLiteral("state.json"));
    testsupport::FakeExchangeProcess fx(options);
    if (!fx.start())
        return failWith(fx.errorString());

    WizardDriver driver(work.filePath(QStringLiteral("settings.ini")));
    QWidget *window = driver.wizard();
    int n = 1;
    auto grabPage = [&](const QString &name) { return save(window, outDir, n++, name); };
    auto check = [&](bool ok) {
        if (!ok)
            std::fprintf(stderr, "render-pages: %s\n", qPrintable(driver.error()));
        return ok;
    };

    if (!grabPage(QStringLiteral("welcome")))
        return failWith(QStringLiteral("cannot write to %1").arg(outDir));
    if (!check(driver.startConnection(fx.url().toString(), QStringLiteral("admin"),
                                      QStringLiteral("Contoso!Admin1"))))
        return 1;
    if (!check(driver.waitFor(
            [&] { return driver.widget(QStringLiteral("certificateDialog")) != nullptr; }, 30000,
            QStringLiteral("the certificate dialog"))))
        return 1;
    QWidget *dialog = driver.widget(QStringLiteral("certificateDialog"));
    if (!QTest::qWaitForWindowExposed(dialog, 2000))
        qWarning("render-pages: the certificate dialog was not exposed");
    save(dialog, outDir, n++, QStringLiteral("certificate-dialog"));
    if (!check(driver.click(QStringLiteral("trustCertificateButton")))
        || !check(driver.waitFor([&] { return driver.isNextEnabled(); }, 30000,
                                 QStringLiteral("the connection"))))
        return 1;
    grabPage(QStringLiteral("connect"));

    if (!check(driver.clickNext())
        || !check(driver.type(QStringLiteral("journalAddressLineEdit"),
                              QStringLiteral("j-1a2b3c@archive.example.net"))))
        return 1;
    grabPage(QStringLiteral("journal-address"));
    if (!check(driver.clickNext())
        || !check(driver.type(QStringLiteral("ndrMailboxLineEdit"),
                              QStringLiteral("journal-ndr@contoso.com"))))
        return 1;
    grabPage(QStringLiteral("ndr-mailbox"));
    if (!check(driver.clickNext()))
        return 1;
    grabPage(QStringLiteral("journal-rule"));
    if (!check(driver.clickNext()))
        return 1;
    grabPage(QStringLiteral("remote-domain"));
    if (!check(driver.clickNext()))
        return 1;
    grabPage(QStringLiteral("smart-host"));
    // The connector filled in, to show the page in use.
    if (!check(driver.click(QStringLiteral("connectorCheckBox")))
        || !check(driver.type(QStringLiteral("smartHostLineEdit"),
                              QStringLiteral("smtp.archive.example.net"))))
        return 1;
    grabPage(QStringLiteral("smart-host-enabled"));
    if (!check(driver.click(QStringLiteral("connectorCheckBox"))) || !check(driver.clickNext()))
        return 1;
    if (!check(driver.waitFor(
            [&] { return !driver.controller()->isBusy() && driver.controller()->isPlanCurrent(); },
            30000, QStringLiteral("the plan"))))
        return 1;
    if (!check(driver.click(QStringLiteral("confirmCheckBox"))))
        return 1;
    grabPage(QStringLiteral("review"));
    if (!check(driver.clickNext())
        || !check(driver.waitFor(
            [&] { return driver.controller()->hasApplied() && !driver.controller()->isBusy(); },
            60000, QStringLiteral("apply"))))
        return 1;
    grabPage(QStringLiteral("apply"));
    if (!check(driver.clickNext()))
        return 1;
    grabPage(QStringLiteral("finish"));
    return 0;
}

// PowerShell rendering: values come out literally quoted; comments cannot break out.
#include "ExchangeShapes.h"
#include "Planner.h"
#include "ScriptRenderer.h"

#include <gtest/gtest.h>

using namespace exchange;
using remoting::Command;
using remoting::PsValue;

TEST(Rendering, QuotingIsLiteral)
{
    EXPECT_EQ(ScriptRenderer::quote(QStringLiteral("plain")), QStringLiteral("'plain'"));
    EXPECT_EQ(ScriptRenderer::quote(QStringLiteral("O'Brien's")), QStringLiteral("'O''Brien''s'"));
    EXPECT_EQ(ScriptRenderer::quote(QStringLiteral("a;b")), QStringLiteral("'a;b'"));
    EXPECT_EQ(ScriptRenderer::quote(QStringLiteral("$(Remove-Item C:\\)")),
              QStringLiteral("'$(Remove-Item C:\\)'"));
    EXPECT_EQ(ScriptRenderer::quote(QStringLiteral("back`tick $env:X \"dq\"")),
              QStringLiteral("'back`tick $env:X \"dq\"'"));
    EXPECT_EQ(ScriptRenderer::quote(QStringLiteral("Journalisierung für Archiv – ✓")),
              QStringLiteral("'Journalisierung für Archiv – ✓'"));
    // typographic single quotes also end a '...' string in PowerShell: doubled too
    EXPECT_EQ(ScriptRenderer::quote(QString::fromUtf8("it\u2019s \u2018x\u2019")),
              QString::fromUtf8("'it\u2019\u2019s \u2018\u2018x\u2019\u2019'"));
    EXPECT_EQ(ScriptRenderer::quote(QString()), QStringLiteral("''"));
}

TEST(Rendering, ValuesAndParameters)
{
    Command c(QStringLiteral("Set-Thing"));
    c.add(QStringLiteral("Identity"), QStringLiteral("it's"))
        .add(QStringLiteral("Enabled"), true)
        .add(QStringLiteral("TNEFEnabled"), false)
        .addNull(QStringLiteral("Comment"))
        .add(QStringLiteral("Servers"),
             QStringList{QStringLiteral("EX01"), QStringLiteral("EX'02")})
        .add(QStringLiteral("Count"), 3)
        .add(QStringLiteral("Confirm"), false)
        .addSwitch(QStringLiteral("Force"));
    EXPECT_EQ(ScriptRenderer::command(c),
              QStringLiteral(
                  "Set-Thing -Identity 'it''s' -Enabled $true -TNEFEnabled $false -Comment $null "
                  "-Servers 'EX01','EX''02' -Count 3 -Confirm:$false -Force"));
    EXPECT_EQ(ScriptRenderer::value(PsValue::stringList({})), QStringLiteral("@()"));
}

TEST(Rendering, PlanScriptHasOneCmdletPerLineAndCommentsPerStep)
{
    JournalingSettings s;
    s.journalAddress = QStringLiteral("o'neil@archive.securestore.example");
    s.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    s.ruleName = QStringLiteral("Rule; $(whoami) `n 'q' für");
    s.remoteDomainName = QStringLiteral("Remote \"dq\" $x");
    Organisation org = shapes::freshOrg();
    org.recipients[1].query = s.journalAddress;
    const Plan p = Planner::plan(s, org);
    ASSERT_TRUE(p.isValid());
    const QString script = ScriptRenderer::plan(p, QStringLiteral("ex01.contoso.com"));
    const QStringList lines = script.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_TRUE(
        lines.contains(QStringLiteral("New-JournalRule -Name 'Rule; $(whoami) `n ''q'' für' "
                                      "-JournalEmailAddress 'o''neil@archive.securestore.example' "
                                      "-Scope 'Internal' -Enabled $true")))
        << script.toStdString();
    EXPECT_TRUE(lines.contains(
        QStringLiteral("Set-TransportConfig -JournalingReportNdrTo 'journal-ndr@contoso.com'")));
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "New-RemoteDomain -Name 'Remote \"dq\" $x' -DomainName 'archive.securestore.example'")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Set-RemoteDomain -Identity 'Remote \"dq\" $x' "
                                              "-AllowedOOFType 'None' -TNEFEnabled $false")));
    // every non-comment line is exactly one cmdlet of ours
    int comments = 0;
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1Char('#'))) {
            ++comments;
            continue;
        }
        EXPECT_TRUE(l.startsWith(QLatin1String("Set-")) || l.startsWith(QLatin1String("New-"))
                    || l.startsWith(QLatin1String("Get-"))
                    || l.startsWith(QLatin1String("Enable-")))
            << l.toStdString();
    }
    EXPECT_GE(comments, 4 * 2);
}

TEST(Rendering, CommentsCannotBreakOut)
{
    EXPECT_EQ(ScriptRenderer::comment(QStringLiteral("a\nRemove-Item x\r\nb")),
              QStringLiteral("a Remove-Item x  b"));
    Organisation org = shapes::freshOrg();
    JournalRule r;
    r.name = QStringLiteral("evil\nRemove-JournalRule -Identity *");
    r.journalEmailAddress = QStringLiteral("x@old.example");
    r.scope = QStringLiteral("Global");
    r.enabled = true;
    org.journalRules << r;
    JournalingSettings s;
    s.journalAddress = QStringLiteral("contoso@archive.securestore.example");
    s.ndrMailbox = QStringLiteral("journal-ndr@contoso.com");
    const QString script = ScriptRenderer::plan(Planner::plan(s, org));
    for (const QString &l : script.split(QLatin1Char('\n')))
        EXPECT_FALSE(l.startsWith(QLatin1String("Remove-"))) << l.toStdString();
}

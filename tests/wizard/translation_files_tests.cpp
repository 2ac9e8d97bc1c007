// Every .ts under translations/ is complete: each message translated (no "unfinished",
// "vanished" or "obsolete" entries, no empty text), plural forms filled, placeholders kept,
// and the source's leading and trailing white space kept (a lost "\n" joins two CLI lines).
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace {

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

// The white space a text starts and ends with.
QString edges(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return text;
    const qsizetype start = text.indexOf(trimmed);
    return text.left(start) + QLatin1Char('|') + text.mid(start + trimmed.size());
}

struct Problem
{
    QString file, context, source, what;
};

QList<Problem> checkTs(const QString &path, int *messageCount)
{
    QList<Problem> problems;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problems.append({path, {}, {}, QStringLiteral("cannot open")});
        return problems;
    }
    QXmlStreamReader xml(&f);
    QString context, source, translationType;
    QStringList forms;
    QString translation;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                translation.clear();
                forms.clear();
                translationType.clear();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++*messageCount;
            const QString file = QFileInfo(path).fileName();
            if (!translationType.isEmpty())
                problems.append({file, context, source, QStringLiteral("type=") + translationType});
            if (numerus) {
                if (forms.size() < 2)
                    problems.append(
                        {file, context, source, QStringLiteral("fewer than 2 plural forms")});
                for (const QString &form : std::as_const(forms)) {
                    if (form.trimmed().isEmpty())
                        problems.append(
                            {file, context, source, QStringLiteral("empty plural form")});
                    else if (edges(form) != edges(source))
                        problems.append({file, context, source,
                                         QStringLiteral("leading/trailing white space differs")});
                }
            } else if (translation.trimmed().isEmpty()) {
                problems.append({file, context, source, QStringLiteral("empty translation")});
            } else if (placeholders(translation) != placeholders(source)) {
                problems.append(
                    {file, context, source, QStringLiteral("placeholders differ: ") + translation});
            } else if (edges(translation) != edges(source)) {
                problems.append({file, context, source,
                                 QStringLiteral("leading/trailing white space differs")});
            }
        }
    }
    if (xml.hasError())
        problems.append({path, {}, {}, QStringLiteral("XML error: ") + xml.errorString()});
    return problems;
}

} // namespace

TEST(TranslationFilesTest, EveryTsFileIsComplete)
{
    const QDir dir(testsupport::sourceDir() + QStringLiteral("/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")});
    ASSERT_TRUE(files.contains(QStringLiteral("securestore_en.ts")));
    ASSERT_TRUE(files.contains(QStringLiteral("securestore_de.ts")));
    ASSERT_TRUE(files.contains(QStringLiteral("securestore_es.ts")));
    for (const QString &name : files) {
        int count = 0;
        const QList<Problem> problems = checkTs(dir.filePath(name), &count);
        EXPECT_GT(count, 100) << name.toStdString();
        for (const Problem &p : problems) {
            ADD_FAILURE() << p.file.toStdString() << " [" << p.context.toStdString() << "] \""
                          << p.source.left(60).toStdString() << "\": " << p.what.toStdString();
        }
    }
}

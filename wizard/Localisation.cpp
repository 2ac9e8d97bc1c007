#include "Localisation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLocalisation, "securestore.i18n")

namespace wizard {

QStringList Localisation::available()
{
    QStringList languages;
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("securestore_*.qm")});
    for (const QString &f : files)
        languages << f.mid(12, f.size() - 12 - 3);
    return languages;
}

QString Localisation::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *app = new QTranslator(QCoreApplication::instance());
    QString used = QStringLiteral("en");
    if (app->load(locale, QStringLiteral("securestore"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
        used = app->language().isEmpty() ? locale.name() : app->language();
    } else {
        delete app;
    }

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QCoreApplication::applicationDirPath() + QStringLiteral("/translations"))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    qCDebug(lcLocalisation) << "language" << used << "for locale" << locale.name();
    return used;
}

} // namespace wizard

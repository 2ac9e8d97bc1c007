#pragma once

#include <QLocale>
#include <QString>

namespace wizard {

// Installs the application's translations (embedded as :/i18n/securestore_<lang>.qm) and Qt's
// own (qtbase_<lang>.qm) for the system locale or an explicit --lang override.
class Localisation
{
public:
    // language: "de", "es", "en", "de_DE"...; empty = the system locale. Returns the language
    // actually used ("en" when nothing matched). Call after the Q(Core)Application exists.
    static QString install(const QString &language = {});
    static QStringList available(); // languages with an embedded translation
};

} // namespace wizard

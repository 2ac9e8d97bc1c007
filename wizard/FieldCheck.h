#pragma once

#include "Organisation.h"

#include <QCoreApplication>
#include <QString>

namespace wizard {

// The result of checking one input as the technician types: an error blocks Next, a warning
// is shown but does not. The static checks are pure (no widgets, no network) so every page's
// validation is tested directly. Syntax, names and the settings rules come from the engine
// (exchange::AddressSyntax, exchange::SettingsValidator): the pages add only what the
// engine cannot know yet (what will happen, mailbox types from the organisation).
struct FieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(wizard::FieldCheck)
public:
    enum class Level { Ok, Warning, Error };
    Level level = Level::Ok;
    QString message; // translated; may be set for Ok too (what will happen)

    bool ok() const { return level != Level::Error; }

    static FieldCheck okay(const QString &message = {}) { return {Level::Ok, message}; }
    static FieldCheck warning(const QString &message) { return {Level::Warning, message}; }
    static FieldCheck error(const QString &message) { return {Level::Error, message}; }

    static FieldCheck journalAddress(const QString &text,
                                     const QList<exchange::AcceptedDomain> &accepted);
    static FieldCheck ndrMailbox(const QString &text, const QString &journalAddress,
                                 const exchange::Organisation &organisation);
    static FieldCheck ruleName(const QString &name, const QString &journalAddress,
                               const QList<exchange::JournalRule> &rules);
    // Names of the rule, the remote domain and the send connector (SettingsValidator::isValidName).
    static FieldCheck objectName(const QString &name);
    // A smart host (AddressSyntax::isValidSmartHost).
    static FieldCheck smartHost(const QString &host);
};

} // namespace wizard

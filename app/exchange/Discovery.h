#pragma once

#include "Command.h"
#include "Invocation.h"
#include "JournalingSettings.h"
#include "Organisation.h"

#include <QList>
#include <QStringList>

namespace exchange {

// Builds the one-pipeline discovery and attributes its output: PSRP marks no statement
// boundaries, so objects are recognised by type name and errors by activity/command/target.
class Discovery
{
public:
    // Every Get-* cmdlet discovery uses (Get-Command excluded).
    static QStringList readCmdlets();
    // The addresses discovery looks up with Get-Recipient (syntactically valid ones only).
    static QStringList recipientQueries(const JournalingSettings &settings);
    // How many user and shared mailboxes discovery lists for type-ahead (each costs CLIXML
    // bytes); a longer list is capped and marked incomplete (Organisation::mailboxListComplete).
    static constexpr int mailboxListSize = 200;
    // Get-Recipient -RecipientTypeDetails UserMailbox,SharedMailbox -ResultSize mailboxListSize:
    // part of the discovery pipeline, just before the identity lookups of recipientQueries().
    static remoting::Command mailboxList();

    // All reads + Get-Command in one pipeline. With onlyCmdlets non-null, only the reads
    // whose cmdlet is in that list (the fallback after a CommandNotFoundException).
    // listMailboxes adds mailboxList() (the wizard's type-ahead; the CLI does not pay for it).
    static QList<remoting::Command> statements(const JournalingSettings &settings,
                                               const QStringList *onlyCmdlets = nullptr,
                                               bool listMailboxes = true);
    // Just Get-Command for every cmdlet the engine may need.
    static remoting::Command getCommand(const JournalingSettings &settings);

    // The pipeline failed because a cmdlet is not granted (CommandNotFoundException).
    static bool isCommandNotFound(const remoting::InvocationResult &result);

    // Attributes the output/errors of one or more discovery pipelines.
    // listedMailboxes: the pipelines included mailboxList().
    static Organisation parse(const QList<remoting::InvocationResult> &results,
                              const JournalingSettings &settings, const QString &serverLabel = {},
                              bool listedMailboxes = true);
    // "Exchange Server 2016" from "Version 15.1 (Build 2507.6)".
    static QString productName(const QString &adminDisplayVersion);
};

} // namespace exchange

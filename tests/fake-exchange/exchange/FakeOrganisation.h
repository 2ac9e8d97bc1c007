#pragma once

#include "CmdletOutcome.h"
#include "CmdletSpec.h"
#include "Command.h"
#include "Error.h"
#include "ManagementRoles.h"
#include "OrganisationModel.h"
#include "SimulatedClock.h"

#include <QMap>
#include <QString>

#include <memory>

namespace fake {

// The emulated Exchange organisation behind the fake server: users and their management
// roles, the configuration objects, and the cmdlets that read and change them with
// Exchange's semantics, RBAC and error texts (../shared/EXCHANGE.md).
//
// Fixture/state format: OrganisationJson.h. Built-in demo organisation, users and passwords:
// DemoOrganisation.h (admin / Contoso!Admin1, helpdesk / Contoso!Help1, auditor / Contoso!View1).
//
// run() is synchronous and not thread-safe; the server calls it from its event loop.
class FakeOrganisation
{
public:
    // orgJsonPath empty = the built-in demo organisation.
    static remoting::Expected<std::unique_ptr<FakeOrganisation>> load(const QString &orgJsonPath);
    static std::unique_ptr<FakeOrganisation> fromModel(OrganisationModel model);

    // Loads the state file when it exists (replacing the fixture's configuration), else writes
    // the current state to it; afterwards every change is saved atomically (QSaveFile). An
    // unreadable/invalid state file is an error and the organisation is left unchanged.
    remoting::Status setStatePath(const QString &path);
    QString statePath() const { return m_statePath; }

    bool checkPassword(const QString &user, const QString &password) const; // Basic
    // "admin@CONTOSO.COM" / "CONTOSO\\admin" / "admin@contoso.com" (UPN) -> "admin"; unknown
    // names come back stripped of realm/domain.
    QString resolveUser(const QString &principalOrName) const;
    bool userExists(const QString &user) const;
    QStringList userRoles(const QString &user) const;

    CmdletOutcome run(const QString &user, const remoting::Command &command);
    // One pipeline `A | B | C` as PowerShell runs it: every command is resolved first (an
    // unknown or not granted command fails the whole pipeline before anything runs), then
    // each command's output flows into the next; the last command's output is the result.
    CmdletOutcome runPipeline(const QString &user, const QList<remoting::Command> &pipeline);

    // GET_COMMAND_METADATA: the count, then the metadata of every command this user's roles
    // allow whose name matches one of names (wildcards; empty = all), of the requested
    // CommandTypes (the emulated commands are cmdlets, 8) and module (namespaces).
    QList<remoting::PsValue> commandMetadata(const QString &user, const QStringList &names,
                                             int commandTypes, const QStringList &namespaces) const;

    // Simulated time for mail flow and every time the fake writes (../MAILFLOW.md).
    void setClock(const SimulatedClock &clock) { m_clock = clock; }
    const SimulatedClock &clock() const { return m_clock; }
    void freezeClockAt(const QDateTime &at) { m_clock.freezeAt(at); }
    QDateTime now() const { return m_clock.now(); }

    // ---- cmdlet-level fault injection (deterministic; fake-exchange --fault cmdlet-…) ----
    // The occurrence-th call of `cmdlet` (counted over this organisation's lifetime, 1-based;
    // 0 = every call) fails, or takes delayMs. A failing call changes nothing and writes an
    // Exchange-style error record (non-terminating, so -ErrorAction decides what it ends).
    struct InjectedFault
    {
        QString cmdlet;
        int occurrence = 0;
        bool fail = false;
        int delayMs = 0;
    };
    void addInjectedFault(const InjectedFault &fault) { m_injected.append(fault); }
    // How long the next run of `statement` takes (the slowest of its commands' next calls).
    int delayFor(const QList<remoting::Command> &statement) const;
    int injectedFailures() const { return m_injectedFailures; }

    QString serverName() const;
    QString exchangeVersion() const;
    const OrganisationModel &model() const { return m_model; }
    // The last state-file write error (empty when the last save worked).
    QString lastSaveError() const { return m_lastSaveError; }

private:
    explicit FakeOrganisation(OrganisationModel model);
    const UserAccount *findUser(const QString &name) const;
    // One command with its parameters bound (input: the objects piped in, for inputObjects
    // cmdlets).
    CmdletOutcome invoke(const QString &user, const QStringList &roles, const CmdletSpec &spec,
                         const ManagementRoles::Grant &grant, const remoting::Command &command,
                         const QList<remoting::PsValue> &input);
    bool save();

    OrganisationModel m_model;
    QString m_statePath;
    QString m_lastSaveError;
    SimulatedClock m_clock;
    QList<InjectedFault> m_injected;
    QMap<QString, int> m_calls; // per lower-case cmdlet name
    int m_injectedFailures = 0;
};

} // namespace fake

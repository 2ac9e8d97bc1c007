#include "FakeOrganisation.h"

#include "CmdletCall.h"
#include "CmdletCatalog.h"
#include "CmdletErrors.h"
#include "DemoOrganisation.h"
#include "ManagementRoles.h"
#include "OrganisationJson.h"
#include "ParameterBinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcFakeOrg, "securestore.fakeorg")

namespace fake {

using remoting::Error;
using remoting::Expected;
using remoting::PsValue;

FakeOrganisation::FakeOrganisation(OrganisationModel model)
    : m_model(std::move(model))
{}

std::unique_ptr<FakeOrganisation> FakeOrganisation::fromModel(OrganisationModel model)
{
    OrganisationJson::complete(model);
    return std::unique_ptr<FakeOrganisation>(new FakeOrganisation(std::move(model)));
}

Expected<std::unique_ptr<FakeOrganisation>> FakeOrganisation::load(const QString &orgJsonPath)
{
    Expected<OrganisationModel> model
        = orgJsonPath.isEmpty()
              ? OrganisationJson::parse(DemoOrganisation::json(), QStringLiteral("(built-in demo)"))
              : OrganisationJson::readFile(orgJsonPath);
    if (!model)
        return model.error();
    return std::unique_ptr<FakeOrganisation>(new FakeOrganisation(std::move(model).value()));
}

remoting::Status FakeOrganisation::setStatePath(const QString &path)
{
    if (QFileInfo::exists(path)) {
        Expected<OrganisationModel> state = OrganisationJson::readFile(path);
        if (!state) {
            qCWarning(lcFakeOrg) << "state file not loaded:" << state.error().message;
            return state.error();
        }
        m_model = std::move(state).value();
        m_statePath = path;
        qCInfo(lcFakeOrg) << "state loaded from" << path;
        return remoting::success();
    }
    m_statePath = path;
    if (!save())
        return Error::make(Error::Kind::Usage, m_lastSaveError);
    return remoting::success();
}

bool FakeOrganisation::save()
{
    if (m_statePath.isEmpty())
        return true;
    QSaveFile f(m_statePath);
    if (!f.open(QIODevice::WriteOnly) || f.write(OrganisationJson::serialize(m_model)) < 0
        || !f.commit()) {
        m_lastSaveError = QCoreApplication::translate("fake::FakeOrganisation",
                                                      "Cannot write the state file %1: %2")
                              .arg(m_statePath, f.errorString());
        qCWarning(lcFakeOrg) << m_lastSaveError;
        return false;
    }
    m_lastSaveError.clear();
    return true;
}

const UserAccount *FakeOrganisation::findUser(const QString &name) const
{
    for (const UserAccount &u : m_model.users)
        if (u.name.compare(name, Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

bool FakeOrganisation::checkPassword(const QString &user, const QString &password) const
{
    const UserAccount *u = findUser(resolveUser(user));
    return u && !password.isEmpty() && u->password == password;
}

QString FakeOrganisation::resolveUser(const QString &principalOrName) const
{
    const QString p = principalOrName.trimmed();
    for (const UserAccount &u : m_model.users)
        if (!u.userPrincipalName.isEmpty()
            && u.userPrincipalName.compare(p, Qt::CaseInsensitive) == 0)
            return u.name;
    QString name = p;
    const int backslash = name.indexOf(QLatin1Char('\\'));
    if (backslash >= 0)
        name = name.mid(backslash + 1);
    const int at = name.indexOf(QLatin1Char('@'));
    if (at >= 0)
        name = name.left(at);
    if (const UserAccount *u = findUser(name))
        return u->name;
    return name;
}

bool FakeOrganisation::userExists(const QString &user) const
{
    return findUser(resolveUser(user)) != nullptr;
}

QStringList FakeOrganisation::userRoles(const QString &user) const
{
    const UserAccount *u = findUser(resolveUser(user));
    return u ? u->roles : QStringList();
}

QString FakeOrganisation::serverName() const
{
    return m_model.servers.isEmpty() ? QStringLiteral("EX01") : m_model.servers.first().name;
}

QString FakeOrganisation::exchangeVersion() const
{
    return m_model.servers.isEmpty() ? QString() : m_model.servers.first().version;
}

CmdletOutcome FakeOrganisation::run(const QString &user, const remoting::Command &command)
{
    CmdletOutcome outcome;
    if (command.isScript) {
        outcome.terminating = CmdletErrors::scriptsNotAllowed();
        return outcome;
    }
    const QStringList roles = userRoles(user);
    const CmdletSpec *spec = CmdletCatalog::find(command.name);
    const ManagementRoles::Grant grant = ManagementRoles::grantFor(roles, command.name);
    if (!spec || !grant.granted) {
        qCDebug(lcFakeOrg) << "not available to" << user << ":" << command.name;
        outcome.terminating = CmdletErrors::commandNotFound(command.name);
        return outcome;
    }

    QMap<QString, PsValue> bound;
    const ParameterBinder binder(*spec, grant);
    if (auto err = binder.bind(command, &bound)) {
        outcome.terminating = *err;
        return outcome;
    }

    const bool whatIf = bound.value(QStringLiteral("WhatIf")).toBool();
    OrganisationModel scratch;
    if (whatIf)
        scratch = m_model;
    CmdletCall call(whatIf ? scratch : m_model, *spec, bound, roles, outcome);
    call.setTime(m_clock.now(), m_clock.start());
    spec->handler(call);
    if (whatIf)
        outcome.output.clear();

    // -ErrorAction / -WarningAction as PowerShell applies them to this command.
    const QString errorAction = bound.value(QStringLiteral("ErrorAction")).toString();
    if (errorAction.compare(QLatin1String("Stop"), Qt::CaseInsensitive) == 0
        && !outcome.errors.isEmpty() && !outcome.terminating) {
        outcome.terminating = outcome.errors.takeFirst();
        outcome.errors.clear();
    } else if (errorAction.compare(QLatin1String("SilentlyContinue"), Qt::CaseInsensitive) == 0
               || errorAction.compare(QLatin1String("Ignore"), Qt::CaseInsensitive) == 0) {
        outcome.errors.clear();
    }
    const QString warningAction = bound.value(QStringLiteral("WarningAction")).toString();
    if (warningAction.compare(QLatin1String("SilentlyContinue"), Qt::CaseInsensitive) == 0
        || warningAction.compare(QLatin1String("Ignore"), Qt::CaseInsensitive) == 0)
        outcome.warnings.clear();

    if (call.changed() && !whatIf) {
        qCInfo(lcFakeOrg) << user << "changed the organisation with" << spec->name;
        save();
    }
    return outcome;
}

} // namespace fake

#include "FakeOrganisation.h"

#include "CmdletCall.h"
#include "CmdletCatalog.h"
#include "CmdletErrors.h"
#include "DemoOrganisation.h"
#include "ExchangeObjects.h"
#include "Guesses.h"
#include "ManagementRoles.h"
#include "OrganisationJson.h"
#include "ParameterBinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
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

QList<PsValue> FakeOrganisation::commandMetadata(const QString &user, const QStringList &names,
                                                 int commandTypes,
                                                 const QStringList &namespaces) const
{
    auto matchesAny = [](const QString &text, const QStringList &patterns) {
        if (patterns.isEmpty())
            return true;
        for (const QString &pattern : patterns) {
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                        QRegularExpression::CaseInsensitiveOption);
            if (re.match(text).hasMatch())
                return true;
        }
        return false;
    };
    constexpr int kCmdlet = 8; // System.Management.Automation.CommandTypes.Cmdlet
    QList<PsValue> commands;
    const QStringList roles = userRoles(user);
    for (const CmdletSpec &spec : CmdletCatalog::all()) {
        const ManagementRoles::Grant grant = ManagementRoles::grantFor(roles, spec.name);
        const QString module = guess::moduleOf(spec.name);
        if (!grant.granted || !(commandTypes & kCmdlet) || !matchesAny(spec.name, names)
            || !matchesAny(module, namespaces))
            continue;
        QList<ExchangeObjects::ParameterInfo> parameters;
        for (const QString &name : ParameterBinder(spec, grant).availableParameters()) {
            ExchangeObjects::ParameterInfo info{name, QStringLiteral("System.String"), false};
            if (const ParameterSpec *p = spec.parameter(name)) {
                info.isSwitch = p->type == ParameterSpec::Type::Switch;
                if (!p->dotNetType.isEmpty())
                    info.type = p->dotNetType;
            } else {
                info = CmdletCatalog::commonParameterInfo(name);
            }
            if (info.isSwitch)
                info.type = QStringLiteral("System.Management.Automation.SwitchParameter");
            parameters.append(info);
        }
        commands.append(ExchangeObjects::commandMetadata(spec.name, module, parameters));
    }
    commands.prepend(ExchangeObjects::commandMetadataCount(int(commands.size())));
    return commands;
}

QString FakeOrganisation::serverName() const
{
    return m_model.servers.isEmpty() ? QStringLiteral("EX01") : m_model.servers.first().name;
}

QString FakeOrganisation::exchangeVersion() const
{
    return m_model.servers.isEmpty() ? QString() : m_model.servers.first().version;
}

int FakeOrganisation::delayFor(const QList<remoting::Command> &statement) const
{
    int ms = 0;
    for (const remoting::Command &command : statement) {
        const int next = m_calls.value(command.name.toLower()) + 1;
        for (const InjectedFault &f : m_injected)
            if (f.delayMs > 0 && f.cmdlet.compare(command.name, Qt::CaseInsensitive) == 0
                && (f.occurrence == 0 || f.occurrence == next))
                ms = std::max(ms, f.delayMs);
    }
    return ms;
}

CmdletOutcome FakeOrganisation::run(const QString &user, const remoting::Command &command)
{
    return runPipeline(user, {command});
}

CmdletOutcome FakeOrganisation::runPipeline(const QString &user,
                                            const QList<remoting::Command> &pipeline)
{
    CmdletOutcome outcome;
    const QStringList roles = userRoles(user);
    QList<std::pair<const CmdletSpec *, ManagementRoles::Grant>> resolved;
    for (const remoting::Command &command : pipeline) {
        if (command.isScript) {
            outcome.terminating = CmdletErrors::scriptsNotAllowed();
            return outcome;
        }
        const CmdletSpec *spec = CmdletCatalog::find(command.name);
        const ManagementRoles::Grant grant = ManagementRoles::grantFor(roles, command.name);
        if (!spec || !grant.granted) {
            qCDebug(lcFakeOrg) << "not available to" << user << ":" << command.name;
            outcome.terminating = CmdletErrors::commandNotFound(command.name);
            return outcome;
        }
        resolved.append({spec, grant});
    }

    QList<PsValue> flowing;
    for (int i = 0; i < pipeline.size(); ++i) {
        const auto &[spec, grant] = resolved.at(i);
        const remoting::Command &command = pipeline.at(i);
        CmdletOutcome stage;
        if (i == 0 || spec->inputObjects) {
            stage = invoke(user, roles, *spec, grant, command, flowing);
        } else if (!spec->parameter(QStringLiteral("Identity"))
                   || command.parameter(QStringLiteral("Identity"))) {
            // Nothing of this command takes pipeline input (by value or property name).
            for (const PsValue &object : std::as_const(flowing))
                stage.errors.append(CmdletErrors::inputObjectNotBound(*spec, object));
        } else {
            // Exchange's cmdlets bind -Identity from each piped object's Identity.
            for (const PsValue &object : std::as_const(flowing)) {
                remoting::Command bound = command;
                const PsValue identity
                    = object.isObject() ? object.property(QStringLiteral("Identity")) : object;
                bound.add(QStringLiteral("Identity"), identity.isNil()
                                                          ? PsValue::string(object.toString())
                                                          : PsValue::string(identity.toString()));
                CmdletOutcome one = invoke(user, roles, *spec, grant, bound, {});
                stage.output += one.output;
                stage.errors += one.errors;
                stage.warnings += one.warnings;
                if (one.terminating) {
                    stage.terminating = one.terminating;
                    break;
                }
            }
        }
        outcome.errors += stage.errors;
        outcome.warnings += stage.warnings;
        flowing = stage.output;
        if (stage.terminating) {
            outcome.terminating = stage.terminating;
            // What the last command wrote before it failed has reached the client.
            if (i == pipeline.size() - 1)
                outcome.output = flowing;
            return outcome;
        }
    }
    outcome.output = flowing;
    return outcome;
}

CmdletOutcome FakeOrganisation::invoke(const QString &user, const QStringList &roles,
                                       const CmdletSpec &specRef,
                                       const ManagementRoles::Grant &grant,
                                       const remoting::Command &command,
                                       const QList<PsValue> &input)
{
    CmdletOutcome outcome;
    const CmdletSpec *spec = &specRef;
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
    const int callNumber = ++m_calls[spec->name.toLower()];
    bool injectedFailure = false;
    for (const InjectedFault &f : std::as_const(m_injected))
        injectedFailure = injectedFailure
                          || (f.fail && f.cmdlet.compare(spec->name, Qt::CaseInsensitive) == 0
                              && (f.occurrence == 0 || f.occurrence == callNumber));
    CmdletCall call(whatIf ? scratch : m_model, *spec, bound, roles, outcome);
    call.setTime(m_clock.now(), m_clock.start());
    call.setInput(input);
    if (injectedFailure) {
        ++m_injectedFailures;
        qCInfo(lcFakeOrg) << "fault: call" << callNumber << "of" << spec->name << "fails";
        outcome.errors.append(CmdletErrors::exchangeTask(
            serverName(), spec->name, spec->taskClass,
            QStringLiteral("Microsoft.Exchange.Configuration.Tasks.TaskException"),
            QStringLiteral("NotSpecified"),
            QStringLiteral("The operation couldn't be performed because of an injected fault "
                           "(fake-exchange --fault cmdlet-error:%1, call %2).")
                .arg(spec->name)
                .arg(callNumber)));
    } else {
        spec->handler(call);
    }
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

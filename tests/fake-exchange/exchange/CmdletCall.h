#pragma once

#include "CmdletOutcome.h"
#include "CmdletSpec.h"
#include "OrganisationModel.h"

#include <QDateTime>
#include <QMap>

namespace fake {

// One running cmdlet: its bound parameters (canonical names, converted values), the
// organisation it works on, and where its output, errors and warnings go.
class CmdletCall
{
public:
    CmdletCall(OrganisationModel &model, const CmdletSpec &spec,
               QMap<QString, remoting::PsValue> bound, QStringList userRoles,
               CmdletOutcome &outcome);

    OrganisationModel &model() { return m_model; }
    const CmdletSpec &spec() const { return m_spec; }
    const QStringList &userRoles() const { return m_userRoles; }
    QString serverName() const;
    // The simulated clock (SimulatedClock): now, and when the clock started.
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    QDateTime clockStart() const { return m_clockStart.isValid() ? m_clockStart : now(); }
    void setTime(const QDateTime &now, const QDateTime &clockStart)
    {
        m_now = now;
        m_clockStart = clockStart;
    }
    // The objects piped into this command (spec().inputObjects cmdlets only).
    const QList<remoting::PsValue> &input() const { return m_input; }
    void setInput(QList<remoting::PsValue> input) { m_input = std::move(input); }

    bool has(const QString &parameter) const;
    remoting::PsValue value(const QString &parameter) const;
    QString text(const QString &parameter) const;
    bool flag(const QString &parameter) const;
    QStringList list(const QString &parameter) const;
    int integer(const QString &parameter) const;

    void write(const remoting::PsValue &object);
    void writeError(const remoting::ErrorRecord &record); // non-terminating
    void fail(const remoting::ErrorRecord &record);       // terminating; later writes are ignored
    void warn(const QString &text);
    bool failed() const;
    void markChanged() { m_changed = true; }
    bool changed() const { return m_changed; }

    // An Exchange task error of this cmdlet.
    remoting::ErrorRecord taskError(const QString &exceptionType, const QString &category,
                                    const QString &message, const QString &target = {}) const;
    // ManagementObjectNotFoundException: "The operation couldn't be performed because '{0}'
    // couldn't be found."
    remoting::ErrorRecord notFound(const QString &identity) const;
    remoting::ErrorRecord ambiguous(const QString &identity) const;
    // "The length of the property is too long..." when name is over 64 characters.
    bool checkNameLength(const QString &name);
    // ADObjectAlreadyExistsException for a DN.
    remoting::ErrorRecord alreadyExists(const QString &dn) const;
    // ParameterArgumentTransformationError: "Cannot process argument transformation on parameter
    // 'P'. <inner>"
    remoting::ErrorRecord transformationError(const QString &parameter, const QString &inner) const;
    // "WARNING: The command completed successfully but no settings of '{0}' have been modified."
    void warnNothingModified(const QString &identity);

private:
    OrganisationModel &m_model;
    const CmdletSpec &m_spec;
    QMap<QString, remoting::PsValue> m_bound;
    QStringList m_userRoles;
    CmdletOutcome &m_outcome;
    QList<remoting::PsValue> m_input;
    bool m_changed = false;
    QDateTime m_now;
    QDateTime m_clockStart;
};

} // namespace fake

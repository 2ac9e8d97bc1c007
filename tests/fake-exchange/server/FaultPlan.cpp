#include "FaultPlan.h"

#include <QRegularExpression>

namespace fake {

bool FaultPlan::add(const QString &spec, QString *error)
{
    static const QRegularExpression cmdletRe(
        QStringLiteral("^cmdlet-(error|slow):([A-Za-z]+-[A-Za-z]+)(?::(\\d+))?(?:#(\\d+))?$"));
    const QRegularExpressionMatch c = cmdletRe.match(spec.trimmed());
    if (spec.trimmed().startsWith(QLatin1String("cmdlet-"))) {
        const bool slow = c.hasMatch() && c.captured(1) == QLatin1String("slow");
        if (!c.hasMatch() || slow == c.captured(3).isEmpty()
            || (!c.captured(4).isEmpty() && c.captured(4).toInt() <= 0)) {
            *error = QStringLiteral("bad --fault '%1' (expected cmdlet-error:NAME[#N] or "
                                    "cmdlet-slow:NAME:MS[#N], e.g. cmdlet-error:New-JournalRule#1)")
                         .arg(spec);
            return false;
        }
        Fault f;
        f.kind = slow ? Kind::CmdletSlow : Kind::CmdletError;
        f.cmdlet = c.captured(2);
        f.value = slow ? c.captured(3).toInt() : 0;
        f.at = c.captured(4).isEmpty() ? 0 : c.captured(4).toInt();
        faults.append(f);
        return true;
    }
    if (spec.trimmed().toLower() == QLatin1String("ignore-stop")) {
        Fault f;
        f.kind = Kind::IgnoreStop;
        faults.append(f);
        return true;
    }
    static const QRegularExpression re(QStringLiteral(
        "^(latency|drop|http500|http503|wsman|auth401|slow-receive)(?::(\\d+))?(?:@(\\d+))?$"));
    const QRegularExpressionMatch m = re.match(spec.trimmed().toLower());
    if (!m.hasMatch()) {
        *error = QStringLiteral("bad --fault '%1' (expected latency:MS[@N], drop@N, http500@N, "
                                "http503@N, wsman@N, auth401@N, slow-receive:MS or "
                                "ignore-stop)")
                     .arg(spec);
        return false;
    }
    const QString name = m.captured(1);
    Fault f;
    bool ok = true;
    f.value = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt(&ok);
    f.at = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("bad number in --fault '%1'").arg(spec);
        return false;
    }
    const bool needsValue
        = name == QLatin1String("latency") || name == QLatin1String("slow-receive");
    const bool needsIndex = !needsValue;
    if ((needsValue && m.captured(2).isEmpty()) || (!needsValue && !m.captured(2).isEmpty())
        || (needsIndex && f.at <= 0) || (name == QLatin1String("slow-receive") && f.at != 0)) {
        *error = QStringLiteral("bad --fault '%1': %2")
                     .arg(spec, needsValue
                                    ? QStringLiteral("give milliseconds, e.g. %1:200").arg(name)
                                    : QStringLiteral("give a request index, e.g. %1@3").arg(name));
        return false;
    }
    if (name == QLatin1String("latency"))
        f.kind = Kind::Latency;
    else if (name == QLatin1String("drop"))
        f.kind = Kind::Drop;
    else if (name == QLatin1String("http500"))
        f.kind = Kind::Http500;
    else if (name == QLatin1String("http503"))
        f.kind = Kind::Http503;
    else if (name == QLatin1String("wsman"))
        f.kind = Kind::WsMan;
    else if (name == QLatin1String("auth401"))
        f.kind = Kind::Auth401;
    else
        f.kind = Kind::SlowReceive;
    faults.append(f);
    return true;
}

int FaultPlan::latencyFor(int index) const
{
    int ms = 0;
    for (const Fault &f : faults) {
        if (f.kind == Kind::Latency && (f.at == 0 || f.at == index))
            ms += f.value;
    }
    return ms;
}

bool FaultPlan::has(Kind kind, int index) const
{
    for (const Fault &f : faults) {
        if (f.kind == kind && f.at == index)
            return true;
    }
    return false;
}

int FaultPlan::wsmanFaultAt() const
{
    for (const Fault &f : faults) {
        if (f.kind == Kind::WsMan)
            return f.at;
    }
    return 0;
}

int FaultPlan::slowReceiveMs() const
{
    for (const Fault &f : faults) {
        if (f.kind == Kind::SlowReceive)
            return f.value;
    }
    return 0;
}

bool FaultPlan::ignoresStop() const
{
    for (const Fault &f : faults) {
        if (f.kind == Kind::IgnoreStop)
            return true;
    }
    return false;
}

QStringList FaultPlan::describe() const
{
    static const char *names[]
        = {"latency", "drop",         "http500",      "http503",     "wsman",
           "auth401", "slow-receive", "cmdlet-error", "cmdlet-slow", "ignore-stop"};
    QStringList out;
    for (const Fault &f : faults) {
        QString s = QString::fromLatin1(names[int(f.kind)]);
        if (f.kind == Kind::CmdletError || f.kind == Kind::CmdletSlow) {
            s += QLatin1Char(':') + f.cmdlet;
            if (f.kind == Kind::CmdletSlow)
                s += QStringLiteral(":%1").arg(f.value);
            if (f.at)
                s += QStringLiteral("#%1").arg(f.at);
            out.append(s);
            continue;
        }
        if (f.kind == Kind::Latency || f.kind == Kind::SlowReceive)
            s += QStringLiteral(":%1").arg(f.value);
        if (f.at)
            s += QStringLiteral("@%1").arg(f.at);
        out.append(s);
    }
    return out;
}

} // namespace fake

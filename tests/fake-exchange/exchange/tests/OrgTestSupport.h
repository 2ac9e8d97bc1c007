#pragma once

#include "FakeOrganisation.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace fake::test {

inline std::unique_ptr<FakeOrganisation> demoOrg()
{
    auto loaded = FakeOrganisation::load(QString());
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string()
                                             : loaded.error().message.toStdString());
    return std::move(loaded).value();
}

inline remoting::Command cmd(const QString &name)
{
    return remoting::Command(name);
}

inline QString str(const remoting::PsValue &object, const QString &property)
{
    return object.property(property).toString();
}

// "[Server=EX01,RequestId=<guid>,TimeStamp=<time>] [FailureCategory=Cmdlet-<type>] <HEX8>,<task>"
inline bool isExchangeFqid(const QString &fqid, const QString &exceptionShortType,
                           const QString &taskClass)
{
    static const QRegularExpression re(
        QStringLiteral("^\\[Server=EX01,RequestId=[0-9a-f-]{36},TimeStamp=\\d{1,2}/\\d{1,2}/\\d{4} "
                       "\\d{1,2}:\\d{2}:\\d{2} [AP]M\\] "
                       "\\[FailureCategory=Cmdlet-([A-Za-z]+)\\] [0-9A-F]{8},(.+)$"));
    const auto m = re.match(fqid);
    return m.hasMatch() && m.captured(1) == exceptionShortType && m.captured(2) == taskClass;
}

inline std::string describe(const CmdletOutcome &o)
{
    std::string s;
    if (o.terminating)
        s += "terminating: " + o.terminating->message.toStdString() + " ["
             + o.terminating->fullyQualifiedErrorId.toStdString() + "]\n";
    for (const auto &e : o.errors)
        s += "error: " + e.message.toStdString() + " [" + e.fullyQualifiedErrorId.toStdString()
             + "]\n";
    return s;
}

} // namespace fake::test

#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace wizard {

// A connection failure explained in words: what happened and what to try next.
// The technical detail stays in Error::detail (the log and a "Details" disclosure).
struct ConnectionAdvice
{
    Q_DECLARE_TR_FUNCTIONS(wizard::ConnectionAdvice)
public:
    QString problem;  // one sentence
    QString nextStep; // what to try

    static ConnectionAdvice explain(const remoting::Error &error, const QString &server);
    QString toText() const
    {
        return nextStep.isEmpty() ? problem : problem + QLatin1Char('\n') + nextStep;
    }
};

} // namespace wizard

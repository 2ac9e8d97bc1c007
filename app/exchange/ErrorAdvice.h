#pragma once

#include "Error.h"
#include "RemoteSession.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace exchange {

// What to do about a failure, in the user's language, chosen by the reason the failure was
// given where it was born (remoting::Error::Reason), never by its text. The one table of
// advice: the wizard and the command line both show the error's message (what happened)
// followed by this (what to do), so they say the same thing in every language.
class ErrorAdvice
{
    Q_DECLARE_TR_FUNCTIONS(exchange::ErrorAdvice)
public:
    // What the advice may mention besides the error: the address, port and sign-in choice.
    struct Context
    {
        QUrl endpoint;
        remoting::AuthMethod auth = remoting::AuthMethod::Kerberos;
        bool currentUser = true; // no user name given: the logged-on user's credentials

        static Context of(const remoting::SessionOptions &options);
    };

    // The next step; empty where the message is all there is to say (the user's own
    // input, a PowerShell error, a cancellation).
    static QString nextStep(const remoting::Error &error, const Context &context);
    // The message, then the next step on its own line when there is one.
    static QString text(const remoting::Error &error, const Context &context);
};

} // namespace exchange

#pragma once

#include "Error.h"
#include "JournalingSettings.h"
#include "RemoteSession.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cli {

// The parsed command line of one subcommand (QCommandLineParser underneath). Every option is
// single-valued: giving one twice is a usage error naming it.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(cli::CliOptions)

public:
    static constexpr int kDefaultTimeoutSeconds = 120; // --timeout: one request's deadline
    static constexpr int kMaxTimeoutSeconds = 24 * 3600;
    // The session's request deadline is --timeout plus this (see sessionOptions()).
    static constexpr int kDeadlineGraceMs = 1000;
    // After --timeout during apply's changes, the CLI stops the change pipeline and reads the
    // step in flight back, for at most the smaller of this and --timeout (stopSeconds()).
    static constexpr int kMaxStopSeconds = 10;
    // The WS-Man OperationTimeout asked of the server (at most): a Receive it holds while
    // nothing is ready ends within this, so the stop signal, which waits for it on the
    // connection, goes out well inside the stop's bound.
    static constexpr int kMaxOperationTimeoutSeconds = kMaxStopSeconds / 2;
    static constexpr int kMaxPasswordLength = 1024; // characters read by --password-stdin

    QString subcommand; // plan, apply, verify, undo, export-script, diagnose
    QString server;     // --server URL
    remoting::AuthMethod auth = remoting::AuthMethod::Kerberos;
    QString user; // --user
    bool passwordStdin = false;
    QByteArray trustFingerprint; // raw SHA-256 (32 bytes) from --trust-fingerprint
    QString answersFile;
    QString journalFile; // undo: --journal
    int timeoutSeconds = kDefaultTimeoutSeconds;
    bool json = false;
    bool stats = false;
    bool yes = false;
    bool help = false;    // --help / -h after the subcommand: nothing else is checked
    bool version = false; // --version
    QDateTime since;      // check: --since (UTC); invalid = the rule's last change / a day back
    qint64 waitMs = 0;    // check: --wait
    exchange::JournalingSettings settings; // answers file, then flags

    // How long the stop after --timeout may take (see kMaxStopSeconds).
    int stopSeconds() const
    {
        return timeoutSeconds < kMaxStopSeconds ? timeoutSeconds : kMaxStopSeconds;
    }

    // args[0] is the subcommand. Errors are Usage errors (exit code 2); nothing is read from
    // the network, only the --answers file.
    static remoting::Expected<CliOptions> parse(const QStringList &args);
    // Help for one subcommand, or the whole program (commands, options, wizard, exit codes).
    static QString usage(const QString &subcommand = {});
    static QStringList optionNames(); // "server", "auth", ... (for "did you mean")
    // check's --wait / --since: "90s", "5m", "2h", "1d", or plain seconds; -1 when invalid.
    static qint64 parseDurationMs(const QString &text);
    // Checks that need no server: settings syntax, Basic over http, URL shape. Empty = fine.
    QStringList offlineProblems() const;
    bool needsSettings() const; // plan/apply/verify/export-script
    remoting::SessionOptions sessionOptions(const QString &password) const;
};

} // namespace cli

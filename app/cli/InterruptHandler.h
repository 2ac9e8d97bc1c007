#pragma once

#include <QObject>

class QSocketNotifier;

namespace cli {

// Ctrl-C and its relatives as a Qt signal, delivered through the event loop:
// - Unix: SIGINT, SIGTERM and SIGHUP. The handler only counts and writes one byte to a
//   self-pipe (async-signal-safe); a QSocketNotifier reads it. Installed without SA_RESTART,
//   so a blocking read of standard input (the apply prompt) returns early; a third signal
//   ends the process at once (_exit(130)) in case the event loop is stuck.
// - Windows: Ctrl-C, Ctrl-Break, console close, logoff and shutdown (SetConsoleCtrlHandler,
//   called on a thread of its own). For close/logoff/shutdown Windows ends the process when
//   the handler returns, so it waits (bounded) until this object is destroyed.
// One instance at a time; the previous handling is restored when it is destroyed.
class InterruptHandler : public QObject
{
    Q_OBJECT
public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;

    bool isInstalled() const { return m_installed; }
    // How many interruptions arrived since installation; safe to call from anywhere.
    static int count();

Q_SIGNALS:
    // count 1: finish the step in flight, then stop; 2 or more: stop at once.
    void interrupted(int count);

private Q_SLOTS:
    void deliver(); // on the event loop: emits interrupted()

private:
    bool m_installed = false;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cli

#include "InterruptHandler.h"

#include <QtGlobal>

#include <atomic>

#ifdef Q_OS_WIN
#include <QMetaObject>

#include <windows.h>
#else
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cli {

namespace {

std::atomic<int> s_count{0};
std::atomic<InterruptHandler *> s_instance{nullptr};

#ifdef Q_OS_WIN

HANDLE s_released = nullptr; // set when the handler object is destroyed

BOOL WINAPI onConsoleEvent(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        break;
    default:
        return FALSE;
    }
    s_count.fetch_add(1);
    if (InterruptHandler *handler = s_instance.load())
        QMetaObject::invokeMethod(handler, "deliver", Qt::QueuedConnection);
    // Windows ends the process when this returns from these three (about 5 s after a close):
    // give the run the time to report and delete its remote shell.
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && s_released)
        WaitForSingleObject(s_released, 4500);
    return TRUE;
}

#else

int s_pipe[2] = {-1, -1};
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction s_previous[3];

extern "C" void onSignal(int)
{
    const int savedErrno = errno;
    if (s_count.fetch_add(1) + 1 >= 3)
        _exit(130); // the event loop did not react to two signals
    const char byte = 1;
    const ssize_t written = ::write(s_pipe[1], &byte, 1);
    (void)written; // a full pipe already holds a wake-up
    errno = savedErrno;
}

bool makePipe()
{
    if (::pipe(s_pipe) != 0)
        return false;
    for (int fd : s_pipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    return true;
}

#endif

} // namespace

InterruptHandler::InterruptHandler(QObject *parent)
    : QObject(parent)
{
    InterruptHandler *expected = nullptr;
    if (!s_instance.compare_exchange_strong(expected, this))
        return; // one at a time
    s_count.store(0);
#ifdef Q_OS_WIN
    s_released = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    m_installed = SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
#else
    if (!makePipe())
        return;
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptHandler::deliver);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read returns EINTR
    m_installed = true;
    for (int i = 0; i < 3; ++i)
        m_installed = ::sigaction(kSignals[i], &action, &s_previous[i]) == 0 && m_installed;
#endif
}

InterruptHandler::~InterruptHandler()
{
    if (s_instance.load() != this)
        return;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    if (s_released) {
        SetEvent(s_released);
        // Not closed: a console-close handler may still be waiting on it.
    }
#else
    for (int i = 0; i < 3; ++i)
        ::sigaction(kSignals[i], &s_previous[i], nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    for (int &fd : s_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
    s_instance.store(nullptr);
}

int InterruptHandler::count()
{
    return s_count.load();
}

void InterruptHandler::deliver()
{
#ifndef Q_OS_WIN
    char buffer[16];
    while (::read(s_pipe[0], buffer, sizeof buffer) > 0) {
    }
#endif
    if (s_count.load() > 0)
        Q_EMIT interrupted(s_count.load());
}

} // namespace cli

// Start-up benchmark (issue 11 item 4): the wizard's cold start to its first painted page and
// its peak memory, against a bare QWizard with ten empty pages, built and started the same way
// (same binary, same QApplication set-up).
//   wizard_startup_bench ours|bare
// Prints "painted_ns=N hwm_kb=N cpu_us=N": the CLOCK_REALTIME time (ns) when the start page
// received its first paint event, VmHWM (peak resident set) and the process's own CPU time
// (user + system, less disturbed by other load than wall time) at that moment; then exits.
// tests/bench/run-startup-bench.sh takes the time just before it starts the process.
// With WIZARD_STARTUP_PHASES set, it also prints where the time before show() went.
#include "Localisation.h"
#include "SetupWizard.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

#include <cstdio>
#include <ctime>
#include <memory>

#include <sys/resource.h>

namespace {

qint64 realtimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 cpuUs()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000000
           + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Records the first paint of the wizard's current page, then quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWizard *wizard)
        : m_wizard(wizard)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_paintedNs == 0 && m_wizard->currentPage()
            && watched == m_wizard->currentPage()) {
            m_paintedNs = realtimeNs();
            std::printf("painted_ns=%lld hwm_kb=%lld cpu_us=%lld\n",
                        static_cast<long long>(m_paintedNs),
                        static_cast<long long>(peakResidentKb()), static_cast<long long>(cpuUs()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWizard *m_wizard;
    qint64 m_paintedNs = 0;
};

} // namespace

int main(int argc, char **argv)
{
    const bool bare = argc > 1 && qstrcmp(argv[1], "bare") == 0;
    if (argc < 2 || (!bare && qstrcmp(argv[1], "ours") != 0)) {
        std::fprintf(stderr, "usage: wizard_startup_bench ours|bare\n");
        return 2;
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("securestore-setup"));
    QCoreApplication::setOrganizationName(QStringLiteral("SecureStore"));
    const qint64 appReady = realtimeNs();

    std::unique_ptr<QWizard> wizard;
    if (bare) {
        wizard = std::make_unique<QWizard>();
        for (int i = 0; i < 10; ++i)
            wizard->addPage(new QWizardPage);
    } else {
        // As app/main.cpp starts the wizard.
        const qint64 t0 = realtimeNs();
        wizard::Localisation::install(QString());
        const qint64 t1 = realtimeNs();
        wizard = std::make_unique<wizard::SetupWizard>();
        QApplication::setWindowIcon(wizard->windowIcon());
        const qint64 t2 = realtimeNs();
        if (qEnvironmentVariableIsSet("WIZARD_STARTUP_PHASES"))
            std::fprintf(stderr, "localisation %lld us, wizard (with its icon) %lld us\n",
                         static_cast<long long>((t1 - t0) / 1000),
                         static_cast<long long>((t2 - t1) / 1000));
    }
    const qint64 built = realtimeNs();
    if (qEnvironmentVariableIsSet("WIZARD_STARTUP_PHASES"))
        std::fprintf(stderr, "built at +%lld us after QApplication\n",
                     static_cast<long long>((built - appReady) / 1000));
    FirstPaint probe(wizard.get());
    app.installEventFilter(&probe);
    wizard->show();
    // Bounded: a run that never paints ends with an error instead of hanging.
    QTimer::singleShot(30000, &app, [] {
        std::fprintf(stderr, "no paint within 30 s\n");
        QCoreApplication::exit(1);
    });
    return app.exec();
}

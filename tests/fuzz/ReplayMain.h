#pragma once
// Built-in seeds and the replay driver of every fuzz target. A target defines its seeds in a
// function and ends with SECURESTORE_FUZZ_SEEDS("fuzz_x", seedsFunction):
// - without libFuzzer (gcc, or clang without -DSECURESTORE_FUZZ=ON) that is a main() that runs
//   the target over its built-in seeds, over the files/directories given on the command line,
//   and over N deterministic mutations of the seeds (--random N), so CTest exercises every
//   fuzz entry point everywhere; `--write-seeds DIR` writes the built-in seeds as files;
// - with libFuzzer it is LLVMFuzzerInitialize: with SECURESTORE_FUZZ_WRITE_SEEDS=DIR in the
//   environment the target writes its built-in seeds there and exits (tests/fuzz/
//   run-fuzzers.sh starts each corpus with them), otherwise it fuzzes as usual.
#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fuzzreplay {

inline void runOne(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
}

// Writes each seed as DIR/seed-<sha1>; 0 on success.
inline int writeSeeds(const char *directory, const char *name, const QList<QByteArray> &seeds)
{
    const QString dir = QString::fromLocal8Bit(directory);
    QDir().mkpath(dir);
    int failures = 0;
    for (const QByteArray &s : seeds) {
        QFile f(
            dir + QLatin1String("/seed-")
            + QString::fromLatin1(QCryptographicHash::hash(s, QCryptographicHash::Sha1).toHex()));
        if (!f.open(QIODevice::WriteOnly) || f.write(s) != s.size())
            ++failures;
    }
    std::printf("%s: wrote %lld seeds to %s\n", name, static_cast<long long>(seeds.size()),
                qPrintable(dir));
    return failures == 0 ? 0 : 1;
}

inline int replayMain(int argc, char **argv, const char *name, const QList<QByteArray> &seeds)
{
    long long runs = 0;
    for (const QByteArray &s : seeds) {
        runOne(s);
        ++runs;
    }
    int randomRuns = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--random") && i + 1 < argc) {
            randomRuns = std::atoi(argv[++i]);
            continue;
        }
        if (arg == QLatin1String("--write-seeds") && i + 1 < argc)
            return writeSeeds(argv[++i], name, seeds);
        QStringList files;
        if (QFileInfo(arg).isFile())
            files.append(arg);
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        for (const QString &f : files) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly)) {
                runOne(file.readAll());
                ++runs;
            }
        }
    }
    QRandomGenerator rng(4242);
    for (int i = 0; i < randomRuns && !seeds.isEmpty(); ++i) {
        QByteArray in = seeds.at(int(rng.bounded(int(seeds.size()))));
        const int edits = 1 + int(rng.bounded(8));
        for (int e = 0; e < edits && in.size() > 1; ++e) {
            const int pos = 1 + int(rng.bounded(int(in.size() - 1)));
            switch (rng.bounded(4)) {
            case 0:
                in[pos] = char(rng.bounded(256));
                break;
            case 1:
                in.remove(pos, 1 + int(rng.bounded(16)));
                break;
            case 2:
                in.insert(pos, in.mid(int(rng.bounded(int(in.size()))), 1 + int(rng.bounded(32))));
                break;
            default:
                in.truncate(pos);
                break;
            }
        }
        runOne(in);
        ++runs;
    }
    std::printf("%s: %lld inputs ran without a crash\n", name, runs);
    return 0;
}

} // namespace fuzzreplay

#ifdef SECURESTORE_FUZZ_REPLAY_MAIN
#define SECURESTORE_FUZZ_SEEDS(name, seedsFunction)                                                \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        return fuzzreplay::replayMain(argc, argv, name, seedsFunction());                          \
    }
#else
#define SECURESTORE_FUZZ_SEEDS(name, seedsFunction)                                                \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        if (const char *dir = std::getenv("SECURESTORE_FUZZ_WRITE_SEEDS"))                         \
            std::exit(fuzzreplay::writeSeeds(dir, name, seedsFunction()));                         \
        return 0;                                                                                  \
    }
#endif

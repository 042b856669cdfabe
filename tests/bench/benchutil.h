#pragma once

// Shared by the bench executables: every timing is printed as one line
//   TZBENCH <scenario> <seconds>
// which run_bench.sh collects. Peak memory is not measured here: the script runs each scenario
// as its own process and reads the child's ru_maxrss, so a scenario's figure is the whole
// process, libraries and all, as a user would see it.

#include <QByteArray>
#include <QDate>
#include <QElapsedTimer>

#include <cstdio>
#include <sys/resource.h>

namespace tz::bench {

// The demo ledgers and the lights are judged on one fixed day, so runs compare.
inline QDate benchToday()
{
    return QDate(2026, 11, 25);
}

inline void report(const char *scenario, qint64 nanoseconds)
{
    std::printf("TZBENCH %s %.6f\n", scenario, double(nanoseconds) / 1e9);
    std::fflush(stdout);
}

// Peak resident set of this process so far, MiB (for the smoke run's log only).
inline double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace tz::bench

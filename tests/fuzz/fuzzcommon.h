#pragma once

// Shared by the libFuzzer targets: a QCoreApplication (the SQL driver and the codecs need one)
// and a scratch file, because the readers under test take a path, as the program does.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace tzfuzz {

inline void startApplication()
{
    static int argc = 1;
    static char name[] = "taizhang-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
}

// Writes the input to a file whose name ends in `suffix`, in a folder of this process.
inline QString writeInput(const uint8_t *data, size_t size, const QString &suffix)
{
    static const QString dir = [] {
        const QString d = QDir::tempPath() + QStringLiteral("/taizhang-fuzz-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(d);
        return d;
    }();
    const QString path = dir + QStringLiteral("/input") + suffix;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        __builtin_trap(); // the fuzzer's own scratch space must work
    f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace tzfuzz

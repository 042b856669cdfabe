#pragma once

// Reading printed PDFs back as a reader would, with poppler-utils (CI installs them).

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace tz::test {

// Runs a poppler tool; fails the test when it is missing (CI installs poppler-utils).
inline QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pdfPages(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(tool(QStringLiteral("pdfinfo"), { pdf }));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of each page without any white space: pdftotext breaks table cells into lines and
// drops the spaces between CJK characters.
inline QStringList pageTexts(const QString &pdf)
{
    QStringList pages
        = tool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &p : pages)
        p.remove(QRegularExpression(QStringLiteral("\\s")));
    return pages;
}

} // namespace tz::test

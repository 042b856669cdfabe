#pragma once

#include "numberformat.h"

#include <QString>
#include <QVector>

namespace tz {

class ZipArchive;

// The number formats of an .xlsx file's cell styles (styles.xml): which style index shows its
// number as a date. A custom numFmt that reuses a built-in id replaces the built-in one.
class XlsxStyles
{
public:
    // Reads the styles part; `where` names the file in messages.
    bool read(ZipArchive &zip, const QString &part, const QString &where, QString *error);

    NumberFormatKind kind(int styleIndex) const;
    QString formatCode(int styleIndex) const;

    // For a built-in id without a custom code: 14–17, 22, 27–36 and 50–58 are dates (the East
    // Asian ids mean different things in different locales, so the value decides later whether
    // it is a time of day), 18–21 and 45–47 times of day.
    static NumberFormatKind builtInKind(int id);

private:
    struct Style
    {
        NumberFormatKind kind = NumberFormatKind::Number;
        QString code;
    };
    QVector<Style> m_styles;
};

} // namespace tz

#pragma once

#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

#include <optional>

namespace tz {

class Ledger;

enum class Paper { A4, A3 };
std::optional<Paper> paperFromName(const QString &name); // "A4", "a3"
QString paperName(Paper paper);

// How printed sheets look. The defaults follow GB/T 9704 (the layout of official documents):
// A4, margins 37 mm top, 28 mm left, 35 mm bottom, 26 mm right, title 22 pt in 小标宋,
// body 16 pt 仿宋, the page number 7 mm below the text block. Font families left empty are
// chosen from what is installed (see resolved()).
struct PrintSettings
{
    QString titleFamily; // 方正小标宋简体 when installed, else Noto Serif CJK SC (bold)
    QString bodyFamily; // 仿宋 when installed, else Noto Serif CJK SC
    Paper paper = Paper::A4;
    // Millimetres, QMarginsF(left, top, right, bottom); bottom is to the end of the text block.
    QMarginsF portraitMargins { 28, 37, 26, 35 };
    // Wide tables need the width more than the binding margin does.
    QMarginsF landscapeMargins { 20, 20, 20, 22 };
    qreal footerGapMm = 7; // text block to page number
    qreal titlePointSize = 22;
    qreal bodyPointSize = 16;
    qreal formPointSize = 14; // the 督导单's form (四号), smaller when a sheet would not fit a page
    qreal tablePointSize = 10.5;
    int upcomingDays = 30; // milestones falling due within this many days are listed as coming
    QString issuer; // who issues bulletins, e.g. 市重大科技创新项目办公室; empty: a generic name
    int firstSheetNumber = 0; // >0: 督导单 numbered from here; 0: numbered by project code and date

    // The title font is bold when it falls back to a regular Song face: 小标宋 is a heavy
    // face of its own, Noto Serif Bold is the nearest free look.
    bool titleBold() const;
    QFont titleFont(qreal pointSize) const;
    QFont bodyFont(qreal pointSize, bool bold = false) const;
    // The faces the sheets print with: title, body, bold body (ToUnicodeFix needs them).
    QList<QFont> faces() const;
    // Empty families replaced by installed ones; a family that is not installed is replaced too.
    PrintSettings resolved() const;
    // QPageLayout of the device: page size, orientation, and margins in which the page number
    // fits below the text block.
    QPageLayout pageLayout(QPageLayout::Orientation orientation) const;
    // Height of the band below the text block that holds the page number, in millimetres.
    qreal footerBandMm() const { return footerGapMm + 8; }
};

// Settings kept in the ledger (keys print_title_font, print_body_font, print_paper,
// print_issuer) over the defaults; still to be resolved().
PrintSettings printSettings(const Ledger &ledger);

// The installed families the fallbacks choose, exposed for the settings dialog and tests.
QString installedTitleFamily();
QString installedBodyFamily();

} // namespace tz

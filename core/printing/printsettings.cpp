#include "printsettings.h"

#include "ledger.h"

#include <QFontDatabase>
#include <QPageSize>

namespace tz {

namespace {

// Candidates in order of preference. The official faces come first under the names Windows,
// WPS and the 方正 packages install them with; Noto Serif CJK SC (Debian's fonts-noto-cjk) is
// the free fallback, then Noto Sans, then whatever CJK face exists.
QStringList titleCandidates()
{
    return { QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
        QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("华文中宋"),
        QStringLiteral("STZhongsong"), QStringLiteral("Noto Serif CJK SC"),
        QStringLiteral("Source Han Serif SC"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Source Han Sans SC") };
}

QStringList bodyCandidates()
{
    return { QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"),
        QStringLiteral("仿宋"), QStringLiteral("FangSong"), QStringLiteral("方正仿宋简体"),
        QStringLiteral("方正仿宋_GBK"), QStringLiteral("STFangsong"),
        QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC") };
}

bool installed(const QString &family)
{
    return !family.isEmpty() && QFontDatabase::families().contains(family, Qt::CaseInsensitive);
}

QString firstInstalled(const QStringList &candidates)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &c : candidates)
        if (families.contains(c, Qt::CaseInsensitive))
            return c;
    // Any face that writes Simplified Chinese, so that nothing prints as boxes.
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    return chinese.isEmpty() ? QString() : chinese.first();
}

bool isHeavyTitleFace(const QString &family)
{
    return family.contains(QStringLiteral("小标宋"))
        || family.contains(QStringLiteral("XiaoBiaoSong"))
        || family.contains(QStringLiteral("中宋")) || family.contains(QStringLiteral("Zhongsong"));
}

QFont makeFont(const QString &family, qreal pointSize, bool bold)
{
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Exact family: a silent substitution would break the Kangxi fix and the layout. No
    // shaping: in a Latin run ("KJ2026-0001") HarfBuzz takes Noto CJK's digits from a GSUB
    // feature, glyphs the font's cmap does not name, so Qt's PDF gives them no Unicode and
    // pdftotext loses every digit of a project code. Chinese needs no shaping.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferMatch | QFont::PreferNoShaping));
    // Hinting tuned for screens distorts outlines and advances written to a PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

std::optional<Paper> paperFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QStringLiteral("A4"))
        return Paper::A4;
    if (n == QStringLiteral("A3"))
        return Paper::A3;
    return std::nullopt;
}

QString paperName(Paper paper)
{
    return paper == Paper::A3 ? QStringLiteral("A3") : QStringLiteral("A4");
}

QString installedTitleFamily()
{
    return firstInstalled(titleCandidates());
}

QString installedBodyFamily()
{
    return firstInstalled(bodyCandidates());
}

bool PrintSettings::titleBold() const
{
    return !isHeavyTitleFace(titleFamily);
}

QFont PrintSettings::titleFont(qreal pointSize) const
{
    return makeFont(titleFamily, pointSize, titleBold());
}

QFont PrintSettings::bodyFont(qreal pointSize, bool bold) const
{
    return makeFont(bodyFamily, pointSize, bold);
}

QList<QFont> PrintSettings::faces() const
{
    return { titleFont(titlePointSize), bodyFont(bodyPointSize), bodyFont(bodyPointSize, true) };
}

PrintSettings PrintSettings::resolved() const
{
    PrintSettings s = *this;
    if (!installed(s.titleFamily))
        s.titleFamily = installedTitleFamily();
    if (!installed(s.bodyFamily))
        s.bodyFamily = installedBodyFamily();
    return s;
}

QPageLayout PrintSettings::pageLayout(QPageLayout::Orientation orientation) const
{
    QMarginsF m = orientation == QPageLayout::Landscape ? landscapeMargins : portraitMargins;
    // The device's printable area reaches down to the page number; the text block stops
    // footerBandMm() above its bottom (see PagedPrinter).
    m.setBottom(qMax<qreal>(5, m.bottom() - footerBandMm()));
    const QPageSize size(paper == Paper::A3 ? QPageSize::A3 : QPageSize::A4);
    return QPageLayout(size, orientation, m, QPageLayout::Millimeter);
}

PrintSettings printSettings(const Ledger &ledger)
{
    PrintSettings s;
    s.titleFamily = ledger.setting(QStringLiteral("print_title_font"));
    s.bodyFamily = ledger.setting(QStringLiteral("print_body_font"));
    if (const auto p = paperFromName(ledger.setting(QStringLiteral("print_paper"))))
        s.paper = *p;
    s.issuer = ledger.setting(QStringLiteral("print_issuer"));
    return s;
}

} // namespace tz

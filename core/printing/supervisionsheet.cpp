#include "supervisionsheet.h"

#include "pagedprinter.h"
#include "ruledform.h"
#include "sheetwords.h"
#include "textbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QPagedPaintDevice>

namespace tz {

namespace {

// The form's columns: label, value, label, value.
const QList<qreal> kColumns { 15, 35, 15, 35 };
// Shares of the width of the left part of the number line and of the signature lines.
constexpr qreal kNumberShare = 0.62;
constexpr qreal kSignatureShare = 0.60;
// Values up to this length are laid out once and shared between sheets, up to this many.
constexpr qsizetype kSharedValueLength = 24;
constexpr qsizetype kSharedValues = 512;

} // namespace

// What every sheet of one form size prints alike, laid out once per job.
struct SupervisionSheet::Fixed
{
    explicit Fixed(const RuledForm &blankForm)
        : blank(blankForm)
    { }

    QFont body, bold, light;
    RuledForm blank; // the form's columns without rows
    qreal width = 0;
    qreal afterNumber = 0; // space between the number line and the form
    qreal signatures = 0; // height of the signature lines
    qreal betweenSignatures = 0;
    std::shared_ptr<const TextBox> date, signUnit, signInspector, signDate, opinion;
    QHash<QString, std::shared_ptr<const TextBox>> labels;
    // Short one-line values many sheets share (a unit, a phase, "无"), by span and text.
    QHash<QPair<int, QString>, std::shared_ptr<const TextBox>> values;
};

// One sheet laid out in one form size.
struct SupervisionSheet::Sheet
{
    const Fixed *fixed;
    TextBox number;
    RuledForm form;
    qreal top = 0; // where the form begins, below the title and the number line

    qreal height() const { return top + form.height() + fixed->signatures; }
};

SupervisionSheet::SupervisionSheet(const PrintSettings &settings, QDate today)
    : m_settings(settings)
    , m_text(today, settings.upcomingDays)
{ }

SupervisionSheet::~SupervisionSheet() = default;

QList<qreal> SupervisionSheet::fittingSizes(qreal formPointSize)
{
    QList<qreal> sizes { formPointSize };
    for (qreal s : { 12.0, 10.5, 9.0 })
        if (s < formPointSize)
            sizes << s;
    return sizes;
}

SupervisionSheet::Fixed &SupervisionSheet::fixed(qreal pt, const PagedPrinter &printer)
{
    const QPaintDevice *device = printer.device();
    if (device != m_device) {
        m_fixed.clear();
        m_title.reset();
        m_device = device;
    }
    std::unique_ptr<Fixed> &slot = m_fixed[pt];
    if (slot)
        return *slot;

    const qreal width = printer.contentSize().width();
    slot = std::make_unique<Fixed>(RuledForm(device, width, kColumns));
    Fixed &x = *slot;
    x.width = width;
    // Fonts resolved for the device once, so that no layout resolves them again.
    x.body = QFont(m_settings.bodyFont(pt), device);
    x.bold = QFont(m_settings.bodyFont(pt, true), device);
    x.light = QFont(m_settings.bodyFont(pt + 1), device);
    x.afterNumber = printer.points(6);
    x.betweenSignatures = printer.points(16);

    const auto box = [&](qreal w, const QString &text, const QFont &font, Qt::Alignment align) {
        return TextBox::of(device, w, text, font, align);
    };
    if (!m_title)
        m_title = box(width, QCoreApplication::translate("tz::print", "重大科技创新项目督导单"),
            QFont(m_settings.titleFont(m_settings.titlePointSize), device), Qt::AlignHCenter);
    x.date = box(width * (1 - kNumberShare), m_text.date(), x.body, Qt::AlignRight);

    const QString date = QCoreApplication::translate("tz::print", "日期：_____年____月____日");
    x.signDate = box(width * (1 - kSignatureShare), date, x.body, Qt::AlignRight);
    x.signUnit = box(width * kSignatureShare,
        QCoreApplication::translate("tz::print", "责任单位负责人（签字）：__________"), x.body,
        Qt::AlignLeft);
    x.signInspector = box(width * kSignatureShare,
        QCoreApplication::translate("tz::print", "督导人员（签字）：__________"), x.body,
        Qt::AlignLeft);
    x.signatures = qMax(x.signUnit->height(), x.signDate->height()) + x.betweenSignatures
        + qMax(x.signInspector->height(), x.signDate->height());

    // Room for the inspectors' handwritten opinion: three empty lines, and what the page
    // leaves over.
    auto opinion = std::make_shared<TextBox>(device, x.blank.textWidth(1, 3));
    for (int i = 0; i < 3; ++i)
        opinion->add(QString(), x.body);
    x.opinion = opinion;
    return x;
}

SupervisionSheet::Sheet SupervisionSheet::layout(
    const ProjectSheetFacts &f, const QString &number, qreal pt, const PagedPrinter &printer)
{
    Fixed &x = fixed(pt, printer);
    const QPaintDevice *device = printer.device();
    Sheet s { &x, TextBox(device, x.width * kNumberShare), x.blank };
    s.number.add(number, x.body);
    s.top = m_title->height() + qMax(s.number.height(), x.date->height()) + x.afterNumber;

    RuledForm &form = s.form;
    const auto label = [&](const QString &text) {
        std::shared_ptr<const TextBox> &b = x.labels[text];
        if (!b)
            b = TextBox::of(device, form.textWidth(0, 1), text, x.bold, Qt::AlignHCenter);
        form.addCell(1, true, b);
    };
    const auto value = [&](int span, const QStringList &lines, bool shared = true) {
        const auto make = [&] {
            auto b = std::make_shared<TextBox>(device, form.textWidth(form.nextColumn(), span));
            for (const QString &line : lines)
                b->add(line, x.body);
            return b;
        };
        if (!shared || lines.size() != 1 || lines.first().size() > kSharedValueLength) {
            form.addCell(span, false, make());
            return;
        }
        // Kept to a bound, so that memory does not grow with the number of sheets.
        if (x.values.size() >= kSharedValues)
            x.values.clear();
        std::shared_ptr<const TextBox> &b = x.values[qMakePair(span, lines.first())];
        if (!b)
            b = make();
        form.addCell(span, false, b);
    };
    const auto pair = [&](const char *l1, const QString &v1, const char *l2, const QString &v2) {
        form.addRow();
        label(QCoreApplication::translate("tz::print", l1));
        value(1, { v1 }, v1 != f.code); // a code is on one sheet only: not worth keeping
        label(QCoreApplication::translate("tz::print", l2));
        value(1, { v2 });
    };
    const auto wide = [&](const QString &l, const QStringList &lines) {
        form.addRow();
        label(l);
        value(3, lines);
    };

    form.addRow(); // the name is on one sheet only: not worth keeping
    label(QCoreApplication::translate("tz::print", "项目名称"));
    value(3, { f.name }, false);
    pair(QT_TRANSLATE_NOOP("tz::print", "项目编号"), f.code,
        QT_TRANSLATE_NOOP("tz::print", "项目类别"), f.category);
    pair(QT_TRANSLATE_NOOP("tz::print", "责任单位"), f.unit,
        QT_TRANSLATE_NOOP("tz::print", "建设单位"), f.owner);
    pair(QT_TRANSLATE_NOOP("tz::print", "分包领导"), f.leaderWithTitle(),
        QT_TRANSLATE_NOOP("tz::print", "项目阶段"), f.phase);
    wide(QCoreApplication::translate("tz::print", "投资情况\n（万元）"), m_text.investmentLines(f));

    // The light first, as shape, colour and word; the reasons under it.
    form.addRow();
    label(QCoreApplication::translate("tz::print", "预警灯色"));
    auto light = std::make_shared<TextBox>(device, form.textWidth(1, 3));
    const QString mark = sheetwords::lightMark(f.light.light);
    QTextCharFormat colour;
    colour.setForeground(sheetwords::lightColour(f.light.light));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    const QString word = QStringLiteral(" ") + lightText(f.light.light);
    light->add(mark + word, x.light, Qt::AlignLeft,
        { { 0, int(mark.size()), colour }, { int(mark.size()), int(word.size()), bold } });
    for (const QString &reason : m_text.reasonLines(f))
        light->add(reason, x.body);
    form.addCell(3, false, std::move(light));

    wide(QCoreApplication::translate("tz::print", "逾期节点"),
        m_text.milestoneLines(f.overdue, true));
    wide(QCoreApplication::translate("tz::print", "临近节点"),
        m_text.milestoneLines(f.coming, false));
    wide(QCoreApplication::translate("tz::print", "要素保障\n需求"), m_text.needLines(f));
    wide(QCoreApplication::translate("tz::print", "督导发现\n问题"), m_text.findingLines(f));
    wide(
        QCoreApplication::translate("tz::print", "整改要求\n及时限"), m_text.rectificationLines(f));
    if (const QStringList duban = m_text.dubanLines(f); !duban.isEmpty())
        wide(QCoreApplication::translate("tz::print", "督办事项"), duban);
    form.addRow();
    label(QCoreApplication::translate("tz::print", "督导意见"));
    form.addCell(3, false, x.opinion);
    return s;
}

int SupervisionSheet::print(
    const ProjectSheetFacts &facts, const QString &number, PagedPrinter &printer)
{
    const QList<qreal> sizes = fittingSizes(m_settings.formPointSize);
    const qreal page = printer.contentSize().height();
    // Most sheets fit the second size, so start there: one layout for most sheets, a second
    // one up when the text would still fit larger (area grows with the square of the size),
    // or down until it fits.
    qsizetype i = qMin<qsizetype>(1, sizes.size() - 1);
    Sheet sheet = layout(facts, number, sizes.at(i), printer);
    if (sheet.height() <= page) {
        while (i > 0) {
            const qreal grow = sizes.at(i - 1) / sizes.at(i);
            if (sheet.height() * grow * grow > page)
                break;
            Sheet larger = layout(facts, number, sizes.at(i - 1), printer);
            if (larger.height() > page)
                break;
            sheet = std::move(larger);
            --i;
        }
        // What is left of the page goes to the opinion box, so the signatures sit at the
        // foot of the page and the sheet does not end halfway down.
        const qreal mm = printer.dotsPerMm();
        const qreal spare = page - sheet.height() - 3 * mm;
        if (spare >= 5 * mm)
            sheet.form.growRow(sheet.form.rowCount() - 1, spare);
    } else {
        while (sheet.height() > page && i + 1 < sizes.size())
            sheet = layout(facts, number, sizes.at(++i), printer);
    }
    return paint(sheet, printer);
}

int SupervisionSheet::paint(const Sheet &sheet, PagedPrinter &printer) const
{
    const Fixed &x = *sheet.fixed;
    const qreal page = printer.contentSize().height();
    std::vector<RuledForm::Part> parts = sheet.height() <= page
        ? std::vector<RuledForm::Part> { sheet.form.whole() }
        : sheet.form.split(page - sheet.top, page);
    // The signatures follow the form. When the last page has no room for them, the opinion
    // box goes over with them, so that nobody signs under an empty page.
    const auto formEnd = [&] { return (parts.size() == 1 ? sheet.top : 0) + parts.back().height; };
    if (formEnd() + x.signatures > page)
        sheet.form.carryLastRow(parts);
    const bool ownPage = formEnd() + x.signatures > page;
    const int pages = int(parts.size()) + (ownPage ? 1 : 0);

    for (int n = 0; n < pages; ++n) {
        QPainter *p = printer.beginPage();
        if (!p)
            return 0;
        p->save();
        p->setPen(Qt::black);
        qreal y = 0;
        if (n == 0) {
            m_title->draw(*p, QPointF(0, 0));
            y = m_title->height();
            sheet.number.draw(*p, QPointF(0, y));
            x.date->draw(*p, QPointF(x.width * kNumberShare, y));
            y = sheet.top;
        }
        if (size_t(n) < parts.size()) {
            sheet.form.paint(*p, QPointF(0, y), parts[size_t(n)]);
            y += parts[size_t(n)].height;
        }
        if (n == pages - 1) {
            const qreal right = x.width * kSignatureShare;
            x.signUnit->draw(*p, QPointF(0, y));
            x.signDate->draw(*p, QPointF(right, y));
            y += qMax(x.signUnit->height(), x.signDate->height()) + x.betweenSignatures;
            x.signInspector->draw(*p, QPointF(0, y));
            x.signDate->draw(*p, QPointF(right, y));
        }
        p->restore();
        // A sheet that runs on is numbered, so its pages stay together.
        if (pages > 1)
            printer.paintFooter(n + 1, pages);
    }
    return pages;
}

} // namespace tz

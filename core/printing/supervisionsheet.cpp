#include "supervisionsheet.h"

#include "docwriter.h"
#include "pagedprinter.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QTextTable>

namespace tz {

namespace {

QString percent(Money part, Money whole)
{
    if (whole.cents() <= 0)
        return QStringLiteral("—");
    return QString::number(100.0 * double(part.cents()) / double(whole.cents()), 'f', 1) + u'%';
}

QString numbered(int index, const QString &text)
{
    return QStringLiteral("%1. %2").arg(index).arg(text);
}

} // namespace

SupervisionSheet::SupervisionSheet(const PrintSettings &settings, QDate today)
    : m_settings(settings)
    , m_today(today)
{ }

QList<qreal> SupervisionSheet::fittingSizes(qreal formPointSize)
{
    QList<qreal> sizes { formPointSize };
    for (qreal s : { 12.0, 10.5, 9.0 })
        if (s < formPointSize)
            sizes << s;
    return sizes;
}

std::unique_ptr<QTextDocument> SupervisionSheet::layout(
    const ProjectSheetFacts &facts, const QString &number, const PagedPrinter &printer) const
{
    const QList<qreal> sizes = fittingSizes(m_settings.formPointSize);
    const qreal page = printer.contentSize().height();
    const auto make = [&](qsizetype i) {
        auto doc = std::make_unique<QTextDocument>();
        printer.compose(*doc, [&] { build(*doc, facts, number, sizes.at(i)); });
        return doc;
    };
    // Most sheets fit the second size, so start there: one layout for most sheets, a second
    // one up when the text would still fit larger (area grows with the square of the size),
    // or down until it fits.
    qsizetype i = qMin<qsizetype>(1, sizes.size() - 1);
    auto doc = make(i);
    if (doc->pageCount() == 1) {
        while (i > 0) {
            const qreal grow = sizes.at(i - 1) / sizes.at(i);
            if (doc->size().height() * grow * grow > page)
                break;
            auto larger = make(i - 1);
            if (larger->pageCount() != 1)
                break;
            doc = std::move(larger);
            --i;
        }
        growOpinionBox(*doc, page, printer.dotsPerMm());
        return doc;
    }
    while (doc->pageCount() > 1 && i + 1 < sizes.size())
        doc = make(++i);
    return doc;
}

void SupervisionSheet::growOpinionBox(QTextDocument &doc, qreal pageHeight, qreal dotsPerMm)
{
    // What is left of the page goes to the box the inspectors write their opinion in (the
    // last row of the form), so the signatures sit at the foot of the page and the sheet
    // does not end halfway down.
    const qreal spare = pageHeight - doc.size().height() - 3 * dotsPerMm;
    if (spare < 5 * dotsPerMm)
        return;
    QTextTable *form = nullptr;
    for (QTextFrame *f : doc.rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(f); t && (!form || t->rows() > form->rows()))
            form = t;
    if (!form)
        return;
    QTextCursor c = form->cellAt(form->rows() - 1, 1).lastCursorPosition();
    QTextBlockFormat b = c.blockFormat();
    // Vertical margins are in 1/96 inch and scaled to the printer by the layout. (The bottom
    // margin of a cell's last block is ignored; the top margin of its last, empty line works.)
    b.setTopMargin(b.topMargin() + spare / dotsPerMm * 96.0 / 25.4);
    c.setBlockFormat(b);
    if (doc.pageCount() > 1) { // never at the cost of a second page
        b.setTopMargin(0);
        c.setBlockFormat(b);
    }
}

QString SupervisionSheet::number(const ProjectSheetFacts &facts, int sequence) const
{
    if (sequence > 0)
        return QCoreApplication::translate("tz::print", "督导〔%1〕第 %2 号")
            .arg(m_today.year())
            .arg(sequence);
    return QCoreApplication::translate("tz::print", "督导〔%1〕%2-%3号")
        .arg(QString::number(m_today.year()), facts.code, m_today.toString(QStringLiteral("MMdd")));
}

QStringList SupervisionSheet::investmentLines(const ProjectSheetFacts &f) const
{
    QStringList lines;
    lines << QCoreApplication::translate(
        "tz::print", "总投资 %1；年度计划投资 %2；累计完成投资 %3，占总投资 %4。")
                 .arg(f.total.toDisplayString(), f.annualPlan.toDisplayString(),
                     f.completed.toDisplayString(), percent(f.completed, f.total));
    if (f.reportedMonth > 0)
        lines << QCoreApplication::translate(
            "tz::print", "本年 1—%1 月完成 %2，同期计划 %3，完成年度计划 %4。")
                     .arg(f.reportedMonth)
                     .arg(f.completedThisYear.toDisplayString(),
                         f.plannedToReportedMonth.toDisplayString(),
                         percent(f.completedThisYear, f.annualPlan));
    else
        lines << QCoreApplication::translate("tz::print", "本年尚未报送月度调度数据。");
    return lines;
}

QStringList SupervisionSheet::milestoneLines(
    const std::vector<ProjectSheetFacts::Milestone> &list, bool overdue) const
{
    QStringList lines;
    int i = 0;
    for (const auto &m : list) {
        QString line
            = QCoreApplication::translate("tz::print", "%1——计划 %2 完成，%3")
                  .arg(m.title, DocWriter::date(m.planned), DocWriter::daysPhrase(m.daysLate));
        if (!m.responsible.isEmpty())
            line += QCoreApplication::translate("tz::print", "（责任人：%1）").arg(m.responsible);
        lines << numbered(++i, line);
    }
    if (lines.isEmpty())
        lines << (overdue ? QCoreApplication::translate("tz::print", "无")
                          : QCoreApplication::translate("tz::print", "%1 天内无到期节点")
                                .arg(m_settings.upcomingDays));
    return lines;
}

QStringList SupervisionSheet::needLines(const ProjectSheetFacts &f) const
{
    QStringList lines;
    int i = 0;
    for (const auto &n : f.openNeeds) {
        QString line = QStringLiteral("【%1】%2").arg(n.kind, n.description);
        if (!n.quantity.isEmpty())
            line += u' ' + n.quantity;
        if (!n.department.isEmpty())
            line += QCoreApplication::translate("tz::print", "；协调部门：%1").arg(n.department);
        if (n.deadline.isValid())
            line += QCoreApplication::translate("tz::print", "；解决时限：%1（%2）")
                        .arg(DocWriter::date(n.deadline), DocWriter::daysPhrase(n.daysLate));
        line += QCoreApplication::translate("tz::print", "；状态：%1").arg(n.status);
        lines << numbered(++i, line);
    }
    if (lines.isEmpty())
        lines << QCoreApplication::translate("tz::print", "无待解决的要素保障需求");
    return lines;
}

QStringList SupervisionSheet::findingLines(const ProjectSheetFacts &f) const
{
    if (!f.latestFinding)
        return { QCoreApplication::translate("tz::print", "暂无督导记录") };
    const auto &s = *f.latestFinding;
    QString head = DocWriter::date(s.date) + s.kind;
    if (!s.inspectors.isEmpty())
        head += QCoreApplication::translate("tz::print", "（%1）").arg(s.inspectors);
    return { head
        + QCoreApplication::translate("tz::print", "：%1")
              .arg(s.findings.isEmpty() ? QCoreApplication::translate("tz::print", "未发现问题")
                                        : s.findings) };
}

QStringList SupervisionSheet::rectificationLines(const ProjectSheetFacts &f) const
{
    QStringList lines;
    int i = 0;
    for (const auto &s : f.openRectifications) {
        QString line = s.rectification.isEmpty() ? s.findings : s.rectification;
        if (s.deadline.isValid())
            line += QCoreApplication::translate("tz::print", "；整改时限：%1（%2）")
                        .arg(DocWriter::date(s.deadline), DocWriter::daysPhrase(s.daysLate));
        lines << numbered(++i, line);
    }
    if (lines.isEmpty() && f.latestFinding && !f.latestFinding->rectification.isEmpty())
        lines << QCoreApplication::translate("tz::print", "%1（%2）")
                     .arg(f.latestFinding->rectification, f.latestFinding->status);
    if (lines.isEmpty())
        lines << QCoreApplication::translate("tz::print", "无");
    if (f.latestFinding && !f.latestFinding->accountability.isEmpty())
        lines << QCoreApplication::translate("tz::print", "问责情况：%1")
                     .arg(f.latestFinding->accountability);
    return lines;
}

QStringList SupervisionSheet::dubanLines(const ProjectSheetFacts &f) const
{
    QStringList lines;
    int i = 0;
    for (const auto &d : f.openDuban) {
        QString line = QStringLiteral("%1 %2").arg(d.number, d.demand);
        if (d.deadline.isValid())
            line += QCoreApplication::translate("tz::print", "；办结时限：%1（%2）")
                        .arg(DocWriter::date(d.deadline), DocWriter::daysPhrase(d.daysLate));
        lines << numbered(++i, line);
    }
    return lines;
}

void SupervisionSheet::build(
    QTextDocument &doc, const ProjectSheetFacts &f, const QString &number, qreal pt) const
{
    DocWriter w(doc, m_settings);
    w.title(QCoreApplication::translate("tz::print", "重大科技创新项目督导单"),
        m_settings.titlePointSize, 10);
    w.leftRight(number,
        QCoreApplication::translate("tz::print", "日期：%1").arg(DocWriter::date(m_today)), pt, 6,
        62);

    const QStringList duban = dubanLines(f);
    // Rows: 4 of two label/value pairs, then label + value across three columns.
    struct Wide
    {
        QString label;
        QStringList lines;
    };
    std::vector<Wide> wide {
        { QCoreApplication::translate("tz::print", "投资情况\n（万元）"), investmentLines(f) },
        { QCoreApplication::translate("tz::print", "预警灯色"), f.light.reasons },
        { QCoreApplication::translate("tz::print", "逾期节点"), milestoneLines(f.overdue, true) },
        { QCoreApplication::translate("tz::print", "临近节点"), milestoneLines(f.coming, false) },
        { QCoreApplication::translate("tz::print", "要素保障\n需求"), needLines(f) },
        { QCoreApplication::translate("tz::print", "督导发现\n问题"), findingLines(f) },
        { QCoreApplication::translate("tz::print", "整改要求\n及时限"), rectificationLines(f) },
    };
    if (!duban.isEmpty())
        wide.push_back({ QCoreApplication::translate("tz::print", "督办事项"), duban });
    // Room for the inspectors' handwritten opinion.
    wide.push_back({ QCoreApplication::translate("tz::print", "督导意见"),
        { QString(), QString(), QString() } });

    const int rows = 4 + int(wide.size());
    QTextTable *t = w.table(rows, { 15, 35, 15, 35 });
    const QTextCharFormat label = w.text(pt, true);
    const QTextCharFormat body = w.text(pt);
    const auto pair = [&](int row, int col, const QString &l, const QString &v) {
        DocWriter::shadeCell(t, row, col);
        w.cell(t, row, col, l.split(u'\n'), label, Qt::AlignHCenter);
        w.cell(t, row, col + 1, v, body);
    };
    pair(0, 0, QCoreApplication::translate("tz::print", "项目名称"), f.name);
    t->mergeCells(0, 1, 1, 3);
    pair(1, 0, QCoreApplication::translate("tz::print", "项目编号"), f.code);
    pair(1, 2, QCoreApplication::translate("tz::print", "项目类别"), f.category);
    pair(2, 0, QCoreApplication::translate("tz::print", "责任单位"), f.unit);
    pair(2, 2, QCoreApplication::translate("tz::print", "建设单位"), f.owner);
    pair(3, 0, QCoreApplication::translate("tz::print", "分包领导"), f.leaderWithTitle());
    pair(3, 2, QCoreApplication::translate("tz::print", "项目阶段"), f.phase);
    for (int i = 0; i < int(wide.size()); ++i) {
        const int row = 4 + i;
        DocWriter::shadeCell(t, row, 0);
        w.cell(t, row, 0, wide[size_t(i)].label.split(u'\n'), label, Qt::AlignHCenter);
        t->mergeCells(row, 1, 1, 3);
        if (i == 1) {
            // The light first, as shape and word; the reasons under it, numbered.
            QTextCursor c = t->cellAt(row, 1).firstCursorPosition();
            w.light(c, f.light.light, w.text(pt + 1));
            QTextBlockFormat b;
            int n = 0;
            for (const QString &reason : wide[1].lines) {
                c.insertBlock(b);
                c.insertText(f.light.reasons.size() > 1 ? numbered(++n, reason) : reason, body);
            }
        } else {
            w.cell(t, row, 1, wide[size_t(i)].lines, body);
        }
    }
    w.leaveTable();

    // Signature lines: a name line on the left, the date on the right, room to sign.
    w.paragraph(QString(), pt, Qt::AlignLeft, false, 4);
    const QString date = QCoreApplication::translate("tz::print", "日期：_____年____月____日");
    w.leftRight(QCoreApplication::translate("tz::print", "责任单位负责人（签字）：__________"),
        date, pt, 16, 60);
    w.leftRight(
        QCoreApplication::translate("tz::print", "督导人员（签字）：__________"), date, pt, 0, 60);
}

} // namespace tz

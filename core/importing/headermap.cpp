#include "headermap.h"

#include "cellparsers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace tz {

namespace {

struct Word
{
    const char *text;
    ImportField field;
};

// Exact header words after normalising. Order does not matter; words are unique.
const Word kWords[] = {
    { "项目编号", ImportField::Code }, { "编号", ImportField::Code }, { "项目代码", ImportField::Code },
    { "项目编码", ImportField::Code }, { "项目名称", ImportField::Name }, { "项目名", ImportField::Name },
    { "名称", ImportField::Name }, { "项目类别", ImportField::Category }, { "类别", ImportField::Category },
    { "项目类型", ImportField::Category }, { "建设单位", ImportField::Owner },
    { "项目单位", ImportField::Owner }, { "实施单位", ImportField::Owner },
    { "承担单位", ImportField::Owner }, { "业主单位", ImportField::Owner },
    { "项目建设单位", ImportField::Owner }, { "建设内容", ImportField::Content },
    { "主要建设内容", ImportField::Content }, { "建设规模及内容", ImportField::Content },
    { "建设内容及规模", ImportField::Content }, { "建设地点", ImportField::Location },
    { "项目地点", ImportField::Location }, { "地点", ImportField::Location },
    { "总投资", ImportField::TotalInvestment }, { "计划总投资", ImportField::TotalInvestment },
    { "项目总投资", ImportField::TotalInvestment }, { "年度计划投资", ImportField::PlannedInvestment },
    { "年计划投资", ImportField::PlannedInvestment }, { "本年计划投资", ImportField::PlannedInvestment },
    { "年度投资计划", ImportField::PlannedInvestment }, { "计划投资", ImportField::PlannedInvestment },
    { "累计完成投资", ImportField::CompletedInvestment },
    { "完成投资", ImportField::CompletedInvestment }, { "已完成投资", ImportField::CompletedInvestment },
    { "开工时间", ImportField::StartDate }, { "开工日期", ImportField::StartDate },
    { "计划开工时间", ImportField::StartDate }, { "计划竣工时间", ImportField::PlannedEndDate },
    { "竣工时间", ImportField::PlannedEndDate }, { "计划完工时间", ImportField::PlannedEndDate },
    { "建成时间", ImportField::PlannedEndDate }, { "计划建成时间", ImportField::PlannedEndDate },
    { "项目阶段", ImportField::Phase }, { "阶段", ImportField::Phase }, { "建设阶段", ImportField::Phase },
    { "责任单位", ImportField::Unit }, { "牵头单位", ImportField::Unit },
    { "责任部门", ImportField::Unit }, { "主责单位", ImportField::Unit },
    { "所属区县", ImportField::Unit }, { "县区", ImportField::Unit }, { "分包领导", ImportField::Leader },
    { "分包市领导", ImportField::Leader }, { "联系领导", ImportField::Leader },
    { "分包市级领导", ImportField::Leader }, { "市级分包领导", ImportField::Leader },
    { "包联领导", ImportField::Leader }, { "联系市领导", ImportField::Leader },
    { "联系人", ImportField::Contact }, { "项目联系人", ImportField::Contact },
    { "联系电话", ImportField::ContactPhone }, { "联系方式", ImportField::ContactPhone },
    { "电话", ImportField::ContactPhone }, { "年度目标", ImportField::AnnualGoal },
    { "年度建设目标", ImportField::AnnualGoal }, { "年度目标任务", ImportField::AnnualGoal },
    { "备注", ImportField::Notes }, { "时间节点", ImportField::Schedule },
    { "推进计划", ImportField::Schedule }, { "节点安排", ImportField::Schedule },
    { "进度安排", ImportField::Schedule }, { "时间节点安排", ImportField::Schedule },
    { "节点计划", ImportField::Schedule }, { "时间节点及推进计划", ImportField::Schedule },
    { "建设内容及进度安排", ImportField::Schedule }, { "进度安排及时间节点", ImportField::Schedule },
    { "年度计划及时间节点", ImportField::Schedule },
};

// Columns offices keep that the ledger does not model; recognised so they are not reported.
const char *const kKnownIgnored[] = { "序号", "建设性质", "纳入情况", "是否纳入统计", "是否入库",
                                      "项目性质", "级别" };

const char *const kFactorParents[] = { "要素保障需求", "要素保障", "要素需求", "需协调解决的要素问题",
                                       "要素保障情况" };

QString factorKindOf(const QString &word)
{
    if (word.startsWith(QStringLiteral("资金")))
        return QStringLiteral("资金");
    if (word.startsWith(QStringLiteral("土地")) || word.startsWith(QStringLiteral("用地")))
        return QStringLiteral("土地");
    if (word.startsWith(QStringLiteral("用工")) || word.startsWith(QStringLiteral("人才")))
        return QStringLiteral("用工");
    if (word.startsWith(QStringLiteral("环评")) || word.startsWith(QStringLiteral("环境影响")))
        return QStringLiteral("环评");
    if (word.startsWith(QStringLiteral("其他")) || word.startsWith(QStringLiteral("其它")))
        return QStringLiteral("其他");
    return {};
}

} // namespace

QString normaliseHeader(const QString &header)
{
    QString s;
    for (QChar c : header) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        s.append(u >= 0xFF01 && u <= 0xFF5E ? QChar(char16_t(u - 0xFEE0)) : c);
    }
    // A unit or note in brackets at the end: "总投资(万元)", "开工时间(年月)".
    static const QRegularExpression unit(QStringLiteral("[(\\[【][^()\\[\\]【】]*[)\\]】]$"));
    // The table finder normalises every cell of a sheet: the regular expression only runs
    // where it can match.
    if (s.endsWith(u')') || s.endsWith(u']') || s.endsWith(u'】'))
        s.remove(unit);
    s.remove(u'*'); // "项目名称*" marks a required column in some templates
    return s;
}

ColumnMapping mapHeader(const QString &header, const QString &parent)
{
    ColumnMapping m;
    const QString word = normaliseHeader(header);
    if (header.contains(QStringLiteral("亿元")) || parent.contains(QStringLiteral("亿元")))
        m.unitScale = 10000;
    if (word.isEmpty())
        return m;
    const QString parentWord = normaliseHeader(parent);
    for (const char *p : kFactorParents) {
        if (parentWord == QString::fromUtf8(p) || word == QString::fromUtf8(p)) {
            const QString kind = factorKindOf(word);
            m.field = ImportField::Factor;
            m.factorKind = kind.isEmpty() ? QStringLiteral("其他") : kind;
            m.known = true;
            return m;
        }
    }
    static const QHash<QString, ImportField> words = [] {
        QHash<QString, ImportField> h;
        for (const Word &w : kWords)
            h.insert(QString::fromUtf8(w.text), w.field);
        return h;
    }();
    const auto it = words.constFind(word);
    if (it != words.constEnd()) {
        m.field = *it;
        m.known = true;
        return m;
    }
    // "1-3月计划投资", "1—6月完成投资", "1至9月累计完成投资", "2023年1-3月计划投资"
    static const QRegularExpression months(
            QStringLiteral("^(?:(\\d{4})年)?1[-—–~～至到](\\d{1,2})月(?:份)?(?:累计)?(计划|完成)投资(?:额)?$"));
    const auto mm = months.match(word);
    if (mm.hasMatch()) {
        m.field = mm.captured(3) == QStringLiteral("计划") ? ImportField::MonthPlan : ImportField::MonthCompleted;
        m.month = mm.captured(2).toInt();
        m.year = mm.captured(1).toInt();
        m.known = m.month >= 1 && m.month <= 12;
        if (!m.known)
            m.field = ImportField::Ignore;
        return m;
    }
    // "2023年计划投资", "2023年度计划投资"
    static const QRegularExpression yearPlan(QStringLiteral("^(\\d{4})年(?:度)?(?:计划投资|投资计划)$"));
    const auto ym = yearPlan.match(word);
    if (ym.hasMatch()) {
        m.field = ImportField::PlannedInvestment;
        m.year = ym.captured(1).toInt();
        m.known = true;
        return m;
    }
    if (!factorKindOf(word).isEmpty() && parentWord.isEmpty() && word.size() <= 4) {
        // A lone "资金" / "土地" column without a parent header is still a factor need.
        m.field = ImportField::Factor;
        m.factorKind = factorKindOf(word);
        m.known = true;
        return m;
    }
    for (const char *k : kKnownIgnored)
        if (word == QString::fromUtf8(k))
            m.known = true;
    return m;
}

QList<ImportField> importFields()
{
    QList<ImportField> out;
    for (int f = int(ImportField::Ignore); f <= int(ImportField::MonthCompleted); ++f)
        out << ImportField(f);
    return out;
}

QString importFieldName(ImportField field)
{
    // In the order of ImportField.
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("tz::import", "（不导入）"), QT_TRANSLATE_NOOP("tz::import", "项目编号"),
        QT_TRANSLATE_NOOP("tz::import", "项目名称"), QT_TRANSLATE_NOOP("tz::import", "项目类别"),
        QT_TRANSLATE_NOOP("tz::import", "建设单位"), QT_TRANSLATE_NOOP("tz::import", "建设内容"),
        QT_TRANSLATE_NOOP("tz::import", "建设地点"), QT_TRANSLATE_NOOP("tz::import", "总投资"),
        QT_TRANSLATE_NOOP("tz::import", "年度计划投资"), QT_TRANSLATE_NOOP("tz::import", "累计完成投资"),
        QT_TRANSLATE_NOOP("tz::import", "开工时间"), QT_TRANSLATE_NOOP("tz::import", "计划竣工时间"),
        QT_TRANSLATE_NOOP("tz::import", "项目阶段"), QT_TRANSLATE_NOOP("tz::import", "责任单位"),
        QT_TRANSLATE_NOOP("tz::import", "分包领导"), QT_TRANSLATE_NOOP("tz::import", "联系人"),
        QT_TRANSLATE_NOOP("tz::import", "联系电话"), QT_TRANSLATE_NOOP("tz::import", "年度目标"),
        QT_TRANSLATE_NOOP("tz::import", "备注"), QT_TRANSLATE_NOOP("tz::import", "时间节点（文字）"),
        QT_TRANSLATE_NOOP("tz::import", "要素保障需求"), QT_TRANSLATE_NOOP("tz::import", "1至N月计划投资"),
        QT_TRANSLATE_NOOP("tz::import", "1至N月完成投资"),
    };
    static_assert(std::size(names) == size_t(ImportField::MonthCompleted) + 1);
    return QCoreApplication::translate("tz::import", names[int(field)]);
}

} // namespace tz

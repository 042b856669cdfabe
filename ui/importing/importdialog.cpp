#include "importdialog.h"

#include "importing/importapply.h"
#include "importing/workbookreader.h"
#include "ledger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tz::ui {

namespace {

// The choices of the mapping combo box: a field, and for factor columns the kind.
struct Choice
{
    ImportField field;
    QString kind;
};

std::vector<Choice> choices()
{
    std::vector<Choice> out;
    for (ImportField f : importFields()) {
        if (f == ImportField::Factor) {
            for (const char *k : { "资金", "土地", "用工", "环评", "其他" })
                out.push_back({ f, QString::fromUtf8(k) });
        } else if (f != ImportField::MonthPlan && f != ImportField::MonthCompleted) {
            out.push_back({ f, {} });
        }
    }
    return out;
}

QString choiceText(const Choice &c)
{
    return c.field == ImportField::Factor ? importFieldName(c.field) + QStringLiteral("：") + c.kind
                                          : importFieldName(c.field);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

ImportDialog::ImportDialog(Ledger *ledger, QWidget *parent)
    : QDialog(parent),
      m_ledger(ledger),
      m_file(new QLineEdit(this)),
      m_sheet(new QComboBox(this)),
      m_year(new QSpinBox(this)),
      m_tabs(new QTabWidget(this)),
      m_summary(new QLabel(this)),
      m_goodRows(new QCheckBox(tr("跳过有错误的行，导入其余各行"), this))
{
    setWindowTitle(tr("导入表格"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("选择区县或部门报来的 XLSX、XLS 或 CSV 文件"));
    auto *browseButton = new QPushButton(tr("浏览…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    m_year->setRange(0, 2999);
    m_year->setSpecialValueText(tr("未指定"));
    m_year->setToolTip(tr("“3月底前完成…”这类时间节点所属的年份；默认取表格标题或表头中的年份"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("文件："), fileRow);
    form->addRow(tr("工作表："), m_sheet);
    form->addRow(tr("年份："), m_year);

    m_mapping = makeTable({ tr("列"), tr("表头"), tr("导入为"), tr("示例") }, this);
    m_projects = makeTable({ tr("行"), tr("结果"), tr("项目编号"), tr("项目名称"), tr("变化") }, this);
    m_problems = makeTable({ tr("类型"), tr("位置和原因") }, this);
    m_tabs->addTab(m_mapping, tr("列对应"));
    m_tabs->addTab(m_projects, tr("预览"));
    m_tabs->addTab(m_problems, tr("问题"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("导入"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_goodRows);
    layout->addWidget(buttons);
    m_goodRows->hide();

    connect(m_sheet, &QComboBox::activated, this, &ImportDialog::sheetChosen);
    connect(m_year, &QSpinBox::valueChanged, this, &ImportDialog::replan);
    resize(980, 640);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("导入表格"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("表格文件 (*.xlsx *.xlsm *.xls *.csv *.txt);;所有文件 (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    QString error;
    auto workbook = readWorkbook(path, &error);
    if (!workbook) {
        QMessageBox::warning(this, tr("无法读取表格"), error);
        return false;
    }
    m_workbook = std::move(workbook);
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_filling = true;
    m_sheet->clear();
    for (int i = 0; i < m_workbook->sheets.size(); ++i) {
        const Sheet &s = m_workbook->sheets[i];
        m_sheet->addItem(s.hidden ? tr("%1（隐藏）").arg(s.name) : s.name, i);
    }
    m_sheet->setCurrentIndex(qMax(0, m_workbook->firstVisibleSheet()));
    m_filling = false;
    sheetChosen();
    return true;
}

QString ImportDialog::mappingKey() const
{
    // Mappings are remembered per set of header words: the same district's sheet next month
    // comes back with the user's corrections already applied.
    return QStringLiteral("importMappings/") + QString::number(qHash(m_preview.table.headers.join(u'|')), 16);
}

void ImportDialog::sheetChosen()
{
    if (m_filling || !m_workbook)
        return;
    m_mappings.clear();
    replan();
    m_mappings = m_preview.table.mappings;
    const QStringList saved = QSettings().value(mappingKey()).toStringList();
    if (!saved.isEmpty() && size_t(saved.size()) == m_mappings.size()) {
        for (size_t c = 0; c < m_mappings.size(); ++c) {
            const QStringList parts = saved[qsizetype(c)].split(u':');
            m_mappings[c].field = ImportField(parts.value(0).toInt());
            m_mappings[c].factorKind = parts.value(1);
        }
        replan();
    }
    m_year->blockSignals(true);
    m_year->setValue(m_preview.year);
    m_year->blockSignals(false);
    fillMapping();
}

void ImportDialog::replan()
{
    if (!m_workbook || m_sheet->currentIndex() < 0)
        return;
    ImportOptions options;
    options.year = m_year->value();
    options.mappings = m_mappings;
    m_preview = planImport(*m_ledger, m_workbook->sheets.at(m_sheet->currentData().toInt()), m_path, options);
    fillPreview();
}

void ImportDialog::fillMapping()
{
    const auto list = choices();
    const Sheet &sheet = m_workbook->sheets.at(m_sheet->currentData().toInt());
    std::vector<int> samples;
    for (const auto &r : m_preview.table.rows)
        if (r.kind == SheetTable::Data && samples.size() < 3)
            samples.push_back(r.row);
    m_mapping->setRowCount(int(m_preview.table.headers.size()));
    for (int c = 0; c < int(m_preview.table.headers.size()); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(columnName(c)));
        const QString parent = m_preview.table.parents.value(c);
        m_mapping->setItem(c, 1, new QTableWidgetItem(parent.isEmpty() ? m_preview.table.headers[c]
                                                                       : parent + u'/' + m_preview.table.headers[c]));
        auto *box = new QComboBox(m_mapping);
        for (const Choice &ch : list)
            box->addItem(choiceText(ch));
        const ColumnMapping &m = m_preview.table.mappings[size_t(c)];
        if (m.field == ImportField::MonthPlan || m.field == ImportField::MonthCompleted) {
            box->addItem(tr("%1（1至%2月）").arg(importFieldName(m.field)).arg(m.month));
            box->setCurrentIndex(box->count() - 1);
            box->setEnabled(false);
        } else {
            for (int i = 0; i < int(list.size()); ++i)
                if (list[size_t(i)].field == m.field && (m.field != ImportField::Factor || list[size_t(i)].kind == m.factorKind))
                    box->setCurrentIndex(i);
        }
        connect(box, &QComboBox::activated, this, [this, c, box, list](int index) {
            m_mappings[size_t(c)].field = list[size_t(index)].field;
            m_mappings[size_t(c)].factorKind = list[size_t(index)].kind;
            m_mappings[size_t(c)].known = true;
            Q_UNUSED(box)
            mappingEdited(c);
        });
        m_mapping->setCellWidget(c, 2, box);
        QStringList sample;
        for (int r : samples)
            sample << sheet.cell(r, c).plainText();
        sample.removeAll(QString());
        m_mapping->setItem(c, 3, new QTableWidgetItem(sample.join(QStringLiteral(" ｜ "))));
    }
    m_mapping->resizeColumnsToContents();
}

void ImportDialog::mappingEdited(int)
{
    QStringList saved;
    for (const ColumnMapping &m : m_mappings)
        saved << QStringLiteral("%1:%2").arg(int(m.field)).arg(m.factorKind);
    QSettings().setValue(mappingKey(), saved);
    replan();
}

void ImportDialog::fillPreview()
{
    m_projects->setRowCount(0);
    for (const ProjectDraft &d : m_preview.projects) {
        const int r = m_projects->rowCount();
        m_projects->insertRow(r);
        const QString result = d.hasError ? tr("有错误") : !d.existingId ? tr("新增")
                : (d.changes.isEmpty() && !d.newChildren) ? tr("无变化")
                                                          : tr("更新");
        QStringList what = d.changes;
        if (d.newChildren)
            what << tr("新增节点、需求等 %1 条").arg(d.newChildren);
        const QStringList cells = { QString::number(d.row + 1), result, d.code(), d.name(), what.join(QStringLiteral("；")) };
        for (int c = 0; c < int(cells.size()); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (d.hasError)
                item->setForeground(QColor(0xd9, 0x30, 0x25));
            m_projects->setItem(r, c, item);
        }
    }
    m_projects->resizeColumnsToContents();
    m_problems->setRowCount(0);
    for (const ImportProblem &p : m_preview.problems) {
        const int r = m_problems->rowCount();
        m_problems->insertRow(r);
        auto *kind = new QTableWidgetItem(p.error ? tr("错误") : tr("提示"));
        kind->setForeground(p.error ? QColor(0xd9, 0x30, 0x25) : QColor(0xb3, 0x7a, 0x00));
        m_problems->setItem(r, 0, kind);
        m_problems->setItem(r, 1, new QTableWidgetItem(p.message));
    }
    m_tabs->setTabText(2, m_preview.problems.empty() ? tr("问题") : tr("问题（%1）").arg(m_preview.problems.size()));
    m_summary->setText(m_preview.summary());
    m_goodRows->setVisible(m_preview.rowsWithErrors() > 0);
}

void ImportDialog::accept()
{
    if (!m_workbook) {
        QMessageBox::information(this, tr("导入表格"), tr("请先选择要导入的文件。"));
        return;
    }
    if (m_preview.added() + m_preview.changed() == 0) {
        QMessageBox::information(this, tr("导入表格"), tr("没有可导入的内容。"));
        return;
    }
    const ImportResult r = applyImport(*m_ledger, m_preview, m_goodRows->isChecked());
    if (!r.ok()) {
        QMessageBox::warning(this, tr("未导入"), r.error);
        return;
    }
    QMessageBox::information(this, tr("导入完成"),
                             tr("新增 %1 个项目，更新 %2 个项目，新增时间节点、要素需求等 %3 条。\n如需撤回，使用“编辑 → 撤销”。")
                                     .arg(r.added)
                                     .arg(r.updated)
                                     .arg(r.childrenAdded));
    QDialog::accept();
}

} // namespace tz::ui

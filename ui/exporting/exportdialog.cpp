#include "exportdialog.h"

#include "clock.h"
#include "exporting/csvexport.h"
#include "exporting/xlsxexport.h"
#include "ledger.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace tz::ui {

namespace {
enum Format { Xlsx, CsvUtf8, CsvGb18030 };
QString key(const char *name)
{
    return QStringLiteral("export/") + QLatin1String(name);
}
} // namespace

ExportDialog::ExportDialog(Ledger *ledger, QWidget *parent)
    : QDialog(parent),
      m_ledger(ledger),
      m_format(new QComboBox(this)),
      m_unit(new QLineEdit(this)),
      m_preparer(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_paper(new QComboBox(this)),
      m_group(new QCheckBox(tr("按责任单位分组（“一、高新区（7个）”）"), this)),
      m_openOnly(new QCheckBox(tr("要素保障列只列未解决的需求"), this))
{
    setWindowTitle(tr("导出表格"));
    m_format->addItem(tr("Excel 工作簿（.xlsx）"), Xlsx);
    m_format->addItem(tr("CSV，UTF-8（Excel、WPS 均可打开）"), CsvUtf8);
    m_format->addItem(tr("CSV，GB18030（旧版软件）"), CsvGb18030);
    m_paper->addItem(tr("A3 横向"), int(PaperSize::A3));
    m_paper->addItem(tr("A4 横向"), int(PaperSize::A4));
    const QSettings s;
    m_unit->setText(s.value(key("unit")).toString());
    m_preparer->setText(s.value(key("preparer")).toString());
    m_phone->setText(s.value(key("phone")).toString());
    m_group->setChecked(s.value(key("group"), false).toBool());
    m_unit->setPlaceholderText(tr("如：市科技局项目办"));

    auto *form = new QFormLayout;
    form->addRow(tr("格式："), m_format);
    form->addRow(tr("填报单位："), m_unit);
    form->addRow(tr("填表人："), m_preparer);
    form->addRow(tr("联系电话："), m_phone);
    form->addRow(tr("纸张："), m_paper);
    form->addRow(QString(), m_group);
    form->addRow(QString(), m_openOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("导出…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    formatChanged();
}

void ExportDialog::formatChanged()
{
    // The layout options only mean something in a workbook.
    const bool xlsx = m_format->currentData().toInt() == Xlsx;
    for (QWidget *w : { static_cast<QWidget *>(m_unit), static_cast<QWidget *>(m_preparer),
                        static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_paper),
                        static_cast<QWidget *>(m_group) })
        w->setEnabled(xlsx);
}

QString ExportDialog::exportTo(const QString &path)
{
    QSettings s;
    s.setValue(key("unit"), m_unit->text());
    s.setValue(key("preparer"), m_preparer->text());
    s.setValue(key("phone"), m_phone->text());
    s.setValue(key("group"), m_group->isChecked());
    const int format = m_format->currentData().toInt();
    if (format != Xlsx)
        return exportLedgerCsv(*m_ledger, path, format == CsvUtf8 ? CsvEncoding::Utf8Bom : CsvEncoding::Gb18030,
                               Clock::today());
    XlsxExportOptions o;
    o.reportingUnit = m_unit->text().trimmed();
    o.preparer = m_preparer->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.paper = PaperSize(m_paper->currentData().toInt());
    o.groupByUnit = m_group->isChecked();
    o.openRequirementsOnly = m_openOnly->isChecked();
    return exportLedgerXlsx(*m_ledger, path, o, Clock::today());
}

void ExportDialog::accept()
{
    const bool xlsx = m_format->currentData().toInt() == Xlsx;
    const QString suffix = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString suggested = QFileInfo(m_ledger->path()).completeBaseName() + suffix;
    QString path = QFileDialog::getSaveFileName(this, tr("导出表格"),
                                                QDir(QFileInfo(m_ledger->path()).absolutePath()).filePath(suggested),
                                                xlsx ? tr("Excel 工作簿 (*.xlsx)") : tr("CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportTo(path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("导出失败"), error);
        return;
    }
    QMessageBox::information(this, tr("导出完成"), tr("已导出到“%1”。").arg(QDir::toNativeSeparators(path)));
    QDialog::accept();
}

} // namespace tz::ui

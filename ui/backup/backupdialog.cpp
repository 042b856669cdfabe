#include "backupdialog.h"

#include "backup.h"
#include "ledger.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tz::ui {

BackupDialog::BackupDialog(Ledger *ledger, QWidget *parent) : QDialog(parent), m_ledger(ledger)
{
    setWindowTitle(tr("备份与恢复"));
    auto *layout = new QVBoxLayout(this);
    m_folder = new QLabel(this);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    layout->addWidget(m_folder);

    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({ tr("备份时间"), tr("原因"), tr("大小") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    auto *now = new QPushButton(tr("立即备份(&B)"), this);
    m_restore = new QPushButton(tr("恢复所选备份(&R)…"), this);
    auto *open = new QPushButton(tr("打开备份文件夹"), this);
    row->addWidget(now);
    row->addWidget(m_restore);
    row->addWidget(open);
    row->addStretch();
    row->addWidget(new QLabel(tr("保留份数："), this));
    m_keep = new QSpinBox(this);
    m_keep->setRange(1, 999);
    m_keep->setValue(backupKeep(*ledger));
    m_keep->setEnabled(!ledger->isReadOnly());
    row->addWidget(m_keep);
    layout->addLayout(row);

    auto *note = new QLabel(tr("每天第一次打开台账时、每次导入前和格式升级前会自动备份。恢复会用所选备份替换台账文件，"
                               "替换前的文件另存为“恢复前”备份，因此恢复本身也可以撤回。"),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(now, &QPushButton::clicked, this, [this] {
        if (const QString err = backupNow(); !err.isEmpty())
            QMessageBox::warning(this, tr("备份失败"), err);
    });
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::onRestore);
    connect(open, &QPushButton::clicked, this, [this] {
        QDir().mkpath(backupFolder(m_ledger->path()));
        QDesktopServices::openUrl(QUrl::fromLocalFile(backupFolder(m_ledger->path())));
    });
    connect(m_keep, &QSpinBox::editingFinished, this, [this] {
        if (m_keep->value() != backupKeep(*m_ledger))
            m_ledger->setSetting(QStringLiteral("backup_keep"), QString::number(m_keep->value()));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    reload();
    resize(640, 420);
}

QString BackupDialog::backupNow()
{
    const QString err = makeBackup(*m_ledger, BackupReason::Manual);
    reload();
    return err;
}

void BackupDialog::reload()
{
    m_folder->setText(tr("备份文件夹：%1").arg(QDir::toNativeSeparators(backupFolder(m_ledger->path()))));
    const auto list = listBackups(m_ledger->path());
    m_table->setRowCount(int(list.size()));
    const QLocale locale;
    for (int r = 0; r < int(list.size()); ++r) {
        const BackupInfo &b = list[size_t(r)];
        auto *when = new QTableWidgetItem(b.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        when->setData(Qt::UserRole, b.path);
        when->setToolTip(QDir::toNativeSeparators(b.path));
        m_table->setItem(r, 0, when);
        m_table->setItem(r, 1, new QTableWidgetItem(backupReasonLabel(b.reason)));
        m_table->setItem(r, 2, new QTableWidgetItem(locale.formattedDataSize(b.bytes, 1, QLocale::DataSizeTraditionalFormat)));
    }
    m_table->resizeColumnsToContents();
    m_restore->setEnabled(!m_table->selectedItems().isEmpty());
}

void BackupDialog::onRestore()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QTableWidgetItem *item = m_table->item(rows.front().row(), 0);
    const auto answer = QMessageBox::question(
            this, tr("恢复备份"),
            tr("用 %1 的备份替换“%2”？\n\n该备份之后的修改将不在台账中（当前文件会先另存为“恢复前”备份）。")
                    .arg(item->text(), QFileInfo(m_ledger->path()).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_chosen = item->data(Qt::UserRole).toString();
    accept();
}

} // namespace tz::ui

#include "historyview.h"

#include "changelogmodel.h"
#include "ledger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tz::ui {

HistoryView::HistoryView(Ledger *ledger, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_model(new ChangeLogModel(ledger, 0, this))
{
    auto *filters = new QHBoxLayout;
    m_useDates = new QCheckBox(tr("日期"), this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_user = new QComboBox(this);
    m_user->setMinimumContentsLength(8);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("搜索项目、字段或内容"));
    m_text->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    auto *exportButton = new QPushButton(tr("导出(&X)…"), this);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("至"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("修改人"), this));
    filters->addWidget(m_user);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_count);
    filters->addWidget(exportButton);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_sizedToRows = m_model->rowCount() > 0;

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    refreshUsers();
    // Typing filters after a pause, not on every key: the history of a busy ledger is long.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &HistoryView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    connect(m_user, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int shown = m_model->rowCount();
        m_count->setText(shown >= m_model->shownLimit() && m_model->shownLimit() > 0
                                 ? tr("最近 %1 条").arg(shown)
                                 : tr("%1 条").arg(shown));
        // Columns sized on an empty history (a new ledger) fit its first entries once they
        // come; after that the widths are the user's.
        if (!m_sizedToRows && shown > 0) {
            m_sizedToRows = true;
            m_table->resizeColumnsToContents();
        }
    });
    // Once per commit: reading who made changes scans the whole history.
    connect(ledger, &Ledger::changesDone, this, [this] {
        if (m_user->count() - 1 != ChangeLog::users(m_ledger->database()).size())
            refreshUsers();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
                this, tr("导出修改记录"),
                QFileInfo(m_ledger->path()).absolutePath() + tr("/修改记录.csv"), tr("CSV 文件 (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString err = exportTo(path); !err.isEmpty())
            QMessageBox::warning(this, tr("导出失败"), err);
    });
    applyFilter();
}

void HistoryView::refreshUsers()
{
    const QString current = m_user->currentData().toString();
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(tr("全部"), QString());
    for (const QString &name : ChangeLog::users(m_ledger->database()))
        m_user->addItem(name, name);
    m_user->setCurrentIndex(std::max(0, m_user->findData(current)));
}

void HistoryView::applyFilter()
{
    ChangeFilter f;
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.user = m_user->currentData().toString();
    f.text = m_text->text().trimmed();
    m_model->setFilter(f);
}

QString HistoryView::exportTo(const QString &path)
{
    return m_model->exportCsv(path);
}

} // namespace tz::ui

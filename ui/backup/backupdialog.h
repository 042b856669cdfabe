#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tz {
class Ledger;
}

namespace tz::ui {

// 备份与恢复: the ledger's backups, newest first, with why each was made; make one now, change
// how many are kept, open the folder, and restore one. Restoring replaces the file, so the
// dialog only asks; the main window closes the ledger, restores and opens it again.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(Ledger *ledger, QWidget *parent = nullptr);

    QString chosenBackup() const { return m_chosen; } // after accept(): the backup to restore
    QTableWidget *table() const { return m_table; }
    // Makes a backup now; returns the error or empty (the button's action, for tests too).
    QString backupNow();

private:
    void reload();
    void onRestore();

    Ledger *m_ledger;
    QTableWidget *m_table;
    QSpinBox *m_keep;
    QLabel *m_folder;
    QPushButton *m_restore;
    QString m_chosen;
};

} // namespace tz::ui

#include "startchooser.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace tz::ui {

namespace {
QString filter()
{
    return QObject::tr("台账文件 (*.tzdb);;所有文件 (*)");
}
QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

QString askNewLedgerPath(QWidget *parent, const QString &suggestedName, const QString &title)
{
    QString path = QFileDialog::getSaveFileName(parent, title.isEmpty() ? QObject::tr("新建台账") : title,
                                                QDir(documents()).filePath(suggestedName), filter());
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".tzdb"), Qt::CaseInsensitive))
        path += QStringLiteral(".tzdb");
    return path;
}

QString askOpenLedgerPath(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, QObject::tr("打开台账"), documents(), filter());
}

StartChoice chooseStart(QWidget *parent)
{
    QMessageBox box(parent);
    box.setWindowTitle(QObject::tr("台账"));
    box.setIcon(QMessageBox::Question);
    box.setText(QObject::tr("还没有打开的台账。"));
    box.setInformativeText(QObject::tr("可以新建一个空台账，新建一个含演示项目的台账来了解程序，或打开已有的台账文件。"));
    QPushButton *empty = box.addButton(QObject::tr("新建空台账…"), QMessageBox::AcceptRole);
    QPushButton *demo = box.addButton(QObject::tr("新建演示台账…"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(QObject::tr("打开台账…"), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("退出"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    StartChoice c;
    if (box.clickedButton() == empty) {
        c.path = askNewLedgerPath(parent, QObject::tr("项目台账.tzdb"));
        c.kind = c.path.isEmpty() ? StartChoice::Cancel : StartChoice::CreateEmpty;
    } else if (box.clickedButton() == demo) {
        c.path = askNewLedgerPath(parent, QObject::tr("演示台账.tzdb"));
        c.kind = c.path.isEmpty() ? StartChoice::Cancel : StartChoice::CreateDemo;
    } else if (box.clickedButton() == open) {
        c.path = askOpenLedgerPath(parent);
        c.kind = c.path.isEmpty() ? StartChoice::Cancel : StartChoice::Open;
    }
    return c;
}

} // namespace tz::ui

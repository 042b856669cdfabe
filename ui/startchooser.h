#pragma once

#include <QString>

class QWidget;

namespace tz::ui {

// What to do when the program starts without a ledger: create an empty one, create a demo,
// or open an existing file. Returns the chosen path, and whether it must be created.
struct StartChoice
{
    enum Kind { Cancel, Open, CreateEmpty, CreateDemo };
    Kind kind = Cancel;
    QString path;
};

StartChoice chooseStart(QWidget *parent);
QString askNewLedgerPath(QWidget *parent, const QString &suggestedName, const QString &title = {});
QString askOpenLedgerPath(QWidget *parent);

} // namespace tz::ui

#pragma once

#include "ledger.h"

#include <QDialog>

namespace tz::ui {

class EntityForm;

// Asks for a new row's values and adds it through the ledger (one undo step). The dialog stays
// open with the wrong field marked until the values are acceptable or the user cancels.
class NewRowDialog : public QDialog
{
    Q_OBJECT
public:
    NewRowDialog(Ledger *ledger, Entity entity, QWidget *parent = nullptr);
    // Pre-sets a column (the owning project) and hides it from the form.
    void setFixed(int column, const QVariant &value);
    EntityForm *form() const { return m_form; }
    qint64 createdId() const { return m_created; }
    void accept() override;

private:
    Ledger *m_ledger;
    Entity m_entity;
    EntityForm *m_form;
    qint64 m_created = 0;
};

} // namespace tz::ui

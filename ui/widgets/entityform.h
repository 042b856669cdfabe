#pragma once

#include "ledger.h"

#include <QWidget>

class QLabel;

namespace tz::ui {

class FieldEditor;

// A form over one row, built from the entity's columns. Editing an existing row stores each
// field as soon as it is finished (one undo step each); a wrong value is marked on its field
// with the reason and never reaches the file. With id 0 it collects a new row's values for
// NewRowDialog instead.
class EntityForm : public QWidget
{
    Q_OBJECT
public:
    EntityForm(Ledger *ledger, Entity entity, qint64 id, QWidget *parent = nullptr,
               std::vector<int> columns = {});

    qint64 rowId() const { return m_id; }
    // For a new row: the values in column order (hidden columns take `fixed`).
    QVariantList values() const;
    void setFixedValue(int column, const QVariant &value);
    // Marks the field named in a message from Ledger::prepareRow, or shows it below.
    void showError(const QString &message);
    FieldEditor *editor(int column) const;
    bool hasErrors() const;

private:
    void load();
    void commit(FieldEditor *editor);
    void onChanged(const ChangeEvent &event);

    Ledger *m_ledger;
    Entity m_entity;
    qint64 m_id;
    std::vector<FieldEditor *> m_editors; // by entity column, null when not shown
    QVariantList m_fixed;
    QLabel *m_message;
};

} // namespace tz::ui

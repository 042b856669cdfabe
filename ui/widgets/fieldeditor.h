#pragma once

#include "schema.h"

#include <QVariant>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tz {
class Ledger;
}

namespace tz::ui {

// One editor for one column of an entity, chosen by the column's type: a line edit for text,
// dates and amounts (offices type dates many ways; the core parses them), a combo box for
// references and fixed choices, a text box for paragraphs. It reports a finished edit with
// committed(); it never writes the ledger itself.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(Ledger *ledger, Entity entity, int column, QWidget *parent = nullptr);

    Entity entity() const { return m_entity; }
    int column() const { return m_column; }
    // Shows a stored value (storage form).
    void setStoredValue(const QVariant &stored);
    // What the user entered, as input for Ledger::setField / addRow.
    QVariant inputValue() const;
    // Marks the field wrong (red frame, reason as tooltip) or clears the mark.
    void setError(const QString &message);
    QString error() const { return m_error; }
    // Reloads the choices of a reference combo box (a unit was added, a leader renamed).
    void reloadChoices();
    QWidget *focusWidget() const;

signals:
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Ledger *m_ledger;
    Entity m_entity;
    int m_column;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QString m_error;
    bool m_loading = false;
};

} // namespace tz::ui

#include "fieldeditor.h"

#include "ledger.h"
#include "values.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tz::ui {

FieldEditor::FieldEditor(Ledger *ledger, Entity entity, int column, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_entity(entity), m_column(column)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const ColumnDef &def = entityDef(entity).columns[size_t(column)];
    switch (def.type) {
    case ColumnType::Ref:
    case ColumnType::Choice:
        m_combo = new QComboBox(this);
        layout->addWidget(m_combo);
        reloadChoices();
        connect(m_combo, &QComboBox::activated, this, [this] {
            if (!m_loading)
                emit committed();
        });
        break;
    case ColumnType::LongText:
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
        m_text->installEventFilter(this);
        layout->addWidget(m_text);
        break;
    default:
        m_line = new QLineEdit(this);
        layout->addWidget(m_line);
        if (def.type == ColumnType::Date)
            m_line->setPlaceholderText(tr("如 2023-05-01 或 2023年5月1日"));
        else if (def.type == ColumnType::Month)
            m_line->setPlaceholderText(tr("如 2023-05"));
        else if (def.type == ColumnType::Money)
            m_line->setPlaceholderText(tr("万元，如 12500 或 12,500.50"));
        if (def.type == ColumnType::Money || def.type == ColumnType::Decimal || def.type == ColumnType::Integer)
            m_line->setAlignment(Qt::AlignRight);
        connect(m_line, &QLineEdit::editingFinished, this, [this] {
            if (!m_loading && m_line->isModified()) {
                m_line->setModified(false);
                emit committed();
            }
        });
    }
    setFocusProxy(focusWidget());
}

QWidget *FieldEditor::focusWidget() const
{
    if (m_combo)
        return m_combo;
    if (m_text)
        return m_text;
    return m_line;
}

void FieldEditor::reloadChoices()
{
    if (!m_combo)
        return;
    const ColumnDef &def = entityDef(m_entity).columns[size_t(m_column)];
    const QVariant current = m_combo->currentData();
    m_loading = true;
    m_combo->clear();
    if (!def.required)
        m_combo->addItem(QString(), QVariant());
    if (def.type == ColumnType::Choice) {
        for (const QString &c : def.choices)
            m_combo->addItem(c, c);
    } else {
        const int title = entityDef(def.ref).titleColumn;
        for (const Row &r : m_ledger->rows(def.ref))
            m_combo->addItem(r.text(title), r.id);
    }
    const int at = m_combo->findData(current);
    m_combo->setCurrentIndex(at >= 0 ? at : 0);
    m_loading = false;
}

void FieldEditor::setStoredValue(const QVariant &stored)
{
    m_loading = true;
    const ColumnDef &def = entityDef(m_entity).columns[size_t(m_column)];
    if (m_combo) {
        const int at = stored.isValid() ? m_combo->findData(stored) : m_combo->findData(QVariant());
        m_combo->setCurrentIndex(at >= 0 ? at : 0);
    } else if (m_text) {
        m_text->setPlainText(stored.toString());
        m_text->document()->setModified(false);
    } else {
        m_line->setText(def.type == ColumnType::Money || def.type == ColumnType::Decimal
                                ? plainText(def, stored)
                                : stored.toString());
        m_line->setModified(false);
    }
    m_loading = false;
}

QVariant FieldEditor::inputValue() const
{
    if (m_combo)
        return m_combo->currentData();
    if (m_text)
        return m_text->toPlainText();
    return m_line->text();
}

void FieldEditor::setError(const QString &message)
{
    m_error = message;
    QWidget *w = focusWidget();
    // A red frame where the problem is, and the reason on hover and for screen readers.
    w->setStyleSheet(message.isEmpty() ? QString()
                                       : QStringLiteral("border: 2px solid #d93025; border-radius: 3px;"));
    w->setToolTip(message);
    w->setAccessibleDescription(message);
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut && m_text->document()->isModified()) {
        m_text->document()->setModified(false);
        if (!m_loading)
            emit committed();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tz::ui

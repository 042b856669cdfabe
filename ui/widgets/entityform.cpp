#include "entityform.h"

#include "fieldeditor.h"

#include <QFormLayout>
#include <QLabel>

namespace tz::ui {

EntityForm::EntityForm(Ledger *ledger, Entity entity, qint64 id, QWidget *parent,
                       std::vector<int> columns)
    : QWidget(parent), m_ledger(ledger), m_entity(entity), m_id(id), m_message(new QLabel(this))
{
    const EntityDef &def = entityDef(entity);
    if (columns.empty())
        for (int c = 0; c < int(def.columns.size()); ++c)
            if (c != def.parentColumn)
                columns.push_back(c);
    m_editors.assign(def.columns.size(), nullptr);
    m_fixed = QVariantList(qsizetype(def.columns.size()));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int c : columns) {
        auto *editor = new FieldEditor(ledger, entity, c, this);
        editor->setEnabled(!ledger->isReadOnly());
        m_editors[size_t(c)] = editor;
        const ColumnDef &col = def.columns[size_t(c)];
        const QString label = columnLabel(entity, c) + (col.required ? QStringLiteral(" *") : QString());
        form->addRow(label + QStringLiteral("："), editor);
        if (id)
            connect(editor, &FieldEditor::committed, this, [this, editor] { commit(editor); });
    }
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d93025;"));
    m_message->hide();
    form->addRow(m_message);
    if (id) {
        load();
        connect(ledger, &Ledger::changed, this, &EntityForm::onChanged);
    }
}

FieldEditor *EntityForm::editor(int column) const
{
    return column >= 0 && column < int(m_editors.size()) ? m_editors[size_t(column)] : nullptr;
}

void EntityForm::load()
{
    const auto row = m_ledger->row(m_entity, m_id);
    if (!row)
        return;
    for (size_t c = 0; c < m_editors.size(); ++c)
        if (m_editors[c] && m_editors[c]->error().isEmpty())
            m_editors[c]->setStoredValue(row->values.at(qsizetype(c)));
}

void EntityForm::commit(FieldEditor *editor)
{
    const QString error = m_ledger->setField(m_entity, m_id, editor->column(), editor->inputValue());
    editor->setError(error);
    if (error.isEmpty()) {
        // Show the value as stored (12500 -> 12500.00, 2023年5月1日 -> 2023-05-01).
        if (const auto row = m_ledger->row(m_entity, m_id))
            editor->setStoredValue(row->values.at(editor->column()));
    }
    m_message->setVisible(hasErrors());
    m_message->setText(hasErrors() ? tr("标红的字段有误，未保存：%1").arg(error) : QString());
}

bool EntityForm::hasErrors() const
{
    for (FieldEditor *e : m_editors)
        if (e && !e->error().isEmpty())
            return true;
    return false;
}

void EntityForm::onChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::Reset) {
        // Anything may have changed (an import, its undo): every list of choices and every
        // stored value again, but what the user is correcting.
        for (FieldEditor *e : m_editors)
            if (e && entityDef(m_entity).columns[size_t(e->column())].type == ColumnType::Ref)
                e->reloadChoices();
        load();
        return;
    }
    if (event.entity == m_entity && event.id == m_id && event.kind == ChangeEvent::Updated) {
        // Undo or another view changed the row: show the stored value, drop stale marks.
        FieldEditor *e = editor(event.column);
        if (e) {
            e->setError({});
            if (const auto row = m_ledger->row(m_entity, m_id))
                e->setStoredValue(row->values.at(event.column));
        }
        m_message->setVisible(hasErrors());
        return;
    }
    for (FieldEditor *e : m_editors) {
        if (!e)
            continue;
        const ColumnDef &def = entityDef(m_entity).columns[size_t(e->column())];
        if (def.type == ColumnType::Ref && def.ref == event.entity) {
            e->reloadChoices();
            if (const auto row = m_ledger->row(m_entity, m_id))
                e->setStoredValue(row->values.at(e->column()));
        }
    }
}

QVariantList EntityForm::values() const
{
    QVariantList out = m_fixed;
    for (size_t c = 0; c < m_editors.size(); ++c)
        if (m_editors[c])
            out[qsizetype(c)] = m_editors[c]->inputValue();
    return out;
}

void EntityForm::setFixedValue(int column, const QVariant &value)
{
    m_fixed[column] = value;
    if (FieldEditor *e = editor(column))
        e->setStoredValue(value);
}

void EntityForm::showError(const QString &message)
{
    for (FieldEditor *e : m_editors)
        if (e)
            e->setError({});
    // Ledger messages start with the column's label ("计划完成时间：…" / "节点内容不能为空").
    for (FieldEditor *e : m_editors) {
        if (e && message.startsWith(columnLabel(m_entity, e->column()))) {
            e->setError(message);
            e->setFocus();
            break;
        }
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace tz::ui

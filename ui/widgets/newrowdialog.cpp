#include "newrowdialog.h"

#include "entityform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tz::ui {

NewRowDialog::NewRowDialog(Ledger *ledger, Entity entity, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_entity(entity), m_form(new EntityForm(ledger, entity, 0, this))
{
    setWindowTitle(tr("新增%1").arg(entityLabel(entity)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("添加"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRowDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewRowDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void NewRowDialog::setFixed(int column, const QVariant &value)
{
    m_form->setFixedValue(column, value);
}

void NewRowDialog::accept()
{
    QString error;
    m_created = m_ledger->addRow(m_entity, m_form->values(), &error);
    if (!m_created) {
        m_form->showError(error);
        return;
    }
    QDialog::accept();
}

} // namespace tz::ui

#include "reffiltercombo.h"

#include "ledger.h"

namespace tz::ui {

RefFilterCombo::RefFilterCombo(Ledger *ledger, Entity entity, const QString &allText, QWidget *parent)
    : QComboBox(parent), m_ledger(ledger), m_entity(entity)
{
    setAccessibleName(allText);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(allText, qint64(0));
    reload();
    connect(ledger, &Ledger::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Reset || e.entity == m_entity)
            reload();
    });
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = currentId();
        if (id != m_last) {
            m_last = id;
            emit idChanged(id);
        }
    });
}

qint64 RefFilterCombo::currentId() const
{
    return currentData().toLongLong();
}

void RefFilterCombo::setCurrentId(qint64 id)
{
    setCurrentIndex(qMax(0, findData(id)));
}

void RefFilterCombo::reload()
{
    const qint64 keep = currentId();
    {
        // Rebuilding the list is not a choice: only the outcome below may signal.
        const QSignalBlocker blocker(this);
        while (count() > 1)
            removeItem(1);
        const int title = entityDef(m_entity).titleColumn;
        for (const Row &r : m_ledger->rows(m_entity))
            addItem(r.text(title), r.id);
        setCurrentIndex(qMax(0, findData(keep)));
    }
    if (currentId() != m_last) {
        m_last = currentId();
        emit idChanged(m_last);
    }
}

} // namespace tz::ui

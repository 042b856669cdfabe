#pragma once

#include "schema.h"

#include <QComboBox>

namespace tz {
class Ledger;
}

namespace tz::ui {

// A filter choice over one dictionary of the ledger (units, leaders): "all" first, then every
// row by name. It follows the ledger — rows added, renamed or removed, undo — and keeps the
// choice when it still exists; when the chosen row goes, it falls back to "all" and says so.
class RefFilterCombo : public QComboBox
{
    Q_OBJECT
public:
    RefFilterCombo(Ledger *ledger, Entity entity, const QString &allText, QWidget *parent = nullptr);

    qint64 currentId() const;
    void setCurrentId(qint64 id);

signals:
    // The chosen row changed, by the user or because it was removed; 0 is "all".
    void idChanged(qint64 id);

private:
    void reload();

    Ledger *m_ledger;
    Entity m_entity;
    qint64 m_last = 0;
};

} // namespace tz::ui

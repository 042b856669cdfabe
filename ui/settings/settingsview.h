#pragma once

#include "schema.h"

#include <QWidget>

class QTabWidget;

namespace tz {
class Ledger;
}

namespace tz::ui {

class EntityTable;
class WarningSettings;

// 字典与设置: the dictionaries the office keeps — responsible units, project categories,
// project phases (and which of them count as started), factor requirement kinds — each an
// editable table, and the thresholds of the warning lights.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(Ledger *ledger, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The table of a dictionary (Unit, Category, Phase, RequirementKind), or nullptr.
    EntityTable *dictionary(Entity entity) const;
    WarningSettings *warnings() const { return m_warnings; }

private:
    QTabWidget *m_tabs;
    std::vector<EntityTable *> m_tables;
    WarningSettings *m_warnings;
};

} // namespace tz::ui

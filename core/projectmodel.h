#pragma once

#include "entitymodel.h"
#include "rules.h"

namespace tz {

// Projects with their warning light as a computed column: the colour as decoration, the
// reasons as tooltip. A light is recomputed when anything of its project changes.
class ProjectModel : public EntityModel
{
    Q_OBJECT
public:
    enum { LightRole = SortRole + 10 }; // tz::Light as int
    explicit ProjectModel(Ledger *ledger, QObject *parent = nullptr);

    int lightColumn() const { return columnCount() - 1; }
    LightResult light(qint64 projectId) const { return m_lights.value(projectId); }
    void recomputeLights();

protected:
    int computedColumnCount() const override { return 1; }
    QVariant computedData(int row, int column, int role) const override;
    QVariant computedHeader(int column, int role) const override;
    void rowsReloaded() override;
    void projectTouched(qint64 projectId) override;

private:
    QHash<qint64, LightResult> m_lights;
};

// Milestones with their state (已完成, 逾期 …) as a computed column.
class MilestoneModel : public EntityModel
{
    Q_OBJECT
public:
    MilestoneModel(Ledger *ledger, qint64 projectId = 0, QObject *parent = nullptr);
    int stateColumn() const { return columnCount() - 1; }
    MilestoneState stateAt(int row) const;

protected:
    int computedColumnCount() const override { return 1; }
    QVariant computedData(int row, int column, int role) const override;
    QVariant computedHeader(int column, int role) const override;
};

QColor lightColor(Light light);

} // namespace tz

#include "projectmodel.h"

#include "clock.h"
#include "lights.h"

#include <QColor>

namespace tz {

QColor lightColor(Light light)
{
    switch (light) {
    case Light::Red:
        return QColor(0xd9, 0x30, 0x25);
    case Light::Yellow:
        return QColor(0xf2, 0xb1, 0x0c);
    case Light::Green:
        return QColor(0x2e, 0x9e, 0x4f);
    }
    return {};
}

ProjectModel::ProjectModel(Ledger *ledger, QObject *parent)
    : EntityModel(ledger, Entity::Project, 0, parent)
{
    recomputeLights();
    connect(ledger, &Ledger::settingsChanged, this, &ProjectModel::recomputeLights);
}

void ProjectModel::rowsReloaded()
{
    m_lights = computeLights(*ledger(), Clock::today());
}

void ProjectModel::recomputeLights()
{
    m_lights = computeLights(*ledger(), Clock::today());
    if (rowCount() > 0)
        emit dataChanged(index(0, lightColumn()), index(rowCount() - 1, lightColumn()));
}

void ProjectModel::projectTouched(qint64 projectId)
{
    const int row = rowOf(projectId);
    if (row < 0) {
        m_lights.remove(projectId);
        return;
    }
    m_lights.insert(projectId, computeLight(*ledger(), projectId, Clock::today()));
    emit dataChanged(index(row, lightColumn()), index(row, lightColumn()));
}

QVariant ProjectModel::computedData(int row, int, int role) const
{
    const LightResult l = m_lights.value(idAt(row));
    switch (role) {
    case Qt::DisplayRole:
        return lightText(l.light);
    case Qt::DecorationRole:
        return lightColor(l.light);
    case Qt::ToolTipRole:
        return l.reasons.join(u'\n');
    case SortRole:
    case LightRole:
        return int(l.light);
    case IdRole:
        return idAt(row);
    default:
        return {};
    }
}

QVariant ProjectModel::computedHeader(int, int role) const
{
    if (role == Qt::DisplayRole)
        return tr("预警");
    return {};
}

MilestoneModel::MilestoneModel(Ledger *ledger, qint64 projectId, QObject *parent)
    : EntityModel(ledger, Entity::Milestone, projectId, parent)
{
}

MilestoneState MilestoneModel::stateAt(int row) const
{
    const Row &r = rowAt(row);
    return milestoneState(storedDate(r.value(columnIndex(Entity::Milestone, QStringLiteral("planned_date")))),
                          storedDate(r.value(columnIndex(Entity::Milestone, QStringLiteral("actual_date")))),
                          Clock::today(), ledger()->lightSettings().warningDays);
}

QVariant MilestoneModel::computedData(int row, int, int role) const
{
    const MilestoneState s = stateAt(row);
    switch (role) {
    case Qt::DisplayRole:
        return milestoneStateText(s);
    case Qt::ForegroundRole:
        if (s == MilestoneState::Overdue)
            return lightColor(Light::Red);
        if (s == MilestoneState::DueSoon)
            return QColor(0xb3, 0x7a, 0x00);
        return {};
    case SortRole:
        return int(s);
    case IdRole:
        return idAt(row);
    default:
        return {};
    }
}

QVariant MilestoneModel::computedHeader(int, int role) const
{
    if (role == Qt::DisplayRole)
        return tr("状态");
    return {};
}

} // namespace tz

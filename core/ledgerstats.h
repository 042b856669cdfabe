#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace tz {

class Ledger;

struct LedgerStats
{
    QMap<QString, qint64> counts; // entity table -> rows
    QMap<QString, int> byLight; // red/yellow/green
    QMap<QString, int> byUnit;
    QMap<QString, int> byLeader;
    QMap<QString, int> byPhase;
    QMap<QString, int> milestonesByState;

    QJsonObject toJson() const;
    QString toText() const; // translated, for a terminal
};

LedgerStats ledgerStats(const Ledger &ledger, QDate today);

} // namespace tz

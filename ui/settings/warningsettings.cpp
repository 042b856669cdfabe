#include "warningsettings.h"

#include "ledger.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tz::ui {

namespace {

// The field of LightSettings a key stands for; the keys are those Ledger::lightSettings reads.
int &field(LightSettings &s, const char *key)
{
    const QLatin1String k(key);
    if (k == QLatin1String("warning_days"))
        return s.warningDays;
    if (k == QLatin1String("lag_yellow_points"))
        return s.lagYellowPoints;
    if (k == QLatin1String("lag_red_points"))
        return s.lagRedPoints;
    if (k == QLatin1String("start_late_yellow_months"))
        return s.startLateYellowMonths;
    return s.startLateRedMonths;
}

} // namespace

WarningSettings::WarningSettings(Ledger *ledger, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_message(new QLabel(this))
{
    auto *intro = new QLabel(tr("项目灯色按以下标准自动判定（参照银川市做法：投资完成滞后序时进度 10 至 30 个百分点亮黄灯，"
                                "滞后 30 个百分点以上亮红灯；未按计划月份开工亮黄灯，推迟三个月未开工亮红灯）。"
                                "修改后全部项目立即按新标准重新判定；每项修改都可以撤销。"),
                             this);
    intro->setWordWrap(true);

    struct Spec
    {
        const char *key;
        QString label;
        QString suffix;
        int maximum;
        QString meaning;
    };
    const QString days = tr(" 天");
    const QString points = tr(" 个百分点");
    const QString months = tr(" 个月");
    const Spec specs[] = {
        { "warning_days", tr("临期预警天数"), days, 90,
          tr("时间节点、要素保障需求、整改和督办事项距到期不超过这些天时亮黄灯，节点显示为“临期”。默认 7 天。") },
        { "lag_yellow_points", tr("滞后序时进度·黄灯"), points, 100,
          tr("本年累计完成投资比序时计划落后达到这么多个百分点（按年度计划投资计）时亮黄灯。默认 10。") },
        { "lag_red_points", tr("滞后序时进度·红灯"), points, 100,
          tr("落后超过这么多个百分点时亮红灯。不能低于黄灯线。默认 30。") },
        { "start_late_yellow_months", tr("推迟开工·黄灯"), months, 24,
          tr("过了计划开工月份这么多个月仍未开工（阶段未标“已开工”）时亮黄灯。默认 1。") },
        { "start_late_red_months", tr("推迟开工·红灯"), months, 24,
          tr("推迟这么多个月仍未开工时亮红灯。不能少于黄灯的月数。默认 3。") },
    };

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setColumnStretch(2, 1);
    for (const Spec &spec : specs) {
        const int row = int(m_items.size());
        auto *spin = new QSpinBox(this);
        spin->setRange(0, spec.maximum);
        spin->setSuffix(spec.suffix);
        // Typing "30" must not store 3 on the way: only a finished value counts.
        spin->setKeyboardTracking(false);
        spin->setEnabled(!ledger->isReadOnly());
        spin->setAccessibleName(spec.label);
        auto *label = new QLabel(spec.label, this);
        label->setBuddy(spin);
        auto *meaning = new QLabel(spec.meaning, this);
        meaning->setWordWrap(true);
        grid->addWidget(label, row, 0);
        grid->addWidget(spin, row, 1);
        grid->addWidget(meaning, row, 2);
        m_items.push_back({ spec.key, spin });
        const size_t item = m_items.size() - 1;
        connect(spin, &QSpinBox::valueChanged, this, [this, item](int value) { onChanged(item, value); });
    }

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d93025;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(ledger, &Ledger::settingsChanged, this, &WarningSettings::reload);
    reload();
}

QSpinBox *WarningSettings::spinBox(const QString &key) const
{
    for (const Item &i : m_items)
        if (key == QLatin1String(i.key))
            return i.spin;
    return nullptr;
}

QString WarningSettings::message() const
{
    return m_message->text();
}

void WarningSettings::reload()
{
    LightSettings s = m_ledger->lightSettings();
    for (const Item &i : m_items) {
        const QSignalBlocker blocker(i.spin);
        i.spin->setValue(field(s, i.key));
    }
}

void WarningSettings::onChanged(size_t item, int value)
{
    LightSettings s = m_ledger->lightSettings();
    field(s, m_items[item].key) = value;
    QString error;
    if (s.lagYellowPoints > s.lagRedPoints)
        error = tr("黄灯线（滞后 %1 个百分点）不能高于红灯线（%2 个百分点），未保存。")
                        .arg(s.lagYellowPoints)
                        .arg(s.lagRedPoints);
    else if (s.startLateYellowMonths > s.startLateRedMonths)
        error = tr("推迟开工的黄灯月数（%1 个月）不能多于红灯月数（%2 个月），未保存。")
                        .arg(s.startLateYellowMonths)
                        .arg(s.startLateRedMonths);
    else
        error = m_ledger->setSetting(QString::fromLatin1(m_items[item].key), QString::number(value));
    m_message->setText(error);
    if (!error.isEmpty())
        reload(); // back to what the ledger holds
}

} // namespace tz::ui

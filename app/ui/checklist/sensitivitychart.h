#pragma once

#include "core/pack/pack.h"
#include "core/verdict/decisionmodel.h"

#include <QWidget>

#include <memory>

namespace Versus::Gui {

/// How the verdict depends on each category's importance: one row per category, the
/// importances 0 to 5 as cells, those where the verdict holds filled, the client's
/// importance marked, and the nearest importance that would flip it named in the tooltip.
class SensitivityChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SensitivityChart)

public:
    explicit SensitivityChart(std::shared_ptr<const Core::Pack> pack, QWidget *parent = nullptr);

    void setSensitivity(const QList<Core::Sensitivity> &rows);
    const QList<Core::Sensitivity> &sensitivity() const { return m_rows; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    QRect cellRect(int row, int importance) const;

    std::shared_ptr<const Core::Pack> m_pack;
    QList<Core::Sensitivity> m_rows;
};

} // namespace Versus::Gui

#pragma once

#include "core/pack/pack.h"

#include <QScrollArea>

#include <memory>

class QLabel;
class QTableView;
class QTimer;

namespace Versus::Core {
class ScoreboardModel;
class SummaryModel;
class WorkshopSession;
} // namespace Versus::Core

namespace Versus::Gui {

class ScoreCharts;

/// The Head-to-head section: the pack's headline comparison on one page.
class HeadToHeadView final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadToHeadView)

public:
    HeadToHeadView(std::shared_ptr<const Core::Pack> pack, Core::WorkshopSession *session, QWidget *parent = nullptr);

    /// The decision under the summary: "Verdict: … · Django 62.0% · FastAPI 55.1%", from the one model.
    QString tallyText() const;
    /// The charts are built when they first come into view (not at start-up); this builds them now.
    ScoreCharts *ensureCharts();
    /// Selects a summary row and scrolls it into view.
    bool selectSummaryRow(const QString &id);

Q_SIGNALS:
    void inquiryRequested();
    void weightsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildCards(QWidget *parent);
    QWidget *buildVerdict(QWidget *parent);
    QWidget *buildChartArea(QWidget *parent);

    std::shared_ptr<const Core::Pack> m_pack;
    Core::SummaryModel *m_summaryModel;
    QTableView *m_summaryView = nullptr;
    QLabel *m_tally = nullptr;
    QTimer *m_fitTimer;
    Core::ScoreboardModel *m_scoreboard;
    QWidget *m_chartArea = nullptr;
    QLabel *m_scoreLine = nullptr;
    ScoreCharts *m_charts = nullptr;
};

} // namespace Versus::Gui

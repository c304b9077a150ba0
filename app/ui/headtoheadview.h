#pragma once

#include "pack/pack.h"

#include <QScrollArea>

#include <memory>

class QLabel;
class QTableView;
class QTimer;

namespace Versus::Core {
class SummaryModel;
}

namespace Versus::Ui {

/// The Head-to-head section: the pack's headline comparison on one page.
class HeadToHeadView final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadToHeadView)

public:
    explicit HeadToHeadView(std::shared_ptr<const Core::Pack> pack, QWidget *parent = nullptr);

    QString tallyText() const;

Q_SIGNALS:
    void inquiryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildCards(QWidget *parent);
    QWidget *buildVerdict(QWidget *parent);

    std::shared_ptr<const Core::Pack> m_pack;
    Core::SummaryModel *m_summaryModel;
    QTableView *m_summaryView = nullptr;
    QLabel *m_tally = nullptr;
    QTimer *m_fitTimer;
};

} // namespace Versus::Ui

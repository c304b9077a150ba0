#pragma once

#include "pack/pack.h"

#include <QWidget>

#include <memory>

class QTreeView;
class QSplitter;

namespace Versus::Core {
class CriteriaModel;
}

namespace Versus::Ui {

class SafeTextBrowser;

/// The Detailed comparison section: criteria by category, and the selected one's details.
class ComparisonView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(std::shared_ptr<const Core::Pack> pack, QWidget *parent = nullptr);

    /// Selects a criterion by id; returns false when there is none.
    bool selectCriterion(const QString &id);
    QString currentCriterionId() const;

Q_SIGNALS:
    void internalLinkActivated(const QString &section, const QString &id);

private:
    void showDetails(int criterion);

    std::shared_ptr<const Core::Pack> m_pack;
    Core::CriteriaModel *m_model;
    QSplitter *m_splitter;
    QTreeView *m_view;
    SafeTextBrowser *m_details;
};

/// The details of a criterion as the app's own HTML (pack text escaped; the
/// explanation is rendered separately as Markdown).
QString criterionHeaderHtml(const Core::Pack &pack, const Core::Criterion &criterion);

} // namespace Versus::Ui

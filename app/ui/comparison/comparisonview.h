#pragma once

#include "core/common/itemkind.h"

#include "core/pack/pack.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSplitter;
class QToolButton;
class QTreeView;

namespace Versus::Core {
class CriteriaFilterModel;
class CriteriaModel;
class Weights;
class WorkshopSession;
} // namespace Versus::Core

namespace Versus::Gui {

class SafeTextBrowser;
class WeightsPanel;

/// The Detailed comparison section: criteria by category with filters, the selected
/// criterion's details and sources, the category weights and the live scoreboard,
/// and exports of what is shown.
class ComparisonView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    ComparisonView(std::shared_ptr<const Core::Pack> pack, Core::Weights *weights, Core::WorkshopSession *session,
                   QWidget *parent = nullptr);

    /// Selects a criterion by id (clearing filters that hide it); false when there is none.
    bool selectCriterion(const QString &id);
    QString currentCriterionId() const;
    QString countText() const;
    Core::CriteriaFilterModel *filterModel() const { return m_filter; }

    /// The rows shown, as the export formats write them.
    QString exportText(int format) const;
    bool exportTo(const QString &fileName);
    bool exportPdf(const QString &fileName);
    void copySelection();
    void printTable();
    void focusFilter();

Q_SIGNALS:
    void internalLinkActivated(Versus::Core::ItemKind item, const QString &id);
    void statusMessage(const QString &message);

private:
    QWidget *buildFilterBar();
    void updateCategoryButton();
    void showDetails(int criterion);
    void showError(const QString &message);
    void chooseExportFile(const QString &suffix, const QString &filter);

    std::shared_ptr<const Core::Pack> m_pack;
    Core::Weights *m_weights;
    Core::WorkshopSession *m_session;
    Core::CriteriaModel *m_model;
    Core::CriteriaFilterModel *m_filter;
    QLineEdit *m_filterEdit = nullptr;
    QToolButton *m_categoryButton = nullptr;
    QMenu *m_categoryMenu = nullptr;
    QComboBox *m_edgeCombo = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QTreeView *m_view;
    SafeTextBrowser *m_details;
    QPlainTextEdit *m_notes;
    QString m_notesFor; // the criterion the notes field shows
    WeightsPanel *m_weightsPanel;
};

} // namespace Versus::Gui

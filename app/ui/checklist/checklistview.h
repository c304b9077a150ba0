#pragma once

#include "core/common/itemkind.h"

#include "core/pack/pack.h"
#include "core/verdict/decisionmodel.h"

#include <QWidget>

#include <memory>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace Versus::Core {
class WorkshopSession;
}

namespace Versus::Gui {

class DecisionForm;
class SafeTextBrowser;
class SensitivityChart;

/// The Checklist section: a wizard over the pack's questions (one at a time, with
/// "Don't know / doesn't matter" on each, showIf branching), then the verdict with
/// its scores, reasons, what would change it and the sensitivity chart.
class ChecklistView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistView)

public:
    ChecklistView(std::shared_ptr<const Core::Pack> pack, Core::WorkshopSession *session, QWidget *parent = nullptr);

    bool showQuestion(const QString &id);
    int currentQuestion() const { return m_question; }
    bool isShowingResult() const;
    void next();
    void back();
    void finish();
    /// The verdict's one-line summary, as put into an inquiry.
    QString verdictSummary() const;

Q_SIGNALS:
    void internalLinkActivated(Versus::Core::ItemKind item, const QString &id);
    void saveRequested();
    void reportRequested();
    void printRequested();
    /// summary is empty unless the user agreed to attach the verdict.
    void talkToUsRequested(const QString &summary);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void focusAnswer();
    QWidget *buildWizardPage();
    QWidget *buildResultPage();
    void showQuestionAt(int question);
    void answerChanged();
    void refreshResult();
    void updateButtons();
    QList<int> order() const;

    std::shared_ptr<const Core::Pack> m_pack;
    Core::WorkshopSession *m_session;
    QStackedWidget *m_pages;
    // Wizard
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_questionText = nullptr;
    QLabel *m_help = nullptr;
    QWidget *m_options = nullptr;
    QVBoxLayout *m_optionsLayout = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QAbstractButton *> m_optionButtons;
    QAbstractButton *m_dontKnow = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_finish = nullptr;
    int m_question = -1;
    bool m_updating = false;
    // Result
    QLabel *m_verdictLabel = nullptr;
    QLabel *m_scoresLabel = nullptr;
    SafeTextBrowser *m_details = nullptr;
    SensitivityChart *m_sensitivity = nullptr;
    QCheckBox *m_attach = nullptr;
    DecisionForm *m_decisionForm = nullptr;
    Core::Decision m_result;
};

} // namespace Versus::Gui

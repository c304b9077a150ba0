#pragma once

#include "core/pack/pack.h"

#include <QGroupBox>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Versus::Core {
class WorkshopSession;
}

namespace Versus::Gui {

/// The decision actually taken, beside the verdict: the option chosen (which may differ
/// from the verdict), its status, date, the people, and why. Every edit goes straight
/// into the workshop, which autosaves it like an answer.
class DecisionForm final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionForm)

public:
    DecisionForm(std::shared_ptr<const Core::Pack> pack, Core::WorkshopSession *session, QWidget *parent = nullptr);

    /// The computed verdict (a contender, or tieEdge), to say when the choice differs.
    void setVerdict(int outcome);

private:
    void load();
    void store();
    void updateDiffers();

    std::shared_ptr<const Core::Pack> m_pack;
    Core::WorkshopSession *m_session;
    int m_verdict = Core::tieEdge;
    bool m_loading = false;
    QComboBox *m_chosen;
    QComboBox *m_status;
    QDateEdit *m_date;
    QLineEdit *m_decisionMakers;
    QLineEdit *m_consulted;
    QLineEdit *m_informed;
    QLineEdit *m_reason;
    QLabel *m_differs;
};

} // namespace Versus::Gui

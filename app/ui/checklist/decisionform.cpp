#include "ui/checklist/decisionform.h"

#include "core/verdict/verdicttext.h"
#include "core/workshop/workshopsession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

#include <array>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {

using Status = Core::DecisionRecord::Status;
constexpr std::array statuses{Status::Proposed, Status::Accepted, Status::Rejected, Status::Deprecated,
                              Status::Superseded};

} // namespace

DecisionForm::DecisionForm(std::shared_ptr<const Core::Pack> pack, Core::WorkshopSession *session, QWidget *parent)
    : QGroupBox(tr("Decision taken"), parent)
    , m_pack(std::move(pack))
    , m_session(session)
    , m_chosen(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_decisionMakers(new QLineEdit(this))
    , m_consulted(new QLineEdit(this))
    , m_informed(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_differs(new QLabel(this))
{
    setObjectName(u"decisionForm"_s);
    m_chosen->setObjectName(u"chosenOptionCombo"_s);
    m_chosen->addItem(tr("Not decided yet"), QString());
    for (const Core::Contender &c : m_pack->contenders)
        m_chosen->addItem(c.name, c.id);
    m_status->setObjectName(u"decisionStatusCombo"_s);
    for (const Status s : statuses)
        m_status->addItem(Core::DecisionRecord::statusName(s), int(s));
    m_date->setObjectName(u"decisionDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    const auto names = [](QLineEdit *edit, const QString &name) {
        edit->setObjectName(name);
        edit->setPlaceholderText(tr("Names, separated by commas"));
        edit->setMaxLength(2000);
    };
    names(m_decisionMakers, u"decisionMakersEdit"_s);
    names(m_consulted, u"consultedEdit"_s);
    names(m_informed, u"informedEdit"_s);
    m_reason->setObjectName(u"decisionReasonEdit"_s);
    m_reason->setPlaceholderText(tr("Why this option: it goes into the report as \"Chosen option: …, because …\""));
    m_reason->setMaxLength(8000);
    m_differs->setObjectName(u"decisionDiffersLabel"_s);
    m_differs->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(4);
    int column = 0;
    const auto add = [&](int row, const QString &label, QWidget *field, int span = 1) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        grid->addWidget(l, row, column);
        grid->addWidget(field, row, column + 1, 1, span);
        column += 2;
    };
    add(0, tr("&Chosen option:"), m_chosen);
    add(0, tr("Stat&us:"), m_status);
    add(0, tr("&Date:"), m_date);
    column = 0;
    add(1, tr("Decision-&makers:"), m_decisionMakers);
    add(1, tr("Consu&lted:"), m_consulted);
    add(1, tr("&Informed:"), m_informed);
    column = 0;
    add(2, tr("&Because:"), m_reason, 5);
    grid->addWidget(m_differs, 3, 0, 1, 6);
    for (const int c : {1, 3, 5})
        grid->setColumnStretch(c, 1);

    load();
    connect(m_chosen, &QComboBox::currentIndexChanged, this, &DecisionForm::store);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DecisionForm::store);
    connect(m_date, &QDateEdit::dateChanged, this, &DecisionForm::store);
    // Each keystroke, not only on leaving the field: nothing typed is lost when the section is dropped.
    for (QLineEdit *edit : {m_decisionMakers, m_consulted, m_informed, m_reason})
        connect(edit, &QLineEdit::textEdited, this, &DecisionForm::store);
    connect(m_session, &Core::WorkshopSession::decisionRecordChanged, this, [this] {
        if (!m_loading)
            load();
    });
}

void DecisionForm::setVerdict(int outcome)
{
    m_verdict = outcome;
    updateDiffers();
}

void DecisionForm::load()
{
    const Core::DecisionRecord &d = m_session->decision();
    m_loading = true;
    m_chosen->setCurrentIndex(std::max(0, m_chosen->findData(d.chosen)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(d.status))));
    m_date->setDate(d.date.isValid() ? d.date : m_session->date());
    // setText() only where it changed, so that the cursor and the edit's own undo stay.
    const auto set = [](QLineEdit *edit, const QString &text) {
        if (Core::DecisionRecord::splitNames(edit->text()) != Core::DecisionRecord::splitNames(text))
            edit->setText(text);
    };
    set(m_decisionMakers, d.decisionMakers.join(u", "_s));
    set(m_consulted, d.consulted.join(u", "_s));
    set(m_informed, d.informed.join(u", "_s));
    if (m_reason->text() != d.reason)
        m_reason->setText(d.reason);
    m_loading = false;
    updateDiffers();
}

void DecisionForm::store()
{
    if (m_loading)
        return;
    Core::DecisionRecord d;
    d.chosen = m_chosen->currentData().toString();
    d.status = static_cast<Status>(m_status->currentData().toInt());
    d.decisionMakers = Core::DecisionRecord::splitNames(m_decisionMakers->text());
    d.consulted = Core::DecisionRecord::splitNames(m_consulted->text());
    d.informed = Core::DecisionRecord::splitNames(m_informed->text());
    d.reason = m_reason->text();
    // The date counts once something is recorded; until then the workshop's own stands.
    if (!d.isEmpty() || m_date->date() != m_session->date())
        d.date = m_date->date();
    m_loading = true;
    m_session->setDecision(d);
    m_loading = false;
    updateDiffers();
}

void DecisionForm::updateDiffers()
{
    const int chosen = m_pack->contenderIndex(m_session->decision().chosen);
    const bool differs = chosen >= 0 && chosen != m_verdict;
    m_differs->setVisible(differs);
    if (differs)
        m_differs->setText(
            tr("This differs from the computed verdict: %1.").arg(Core::VerdictText::outcomeName(*m_pack, m_verdict)));
}

} // namespace Versus::Gui

#include "ui/checklist/checklistview.h"

#include "core/verdict/verdicttext.h"
#include "core/workshop/workshopsession.h"
#include "ui/checklist/decisionform.h"
#include "ui/checklist/sensitivitychart.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/uiutil.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

ChecklistView::ChecklistView(std::shared_ptr<const Core::Pack> pack, Core::WorkshopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
    , m_session(session)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"checklistView"_s);
    m_pages->addWidget(buildWizardPage());
    m_pages->addWidget(buildResultPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    // Answers come back from a workshop that was opened: follow them.
    connect(m_session, &Core::WorkshopSession::answersChanged, this, [this] {
        if (m_updating)
            return;
        if (isShowingResult())
            refreshResult();
        else
            showQuestionAt(m_question);
    });
    // A weight set by hand changes the verdict too.
    connect(m_session, &Core::WorkshopSession::decisionChanged, this, [this] {
        if (!m_updating && isShowingResult())
            refreshResult();
    });
    const QList<int> visible = order();
    showQuestionAt(visible.isEmpty() ? -1 : visible.first());
}

QList<int> ChecklistView::order() const
{
    return m_session->model().visibleQuestions();
}

QWidget *ChecklistView::buildWizardPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);

    auto *top = new QHBoxLayout;
    m_progressLabel = new QLabel(page);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Progress through the checklist"));
    top->addWidget(m_progressLabel);
    top->addWidget(m_progress, 1);
    layout->addLayout(top);

    auto *scroll = new QScrollArea(page);
    scroll->setAccessibleName(tr("Question"));
    // Tab goes to the controls inside, and the area scrolls to show them.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 12, 0, 12);
    m_questionText = headingLabel(QString(), body, 1.4);
    m_questionText->setObjectName(u"questionText"_s);
    m_help = plainLabel(QString(), body, u"questionHelp"_s);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_options = new QWidget(body);
    m_options->setObjectName(u"questionOptions"_s);
    m_optionsLayout = new QVBoxLayout(m_options);
    m_optionsLayout->setContentsMargins(12, 8, 0, 0);
    m_optionsLayout->setSpacing(8);
    bodyLayout->addWidget(m_questionText);
    bodyLayout->addWidget(m_help);
    bodyLayout->addWidget(m_options);
    bodyLayout->addStretch(1);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), page);
    m_back->setObjectName(u"backButton"_s);
    m_next = new QPushButton(tr("&Next >"), page);
    m_next->setObjectName(u"nextButton"_s);
    m_finish = new QPushButton(tr("F&inish"), page); // Alt+F opens the File menu
    m_finish->setObjectName(u"finishButton"_s);
    m_finish->setToolTip(tr("See the verdict now; unanswered questions count as \"don't know\""));
    for (QPushButton *b : {m_back, m_next, m_finish})
        b->setAutoDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_finish);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &ChecklistView::back);
    connect(m_next, &QPushButton::clicked, this, &ChecklistView::next);
    connect(m_finish, &QPushButton::clicked, this, &ChecklistView::finish);
    return page;
}

QWidget *ChecklistView::buildResultPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    m_verdictLabel = headingLabel(QString(), page, 2.0);
    m_verdictLabel->setObjectName(u"verdictLabel"_s);
    m_scoresLabel = plainLabel(QString(), page, u"scoresLabel"_s);
    m_details = new SafeTextBrowser(page);
    m_details->setObjectName(u"verdictDetails"_s);
    m_details->setAccessibleName(tr("Why, and what would change it"));
    connect(m_details, &SafeTextBrowser::internalLinkActivated, this, &ChecklistView::internalLinkActivated);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_scoresLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_details, 3);
    auto *side = new QVBoxLayout;
    QLabel *heading = headingLabel(tr("If the importance changed"), page, 1.1);
    side->addWidget(heading);
    QLabel *hint = plainLabel(tr("Per category: the importances (0 to 5) for which the verdict holds are filled; "
                                 "the ring is the client's."),
                              page);
    hint->setForegroundRole(QPalette::PlaceholderText);
    side->addWidget(hint);
    m_sensitivity = new SensitivityChart(m_pack, page);
    side->addWidget(m_sensitivity);
    side->addStretch(1);
    auto *sideBox = new QWidget(page);
    sideBox->setLayout(side);
    // The chart has a row per category and the decision form sits below: on a small screen it scrolls.
    auto *sideScroll = new QScrollArea(page);
    sideScroll->setObjectName(u"sensitivityScroll"_s);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setWidgetResizable(true);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setWidget(sideBox);
    sideScroll->setMaximumWidth(380);
    row->addWidget(sideScroll, 2);
    layout->addLayout(row, 1);
    m_decisionForm = new DecisionForm(m_pack, m_session, page);
    layout->addWidget(m_decisionForm);

    m_attach = new QCheckBox(tr("Attach a short summary of this verdict to my inquiry"), page);
    m_attach->setObjectName(u"attachVerdictCheck"_s);
    layout->addWidget(m_attach);

    auto *buttons = new QHBoxLayout;
    const auto add = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    QPushButton *review = add(tr("&Review answers"), u"reviewButton"_s);
    QPushButton *restart = add(tr("Start &over"), u"restartButton"_s);
    buttons->addStretch(1);
    QPushButton *save = add(tr("&Save workshop"), u"saveWorkshopButton"_s);
    QPushButton *report = add(tr("&Export report…"), u"exportReportButton"_s);
    QPushButton *print = add(tr("&Print…"), u"printReportButton"_s);
    QPushButton *talk = add(tr("&Talk to us"), u"talkToUsButton"_s);
    layout->addLayout(buttons);
    connect(review, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        const QList<int> visible = order();
        showQuestionAt(visible.isEmpty() ? -1 : visible.first());
    });
    connect(restart, &QPushButton::clicked, this, [this] {
        m_updating = true;
        for (int q = 0; q < m_pack->checklist.questions.size(); ++q)
            m_session->setAnswer(q, Core::Answer());
        m_updating = false;
        m_pages->setCurrentIndex(0);
        const QList<int> visible = order();
        showQuestionAt(visible.isEmpty() ? -1 : visible.first());
    });
    connect(save, &QPushButton::clicked, this, &ChecklistView::saveRequested);
    connect(report, &QPushButton::clicked, this, &ChecklistView::reportRequested);
    connect(print, &QPushButton::clicked, this, &ChecklistView::printRequested);
    connect(talk, &QPushButton::clicked, this,
            [this] { Q_EMIT talkToUsRequested(m_attach->isChecked() ? verdictSummary() : QString()); });
    return page;
}

bool ChecklistView::isShowingResult() const
{
    return m_pages->currentIndex() == 1;
}

bool ChecklistView::showQuestion(const QString &id)
{
    const int q = m_pack->questionIndex.value(id, -1);
    if (q < 0)
        return false;
    m_pages->setCurrentIndex(0);
    showQuestionAt(q);
    return true;
}

void ChecklistView::showQuestionAt(int question)
{
    m_question = question;
    const QList<int> visible = order();
    const qsizetype position = visible.indexOf(question);
    // Rebuild the choices for this question.
    m_updating = true;
    // The old choices leave the view at once (so nothing finds them), and are deleted later.
    const auto discard = [](QObject *object) {
        if (!object)
            return;
        if (auto *w = qobject_cast<QWidget *>(object))
            w->hide();
        object->setParent(nullptr);
        object->deleteLater();
    };
    discard(m_group);
    m_group = nullptr;
    for (QAbstractButton *b : std::as_const(m_optionButtons))
        discard(b);
    m_optionButtons.clear();
    discard(m_dontKnow);
    m_dontKnow = nullptr;
    if (question < 0) {
        m_questionText->setText(tr("This pack has no questions."));
        m_help->hide();
        m_updating = false;
        updateButtons();
        return;
    }
    const Core::Question &q = m_pack->checklist.questions[question];
    m_progressLabel->setText(tr("Question %1 of %2").arg(position + 1).arg(visible.size()));
    m_progress->setRange(0, static_cast<int>(visible.size()));
    m_progress->setValue(static_cast<int>(position + 1));
    m_questionText->setText(q.text);
    m_questionText->setAccessibleName(q.text);
    m_help->setText(
        q.multi ? (q.help.isEmpty() ? tr("Choose all that apply.") : q.help + u' ' + tr("Choose all that apply."))
                : q.help);
    m_help->setVisible(!m_help->text().isEmpty());
    const Core::Answer &answer = m_session->model().answer(question);
    if (!q.multi) {
        m_group = new QButtonGroup(this);
        m_group->setExclusive(true);
    }
    for (int o = 0; o < q.options.size(); ++o) {
        QAbstractButton *b = q.multi ? static_cast<QAbstractButton *>(new QCheckBox(q.options[o].label, m_options))
                                     : static_cast<QAbstractButton *>(new QRadioButton(q.options[o].label, m_options));
        b->setObjectName(u"option-"_s + q.options[o].id);
        b->setChecked(answer.isChosen(o));
        if (m_group)
            m_group->addButton(b, o);
        connect(b, &QAbstractButton::toggled, this, &ChecklistView::answerChanged);
        m_optionsLayout->addWidget(b);
        b->show(); // now, so that it can take the focus at once
        m_optionButtons.append(b);
    }
    const QString dontKnow = tr("Don't know / doesn't matter");
    m_dontKnow = q.multi ? static_cast<QAbstractButton *>(new QCheckBox(dontKnow, m_options))
                         : static_cast<QAbstractButton *>(new QRadioButton(dontKnow, m_options));
    m_dontKnow->setObjectName(u"option-dont-know"_s);
    m_dontKnow->setChecked(answer.state == Core::Answer::State::DontKnow);
    if (m_group)
        m_group->addButton(m_dontKnow, -1);
    connect(m_dontKnow, &QAbstractButton::toggled, this, &ChecklistView::answerChanged);
    m_optionsLayout->addWidget(m_dontKnow);
    m_dontKnow->show();
    // Tab goes through the choices in order, then to the buttons.
    QWidget *previous = nullptr;
    for (QWidget *w : QList<QWidget *>(m_optionButtons.cbegin(), m_optionButtons.cend())
             + QList<QWidget *>{m_dontKnow, m_back, m_next, m_finish}) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
    m_updating = false;
    updateButtons();
    if (isVisible())
        focusAnswer();
}

// The keyboard starts on the current answer, or on the first choice.
void ChecklistView::focusAnswer()
{
    if (m_question < 0 || !m_dontKnow || isShowingResult())
        return;
    const Core::Answer &answer = m_session->model().answer(m_question);
    QAbstractButton *focus = m_optionButtons.value(answer.options.value(0, 0), m_dontKnow);
    if (answer.state == Core::Answer::State::DontKnow)
        focus = m_dontKnow;
    focus->setFocus(Qt::OtherFocusReason);
}

// Return goes on to the next question, as in a wizard dialog: choices do not use it.
void ChecklistView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !isShowingResult()
        && !(event->modifiers() & ~Qt::KeypadModifier)) {
        next();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ChecklistView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusAnswer();
}

void ChecklistView::answerChanged()
{
    if (m_updating || m_question < 0)
        return;
    auto *sender = qobject_cast<QAbstractButton *>(QObject::sender());
    const Core::Question &q = m_pack->checklist.questions[m_question];
    m_updating = true;
    Core::Answer answer;
    if (q.multi) {
        // "Don't know" and the choices exclude each other.
        if (sender == m_dontKnow && m_dontKnow->isChecked()) {
            for (QAbstractButton *b : std::as_const(m_optionButtons))
                b->setChecked(false);
        } else if (sender != m_dontKnow && sender && sender->isChecked()) {
            m_dontKnow->setChecked(false);
        }
        QList<int> chosen;
        for (int o = 0; o < m_optionButtons.size(); ++o)
            if (m_optionButtons[o]->isChecked())
                chosen.append(o);
        // Nothing ticked is the same as "don't know": neutral.
        answer
            = m_dontKnow->isChecked() || chosen.isEmpty() ? Core::Answer::dontKnow() : Core::Answer::chooseMany(chosen);
    } else {
        const int id = m_group->checkedId();
        answer = m_group->checkedButton() == nullptr ? Core::Answer()
                                                     : (id < 0 ? Core::Answer::dontKnow() : Core::Answer::choose(id));
    }
    m_session->setAnswer(m_question, answer);
    m_updating = false;
    // Branching may have added or removed questions after this one.
    const QList<int> visible = order();
    m_progressLabel->setText(tr("Question %1 of %2").arg(visible.indexOf(m_question) + 1).arg(visible.size()));
    m_progress->setRange(0, static_cast<int>(visible.size()));
    updateButtons();
}

void ChecklistView::updateButtons()
{
    const QList<int> visible = order();
    const qsizetype at = visible.indexOf(m_question);
    const bool last = at < 0 || at == visible.size() - 1;
    m_back->setEnabled(at > 0);
    m_next->setEnabled(!last);
    m_next->setDefault(!last);
    m_finish->setDefault(last);
}

void ChecklistView::next()
{
    const QList<int> visible = order();
    const qsizetype at = visible.indexOf(m_question);
    if (at >= 0 && at + 1 < visible.size())
        showQuestionAt(visible[at + 1]);
    else
        finish();
}

void ChecklistView::back()
{
    const QList<int> visible = order();
    const qsizetype at = visible.indexOf(m_question);
    if (at > 0)
        showQuestionAt(visible[at - 1]);
}

void ChecklistView::finish()
{
    refreshResult(); // first: showing the page moves the focus, and the verdict must be there
    m_pages->setCurrentIndex(1);
    m_details->setFocus(Qt::OtherFocusReason);
}

void ChecklistView::refreshResult()
{
    const Core::Pack &pack = *m_pack;
    m_result = m_session->model().verdictWithChanges();
    const Core::Decision &r = m_result;
    m_verdictLabel->setText(tr("Verdict: %1").arg(Core::VerdictText::verdictName(pack, r)));
    m_scoresLabel->setText(Core::VerdictText::scoresLine(pack, r) + u" · "_s
                           + tr("%1 of %2 questions answered").arg(r.answered).arg(r.visible));
    // A screen reader says the verdict when the details get the focus (Qt sends the
    // change events of the label and of the description itself).
    m_details->setAccessibleDescription(m_verdictLabel->text() + u". "_s + m_scoresLabel->text());
    m_sensitivity->setSensitivity(r.sensitivity);

    QString html = u"<p>"_s + Core::VerdictText::leadLine(pack, r).toHtmlEscaped() + u"</p>"_s;
    if (!r.ruledOutBy.isEmpty()) {
        html += u"<h3>"_s + tr("Ruled out").toHtmlEscaped() + u"</h3><ul>"_s;
        for (const Core::RuledOut &out : r.ruledOutBy)
            html += u"<li>"_s + Core::VerdictText::ruledOutText(pack, out).toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }

    html += u"<h3>"_s + (tr("Why")).toHtmlEscaped() + u"</h3>"_s;
    const QList<Core::VerdictText::ReasonLine> reasons = Core::VerdictText::reasons(pack, r);
    if (reasons.isEmpty()) {
        html += u"<p>"_s + Core::VerdictText::noReasons().toHtmlEscaped() + u"</p>"_s;
    } else {
        html += u"<ol>"_s;
        for (const Core::VerdictText::ReasonLine &reason : reasons) {
            html += u"<li><b>"_s + reason.points.toHtmlEscaped() + u"</b>: "_s + reason.question.toHtmlEscaped()
                + u" — "_s + reason.answer.toHtmlEscaped();
            if (!reason.criteria.isEmpty()) {
                QStringList links;
                for (const int c : reason.criteria)
                    links.append(u"<a href=\"versus:criterion/"_s + pack.criteria[c].id + u"\">"_s
                                 + pack.criteria[c].criterion.toHtmlEscaped() + u"</a>"_s);
                html += u"<br><small>"_s
                    + Core::VerdictText::seeAlso(links, [](const QString &s) { return s.toHtmlEscaped(); })
                    + u"</small>"_s;
            }
            html += u"</li>"_s;
        }
        html += u"</ol>"_s;
    }

    html += u"<h3>"_s + (tr("What would change it")).toHtmlEscaped() + u"</h3><ul>"_s;
    if (r.changes.isEmpty())
        html += u"<li>"_s + Core::VerdictText::noChanges().toHtmlEscaped() + u"</li>"_s;
    for (const Core::VerdictChange &change : r.changes)
        html
            += u"<li>"_s + Core::VerdictText::changeText(pack, m_session->model(), change).toHtmlEscaped() + u"</li>"_s;
    for (const Core::Sensitivity &sensitivity : r.sensitivity) {
        if (const QString flip = Core::VerdictText::flipText(pack, sensitivity); !flip.isEmpty())
            html += u"<li>"_s + flip.toHtmlEscaped() + u"</li>"_s;
    }
    html += u"</ul>"_s;

    const QList<int> winners = r.outcome == Core::tieEdge ? QList<int>{} : QList<int>{r.outcome};
    for (int c = 0; c < pack.contenders.size(); ++c) {
        if (!winners.isEmpty() && !winners.contains(c))
            continue;
        html += u"<h3>"_s + (tr("Choose %1 when…").arg(pack.contenders[c].name)).toHtmlEscaped() + u"</h3><ul>"_s;
        for (const QString &item : pack.verdict.chooseWhen.value(c))
            html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_details->setTrustedHtml(html);
    m_decisionForm->setVerdict(r.outcome);
}

QString ChecklistView::verdictSummary() const
{
    const Core::Decision r = m_session->model().decision();
    const Core::Pack &pack = *m_pack;
    QStringList reasons;
    for (const Core::VerdictText::ReasonLine &reason : Core::VerdictText::reasons(pack, r).mid(0, 3))
        reasons.append(reason.question + u" " + reason.answer);
    QString text = tr("Checklist verdict for %1: %2 (%3; %4 of %5 questions answered).")
                       .arg(pack.title, Core::VerdictText::verdictName(pack, r), Core::VerdictText::scoresLine(pack, r))
                       .arg(r.answered)
                       .arg(r.visible);
    if (!reasons.isEmpty())
        text += u' ' + tr("Main reasons: %1.").arg(reasons.join(u"; "_s));
    return text;
}

} // namespace Versus::Gui

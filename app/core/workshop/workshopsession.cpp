#include "core/workshop/workshopsession.h"

#include "core/common/logging.h"
#include "core/compare/weights.h"

#include <QFileInfo>

namespace Versus::Core {

WorkshopSession::WorkshopSession(std::shared_ptr<const Pack> pack, Weights *weights, QObject *parent)
    : QObject(parent)
    , m_pack(std::move(pack))
    , m_weights(weights)
    , m_model(m_pack)
    , m_date(QDate::currentDate())
{
    syncManualWeights();
    syncAnswerWeights();
    connect(m_weights, &Weights::changed, this, [this] {
        syncManualWeights();
        setModified(true);
        Q_EMIT decisionChanged();
    });
}

// The sliders' moves by hand go into the model.
void WorkshopSession::syncManualWeights()
{
    const auto &manual = m_weights->manualValues();
    for (int k = 0; k < m_pack->categories.size(); ++k)
        m_model.setManualImportance(k, manual.value(k));
}

// The importance the answers set goes to the sliders.
QList<std::optional<int>> WorkshopSession::answerImportance() const
{
    QList<std::optional<int>> importance;
    for (int k = 0; k < m_pack->categories.size(); ++k)
        importance.append(m_model.answerImportance(k));
    return importance;
}

void WorkshopSession::syncAnswerWeights()
{
    const QSignalBlocker quiet(m_weights); // the session says what changed, once
    m_weights->setAnswerImportance(answerImportance());
}

void WorkshopSession::setAnswer(int question, const Answer &answer)
{
    if (question < 0 || question >= m_pack->checklist.questions.size() || m_model.answer(question) == answer)
        return;
    m_model.setAnswer(question, answer);
    setModified(true);
    // The sliders follow the importance the answers set. Weights says so (changed) only
    // when a value in effect moved, and that makes this session's decisionChanged; an
    // answer that moved none (a must-have, a context rating) says it here.
    const QList<int> before = m_weights->values();
    m_weights->setAnswerImportance(answerImportance());
    if (m_weights->values() == before)
        Q_EMIT decisionChanged();
    Q_EMIT answersChanged();
}

void WorkshopSession::setNote(const QString &criterionId, const QString &text)
{
    if (note(criterionId) == text)
        return;
    if (text.isEmpty())
        m_notes.remove(criterionId);
    else
        m_notes.insert(criterionId, text);
    setModified(true);
    Q_EMIT notesChanged();
}

void WorkshopSession::setClient(const QString &name, const QString &organisation)
{
    if (name == m_clientName && organisation == m_organisation)
        return;
    m_clientName = name;
    m_organisation = organisation;
    setModified(true);
    Q_EMIT clientChanged();
}

void WorkshopSession::setDecision(const DecisionRecord &decision)
{
    if (decision == m_decision)
        return;
    m_decision = decision;
    setModified(true);
    Q_EMIT decisionRecordChanged();
}

void WorkshopSession::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT fileChanged();
}

QString WorkshopSession::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled workshop") : QFileInfo(m_filePath).fileName();
}

void WorkshopSession::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

Workshop WorkshopSession::toWorkshop() const
{
    Workshop w;
    w.packId = m_pack->id;
    w.packVersion = m_pack->version;
    w.clientName = m_clientName;
    w.organisation = m_organisation;
    w.date = m_date;
    const auto &questions = m_pack->checklist.questions;
    for (int q = 0; q < questions.size(); ++q) {
        const Answer &a = m_model.answer(q);
        if (a.state == Answer::State::Unanswered)
            continue;
        QStringList options;
        for (const int o : a.options)
            options.append(questions[q].options[o].id);
        w.answers.insert(questions[q].id, options);
    }
    // Only the weights set by hand: the others follow the answers and the pack.
    for (int k = 0; k < m_pack->categories.size(); ++k) {
        if (m_weights->isManual(k))
            w.weights.insert(m_pack->categories[k].id, m_weights->weight(k));
    }
    w.notes = m_notes;
    w.decision = m_decision;
    return w;
}

void WorkshopSession::reset()
{
    m_model.clearAnswers();
    syncAnswerWeights();
    m_notes.clear();
    m_clientName.clear();
    m_organisation.clear();
    m_decision = {};
    m_date = QDate::currentDate();
    m_filePath.clear();
    {
        const QSignalBlocker quiet(m_weights);
        m_weights->reset();
    }
    Q_EMIT m_weights->changed(-1);
    setModified(false);
    Q_EMIT answersChanged();
    Q_EMIT notesChanged();
    Q_EMIT clientChanged();
    Q_EMIT decisionRecordChanged();
    Q_EMIT fileChanged();
}

QStringList WorkshopSession::apply(const Workshop &w)
{
    QStringList messages;
    if (w.packId != m_pack->id)
        messages.append(tr("This workshop was made with the pack \"%1\"; the open pack is \"%2\". Only the answers, "
                           "weights and notes whose ids this pack knows were kept.")
                            .arg(w.packId, m_pack->id));
    else if (!w.packVersion.isEmpty() && w.packVersion != m_pack->version)
        messages.append(tr("This workshop was made with version %1 of the pack; the open version is %2.")
                            .arg(w.packVersion, m_pack->version));
    m_model.clearAnswers();
    const auto &questions = m_pack->checklist.questions;
    // Questions in pack order, so that an answer that reveals a later question comes first.
    for (int q = 0; q < questions.size(); ++q) {
        const auto it = w.answers.constFind(questions[q].id);
        if (it == w.answers.cend())
            continue;
        QList<int> chosen;
        for (const QString &optionId : it.value()) {
            const auto &options = questions[q].options;
            const auto o
                = std::find_if(options.cbegin(), options.cend(), [&](const Option &x) { return x.id == optionId; });
            if (o == options.cend())
                messages.append(tr("Question \"%1\" has no option \"%2\" (ignored).").arg(questions[q].id, optionId));
            else
                chosen.append(static_cast<int>(o - options.cbegin()));
        }
        if (!questions[q].multi && chosen.size() > 1) {
            messages.append(tr("Question \"%1\" takes one answer; the first was kept.").arg(questions[q].id));
            chosen.resize(1);
        }
        m_model.setAnswer(q,
                          it.value().isEmpty() || chosen.isEmpty() ? Answer::dontKnow() : Answer::chooseMany(chosen));
    }
    for (auto it = w.answers.cbegin(); it != w.answers.cend(); ++it) {
        if (!m_pack->questionIndex.contains(it.key()))
            messages.append(tr("This pack has no question \"%1\" (its answer was ignored).").arg(it.key()));
    }
    QVariantMap weights;
    for (auto it = w.weights.cbegin(); it != w.weights.cend(); ++it)
        weights.insert(it.key(), it.value());
    syncAnswerWeights();
    {
        const QSignalBlocker quiet(m_weights);
        m_weights->reset();
        for (const QString &ignored : m_weights->fromMap(weights))
            messages.append(tr("This pack has no category \"%1\" (its weight was ignored).").arg(ignored));
    }
    Q_EMIT m_weights->changed(-1);
    m_notes.clear();
    for (auto it = w.notes.cbegin(); it != w.notes.cend(); ++it) {
        if (m_pack->criterionIndex.contains(it.key()))
            m_notes.insert(it.key(), it.value());
        else
            messages.append(tr("This pack has no criterion \"%1\" (its note was ignored).").arg(it.key()));
    }
    m_decision = w.decision;
    if (!m_decision.chosen.isEmpty() && m_pack->contenderIndex(m_decision.chosen) < 0) {
        messages.append(
            tr("This pack has no contender \"%1\" (the option chosen was ignored).").arg(m_decision.chosen));
        m_decision.chosen.clear();
    }
    m_clientName = w.clientName;
    m_organisation = w.organisation;
    m_date = w.date.isValid() ? w.date : QDate::currentDate();
    setModified(!messages.isEmpty() && w.packId != m_pack->id);
    Q_EMIT answersChanged();
    Q_EMIT notesChanged();
    Q_EMIT clientChanged();
    Q_EMIT decisionRecordChanged();
    return messages;
}

Result<void> WorkshopSession::save(const QString &path)
{
    if (auto saved = WorkshopFile::save(path, toWorkshop()); !saved) {
        qCWarning(lcWorkshop).noquote() << "cannot save" << path << "-" << saved.error().message;
        return saved;
    }
    qCDebug(lcWorkshop) << "saved" << path;
    m_filePath = path;
    setModified(false);
    Q_EMIT fileChanged();
    return {};
}

} // namespace Versus::Core

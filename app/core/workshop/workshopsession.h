#pragma once

#include "core/common/result.h"
#include "core/verdict/decisionmodel.h"
#include "core/workshop/workshop.h"

#include <QObject>

#include <memory>

namespace Versus::Core {

class Weights;

/// The workshop in progress: the client, the checklist answers, the weights (shared
/// with the comparison) and the notes on criteria; where it is saved, and whether
/// it has changed since. It keeps the one DecisionModel of the open workshop in step
/// with the answers and the weights set by hand: every screen and report reads it.
class WorkshopSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopSession)

public:
    WorkshopSession(std::shared_ptr<const Pack> pack, Weights *weights, QObject *parent = nullptr);

    const Pack &pack() const { return *m_pack; }
    /// The same pack, shared: for whoever must keep it (charts, views) without copying it.
    const std::shared_ptr<const Pack> &sharedPack() const { return m_pack; }
    /// The decision model: answers, importance, scores, verdict.
    const DecisionModel &model() const { return m_model; }
    void setAnswer(int question, const Answer &answer);

    QString note(const QString &criterionId) const { return m_notes.value(criterionId); }
    const QMap<QString, QString> &notes() const { return m_notes; }
    void setNote(const QString &criterionId, const QString &text);
    QString clientName() const { return m_clientName; }
    QString organisation() const { return m_organisation; }
    void setClient(const QString &name, const QString &organisation);
    QDate date() const { return m_date; }
    /// The decision actually taken (it may differ from the verdict); part of the workshop.
    const DecisionRecord &decision() const { return m_decision; }
    void setDecision(const DecisionRecord &decision);

    QString filePath() const { return m_filePath; }
    /// The file this workshop was opened from (saving goes there).
    void setFilePath(const QString &path);
    /// The file's name, or "Untitled workshop".
    QString displayName() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    Workshop toWorkshop() const;
    /// Starts over: no answers, default weights, no notes, no file.
    void reset();
    /// Takes what matches this pack from a workshop; returns what did not match, in words.
    QStringList apply(const Workshop &workshop);
    /// Saves to path (and remembers it); the Diagnostic names the file.
    Result<void> save(const QString &path);

Q_SIGNALS:
    void answersChanged();
    /// The scores or the verdict may have changed (an answer, or a weight).
    void decisionChanged();
    void notesChanged();
    void clientChanged();
    /// The decision taken (decision()) changed.
    void decisionRecordChanged();
    void modifiedChanged(bool modified);
    void fileChanged();

private:
    void syncManualWeights();
    QList<std::optional<int>> answerImportance() const;
    void syncAnswerWeights();

    std::shared_ptr<const Pack> m_pack;
    Weights *m_weights;
    DecisionModel m_model;
    QMap<QString, QString> m_notes;
    QString m_clientName;
    QString m_organisation;
    QDate m_date;
    DecisionRecord m_decision;
    QString m_filePath;
    bool m_modified = false;
};

} // namespace Versus::Core

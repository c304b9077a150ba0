#pragma once

#include "core/pack/pack.h"

#include <QList>

#include <memory>

namespace Versus::Core {

/// The client's answer to one checklist question.
struct Answer {
    enum class State { Unanswered, DontKnow, Chosen };
    State state = State::Unanswered;
    QList<int> options; // chosen options (one for a single question), sorted

    static Answer dontKnow() { return {State::DontKnow, {}}; }
    static Answer choose(int option) { return {State::Chosen, {option}}; }
    static Answer chooseMany(QList<int> options);
    bool isChosen(int option) const { return state == State::Chosen && options.contains(option); }
    friend bool operator==(const Answer &a, const Answer &b) { return a.state == b.state && a.options == b.options; }
};

/// An answer that moved the verdict: how many points it put the leader ahead of the runner-up.
struct Reason {
    int question = 0;
    int option = 0;
    int points = 0;
    QList<int> criteria;
};

/// One way to reach another verdict: the answers to change, and the verdict they give.
struct VerdictChange {
    QList<std::pair<int, Answer>> edits; // question, new answer
    int outcome = tieEdge;
    double margin = 0;
};

struct VerdictResult {
    int outcome = tieEdge; // a contender, or tieEdge for "Either — it depends"
    int leader = tieEdge; // the highest score even when the margin is too small
    QList<int> scores; // per contender
    double margin = 0; // normalised: (best − second best) / largest possible margin, 0 to 1
    double confidence = 0; // 0 to 1
    int answered = 0; // visible questions with an answer other than "don't know"
    int visible = 0;
    QList<Reason> reasons; // most influential first
    QList<VerdictChange> changes; // the smallest sets (one or two answers) that change the outcome
};

/// Turns checklist answers into a verdict (see docs/verdict.md).
///
/// Each chosen option adds its weights to the contenders' scores. Only visible
/// questions count (a question with showIf is visible when the earlier question it
/// names is visible and has that option chosen). The margin between the two best
/// scores is normalised by the largest margin the visible questions could give; under
/// the pack's tieMargin the outcome is "Either — it depends". Deterministic.
/// Incremental: setAnswer() re-scores the question and those that depend on it only.
class VerdictEngine final {
public:
    explicit VerdictEngine(std::shared_ptr<const Pack> pack);

    const Pack &pack() const { return *m_pack; }
    void setAnswer(int question, const Answer &answer);
    const Answer &answer(int question) const { return m_answers[question]; }
    void clearAnswers();
    bool isVisible(int question) const { return m_visible[question]; }
    QList<int> visibleQuestions() const;

    /// Scores, outcome, confidence and reasons; cheap (no search).
    VerdictResult verdict() const;
    /// The verdict with "what would change it", found by trying every change of one
    /// answer, then of two.
    VerdictResult verdictWithChanges(int maxChanges = 3) const;

    /// The outcome of given per-contender scores and largest margin, as verdict() decides it.
    static int outcomeOf(const QList<int> &scores, int maxMargin, double tieMargin, double *margin = nullptr,
                         int *leader = nullptr);

private:
    struct Totals {
        QList<int> scores;
        int maxMargin = 0;
    };
    void recomputeFrom(int question);
    QList<int> contribution(int question, const Answer &answer) const;
    int span(int question) const;
    bool visibleGiven(int question, const QList<Answer> &answers, const QList<bool> &visible) const;
    Totals totalsFor(const QList<Answer> &answers) const;
    QList<Answer> alternatives(int question) const;

    std::shared_ptr<const Pack> m_pack;
    QList<Answer> m_answers;
    QList<bool> m_visible;
    QList<QList<int>> m_contribution; // per question: what it adds to each contender now
    QList<int> m_spans; // per question: the largest margin it can make
    QList<QList<int>> m_dependents; // per question: later questions whose showIf names it
    Totals m_totals;
};

} // namespace Versus::Core

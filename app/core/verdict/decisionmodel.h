#pragma once

#include "core/compare/scoring.h"
#include "core/pack/pack.h"

#include <QHash>
#include <QList>

#include <array>
#include <memory>
#include <optional>

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

/// Where a category's importance comes from.
enum class ImportanceOrigin { Pack, Answers, Manual };

/// A contender ruled out by a must-have of a chosen option.
struct RuledOut {
    int contender = 0;
    int question = 0;
    int option = 0;
    MustHave mustHave;
};

/// An answer that moved the lead: how many points (of 100) the leader is ahead of the
/// runner-up because of it (the lead with it, less the lead with "don't know" instead).
struct Reason {
    int question = 0;
    Answer answer;
    double points = 0;
    QList<int> criteria; // the chosen options' "see also" criteria
};

/// One way to reach another verdict by answers: the answers to change, and the verdict they give.
struct VerdictChange {
    QList<std::pair<int, Answer>> edits; // question, new answer
    int outcome = tieEdge;
    double lead = 0;
};

/// How the verdict depends on one category's importance, the others staying as they are.
struct Sensitivity {
    struct Flip {
        int importance = 0; // the nearest importance that gives another verdict
        int outcome = tieEdge; // and that verdict
    };
    int category = 0;
    int importance = 0; // now
    int holdsFrom = 0; // the verdict holds for every importance from holdsFrom to holdsTo
    int holdsTo = 0;
    std::optional<Flip> below; // the nearest flip under holdsFrom, if any
    std::optional<Flip> above; // the nearest flip over holdsTo, if any
    /// The smaller of the two flips (the lower one on equal distance).
    std::optional<Flip> nearest() const;
};

/// Everything the screens and reports say about the decision, from one model.
struct Decision {
    Scoreboard board; // totals and category scores; board.leader is the leader
    QList<int> importance; // per category, 0 to 5
    QList<ImportanceOrigin> origin; // per category
    QList<bool> ruledOut; // per contender
    QList<RuledOut> ruledOutBy; // why, in question order
    int outcome = tieEdge; // a contender, or tieEdge for "it depends"
    int leader = tieEdge; // the best contender still in, even when its lead is too small
    QList<int> close; // on tieEdge: the contenders still in within the tie margin of the best
    double lead = 0; // points of 100 between the best and the second best still in
    int answered = 0; // visible questions with an answer other than "don't know"
    int visible = 0;
    QList<Reason> reasons; // most influential first, at most five
    // verdictWithChanges() only:
    QList<VerdictChange> changes; // the fewest answer changes (one, else two) that give another verdict
    QList<Sensitivity> sensitivity; // per category with criteria, in pack order
};

/// The one decision model (docs/scoring.md, docs/verdict.md): the pack's ratings, the
/// importance of each category (the pack's default, set by answers, or by hand), the
/// checklist's must-haves and context ratings, giving one score per contender, the
/// verdict and what would change it. Deterministic and incremental: an answer re-applies
/// the options of that question and of the questions that depend on it; an importance
/// change costs O(categories × contenders).
class DecisionModel final {
public:
    explicit DecisionModel(std::shared_ptr<const Pack> pack);

    const Pack &pack() const { return *m_pack; }
    void setAnswer(int question, const Answer &answer);
    const Answer &answer(int question) const { return m_state.answers[question]; }
    void clearAnswers();
    bool isVisible(int question) const { return m_state.visible[question]; }
    QList<int> visibleQuestions() const;

    /// The importance set by hand (a slider), or nothing: then answers or the pack set it.
    void setManualImportance(int category, std::optional<int> importance);
    std::optional<int> manualImportance(int category) const { return m_manual.value(category); }
    /// The importance the answers set alone (the highest level any chosen option sets), or nothing.
    std::optional<int> answerImportance(int category) const;
    int importance(int category) const { return m_state.weight.value(category); }
    QList<int> importances() const { return m_state.weight; }
    /// The ratings in effect, [criterion][contender]: the pack's, but a context criterion
    /// that answers rate takes theirs (the mean, rounded, when several options rate it).
    QList<QList<int>> ratings() const;
    /// Whether the answers rate this context criterion (its pack ratings are then not in effect).
    bool ratedByAnswers(int criterion) const;

    /// Scores, verdict and reasons.
    Decision decision() const;
    /// The decision with what would change it: by answers (every change of one answer,
    /// then of two) and by importance (per category).
    Decision verdictWithChanges(int maxChanges = 3) const;
    /// The sensitivity of the current verdict alone (cheap: for a slider move).
    QList<Sensitivity> sensitivity() const;

private:
    struct State {
        QList<Answer> answers;
        QList<bool> visible;
        QList<std::array<int, 6>> levels; // [category][level]: chosen options setting it
        QList<int> contextSum; // [context criterion × contenders]: sum of the ratings set
        QList<int> contextCount; // [context criterion]: options setting it
        QList<int> fails; // [contender]: must-haves failed
        QList<int> weight; // [category]: the importance in effect
        QList<double> mean; // [category × contenders]: mean rating, 0 to 5
        QList<double> numerator; // [contender]: Σ weight × mean
        double denominator = 0; // Σ weight over categories with criteria
    };
    /// What one hypothetical change of answers did, to be undone.
    struct Undo {
        QList<std::pair<int, Answer>> answers;
        QList<int> categories; // touched, with their old weight and means
        QList<int> oldWeight;
        QList<double> oldMean;
        QList<double> numerator;
        double denominator = 0;
        QList<int> fails;
    };
    struct Outcome {
        int outcome = tieEdge;
        int leader = tieEdge;
        double lead = 0;
    };

    void applyOption(State &s, int question, int option, int sign, QList<int> &touched) const;
    void setAnswerIn(State &s, int question, const Answer &answer, QList<int> &touched) const;
    void refreshCategories(State &s, const QList<int> &touched) const;
    int effectiveWeight(const State &s, int category) const;
    double categoryMean(const State &s, int category, int contender) const;
    void recomputeTotals(State &s) const;
    Undo change(State &s, const QList<std::pair<int, Answer>> &edits) const;
    void undo(State &s, const Undo &u) const;
    Outcome outcomeOf(const QList<double> &numerator, double denominator, const QList<int> &fails) const;
    QList<Answer> alternatives(const State &s, int question) const;
    QList<Sensitivity> sensitivityOf(const State &s, int outcome) const;
    QList<Reason> reasonsOf(State &s) const;
    QList<VerdictChange> answerChanges(State &s, int outcome, int maxChanges) const;

    std::shared_ptr<const Pack> m_pack;
    int m_contenders = 0;
    QList<int> m_count; // [category]: criteria
    QList<int> m_baseSum; // [category × contenders]: ratings of the criteria that are not context
    QList<QList<int>> m_contextOf; // [category]: its context criteria, as context indexes
    QList<int> m_contextCriterion; // [context index]: the criterion
    QHash<int, int> m_contextIndex; // criterion → context index
    QList<QList<int>> m_dependents; // [question]: later questions whose showIf names it
    QList<int> m_root; // [question]: the first question of its showIf chain
    QList<std::optional<int>> m_manual; // [category]
    State m_state;
};

} // namespace Versus::Core

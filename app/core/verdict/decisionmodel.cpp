#include "core/verdict/decisionmodel.h"

#include <algorithm>
#include <numeric>

namespace Versus::Core {

namespace {

// Scores are sums of doubles; two that differ by less than this are equal.
constexpr double epsilon = 1e-9;

void sortUnique(QList<int> &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

bool intersects(const QList<int> &a, const QList<int> &b) // both sorted
{
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i == *j)
            return true;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return false;
}

} // namespace

Answer Answer::chooseMany(QList<int> options)
{
    std::sort(options.begin(), options.end());
    options.erase(std::unique(options.begin(), options.end()), options.end());
    if (options.isEmpty())
        return dontKnow();
    return {State::Chosen, options};
}

std::optional<Sensitivity::Flip> Sensitivity::nearest() const
{
    if (!below)
        return above;
    if (!above)
        return below;
    return importance - below->importance <= above->importance - importance ? below : above;
}

DecisionModel::DecisionModel(std::shared_ptr<const Pack> pack)
    : m_pack(std::move(pack))
    , m_contenders(static_cast<int>(m_pack->contenders.size()))
{
    const auto categories = m_pack->categories.size();
    const auto &questions = m_pack->checklist.questions;
    m_count.fill(0, categories);
    m_baseSum.fill(0, categories * m_contenders);
    m_contextOf.resize(categories);
    for (int i = 0; i < m_pack->criteria.size(); ++i) {
        const Criterion &c = m_pack->criteria[i];
        ++m_count[c.category];
        if (c.context) {
            m_contextIndex.insert(i, static_cast<int>(m_contextCriterion.size()));
            m_contextOf[c.category].append(static_cast<int>(m_contextCriterion.size()));
            m_contextCriterion.append(i);
            continue;
        }
        for (int k = 0; k < m_contenders; ++k)
            m_baseSum[c.category * m_contenders + k] += c.values[k].rating;
    }
    m_dependents.resize(questions.size());
    m_root.resize(questions.size());
    for (int q = 0; q < questions.size(); ++q) {
        const auto &showIf = questions[q].showIf;
        m_root[q] = showIf ? m_root[showIf->question] : q;
        if (showIf)
            m_dependents[showIf->question].append(q);
    }
    m_manual.resize(categories);

    State &s = m_state;
    s.answers.resize(questions.size());
    s.visible.resize(questions.size());
    for (int q = 0; q < questions.size(); ++q)
        s.visible[q] = !questions[q].showIf; // nothing is answered yet
    s.levels.fill({}, categories);
    s.contextSum.fill(0, m_contextCriterion.size() * m_contenders);
    s.contextCount.fill(0, m_contextCriterion.size());
    s.fails.fill(0, m_contenders);
    s.weight.fill(0, categories);
    s.mean.fill(0.0, categories * m_contenders);
    QList<int> all(categories);
    std::iota(all.begin(), all.end(), 0);
    refreshCategories(s, all);
    recomputeTotals(s);
}

int DecisionModel::effectiveWeight(const State &s, int category) const
{
    if (const auto manual = m_manual[category])
        return *manual;
    for (int level = 5; level >= 0; --level) {
        if (s.levels[category][level] > 0)
            return level;
    }
    return m_pack->categories[category].importance;
}

std::optional<int> DecisionModel::answerImportance(int category) const
{
    if (category < 0 || category >= m_state.levels.size())
        return std::nullopt;
    for (int level = 5; level >= 0; --level) {
        if (m_state.levels[category][level] > 0)
            return level;
    }
    return std::nullopt;
}

double DecisionModel::categoryMean(const State &s, int category, int contender) const
{
    const int count = m_count[category];
    if (count == 0)
        return 0;
    double sum = m_baseSum[category * m_contenders + contender];
    for (const int j : m_contextOf[category]) {
        const int setters = s.contextCount[j];
        sum += setters > 0 ? static_cast<double>(s.contextSum[j * m_contenders + contender]) / setters
                           : m_pack->criteria[m_contextCriterion[j]].values[contender].rating;
    }
    return sum / count;
}

void DecisionModel::applyOption(State &s, int question, int option, int sign, QList<int> &touched) const
{
    const Option &o = m_pack->checklist.questions[question].options[option];
    for (const ImportanceEffect &e : o.importance) {
        s.levels[e.category][e.level] += sign;
        touched.append(e.category);
    }
    for (const RatingEffect &e : o.ratings) {
        const int j = m_contextIndex.value(e.criterion);
        s.contextCount[j] += sign;
        for (int c = 0; c < m_contenders; ++c)
            s.contextSum[j * m_contenders + c] += sign * e.ratings[c];
        touched.append(m_pack->criteria[e.criterion].category);
    }
    for (const MustHave &m : o.mustHave) {
        for (int c = 0; c < m_contenders; ++c) {
            if (m_pack->criteria[m.criterion].values[c].rating < m.atLeast)
                s.fails[c] += sign;
        }
    }
}

// Sets one answer and walks down the questions it shows or hides.
void DecisionModel::setAnswerIn(State &s, int question, const Answer &answer, QList<int> &touched) const
{
    const auto apply = [&](int q, const Answer &a, int sign) {
        if (a.state != Answer::State::Chosen)
            return;
        for (const int o : a.options)
            applyOption(s, q, o, sign, touched);
    };
    if (s.visible[question]) {
        apply(question, s.answers[question], -1);
        apply(question, answer, +1);
    }
    s.answers[question] = answer;
    const auto &questions = m_pack->checklist.questions;
    QList<int> pending = m_dependents[question];
    while (!pending.isEmpty()) {
        const int d = pending.takeFirst();
        const ShowIf &showIf = *questions[d].showIf;
        const bool now = s.visible[showIf.question] && s.answers[showIf.question].isChosen(showIf.option);
        if (now == s.visible[d])
            continue; // nothing below it changes either
        apply(d, s.answers[d], now ? +1 : -1);
        s.visible[d] = now;
        pending.append(m_dependents[d]);
    }
}

void DecisionModel::refreshCategories(State &s, const QList<int> &touched) const
{
    for (const int k : touched) {
        const int w = effectiveWeight(s, k);
        const bool counts = m_count[k] > 0;
        if (counts && !s.numerator.isEmpty())
            s.denominator += w - s.weight[k];
        for (int c = 0; c < m_contenders; ++c) {
            const double mean = categoryMean(s, k, c);
            double &old = s.mean[k * m_contenders + c];
            if (counts && !s.numerator.isEmpty())
                s.numerator[c] += w * mean - s.weight[k] * old;
            old = mean;
        }
        s.weight[k] = w;
    }
}

void DecisionModel::recomputeTotals(State &s) const
{
    s.numerator.fill(0.0, m_contenders);
    s.denominator = 0;
    for (int k = 0; k < m_count.size(); ++k) {
        if (m_count[k] == 0)
            continue;
        s.denominator += s.weight[k];
        for (int c = 0; c < m_contenders; ++c)
            s.numerator[c] += s.weight[k] * s.mean[k * m_contenders + c];
    }
}

void DecisionModel::setAnswer(int question, const Answer &answer)
{
    if (question < 0 || question >= m_state.answers.size() || m_state.answers[question] == answer)
        return;
    QList<int> touched;
    setAnswerIn(m_state, question, answer, touched);
    sortUnique(touched);
    refreshCategories(m_state, touched);
    recomputeTotals(m_state); // from scratch: every screen shows exactly these sums
}

void DecisionModel::clearAnswers()
{
    for (int q = 0; q < m_state.answers.size(); ++q)
        setAnswer(q, Answer());
}

void DecisionModel::setManualImportance(int category, std::optional<int> importance)
{
    if (category < 0 || category >= m_manual.size())
        return;
    if (importance)
        importance = std::clamp(*importance, 0, 5);
    if (m_manual[category] == importance)
        return;
    m_manual[category] = importance;
    refreshCategories(m_state, {category});
    recomputeTotals(m_state);
}

QList<QList<int>> DecisionModel::ratings() const
{
    QList<QList<int>> out;
    out.reserve(m_pack->criteria.size());
    for (const Criterion &criterion : m_pack->criteria) {
        QList<int> row;
        row.reserve(m_contenders);
        for (const RatedValue &v : criterion.values)
            row.append(v.rating);
        out.append(row);
    }
    for (int j = 0; j < m_contextCriterion.size(); ++j) {
        const int setters = m_state.contextCount[j];
        if (setters == 0)
            continue;
        QList<int> &row = out[m_contextCriterion[j]];
        for (int c = 0; c < m_contenders; ++c)
            row[c] = qRound(static_cast<double>(m_state.contextSum[j * m_contenders + c]) / setters);
    }
    return out;
}

bool DecisionModel::ratedByAnswers(int criterion) const
{
    const auto j = m_contextIndex.constFind(criterion);
    return j != m_contextIndex.cend() && m_state.contextCount[*j] > 0;
}

QList<int> DecisionModel::visibleQuestions() const
{
    QList<int> out;
    for (int q = 0; q < m_state.visible.size(); ++q) {
        if (m_state.visible[q])
            out.append(q);
    }
    return out;
}

DecisionModel::Undo DecisionModel::change(State &s, const QList<std::pair<int, Answer>> &edits) const
{
    Undo u;
    u.numerator = s.numerator;
    u.denominator = s.denominator;
    u.fails = s.fails;
    for (const auto &[q, answer] : edits) {
        u.answers.prepend({q, s.answers[q]});
        setAnswerIn(s, q, answer, u.categories);
    }
    sortUnique(u.categories);
    for (const int k : std::as_const(u.categories)) {
        u.oldWeight.append(s.weight[k]);
        for (int c = 0; c < m_contenders; ++c)
            u.oldMean.append(s.mean[k * m_contenders + c]);
    }
    refreshCategories(s, u.categories);
    return u;
}

void DecisionModel::undo(State &s, const Undo &u) const
{
    QList<int> ignored;
    for (const auto &[q, answer] : u.answers)
        setAnswerIn(s, q, answer, ignored);
    // The sums as they were, exactly: counts are integers, the rest is restored.
    for (int i = 0; i < u.categories.size(); ++i) {
        const int k = u.categories[i];
        s.weight[k] = u.oldWeight[i];
        for (int c = 0; c < m_contenders; ++c)
            s.mean[k * m_contenders + c] = u.oldMean[i * m_contenders + c];
    }
    s.numerator = u.numerator;
    s.denominator = u.denominator;
    s.fails = u.fails;
}

DecisionModel::Outcome DecisionModel::outcomeOf(const QList<double> &numerator, double denominator,
                                                const QList<int> &fails) const
{
    Outcome r;
    int best = -1;
    int second = -1;
    const auto total = [&](int c) {
        return denominator > epsilon ? 20.0 * numerator[c] / denominator : 0.0;
    };
    for (int c = 0; c < m_contenders; ++c) {
        if (fails[c] > 0)
            continue;
        if (best < 0 || total(c) > total(best) + epsilon) {
            second = best;
            best = c;
        } else if (second < 0 || total(c) > total(second) + epsilon) {
            second = c;
        }
    }
    if (best < 0)
        return r; // every contender is ruled out
    if (second < 0) {
        r.outcome = r.leader = best; // the only one left
        return r;
    }
    r.lead = total(best) - total(second);
    if (r.lead > epsilon)
        r.leader = best;
    if (r.lead > 100.0 * m_pack->checklist.tieMargin + epsilon)
        r.outcome = best;
    return r;
}

Decision DecisionModel::decision() const
{
    const State &s = m_state;
    const Pack &pack = *m_pack;
    Decision d;
    const Outcome o = outcomeOf(s.numerator, s.denominator, s.fails);
    d.outcome = o.outcome;
    d.leader = o.leader;
    d.lead = o.lead;
    d.board.totals.fill(0.0, m_contenders);
    d.board.categories.fill(QList<double>(m_contenders, 0.0), m_count.size());
    for (int c = 0; c < m_contenders; ++c) {
        if (s.denominator > epsilon)
            d.board.totals[c] = 20.0 * s.numerator[c] / s.denominator;
    }
    for (int k = 0; k < m_count.size(); ++k) {
        for (int c = 0; c < m_contenders; ++c)
            d.board.categories[k][c] = 20.0 * s.mean[k * m_contenders + c];
    }
    d.board.leader = o.outcome; // "(leads)" wherever shown: the verdict's contender, or none
    d.importance = s.weight;
    for (int k = 0; k < m_count.size(); ++k)
        d.origin.append(m_manual[k]                           ? ImportanceOrigin::Manual
                            : answerImportance(k).has_value() ? ImportanceOrigin::Answers
                                                              : ImportanceOrigin::Pack);
    d.ruledOut.fill(false, m_contenders);
    for (int c = 0; c < m_contenders; ++c)
        d.ruledOut[c] = s.fails[c] > 0;
    const auto &questions = pack.checklist.questions;
    for (int q = 0; q < questions.size(); ++q) {
        if (!s.visible[q])
            continue;
        ++d.visible;
        if (s.answers[q].state != Answer::State::Chosen)
            continue;
        ++d.answered;
        for (const int option : s.answers[q].options) {
            for (const MustHave &m : questions[q].options[option].mustHave) {
                for (int c = 0; c < m_contenders; ++c) {
                    if (pack.criteria[m.criterion].values[c].rating < m.atLeast)
                        d.ruledOutBy.append({c, q, option, m});
                }
            }
        }
    }
    if (d.outcome == tieEdge && s.denominator > epsilon) {
        double best = -1;
        for (int c = 0; c < m_contenders; ++c) {
            if (!d.ruledOut[c])
                best = std::max(best, d.board.totals[c]);
        }
        for (int c = 0; c < m_contenders; ++c) {
            if (!d.ruledOut[c] && d.board.totals[c] >= best - 100.0 * pack.checklist.tieMargin - epsilon)
                d.close.append(c);
        }
    } else if (d.outcome == tieEdge) {
        for (int c = 0; c < m_contenders; ++c) {
            if (!d.ruledOut[c])
                d.close.append(c);
        }
    }
    State scratch = s;
    d.reasons = reasonsOf(scratch);
    return d;
}

// How much each answer does for the leader against the runner-up: the lead with it, less
// the lead with "don't know" in its place.
QList<Reason> DecisionModel::reasonsOf(State &s) const
{
    QList<int> order;
    for (int c = 0; c < m_contenders; ++c) {
        if (s.fails[c] == 0)
            order.append(c);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return s.numerator[a] > s.numerator[b] + epsilon; });
    QList<Reason> reasons;
    if (order.size() < 2 || s.denominator <= epsilon)
        return reasons;
    const int first = order[0];
    const int second = order[1];
    const auto lead = [&](const State &x) {
        return x.denominator > epsilon ? 20.0 * (x.numerator[first] - x.numerator[second]) / x.denominator : 0.0;
    };
    const double before = lead(s);
    const auto &questions = m_pack->checklist.questions;
    for (int q = 0; q < questions.size(); ++q) {
        if (!s.visible[q] || s.answers[q].state != Answer::State::Chosen)
            continue;
        const Undo u = change(s, {{q, Answer::dontKnow()}});
        const double points = before - lead(s);
        undo(s, u);
        if (points > 0.05) {
            Reason r{q, s.answers[q], points, {}};
            for (const int o : s.answers[q].options)
                r.criteria.append(questions[q].options[o].criteria);
            sortUnique(r.criteria);
            reasons.append(r);
        }
    }
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const Reason &a, const Reason &b) { return a.points > b.points + epsilon; });
    if (reasons.size() > 5)
        reasons.resize(5);
    return reasons;
}

// Every other answer the client could give to a question.
QList<Answer> DecisionModel::alternatives(const State &s, int question) const
{
    const Question &q = m_pack->checklist.questions[question];
    const Answer &current = s.answers[question];
    QList<Answer> out;
    if (current.state == Answer::State::Chosen)
        out.append(Answer::dontKnow());
    for (int o = 0; o < q.options.size(); ++o) {
        if (!q.multi) {
            if (!current.isChosen(o))
                out.append(Answer::choose(o));
            continue;
        }
        QList<int> toggled = current.state == Answer::State::Chosen ? current.options : QList<int>();
        if (toggled.contains(o))
            toggled.removeAll(o);
        else
            toggled.append(o);
        if (toggled.isEmpty()) // taking away the last choice is "don't know", already listed
            continue;
        const Answer a = Answer::chooseMany(toggled);
        if (!(a == current) && !out.contains(a))
            out.append(a);
    }
    return out;
}

QList<VerdictChange> DecisionModel::answerChanges(State &s, int outcome, int maxChanges) const
{
    struct Candidate {
        int question;
        Answer answer;
        QList<double> numerator; // change of each numerator
        double denominator;
        QList<int> fails;
        QList<int> categories; // touched, sorted
    };
    QList<Candidate> candidates;
    QList<VerdictChange> found;
    for (int q = 0; q < s.answers.size(); ++q) {
        if (!s.visible[q])
            continue;
        for (const Answer &alt : alternatives(s, q)) {
            const Undo u = change(s, {{q, alt}});
            const Outcome o = outcomeOf(s.numerator, s.denominator, s.fails);
            Candidate c{q, alt, s.numerator, s.denominator - u.denominator, s.fails, u.categories};
            for (int i = 0; i < m_contenders; ++i) {
                c.numerator[i] -= u.numerator[i];
                c.fails[i] -= u.fails[i];
            }
            undo(s, u);
            if (o.outcome != outcome)
                found.append({{{q, alt}}, o.outcome, o.lead});
            candidates.append(c);
        }
    }
    if (found.isEmpty()) {
        // Two changes: independent ones (other showIf chains, other categories) add up;
        // the others are scored together.
        QList<double> numerator(m_contenders);
        QList<int> fails(m_contenders);
        for (int i = 0; i < candidates.size(); ++i) {
            for (int j = i + 1; j < candidates.size(); ++j) {
                const Candidate &a = candidates[i];
                const Candidate &b = candidates[j];
                if (a.question == b.question)
                    continue;
                Outcome o;
                if (m_root[a.question] != m_root[b.question] && !intersects(a.categories, b.categories)) {
                    for (int c = 0; c < m_contenders; ++c) {
                        numerator[c] = s.numerator[c] + a.numerator[c] + b.numerator[c];
                        fails[c] = s.fails[c] + a.fails[c] + b.fails[c];
                    }
                    o = outcomeOf(numerator, s.denominator + a.denominator + b.denominator, fails);
                } else {
                    const Undo u = change(s, {{a.question, a.answer}, {b.question, b.answer}});
                    o = outcomeOf(s.numerator, s.denominator, s.fails);
                    undo(s, u);
                }
                if (o.outcome != outcome)
                    found.append({{{a.question, a.answer}, {b.question, b.answer}}, o.outcome, o.lead});
            }
        }
    }
    // A flip to another contender says more than a slide into "it depends": those first.
    std::stable_sort(found.begin(), found.end(), [](const VerdictChange &a, const VerdictChange &b) {
        if ((a.outcome != tieEdge) != (b.outcome != tieEdge))
            return a.outcome != tieEdge;
        return a.lead > b.lead + epsilon;
    });
    if (found.size() > maxChanges)
        found.resize(maxChanges);
    return found;
}

QList<Sensitivity> DecisionModel::sensitivityOf(const State &s, int outcome) const
{
    QList<Sensitivity> out;
    QList<double> numerator(m_contenders);
    for (int k = 0; k < m_count.size(); ++k) {
        if (m_count[k] == 0)
            continue;
        std::array<int, 6> outcomes{};
        for (int w = 0; w <= 5; ++w) {
            for (int c = 0; c < m_contenders; ++c)
                numerator[c] = s.numerator[c] + (w - s.weight[k]) * s.mean[k * m_contenders + c];
            outcomes[w] = outcomeOf(numerator, s.denominator + w - s.weight[k], s.fails).outcome;
        }
        Sensitivity r;
        r.category = k;
        r.importance = s.weight[k];
        r.holdsFrom = r.holdsTo = r.importance;
        // The model's own outcome at the current importance is the reference, whatever rounding did.
        outcomes[r.importance] = outcome;
        while (r.holdsFrom > 0 && outcomes[r.holdsFrom - 1] == outcome)
            --r.holdsFrom;
        while (r.holdsTo < 5 && outcomes[r.holdsTo + 1] == outcome)
            ++r.holdsTo;
        if (r.holdsFrom > 0)
            r.below = Sensitivity::Flip{r.holdsFrom - 1, outcomes[r.holdsFrom - 1]};
        if (r.holdsTo < 5)
            r.above = Sensitivity::Flip{r.holdsTo + 1, outcomes[r.holdsTo + 1]};
        out.append(r);
    }
    return out;
}

QList<Sensitivity> DecisionModel::sensitivity() const
{
    return sensitivityOf(m_state, outcomeOf(m_state.numerator, m_state.denominator, m_state.fails).outcome);
}

Decision DecisionModel::verdictWithChanges(int maxChanges) const
{
    Decision d = decision();
    State scratch = m_state;
    d.changes = answerChanges(scratch, d.outcome, maxChanges);
    d.sensitivity = sensitivityOf(m_state, d.outcome);
    return d;
}

} // namespace Versus::Core

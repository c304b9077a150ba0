#include "core/verdict/verdictengine.h"

#include <algorithm>
#include <numeric>

namespace Versus::Core {

Answer Answer::chooseMany(QList<int> options)
{
    std::sort(options.begin(), options.end());
    options.erase(std::unique(options.begin(), options.end()), options.end());
    if (options.isEmpty())
        return dontKnow();
    return {State::Chosen, options};
}

VerdictEngine::VerdictEngine(std::shared_ptr<const Pack> pack)
    : m_pack(std::move(pack))
{
    const auto &questions = m_pack->checklist.questions;
    const auto n = questions.size();
    const auto contenders = m_pack->contenders.size();
    m_answers.resize(n);
    m_visible.resize(n);
    m_contribution.fill(QList<int>(contenders, 0), n);
    m_dependents.resize(n);
    m_spans.resize(n);
    m_totals.scores.fill(0, contenders);
    for (int q = 0; q < n; ++q) {
        m_spans[q] = span(q);
        if (questions[q].showIf)
            m_dependents[questions[q].showIf->question].append(q);
    }
    // Nothing is answered yet: every question without showIf is visible.
    for (int q = 0; q < n; ++q) {
        m_visible[q] = visibleGiven(q, m_answers, m_visible);
        if (m_visible[q])
            m_totals.maxMargin += m_spans[q];
    }
}

// The largest amount one question can add to the difference between two contenders.
int VerdictEngine::span(int question) const
{
    const Question &q = m_pack->checklist.questions[question];
    int best = 0;
    int sum = 0;
    for (const Option &o : q.options) {
        const auto [lo, hi] = std::minmax_element(o.weights.cbegin(), o.weights.cend());
        const int spread = o.weights.isEmpty() ? 0 : *hi - *lo;
        best = std::max(best, spread);
        sum += spread;
    }
    return q.multi ? sum : best;
}

bool VerdictEngine::visibleGiven(int question, const QList<Answer> &answers, const QList<bool> &visible) const
{
    const auto &showIf = m_pack->checklist.questions[question].showIf;
    return !showIf || (visible[showIf->question] && answers[showIf->question].isChosen(showIf->option));
}

QList<int> VerdictEngine::contribution(int question, const Answer &answer) const
{
    QList<int> add(m_pack->contenders.size(), 0);
    if (answer.state != Answer::State::Chosen)
        return add;
    const Question &q = m_pack->checklist.questions[question];
    for (const int o : answer.options) {
        for (int c = 0; c < add.size(); ++c)
            add[c] += q.options[o].weights.value(c);
    }
    return add;
}

void VerdictEngine::setAnswer(int question, const Answer &answer)
{
    if (question < 0 || question >= m_answers.size() || m_answers[question] == answer)
        return;
    m_answers[question] = answer;
    recomputeFrom(question);
}

void VerdictEngine::clearAnswers()
{
    for (int q = 0; q < m_answers.size(); ++q)
        setAnswer(q, Answer());
}

// Re-scores one question, then walks down the questions that depend on it.
void VerdictEngine::recomputeFrom(int question)
{
    QList<int> pending{question};
    while (!pending.isEmpty()) {
        const int q = pending.takeFirst();
        const bool wasVisible = m_visible[q];
        if (wasVisible) {
            for (int c = 0; c < m_totals.scores.size(); ++c)
                m_totals.scores[c] -= m_contribution[q][c];
            m_totals.maxMargin -= m_spans[q];
        }
        m_visible[q] = visibleGiven(q, m_answers, m_visible);
        m_contribution[q] = m_visible[q] ? contribution(q, m_answers[q]) : QList<int>(m_totals.scores.size(), 0);
        if (m_visible[q]) {
            for (int c = 0; c < m_totals.scores.size(); ++c)
                m_totals.scores[c] += m_contribution[q][c];
            m_totals.maxMargin += m_spans[q];
        }
        pending.append(m_dependents[q]);
    }
}

QList<int> VerdictEngine::visibleQuestions() const
{
    QList<int> out;
    for (int q = 0; q < m_visible.size(); ++q)
        if (m_visible[q])
            out.append(q);
    return out;
}

int VerdictEngine::outcomeOf(const QList<int> &scores, int maxMargin, double tieMargin, double *margin, int *leader)
{
    int best = 0;
    for (int c = 1; c < scores.size(); ++c)
        if (scores[c] > scores[best])
            best = c;
    int second = best == 0 ? 1 : 0;
    for (int c = 0; c < scores.size(); ++c)
        if (c != best && scores[c] > scores[second])
            second = c;
    const bool unique = scores.size() < 2 || scores[best] > scores[second];
    const double m = maxMargin > 0 && scores.size() >= 2
        ? static_cast<double>(scores[best] - scores[second]) / static_cast<double>(maxMargin)
        : 0.0;
    if (margin)
        *margin = m;
    if (leader)
        *leader = unique ? best : tieEdge;
    return unique && m >= tieMargin && m > 0 ? best : tieEdge;
}

VerdictResult VerdictEngine::verdict() const
{
    VerdictResult r;
    r.scores = m_totals.scores;
    r.outcome = outcomeOf(r.scores, m_totals.maxMargin, m_pack->checklist.tieMargin, &r.margin, &r.leader);
    r.confidence = std::clamp(r.margin, 0.0, 1.0);
    for (int q = 0; q < m_answers.size(); ++q) {
        if (!m_visible[q])
            continue;
        ++r.visible;
        if (m_answers[q].state == Answer::State::Chosen)
            ++r.answered;
    }
    // Reasons: how much each chosen option pushed the leader ahead of the runner-up.
    QList<int> order(r.scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return r.scores[a] > r.scores[b]; });
    if (order.size() >= 2) {
        const int first = order[0];
        const int second = order[1];
        for (int q = 0; q < m_answers.size(); ++q) {
            if (!m_visible[q] || m_answers[q].state != Answer::State::Chosen)
                continue;
            for (const int o : m_answers[q].options) {
                const Option &option = m_pack->checklist.questions[q].options[o];
                const int points = option.weights.value(first) - option.weights.value(second);
                if (points > 0)
                    r.reasons.append({q, o, points, option.criteria});
            }
        }
        std::stable_sort(r.reasons.begin(), r.reasons.end(),
                         [](const Reason &a, const Reason &b) { return a.points > b.points; });
        if (r.reasons.size() > 5)
            r.reasons.resize(5);
    }
    return r;
}

VerdictEngine::Totals VerdictEngine::totalsFor(const QList<Answer> &answers) const
{
    Totals t;
    t.scores.fill(0, m_pack->contenders.size());
    QList<bool> visible(answers.size(), false);
    for (int q = 0; q < answers.size(); ++q) {
        visible[q] = visibleGiven(q, answers, visible);
        if (!visible[q])
            continue;
        t.maxMargin += m_spans[q];
        const QList<int> add = contribution(q, answers[q]);
        for (int c = 0; c < add.size(); ++c)
            t.scores[c] += add[c];
    }
    return t;
}

// Every other answer the client could give to a question.
QList<Answer> VerdictEngine::alternatives(int question) const
{
    const Question &q = m_pack->checklist.questions[question];
    const Answer &current = m_answers[question];
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
        // Taking away the last choice is "don't know", already on the list.
        if (toggled.isEmpty())
            continue;
        const Answer a = Answer::chooseMany(toggled);
        if (!(a == current) && !out.contains(a))
            out.append(a);
    }
    return out;
}

VerdictResult VerdictEngine::verdictWithChanges(int maxChanges) const
{
    VerdictResult result = verdict();
    const double tie = m_pack->checklist.tieMargin;
    struct Candidate {
        int question;
        Answer answer;
        QList<int> delta; // change of each score
        int deltaMax = 0;
        bool exact; // the delta alone is exact (no question depends on this one)
    };
    // Every change of one answer, with what it does to the totals.
    QList<Candidate> candidates;
    const QList<int> visible = visibleQuestions();
    for (const int q : visible) {
        for (const Answer &alt : alternatives(q)) {
            Candidate c{q, alt, {}, 0, m_dependents[q].isEmpty()};
            if (c.exact) {
                c.delta = contribution(q, alt);
                for (int i = 0; i < c.delta.size(); ++i)
                    c.delta[i] -= m_contribution[q][i];
            } else {
                QList<Answer> changed = m_answers;
                changed[q] = alt;
                const Totals t = totalsFor(changed);
                c.delta = t.scores;
                for (int i = 0; i < c.delta.size(); ++i)
                    c.delta[i] -= m_totals.scores[i];
                c.deltaMax = t.maxMargin - m_totals.maxMargin;
            }
            candidates.append(c);
        }
    }
    const auto evaluate = [&](const QList<const Candidate *> &edits, VerdictChange &change) {
        QList<int> scores = m_totals.scores;
        int maxMargin = m_totals.maxMargin;
        for (const Candidate *e : edits) {
            for (int i = 0; i < scores.size(); ++i)
                scores[i] += e->delta[i];
            maxMargin += e->deltaMax;
        }
        change.outcome = outcomeOf(scores, maxMargin, tie, &change.margin);
        return change.outcome != result.outcome;
    };
    // A flip to another contender says more than a slide into "it depends": list those first.
    const auto keepBest = [&](QList<VerdictChange> &found) {
        std::stable_sort(found.begin(), found.end(), [](const VerdictChange &a, const VerdictChange &b) {
            if ((a.outcome != tieEdge) != (b.outcome != tieEdge))
                return a.outcome != tieEdge;
            return a.margin > b.margin;
        });
        if (found.size() > maxChanges)
            found.resize(maxChanges);
    };
    QList<VerdictChange> found;
    for (const Candidate &c : candidates) {
        VerdictChange change;
        if (evaluate({&c}, change)) {
            change.edits = {{c.question, c.answer}};
            found.append(change);
        }
    }
    if (found.isEmpty()) {
        // Two changes: independent questions add up; a question and one that depends on it
        // are scored together from scratch.
        QList<int> root(m_answers.size());
        for (int q = 0; q < root.size(); ++q) {
            const auto &showIf = m_pack->checklist.questions[q].showIf;
            root[q] = showIf ? root[showIf->question] : q;
        }
        for (int i = 0; i < candidates.size(); ++i) {
            for (int j = i + 1; j < candidates.size(); ++j) {
                const Candidate &a = candidates[i];
                const Candidate &b = candidates[j];
                if (a.question == b.question)
                    continue;
                VerdictChange change;
                bool flips = false;
                if (root[a.question] != root[b.question]) {
                    flips = evaluate({&a, &b}, change);
                } else {
                    QList<Answer> changed = m_answers;
                    changed[a.question] = a.answer;
                    changed[b.question] = b.answer;
                    const Totals t = totalsFor(changed);
                    change.outcome = outcomeOf(t.scores, t.maxMargin, tie, &change.margin);
                    flips = change.outcome != result.outcome;
                }
                if (flips) {
                    change.edits = {{a.question, a.answer}, {b.question, b.answer}};
                    found.append(change);
                }
            }
        }
    }
    keepBest(found);
    result.changes = found;
    return result;
}

} // namespace Versus::Core

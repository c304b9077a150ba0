#include "core/verdict/verdicttext.h"

using namespace Qt::StringLiterals;

namespace Versus::Core {

QString VerdictText::ReasonLine::text() const
{
    return points + u": "_s + question + u" — "_s + answer;
}

QString VerdictText::outcomeName(const Pack &pack, int outcome)
{
    return outcome == tieEdge ? tr("Either — it depends") : pack.contenders[outcome].name;
}

QString VerdictText::recordLine(const Pack &pack, int outcome)
{
    return u"Verdict: "_s + outcomeName(pack, outcome);
}

QString VerdictText::answerText(const Question &question, const Answer &answer)
{
    switch (answer.state) {
    case Answer::State::Unanswered: return tr("not answered");
    case Answer::State::DontKnow: return tr("Don't know / doesn't matter");
    case Answer::State::Chosen: break;
    }
    QStringList labels;
    for (const int o : answer.options)
        labels.append(question.options[o].label);
    return labels.join(u", "_s);
}

QString VerdictText::changeText(const Pack &pack, const VerdictEngine &engine, const VerdictChange &change)
{
    const auto &questions = pack.checklist.questions;
    QStringList edits;
    for (const auto &[q, answer] : change.edits)
        edits.append(
            tr("“%1” answered “%2” (now: %3)")
                .arg(questions[q].text, answerText(questions[q], answer), answerText(questions[q], engine.answer(q))));
    return tr("If %1, the verdict would be %2.").arg(edits.join(tr(" and ")), outcomeName(pack, change.outcome));
}

QList<VerdictText::ReasonLine> VerdictText::reasons(const Pack &pack, const VerdictResult &result)
{
    // On a tie the points still lean toward whoever scores highest.
    const int toward = result.outcome == tieEdge ? result.leader : result.outcome;
    QList<ReasonLine> lines;
    lines.reserve(result.reasons.size());
    for (const Reason &reason : result.reasons) {
        const Question &q = pack.checklist.questions[reason.question];
        QStringList names;
        for (const int c : reason.criteria)
            names.append(pack.criteria[c].criterion);
        lines.append({toward >= 0 ? tr("+%1 toward %2").arg(reason.points).arg(pack.contenders[toward].name)
                                  : tr("+%1").arg(reason.points),
                      q.text, q.options[reason.option].label, reason.criteria, names});
    }
    return lines;
}

QString VerdictText::seeAlso(const QStringList &items, const std::function<QString(const QString &)> &escape)
{
    return escape(tr("See: %1")).arg(items.join(u", "_s));
}

QString VerdictText::noReasons()
{
    return tr("No answer favours one option yet.");
}

QString VerdictText::noChanges()
{
    return tr("No change of one or two answers would change this verdict.");
}

} // namespace Versus::Core

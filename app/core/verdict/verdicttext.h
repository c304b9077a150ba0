#pragma once

#include "core/pack/pack.h"
#include "core/verdict/decisionmodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Versus::Core {

/// The decision in words, written once for the result page, the scoreboard, the
/// head-to-head header and every report format: the verdict, the scores, the reasons,
/// what rules a contender out and what would change it. Plain text; each caller escapes
/// it for its own markup.
class VerdictText final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::VerdictText)

public:
    /// One reason, in parts so that a format can set the points apart:
    /// "+4.2 points toward Xeno" ": " "First?" " — " "A", then the criteria to see.
    struct ReasonLine {
        QString points;
        QString question;
        QString answer;
        QList<int> criteria; // indices into pack.criteria
        QStringList criterionNames; // the same criteria by name
        /// "+4.2 points toward Xeno: First? — A"
        QString text() const;
    };

    VerdictText() = delete;

    /// A contender's name, or "Either — it depends" (with three or four contenders, "No
    /// clear leader — it depends"): for an outcome without its close contenders.
    static QString outcomeName(const Pack &pack, int outcome);
    /// The verdict: the contender, or "Either — it depends", or with three or four
    /// contenders the close ones: "Tea or Coffee — it depends".
    static QString verdictName(const Pack &pack, const Decision &decision);
    /// "Verdict: Django": the decision record's verdict line and `--report`'s output. The
    /// keyword stays English on purpose: scripts read it (docs/workshop-format.md).
    static QString recordLine(const Pack &pack, const Decision &decision);
    /// "Django 62.0% · FastAPI 55.1% (ruled out)".
    static QString scoresLine(const Pack &pack, const Decision &decision);
    /// "Django leads FastAPI by 6.9 points; the tie margin is 5." and the like.
    static QString leadLine(const Pack &pack, const Decision &decision);
    /// The scoreboard's one line: "Django leads with 62.0%", "Either — it depends: …".
    static QString scoreboardLine(const Pack &pack, const Decision &decision);
    /// A percentage as shown everywhere: one decimal, locale-aware.
    static QString percent(double value);
    /// An answer as words: the chosen options, "don't know" or "not answered".
    static QString answerText(const Question &question, const Answer &answer);
    /// One way the verdict would change: "If “Q” answered “A” (now: B), the verdict would be X."
    static QString changeText(const Pack &pack, const DecisionModel &model, const VerdictChange &change);
    /// Why a contender is out: "FastAPI is ruled out: …".
    static QString ruledOutText(const Pack &pack, const RuledOut &ruledOut);
    /// A context criterion's value when the answers rate it: "rated 5 of 5 by the answers".
    static QString answeredRatingText(int rating);
    /// Where a category's importance comes from: "set by hand", "from the answers", "pack default".
    static QString originText(ImportanceOrigin origin);
    /// "The verdict holds from 3 to 5; at 2 it would be Django."
    static QString sensitivityText(const Pack &pack, const Sensitivity &sensitivity);
    /// The smallest single change of importance that flips the verdict, or empty:
    /// "If Admin and back office mattered 2 instead of 5, the verdict would be Django."
    static QString flipText(const Pack &pack, const Sensitivity &sensitivity);
    /// The reasons of a verdict, most influential first, pointed at the contender that leads.
    static QList<ReasonLine> reasons(const Pack &pack, const Decision &decision);
    /// "See: Aroma, Bitterness", for a reason's criteria. The items come marked up by the
    /// caller (links, escaped names); escape is applied to the wording around them.
    static QString seeAlso(const QStringList &items, const std::function<QString(const QString &)> &escape);
    /// What the reasons list says when it is empty.
    static QString noReasons();
    /// What "what would change it" says when no answer change would.
    static QString noChanges();
};

} // namespace Versus::Core

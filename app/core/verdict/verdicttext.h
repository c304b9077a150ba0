#pragma once

#include "core/pack/pack.h"
#include "core/verdict/verdictengine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Versus::Core {

/// The verdict in words, written once for the result page and every report format:
/// the outcome's name, answers, the reasons and what would change it. Plain text;
/// each caller escapes it for its own markup.
class VerdictText final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::VerdictText)

public:
    /// One reason, in parts so that a format can set the points apart:
    /// "+4 toward Xeno" ": " "First?" " — " "A", then the criteria to see.
    struct ReasonLine {
        QString points;
        QString question;
        QString answer;
        QList<int> criteria; // indices into pack.criteria
        QStringList criterionNames; // the same criteria by name
        /// "+4 toward Xeno: First? — A"
        QString text() const;
    };

    VerdictText() = delete;

    /// A contender's name, or "Either — it depends".
    static QString outcomeName(const Pack &pack, int outcome);
    /// "Verdict: Django": the decision record's verdict line and `--report`'s output. The
    /// keyword stays English on purpose: scripts read it (docs/workshop-format.md).
    static QString recordLine(const Pack &pack, int outcome);
    /// An answer as words: the chosen options, "don't know" or "not answered".
    static QString answerText(const Question &question, const Answer &answer);
    /// One way the verdict would change: "If “Q” answered “A” (now: B), the verdict would be X."
    static QString changeText(const Pack &pack, const VerdictEngine &engine, const VerdictChange &change);
    /// The reasons of a verdict, most influential first, pointed at the contender that leads.
    static QList<ReasonLine> reasons(const Pack &pack, const VerdictResult &result);
    /// "See: Aroma, Bitterness", for a reason's criteria. The items come marked up by the
    /// caller (links, escaped names); escape is applied to the wording around them.
    static QString seeAlso(const QStringList &items, const std::function<QString(const QString &)> &escape);
    /// What the reasons list says when it is empty.
    static QString noReasons();
    /// What "what would change it" says when it is empty.
    static QString noChanges();
};

} // namespace Versus::Core

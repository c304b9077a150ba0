#pragma once

#include "core/verdict/verdicttext.h"
#include "core/workshop/workshop.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Versus::Core {

class WorkshopSession;

/// What a decision report says, gathered once from a workshop: the emitters
/// (MarkdownReport, HtmlReport, and the PDF in the ui layer) only lay it out.
/// Every text is plain; each emitter escapes it for its own markup.
struct ReportModel {
    struct Contender {
        QString name;
        QString tagline;
        double total = 0; // weighted score, percent
        bool ruledOut = false; // by a must-have
        QStringList suitsWhen; // the pack's "choose it when" items
        struct Point {
            bool good = true;
            QString text; // "Criterion: what this contender offers"
        };
        QList<Point> points; // the pros, then the cons, that decide (ProsAndCons)
    };
    struct Category {
        QString name;
        int weight = 0; // 0 to 5
        QString origin; // "set by hand", "from the answers", "pack default"
        QList<double> scores; // per contender, percent
    };
    /// How the verdict depends on one category's importance.
    struct Sensitivity {
        QString category;
        int importance = 0;
        int holdsFrom = 0;
        int holdsTo = 0;
        QString text; // "The verdict holds from 3 to 5. At 2 it would be Django."
    };
    struct QuestionAnswer {
        QString question;
        QString answer;
    };
    struct Note {
        QString subject; // the criterion's name, or the note's key when the pack has no such criterion
        QString text;
    };
    struct Source {
        QString title;
        QUrl url;
        QString asOf;
    };

    /// The decision actually taken, as the workshop records it.
    struct Decision {
        DecisionRecord record; // record.date invalid: the report uses the workshop's date
        int chosen = tieEdge; // the contender chosen, or tieEdge when none was
        QString chosenName;
        /// MADR's date: the decision's, or else the workshop's.
        QDate date;
        /// An option was chosen, and it is not the computed verdict.
        bool differsFromVerdict = false;
    };

    /// From the session: its decision model (answers, importance, scores), notes and client.
    static ReportModel build(const WorkshopSession &session);

    QString title; // the pack's
    QString language; // the pack's, for <html lang>
    QString packId;
    QString packVersion;
    QDate packUpdated;
    QDate date; // the workshop's
    QStringList client; // name and organisation, those given

    Core::Decision computed; // the one model's decision, with what would change it
    int outcome = tieEdge;
    QString outcomeName; // "Django" or "Either — it depends"
    QString verdictLine; // "Verdict: Django"
    QString scoresLine; // "Django 62.0% · FastAPI 55.1%"
    QString leadLine; // "Django leads FastAPI by 6.9 points, more than the tie margin of 5 points."
    QStringList ruledOut; // why a contender is out, one sentence each
    int answered = 0;
    int visible = 0;
    qsizetype criteriaCount = 0;
    QList<VerdictText::ReasonLine> reasons;
    QStringList changes; // what would change it by answers, one sentence each
    QStringList weightChanges; // the smallest change of one importance that flips it, per category that can
    QList<Sensitivity> sensitivity; // per category with criteria
    Decision decision; // the decision taken

    QList<Contender> contenders;
    QList<Category> categories;
    QList<QuestionAnswer> answers; // the visible questions
    QList<Note> notes;
    QList<Source> sources; // each URL once, in pack order
    Publisher publisher; // the pack's; no name: none
    QStringList closest; // the contenders whose scores are too close to call, when the outcome is a tie
};

} // namespace Versus::Core

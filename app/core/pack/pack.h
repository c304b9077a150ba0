#pragma once

#include "core/inquiry/deliveryprofile.h"
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Versus::Core {

/// The index of no contender: a tie, or no verdict.
inline constexpr int tieEdge = -1;
/// EdgeRole's value for a row where several contenders share the lead.
inline constexpr int sharedEdge = -3;

/// Who leads on a row: one contender, several that share the lead (a pack of three or
/// four contenders), or nobody (a tie).
struct Edge {
    QList<int> leaders; // contender indexes, ascending; empty for a tie

    static Edge tie() { return {}; }
    static Edge of(int contender) { return {{contender}}; }
    bool isTie() const { return leaders.isEmpty(); }
    bool isShared() const { return leaders.size() > 1; }
    bool leads(int contender) const { return leaders.contains(contender); }
    /// The one leader, tieEdge, or sharedEdge (as EdgeRole gives it).
    int single() const { return isTie() ? tieEdge : isShared() ? sharedEdge : leaders.first(); }

    friend bool operator==(const Edge &, const Edge &) = default;
};

struct Source {
    QString title;
    QUrl url;
    QString asOf; // as written: YYYY-MM-DD or YYYY-MM
    QDate asOfDate; // the first day the text can mean

    /// Older than maxAgeMonths on today ("may be outdated"): a month-precision date counts from
    /// the end of its month.
    bool isOutdated(int maxAgeMonths, const QDate &today) const;
};

struct Contender {
    QString id;
    QString name;
    QString tagline;
    QUrl homepage;
    QString licence;
    QString firstRelease;
};

struct Category {
    QString id;
    QString name;
    QString description;
    int importance = 3; // 0 to 5: how much it counts before any answer (versus-pack/2)
};

struct SummaryRow {
    QString id;
    QString criterion;
    QStringList values; // one per contender, in contender order
    Edge edge;
    QString note;
};

struct RatedValue {
    QString text;
    int rating = 0; // 0 to 5
};

struct Criterion {
    QString id;
    int category = 0; // index into Pack::categories
    QString criterion;
    QList<RatedValue> values; // one per contender
    Edge edge;
    QString explanation; // Markdown
    QList<Source> sources;
    QStringList aliases; // other words for it, for search
    /// About the client's situation rather than a generic quality: checklist answers may set its ratings.
    bool context = false;
};

struct Verdict {
    QString summary;
    QList<QStringList> chooseWhen; // one list per contender
};

/// An option's effect on one category: its importance becomes level (0 to 5).
struct ImportanceEffect {
    int category = 0;
    int level = 0;
};

/// A must-have: a contender rated below atLeast on the criterion is ruled out.
struct MustHave {
    int criterion = 0; // not a context criterion
    int atLeast = 1; // 1 to 5
};

/// An option's effect on a context criterion: its ratings, one per contender.
struct RatingEffect {
    int criterion = 0; // a context criterion
    QList<int> ratings; // one per contender, 0 to 5
};

struct Option {
    QString id;
    QString label;
    QList<ImportanceEffect> importance;
    QList<MustHave> mustHave;
    QList<RatingEffect> ratings;
    QList<int> criteria; // indexes into Pack::criteria ("see also")
    bool hasEffect() const { return !importance.isEmpty() || !mustHave.isEmpty() || !ratings.isEmpty(); }
};

struct ShowIf {
    int question = 0; // an earlier question
    int option = 0; // one of its options
};

struct Question {
    QString id;
    QString text;
    QString help;
    bool multi = false;
    QList<Option> options;
    std::optional<ShowIf> showIf;
};

struct Checklist {
    /// The lead, as a share of the 0 to 100 score scale, that the leader must exceed to be the verdict.
    double tieMargin = 0.05;
    QList<Question> questions;
};

struct FaqEntry {
    QString id;
    QString question;
    QString answer; // Markdown
    QStringList tags;
    QStringList aliases; // other words for it, for search
};

struct FieldOption {
    QString id;
    QString label;
};

struct InquiryField {
    enum class Type { Text, Email, Multiline, Choice, Checkbox };
    QString id;
    QString label;
    QString help;
    Type type = Type::Text;
    bool required = false;
    int maxLength = 0;
    QList<FieldOption> options;
};

struct InquiryForm {
    QString title;
    QString intro;
    QStringList promises; // the consultancy's promises, shown on the form ("We'll respond within 24 hours")
    QUrl endpoint;
    DeliveryProfile delivery; // how inquiries go to the endpoint; sendAs from the fields
    QString consent;
    QList<InquiryField> fields;
};

/// Who made the pack, shown with it (Head-to-head, the inquiry form, every report).
struct Publisher {
    QString name; // empty: no publisher, nothing is shown (the built-in pack)
    QUrl website;
    QString contact;
    QString accent; // "#rrggbb", or empty
    QByteArray logo; // checked SVG or PNG bytes; empty when none or unusable
    QString logoType; // "image/svg+xml" or "image/png"
};

/// A content pack: everything Versus shows comes from one of these.
struct Pack {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::Pack)

public:
    /// The format the file was written in: 2, or 1 for a versus-pack/1 pack migrated on load.
    int formatVersion = 2;
    QString id;
    QString title;
    QString subtitle;
    QString version;
    QDate updated;
    QString language;
    QString author;
    QList<Contender> contenders;
    QList<Category> categories;
    QList<SummaryRow> summary;
    QList<Criterion> criteria;
    Verdict verdict;
    Checklist checklist;
    QList<FaqEntry> faq;
    InquiryForm inquiry;
    QList<QStringList> synonyms; // groups of equivalent search terms
    Publisher publisher;

    // id -> index, filled by the loader
    QHash<QString, int> criterionIndex;
    QHash<QString, int> questionIndex;
    QHash<QString, int> faqIndex;

    int contenderIndex(const QString &contenderId) const;
    int categoryIndex(const QString &categoryId) const;
    /// The leading contender's name, or "Tie".
    QString edgeName(int edge) const;
    /// The leader's name, the names of those sharing the lead ("Tea and Coffee"), or "Tie".
    QString edgeName(const Edge &edge) const;
    /// Number of distinct source URLs over all criteria.
    int distinctSourceCount() const;
};

} // namespace Versus::Core

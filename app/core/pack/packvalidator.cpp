#include "core/pack/packvalidator.h"

#include "core/inquiry/outbox.h"
#include "core/pack/publisherlogo.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

// The keys of a pack's root object (as validate() gives them to checkKeys()).
constexpr std::array<std::string_view, 19> rootKeys{"$schema",    "format",  "id",       "title",    "subtitle",
                                                    "version",    "updated", "language", "author",   "contenders",
                                                    "categories", "summary", "criteria", "verdict",  "checklist",
                                                    "faq",        "inquiry", "synonyms", "publisher"};

QString keyString(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

} // namespace

PackValidator::PackValidator(const JsonDocument &doc, QString fileName)
    : JsonReader(doc, fileName, maxErrors, maxWarnings)
    , m_doc(doc)
    , m_fileName(std::move(fileName))
{
    acceptCommentKey("$comment");
}

void PackValidator::noteMarkdown(const Node &node, const JsonPath &path, const QString &text)
{
    // Only texts with internal links need checking once every id is known.
    if (text.contains(u"versus:"_s))
        m_markdown.append({&node, path.toString(), text});
}

void PackValidator::contenderMap(const Node &object, const JsonPath &path, std::string_view key, Contenders which,
                                 const ContenderValue &each)
{
    const Node *map = member(object, path, key, Required);
    const JsonPath p(path, key);
    if (!map || !expect(*map, p, Type::Object))
        return;
    QList<bool> present(m_contenderIds.size(), false);
    forEachMember(*map, p, [&](const Member &m, const Node &value, const JsonPath &vp) {
        const QString name = keyString(m_doc.key(m));
        const int index = static_cast<int>(m_contenderIds.indexOf(name));
        if (index < 0) {
            error(keyNode(m), vp, tr("\"%1\" is not a contender of this pack").arg(name) + didYouMean(name));
            return;
        }
        present[index] = true;
        each(index, value, vp);
    });
    if (which == Contenders::Some)
        return;
    for (int i = 0; i < m_contenderIds.size(); ++i) {
        if (!present[i] && !m_contenderIds[i].isEmpty())
            error(*map, p, tr("missing a value for contender \"%1\"").arg(m_contenderIds[i]));
    }
}

QString PackValidator::didYouMean(const QString &contenderId) const
{
    const QString near = closest(contenderId, m_contenderIds);
    return near.isEmpty() ? QString() : tr("; did you mean \"%1\"?").arg(near);
}

Edge PackValidator::edge(const Node &object, const JsonPath &path)
{
    const Node *n = member(object, path, "edge", Required);
    const JsonPath at(path, "edge");
    if (!n)
        return Edge::tie();
    if (n->type == Type::Array) {
        // Contenders that share the lead, in any order; all of them is a tie.
        Edge shared;
        forEachString(*n, at, 1, static_cast<int>(m_contenderIds.size()), 64,
                      [&](const QString &s, const Node &element, const JsonPath &elementPath) {
                          const int index = static_cast<int>(m_contenderIds.indexOf(s));
                          if (index < 0)
                              error(element, elementPath,
                                    tr("expected a contender id, got %1").arg(got(element)) + didYouMean(s));
                          else if (shared.leads(index))
                              error(element, elementPath, tr("\"%1\" is named twice").arg(s));
                          else
                              shared.leaders.append(index);
                      });
        std::sort(shared.leaders.begin(), shared.leaders.end());
        return shared.leaders.size() == m_contenderIds.size() ? Edge::tie() : shared;
    }
    if (n->type != Type::String) {
        error(*n, at, tr("expected a contender id, a list of contender ids or \"tie\", got %1").arg(got(*n)));
        return Edge::tie();
    }
    const QString s = m_doc.string(*n);
    if (s == u"tie"_s)
        return Edge::tie();
    const int index = static_cast<int>(m_contenderIds.indexOf(s));
    if (index < 0 || s.isEmpty()) {
        error(*n, at,
              tr("expected a contender id, a list of contender ids or \"tie\", got %1").arg(got(*n)) + didYouMean(s));
        return Edge::tie();
    }
    return Edge::of(index);
}

// The edge should name exactly the contenders rated highest (a tie when all are).
void PackValidator::checkEdgeAgainstRatings(const Node &edgeNode, const JsonPath &path, const Criterion &criterion)
{
    int best = 0;
    for (const RatedValue &v : criterion.values)
        best = std::max(best, v.rating);
    Edge rated;
    for (int c = 0; c < criterion.values.size(); ++c) {
        if (criterion.values[c].rating == best)
            rated.leaders.append(c);
    }
    if (rated.leaders.size() == criterion.values.size())
        rated = Edge::tie();
    if (rated == criterion.edge)
        return;
    const auto ids = [this](const Edge &e) {
        QStringList names;
        for (const int c : e.leaders)
            names.append(u'"' + m_contenderIds[c] + u'"');
        return names.join(u", "_s);
    };
    for (const int c : criterion.edge.leaders) {
        if (criterion.values[c].rating < best) {
            warning(edgeNode, path,
                    tr("the edge names \"%1\" (rated %2), but %3 is rated higher (%4)")
                        .arg(m_contenderIds[c])
                        .arg(criterion.values[c].rating)
                        .arg(ids(rated), QString::number(best)));
            return;
        }
    }
    if (rated.isTie()) {
        warning(edgeNode, path,
                tr("the edge names %1, but every contender is rated %2").arg(ids(criterion.edge)).arg(best));
    } else if (criterion.edge.isTie()) {
        warning(edgeNode, path,
                tr("the edge is a tie, but the ratings put %1 ahead (rated %2)").arg(ids(rated)).arg(best));
    } else {
        warning(edgeNode, path,
                tr("the edge names %1, but the ratings put %2 in the lead (rated %3)")
                    .arg(ids(criterion.edge), ids(rated))
                    .arg(best));
    }
}

std::optional<Pack> PackValidator::validate()
{
    const Node &root = m_doc.root();
    if (!expect(root, m_root, Type::Object)) {
        finish();
        return std::nullopt;
    }
    checkKeys(root, m_root,
              {"$schema", "format", "id", "title", "subtitle", "version", "updated", "language", "author", "contenders",
               "categories", "summary", "criteria", "verdict", "checklist", "faq", "inquiry", "synonyms", "publisher"});
    Pack pack;
    readHeader(root, pack);
    // A file that is not a pack would only produce noise past this point.
    if (errorCount() == 0 || m_doc.find(root, "format") || hasOnlyPackKeys(root)) {
        readContenders(root, pack);
        readCategories(root, pack);
        readSummary(root, pack);
        readCriteria(root, pack);
        readVerdict(root, pack);
        readChecklist(root, pack);
        readFaq(root, pack);
        readInquiry(root, pack);
        readSynonyms(root, pack);
        readPublisher(root, pack);
        checkInternalLinks(pack);
        warnTodoMarkers(root, m_root);
    }
    finish();
    if (errorCount() > 0)
        return std::nullopt;
    return pack;
}

bool PackValidator::hasOnlyPackKeys(const Node &root) const
{
    // "{}", or a pack that only lacks its format line: worth every missing key.
    const auto members = m_doc.members(root);
    return std::all_of(members.begin(), members.end(), [&](const Member &m) {
        const auto key = m_doc.key(m);
        return std::find(rootKeys.begin(), rootKeys.end(), key) != rootKeys.end();
    });
}

void PackValidator::warnTodoMarkers(const Node &node, const JsonPath &path)
{
    // The scaffold marks every place to fill with TODO: an unfinished pack must never pass
    // for a finished one, so each marker is a warning (an error with --strict).
    if (node.type == Type::String) {
        if (m_doc.text(node).find("TODO") != std::string_view::npos)
            warning(node, path, tr("still to be written (the text holds TODO)"));
        return;
    }
    qsizetype i = 0;
    for (const auto &m : m_doc.members(node)) {
        const Node &child = m_doc.node(m.node);
        if (node.type == Type::Object && (m_doc.key(m) == "$comment" || m_doc.key(m) == "$schema"))
            continue; // notes for the editor, not text to finish
        if (node.type == Type::Object)
            warnTodoMarkers(child, JsonPath(path, m_doc.key(m)));
        else
            warnTodoMarkers(child, JsonPath(path, i++));
    }
}

void PackValidator::readHeader(const Node &root, Pack &pack)
{
    if (const Node *format = member(root, m_root, "format", Required)) {
        const auto f = format->type == Type::String ? m_doc.text(*format) : std::string_view();
        if (f == "versus-pack/1") {
            pack.formatVersion = 1;
            // One warning for the whole migration; the options' weights are read (and checked) but dropped.
            warning(*format, JsonPath(m_root, "format"),
                    tr("versus-pack/1 pack read as versus-pack/2: the checklist options' \"weights\" (points per "
                       "contender) were dropped and \"tieMargin\" is the default %1, so answers change no verdict "
                       "until the pack is upgraded (see \"Upgrading from versus-pack/1\" in docs/pack-format.md)")
                        .arg(Checklist().tieMargin));
        } else if (f != "versus-pack/2") {
            error(*format, JsonPath(m_root, "format"),
                  tr("expected \"versus-pack/2\", got %1: this version of Versus reads versus-pack/2 packs (and "
                     "versus-pack/1, migrated)")
                      .arg(got(*format)));
        }
    }
    pack.id = id(root, m_root);
    pack.title = text(root, m_root, "title", Required, 200);
    pack.subtitle = text(root, m_root, "subtitle", Optional, 400);
    pack.version = text(root, m_root, "version", Required, 64);
    pack.updated = date(root, m_root, "updated", Required);
    pack.language = text(root, m_root, "language", Required, 35);
    static const QRegularExpression languageTag(u"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);
    if (!pack.language.isEmpty() && !languageTag.match(pack.language).hasMatch())
        error(*m_doc.find(root, "language"), JsonPath(m_root, "language"),
              tr("expected a language tag such as \"en\" or \"pt-BR\", got \"%1\"").arg(pack.language));
    pack.author = text(root, m_root, "author", Optional, 200);
}

void PackValidator::readContenders(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    forEach(member(root, m_root, "contenders", Required), JsonPath(m_root, "contenders"), 2, 4,
            [&](const Node &c, const JsonPath &p) {
                checkKeys(c, p, {"id", "name", "tagline", "homepage", "licence", "firstRelease"});
                Contender contender;
                contender.id = id(c, p);
                uniqueId(seen, contender.id, c, p);
                contender.name = text(c, p, "name", Required, 80);
                contender.tagline = text(c, p, "tagline", Optional, 400);
                contender.homepage = url(c, p, "homepage", Optional);
                contender.licence = text(c, p, "licence", Optional, 120);
                if (const Node *first = member(c, p, "firstRelease", Optional)) {
                    const QString s = string(*first, JsonPath(p, "firstRelease"), 10);
                    const bool ok = QDate::fromString(s, u"yyyy-MM-dd"_s).isValid()
                        || QDate::fromString(s, u"yyyy-MM"_s).isValid() || QDate::fromString(s, u"yyyy"_s).isValid();
                    if (!s.isNull() && !ok)
                        error(*first, JsonPath(p, "firstRelease"),
                              tr("expected a date YYYY, YYYY-MM or YYYY-MM-DD, got %1").arg(got(*first)));
                    contender.firstRelease = s;
                }
                pack.contenders.append(contender);
            });
    for (const auto &c : std::as_const(pack.contenders))
        m_contenderIds.append(c.id);
    rememberUnreadContenders(root);
}

void PackValidator::rememberUnreadContenders(const Node &root)
{
    // Too many contenders: the list is refused, but its ids are still the keys of every
    // contender map, so that one error does not become one per map.
    const Node *list = m_doc.find(root, "contenders");
    if (!m_contenderIds.isEmpty() || !list || list->type != Type::Array)
        return;
    for (const auto &m : m_doc.members(*list)) {
        const Node *contenderId = m_doc.find(m_doc.node(m.node), "id");
        m_contenderIds.append(contenderId && contenderId->type == Type::String ? m_doc.string(*contenderId)
                                                                               : QString());
    }
}

void PackValidator::readCategories(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    forEach(member(root, m_root, "categories", Required), JsonPath(m_root, "categories"), 1, 200,
            [&](const Node &c, const JsonPath &p) {
                checkKeys(c, p, {"id", "name", "description", "importance"});
                Category category;
                category.id = id(c, p);
                uniqueId(seen, category.id, c, p);
                category.name = text(c, p, "name", Required, 120);
                category.description = text(c, p, "description", Optional);
                if (const Node *importance = member(c, p, "importance", Optional))
                    category.importance
                        = integer(*importance, JsonPath(p, "importance"), 0, 5).value_or(category.importance);
                pack.categories.append(category);
            });
}

void PackValidator::readSummary(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    forEach(member(root, m_root, "summary", Required), JsonPath(m_root, "summary"), 1, 1000,
            [&](const Node &r, const JsonPath &p) {
                checkKeys(r, p, {"id", "criterion", "values", "edge", "note"});
                SummaryRow row;
                row.id = id(r, p);
                uniqueId(seen, row.id, r, p);
                row.criterion = text(r, p, "criterion", Required, 200);
                row.values.resize(m_contenderIds.size());
                contenderMap(r, p, "values", Contenders::All,
                             [&](int contender, const Node &value, const JsonPath &vp) {
                                 row.values[contender] = string(value, vp);
                             });
                row.edge = edge(r, p);
                row.note = text(r, p, "note", Optional);
                pack.summary.append(row);
            });
}

void PackValidator::readCriteria(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    // Up to 200 categories and 20,000 criteria: looked up, not searched for, per criterion.
    QHash<QString, int> categoryIndex;
    for (int i = 0; i < pack.categories.size(); ++i) {
        if (!categoryIndex.contains(pack.categories[i].id)) // the first of a repeated id, as Pack::categoryIndex
            categoryIndex.insert(pack.categories[i].id, i);
    }
    const Node *criteria = member(root, m_root, "criteria", Required);
    if (criteria)
        pack.criteria.reserve(criteria->count);
    forEach(criteria, JsonPath(m_root, "criteria"), 1, 20000, [&](const Node &c, const JsonPath &p) {
        checkKeys(c, p,
                  {"id", "category", "criterion", "values", "edge", "explanation", "sources", "aliases", "context"});
        Criterion criterion;
        criterion.id = id(c, p);
        uniqueId(seen, criterion.id, c, p);
        if (const Node *cat = member(c, p, "category", Required)) {
            const QString catId = string(*cat, JsonPath(p, "category"), 64);
            criterion.category = categoryIndex.value(catId, -1);
            if (!catId.isNull() && criterion.category < 0)
                error(*cat, JsonPath(p, "category"), tr("no category has the id \"%1\"").arg(catId));
        }
        criterion.criterion = text(c, p, "criterion", Required, 200);
        criterion.values.resize(m_contenderIds.size());
        contenderMap(c, p, "values", Contenders::All, [&](int contender, const Node &value, const JsonPath &vp) {
            if (!expect(value, vp, Type::Object))
                return;
            checkKeys(value, vp, {"text", "rating"});
            criterion.values[contender].text = text(value, vp, "text", Required);
            if (const Node *rating = member(value, vp, "rating", Required))
                criterion.values[contender].rating = integer(*rating, JsonPath(vp, "rating"), 0, 5).value_or(-1);
        });
        criterion.edge = edge(c, p);
        const bool ratingsValid = std::all_of(criterion.values.cbegin(), criterion.values.cend(),
                                              [](const RatedValue &v) { return v.rating >= 0; });
        if (const Node *e = m_doc.find(c, "edge"); e && ratingsValid && !criterion.values.isEmpty())
            checkEdgeAgainstRatings(*e, JsonPath(p, "edge"), criterion);
        criterion.explanation = text(c, p, "explanation", Required);
        if (const Node *ex = m_doc.find(c, "explanation"); ex && !criterion.explanation.isEmpty())
            noteMarkdown(*ex, JsonPath(p, "explanation"), criterion.explanation);
        if (const Node *context = member(c, p, "context", Optional))
            criterion.context = boolean(*context, JsonPath(p, "context")).value_or(false);
        // A context criterion rates the client's situation: the pack's ratings are only a default.
        forEach(member(c, p, "sources", Required), JsonPath(p, "sources"), criterion.context ? 0 : 1, 50,
                [&](const Node &s, const JsonPath &sp) {
                    checkKeys(s, sp, {"title", "url", "asOf"});
                    Source source;
                    source.title = text(s, sp, "title", Required, 300);
                    source.url = url(s, sp, "url", Required);
                    source.asOfDate = date(s, sp, "asOf", Required, DayPart::Optional, &source.asOf);
                    criterion.sources.append(source);
                });
        criterion.aliases = aliases(c, p);
        if (criterion.category < 0)
            criterion.category = 0;
        pack.criterionIndex.insert(criterion.id, static_cast<int>(pack.criteria.size()));
        pack.criteria.append(criterion);
    });
}

void PackValidator::readVerdict(const Node &root, Pack &pack)
{
    const Node *v = member(root, m_root, "verdict", Required);
    const JsonPath vpath(m_root, "verdict");
    if (!v || !expect(*v, vpath, Type::Object))
        return;
    checkKeys(*v, vpath, {"summary", "chooseWhen"});
    pack.verdict.summary = text(*v, vpath, "summary", Required);
    pack.verdict.chooseWhen.resize(m_contenderIds.size());
    contenderMap(*v, vpath, "chooseWhen", Contenders::All, [&](int contender, const Node &list, const JsonPath &lp) {
        pack.verdict.chooseWhen[contender] = stringArray(list, lp, 1, 50, 1000);
    });
}

void PackValidator::readChecklist(const Node &root, Pack &pack)
{
    const Node *cl = member(root, m_root, "checklist", Required);
    const JsonPath checklistPath(m_root, "checklist");
    if (!cl || !expect(*cl, checklistPath, Type::Object))
        return;
    checkKeys(*cl, checklistPath, {"tieMargin", "questions"});
    if (const Node *tie = member(*cl, checklistPath, "tieMargin", Optional)) {
        const double margin
            = number(*tie, JsonPath(checklistPath, "tieMargin"), 0, 1).value_or(pack.checklist.tieMargin);
        if (pack.formatVersion >= 2) // a versus-pack/1 margin measured checklist points
            pack.checklist.tieMargin = margin;
    }
    QHash<QString, qsizetype> seen;
    forEach(
        member(*cl, checklistPath, "questions", Required), JsonPath(checklistPath, "questions"), 1, 500,
        [&](const Node &q, const JsonPath &p) {
            checkKeys(q, p, {"id", "text", "help", "kind", "options", "showIf"});
            Question question;
            question.id = id(q, p);
            uniqueId(seen, question.id, q, p);
            question.text = text(q, p, "text", Required, 500);
            question.help = text(q, p, "help", Optional);
            if (const Node *kind = member(q, p, "kind", Required)) {
                const auto k = kind->type == Type::String ? m_doc.text(*kind) : std::string_view();
                if (k != "single" && k != "multi")
                    error(*kind, JsonPath(p, "kind"), tr("expected \"single\" or \"multi\", got %1").arg(got(*kind)));
                question.multi = k == "multi";
            }
            QHash<QString, qsizetype> optionIds;
            forEach(
                member(q, p, "options", Required), JsonPath(p, "options"), 2, 20,
                [&](const Node &o, const JsonPath &op) {
                    Option option;
                    if (pack.formatVersion == 1) {
                        checkKeys(o, op, {"id", "label", "weights", "criteria"});
                        contenderMap(o, op, "weights", Contenders::Some,
                                     [&](int, const Node &weight, const JsonPath &wp) { integer(weight, wp, -3, 3); });
                    } else {
                        checkKeys(o, op, {"id", "label", "importance", "mustHave", "ratings", "criteria", "weights"});
                        readOptionEffects(o, op, pack, option);
                    }
                    option.id = id(o, op);
                    uniqueId(optionIds, option.id, o, op);
                    option.label = text(o, op, "label", Required, 300);
                    if (const Node *refs = member(o, op, "criteria", Optional))
                        forEachString(*refs, JsonPath(op, "criteria"), 0, unlimited, 64,
                                      [&](const QString &ref, const Node &element, const JsonPath &rp) {
                                          const int index = pack.criterionIndex.value(ref, -1);
                                          if (index < 0)
                                              error(element, rp, tr("no criterion has the id \"%1\"").arg(ref));
                                          else
                                              option.criteria.append(index);
                                      });
                    question.options.append(option);
                });
            if (const Node *si = member(q, p, "showIf", Optional);
                si && expect(*si, JsonPath(p, "showIf"), Type::Object)) {
                const JsonPath sp(p, "showIf");
                checkKeys(*si, sp, {"question", "answer"});
                const QString qid = text(*si, sp, "question", Required, 64);
                const QString aid = text(*si, sp, "answer", Required, 64);
                const int qi = pack.questionIndex.value(qid, -1);
                if (!qid.isEmpty() && qi < 0) {
                    error(*m_doc.find(*si, "question"), JsonPath(sp, "question"),
                          tr("no earlier question has the id \"%1\" (showIf may only refer to questions before it)")
                              .arg(qid));
                } else if (qi >= 0) {
                    const auto &options = pack.checklist.questions[qi].options;
                    const auto it
                        = std::find_if(options.cbegin(), options.cend(), [&](const Option &o) { return o.id == aid; });
                    if (it == options.cend() && !aid.isEmpty())
                        error(*m_doc.find(*si, "answer"), JsonPath(sp, "answer"),
                              tr("question \"%1\" has no option \"%2\"").arg(qid, aid));
                    else if (it != options.cend())
                        question.showIf = ShowIf{qi, static_cast<int>(it - options.cbegin())};
                }
            }
            if (!question.id.isEmpty() && !pack.questionIndex.contains(question.id))
                pack.questionIndex.insert(question.id, static_cast<int>(pack.checklist.questions.size()));
            pack.checklist.questions.append(question);
        });
}

void PackValidator::readOptionEffects(const Node &o, const JsonPath &op, const Pack &pack, Option &option)
{
    if (const Node *weights = m_doc.find(o, "weights"))
        error(*weights, JsonPath(op, "weights"),
              tr("points per contender are versus-pack/1; a versus-pack/2 option sets \"importance\", "
                 "\"mustHave\" or \"ratings\""));
    if (const Node *importance = member(o, op, "importance", Optional);
        importance && expect(*importance, JsonPath(op, "importance"), Type::Object)) {
        forEachMember(*importance, JsonPath(op, "importance"), [&](const Member &m, const Node &v, const JsonPath &vp) {
            const QString catId = keyString(m_doc.key(m));
            const int category = pack.categoryIndex(catId);
            if (category < 0) {
                error(v, vp, tr("no category has the id \"%1\"").arg(catId));
                return;
            }
            if (const auto level = integer(v, vp, 0, 5))
                option.importance.append({category, *level});
        });
    }
    forEach(member(o, op, "mustHave", Optional), JsonPath(op, "mustHave"), 0, 20,
            [&](const Node &m, const JsonPath &mp) {
                checkKeys(m, mp, {"criterion", "atLeast"});
                const QString ref = text(m, mp, "criterion", Required, 64);
                const int criterion = pack.criterionIndex.value(ref, -1);
                if (!ref.isEmpty() && criterion < 0)
                    error(*m_doc.find(m, "criterion"), JsonPath(mp, "criterion"),
                          tr("no criterion has the id \"%1\"").arg(ref));
                else if (criterion >= 0 && pack.criteria[criterion].context)
                    error(*m_doc.find(m, "criterion"), JsonPath(mp, "criterion"),
                          tr("\"%1\" is a context criterion, whose ratings answers set: a must-have names a rated "
                             "criterion")
                              .arg(ref));
                const Node *at = member(m, mp, "atLeast", Required);
                const auto atLeast = at ? integer(*at, JsonPath(mp, "atLeast"), 1, 5) : std::nullopt;
                if (criterion >= 0 && atLeast)
                    option.mustHave.append({criterion, *atLeast});
            });
    if (const Node *ratings = member(o, op, "ratings", Optional);
        ratings && expect(*ratings, JsonPath(op, "ratings"), Type::Object)) {
        forEachMember(*ratings, JsonPath(op, "ratings"), [&](const Member &m, const Node &v, const JsonPath &vp) {
            const QString ref = keyString(m_doc.key(m));
            const int criterion = pack.criterionIndex.value(ref, -1);
            if (criterion < 0) {
                error(v, vp, tr("no criterion has the id \"%1\"").arg(ref));
                return;
            }
            if (!pack.criteria[criterion].context) {
                error(v, vp,
                      tr("\"%1\" is not a context criterion: only a criterion with \"context\": true takes its "
                         "ratings from answers")
                          .arg(ref));
                return;
            }
            RatingEffect effect{criterion, QList<int>(m_contenderIds.size(), 0)};
            if (!expect(v, vp, Type::Object))
                return;
            QList<bool> present(m_contenderIds.size(), false);
            forEachMember(v, vp, [&](const Member &cm, const Node &rating, const JsonPath &rp) {
                const int contender = static_cast<int>(m_contenderIds.indexOf(keyString(m_doc.key(cm))));
                if (contender < 0) {
                    error(keyNode(cm), rp, tr("\"%1\" is not a contender of this pack").arg(keyString(m_doc.key(cm))));
                    return;
                }
                present[contender] = true;
                effect.ratings[contender] = integer(rating, rp, 0, 5).value_or(0);
            });
            if (present.contains(false))
                error(v, vp, tr("a context rating needs a value for every contender"));
            else
                option.ratings.append(effect);
        });
    }
}

void PackValidator::readFaq(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    forEach(member(root, m_root, "faq", Required), JsonPath(m_root, "faq"), 0, 5000,
            [&](const Node &f, const JsonPath &p) {
                checkKeys(f, p, {"id", "question", "answer", "tags", "aliases"});
                FaqEntry entry;
                entry.id = id(f, p);
                uniqueId(seen, entry.id, f, p);
                entry.question = text(f, p, "question", Required, 500);
                entry.answer = text(f, p, "answer", Required);
                if (const Node *a = m_doc.find(f, "answer"); a && !entry.answer.isEmpty())
                    noteMarkdown(*a, JsonPath(p, "answer"), entry.answer);
                if (const Node *tags = member(f, p, "tags", Optional)) {
                    for (const QString &tag : stringArray(*tags, JsonPath(p, "tags"), 0, 20, 40)) {
                        if (!tag.isEmpty() && !entry.tags.contains(tag))
                            entry.tags.append(tag);
                    }
                }
                entry.aliases = aliases(f, p);
                if (!entry.id.isEmpty())
                    pack.faqIndex.insert(entry.id, static_cast<int>(pack.faq.size()));
                pack.faq.append(entry);
            });
}

QStringList PackValidator::aliases(const Node &object, const JsonPath &path)
{
    QStringList out;
    if (const Node *list = member(object, path, "aliases", Optional)) {
        for (const QString &alias : stringArray(*list, JsonPath(path, "aliases"), 0, maxAliases, maxTermLength)) {
            if (!alias.trimmed().isEmpty() && !out.contains(alias))
                out.append(alias);
        }
    }
    return out;
}

// "synonyms": [["websocket", "web socket", "ws"], …]: each list holds terms that mean the same.
void PackValidator::readSynonyms(const Node &root, Pack &pack)
{
    const Node *groups = member(root, m_root, "synonyms", Optional);
    const JsonPath path(m_root, "synonyms");
    if (!groups || !expect(*groups, path, Type::Array))
        return;
    if (groups->count > maxSynonymGroups) {
        error(*groups, path,
              tr("expected at most %1 lists of synonyms, got %2").arg(maxSynonymGroups).arg(groups->count));
        return;
    }
    qsizetype i = 0;
    for (const auto &m : m_doc.members(*groups)) {
        const Node &group = m_doc.node(m.node);
        const JsonPath at(path, i++);
        QStringList terms;
        for (const QString &term : stringArray(group, at, 2, maxAliases, maxTermLength)) {
            if (!term.trimmed().isEmpty() && !terms.contains(term))
                terms.append(term);
        }
        if (terms.size() > 1)
            pack.synonyms.append(terms);
    }
}

void PackValidator::readInquiry(const Node &root, Pack &pack)
{
    const Node *inq = member(root, m_root, "inquiry", Required);
    const JsonPath ip(m_root, "inquiry");
    if (!inq || !expect(*inq, ip, Type::Object))
        return;
    checkKeys(*inq, ip, {"title", "intro", "promises", "endpoint", "delivery", "consent", "fields"});
    auto &form = pack.inquiry;
    form.title = text(*inq, ip, "title", Required, 200);
    form.intro = text(*inq, ip, "intro", Optional);
    if (const Node *promises = member(*inq, ip, "promises", Optional))
        form.promises = stringArray(*promises, JsonPath(ip, "promises"), 0, 5, 200);
    form.endpoint = url(*inq, ip, "endpoint", Optional);
    checkEndpointIsSecure(*inq, ip, form.endpoint);
    form.consent = text(*inq, ip, "consent", Optional);
    QHash<QString, qsizetype> seen;
    forEach(member(*inq, ip, "fields", Required), JsonPath(ip, "fields"), 1, 50, [&](const Node &f, const JsonPath &p) {
        checkKeys(f, p, {"id", "label", "help", "type", "required", "maxLength", "options", "sendAs"});
        InquiryField field;
        field.id = id(f, p);
        if (const QString name = text(f, p, "sendAs", Optional, 100); !name.isEmpty())
            form.delivery.sendAs.insert(field.id, name);
        uniqueId(seen, field.id, f, p);
        // A web-form body also carries the inquiry's id and the verdict under these names.
        if (field.id == u"id"_s || field.id == u"verdict"_s)
            error(*member(f, p, "id", Optional), JsonPath(p, "id"),
                  tr("\"%1\" is reserved for the inquiry itself; choose another id").arg(field.id));
        field.label = text(f, p, "label", Required, 1000);
        field.help = text(f, p, "help", Optional, 1000);
        if (const Node *type = member(f, p, "type", Required)) {
            static const QHash<QString, InquiryField::Type> types{{u"text"_s, InquiryField::Type::Text},
                                                                  {u"email"_s, InquiryField::Type::Email},
                                                                  {u"multiline"_s, InquiryField::Type::Multiline},
                                                                  {u"choice"_s, InquiryField::Type::Choice},
                                                                  {u"checkbox"_s, InquiryField::Type::Checkbox}};
            const QString t = type->type == Type::String ? m_doc.string(*type) : QString();
            if (!types.contains(t))
                error(*type, JsonPath(p, "type"),
                      tr("expected one of \"text\", \"email\", \"multiline\", \"choice\", \"checkbox\", got %1")
                          .arg(got(*type)));
            field.type = types.value(t, InquiryField::Type::Text);
        }
        if (const Node *req = member(f, p, "required", Optional))
            field.required = boolean(*req, JsonPath(p, "required")).value_or(field.required);
        const bool multiline = field.type == InquiryField::Type::Multiline;
        field.maxLength = multiline ? maxTextLength : 200;
        if (const Node *max = member(f, p, "maxLength", Optional))
            field.maxLength = integer(*max, JsonPath(p, "maxLength"), 1, maxTextLength).value_or(field.maxLength);
        const Node *options = member(f, p, "options", Optional);
        if (field.type == InquiryField::Type::Choice) {
            QHash<QString, qsizetype> optionIds;
            if (!options)
                error(f, p, tr("missing required key \"options\" (a choice field needs options)"));
            forEach(options, JsonPath(p, "options"), 1, 50, [&](const Node &o, const JsonPath &op) {
                checkKeys(o, op, {"id", "label"});
                FieldOption option{id(o, op), text(o, op, "label", Required, 300)};
                uniqueId(optionIds, option.id, o, op);
                field.options.append(option);
            });
        } else if (options && isKnownFieldType(f)) { // an unknown type was reported already
            error(*options, JsonPath(p, "options"), tr("only a field of type \"choice\" has options"));
        }
        form.fields.append(field);
    });
    readDelivery(*inq, ip, pack);
}

void PackValidator::readDelivery(const Node &inquiry, const JsonPath &path, Pack &pack)
{
    DeliveryProfile &d = pack.inquiry.delivery;
    // What the receiver is told when the pack says nothing: the pack's title, the first email field.
    d.pageName = pack.title;
    for (const InquiryField &field : std::as_const(pack.inquiry.fields)) {
        if (field.type == InquiryField::Type::Email) {
            d.replyTo = field.id;
            break;
        }
    }
    const Node *node = member(inquiry, path, "delivery", Optional);
    const JsonPath p(path, "delivery");
    if (!node
        || !object(*node, p,
                   {"profile", "shape", "auth", "authHeader", "extraFields", "replyTo", "pageName", "idField",
                    "verdictField"}))
        return;
    const auto oneOf = [&](std::string_view key, const QStringList &choices) {
        const Node *v = member(*node, p, key, Optional);
        if (!v)
            return QString();
        QString s = string(*v, JsonPath(p, key), 40);
        if (!choices.contains(s))
            error(*v, JsonPath(p, key),
                  tr("expected one of %1, got %2").arg(u"\""_s + choices.join(u"\", \""_s) + u'"', got(*v)));
        return s;
    };
    d.format = inquiryFormatFromName(oneOf("profile", inquiryFormatNames()));
    d.shape = DeliveryProfile::shapeFromName(oneOf("shape", {u"nested"_s, u"flat"_s}));
    d.auth = DeliveryProfile::authFromName(oneOf("auth", {u"bearer"_s, u"header"_s, u"basic"_s}));
    d.authHeader = text(*node, p, "authHeader", Optional, 100);
    if (d.auth == DeliveryProfile::Auth::Header && d.authHeader.isEmpty())
        error(*node, p, tr("\"auth\": \"header\" needs \"authHeader\", the header's name"));
    if (const Node *extras = member(*node, p, "extraFields", Optional)) {
        if (expect(*extras, JsonPath(p, "extraFields"), Type::Object))
            forEachMember(*extras, JsonPath(p, "extraFields"),
                          [&](const Member &m, const Node &value, const JsonPath &vp) {
                              d.extraFields.append({keyString(m_doc.key(m)), string(value, vp, 1000)});
                          });
    }
    if (const QString replyTo = text(*node, p, "replyTo", Optional, 64); !replyTo.isEmpty()) {
        const bool known = std::any_of(pack.inquiry.fields.cbegin(), pack.inquiry.fields.cend(),
                                       [&](const InquiryField &f) { return f.id == replyTo; });
        if (!known)
            error(*member(*node, p, "replyTo", Optional), JsonPath(p, "replyTo"),
                  tr("\"%1\" is not a field of this form").arg(replyTo));
        d.replyTo = replyTo;
    }
    if (const QString pageName = text(*node, p, "pageName", Optional, 200); !pageName.isEmpty())
        d.pageName = pageName;
    if (member(*node, p, "idField", Optional))
        d.idField = text(*node, p, "idField", Optional, 100);
    if (member(*node, p, "verdictField", Optional))
        d.verdictField = text(*node, p, "verdictField", Optional, 100);
}

bool PackValidator::isKnownFieldType(const Node &field) const
{
    const Node *type = m_doc.find(field, "type");
    if (!type || type->type != Type::String)
        return false;
    const auto t = m_doc.text(*type);
    return t == "text" || t == "email" || t == "multiline" || t == "choice" || t == "checkbox";
}

void PackValidator::checkEndpointIsSecure(const Node &inquiry, const JsonPath &path, const QUrl &endpoint)
{
    // The outbox refuses plain http off this computer; say so when the pack is checked,
    // not when the first inquiry fails to leave.
    if (endpoint.isEmpty() || endpoint.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0
        || Outbox::isLoopback(endpoint))
        return;
    error(*m_doc.find(inquiry, "endpoint"), JsonPath(path, "endpoint"),
          tr("inquiries are only sent over https (or http to this computer); use https://%1")
              .arg(endpoint.toDisplayString(QUrl::RemoveScheme).mid(2)));
}

void PackValidator::readPublisher(const Node &root, Pack &pack)
{
    const Node *node = member(root, m_root, "publisher", Optional);
    const JsonPath path(m_root, "publisher");
    if (!node || !object(*node, path, {"name", "website", "contact", "accent", "logo"}))
        return;
    Publisher &publisher = pack.publisher;
    publisher.name = text(*node, path, "name", Required, 120);
    publisher.website = url(*node, path, "website", Optional);
    publisher.contact = text(*node, path, "contact", Optional, 200);
    publisher.accent = text(*node, path, "accent", Optional, 7);
    static const QRegularExpression colour(u"^#[0-9A-Fa-f]{6}$"_s);
    if (!publisher.accent.isNull() && !colour.match(publisher.accent).hasMatch()) {
        error(*m_doc.find(*node, "accent"), JsonPath(path, "accent"),
              tr("expected a colour such as \"#1f6feb\", got \"%1\"").arg(publisher.accent));
        publisher.accent.clear();
    }
    publisher.accent = publisher.accent.toLower();
    const QString logo = text(*node, path, "logo", Optional, static_cast<int>(PublisherLogo::maxBytes * 2));
    if (logo.isEmpty())
        return;
    // A logo that cannot be shown is never a reason to refuse the pack.
    const auto read = PublisherLogo::read(logo, m_fileName);
    if (!read.problem.isEmpty())
        warning(*m_doc.find(*node, "logo"), JsonPath(path, "logo"), tr("the logo is not shown: %1").arg(read.problem));
    publisher.logo = read.bytes;
    publisher.logoType = read.type;
}

void PackValidator::checkInternalLinks(const Pack &pack)
{
    static const QRegularExpression link(u"versus:([a-z]*)/([^)\\s\"'>]*)"_s);
    for (const auto &md : std::as_const(m_markdown)) {
        for (auto it = link.globalMatch(md.text); it.hasNext();) {
            const auto m = it.next();
            const QString kind = m.captured(1);
            const QString target = m.captured(2);
            const bool ok = (kind == u"criterion"_s && pack.criterionIndex.contains(target))
                || (kind == u"faq"_s && pack.faqIndex.contains(target));
            if (!ok)
                report(
                    Diagnostic::Severity::Error, md.node->offset, md.pointer,
                    tr("the link \"%1\" leads nowhere (use versus:criterion/ID or versus:faq/ID with an existing id)")
                        .arg(m.captured(0)));
        }
    }
}

} // namespace Versus::Core

#include "core/pack/packloader.h"
#include "core/search/searchindex.h"
#include "core/search/searchresultsmodel.h"
#include "core/text/textfold.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QPoint>
#include <QSignalSpy>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {
// A pack whose texts exercise the matching rules; built in code to keep each case visible.
std::shared_ptr<const Pack> searchPack()
{
    auto pack
        = std::make_shared<Pack>(*PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json")).pack);
    pack->criteria[0].criterion = u"Résumé parsing"_s;
    pack->criteria[0].explanation = u"Handles a CV; see also the café."_s;
    pack->criteria[1].criterion = u"Aroma"_s;
    pack->criteria[1].explanation = u"Mentions résumé in passing; drf-spectacular, too."_s;
    pack->criteria[2].criterion = u"Caffeine dose"_s;
    pack->criteria[2].explanation = u"Validation of the dosage."_s;
    pack->faq[0].question = u"Is validation built in?"_s;
    pack->faq[0].answer = u"Yes, Pydantic validates requests."_s;
    pack->faq[1].question = u"When should I drink it?"_s;
    pack->faq[1].answer = u"Validators and validating are words too."_s;
    return pack;
}

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const auto &h : hits)
        out.append(SearchIndex::kindName(h.kind) + u':' + h.id);
    return out;
}
} // namespace

class TestSearchIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void folding_data();
    void folding();
    void matching_data();
    void matching();
    void ranking();
    void everyKindIsSearched();
    void snippets();
    void emptyAndHostileQueries();
    void aliasesAndSynonyms();
    void didYouMean_data();
    void didYouMean();
    void stemsInThePacksLanguage();
    void foldWithOriginsMapsBack();
    void markdownIsSearchedAsText();
    void resultsModel();
    void resultsModelCapsEachGroup();
    void commonWordsWithALimit();
};

void TestSearchIndex::init()
{
    Versus::Test::failOnWarnings();
}

void TestSearchIndex::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addRow("case") << u"FastAPI Django"_s << QStringList{u"fastapi"_s, u"django"_s};
    QTest::addRow("accents") << u"Résumé naïve café"_s << QStringList{u"resume"_s, u"naive"_s, u"cafe"_s};
    QTest::addRow("punctuation") << u"drf-spectacular, (OpenAPI 3.1)!"_s
                                 << QStringList{u"drf"_s, u"spectacular"_s, u"openapi"_s, u"3"_s, u"1"_s};
    QTest::addRow("apostrophe") << u"Django's admin"_s << QStringList{u"django"_s, u"s"_s, u"admin"_s};
    QTest::addRow("ligature and sharp s") << u"ﬁle Straße"_s << QStringList{u"file"_s, u"strasse"_s};
    QTest::addRow("decomposed accent") << u"re\u0301sume\u0301"_s << QStringList{u"resume"_s};
    QTest::addRow("full width, fraction, emoji") << u"ＡＢ½x😀y"_s << QStringList{u"ab1"_s, u"2x"_s, u"y"_s};
}

void TestSearchIndex::folding()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(SearchIndex::words(text), words);
    QStringList inOnePass; // as the index reads a pack
    forEachFoldedWord(text, [&](QStringView w) { inOnePass.append(w.toString()); });
    QCOMPARE(inOnePass, words);
}

void TestSearchIndex::matching_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // in order, best first
    QTest::addRow("exact title") << u"aroma"_s << QStringList{u"criterion:aroma"_s};
    QTest::addRow("case and accents") << u"RESUME"_s << QStringList{u"criterion:bitterness"_s, u"criterion:aroma"_s};
    QTest::addRow("accents in the query") << u"cáfé"_s << QStringList{u"criterion:bitterness"_s};
    QTest::addRow("punctuation ignored") << u"drf spectacular"_s << QStringList{u"criterion:aroma"_s};
    QTest::addRow("punctuation in the query") << u"drf-spectacular"_s << QStringList{u"criterion:aroma"_s};
    // Every word found ranks first; an item with some of them still comes back.
    QTest::addRow("more words first") << u"resume cafe"_s
                                      << QStringList{u"criterion:bitterness"_s, u"criterion:aroma"_s};
    QTest::addRow("stems") << u"validations"_s
                           << QStringList{u"faq:which"_s, u"faq:when"_s, u"criterion:caffeine-dose"_s};
    QTest::addRow("one typo, long word") << u"pydentic"_s << QStringList{u"faq:which"_s};
    QTest::addRow("swapped letters") << u"pydnatic"_s << QStringList{u"faq:which"_s};
    QTest::addRow("missing letter") << u"pydntic"_s << QStringList{u"faq:which"_s};
    QTest::addRow("no typo for short words") << u"arpma"_s << QStringList{u"criterion:aroma"_s}; // 5 letters: allowed
    QTest::addRow("four letters need to be right") << u"cafr"_s << QStringList{};
    QTest::addRow("two typos do not match") << u"pydemtik"_s << QStringList{};
    QTest::addRow("nothing") << u"espresso"_s << QStringList{};
}

void TestSearchIndex::matching()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const SearchIndex index(*searchPack());
    QCOMPARE(ids(index.search(query)), expected);
}

void TestSearchIndex::ranking()
{
    const SearchIndex index(*searchPack());
    // "validation", "validates", "validators" and "validating" share a stem: the title
    // (faq:which) ranks above the bodies, and the body that says it twice above the one that
    // says it once.
    const QList<SearchHit> hits = index.search(u"validation"_s);
    QCOMPARE(ids(hits), (QStringList{u"faq:which"_s, u"faq:when"_s, u"criterion:caffeine-dose"_s}));
    QVERIFY(hits[0].score > hits[1].score);
    QVERIFY(hits[1].score > hits[2].score);
    // A prefix being typed finds the same.
    QCOMPARE(ids(index.search(u"valid"_s)), ids(hits));
    const QList<SearchHit> words = index.search(u"caffeine"_s);
    // The two titles with the word come first; the shorter title (the summary row's) ranks first.
    QCOMPARE(ids(words).mid(0, 2), (QStringList{u"summary:caffeine"_s, u"criterion:caffeine-dose"_s}));
    const auto byTitle = index.search(u"drink"_s);
    QCOMPARE(ids(byTitle), QStringList{u"faq:when"_s});
    // Two words in a title beat one word in a title.
    auto pack = std::make_shared<Pack>(*searchPack());
    pack->criteria[1].criterion = u"Aroma and caffeine"_s;
    const SearchIndex two(*pack);
    QCOMPARE(ids(two.search(u"aroma caffeine"_s)).first(), u"criterion:aroma"_s);
}

void TestSearchIndex::everyKindIsSearched()
{
    const SearchIndex index(*PackLoader::loadEmbedded());
    const auto kinds = [&](const QString &q) {
        QSet<SearchHit::Kind> out;
        for (const auto &h : index.search(q))
            out.insert(h.kind);
        return out;
    };
    const auto admin = kinds(u"admin"_s);
    QVERIFY(admin.contains(SearchHit::Kind::Criterion));
    QVERIFY(admin.contains(SearchHit::Kind::Summary));
    QVERIFY(admin.contains(SearchHit::Kind::Faq));
    QVERIFY(admin.contains(SearchHit::Kind::Question));
    // The summary row and the criterion called "admin" first.
    const QStringList top = ids(index.search(u"admin"_s, 2));
    QVERIFY2(top.contains(u"criterion:admin-panel"_s) && top.contains(u"summary:admin"_s), qPrintable(top.join(u' ')));
}

void TestSearchIndex::snippets()
{
    const SearchIndex index(*searchPack());
    const QList<SearchHit> hits = index.search(u"resume"_s);
    QCOMPARE(hits.size(), 2);
    // Title match only: the snippet is the title, with the accented word marked as written.
    const SearchSnippet title = index.snippet(hits[0], u"resume"_s);
    QCOMPARE(title.text, u"Résumé parsing"_s);
    QCOMPARE(title.highlights, (QList<std::pair<int, int>>{{0, 6}}));
    const SearchSnippet body = index.snippet(hits[1], u"resume"_s);
    QVERIFY(body.text.contains(u"résumé"_s));
    QCOMPARE(body.text.mid(body.highlights[0].first, body.highlights[0].second), u"résumé"_s);
    // A long body is cut around the first match.
    auto pack = std::make_shared<Pack>(*searchPack());
    pack->faq[1].answer = QString(300, u'x') + u" the needle is here "_s + QString(300, u'y');
    const SearchIndex big(*pack);
    const auto needle = big.search(u"needle"_s);
    QCOMPARE(needle.size(), 1);
    const SearchSnippet cut = big.snippet(needle[0], u"needle"_s, 80);
    QVERIFY(cut.text.startsWith(u"…"_s));
    QVERIFY(cut.text.size() <= 83);
    QCOMPARE(cut.text.mid(cut.highlights[0].first, cut.highlights[0].second), u"needle"_s);
    // Prefix matches mark the typed part.
    const auto valid = index.search(u"valid"_s);
    const SearchSnippet p = index.snippet(valid.last(), u"valid"_s);
    QVERIFY(!p.highlights.isEmpty());
    for (const auto &[start, length] : p.highlights)
        QVERIFY(p.text.mid(start, length).startsWith(u"valid"_s, Qt::CaseInsensitive));
}

void TestSearchIndex::emptyAndHostileQueries()
{
    const SearchIndex index(*searchPack());
    QVERIFY(index.search(QString()).isEmpty());
    QVERIFY(index.search(u"   ,;  -- "_s).isEmpty());
    QVERIFY(index.search(QString(10000, u'a')).isEmpty());
    QVERIFY(index.search(u"\u0000\uFFFF\U0001F600"_s).isEmpty());
    // FTS5's own syntax is only text: no error (a warning would fail the test), no match.
    for (const QString &q : {u"\"unbalanced"_s, u"NEAR(qq zz"_s, u"qzx:zz OR"_s, u"* ^ - + ( ) :"_s, u"^qq* NOT zz"_s})
        QVERIFY(index.search(q).isEmpty());
    QCOMPARE(ids(index.search(u"aroma\" OR \"x"_s)), QStringList{u"criterion:aroma"_s});
    const SearchIndex empty;
    QVERIFY(empty.search(u"anything"_s).isEmpty());
}

// Aliases lead to the item that names them; a synonym stands for every term of its group,
// several words as a phrase; both are marked in snippets.
void TestSearchIndex::aliasesAndSynonyms()
{
    auto pack = std::make_shared<Pack>(*searchPack());
    pack->criteria[2].aliases = {u"espresso shot"_s};
    pack->faq[1].aliases = {u"breakfast"_s};
    pack->synonyms = {{u"coffee break"_s, u"pause"_s, u"breather"_s}};
    pack->faq[0].answer = u"Take a coffee break now and then."_s;
    pack->criteria[0].explanation = u"A coffee, then a break."_s; // the words, but not the phrase
    const SearchIndex index(*pack);
    QCOMPARE(ids(index.search(u"espresso"_s)), QStringList{u"criterion:caffeine-dose"_s});
    QCOMPARE(ids(index.search(u"breakfasts"_s)), QStringList{u"faq:when"_s});
    QCOMPARE(ids(index.search(u"pause"_s)), QStringList{u"faq:which"_s});
    QCOMPARE(ids(index.search(u"breathers"_s)), QStringList{u"faq:which"_s});
    const auto hits = index.search(u"espresso"_s);
    const SearchSnippet alias = index.snippet(hits[0], u"espresso"_s);
    QCOMPARE(alias.text, u"espresso shot"_s);
    QCOMPARE(alias.highlights, (QList<std::pair<int, int>>{{0, 8}}));
    const SearchSnippet phrase = index.snippet(index.search(u"pause"_s)[0], u"pause"_s);
    QCOMPARE(phrase.text.mid(phrase.highlights[0].first, phrase.highlights[0].second), u"coffee"_s);
}

void TestSearchIndex::didYouMean_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("suggestion");
    QTest::addRow("a typo") << u"pydantik"_s << u"pydantic"_s;
    QTest::addRow("a typo among known words") << u"caffeine dosagr"_s << u"caffeine dosage"_s;
    QTest::addRow("known words") << u"caffeine dose"_s << QString();
    QTest::addRow("a prefix being typed") << u"caffe"_s << QString();
    QTest::addRow("nothing near") << u"zzqxv"_s << QString();
    QTest::addRow("short words are not corrected") << u"cafr"_s << QString();
}

void TestSearchIndex::didYouMean()
{
    QFETCH(QString, query);
    QFETCH(QString, suggestion);
    const SearchIndex index(*searchPack());
    QCOMPARE(index.suggestion(query), suggestion);
    QCOMPARE(SearchIndex().suggestion(query), QString());
}

// Snowball for the pack's language; a language without a stemmer still folds and prefixes.
void TestSearchIndex::stemsInThePacksLanguage()
{
    auto pack = std::make_shared<Pack>(*searchPack());
    pack->criteria[0].criterion = u"Les équipes et les réponses"_s;
    pack->criteria[1].criterion = u"Datenbanken und Migrationen"_s;
    pack->language = u"fr"_s;
    const SearchIndex french(*pack);
    QCOMPARE(ids(french.search(u"équipe "_s)), QStringList{u"criterion:bitterness"_s});
    QCOMPARE(ids(french.search(u"reponse "_s)), QStringList{u"criterion:bitterness"_s});
    pack->language = u"de-AT"_s;
    const SearchIndex german(*pack);
    QCOMPARE(ids(german.search(u"Datenbank Migration "_s)), QStringList{u"criterion:aroma"_s});
    pack->language = u"tlh"_s; // no Snowball stemmer
    const SearchIndex none(*pack);
    QCOMPARE(ids(none.search(u"datenbanken "_s)), QStringList{u"criterion:aroma"_s});
    QCOMPARE(ids(none.search(u"Datenb"_s)), QStringList{u"criterion:aroma"_s}); // still a prefix
}

void TestSearchIndex::foldWithOriginsMapsBack()
{
    const QString text = u"Ａé ﬁ😀x"_s; // full-width A, accented e, ligature, an emoji (surrogates), x
    const FoldedText folded = foldWithOrigins(text);
    QCOMPARE(folded.text.size(), folded.origin.size());
    QVERIFY(folded.text.startsWith(u"ae fi"_s));
    QCOMPARE(folded.origin[0], 0);
    QCOMPARE(folded.origin[1], 1);
    QCOMPARE(folded.origin[3], 3); // f of the ligature
    QCOMPARE(folded.origin[4], 3); // i of the ligature
    QCOMPARE(text[folded.origin.last()], u'x');
}

void TestSearchIndex::markdownIsSearchedAsText()
{
    QCOMPARE(markdownToPlainText(u"See **the** [admin docs](https://example.org/secret-word) and `code`."_s),
             u"See the admin docs and code."_s);
    QCOMPARE(markdownToPlainText(u"# Title\n- item one\n* item two"_s), u"Title\nitem one\nitem two"_s);
    QCOMPARE(withoutLinkTargets(u"See [the docs](https://x.org/a) and ![img](qrc:/i.png) [b] (c)."_s),
             u"See [the docs] and ![img] [b] (c)."_s);
    QCOMPARE(withoutLinkTargets(u"An [unclosed](link"_s), u"An [unclosed](link"_s);
    auto pack = std::make_shared<Pack>(*searchPack());
    pack->faq[1].answer = u"Read [the guide](https://example.org/hiddenword)."_s;
    const SearchIndex index(*pack);
    QVERIFY(index.search(u"hiddenword"_s).isEmpty()); // link targets are not text
    QCOMPARE(ids(index.search(u"guide"_s)), QStringList{u"faq:when"_s});
}

// The results tree under the model tester: groups by kind in the order of their best hit, hits
// best first, each with its snippet; a new query or index resets it and never edits it in place.
void TestSearchIndex::resultsModel()
{
    const SearchIndex index(*PackLoader::loadEmbedded());
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.firstHit().isValid());

    model.setQuery(u"admin"_s); // no index yet: nothing to find
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.hitCount(), 0);

    model.setIndex(&index); // the query stays and runs against the new index
    QVERIFY(reset.count() >= 2);
    QCOMPARE(model.query(), u"admin"_s);
    const QList<SearchHit> hits = index.search(u"admin"_s);
    QCOMPARE(model.hitCount(), int(hits.size()));

    QList<SearchHit::Kind> kinds; // in the order of each kind's best hit
    for (const SearchHit &hit : hits) {
        if (!kinds.contains(hit.kind))
            kinds.append(hit.kind);
    }
    QCOMPARE(kinds.size(), 4);
    QCOMPARE(model.rowCount(), int(kinds.size()));
    QCOMPARE(model.columnCount(), 1);
    for (int g = 0; g < kinds.size(); ++g) {
        QList<SearchHit> inGroup;
        for (const SearchHit &hit : hits) {
            if (hit.kind == kinds[g])
                inGroup.append(hit);
        }
        const QModelIndex group = model.index(g, 0);
        QCOMPARE(group.data().toString(),
                 u"%1 (%2)"_s.arg(SearchResultsModel::groupTitle(kinds[g])).arg(inGroup.size()));
        QCOMPARE(group.data(SearchResultsModel::KindRole), QVariant());
        QCOMPARE(model.flags(group), Qt::ItemIsEnabled); // a heading, not a result
        QCOMPARE(model.rowCount(group), int(inGroup.size()));
        for (int r = 0; r < inGroup.size(); ++r) {
            const SearchHit &hit = inGroup[r];
            const QModelIndex child = model.index(r, 0, group);
            QCOMPARE(child.parent(), group);
            QCOMPARE(model.rowCount(child), 0);
            QCOMPARE(model.flags(child), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            QCOMPARE(child.data().toString(), hit.title);
            QCOMPARE(child.data(Qt::AccessibleTextRole).toString(),
                     u"%1: %2"_s.arg(SearchResultsModel::groupTitle(hit.kind), hit.title));
            QCOMPARE(child.data(SearchResultsModel::KindRole).toString(), SearchIndex::kindName(hit.kind));
            QCOMPARE(child.data(SearchResultsModel::IdRole).toString(), hit.id);
            const SearchSnippet snippet = index.snippet(hit, u"admin"_s);
            QCOMPARE(child.data(SearchResultsModel::SnippetRole).toString(), snippet.text);
            QCOMPARE(child.data(Qt::AccessibleDescriptionRole).toString(), snippet.text);
            const QVariantList highlights = child.data(SearchResultsModel::HighlightsRole).toList();
            QCOMPARE(highlights.size(), snippet.highlights.size());
            for (int h = 0; h < highlights.size(); ++h)
                QCOMPARE(highlights[h].toPoint(), QPoint(snippet.highlights[h].first, snippet.highlights[h].second));
        }
    }
    QCOMPARE(model.firstHit(), model.index(0, 0, model.index(0, 0)));
    QCOMPARE(model.firstHit().data(SearchResultsModel::IdRole).toString(), hits.first().id);

    const int resets = int(reset.count());
    model.setQuery(u"zzqx qxzz"_s);
    QCOMPARE(reset.count(), resets + 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.firstHit().isValid());

    model.setIndex(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);
}

// A common word hits most of a pack; each group shows at most 50 hits.
void TestSearchIndex::resultsModelCapsEachGroup()
{
    auto pack
        = std::make_shared<Pack>(*PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json")).pack);
    const FaqEntry entry = pack->faq.first();
    for (int i = 0; i < 60; ++i) {
        FaqEntry copy = entry;
        copy.id = u"copy-%1"_s.arg(i);
        copy.question = u"Needle question %1"_s.arg(i);
        pack->faq.append(copy);
    }
    const SearchIndex index(*pack);
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIndex(&index);
    model.setQuery(u"needle"_s);
    QCOMPARE(index.search(u"needle"_s).size(), 60);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 50);
    QCOMPARE(model.hitCount(), 50);
    QCOMPARE(model.index(0, 0).data().toString(), u"FAQ (50)"_s);
}

// A word most items have carries no weight in BM25; with a limit (the popup's), the items
// with it in the title come first, then the others in pack order, each once.
void TestSearchIndex::commonWordsWithALimit()
{
    auto pack
        = std::make_shared<Pack>(*PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json")).pack);
    const FaqEntry entry = pack->faq.first();
    pack->faq.clear();
    for (int i = 0; i < 40; ++i) {
        FaqEntry copy = entry;
        copy.id = u"faq-%1"_s.arg(i);
        copy.question = i % 10 == 3 ? u"About the needle %1"_s.arg(i) : u"Question %1"_s.arg(i);
        copy.answer = u"The needle is in every answer."_s;
        pack->faq.append(copy);
    }
    const SearchIndex index(*pack);
    const QList<SearchHit> all = index.search(u"needle"_s);
    QCOMPARE(all.size(), 40);
    const QStringList limited = ids(index.search(u"needle"_s, 10));
    QCOMPARE(limited.size(), 10);
    QCOMPARE(limited.mid(0, 4), (QStringList{u"faq:faq-3"_s, u"faq:faq-13"_s, u"faq:faq-23"_s, u"faq:faq-33"_s}));
    QCOMPARE(
        limited.mid(4),
        (QStringList{u"faq:faq-0"_s, u"faq:faq-1"_s, u"faq:faq-2"_s, u"faq:faq-4"_s, u"faq:faq-5"_s, u"faq:faq-6"_s}));
    // A rarer word with it: the item with both first.
    QCOMPARE(ids(index.search(u"needle 23"_s, 5)).first(), u"faq:faq-23"_s);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"

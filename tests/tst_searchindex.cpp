#include "core/pack/packloader.h"
#include "core/search/searchindex.h"
#include "core/text/textfold.h"
#include "testsupport.h"

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
    void foldWithOriginsMapsBack();
    void markdownIsSearchedAsText();
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
}

void TestSearchIndex::folding()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(SearchIndex::words(text), words);
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
    QTest::addRow("every word must match") << u"resume cafe"_s << QStringList{u"criterion:bitterness"_s};
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
    // "validation": a whole word in a title (faq:which, criterion body of dose), then
    // prefixes ("validates", "validators", "validating") rank lower.
    const QList<SearchHit> hits = index.search(u"validation"_s);
    QCOMPARE(ids(hits), (QStringList{u"faq:which"_s, u"criterion:caffeine-dose"_s}));
    QVERIFY(hits[0].score > hits[1].score);
    // A prefix: title prefix beats body prefix; whole word beats prefix.
    const QList<SearchHit> prefix = index.search(u"valid"_s);
    QCOMPARE(ids(prefix), (QStringList{u"faq:which"_s, u"criterion:caffeine-dose"_s, u"faq:when"_s}));
    QVERIFY(prefix[0].score > prefix[1].score);
    const QList<SearchHit> words = index.search(u"caffeine"_s);
    QCOMPARE(ids(words).first(), u"criterion:caffeine-dose"_s); // title before the summary's body? the summary title
    const auto byTitle = index.search(u"drink"_s);
    QCOMPARE(ids(byTitle), QStringList{u"faq:when"_s});
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
    QCOMPARE(index.search(u"admin"_s).first().id, u"admin-panel"_s);
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
    const SearchIndex empty;
    QVERIFY(empty.search(u"anything"_s).isEmpty());
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
    auto pack = std::make_shared<Pack>(*searchPack());
    pack->faq[1].answer = u"Read [the guide](https://example.org/hiddenword)."_s;
    const SearchIndex index(*pack);
    QVERIFY(index.search(u"hiddenword"_s).isEmpty()); // link targets are not text
    QCOMPARE(ids(index.search(u"guide"_s)), QStringList{u"faq:when"_s});
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"

// Pack text is untrusted: a hostile pack must read no file, open no connection, run
// nothing and crash nothing, wherever its text is shown.
#include "core/app/appcontext.h"
#include "testsupport.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/headtoheadview.h"
#include "ui/faq/faqview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/safetextbrowser.h"

#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace Versus::Gui;
using namespace Qt::StringLiterals;

// Receives every QDesktopServices::openUrl() the app makes.
class UrlRecorder : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestUntrusted : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void hostilePackIsHarmless();
    void linksFollowThePolicy();
    void resourcesAreNeverLoaded();
    void plainTextStaysPlain();

private:
    QString writeHostilePack();
    static void checkDocument(QTextDocument *doc);

    QTemporaryDir m_dir;
    QTcpServer m_server;
    int m_connections = 0;
    UrlRecorder m_recorder;
};

void TestUntrusted::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_untrusted"_s);
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] { ++m_connections; });
    for (const char *scheme : {"http", "https", "file", "javascript", "data", "ftp"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_recorder, "open");
}

void TestUntrusted::cleanupTestCase()
{
    for (const char *scheme : {"http", "https", "file", "javascript", "data", "ftp"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void TestUntrusted::init()
{
    Versus::Test::failOnWarnings();
    Dialogs::clearAnswers();
    m_recorder.opened.clear();
}

QString TestUntrusted::writeHostilePack()
{
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject pack = QJsonDocument::fromJson(in.readAll()).object();
    const QString secret = m_dir.filePath(u"secret.png"_s);
    const QString remote = u"http://127.0.0.1:%1/tracker.png"_s.arg(m_server.serverPort());
    const QString attack = u"<img src=\"file://%1\"> ![remote](%2) ![local](file://%1) [x](javascript:alert(1)) "
                           "<script>alert(1)</script> <b>raw html</b> <iframe src=\"%2\"></iframe> "
                           "[ok](https://example.org/fine) [file](file:///etc/passwd) [data](data:text/html,hi) "
                           "<a href=\"javascript:alert(2)\">click</a> [in](versus:faq/when)"_s.arg(secret, remote);
    QJsonArray criteria = pack[u"criteria"_s].toArray();
    QJsonObject first = criteria[0].toObject();
    first[u"explanation"_s] = attack;
    criteria[0] = first;
    pack[u"criteria"_s] = criteria;
    QJsonArray faq = pack[u"faq"_s].toArray();
    QJsonObject entry = faq[0].toObject();
    // A list nested 1,000 levels deep, within the 8,000-character limit of a text.
    entry[u"answer"_s] = QString(attack + u"\n\n"_s + u"- "_s.repeated(1000) + u"deep end"_s);
    faq[0] = entry;
    pack[u"faq"_s] = faq;
    QJsonArray contenders = pack[u"contenders"_s].toArray();
    QJsonObject tea = contenders[0].toObject();
    tea[u"name"_s] = u"<b>Tea</b><img src=x>"_s;
    tea[u"tagline"_s] = u"<a href=\"javascript:alert(1)\">Leaves</a>"_s;
    contenders[0] = tea;
    pack[u"contenders"_s] = contenders;
    const QString path = m_dir.filePath(u"hostile.json"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(pack).toJson());
    return path;
}

// No image but the app's own; no link but versus: and http(s).
void TestUntrusted::checkDocument(QTextDocument *doc)
{
    int anchors = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat())
                QVERIFY2(f.toImageFormat().name().startsWith(u"qrc:"_s), qPrintable(f.toImageFormat().name()));
            if (f.isAnchor() && !f.anchorHref().isEmpty()) {
                ++anchors;
                const QString scheme = QUrl(f.anchorHref()).scheme();
                QVERIFY2(scheme == u"https"_s || scheme == u"http"_s || scheme == u"versus"_s,
                         qPrintable(f.anchorHref()));
            }
        }
    }
    QVERIFY(anchors > 0); // the allowed links are still links
}

void TestUntrusted::hostilePackIsHarmless()
{
    const QString path = writeHostilePack();
    QVERIFY(!path.isEmpty());
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(path);
    QCOMPARE(w.pack()->id, u"tea-vs-coffee"_s); // the hostile pack is valid: it opens
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showSection(MainWindow::Comparison);
    auto *comparison = w.findChild<ComparisonView *>();
    QVERIFY(comparison->selectCriterion(u"bitterness"_s));
    auto *details = comparison->findChild<SafeTextBrowser *>(u"detailsView"_s);
    details->resize(600, 400);
    details->repaint(); // lay out and paint: any image would be requested now
    checkDocument(details->document());
    QVERIFY(details->toPlainText().contains(u"[image not shown]"_s));

    w.showSection(MainWindow::Faq);
    auto *faq = w.findChild<FaqView *>();
    QVERIFY(faq->selectEntry(u"which"_s));
    auto *answer = faq->findChild<SafeTextBrowser *>(u"faqAnswer"_s);
    answer->repaint();
    checkDocument(answer->document());
    QVERIFY(answer->toPlainText().contains(u"deep end"_s)); // 1,000 nested levels rendered, no crash

    QTest::qWait(200); // give any stray request time to arrive
    QCOMPARE(m_connections, 0);
    QVERIFY(m_recorder.opened.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"secret.png"_s))); // and nothing was written either
}

void TestUntrusted::linksFollowThePolicy()
{
    SafeTextBrowser browser;
    QSignalSpy internal(&browser, &SafeTextBrowser::internalLinkActivated);
    QSignalSpy external(&browser, &SafeTextBrowser::externalLinkOpened);
    for (const char *blocked : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "ftp://example.org/",
                                "versus:../../etc", "https://user:pw@example.org/", "mailto:a@example.org"})
        Q_EMIT browser.anchorClicked(QUrl(QString::fromLatin1(blocked)));
    QCOMPARE(internal.count(), 0);
    QCOMPARE(external.count(), 0);
    QVERIFY(m_recorder.opened.isEmpty());
    QCOMPARE(Dialogs::pendingAnswers(), 0); // blocked links ask nothing

    Q_EMIT browser.anchorClicked(QUrl(u"versus:criterion/aroma"_s));
    QCOMPARE(internal.count(), 1);
    QCOMPARE(internal.first().at(0).value<Versus::Core::ItemKind>(), Versus::Core::ItemKind::Criterion);
    QCOMPARE(internal.first().at(1).toString(), u"aroma"_s);

    Dialogs::pushAnswer(false); // the user sees the address and declines
    Q_EMIT browser.anchorClicked(QUrl(u"https://example.org/a"_s));
    QVERIFY(m_recorder.opened.isEmpty());
    Dialogs::pushAnswer(true);
    Q_EMIT browser.anchorClicked(QUrl(u"https://example.org/a"_s));
    QCOMPARE(m_recorder.opened, QList<QUrl>{QUrl(u"https://example.org/a"_s)});
    QCOMPARE(external.count(), 1);
}

// loadResource is what QTextDocument asks for images and style sheets.
class ProbeBrowser : public SafeTextBrowser {
public:
    using SafeTextBrowser::loadResource;
};

void TestUntrusted::resourcesAreNeverLoaded()
{
    QFile secret(m_dir.filePath(u"note.txt"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
    ProbeBrowser browser;
    for (const QString &url :
         {QUrl::fromLocalFile(secret.fileName()).toString(), u"http://127.0.0.1:%1/x.png"_s.arg(m_server.serverPort()),
          u"data:image/png;base64,AAAA"_s, secret.fileName()}) {
        QVERIFY2(!browser.loadResource(QTextDocument::ImageResource, QUrl(url)).isValid(), qPrintable(url));
        QVERIFY(!browser.loadResource(QTextDocument::StyleSheetResource, QUrl(url)).isValid());
    }
    QVERIFY(browser.loadResource(QTextDocument::ImageResource, QUrl(u"qrc:/icons/edge-tie.svg"_s)).isValid());
    QTest::qWait(50);
    QCOMPARE(m_connections, 0);
}

void TestUntrusted::plainTextStaysPlain()
{
    const QString path = writeHostilePack();
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(path);
    auto *h2h = w.findChild<HeadToHeadView *>();
    QVERIFY(h2h);
    bool found = false;
    for (QLabel *label : h2h->findChildren<QLabel *>()) {
        if (label->text().contains(u"<b>Tea</b>"_s) || label->text().contains(u"javascript"_s)) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(w.windowTitle().contains(u"Tea vs Coffee"_s));
}

QTEST_MAIN(TestUntrusted)
#include "tst_untrusted.moc"

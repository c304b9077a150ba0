// Outbox benchmarks: 1,000 queued inquiries to a loopback server; one draft autosave.
#include "../httptestserver.h"
#include "benchreport.h"
#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"
#include "core/pack/packloader.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

class BenchOutbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Timed once, whole: queueing is not counted, sending all of them is.
    void sendThousand()
    {
        QTemporaryDir dir;
        InquiryStore store(dir.filePath(u"versus.sqlite"_s));
        QVERIFY_RESULT(store.open());
        const auto pack = PackLoader::loadEmbedded();
        for (int i = 0; i < 1000; ++i) {
            const QVariantMap fields{{u"name"_s, u"Client %1"_s.arg(i)},
                                     {u"email"_s, u"c@example.org"_s},
                                     {u"description"_s, u"x"_s},
                                     {u"consent"_s, true}};
            QVERIFY_RESULT(store.enqueue(Outbox::freeze(*pack, fields, QString(), Versus::Core::InquiryFormat::Versus,
                                                        QDateTime::currentDateTimeUtc())));
        }
        TestHttpServer server;
        Outbox outbox(&store);
        outbox.setEndpoint(server.url());
        outbox.setAutomatic(false);
        QVERIFY(outbox.becomeSender());
        QElapsedTimer t;
        t.start();
        outbox.sendAllNow();
        QTRY_COMPARE_WITH_TIMEOUT(outbox.inFlight(), 0, 60000);
        const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
        QCOMPARE(server.stored.size(), 1000);
        Bench::report(u"outbox: send 1,000 queued inquiries to loopback"_s, seconds, u"s"_s, u"<= 5"_s, seconds <= 5);
    }

    void autosave()
    {
        QTemporaryDir dir;
        InquiryStore store(dir.filePath(u"versus.sqlite"_s));
        QVERIFY_RESULT(store.open());
        const auto id = store.createDraft(u"Draft"_s, u"django-vs-fastapi"_s);
        QVERIFY_RESULT(id);
        QVariantMap fields{{u"name"_s, u"Ada"_s},
                           {u"email"_s, u"ada@example.org"_s},
                           {u"description"_s, QString(1500, u'x')},
                           {u"consent"_s, true}};
        QList<double> ms;
        for (int i = 0; i < 200; ++i) {
            fields[u"company"_s] = QString::number(i);
            QElapsedTimer t;
            t.start();
            QVERIFY_RESULT(store.saveDraft(*id, fields, false));
            ms.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        Bench::report(u"outbox: draft autosave (synchronous=FULL), median of 200"_s, median, u"ms"_s, u"<= 5"_s,
                      median <= 5);
    }
};

QTEST_GUILESS_MAIN(BenchOutbox)
#include "bench_outbox.moc"

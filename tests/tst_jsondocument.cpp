#include "json/jsondocument.h"

#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

class TestJsonDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(std::holds_alternative<JsonDocument>(JsonDocument::parse("{}"))); }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"

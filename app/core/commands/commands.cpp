#include "core/commands/commands.h"

#include "core/app/appcontext.h"
#include "core/compare/tableexport.h"
#include "core/compare/weights.h"
#include "core/inquiry/formvalidator.h"
#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"
#include "core/pack/packloader.h"
#include "core/search/searchindex.h"
#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {
// Strings shared with main.cpp's command line, in its translation context.
class CommandText final {
    Q_DECLARE_TR_FUNCTIONS(main)
};
} // namespace

Console::Console()
    : out(stdout)
    , err(stderr)
{
}

Console::Console(QString *outText, QString *errText)
    : out(outText)
    , err(errText)
{
}

int checkPackCommand(const QString &file, Console &console)
{
    const PackLoadResult result = PackLoader::loadFile(file);
    for (const auto &d : result.diagnostics)
        console.err << d.toString() << Qt::endl;
    if (!result.ok())
        return 1;
    const Pack &pack = *result.pack;
    console.out << "ok: " << pack.contenders.size() << " contenders, " << pack.summary.size() << " summary rows, "
                << pack.criteria.size() << " criteria in " << pack.categories.size() << " categories, "
                << pack.faq.size() << " FAQ entries, " << pack.checklist.questions.size() << " questions, "
                << pack.distinctSourceCount() << " sources" << Qt::endl;
    return 0;
}

std::shared_ptr<const Pack> loadPackForCommand(const QString &packFile, Console &console)
{
    const PackLoadResult result = PackLoader::loadFile(packFile.isEmpty() ? PackLoader::embeddedPackPath() : packFile);
    for (const auto &d : result.diagnostics)
        console.err << d.toString() << Qt::endl;
    return result.pack;
}

int exportTableCommand(const QString &outFile, const QString &packFile, Console &console)
{
    const auto format = TableExport::formatForFile(outFile);
    if (!format) {
        console.err << CommandText::tr("versus: %1: the table can be written as .csv or .md").arg(outFile) << Qt::endl;
        return 2;
    }
    const auto pack = loadPackForCommand(packFile, console);
    if (!pack)
        return 1;
    Weights weights;
    weights.setPack(pack);
    weights.restore();
    const TableExport table(*pack, TableExport::allCriteria(*pack), weights.values());
    if (auto written = TableExport::writeFile(outFile, table.render(*format)); !written) {
        console.err << u"versus: "_s << written.error().message << Qt::endl;
        return 1;
    }
    return 0;
}

int searchCommand(const QString &text, const QString &packFile, Console &console)
{
    const auto pack = loadPackForCommand(packFile, console);
    if (!pack)
        return 2;
    const SearchIndex index(*pack);
    const QList<SearchHit> hits = index.search(text);
    for (const SearchHit &hit : hits) {
        QString title = hit.title;
        title.replace(u'\t', u' ');
        title.replace(u'\n', u' ');
        console.out << SearchIndex::kindName(hit.kind) << '\t' << hit.id << '\t' << title << '\n';
    }
    console.out.flush();
    return hits.isEmpty() ? 1 : 0;
}

int queueInquiryCommand(const QString &file, const QString &packFile, Console &console)
{
    const auto pack = loadPackForCommand(packFile, console);
    if (!pack)
        return 1;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        console.err << file << u": error: cannot be read: "_s << in.errorString() << Qt::endl;
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.read(qint64(1024) * 1024), &parseError);
    if (!doc.isObject()) {
        console.err << file << u": error: expected a JSON object of field id -> value"_s
                    << (parseError.error != QJsonParseError::NoError ? u" ("_s + parseError.errorString() + u')'
                                                                     : QString())
                    << Qt::endl;
        return 1;
    }
    const QVariantMap values = doc.object().toVariantMap();
    const auto errors = FormValidator::validate(pack->inquiry, values);
    for (const auto &e : errors)
        console.err << file << u": error: "_s << (e.field.isEmpty() ? u"\"\""_s : e.field) << u": "_s << e.message
                    << Qt::endl;
    if (!errors.isEmpty())
        return 1;
    AppContext context(AppContext::Mode::Batch);
    if (auto opened = context.openStore(); !opened) {
        console.err << u"versus: "_s << opened.error().message << Qt::endl;
        return 1;
    }
    InquiryStore &store = *context.store();
    const OutboxItem item = Outbox::freeze(*pack, FormValidator::normalised(pack->inquiry, values), QString(),
                                           Settings::instance().endpointFormat(), QDateTime::currentDateTimeUtc());
    if (auto queued = store.enqueue(item); !queued) {
        console.err << u"versus: "_s << queued.error().message << Qt::endl;
        return 1;
    }
    console.out << item.id << Qt::endl;
    return 0;
}

int sendOutboxCommand(const QString &endpoint, const QString &packFile, Console &console)
{
    AppContext context(AppContext::Mode::Batch);
    context.setEndpointOverride(QUrl(endpoint));
    if (context.delivery().needsPack()) // the pack's own address, if it has one
        context.setPack(loadPackForCommand(packFile, console));
    if (auto opened = context.openStore(); !opened) {
        console.err << u"versus: "_s << opened.error().message << Qt::endl;
        return 1;
    }
    Outbox &outbox = *context.startDelivery();
    InquiryStore &store = *context.store();
    if (!outbox.becomeSender()) {
        console.err << u"versus: "_s
                    << QCoreApplication::translate("main",
                                                   "another Versus is sending the outbox; the inquiries stay queued")
                    << Qt::endl;
        return 3;
    }
    QStringList started;
    QObject::connect(&outbox, &Outbox::itemChanged, &outbox, [&](const QString &id) {
        if (!started.contains(id))
            started.append(id);
    });
    QEventLoop loop;
    QObject::connect(&outbox, &Outbox::idle, &loop, &QEventLoop::quit);
    outbox.sendAllNow();
    if (outbox.inFlight() > 0)
        loop.exec();
    int queued = 0;
    int attention = 0;
    const auto items = store.outbox();
    if (!items) {
        console.err << u"versus: "_s << items.error().message << Qt::endl;
        return 1;
    }
    for (const OutboxItem &item : *items) {
        if (item.state == OutboxItem::State::Queued)
            ++queued;
        if (item.state == OutboxItem::State::NeedsAttention)
            ++attention;
        if (started.contains(item.id))
            console.out << item.id << '\t' << OutboxItem::stateName(item.state)
                        << (item.lastError.isEmpty() ? QString() : u"\t"_s + item.lastError) << '\n';
    }
    console.out.flush();
    return attention > 0 ? 1 : (queued > 0 ? 3 : 0);
}

int listOutboxCommand(bool json, Console &console)
{
    AppContext context(AppContext::Mode::Batch);
    if (auto opened = context.openStore(); !opened) {
        console.err << u"versus: "_s << opened.error().message << Qt::endl;
        return 1;
    }
    const auto outbox = context.store()->outbox();
    if (!outbox) {
        console.err << u"versus: "_s << outbox.error().message << Qt::endl;
        return 1;
    }
    QJsonArray items;
    for (const OutboxItem &item : *outbox) {
        if (json) {
            items.append(
                QJsonObject{{u"id"_s, item.id},
                            {u"state"_s, OutboxItem::stateName(item.state)},
                            {u"attempts"_s, item.attempts},
                            {u"lastError"_s, item.lastError},
                            {u"createdAt"_s, item.createdAt.toString(Qt::ISODate)},
                            {u"nextAttemptAt"_s,
                             item.nextAttemptAt.isValid() ? item.nextAttemptAt.toString(Qt::ISODate) : QString()}});
        } else {
            console.out << item.id << '\t' << OutboxItem::stateName(item.state) << '\t' << item.attempts << '\t'
                        << item.lastError << '\n';
        }
    }
    if (json)
        console.out << QJsonDocument(items).toJson(QJsonDocument::Indented);
    console.out.flush();
    return 0;
}

} // namespace Versus::Core

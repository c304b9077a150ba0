#include "core/commands/commands.h"

#include "core/app/appcontext.h"
#include "core/compare/tableexport.h"
#include "core/compare/weights.h"
#include "core/inquiry/formvalidator.h"
#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"
#include "core/json/jsondocument.h"
#include "core/json/jsonreader.h"
#include "core/pack/packloader.h"
#include "core/search/searchindex.h"
#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
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
    : m_out(stdout)
    , m_err(stderr)
{
}

Console::Console(QString *outText, QString *errText)
    : m_out(outText)
    , m_err(errText)
{
}

QString Console::escaped(const QString &text)
{
    const auto isControl = [](char16_t c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    };
    if (std::none_of(text.begin(), text.end(), [&](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            out += c;
    }
    return out;
}

void Console::print(const QString &line)
{
    m_out << escaped(line) << Qt::endl;
}

void Console::printRow(const QStringList &fields)
{
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString &field : fields)
        safe.append(escaped(field));
    m_out << safe.join(u'\t') << '\n';
}

void Console::error(const QString &line)
{
    m_err << escaped(line) << Qt::endl;
}

void Console::flush()
{
    m_out.flush();
    m_err.flush();
}

int checkPackCommand(const QString &file, Console &console, bool strict)
{
    const PackLoadResult result = PackLoader::loadFile(file);
    for (const auto &d : result.diagnostics)
        console.error(d.toString());
    if (!result.ok())
        return 1;
    if (strict && result.warningCount > 0) {
        console.error(
            u"versus: "_s + file + u": "_s
            + (result.warningCount == 1
                   ? CommandText::tr("1 warning, and --strict fails on warnings")
                   : CommandText::tr("%1 warnings, and --strict fails on warnings").arg(result.warningCount)));
        return 1;
    }
    const Pack &pack = *result.pack;
    console.print(u"ok: %1 contenders, %2 summary rows, %3 criteria in %4 categories, %5 FAQ entries, %6 questions, "
                  "%7 sources"_s.arg(pack.contenders.size())
                      .arg(pack.summary.size())
                      .arg(pack.criteria.size())
                      .arg(pack.categories.size())
                      .arg(pack.faq.size())
                      .arg(pack.checklist.questions.size())
                      .arg(pack.distinctSourceCount()));
    return 0;
}

int staleSourcesCommand(const QString &file, int maxAgeMonths, const QDate &today, Console &console)
{
    const PackLoadResult result = PackLoader::loadFile(file);
    for (const auto &d : result.diagnostics)
        console.error(d.toString());
    if (!result.ok())
        return 2;
    int stale = 0;
    for (const Criterion &c : result.pack->criteria) {
        for (const Source &s : c.sources) {
            if (!s.isOutdated(maxAgeMonths, today))
                continue;
            console.printRow({c.id, s.title, QString::fromUtf8(s.url.toEncoded()), s.asOf});
            ++stale;
        }
    }
    // The commands load no translation, so the plural is chosen here.
    const QString count = stale == 1 ? CommandText::tr("1 source is older than %2 months on %3")
                                     : CommandText::tr("%1 sources are older than %2 months on %3").arg(stale);
    console.error(count.arg(maxAgeMonths).arg(today.toString(Qt::ISODate)));
    return stale > 0 ? 1 : 0;
}

std::shared_ptr<const Pack> loadPackForCommand(const QString &packFile, Console &console)
{
    const PackLoadResult result = PackLoader::loadFile(packFile.isEmpty() ? PackLoader::embeddedPackPath() : packFile);
    for (const auto &d : result.diagnostics)
        console.error(d.toString());
    return result.pack;
}

int exportTableCommand(const QString &outFile, const QString &packFile, Console &console)
{
    const auto format = TableExport::formatForFile(outFile);
    if (!format) {
        console.error(CommandText::tr("versus: %1: the table can be written as .csv or .md").arg(outFile));
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
        console.error(u"versus: "_s + written.error().message);
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
    if (const QString better = index.suggestion(text); !better.isEmpty())
        console.error(CommandText::tr("Did you mean “%1”?").arg(better));
    for (const SearchHit &hit : hits) {
        QString title = hit.title;
        title.replace(u'\t', u' ');
        title.replace(u'\n', u' ');
        console.printRow({SearchIndex::kindName(hit.kind), hit.id, title});
    }
    console.flush();
    return hits.isEmpty() ? 1 : 0;
}

namespace {

// The inquiry file, whole: a FIFO or a device would block or never end, and a read cut at the
// limit would accept whatever follows it.
Result<QByteArray> readInquiryFile(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return failure(CommandText::tr("no such file"), file);
    if (!info.isFile())
        return failure(CommandText::tr("is not a regular file (a folder, a pipe or a device); give a JSON file"), file);
    const auto tooLarge = [&] {
        return failure(
            CommandText::tr("the inquiry is larger than %1 MiB").arg(maxInquiryFileSize / (qint64(1024) * 1024)), file);
    };
    if (info.size() > maxInquiryFileSize)
        return tooLarge();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return failure(CommandText::tr("cannot be read: %1").arg(in.errorString()), file);
    // One byte more than allowed: a file that grew since stat() is still caught.
    QByteArray data = in.read(maxInquiryFileSize + 1);
    if (in.error() != QFileDevice::NoError)
        return failure(CommandText::tr("cannot be read: %1").arg(in.errorString()), file);
    if (data.size() > maxInquiryFileSize)
        return tooLarge();
    return data;
}

// A store the command is about to write to, checked first: a read-only database would
// otherwise only show as inquiries that are never sent, and nothing said why.
Result<void> openWritableStore(AppContext &context)
{
    if (auto opened = context.openStore(); !opened)
        return opened;
    return context.store()->checkWritable();
}

} // namespace

int queueInquiryCommand(const QString &file, const QString &packFile, Console &console)
{
    const auto pack = loadPackForCommand(packFile, console);
    if (!pack)
        return 1;
    const auto data = readInquiryFile(file);
    if (!data) {
        console.error(data.error().toString());
        return 1;
    }
    // The project's parser, as for packs: strict, with a position for every problem, and a key
    // given twice is refused instead of silently keeping the last value.
    auto parsed = JsonDocument::parse(*data);
    if (const auto *syntax = std::get_if<JsonDocument::SyntaxError>(&parsed)) {
        const TextPosition pos = LineIndex(*data).position(syntax->offset);
        console.error(u"%1:%2:%3: error: %4"_s.arg(file).arg(pos.line).arg(pos.column).arg(syntax->message));
        return 1;
    }
    {
        const auto &doc = std::get<JsonDocument>(parsed);
        JsonReader reader(doc, file);
        reader.forEachMember(doc.root(), JsonPath(), [](const auto &, const auto &, const auto &) {});
        for (const auto &d : reader.diagnostics())
            console.error(d.toString());
        if (reader.errorCount() > 0)
            return 1;
    }
    const QVariantMap values = QJsonDocument::fromJson(*data).object().toVariantMap();
    const auto errors = FormValidator::validate(pack->inquiry, values);
    for (const auto &e : errors)
        console.error(file + u": error: "_s + (e.field.isEmpty() ? u"\"\""_s : e.field) + u": "_s + e.message);
    if (!errors.isEmpty())
        return 1;
    AppContext context(AppContext::Mode::Batch);
    if (auto opened = openWritableStore(context); !opened) {
        console.error(u"versus: "_s + opened.error().message);
        return 1;
    }
    InquiryStore &store = *context.store();
    context.setPack(pack);
    const OutboxItem item = Outbox::freeze(*pack, FormValidator::normalised(pack->inquiry, values), QString(),
                                           context.delivery().profile.format, QDateTime::currentDateTimeUtc());
    if (auto queued = store.enqueue(item); !queued) {
        console.error(u"versus: "_s + queued.error().message);
        return 1;
    }
    console.print(item.id);
    return 0;
}

int sendOutboxCommand(const QString &endpoint, const QString &packFile, Console &console)
{
    AppContext context(AppContext::Mode::Batch);
    context.setEndpointOverride(QUrl(endpoint));
    if (context.delivery().isNowhere()) // then the pack's own address, if it has one
        context.setPack(loadPackForCommand(packFile, console));
    if (context.delivery().isNowhere()) {
        console.error(u"versus: "_s
                      + CommandText::tr("no address is set, so the inquiries wait in the outbox; set one in Settings "
                                        "or give --endpoint"));
        return 3;
    }
    if (auto opened = openWritableStore(context); !opened) {
        console.error(u"versus: "_s + opened.error().message);
        return 1;
    }
    Outbox &outbox = *context.startDelivery();
    InquiryStore &store = *context.store();
    if (!outbox.becomeSender()) {
        if (const auto problem = outbox.senderProblem()) {
            // Not another Versus: the lock cannot be made, so nothing could be saved either.
            console.error(u"versus: "_s + problem->message);
            return 1;
        }
        console.error(u"versus: "_s
                      + CommandText::tr("another Versus is sending the outbox; the inquiries stay queued"));
        return 3;
    }
    QStringList started;
    QObject::connect(&outbox, &Outbox::itemChanged, &outbox, [&](const QString &id) {
        if (!started.contains(id))
            started.append(id);
    });
    QHash<QString, QString> unrecorded; // id -> why its outcome could not be saved
    QObject::connect(&outbox, &Outbox::recordFailed, &outbox,
                     [&](const QString &id, const Diagnostic &problem) { unrecorded.insert(id, problem.message); });
    QEventLoop loop;
    QObject::connect(&outbox, &Outbox::idle, &loop, &QEventLoop::quit);
    outbox.sendAllNow();
    if (outbox.inFlight() > 0)
        loop.exec();
    int queued = 0;
    int attention = 0;
    int lost = 0;
    const auto items = store.outbox();
    if (!items) {
        console.error(u"versus: "_s + items.error().message);
        return 1;
    }
    for (const OutboxItem &item : *items) {
        if (item.state == OutboxItem::State::Queued)
            ++queued;
        if (item.state == OutboxItem::State::NeedsAttention)
            ++attention;
        if (!started.contains(item.id))
            continue;
        if (item.state == OutboxItem::State::Sending || unrecorded.contains(item.id)) {
            // The attempt was made, but the database does not say how it went.
            ++lost;
            console.printRow({item.id, OutboxItem::stateName(item.state),
                              CommandText::tr("the outcome could not be saved: %1")
                                  .arg(unrecorded.value(item.id,
                                                        CommandText::tr("the local database was not "
                                                                        "updated")))});
            continue;
        }
        QStringList row{item.id, OutboxItem::stateName(item.state)};
        if (!item.lastError.isEmpty())
            row.append(item.lastError);
        console.printRow(row);
    }
    console.flush();
    if (lost > 0) {
        console.error(
            u"versus: "_s
            + CommandText::tr("inquiries tried whose outcome could not be saved: %1. Make room or make the database "
                              "writable, then run --send-outbox again (the server recognises a repeat by "
                              "its idempotency key)")
                  .arg(lost));
        return 1;
    }
    return attention > 0 ? 1 : (queued > 0 ? 3 : 0);
}

int testEndpointCommand(const QString &endpoint, const QString &packFile, Console &console)
{
    AppContext context(AppContext::Mode::Batch);
    context.setEndpointOverride(QUrl(endpoint));
    context.setPack(loadPackForCommand(packFile, console));
    Outbox *outbox = context.startDelivery();
    if (!outbox) {
        console.error(u"versus: "_s + context.storeProblem());
        return 1;
    }
    if (context.delivery().isNowhere()) {
        console.error(u"versus: "_s + CommandText::tr("no address is set: give --endpoint, or set one in Settings"));
        return 1;
    }
    // Line by line: the console escapes control characters within a line.
    const auto printLines = [&console](const QString &text) {
        for (const QString &line : text.split(u'\n'))
            console.print(line);
    };
    printLines(DeliveryProfile::preview(outbox->endpoint(), outbox->profile().testRequest(outbox->token())));
    QString problem;
    int code = 1;
    QEventLoop loop;
    QObject::connect(outbox, &Outbox::testFinished, &loop, [&](const DeliveryOutcome &o, const QString &answer) {
        console.print(QString());
        console.print(CommandText::tr("answer: HTTP %1").arg(o.httpStatus));
        if (!answer.isEmpty())
            console.print(answer);
        if (o.kind == DeliveryOutcome::Kind::Sent) {
            console.print(CommandText::tr("ok: an inquiry would count as sent"));
            code = 0;
        } else {
            console.error(u"versus: "_s + o.message);
        }
        loop.quit();
    });
    if (!outbox->sendTest(&problem)) {
        console.error(u"versus: "_s + problem);
        return 1;
    }
    loop.exec();
    console.flush();
    return code;
}

int listOutboxCommand(bool json, Console &console)
{
    AppContext context(AppContext::Mode::Batch);
    if (auto opened = context.openStore(); !opened) {
        console.error(u"versus: "_s + opened.error().message);
        return 1;
    }
    const auto outbox = context.store()->outbox();
    if (!outbox) {
        console.error(u"versus: "_s + outbox.error().message);
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
            console.printRow(
                {item.id, OutboxItem::stateName(item.state), QString::number(item.attempts), item.lastError});
        }
    }
    if (json) {
        // JSON escapes control characters itself; each line still goes through the console.
        const QString text = QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
            console.print(line);
    }
    console.flush();
    return 0;
}

} // namespace Versus::Core

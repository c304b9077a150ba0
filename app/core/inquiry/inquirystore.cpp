#include "core/inquiry/inquirystore.h"

#include "core/common/logging.h"
#include "core/inquiry/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

#include <utility>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString toJson(const QVariantMap &map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap fromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
}

// SQLite stores a null QString as NULL; these columns hold text, possibly empty.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

OutboxItem::State stateFrom(const QString &name)
{
    if (name == u"sending"_s)
        return OutboxItem::State::Sending;
    if (name == u"sent"_s)
        return OutboxItem::State::Sent;
    if (name == u"needs-attention"_s)
        return OutboxItem::State::NeedsAttention;
    return OutboxItem::State::Queued;
}

const auto itemColumns = u"id, idempotency_key, pack_id, pack_version, created_at, body, content_type, fields, "
                         "verdict, state, attempts, next_attempt_at, last_error, server_id, sent_at, attachment"_s;

OutboxItem itemFrom(const QSqlQuery &q)
{
    OutboxItem it;
    it.id = q.value(0).toString();
    it.idempotencyKey = q.value(1).toString();
    it.packId = q.value(2).toString();
    it.packVersion = q.value(3).toString();
    it.createdAt = timeFrom(q.value(4));
    it.body = q.value(5).toByteArray();
    it.contentType = q.value(6).toString();
    it.fields = fromJson(q.value(7).toString());
    it.verdictSummary = q.value(8).toString();
    it.state = stateFrom(q.value(9).toString());
    it.attempts = q.value(10).toInt();
    it.nextAttemptAt = timeFrom(q.value(11));
    it.lastError = q.value(12).toString();
    it.serverId = q.value(13).toString();
    it.sentAt = timeFrom(q.value(14));
    it.attachment = q.value(15).toByteArray();
    return it;
}

const auto draftColumns = u"id, name, pack_id, fields, attach_verdict, created_at, updated_at"_s;

Draft draftFrom(const QSqlQuery &q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.packId = q.value(2).toString();
    d.fields = fromJson(q.value(3).toString());
    d.attachVerdict = q.value(4).toBool();
    d.createdAt = timeFrom(q.value(5));
    d.updatedAt = timeFrom(q.value(6));
    return d;
}

// The statement names what failed; the values bound to it (what clients wrote) stay out of the log.
void logFailure(const QString &what, const QSqlError &error)
{
    qCWarning(lcInquiry).noquote() << what << u"failed:"_s << error.text();
}

// The file a failed statement was about: the connection's, which is m_path while the store
// lives. (A view that outlives its store still writes through it, issue #11 item 2; taken
// from the connection, as every statement is, that ends in a logged failure, not a crash.)
QString databaseFile(const QString &connection)
{
    return QSqlDatabase::database(connection, false).databaseName();
}

// SQLite's primary result codes that mean "nothing can be written here", each told apart:
// what happened and what to do (SQLITE_READONLY 8, SQLITE_IOERR 10, SQLITE_CORRUPT 11,
// SQLITE_FULL 13, SQLITE_CANTOPEN 14, SQLITE_NOTADB 26).
int primaryCode(const QSqlError &error)
{
    if (!error.nativeErrorCode().isEmpty())
        return error.nativeErrorCode().toInt() & 0xFF;
    // Qt drops the code of a failed COMMIT and keeps SQLite's message (sqlite3_errstr(), never
    // translated), so that is what tells a full disk from the rest there.
    const QString text = error.databaseText();
    for (const auto &[code, message] :
         {std::pair{13, "database or disk is full"}, std::pair{8, "attempt to write a readonly database"},
          std::pair{10, "disk I/O error"}, std::pair{14, "unable to open database file"},
          std::pair{11, "database disk image is malformed"}, std::pair{26, "file is not a database"}}) {
        if (text.contains(QLatin1StringView(message)))
            return code;
    }
    return 0;
}

QString describeFailure(const QSqlError &error, const QString &file)
{
    const int code = primaryCode(error);
    // A full disk shows in many ways (the -shm file cannot be mapped: SQLITE_IOERR; a rollback
    // after SQLite has already rolled back: SQLITE_ERROR), so the disk itself is asked before
    // anything else is blamed.
    const QStorageInfo storage(QFileInfo(file).absolutePath());
    if (code == 13
        || (storage.isValid() && storage.isReady() && !storage.isReadOnly()
            && storage.bytesAvailable() < qint64(64) * 1024))
        return InquiryStore::tr("the disk is full (%1); nothing was changed. Free some space and try again")
            .arg(error.databaseText());
    // A read-only folder: SQLite cannot make the files it keeps beside the database.
    const QString folder = QFileInfo(file).absolutePath();
    if ((code == 8 || code == 10 || code == 14) && !QFileInfo(folder).isWritable())
        return InquiryStore::tr("the folder %1 is read-only (%2), so the local database cannot be opened or "
                                "written; make it writable and try again")
            .arg(folder, error.databaseText());
    switch (code) {
    case 8:
        return InquiryStore::tr("the local database is read-only (%1); nothing was changed. Make the file and its "
                                "folder writable and try again")
            .arg(error.databaseText());
    case 10:
    case 13:
    case 14:
        return InquiryStore::tr("the disk cannot be written (%1); nothing was changed. Check that it is not full "
                                "or read-only and try again")
            .arg(error.databaseText());
    case 11:
    case 26:
        return InquiryStore::tr("%1 is damaged or not a Versus database (%2). Move it elsewhere to start with an "
                                "empty outbox")
            .arg(file, error.databaseText());
    default: return InquiryStore::tr("the local database could not be written: %1").arg(error.text());
    }
}

} // namespace

QString OutboxItem::stateName(State state)
{
    switch (state) {
    case State::Queued: return u"queued"_s;
    case State::Sending: return u"sending"_s;
    case State::Sent: return u"sent"_s;
    case State::NeedsAttention: return u"needs-attention"_s;
    }
    return {};
}

InquiryStore::InquiryStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
    , m_connection(u"versus-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

InquiryStore::~InquiryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString InquiryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/versus.sqlite"_s;
}

bool InquiryStore::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

Result<void> InquiryStore::open()
{
    if (isOpen())
        return {};
    const auto cannot = [this](const QString &message) {
        qCWarning(lcInquiry).noquote() << message;
        return failure(message, m_path);
    };
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return cannot(tr("cannot create the folder %1").arg(info.absolutePath()));
    // Only the user may read what clients wrote: create the file owner-only before SQLite does.
    QFile file(m_path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly))
            return cannot(tr("cannot create %1: %2").arg(m_path, file.errorString()));
        file.close();
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return cannot(tr("cannot open %1: %2").arg(m_path, db.lastError().text()));
    for (const QString &pragma :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (auto done = exec(pragma); !done)
            return done;
    }
    return migrate();
}

Result<void> InquiryStore::checkWritable() const
{
    // A statement that would write (and matches nothing), rolled back: SQLite opens a read-only
    // file (another user's, a read-only disk) without complaint and refuses only the first
    // write. Rolled back, it changes nothing, not even data_version for the other processes.
    Transaction transaction(QSqlDatabase::database(m_connection));
    if (!transaction.isOpen())
        return failed(u"BEGIN"_s, transaction.lastError());
    return exec(u"DELETE FROM drafts WHERE id IS NULL"_s);
}

int InquiryStore::version() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

std::optional<qint64> InquiryStore::dataVersion() const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Diagnostic InquiryStore::failed(const QString &what, const QSqlError &error) const
{
    logFailure(what, error);
    const QString file = databaseFile(m_connection);
    return failure(describeFailure(error, file), file);
}

Diagnostic InquiryStore::unreadable(const QString &what, const QSqlError &error) const
{
    logFailure(what, error);
    return failure(tr("the local database could not be read: %1").arg(error.text()), databaseFile(m_connection));
}

Result<void> InquiryStore::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.prepare(sql))
        return failed(sql, q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed(sql, q.lastError());
    return {};
}

// One step per schema version; each runs in its own transaction.
Result<void> InquiryStore::migrate()
{
    const int current = version();
    if (current > schemaVersion) {
        qCWarning(lcInquiry) << m_path << "has schema" << current << "; this build reads up to" << schemaVersion;
        return failure(tr("%1 was written by a newer Versus (schema %2); this one reads up to %3")
                           .arg(m_path)
                           .arg(current)
                           .arg(schemaVersion),
                       m_path);
    }
    if (current < 1) {
        Transaction transaction(QSqlDatabase::database(m_connection));
        if (!transaction.isOpen())
            return failed(u"BEGIN"_s, transaction.lastError());
        for (
            const QString &sql :
            {u"CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, pack_id TEXT NOT NULL, "
             "fields TEXT NOT NULL DEFAULT '{}', attach_verdict INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT "
             "NULL, updated_at INTEGER NOT NULL, deleted_at INTEGER)"_s,
             u"CREATE TABLE outbox (id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL, pack_id TEXT NOT NULL, "
             "pack_version TEXT NOT NULL, created_at INTEGER NOT NULL, body BLOB NOT NULL, content_type TEXT NOT NULL, "
             "fields TEXT NOT NULL, verdict TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, attempts INTEGER NOT NULL "
             "DEFAULT 0, next_attempt_at INTEGER, last_error TEXT NOT NULL DEFAULT '', server_id TEXT NOT NULL "
             "DEFAULT '', sent_at INTEGER)"_s,
             u"CREATE TABLE delivery_log (id INTEGER PRIMARY KEY AUTOINCREMENT, item_id TEXT NOT NULL, at INTEGER NOT "
             "NULL, outcome TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE INDEX outbox_state ON outbox (state, next_attempt_at)"_s, u"PRAGMA user_version = 1"_s}) {
            if (auto done = exec(sql); !done)
                return done;
        }
        if (!transaction.commit())
            return failed(u"COMMIT"_s, transaction.lastError());
        qCInfo(lcInquiry) << "created" << m_path << "with schema 1";
    }
    if (current < 2) {
        Transaction transaction(QSqlDatabase::database(m_connection));
        if (!transaction.isOpen())
            return failed(u"BEGIN"_s, transaction.lastError());
        for (const QString &sql : {u"ALTER TABLE outbox ADD COLUMN attachment BLOB"_s, u"PRAGMA user_version = 2"_s}) {
            if (auto done = exec(sql); !done)
                return done;
        }
        if (!transaction.commit())
            return failed(u"COMMIT"_s, transaction.lastError());
        qCInfo(lcInquiry) << m_path << "is at schema" << schemaVersion;
    }
    return {};
}

Result<qint64> InquiryStore::createDraft(const QString &name, const QString &packId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.prepare(u"INSERT INTO drafts (name, pack_id, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(text(name));
    q.addBindValue(text(packId));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        logFailure(u"INSERT INTO drafts"_s, q.lastError());
        return failure(tr("the draft could not be saved: %1").arg(q.lastError().text()), databaseFile(m_connection));
    }
    return q.lastInsertId().toLongLong();
}

Result<void> InquiryStore::saveDraft(qint64 id, const QVariantMap &fields, bool attachVerdict)
{
    return exec(u"UPDATE drafts SET fields = ?, attach_verdict = ?, updated_at = ? WHERE id = ?"_s,
                {toJson(fields), attachVerdict ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), id});
}

Result<void> InquiryStore::renameDraft(qint64 id, const QString &name)
{
    return exec(u"UPDATE drafts SET name = ?, updated_at = ? WHERE id = ?"_s,
                {text(name), QDateTime::currentMSecsSinceEpoch(), id});
}

Result<void> InquiryStore::deleteDraft(qint64 id)
{
    return exec(u"UPDATE drafts SET deleted_at = ? WHERE id = ?"_s, {QDateTime::currentMSecsSinceEpoch(), id});
}

Result<void> InquiryStore::restoreDraft(qint64 id)
{
    return exec(u"UPDATE drafts SET deleted_at = NULL WHERE id = ?"_s, {id});
}

Result<void> InquiryStore::purgeDeletedDrafts()
{
    return exec(u"DELETE FROM drafts WHERE deleted_at IS NOT NULL"_s);
}

Result<QList<Draft>> InquiryStore::drafts(const QString &packId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString sql = u"SELECT "_s + draftColumns
        + u" FROM drafts WHERE deleted_at IS NULL AND (? = '' OR pack_id = ?) ORDER BY updated_at DESC, id DESC"_s;
    if (!q.prepare(sql))
        return unreadable(sql, q.lastError());
    q.addBindValue(text(packId));
    q.addBindValue(text(packId));
    if (!q.exec())
        return unreadable(sql, q.lastError());
    QList<Draft> out;
    while (q.next())
        out.append(draftFrom(q));
    return out;
}

std::optional<QSqlQuery> InquiryStore::selectOne(const QString &sql, const QVariant &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.prepare(sql) || (q.addBindValue(id), !q.exec())) {
        logFailure(sql, q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q;
}

std::optional<Draft> InquiryStore::draft(qint64 id) const
{
    const auto row = selectOne(u"SELECT "_s + draftColumns + u" FROM drafts WHERE id = ? AND deleted_at IS NULL"_s, id);
    return row ? std::optional(draftFrom(*row)) : std::nullopt;
}

Result<void> InquiryStore::enqueue(const OutboxItem &item, std::optional<qint64> fromDraft)
{
    Transaction transaction(QSqlDatabase::database(m_connection));
    if (!transaction.isOpen())
        return failed(u"BEGIN"_s, transaction.lastError());
    if (auto done
        = exec(u"INSERT INTO outbox ("_s + itemColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {item.id, item.idempotencyKey, text(item.packId), text(item.packVersion), timeValue(item.createdAt),
                item.body, item.contentType, toJson(item.fields), text(item.verdictSummary),
                OutboxItem::stateName(item.state), item.attempts, timeValue(item.nextAttemptAt), text(item.lastError),
                text(item.serverId), timeValue(item.sentAt),
                item.attachment.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(item.attachment)});
        !done)
        return done;
    if (fromDraft) {
        if (auto done = exec(u"DELETE FROM drafts WHERE id = ?"_s, {*fromDraft}); !done)
            return done;
    }
    if (auto done = exec(u"INSERT INTO delivery_log (item_id, at, outcome) VALUES (?, ?, 'queued')"_s,
                         {item.id, QDateTime::currentMSecsSinceEpoch()});
        !done)
        return done;
    if (!transaction.commit())
        return failed(u"COMMIT"_s, transaction.lastError());
    return {};
}

Result<QList<OutboxItem>> InquiryStore::outbox() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString sql = u"SELECT "_s + itemColumns + u" FROM outbox ORDER BY created_at, id"_s;
    if (!q.exec(sql))
        return unreadable(sql, q.lastError());
    QList<OutboxItem> out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

std::optional<OutboxItem> InquiryStore::item(const QString &id) const
{
    const auto row = selectOne(u"SELECT "_s + itemColumns + u" FROM outbox WHERE id = ?"_s, id);
    return row ? std::optional(itemFrom(*row)) : std::nullopt;
}

bool InquiryStore::claim(const QString &id, bool force)
{
    // One statement: two processes can never both take the same item.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        force ? u"UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND state IN "
                "('queued', 'needs-attention')"_s
              : u"UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND state = 'queued'"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        logFailure(q.lastQuery(), q.lastError());
        return false;
    }
    return q.numRowsAffected() == 1;
}

Result<void> InquiryStore::markSent(const QString &id, const QString &serverId, const QDateTime &at)
{
    return exec(
        u"UPDATE outbox SET state = 'sent', server_id = ?, sent_at = ?, last_error = '', next_attempt_at = NULL "
        "WHERE id = ?"_s,
        {text(serverId), timeValue(at), id});
}

Result<void> InquiryStore::markRetry(const QString &id, const QDateTime &nextAttempt, const QString &error)
{
    return exec(u"UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ?"_s,
                {timeValue(nextAttempt), text(error), id});
}

Result<void> InquiryStore::markNeedsAttention(const QString &id, const QString &error)
{
    return exec(u"UPDATE outbox SET state = 'needs-attention', next_attempt_at = NULL, last_error = ? WHERE id = ?"_s,
                {text(error), id});
}

Result<void> InquiryStore::requeue(const QString &id, const QVariantMap &fields, const QByteArray &body,
                                   const QString &newKey)
{
    return exec(u"UPDATE outbox SET fields = ?, body = ?, idempotency_key = ?, state = 'queued', next_attempt_at = ?, "
                "last_error = '' WHERE id = ? AND state <> 'sent'"_s,
                {toJson(fields), body, newKey, QDateTime::currentMSecsSinceEpoch(), id});
}

Result<void> InquiryStore::remove(const QString &id)
{
    return exec(u"DELETE FROM outbox WHERE id = ?"_s, {id});
}

Result<void> InquiryStore::resetStaleSending()
{
    return exec(u"UPDATE outbox SET state = 'queued' WHERE state = 'sending'"_s);
}

Result<void> InquiryStore::log(const DeliveryLogEntry &entry)
{
    return exec(u"INSERT INTO delivery_log (item_id, at, outcome, http_status, message) VALUES (?, ?, ?, ?, ?)"_s,
                {entry.itemId, timeValue(entry.at), entry.outcome, entry.httpStatus, text(entry.message)});
}

Result<void> InquiryStore::recordAttempt(const QString &id, OutboxItem::State state, const QDateTime &nextAttempt,
                                         const QString &serverId, const DeliveryLogEntry &entry)
{
    Transaction transaction(QSqlDatabase::database(m_connection));
    if (!transaction.isOpen())
        return failed(u"BEGIN"_s, transaction.lastError());
    auto marked = [&] {
        switch (state) {
        case OutboxItem::State::Sent: return markSent(id, serverId, entry.at);
        case OutboxItem::State::NeedsAttention: return markNeedsAttention(id, entry.message);
        default: return markRetry(id, nextAttempt, entry.message);
        }
    }();
    if (!marked)
        return marked;
    if (auto logged = log(entry); !logged)
        return logged;
    if (!transaction.commit())
        return failed(u"COMMIT"_s, transaction.lastError());
    return {};
}

Result<QList<DeliveryLogEntry>> InquiryStore::logFor(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString sql
        = u"SELECT item_id, at, outcome, http_status, message FROM delivery_log WHERE item_id = ? ORDER BY id"_s;
    if (!q.prepare(sql))
        return unreadable(sql, q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return unreadable(sql, q.lastError());
    QList<DeliveryLogEntry> out;
    while (q.next())
        out.append({q.value(0).toString(), timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toString()});
    return out;
}

Result<int> InquiryStore::purgeSent(const QDateTime &olderThan)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    if (!transaction.isOpen())
        return failed(u"BEGIN"_s, transaction.lastError());
    if (auto done = exec(u"DELETE FROM delivery_log WHERE item_id IN "
                         "(SELECT id FROM outbox WHERE state = 'sent' AND sent_at < ?)"_s,
                         {timeValue(olderThan)});
        !done)
        return done.error();
    QSqlQuery items(db);
    const QString sql = u"DELETE FROM outbox WHERE state = 'sent' AND sent_at < ?"_s;
    if (!items.prepare(sql))
        return failed(sql, items.lastError());
    items.addBindValue(timeValue(olderThan));
    if (!items.exec())
        return failed(sql, items.lastError());
    if (!transaction.commit())
        return failed(u"COMMIT"_s, transaction.lastError());
    qCDebug(lcInquiry) << "purged" << items.numRowsAffected() << "sent inquiries";
    return items.numRowsAffected();
}

Result<void> InquiryStore::deleteAll()
{
    Transaction transaction(QSqlDatabase::database(m_connection));
    if (!transaction.isOpen())
        return failed(u"BEGIN"_s, transaction.lastError());
    for (const QString &sql : {u"DELETE FROM drafts"_s, u"DELETE FROM outbox"_s, u"DELETE FROM delivery_log"_s}) {
        if (auto done = exec(sql); !done)
            return done;
    }
    if (!transaction.commit())
        return failed(u"COMMIT"_s, transaction.lastError());
    // Leave no deleted text behind in the file. Everything is deleted already when this
    // fails (it is logged); the space is reused, and the next VACUUM clears it.
    static_cast<void>(exec(u"VACUUM"_s));
    return {};
}

} // namespace Versus::Core

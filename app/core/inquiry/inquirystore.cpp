#include "core/inquiry/inquirystore.h"

#include "core/common/logging.h"
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
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Versus::Core::InquiryStore", text);
}

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
                         "verdict, state, attempts, next_attempt_at, last_error, server_id, sent_at"_s;

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
    return it;
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

QString InquiryStore::open()
{
    if (isOpen())
        return {};
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("cannot create the folder %1").arg(info.absolutePath());
    // Only the user may read what clients wrote: create the file owner-only before SQLite does.
    QFile file(m_path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly))
            return tr("cannot create %1: %2").arg(m_path, file.errorString());
        file.close();
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return tr("cannot open %1: %2").arg(m_path, db.lastError().text());
    for (const QString &pragma :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (QString error = exec(pragma); !error.isEmpty())
            return error;
    }
    return migrate();
}

int InquiryStore::version() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

namespace {
// SQLite's codes for a full disk or a failed write (SQLITE_FULL, SQLITE_IOERR, SQLITE_CANTOPEN).
QString describeFailure(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const int primary = code.toInt() & 0xFF;
    if (primary == 13 || primary == 10 || primary == 14)
        return QCoreApplication::translate("Versus::Core::InquiryStore",
                                           "the disk is full or cannot be written (%1); nothing was changed")
            .arg(error.databaseText());
    return QCoreApplication::translate("Versus::Core::InquiryStore", "the local database could not be written: %1")
        .arg(error.text());
}
} // namespace

QString InquiryStore::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.prepare(sql)) {
        qCDebug(lcInquiry) << sql << q.lastError().text();
        return describeFailure(q.lastError());
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCDebug(lcInquiry) << sql << q.lastError().text();
        return describeFailure(q.lastError());
    }
    return {};
}

// One step per schema version; each runs in its own transaction.
QString InquiryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int current = version();
    if (current > schemaVersion)
        return tr("%1 was written by a newer Versus (schema %2); this one reads up to %3")
            .arg(m_path)
            .arg(current)
            .arg(schemaVersion);
    if (current < 1) {
        db.transaction();
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
            if (QString error = exec(sql); !error.isEmpty()) {
                db.rollback();
                return error;
            }
        }
        if (!db.commit())
            return tr("the local database could not be written: %1").arg(db.lastError().text());
    }
    return {};
}

std::optional<qint64> InquiryStore::createDraft(const QString &name, const QString &packId, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.prepare(u"INSERT INTO drafts (name, pack_id, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(text(name));
    q.addBindValue(text(packId));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        if (error)
            *error = tr("the draft could not be saved: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

QString InquiryStore::saveDraft(qint64 id, const QVariantMap &fields, bool attachVerdict)
{
    return exec(u"UPDATE drafts SET fields = ?, attach_verdict = ?, updated_at = ? WHERE id = ?"_s,
                {toJson(fields), attachVerdict ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), id});
}

QString InquiryStore::renameDraft(qint64 id, const QString &name)
{
    return exec(u"UPDATE drafts SET name = ?, updated_at = ? WHERE id = ?"_s,
                {text(name), QDateTime::currentMSecsSinceEpoch(), id});
}

QString InquiryStore::deleteDraft(qint64 id)
{
    return exec(u"UPDATE drafts SET deleted_at = ? WHERE id = ?"_s, {QDateTime::currentMSecsSinceEpoch(), id});
}

QString InquiryStore::restoreDraft(qint64 id)
{
    return exec(u"UPDATE drafts SET deleted_at = NULL WHERE id = ?"_s, {id});
}

QString InquiryStore::purgeDeletedDrafts()
{
    return exec(u"DELETE FROM drafts WHERE deleted_at IS NOT NULL"_s);
}

QList<Draft> InquiryStore::drafts(const QString &packId) const
{
    QList<Draft> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT id, name, pack_id, fields, attach_verdict, created_at, updated_at FROM drafts "
              "WHERE deleted_at IS NULL AND (? = '' OR pack_id = ?) ORDER BY updated_at DESC, id DESC"_s);
    q.addBindValue(text(packId));
    q.addBindValue(text(packId));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    fromJson(q.value(3).toString()), q.value(4).toBool(), timeFrom(q.value(5)), timeFrom(q.value(6))});
    return out;
}

std::optional<Draft> InquiryStore::draft(qint64 id) const
{
    for (const Draft &d : drafts()) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

QString InquiryStore::enqueue(const OutboxItem &item, std::optional<qint64> fromDraft)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return tr("the local database could not be written: %1").arg(db.lastError().text());
    QString error
        = exec(u"INSERT INTO outbox ("_s + itemColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {item.id, item.idempotencyKey, text(item.packId), text(item.packVersion), timeValue(item.createdAt),
                item.body, item.contentType, toJson(item.fields), text(item.verdictSummary),
                OutboxItem::stateName(item.state), item.attempts, timeValue(item.nextAttemptAt), text(item.lastError),
                text(item.serverId), timeValue(item.sentAt)});
    if (error.isEmpty() && fromDraft)
        error = exec(u"DELETE FROM drafts WHERE id = ?"_s, {*fromDraft});
    if (error.isEmpty())
        error = exec(u"INSERT INTO delivery_log (item_id, at, outcome) VALUES (?, ?, 'queued')"_s,
                     {item.id, QDateTime::currentMSecsSinceEpoch()});
    if (!error.isEmpty() || !db.commit()) {
        db.rollback();
        return error.isEmpty() ? tr("the local database could not be written: %1").arg(db.lastError().text()) : error;
    }
    return {};
}

QList<OutboxItem> InquiryStore::outbox() const
{
    QList<OutboxItem> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT "_s + itemColumns + u" FROM outbox ORDER BY created_at, id"_s))
        return out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

std::optional<OutboxItem> InquiryStore::item(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT "_s + itemColumns + u" FROM outbox WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return itemFrom(q);
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
    return q.exec() && q.numRowsAffected() == 1;
}

QString InquiryStore::markSent(const QString &id, const QString &serverId, const QDateTime &at)
{
    return exec(
        u"UPDATE outbox SET state = 'sent', server_id = ?, sent_at = ?, last_error = '', next_attempt_at = NULL "
        "WHERE id = ?"_s,
        {text(serverId), timeValue(at), id});
}

QString InquiryStore::markRetry(const QString &id, const QDateTime &nextAttempt, const QString &error)
{
    return exec(u"UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ?"_s,
                {timeValue(nextAttempt), text(error), id});
}

QString InquiryStore::markNeedsAttention(const QString &id, const QString &error)
{
    return exec(u"UPDATE outbox SET state = 'needs-attention', next_attempt_at = NULL, last_error = ? WHERE id = ?"_s,
                {text(error), id});
}

QString InquiryStore::requeue(const QString &id, const QVariantMap &fields, const QByteArray &body,
                              const QString &newKey)
{
    return exec(u"UPDATE outbox SET fields = ?, body = ?, idempotency_key = ?, state = 'queued', next_attempt_at = ?, "
                "last_error = '' WHERE id = ? AND state <> 'sent'"_s,
                {toJson(fields), body, newKey, QDateTime::currentMSecsSinceEpoch(), id});
}

QString InquiryStore::remove(const QString &id)
{
    return exec(u"DELETE FROM outbox WHERE id = ?"_s, {id});
}

QString InquiryStore::resetStaleSending()
{
    return exec(u"UPDATE outbox SET state = 'queued' WHERE state = 'sending'"_s);
}

QString InquiryStore::log(const DeliveryLogEntry &entry)
{
    return exec(u"INSERT INTO delivery_log (item_id, at, outcome, http_status, message) VALUES (?, ?, ?, ?, ?)"_s,
                {entry.itemId, timeValue(entry.at), entry.outcome, entry.httpStatus, text(entry.message)});
}

QString InquiryStore::recordAttempt(const QString &id, OutboxItem::State state, const QDateTime &nextAttempt,
                                    const QString &serverId, const DeliveryLogEntry &entry)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return describeFailure(db.lastError());
    QString error;
    switch (state) {
    case OutboxItem::State::Sent: error = markSent(id, serverId, entry.at); break;
    case OutboxItem::State::NeedsAttention: error = markNeedsAttention(id, entry.message); break;
    default: error = markRetry(id, nextAttempt, entry.message); break;
    }
    if (error.isEmpty())
        error = log(entry);
    if (!error.isEmpty() || !db.commit()) {
        db.rollback();
        return error.isEmpty() ? describeFailure(db.lastError()) : error;
    }
    return {};
}

QList<DeliveryLogEntry> InquiryStore::logFor(const QString &id) const
{
    QList<DeliveryLogEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT item_id, at, outcome, http_status, message FROM delivery_log WHERE item_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toString()});
    return out;
}

int InquiryStore::purgeSent(const QDateTime &olderThan)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(
        u"DELETE FROM delivery_log WHERE item_id IN (SELECT id FROM outbox WHERE state = 'sent' AND sent_at < ?)"_s);
    q.addBindValue(timeValue(olderThan));
    QSqlQuery items(db);
    items.prepare(u"DELETE FROM outbox WHERE state = 'sent' AND sent_at < ?"_s);
    items.addBindValue(timeValue(olderThan));
    if (!q.exec() || !items.exec() || !db.commit()) {
        db.rollback();
        return -1;
    }
    return items.numRowsAffected();
}

QString InquiryStore::deleteAll()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    for (const QString &sql : {u"DELETE FROM drafts"_s, u"DELETE FROM outbox"_s, u"DELETE FROM delivery_log"_s}) {
        if (QString error = exec(sql); !error.isEmpty()) {
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return tr("the local database could not be written: %1").arg(db.lastError().text());
    exec(u"VACUUM"_s); // leave no deleted text behind in the file
    return {};
}

} // namespace Versus::Core

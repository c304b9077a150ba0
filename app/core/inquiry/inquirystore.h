#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <optional>

class QSqlError;

namespace Versus::Core {

struct Draft {
    qint64 id = 0;
    QString name;
    QString packId;
    QVariantMap fields;
    bool attachVerdict = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// An inquiry frozen for sending: the exact body and the idempotency key travel
/// unchanged on every attempt.
struct OutboxItem {
    enum class State { Queued, Sending, Sent, NeedsAttention };
    QString id; // a UUID, also the inquiry's id in the body
    QString idempotencyKey;
    QString packId;
    QString packVersion;
    QDateTime createdAt;
    QByteArray body;
    QString contentType;
    QVariantMap fields;
    QString verdictSummary;
    QByteArray attachment; // the decision report (PDF), sent by the profiles that carry files; empty: none
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString serverId;
    QDateTime sentAt;

    static QString stateName(State state); // queued, sending, sent, needs-attention
};

struct DeliveryLogEntry {
    QString itemId;
    QDateTime at;
    QString outcome;
    int httpStatus = 0;
    QString message;
};

/// Drafts, the outbox and the delivery log, in one SQLite database (WAL,
/// synchronous=FULL, owner-only file mode, a versioned schema). Every change is one
/// transaction: it is there whole after a crash, or not at all. Methods that can fail
/// return a Result whose Diagnostic names the database file; every SQL failure is also
/// logged (versus.core.inquiry). Reads of one row give nothing when it is not there.
class InquiryStore final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::InquiryStore)

public:
    static constexpr int schemaVersion = 2; // 2: outbox.attachment

    /// The database file; empty means the default under QStandardPaths::AppDataLocation.
    explicit InquiryStore(const QString &path = {});
    ~InquiryStore();
    InquiryStore(const InquiryStore &) = delete;
    InquiryStore &operator=(const InquiryStore &) = delete;

    static QString defaultPath();
    QString path() const { return m_path; }
    Result<void> open();
    bool isOpen() const;
    /// Whether the open database can be written (not a read-only file or disk); the
    /// problem, in words that say what to do, when it cannot.
    Result<void> checkWritable() const;
    int version() const;
    /// SQLite's data_version: it changes when another connection (another process, or
    /// another store in this one) commits, never with this store's own commits. Nothing
    /// when it cannot be read; not logged, as it is polled.
    std::optional<qint64> dataVersion() const;

    // Drafts
    /// The new draft's id.
    Result<qint64> createDraft(const QString &name, const QString &packId);
    Result<void> saveDraft(qint64 id, const QVariantMap &fields, bool attachVerdict);
    Result<void> renameDraft(qint64 id, const QString &name);
    /// Hidden, not gone: restoreDraft() brings it back until purgeDeletedDrafts().
    Result<void> deleteDraft(qint64 id);
    Result<void> restoreDraft(qint64 id);
    Result<void> purgeDeletedDrafts();
    /// Newest first; an empty list means there are none, a failure that they cannot be read.
    Result<QList<Draft>> drafts(const QString &packId = {}) const;
    /// Nothing when there is no such draft (or it is deleted), or it cannot be read (logged).
    std::optional<Draft> draft(qint64 id) const;

    // Outbox
    /// Adds the item and, in the same transaction, removes the draft it came from.
    Result<void> enqueue(const OutboxItem &item, std::optional<qint64> fromDraft = std::nullopt);
    Result<QList<OutboxItem>> outbox() const;
    /// Nothing when there is no such item, or it cannot be read (logged).
    std::optional<OutboxItem> item(const QString &id) const;
    /// Queued (or needing attention, when forced) -> sending, one more attempt; false when
    /// the item is not there or already taken.
    bool claim(const QString &id, bool force = false);
    Result<void> markSent(const QString &id, const QString &serverId, const QDateTime &at);
    Result<void> markRetry(const QString &id, const QDateTime &nextAttempt, const QString &error);
    Result<void> markNeedsAttention(const QString &id, const QString &error);
    /// For Edit and resend: new fields and body; the key changes only with the content.
    Result<void> requeue(const QString &id, const QVariantMap &fields, const QByteArray &body, const QString &newKey);
    Result<void> remove(const QString &id);
    /// Items left "sending" by a process that stopped are queued again (same key).
    Result<void> resetStaleSending();
    Result<void> log(const DeliveryLogEntry &entry);
    /// The end of one attempt: the item's new state and its log line, in one transaction.
    Result<void> recordAttempt(const QString &id, OutboxItem::State state, const QDateTime &nextAttempt,
                               const QString &serverId, const DeliveryLogEntry &entry);
    Result<QList<DeliveryLogEntry>> logFor(const QString &id) const;
    /// Removes sent inquiries older than the limit; returns how many.
    Result<int> purgeSent(const QDateTime &olderThan);
    /// Drafts, outbox and log, all of it.
    Result<void> deleteAll();

private:
    Result<void> exec(const QString &sql, const QVariantList &values = {}) const;
    Result<void> migrate();
    /// The one row a query by id finds, positioned on it; nothing when there is none or it failed (logged).
    std::optional<QSqlQuery> selectOne(const QString &sql, const QVariant &id) const;
    /// A statement or transaction that failed to write, logged, in words for the user.
    Diagnostic failed(const QString &what, const QSqlError &error) const;
    /// The same for one that failed to read.
    Diagnostic unreadable(const QString &what, const QSqlError &error) const;

    QString m_path;
    QString m_connection;
};

} // namespace Versus::Core

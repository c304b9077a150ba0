#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

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
/// transaction: it is there whole after a crash, or not at all. Methods that write
/// return an error message, or an empty string.
class InquiryStore final {
public:
    static constexpr int schemaVersion = 1;

    /// The database file; empty means the default under QStandardPaths::AppDataLocation.
    explicit InquiryStore(const QString &path = {});
    ~InquiryStore();
    InquiryStore(const InquiryStore &) = delete;
    InquiryStore &operator=(const InquiryStore &) = delete;

    static QString defaultPath();
    QString path() const { return m_path; }
    QString open();
    bool isOpen() const;
    int version() const;

    // Drafts
    std::optional<qint64> createDraft(const QString &name, const QString &packId, QString *error);
    QString saveDraft(qint64 id, const QVariantMap &fields, bool attachVerdict);
    QString renameDraft(qint64 id, const QString &name);
    /// Hidden, not gone: restoreDraft() brings it back until purgeDeletedDrafts().
    QString deleteDraft(qint64 id);
    QString restoreDraft(qint64 id);
    QString purgeDeletedDrafts();
    QList<Draft> drafts(const QString &packId = {}) const;
    std::optional<Draft> draft(qint64 id) const;

    // Outbox
    /// Adds the item and, in the same transaction, removes the draft it came from.
    QString enqueue(const OutboxItem &item, std::optional<qint64> fromDraft = std::nullopt);
    QList<OutboxItem> outbox() const;
    std::optional<OutboxItem> item(const QString &id) const;
    /// Queued (or needing attention, when forced) -> sending, one more attempt; false when
    /// the item is not there or already taken.
    bool claim(const QString &id, bool force = false);
    QString markSent(const QString &id, const QString &serverId, const QDateTime &at);
    QString markRetry(const QString &id, const QDateTime &nextAttempt, const QString &error);
    QString markNeedsAttention(const QString &id, const QString &error);
    /// For Edit and resend: new fields and body; the key changes only with the content.
    QString requeue(const QString &id, const QVariantMap &fields, const QByteArray &body, const QString &newKey);
    QString remove(const QString &id);
    /// Items left "sending" by a process that stopped are queued again (same key).
    QString resetStaleSending();
    QString log(const DeliveryLogEntry &entry);
    /// The end of one attempt: the item's new state and its log line, in one transaction.
    QString recordAttempt(const QString &id, OutboxItem::State state, const QDateTime &nextAttempt,
                          const QString &serverId, const DeliveryLogEntry &entry);
    QList<DeliveryLogEntry> logFor(const QString &id) const;
    /// Removes sent inquiries older than the limit; returns how many, or -1.
    int purgeSent(const QDateTime &olderThan);
    /// Drafts, outbox and log, all of it.
    QString deleteAll();

private:
    QString exec(const QString &sql, const QVariantList &values = {}) const;
    QString migrate();

    QString m_path;
    QString m_connection;
};

} // namespace Versus::Core

#pragma once

#include "core/common/result.h"
#include "core/inquiry/deliveryprofile.h"
#include "core/inquiry/inquiryformat.h"

#include "core/inquiry/inquirystore.h"
#include "core/pack/pack.h"

#include <QDateTime>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Versus::Core {

/// Why Versus itself ended an attempt before its answer was complete.
enum class CutOff {
    None,
    Silence, // no byte in either direction for the transfer timeout
    Deadline, // the attempt as a whole took too long
    TooLarge, // the answer's body is longer than Outbox::maxResponseBytes
};

/// What one delivery attempt came to (docs/inquiry-protocol.md).
struct DeliveryOutcome {
    enum class Kind { Sent, Retry, NeedsAttention };
    Kind kind = Kind::Retry;
    int httpStatus = 0;
    QString message;
    QString serverId;
    qint64 retryAfterMs = -1; // from a Retry-After header
};

/// Sends frozen inquiries over HTTP and never loses one: every attempt carries the
/// same idempotency key; failures are retried with exponential backoff and full
/// jitter (5 s doubling to 30 min, or the server's Retry-After), or set aside as
/// "needs attention" with the server's message. Only the process holding the sender
/// lock sends; any process may queue.
class Outbox final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    static constexpr qint64 backoffBaseMs = 5000;
    static constexpr qint64 backoffCapMs = qint64(30) * 60 * 1000;
    static constexpr int defaultTransferTimeoutMs = 20000;
    /// However the server trickles its answer, one attempt ends after this long.
    static constexpr int defaultAttemptDeadlineMs = 60000;
    /// A Retry-After shorter than this (0, a date in the past) counts as this long, so
    /// that no server can make Versus retry in a loop; a longer one than backoffCapMs
    /// counts as backoffCapMs.
    static constexpr qint64 minRetryAfterMs = backoffBaseMs;
    /// The most of an answer's body that is read: only the server's id or message is
    /// taken from it. A longer answer is cut off and the inquiry retried (same key).
    static constexpr qint64 maxResponseBytes = qint64(1) << 20;
    static constexpr int maxInFlight = 4;
    static constexpr int watchIntervalMs = 1000;

    explicit Outbox(InquiryStore *store, QObject *parent = nullptr);
    ~Outbox() override;

    // Configuration
    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const { return m_endpoint; }
    /// How inquiries are encoded and sent, and how the answer is read (Versus's protocol by default).
    void setProfile(const DeliveryProfile &profile) { m_profile = profile; }
    const DeliveryProfile &profile() const { return m_profile; }
    InquiryFormat format() const { return m_profile.format; }
    /// The secret the profile sends (a bearer token, an API key, user:password).
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    /// When the endpoint is a pack's own, only that pack's inquiries go to it; the others
    /// wait for their pack. Empty (the default, and for an endpoint chosen by the user):
    /// every inquiry goes to the endpoint.
    void setPackFilter(const QString &packId) { m_packFilter = packId; }
    bool isMine(const OutboxItem &item) const { return m_packFilter.isEmpty() || item.packId == m_packFilter; }
    /// Ends an attempt after this long without a byte in either direction.
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    /// Ends an attempt after this long in all, bytes or not.
    void setAttemptDeadline(int ms) { m_attemptDeadlineMs = ms; }
    /// How often a Versus that does not send checks whether the sender has quit.
    void setTakeOverInterval(int ms) { m_takeOverIntervalMs = ms; }
    /// For tests: the time, and a number in [0, 1) for the jitter.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setRandom(std::function<double()> random) { m_random = std::move(random); }
    /// Sending on its own schedule (timers); off for the command line, which sends once.
    void setAutomatic(bool automatic);
    /// Notices, every `intervalMs`, what other processes (another window, --queue-inquiry)
    /// commit to the database: changedElsewhere(), and the sender sends what became due.
    void watchOtherProcesses(int intervalMs = watchIntervalMs);

    /// https anywhere, or http to this machine only; an error message otherwise.
    static QString checkEndpoint(const QUrl &endpoint);
    static bool isLoopback(const QUrl &url);

    /// The inquiry, frozen: a new id and idempotency key, and the exact body to send.
    static OutboxItem freeze(const Pack &pack, const QVariantMap &fields, const QString &verdictSummary,
                             InquiryFormat format, const QDateTime &now);
    static QByteArray bodyFor(const OutboxItem &item, InquiryFormat format);

    /// Takes the sender's lock (next to the database); false when another Versus holds
    /// it, and then tries again every few seconds, emitting becameSender() when it has it.
    bool becomeSender();
    bool isSender() const { return m_lock && m_lock->isLocked(); }
    /// After becomeSender() returned false: nothing when another live Versus holds the lock;
    /// otherwise why the lock could not be taken (the disk is full, the folder is not
    /// writable), which also means that nothing can be saved there.
    const std::optional<Diagnostic> &senderProblem() const { return m_senderProblem; }
    /// Queues the inquiry in one transaction (removing its draft), then sends when it can.
    Result<void> submit(const OutboxItem &item, std::optional<qint64> fromDraft = std::nullopt);
    /// Edit and resend: new content gets a new idempotency key, unchanged content keeps it.
    Result<void> resend(const QString &id, const QVariantMap &fields);

    /// Sends every queued item whose time has come.
    void sendDue();
    /// Sends now, whatever the backoff: one item, or every queued one.
    void sendNow(const QString &id);
    void sendAllNow();
    /// Deliveries under way, and those waiting for a free slot.
    int inFlight() const { return static_cast<int>(m_replies.size() + m_pending.size()); }
    /// When the next queued item is due, or an invalid time.
    QDateTime nextAttempt() const;

    /// The delay before attempt number `attempt` + 1: full jitter over base x 2^(attempt-1), capped.
    static qint64 backoffMs(int attempt, double random);
    /// A Retry-After value in seconds or as an HTTP date, at most backoffCapMs; -1 when
    /// there is none (or it cannot be read).
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);
    /// The wait before the next attempt: the server's Retry-After (-1: none) kept within
    /// [minRetryAfterMs, backoffCapMs], else backoffMs(attempt, random).
    static qint64 retryDelayMs(qint64 retryAfterMs, int attempt, double random);
    /// Classifies one HTTP exchange. A form backend's 2xx is read too: its JSON may say that
    /// the submission failed ("ok": false, "error", "errors").
    static DeliveryOutcome classify(int networkError, int httpStatus, const QByteArray &body, CutOff cutOff,
                                    const QString &errorText, const QByteArray &retryAfter, const QByteArray &location,
                                    const QDateTime &now, InquiryFormat format = InquiryFormat::Versus);

    /// Sends the profile's test request to the endpoint (nothing is stored); testFinished()
    /// says what came back. False, with nothing sent, when the address is refused or the
    /// profile has no test request (problem says why).
    bool sendTest(QString *problem = nullptr);

Q_SIGNALS:
    void itemChanged(const QString &id);
    /// An attempt was made but its outcome could not be written (the item stays "sending"
    /// and goes back to the queue when a sender next starts).
    void recordFailed(const QString &id, const Versus::Core::Diagnostic &problem);
    /// No delivery is in flight any more.
    void idle();
    /// The Versus that was sending has quit, and this one sends now.
    void becameSender();
    /// Another connection changed the database (see watchOtherProcesses()).
    void changedElsewhere();
    /// The answer to sendTest(): how it would count for an inquiry, and the start of the body.
    void testFinished(const Versus::Core::DeliveryOutcome &outcome, const QString &answer);

private:
    void start(const OutboxItem &item);
    /// The POST itself, with the outbox's rules (no redirect, a fresh connection, a body read once).
    QNetworkReply *post(const DeliveryRequest &request);
    void pump();
    void finish(QNetworkReply *reply, const QString &id);
    void schedule();
    void checkOtherProcesses();
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }

    InquiryStore *m_store;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QTimer *m_takeOver = nullptr;
    QTimer *m_watch = nullptr;
    std::optional<qint64> m_dataVersion; // the database as last seen by watchOtherProcesses()
    std::unique_ptr<QLockFile> m_lock;
    std::optional<Diagnostic> m_senderProblem;
    QUrl m_endpoint;
    DeliveryProfile m_profile;
    QString m_token;
    QString m_packFilter;
    int m_transferTimeoutMs = defaultTransferTimeoutMs;
    int m_attemptDeadlineMs = defaultAttemptDeadlineMs;
    int m_takeOverIntervalMs = 5000;
    bool m_automatic = true;
    std::function<QDateTime()> m_now;
    std::function<double()> m_random;
    QHash<QNetworkReply *, QString> m_replies;
    QHash<QNetworkReply *, CutOff> m_cutOff;
    QHash<QNetworkReply *, QByteArray> m_bodies; // what each reply has answered so far, at most the cap
    QStringList m_pending; // sendAllNow(): items still to start
};

} // namespace Versus::Core

#include "core/inquiry/outbox.h"
#include "core/common/logging.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstring>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Why the sender's lock file cannot be made, in words that say what to do.
Diagnostic lockProblem(QLockFile::LockError error, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (error == QLockFile::PermissionError)
        return failure(Outbox::tr("the folder %1 is not writable (it may be on a read-only disk), so nothing can be "
                                  "sent or saved; make it writable and try again")
                           .arg(folder),
                       path);
    const QStorageInfo storage(folder);
    if (storage.isValid() && !storage.isReadOnly() && storage.bytesAvailable() < qint64(64) * 1024)
        return failure(Outbox::tr("the disk holding %1 is full, so nothing can be sent or saved; free some space "
                                  "and try again")
                           .arg(folder),
                       path);
    return failure(Outbox::tr("the lock file %1 cannot be created, so nothing can be sent; check that the folder "
                              "is writable and the disk not full")
                       .arg(path),
                   path);
}

// A lock that no live Versus can be holding: its process is gone, or it has stayed
// empty or unreadable for longer than writing it takes (Qt creates the file, then
// writes the process id into it). A fresh or well-formed lock of a live process is
// never touched, so two windows cannot both end up sending.
bool isAbandoned(const QLockFile &lock, const QString &path)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app)) {
        const QDateTime written = QFileInfo(path).lastModified();
        return written.isValid() && written.msecsTo(QDateTime::currentDateTime()) > 2000;
    }
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return false; // another machine's: only it can tell
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH;
#else
    return false; // Qt's own check covers dead processes; only the empty lock is ours
#endif
}

// The body of one POST, readable once. Qt sends a request again by itself when its
// connection drops before the answer (up to three times, QHttpNetworkConnectionChannel's
// reconnectAttempts), and to do so it rewinds the body; this body refuses, so Qt ends
// the reply with ContentReSendError instead. Each POST the server may have seen is then
// one attempt of ours, counted and logged, and retried on our own backoff.
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return pos() == 0; }
    bool seek(qint64 position) override { return position == pos() && QIODevice::seek(position); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::clamp<qint64>(m_data.size() - pos(), 0, maxSize);
        std::memcpy(data, m_data.constData() + pos(), static_cast<size_t>(n));
        return n;
    }
    qint64 writeData(const char * /*data*/, qint64 /*size*/) override { return -1; } // read-only

private:
    QByteArray m_data;
};

// What a receiver says went wrong: Versus's "message", a form backend's "error" or
// "errors": [{"message"}], HubSpot's "message" with "errors": [{"message", "errorType"}].
QString jsonMessage(const QJsonObject &json)
{
    QStringList parts;
    for (const char *key : {"message", "error", "detail"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isString()) {
            parts.append(v.toString());
            break;
        }
        if (v.isObject() && v.toObject().value(u"message"_s).isString()) {
            parts.append(v.toObject().value(u"message"_s).toString());
            break;
        }
    }
    const QJsonArray errors = json.value(u"errors"_s).toArray();
    for (const auto &e : errors) {
        QString m = e.toObject().value(u"message"_s).toString();
        const QString type = e.toObject().value(u"errorType"_s).toString();
        if (!type.isEmpty())
            m += u" ("_s + type + u')';
        if (!m.isEmpty() && !parts.contains(m))
            parts.append(m);
        if (parts.size() >= 6)
            break;
    }
    return parts.join(u"; "_s);
}

} // namespace

Outbox::Outbox(InquiryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Outbox::sendDue);
}

Outbox::~Outbox()
{
    // Replies still in flight are abandoned; their items are "sending" and go back to
    // the queue, same key, when a sender starts next.
    for (QNetworkReply *reply : m_replies.keys()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void Outbox::setEndpoint(const QUrl &endpoint)
{
    const bool wasNowhere = m_endpoint.isEmpty();
    m_endpoint = endpoint;
    // Nothing to a local relay or test server goes through a proxy.
    m_network->setProxy(isLoopback(endpoint) ? QNetworkProxy(QNetworkProxy::NoProxy) : QNetworkProxy());
    // What waited for an address goes now.
    if (wasNowhere && !endpoint.isEmpty() && isSender() && m_automatic)
        sendDue();
}

void Outbox::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (!automatic)
        m_timer->stop();
    else
        schedule();
}

// SQLite's data_version, polled: one cheap read, the same on every platform, and it
// changes only with another connection's commit. (A file-system watch on the WAL file
// depends on the platform and fires on this process's own writes; a local socket would
// miss --queue-inquiry and any Versus that does not know of it.)
void Outbox::watchOtherProcesses(int intervalMs)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &Outbox::checkOtherProcesses);
    }
    m_dataVersion = m_store->dataVersion();
    m_watch->start(intervalMs);
}

void Outbox::checkOtherProcesses()
{
    const std::optional<qint64> version = m_store->dataVersion();
    if (!version || version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changedElsewhere();
    if (isSender() && m_automatic)
        sendDue();
}

bool Outbox::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Outbox::checkEndpoint(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return tr("no valid address to send inquiries to is set");
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s && isLoopback(endpoint))
        return {};
    if (scheme == u"http"_s)
        return tr("%1 is not encrypted: inquiries are only sent over https (or http to this computer)")
            .arg(endpoint.toDisplayString());
    return tr("%1 is not an https address").arg(endpoint.toDisplayString());
}

OutboxItem Outbox::freeze(const Pack &pack, const QVariantMap &fields, const QString &verdictSummary,
                          InquiryFormat format, const QDateTime &now)
{
    OutboxItem item;
    item.id = newUuid();
    item.idempotencyKey = newUuid();
    item.packId = pack.id;
    item.packVersion = pack.version;
    item.createdAt = now;
    item.fields = fields;
    item.verdictSummary = verdictSummary;
    item.contentType = inquiryContentType(format);
    item.body = bodyFor(item, format);
    item.state = OutboxItem::State::Queued;
    item.nextAttemptAt = now;
    return item;
}

QByteArray Outbox::bodyFor(const OutboxItem &item, InquiryFormat format)
{
    DeliveryProfile profile;
    profile.format = format;
    return profile.request(item, QString()).body;
}

bool Outbox::becomeSender()
{
    if (isSender())
        return true;
    const QString lockPath = QFileInfo(m_store->path()).absolutePath() + u"/outbox.lock"_s;
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    bool locked = m_lock->tryLock(0);
    if (!locked && m_lock->error() == QLockFile::LockFailedError && isAbandoned(*m_lock, lockPath)) {
        // Qt calls a lock stale when its process is gone, but a sender killed at the wrong
        // moment can leave an empty lock, or one whose removal Qt guards with a second lock
        // file that was left behind too. Such a lock is removed here; the removal itself
        // fails while a live process holds the file (Qt keeps an OS lock on it).
        if (m_lock->removeStaleLockFile())
            locked = m_lock->tryLock(0);
    }
    if (!locked && m_lock->error() != QLockFile::LockFailedError) {
        // No lock file can be made here: no other Versus is involved, and the database next
        // to it cannot be written either. Logged once, not at every try to take over.
        const bool known = m_senderProblem.has_value();
        m_senderProblem = lockProblem(m_lock->error(), lockPath);
        if (!known)
            qCWarning(lcNet).noquote() << m_senderProblem->message;
    } else {
        m_senderProblem.reset();
    }
    if (!locked) {
        m_lock.reset();
        // Another Versus sends (or the lock cannot be made yet); take over when it quits.
        if (!m_takeOver) {
            m_takeOver = new QTimer(this);
            connect(m_takeOver, &QTimer::timeout, this, [this] {
                if (becomeSender())
                    Q_EMIT becameSender();
            });
        }
        m_takeOver->start(m_takeOverIntervalMs);
        return false;
    }
    if (m_takeOver)
        m_takeOver->stop();
    static_cast<void>(m_store->resetStaleSending()); // logged by the store; they stay "sending" until next time
    schedule();
    return true;
}

Result<void> Outbox::submit(const OutboxItem &item, std::optional<qint64> fromDraft)
{
    if (auto done = m_store->enqueue(item, fromDraft); !done)
        return done;
    Q_EMIT itemChanged(item.id);
    if (isSender() && m_automatic)
        sendDue();
    return {};
}

Result<void> Outbox::resend(const QString &id, const QVariantMap &fields)
{
    auto item = m_store->item(id);
    if (!item)
        return failure(tr("the inquiry is not in the outbox any more"));
    // Same content, same key: the server may already have it.
    const bool changed = fields != item->fields;
    OutboxItem next = *item;
    next.fields = fields;
    if (changed)
        next.idempotencyKey = newUuid();
    if (auto done = m_store->requeue(id, fields, bodyFor(next, m_profile.format), next.idempotencyKey); !done)
        return done;
    Q_EMIT itemChanged(id);
    if (isSender() && m_automatic)
        sendDue();
    return {};
}

qint64 Outbox::backoffMs(int attempt, double random)
{
    const int doublings = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min(backoffCapMs, backoffBaseMs << doublings);
    return static_cast<qint64>(std::clamp(random, 0.0, 1.0) * static_cast<double>(ceiling));
}

qint64 Outbox::retryDelayMs(qint64 retryAfterMs, int attempt, double random)
{
    if (retryAfterMs < 0)
        return backoffMs(attempt, random);
    // A floor, so that "Retry-After: 0" (or a date gone by) again and again is one attempt
    // every few seconds, not a loop; and a cap, so that the next attempt stays in sight.
    return std::clamp(retryAfterMs, minRetryAfterMs, backoffCapMs);
}

qint64 Outbox::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    if (std::all_of(v.cbegin(), v.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Seconds, as many digits as the server likes: beyond the cap (or beyond 64 bits) is the cap.
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        return ok && seconds <= backoffCapMs / 1000 ? seconds * 1000 : backoffCapMs;
    }
    // An HTTP date: "Wed, 21 Oct 2026 07:28:00 GMT" (RFC 9110, IMF-fixdate).
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    return std::clamp<qint64>(now.msecsTo(at), 0, backoffCapMs);
}

DeliveryOutcome Outbox::classify(int networkError, int httpStatus, const QByteArray &body, CutOff cutOff,
                                 const QString &errorText, const QByteArray &retryAfter, const QByteArray &location,
                                 const QDateTime &now, InquiryFormat format)
{
    DeliveryOutcome o;
    o.httpStatus = httpStatus;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const auto serverMessage = [&] {
        QString found = jsonMessage(json);
        return found.isEmpty() ? QString::fromUtf8(body.left(500)).trimmed() : found;
    };
    switch (cutOff) {
    case CutOff::None: break;
    case CutOff::Silence: o.message = tr("no answer from the server in time"); return o; // retry
    case CutOff::Deadline: o.message = tr("no complete answer from the server in time"); return o; // retry
    case CutOff::TooLarge:
        // Whatever the status, the server may have stored it: the same key again later.
        o.message = tr("the server's answer was more than %1 MiB long and was not read (HTTP %2)")
                        .arg(maxResponseBytes >> 20)
                        .arg(httpStatus);
        return o;
    }
    if (httpStatus >= 200 && httpStatus < 300 && format == InquiryFormat::Form) {
        // A form backend may answer 200 to a submission it refused, or with a web page (a
        // CAPTCHA, a confirmation step) when it did not read Accept: neither is "sent".
        const bool refused = json.value(u"ok"_s) == QJsonValue(false) || json.contains(u"error"_s)
            || json.contains(u"errors"_s) || json.value(u"success"_s) == QJsonValue(false);
        if (refused || !QJsonDocument::fromJson(body).isObject()) {
            o.kind = DeliveryOutcome::Kind::NeedsAttention;
            const QString text = refused ? serverMessage() : tr("the answer was not JSON; the address may be wrong");
            o.message = tr("the form service did not take the inquiry (HTTP %1): %2").arg(httpStatus).arg(text);
            return o;
        }
    }
    if (httpStatus >= 200 && httpStatus < 300) {
        o.kind = DeliveryOutcome::Kind::Sent;
        o.serverId = QJsonDocument::fromJson(body).object().value(u"id"_s).toVariant().toString();
        return o;
    }
    if (httpStatus >= 300 && httpStatus < 400) {
        o.kind = DeliveryOutcome::Kind::NeedsAttention;
        o.message
            = tr("the server answered with a redirect (HTTP %1%2); an inquiry is never sent on to another address")
                  .arg(httpStatus)
                  .arg(location.isEmpty() ? QString() : tr(" to %1").arg(QString::fromUtf8(location)));
        return o;
    }
    if (httpStatus == 408 || httpStatus == 409 || httpStatus == 425 || httpStatus == 429 || httpStatus >= 500) {
        o.retryAfterMs = parseRetryAfter(retryAfter, now);
        const QString text = serverMessage();
        o.message = tr("the server is busy or failed (HTTP %1)%2")
                        .arg(httpStatus)
                        .arg(text.isEmpty() ? QString() : u": "_s + text);
        return o;
    }
    if (httpStatus >= 400) {
        o.kind = DeliveryOutcome::Kind::NeedsAttention;
        const QString text = serverMessage();
        o.message = tr("the server refused the inquiry (HTTP %1)%2")
                        .arg(httpStatus)
                        .arg(text.isEmpty() ? QString() : u": "_s + text);
        return o;
    }
    // No HTTP answer at all.
    switch (static_cast<QNetworkReply::NetworkError>(networkError)) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        o.kind = DeliveryOutcome::Kind::NeedsAttention;
        o.message = tr("the connection could not be trusted or understood: %1").arg(errorText);
        return o;
    case QNetworkReply::ContentReSendError:
        // Our body refuses a second read: the connection dropped and Qt wanted to send it again.
        o.message = tr("not delivered: the connection was closed before the server answered");
        return o;
    default:
        o.message = tr("not delivered: %1").arg(errorText);
        return o; // refused, reset, host not found, network down: retry later
    }
}

QDateTime Outbox::nextAttempt() const
{
    QDateTime next;
    const auto items = m_store->outbox(); // unreadable (logged): nothing to wait for
    for (const OutboxItem &item : items ? *items : QList<OutboxItem>()) {
        if (item.state == OutboxItem::State::Queued && isMine(item) && (!next.isValid() || item.nextAttemptAt < next))
            next = item.nextAttemptAt;
    }
    return next;
}

void Outbox::schedule()
{
    if (!isSender() || !m_automatic || m_endpoint.isEmpty())
        return;
    const QDateTime next = nextAttempt();
    if (!next.isValid()) {
        m_timer->stop();
        return;
    }
    m_timer->start(static_cast<int>(std::clamp<qint64>(now().msecsTo(next), 0, std::numeric_limits<int>::max())));
}

void Outbox::sendDue()
{
    if (!isSender() || m_endpoint.isEmpty()) // no address yet: everything waits, queued
        return;
    const QDateTime t = now();
    const auto items = m_store->outbox(); // unreadable (logged): nothing to send now
    for (const OutboxItem &item : items ? *items : QList<OutboxItem>()) {
        if (m_replies.size() >= maxInFlight)
            break;
        if (item.state == OutboxItem::State::Queued && isMine(item) && item.nextAttemptAt <= t
            && m_store->claim(item.id))
            start(item);
    }
    schedule();
}

void Outbox::sendNow(const QString &id)
{
    if (!isSender() || m_endpoint.isEmpty())
        return;
    const auto item = m_store->item(id);
    if (item && item->state == OutboxItem::State::Queued && isMine(*item) && m_store->claim(id))
        start(*item);
}

void Outbox::sendAllNow()
{
    if (!isSender())
        return;
    if (m_endpoint.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    const auto items = m_store->outbox(); // unreadable (logged): nothing to send now
    for (const OutboxItem &item : items ? *items : QList<OutboxItem>()) {
        if (item.state == OutboxItem::State::Queued && isMine(item) && !m_pending.contains(item.id))
            m_pending.append(item.id);
    }
    pump();
    if (m_replies.isEmpty() && m_pending.isEmpty())
        Q_EMIT idle();
}

// A few at a time: each delivery that ends starts the next one waiting.
void Outbox::pump()
{
    while (m_replies.size() < maxInFlight && !m_pending.isEmpty()) {
        const QString id = m_pending.takeFirst();
        const auto item = m_store->item(id);
        if (item && item->state == OutboxItem::State::Queued && m_store->claim(id))
            start(*item);
    }
}

void Outbox::start(const OutboxItem &item)
{
    if (const QString problem
        = checkEndpoint(m_endpoint).isEmpty() ? m_profile.checkAddress(m_endpoint) : checkEndpoint(m_endpoint);
        !problem.isEmpty()) {
        // Refused before a byte is sent; the inquiry stays, waiting for a right address.
        // Not written (logged by the store): it stays "sending" and is queued again next time.
        static_cast<void>(m_store->markNeedsAttention(item.id, problem));
        static_cast<void>(m_store->log({item.id, now(), u"needs-attention"_s, 0, problem}));
        Q_EMIT itemChanged(item.id);
        return;
    }
    QNetworkReply *reply = post(m_profile.request(item, m_token));
    m_replies.insert(reply, item.id);
    m_cutOff.insert(reply, CutOff::None);
    const auto cut = [this, reply](CutOff why) {
        if (m_cutOff.value(reply) == CutOff::None)
            m_cutOff[reply] = why;
        reply->abort();
    };
    // Our own timers, so that they are told apart from any other cancellation: one for
    // silence, restarted by every byte, and one for the attempt as a whole, which a
    // server trickling a byte now and then cannot put off.
    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, reply, [cut] { cut(CutOff::Silence); });
    timeout->start(m_transferTimeoutMs);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [cut] { cut(CutOff::Deadline); });
    deadline->start(m_attemptDeadlineMs);
    connect(reply, &QNetworkReply::uploadProgress, timeout, [timeout] { timeout->start(); });
    connect(reply, &QNetworkReply::downloadProgress, timeout, [timeout] { timeout->start(); });
    // Only the server's id or message is read from the body: an answer longer than the
    // cap ends the attempt as soon as its length is announced or its bytes arrive. What
    // arrives is taken at once, so that Qt's buffer never fills and readyRead keeps coming.
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, cut] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > maxResponseBytes)
            cut(CutOff::TooLarge);
    });
    connect(reply, &QIODevice::readyRead, this, [this, reply, cut] {
        QByteArray &body = m_bodies[reply];
        body += reply->read(maxResponseBytes + 1 - body.size());
        if (body.size() > maxResponseBytes)
            cut(CutOff::TooLarge);
    });
    const QString id = item.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { finish(reply, id); });
    Q_EMIT itemChanged(id);
}

void Outbox::finish(QNetworkReply *reply, const QString &id)
{
    reply->deleteLater();
    const CutOff cutOff = m_cutOff.take(reply);
    QByteArray body = m_bodies.take(reply);
    m_replies.remove(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QDateTime t = now();
    // What is left; an aborted reply (our own timeout or cap) is closed and has none.
    if (reply->isOpen() && body.size() <= maxResponseBytes)
        body += reply->read(maxResponseBytes + 1 - body.size());
    body.truncate(maxResponseBytes);
    const DeliveryOutcome o
        = classify(reply->error(), status, body, cutOff, reply->errorString(), reply->rawHeader("Retry-After"),
                   reply->rawHeader("Location"), t, m_profile.format);
    const auto item = m_store->item(id);
    QString outcome;
    QDateTime next;
    OutboxItem::State state = OutboxItem::State::Queued;
    switch (o.kind) {
    case DeliveryOutcome::Kind::Sent:
        state = OutboxItem::State::Sent;
        outcome = u"sent"_s;
        break;
    case DeliveryOutcome::Kind::NeedsAttention:
        state = OutboxItem::State::NeedsAttention;
        outcome = u"needs-attention"_s;
        break;
    case DeliveryOutcome::Kind::Retry: {
        const int attempts = item ? item->attempts : 1;
        next = t.addMSecs(retryDelayMs(o.retryAfterMs, attempts,
                                       m_random ? m_random() : QRandomGenerator::global()->generateDouble()));
        outcome = u"retry"_s;
        break;
    }
    }
    // If this cannot be written the item stays "sending", and goes back to the queue (same key) next time.
    if (auto recorded = m_store->recordAttempt(id, state, next, o.serverId, {id, t, outcome, status, o.message});
        !recorded)
        Q_EMIT recordFailed(id, recorded.error()); // logged by the store
    qCDebug(lcNet) << id << outcome << status << o.message;
    Q_EMIT itemChanged(id);
    pump();
    if (m_automatic)
        sendDue();
    if (m_replies.isEmpty() && m_pending.isEmpty())
        Q_EMIT idle();
}

QNetworkReply *Outbox::post(const DeliveryRequest &r)
{
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(r.contentType));
    request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    // A fresh connection for every POST: never one the server may be closing as we send
    // (an idle kept-alive one), which would fail an attempt that nothing else was wrong with.
    request.setRawHeader("Connection", "close");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    auto *body = new OneShotBody(r.body, this);
    QNetworkReply *reply = m_network->post(request, body);
    body->setParent(reply);
    return reply;
}

bool Outbox::sendTest(QString *problem)
{
    QString why = checkEndpoint(m_endpoint);
    if (why.isEmpty())
        why = m_profile.checkAddress(m_endpoint);
    if (why.isEmpty() && !m_profile.canTest())
        why = tr("HubSpot has no test submission (every one becomes a contact); the address looks right");
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    QNetworkReply *reply = post(m_profile.testRequest(m_token));
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] { reply->abort(); });
    deadline->start(m_transferTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, deadline] {
        reply->deleteLater();
        const bool timedOut = !deadline->isActive();
        const QByteArray body = reply->read(qint64(64) * 1024);
        const DeliveryOutcome o
            = classify(reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), body,
                       timedOut ? CutOff::Silence : CutOff::None, reply->errorString(), reply->rawHeader("Retry-After"),
                       reply->rawHeader("Location"), now(), m_profile.format);
        Q_EMIT testFinished(o, QString::fromUtf8(body.left(2000)));
    });
    return true;
}

} // namespace Versus::Core

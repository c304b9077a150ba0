#pragma once

// Real HTTP servers on 127.0.0.1 for the delivery tests: a well-behaved one (QHttpServer)
// that answers as each test scripts it and keeps one copy per idempotency key, and a raw
// one (QTcpServer) that misbehaves on purpose.

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

struct ReceivedRequest {
    QByteArray method;
    QByteArray path;
    QByteArray body;
    QByteArray idempotencyKey;
    QByteArray contentType;
    QByteArray accept;
    QByteArray userAgent;
    QByteArray authorization;
    QHash<QByteArray, QByteArray> headers; // every header, names in lower case
};

/// A well-behaved receiver that enforces one receiver's documented contract
/// (docs/inquiry-protocol.md links each): method, path, headers and body shape, and answers
/// with that receiver's success and error bodies. A request that breaks the contract gets
/// the receiver's error (and is listed in contractErrors); one that keeps it is answered by
/// `respond` when a test scripts the answer, else stored once per inquiry.
class TestHttpServer : public QObject {
public:
    using Responder = std::function<QHttpServerResponse(const ReceivedRequest &)>;
    enum class Contract {
        Versus, // docs/inquiry-protocol.md: JSON, Idempotency-Key, 201 {"id"}
        Webhook, // Zapier/Make/n8n catch hook: JSON, an API key header, 200 {"status": "success"}
        Form, // Formspree/Basin: urlencoded, Accept: application/json, 200 {"ok": true} / {"errors": [...]}
        HubSpot, // Forms API v3 submit: {"fields": [{name, value}], "context"}, 200 {"inlineMessage"}
    };

    explicit TestHttpServer(Contract contract = Contract::Versus)
        : contract(contract)
    {
        m_server.route(path(), [this](const QHttpServerRequest &request) { return receive(request); });
        m_server.route(QStringLiteral("/elsewhere"), [this](const QHttpServerRequest &) {
            ++redirectTargetHits;
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    /// Where the receiver listens: each service's own kind of path.
    QString path() const { return pathFor(contract); }
    static QString pathFor(Contract contract)
    {
        switch (contract) {
        case Contract::Webhook: return QStringLiteral("/hook/t4kx9wz2");
        case Contract::Form: return QStringLiteral("/f/xvgzlkqa");
        case Contract::HubSpot:
            return QStringLiteral("/submissions/v3/integration/submit/1234567/0b1f4a35-7c2d-4e3a-9f1e-5a6b7c8d9e0f");
        case Contract::Versus: break;
        }
        return QStringLiteral("/inquiries");
    }

    QUrl url() const { return url(path()); }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)); }

    static QHttpServerResponse status(int code, const QByteArray &body = {},
                                      const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QHttpServerResponse response(QByteArray("text/plain"), body,
                                     static_cast<QHttpServerResponse::StatusCode>(code));
        for (const auto &[name, value] : headers)
            response.addHeader(name, value);
        return response;
    }

    static QHttpServerResponse json(int code, const QJsonObject &body)
    {
        return QHttpServerResponse(body, static_cast<QHttpServerResponse::StatusCode>(code));
    }

    /// application/x-www-form-urlencoded as the HTML standard decodes it ("+" is a space).
    static QMap<QString, QString> decodeForm(const QByteArray &body)
    {
        QMap<QString, QString> out;
        for (const QByteArray &pair : body.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            QByteArray key = eq < 0 ? pair : pair.left(eq);
            QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            key.replace('+', ' ');
            value.replace('+', ' ');
            out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
        }
        return out;
    }

    /// What the receiver recognises a repeat by: the Idempotency-Key for Versus's protocol,
    /// the inquiry's id field for the others (they have no idempotency header).
    static QByteArray dedupKey(Contract contract, const ReceivedRequest &r)
    {
        switch (contract) {
        case Contract::Versus: return r.idempotencyKey;
        case Contract::Form: return decodeForm(r.body).value(QStringLiteral("id")).toUtf8();
        case Contract::Webhook: return QJsonDocument::fromJson(r.body).object().value(u"id").toString().toUtf8();
        case Contract::HubSpot:
            for (const auto &f : QJsonDocument::fromJson(r.body).object().value(u"fields").toArray()) {
                if (f.toObject().value(u"name").toString() == QStringLiteral("versus_inquiry_id"))
                    return f.toObject().value(u"value").toString().toUtf8();
            }
            return {};
        }
        return {};
    }

    Contract contract;
    quint16 port = 0;
    QList<ReceivedRequest> requests;
    QSet<QByteArray> stored;
    int redirectTargetHits = 0;
    Responder respond;
    QStringList contractErrors;
    // Webhook: the API key header (Make's x-make-apikey, ...); Versus: the bearer token.
    QByteArray requiredHeader;
    QByteArray requiredSecret;
    bool flat = false; // Webhook: fields at the top level
    QSet<QString> hubspotProperties; // HubSpot: the form's fields; empty: any well-formed name

private:
    QHttpServerResponse receive(const QHttpServerRequest &request)
    {
        ReceivedRequest r;
        r.method = request.method() == QHttpServerRequest::Method::Post ? QByteArray("POST") : QByteArray("OTHER");
        r.path = request.url().path().toUtf8();
        r.body = request.body();
        for (const auto &[name, value] : request.headers())
            r.headers.insert(name.toLower(), value);
        r.idempotencyKey = request.value("Idempotency-Key");
        r.contentType = request.value("Content-Type");
        r.accept = request.value("Accept");
        r.userAgent = request.value("User-Agent");
        r.authorization = request.value("Authorization");
        requests.append(r);
        if (const auto refused = check(r)) {
            contractErrors.append(refused->why);
            return status(refused->status, refused->body, refused->headers);
        }
        if (respond)
            return respond(r);
        // The receiving side: one copy per inquiry.
        stored.insert(dedupKey(contract, r));
        const QString id = QStringLiteral("srv-%1").arg(stored.size());
        switch (contract) {
        case Contract::Versus: return json(201, {{QStringLiteral("id"), id}});
        case Contract::Webhook:
            return json(200, {{QStringLiteral("status"), QStringLiteral("success")}, {QStringLiteral("id"), id}});
        case Contract::Form:
            return json(200, {{QStringLiteral("ok"), true}, {QStringLiteral("next"), QStringLiteral("/thanks")}});
        case Contract::HubSpot:
            return json(200, {{QStringLiteral("inlineMessage"), QStringLiteral("Thanks for submitting the form.")}});
        }
        return status(500);
    }

    struct Refusal {
        int status;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString why;
    };

    // The receiver's own error for a request that breaks its contract, or nothing.
    std::optional<Refusal> check(const ReceivedRequest &r) const
    {
        const auto refuse = [this](const QString &why) {
            QJsonObject body{{QStringLiteral("message"), why}};
            if (contract == Contract::HubSpot)
                body = {{QStringLiteral("status"), QStringLiteral("error")},
                        {QStringLiteral("message"), QStringLiteral("The request is not valid")},
                        {QStringLiteral("correlationId"), QStringLiteral("36a102fe")},
                        {QStringLiteral("errors"),
                         QJsonArray{QJsonObject{{QStringLiteral("message"), why},
                                                {QStringLiteral("errorType"), QStringLiteral("INVALID_REQUEST")}}}}};
            if (contract == Contract::Form)
                body = {{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("message"), why}}}}};
            return Refusal{
                400, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}}, why};
        };
        if (r.method != "POST")
            return Refusal{405, {}, {}, QStringLiteral("not a POST")};
        if (!requiredHeader.isEmpty() && r.headers.value(requiredHeader.toLower()) != requiredSecret)
            return Refusal{
                401, "Unauthorized", {}, QStringLiteral("no or wrong ") + QString::fromLatin1(requiredHeader)};
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        switch (contract) {
        case Contract::Versus:
            if (r.contentType != "application/json")
                return refuse(QStringLiteral("Content-Type must be application/json"));
            if (!r.idempotencyKey.startsWith('"') || !r.idempotencyKey.endsWith('"'))
                return refuse(QStringLiteral("Idempotency-Key must be a quoted string"));
            if (!body.value(u"id").isString() || !body.value(u"fields").isObject() || !body.value(u"pack").isObject()
                || !body.value(u"createdAt").isString())
                return refuse(QStringLiteral("the body is not a Versus inquiry"));
            break;
        case Contract::Webhook:
            if (r.contentType != "application/json" || !QJsonDocument::fromJson(r.body).isObject())
                return refuse(QStringLiteral("expected a JSON object"));
            if (!body.value(u"id").isString())
                return refuse(QStringLiteral("no id to deduplicate on"));
            if (flat ? body.contains(u"fields") : !body.value(u"fields").isObject())
                return refuse(flat ? QStringLiteral("expected flat fields") : QStringLiteral("expected nested fields"));
            break;
        case Contract::Form: {
            if (r.contentType != "application/x-www-form-urlencoded")
                return refuse(QStringLiteral("expected a web form"));
            if (r.accept != "application/json") // without it the service redirects to its thank-you page
                return Refusal{302,
                               {},
                               {{"Location", url(QStringLiteral("/thanks")).toEncoded()}},
                               QStringLiteral("no Accept: application/json")};
            const auto form = decodeForm(r.body);
            if (form.value(QStringLiteral("id")).isEmpty())
                return refuse(QStringLiteral("an id is required"));
            if (form.contains(QStringLiteral("_replyto"))
                && form.value(QStringLiteral("_replyto")) != form.value(QStringLiteral("email")))
                return refuse(QStringLiteral("_replyto is not the email"));
            break;
        }
        case Contract::HubSpot: {
            if (r.contentType != "application/json")
                return refuse(QStringLiteral("Content-Type must be application/json"));
            if (!body.value(u"fields").isArray() || !body.value(u"context").isObject())
                return refuse(QStringLiteral("expected fields and context"));
            static const QRegularExpression property(QStringLiteral("^[a-z0-9_]+$"));
            bool email = false;
            for (const auto &f : body.value(u"fields").toArray()) {
                const QString name = f.toObject().value(u"name").toString();
                if (!f.toObject().value(u"value").isString())
                    return refuse(QStringLiteral("Error in 'fields.%1'. The value must be a string").arg(name));
                if (!property.match(name).hasMatch()
                    || (!hubspotProperties.isEmpty() && !hubspotProperties.contains(name)))
                    return refuse(QStringLiteral("Error in 'fields.%1'. This field is not on the form").arg(name));
                email = email || name == QStringLiteral("email");
            }
            if (!email)
                return refuse(QStringLiteral("Error in 'fields.email'. Required field 'email' is missing"));
            break;
        }
        }
        return std::nullopt;
    }

    QHttpServer m_server;
};

/// A server that takes the connection, reads the request, then misbehaves.
class RawHttpServer : public QObject {
public:
    enum class Mode {
        NeverAnswer,
        ResetBeforeReply,
        StoreThenReset,
        Trickle, // a 200 whose body comes one byte every trickleIntervalMs
        HugeBody, // a 200 with a Content-Length of hugeBodyBytes, and the body as fast as it is read
        HugeBodyUntilClose, // the same without a Content-Length: the body ends when the connection does
        AnswerOnceThenReset, // 503 on a kept-alive connection to the first request, a reset to every later one
    };
    static constexpr int trickleIntervalMs = 50;
    static constexpr qint64 hugeBodyBytes = qint64(64) << 20;

    explicit RawHttpServer(Mode mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    m_hugeLeft.remove(socket);
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequests(socket); });
            }
        });
    }

    ~RawHttpServer() override
    {
        // The sockets are the server's children and outlive the hashes below: cut them off first.
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
            socket->disconnect(this);
            socket->abort();
        }
    }

    QUrl url(const QString &path = QStringLiteral("/inquiries")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    /// What a stored inquiry is recognised by (StoreThenReset): that of a receiver of this contract.
    TestHttpServer::Contract contract = TestHttpServer::Contract::Versus;
    int connections = 0;
    QList<QByteArray> keys; // one per complete request received
    QSet<QByteArray> stored;
    qint64 bodyBytesWritten = 0; // what the huge and trickling modes got into the kernel

private:
    static QByteArray headerValue(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

    // Every complete request in the buffer, in order (a kept-alive connection carries several).
    void readRequests(QTcpSocket *socket)
    {
        QByteArray &data = m_buffers[socket];
        data += socket->readAll();
        while (true) {
            const qsizetype headerEnd = data.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = data.left(headerEnd);
            const qint64 length = headerValue(head, "content-length").toLongLong();
            if (data.size() < headerEnd + 4 + length)
                return; // the whole body first
            ReceivedRequest r;
            r.body = data.mid(headerEnd + 4, length);
            r.idempotencyKey = headerValue(head, "idempotency-key");
            data.remove(0, headerEnd + 4 + length);
            const QByteArray key = r.idempotencyKey;
            keys.append(key);
            if (!respond(socket, TestHttpServer::dedupKey(contract, r))) {
                m_buffers.remove(socket);
                return;
            }
        }
    }

    // False when the connection is gone.
    bool respond(QTcpSocket *socket, const QByteArray &key)
    {
        switch (m_mode) {
        case Mode::NeverAnswer: return true;
        case Mode::StoreThenReset: stored.insert(key); [[fallthrough]];
        case Mode::ResetBeforeReply: socket->abort(); return false; // no answer at all
        case Mode::Trickle: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
            auto *drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [this, socket] { bodyBytesWritten += socket->write(" "); });
            drip->start(trickleIntervalMs);
            return true;
        }
        case Mode::HugeBody:
        case Mode::HugeBodyUntilClose: {
            socket->write(m_mode == Mode::HugeBody
                              ? "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                                  + QByteArray::number(hugeBodyBytes) + "\r\n\r\n"
                              : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"));
            // One small chunk again and again, never the whole body in memory.
            const auto more = [this, socket] {
                static const QByteArray chunk(64 * 1024, 'x');
                while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size()
                       && m_hugeLeft[socket] > 0) {
                    m_hugeLeft[socket] -= socket->write(chunk.left(std::min<qint64>(chunk.size(), m_hugeLeft[socket])));
                }
                if (m_hugeLeft[socket] <= 0 && m_mode == Mode::HugeBodyUntilClose)
                    socket->disconnectFromHost();
            };
            m_hugeLeft[socket] = hugeBodyBytes;
            connect(socket, &QTcpSocket::bytesWritten, socket, [this, more](qint64 n) {
                bodyBytesWritten += n;
                more();
            });
            more();
            return true;
        }
        case Mode::AnswerOnceThenReset:
            if (keys.size() == 1) {
                socket->write(
                    "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n");
                return true;
            }
#ifdef Q_OS_UNIX
            {
                // A reset (RST), not a polite close: linger 0.
                const linger hard{1, 0};
                ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            }
#endif
            socket->abort();
            return false;
        }
        return true;
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, qint64> m_hugeLeft;
};

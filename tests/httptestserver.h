#pragma once

// Real HTTP servers on 127.0.0.1 for the delivery tests: a well-behaved one (QHttpServer)
// that answers as each test scripts it and keeps one copy per idempotency key, and a raw
// one (QTcpServer) that misbehaves on purpose.

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

struct ReceivedRequest {
    QByteArray body;
    QByteArray idempotencyKey;
    QByteArray contentType;
    QByteArray accept;
    QByteArray userAgent;
    QByteArray authorization;
};

class TestHttpServer : public QObject {
public:
    using Responder = std::function<QHttpServerResponse(const ReceivedRequest &)>;

    TestHttpServer()
    {
        m_server.route(QStringLiteral("/inquiries"), [this](const QHttpServerRequest &request) {
            ReceivedRequest r;
            r.body = request.body();
            r.idempotencyKey = request.value("Idempotency-Key");
            r.contentType = request.value("Content-Type");
            r.accept = request.value("Accept");
            r.userAgent = request.value("User-Agent");
            r.authorization = request.value("Authorization");
            requests.append(r);
            if (respond)
                return respond(r);
            // The receiving side the protocol asks for: one copy per key.
            if (!stored.contains(r.idempotencyKey))
                stored.insert(r.idempotencyKey);
            return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), QStringLiteral("srv-%1").arg(stored.size())}},
                                       QHttpServerResponse::StatusCode::Created);
        });
        m_server.route(QStringLiteral("/elsewhere"), [this](const QHttpServerRequest &) {
            ++redirectTargetHits;
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &path = QStringLiteral("/inquiries")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }

    static QHttpServerResponse status(int code, const QByteArray &body = {},
                                      const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QHttpServerResponse response(QByteArray("text/plain"), body,
                                     static_cast<QHttpServerResponse::StatusCode>(code));
        for (const auto &[name, value] : headers)
            response.addHeader(name, value);
        return response;
    }

    quint16 port = 0;
    QList<ReceivedRequest> requests;
    QSet<QByteArray> stored;
    int redirectTargetHits = 0;
    Responder respond;

private:
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

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/inquiries").arg(m_server.serverPort())); }

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
            data.remove(0, headerEnd + 4 + length);
            const QByteArray key = headerValue(head, "idempotency-key");
            keys.append(key);
            if (!respond(socket, key)) {
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

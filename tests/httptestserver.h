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
#include <QUrl>

#include <functional>

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
    enum class Mode { NeverAnswer, ResetBeforeReply, StoreThenReset };

    explicit RawHttpServer(Mode mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    const QByteArray &data = m_buffers[socket];
                    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    const qsizetype length = data.mid(data.toLower().indexOf("content-length:") + 15)
                                                 .split('\r')
                                                 .first()
                                                 .trimmed()
                                                 .toLongLong();
                    if (data.size() < headerEnd + 4 + length)
                        return; // the whole body first
                    const QByteArray keyLine
                        = data.mid(data.toLower().indexOf("idempotency-key:") + 16).split('\r').first().trimmed();
                    keys.append(keyLine);
                    if (m_mode == Mode::StoreThenReset)
                        stored.insert(keyLine);
                    if (m_mode != Mode::NeverAnswer)
                        socket->abort(); // a reset: no answer at all
                });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/inquiries").arg(m_server.serverPort())); }

    int connections = 0;
    QList<QByteArray> keys;
    QSet<QByteArray> stored;

private:
    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

#include "core/inquiry/deliveryprofile.h"

#include "core/inquiry/inquirystore.h"
#include "version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

// A checkbox is true or false; everything else is text.
QString asText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

// application/x-www-form-urlencoded. Not QUrlQuery: it leaves "+" as it is, which a form
// decoder reads as a space ("C++" would arrive as "C  ").
class FormBody {
public:
    void add(const QString &key, const QString &value)
    {
        m_pairs.append(key.toUtf8().toPercentEncoding() + '=' + value.toUtf8().toPercentEncoding());
    }
    QByteArray bytes() const { return m_pairs.join('&'); }

private:
    QByteArrayList m_pairs;
};

QString createdAt(const OutboxItem &item)
{
    return item.createdAt.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString DeliveryProfile::authName(Auth auth)
{
    switch (auth) {
    case Auth::Header: return u"header"_s;
    case Auth::Basic: return u"basic"_s;
    case Auth::Bearer: break;
    }
    return u"bearer"_s;
}

DeliveryProfile::Auth DeliveryProfile::authFromName(const QString &name)
{
    if (name == u"header"_s)
        return Auth::Header;
    if (name == u"basic"_s)
        return Auth::Basic;
    return Auth::Bearer;
}

DeliveryRequest DeliveryProfile::request(const OutboxItem &item, const QString &secret, bool test) const
{
    DeliveryRequest r;
    r.contentType = inquiryContentType(format).toLatin1();
    switch (format) {
    case InquiryFormat::Form: {
        FormBody body;
        body.add(u"id"_s, item.id);
        for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it)
            body.add(nameOf(it.key()), asText(it.value()));
        if (!item.verdictSummary.isEmpty())
            body.add(u"verdict"_s, item.verdictSummary);
        if (!replyTo.isEmpty() && !item.fields.value(replyTo).toString().isEmpty())
            body.add(u"_replyto"_s, item.fields.value(replyTo).toString());
        for (const auto &[name, value] : extraFields) {
            if (!(test && name == u"_subject"_s))
                body.add(name, value);
        }
        if (test) {
            body.add(u"_subject"_s, tr("[Test] A test request from Versus: please ignore it"));
            body.add(u"_test"_s, u"true"_s);
        }
        r.body = body.bytes();
        break;
    }
    case InquiryFormat::HubSpot: {
        QJsonArray fields;
        const auto add = [&fields](const QString &name, const QString &value) {
            fields.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
        };
        for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it)
            add(nameOf(it.key()), asText(it.value()));
        if (!idField.isEmpty())
            add(idField, item.id);
        if (!verdictField.isEmpty() && !item.verdictSummary.isEmpty())
            add(verdictField, item.verdictSummary);
        QJsonObject context;
        if (!pageName.isEmpty())
            context.insert(u"pageName"_s, pageName);
        r.body = QJsonDocument(QJsonObject{{u"submittedAt"_s, QString::number(item.createdAt.toMSecsSinceEpoch())},
                                           {u"fields"_s, fields},
                                           {u"context"_s, context}})
                     .toJson(QJsonDocument::Compact);
        break;
    }
    case InquiryFormat::Webhook:
    case InquiryFormat::Versus: {
        QJsonObject body;
        if (format == InquiryFormat::Webhook && shape == Shape::Flat) {
            // Field ids are lower case: these names cannot be one.
            body = QJsonObject{{u"id"_s, item.id}, {u"createdAt"_s, createdAt(item)}, {u"packId"_s, item.packId}};
            for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it)
                body.insert(nameOf(it.key()), QJsonValue::fromVariant(it.value()));
            if (!item.verdictSummary.isEmpty())
                body.insert(u"verdict"_s, item.verdictSummary);
        } else {
            body = QJsonObject{
                {u"id"_s, item.id},
                {u"createdAt"_s, createdAt(item)},
                {u"pack"_s, QJsonObject{{u"id"_s, item.packId}, {u"version"_s, item.packVersion}}},
                {u"fields"_s, QJsonObject::fromVariantMap(item.fields)},
                {u"verdict"_s,
                 item.verdictSummary.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(QJsonObject{{u"summary"_s, item.verdictSummary}})},
                {u"client"_s, QJsonObject{{u"name"_s, u"Versus"_s}, {u"version"_s, QStringLiteral(VERSUS_VERSION)}}}};
        }
        if (format == InquiryFormat::Webhook) {
            for (const auto &[name, value] : extraFields) {
                if (!body.contains(name)) // the inquiry's own values win
                    body.insert(name, value);
            }
        }
        if (!item.attachment.isEmpty()) // the decision report, when the user chose to attach it
            body.insert(u"attachments"_s,
                        QJsonArray{QJsonObject{{u"filename"_s, QString::fromLatin1(attachmentName)},
                                               {u"contentType"_s, u"application/pdf"_s},
                                               {u"content"_s, QString::fromLatin1(item.attachment.toBase64())}}});
        if (test)
            body.insert(u"test"_s, true);
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        break;
    }
    }
    const auto header = [&r](const QByteArray &name, const QByteArray &value) {
        r.headers.append({name, value});
    };
    header("Accept", "application/json");
    header("User-Agent", "Versus/" VERSUS_VERSION);
    // Sent with every profile; receivers without idempotency deduplicate on the id field instead.
    header("Idempotency-Key", '"' + item.idempotencyKey.toLatin1() + '"');
    if (test)
        header(testHeader, "1");
    if (!secret.isEmpty()) {
        r.secretHeader = auth == Auth::Header ? authHeader.trimmed().toLatin1() : QByteArray("Authorization");
        switch (auth) {
        case Auth::Bearer: header(r.secretHeader, "Bearer " + secret.toUtf8()); break;
        case Auth::Basic: header(r.secretHeader, "Basic " + secret.toUtf8().toBase64()); break;
        case Auth::Header:
            if (!r.secretHeader.isEmpty())
                header(r.secretHeader, secret.toUtf8());
            break;
        }
    }
    return r;
}

DeliveryRequest DeliveryProfile::testRequest(const QString &secret) const
{
    OutboxItem item;
    item.id = u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.packId = u"versus-test"_s;
    item.createdAt = QDateTime::currentDateTimeUtc();
    item.fields = {{u"message"_s, tr("This is a test request from Versus, to check the address. Please ignore it.")}};
    return request(item, secret, true);
}

QString DeliveryProfile::checkAddress(const QUrl &endpoint) const
{
    if (format != InquiryFormat::HubSpot)
        return {};
    // POST /submissions/v3/integration/submit/{portalId}/{formGuid}
    const QStringList parts = endpoint.path().split(u'/', Qt::SkipEmptyParts);
    const bool ok = parts.size() == 6 && parts[0] == u"submissions"_s && parts[1] == u"v3"_s
        && parts[2] == u"integration"_s && parts[3] == u"submit"_s;
    return ok
        ? QString()
        : tr("a HubSpot address is https://api.hsforms.com/submissions/v3/integration/submit/PORTAL-ID/FORM-GUID");
}

QString DeliveryProfile::preview(const QUrl &endpoint, const DeliveryRequest &request)
{
    QStringList lines{u"POST "_s + endpoint.toDisplayString()};
    lines.append(u"Content-Type: "_s + QString::fromLatin1(request.contentType));
    for (const auto &[name, value] : request.headers) {
        const bool secret
            = !request.secretHeader.isEmpty() && name.compare(request.secretHeader, Qt::CaseInsensitive) == 0;
        QString shown = QString::fromUtf8(value);
        if (secret) // the scheme stays readable, the secret does not
            shown = (shown.startsWith(u"Bearer "_s)      ? u"Bearer "_s
                         : shown.startsWith(u"Basic "_s) ? u"Basic "_s
                                                         : QString())
                + u"••••••••"_s;
        lines.append(QString::fromLatin1(name) + u": "_s + shown);
    }
    lines.append(QString());
    QJsonObject json = QJsonDocument::fromJson(request.body).object();
    if (json.contains(u"attachments"_s)) { // the file's size, not its bytes
        QJsonArray attachments = json.value(u"attachments"_s).toArray();
        for (auto a : attachments) {
            QJsonObject o = a.toObject();
            const qsizetype bytes = QByteArray::fromBase64(o.value(u"content"_s).toString().toLatin1()).size();
            o.insert(u"content"_s, tr("(%1 bytes, base64)").arg(bytes));
            a = o;
        }
        json.insert(u"attachments"_s, attachments);
    }
    lines.append(!json.isEmpty() ? QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed()
                                 : QString::fromUtf8(request.body));
    return lines.join(u'\n');
}

QList<std::pair<QString, QString>> DeliveryProfile::parseExtraFields(const QString &text)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &line : text.split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0 || line.left(eq).trimmed().isEmpty())
            continue;
        out.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    return out;
}

QString DeliveryProfile::extraFieldsText(const QList<std::pair<QString, QString>> &fields)
{
    QStringList lines;
    for (const auto &[name, value] : fields)
        lines.append(name + u'=' + value);
    return lines.join(u'\n');
}

} // namespace Versus::Core

#pragma once

#include "core/inquiry/inquiryformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace Versus::Core {

struct OutboxItem;

/// One HTTP request as it goes out (the outbox adds Content-Length and Connection).
struct DeliveryRequest {
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray secretHeader; // the header that carries the secret (masked in a preview); empty: none
};

/// How inquiries are delivered to one kind of receiver (docs/inquiry-protocol.md): the
/// profile, its options, and the receiver's names for the pack's fields. Plain data, read
/// from a pack's `inquiry.delivery` or from Settings; the secret is not part of it.
struct DeliveryProfile {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::DeliveryProfile)

public:
    enum class Shape { Nested, Flat }; // webhook: Versus's body, or field id -> value
    enum class Auth { Bearer, Header, Basic }; // how the secret is sent

    /// Where a secret for headless use can come from (never the command line).
    static constexpr const char *secretVariable = "VERSUS_INQUIRY_SECRET";
    /// Marks a test request (every profile but HubSpot's, which has no test submission).
    static constexpr const char *testHeader = "Versus-Test";

    InquiryFormat format = InquiryFormat::Versus;
    Shape shape = Shape::Nested;
    Auth auth = Auth::Bearer;
    QString authHeader; // for Auth::Header: x-make-apikey, X-N8N-Key, ...
    QList<std::pair<QString, QString>> extraFields; // static fields (webhook and form)
    QString replyTo; // form: the field whose value is sent as _replyto
    QString pageName; // hubspot: context.pageName
    QString idField = QStringLiteral("versus_inquiry_id"); // hubspot: the property carrying the inquiry's id
    QString verdictField = QStringLiteral("versus_verdict"); // hubspot: the property carrying the verdict
    QHash<QString, QString> sendAs; // field id -> the receiver's name for it

    /// The request for one inquiry; the same item and profile give the same bytes on every
    /// attempt. An empty secret sends no authentication.
    DeliveryRequest request(const OutboxItem &item, const QString &secret, bool test = false) const;
    /// Whether the profile can carry the decision report (a JSON body can; a web form and
    /// HubSpot's submission cannot).
    bool canAttach() const { return format == InquiryFormat::Versus || format == InquiryFormat::Webhook; }
    static constexpr const char *attachmentName = "decision-report.pdf";
    /// Whether a test request can be sent without creating a record the receiver keeps
    /// (HubSpot has no test submission: every one becomes a contact).
    bool canTest() const { return format != InquiryFormat::HubSpot; }
    /// A clearly marked test request.
    DeliveryRequest testRequest(const QString &secret) const;
    /// What the address must look like for the profile; empty when it is fine.
    QString checkAddress(const QUrl &endpoint) const;
    /// Method, address, headers and body as text, the secret masked.
    static QString preview(const QUrl &endpoint, const DeliveryRequest &request);
    /// "name=value" lines (blank lines and lines without "=" are left out).
    static QList<std::pair<QString, QString>> parseExtraFields(const QString &text);
    static QString extraFieldsText(const QList<std::pair<QString, QString>> &fields);
    static QString shapeName(Shape shape)
    {
        return shape == Shape::Flat ? QStringLiteral("flat") : QStringLiteral("nested");
    }
    static Shape shapeFromName(const QString &name)
    {
        return name == QStringLiteral("flat") ? Shape::Flat : Shape::Nested;
    }
    static QString authName(Auth auth);
    static Auth authFromName(const QString &name);

private:
    QString nameOf(const QString &fieldId) const { return sendAs.value(fieldId, fieldId); }
};

} // namespace Versus::Core

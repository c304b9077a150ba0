#pragma once

#include <QString>
#include <QStringList>

namespace Versus::Core {

/// The delivery profile: how an inquiry is encoded and sent, and how the answer is read
/// (docs/inquiry-protocol.md, one section each).
enum class InquiryFormat {
    Versus, // application/json, Versus's own protocol
    Webhook, // JSON to any address (Zapier, Make, n8n), nested or flat, any authentication header
    Form, // application/x-www-form-urlencoded for form backends (Formspree, Basin); success read from the body
    HubSpot, // HubSpot Forms API v3
};

/// "versus", "webhook", "form" or "hubspot": the names Settings and packs use.
inline QString inquiryFormatName(InquiryFormat format)
{
    switch (format) {
    case InquiryFormat::Webhook: return QStringLiteral("webhook");
    case InquiryFormat::Form: return QStringLiteral("form");
    case InquiryFormat::HubSpot: return QStringLiteral("hubspot");
    case InquiryFormat::Versus: break;
    }
    return QStringLiteral("versus");
}

inline QStringList inquiryFormatNames()
{
    return {QStringLiteral("versus"), QStringLiteral("webhook"), QStringLiteral("form"), QStringLiteral("hubspot")};
}

/// Unknown names (and "json", what Versus 0.1 stored) are the Versus protocol.
inline InquiryFormat inquiryFormatFromName(const QString &name)
{
    for (const InquiryFormat f : {InquiryFormat::Webhook, InquiryFormat::Form, InquiryFormat::HubSpot}) {
        if (name == inquiryFormatName(f))
            return f;
    }
    return InquiryFormat::Versus;
}

inline QString inquiryContentType(InquiryFormat format)
{
    return format == InquiryFormat::Form ? QStringLiteral("application/x-www-form-urlencoded")
                                         : QStringLiteral("application/json");
}

} // namespace Versus::Core

#pragma once

#include <QString>

namespace Versus::Core {

/// How an inquiry's fields are encoded in the request body.
enum class InquiryFormat {
    Json, // application/json, Versus's own protocol (docs/inquiry-protocol.md)
    Form, // application/x-www-form-urlencoded, what web-form services read
};

/// "json" or "form": the names Settings stores.
inline QString inquiryFormatName(InquiryFormat format)
{
    return format == InquiryFormat::Form ? QStringLiteral("form") : QStringLiteral("json");
}

inline InquiryFormat inquiryFormatFromName(const QString &name)
{
    return name == QLatin1String("form") ? InquiryFormat::Form : InquiryFormat::Json;
}

inline QString inquiryContentType(InquiryFormat format)
{
    return format == InquiryFormat::Form ? QStringLiteral("application/x-www-form-urlencoded")
                                         : QStringLiteral("application/json");
}

} // namespace Versus::Core

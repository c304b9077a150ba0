#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Versus::Core {

struct InquiryForm;

/// An inquiry that leaves Versus by another way than the outbox: as plain text (to copy),
/// or as an email message (RFC 5322, MIME) that the user's own mail client can send, with
/// the decision report attached if the user chose it.
class InquiryEmail final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::InquiryEmail)

public:
    struct Attachment {
        QString fileName;
        QByteArray contentType; // "application/pdf"
        QByteArray data;
    };

    /// "Label: value" per filled field (a choice by its label, a checkbox as yes or no), then the verdict.
    static QString plainText(const InquiryForm &form, const QVariantMap &fields, const QString &verdict);
    /// The message, CRLF line ends, every line under 78 characters. From is the form's first
    /// email field; To is left for the user unless given. Marked unsent (X-Unsent), so that
    /// mail clients that know it open it as a draft.
    static QByteArray compose(const InquiryForm &form, const QVariantMap &fields, const QString &verdict,
                              const QDateTime &date, const std::optional<Attachment> &attachment = std::nullopt,
                              const QString &to = {});
    /// An RFC 2047 encoded word when the text is not plain ASCII.
    static QByteArray headerText(const QString &text);
};

} // namespace Versus::Core

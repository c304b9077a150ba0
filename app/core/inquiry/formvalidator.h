#pragma once

#include "core/pack/pack.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace Versus::Core {

/// Checks inquiry values against the pack's form: required fields, e-mail syntax,
/// maximum lengths, choices among the field's options. Values: field id ->
/// string (text, email, multiline), option id (choice), bool (checkbox).
class FormValidator final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::FormValidator)

public:
    struct FieldError {
        QString field;
        QString message;
    };

    /// The problem with one value, or an empty string.
    static QString check(const InquiryField &field, const QVariant &value);
    /// Every problem, in form order; fields the form does not have are problems too.
    static QList<FieldError> validate(const InquiryForm &form, const QVariantMap &values);
    static bool isEmailAddress(const QString &text);
    /// The values the form keeps: trimmed text, unknown fields dropped.
    static QVariantMap normalised(const InquiryForm &form, const QVariantMap &values);
};

} // namespace Versus::Core

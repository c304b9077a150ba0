#include "core/inquiry/formvalidator.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Versus::Core {

bool FormValidator::isEmailAddress(const QString &text)
{
    // Deliberately plain: one @, no spaces, a dot in the domain, no dot at either end.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

QString FormValidator::check(const InquiryField &field, const QVariant &value)
{
    using Type = InquiryField::Type;
    if (field.type == Type::Checkbox) {
        if (value.isValid() && value.typeId() != QMetaType::Bool)
            return tr("must be ticked or not");
        if (field.required && !value.toBool())
            return tr("must be ticked to go on");
        return {};
    }
    if (value.isValid() && value.typeId() != QMetaType::QString)
        return tr("must be text");
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return field.required ? tr("is required") : QString();
    if (field.type == Type::Choice) {
        const bool known = std::any_of(field.options.cbegin(), field.options.cend(),
                                       [&](const FieldOption &o) { return o.id == text; });
        return known ? QString() : tr("is not one of the choices");
    }
    if (text.size() > field.maxLength)
        return tr("is %1 characters long; at most %2 are allowed").arg(text.size()).arg(field.maxLength);
    if (field.type == Type::Email && !isEmailAddress(text))
        return tr("is not an e-mail address (name@example.org)");
    return {};
}

QList<FormValidator::FieldError> FormValidator::validate(const InquiryForm &form, const QVariantMap &values)
{
    QList<FieldError> errors;
    for (const InquiryField &field : form.fields) {
        const QString message = check(field, values.value(field.id));
        if (!message.isEmpty())
            errors.append({field.id, message});
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool known = std::any_of(form.fields.cbegin(), form.fields.cend(),
                                       [&](const InquiryField &f) { return f.id == it.key(); });
        if (!known)
            errors.append({it.key(), tr("is not a field of this form")});
    }
    return errors;
}

QVariantMap FormValidator::normalised(const InquiryForm &form, const QVariantMap &values)
{
    QVariantMap out;
    for (const InquiryField &field : form.fields) {
        const QVariant v = values.value(field.id);
        if (field.type == InquiryField::Type::Checkbox)
            out.insert(field.id, v.toBool());
        else if (!v.toString().trimmed().isEmpty())
            out.insert(field.id, v.toString().trimmed());
    }
    return out;
}

} // namespace Versus::Core

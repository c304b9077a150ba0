// libFuzzer target: an inquiry as --queue-inquiry reads it (a JSON object of field id ->
// value), checked against the built-in pack's form. Invariants: what the validator
// accepts freezes into bodies that give back exactly the normalised fields, as JSON
// and as a web form; what it refuses names a field of the form, or the input, each time.
#include "core/inquiry/formvalidator.h"
#include "core/inquiry/outbox.h"
#include "core/pack/packloader.h"
#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {
// The HTML standard's application/x-www-form-urlencoded parser.
QMap<QString, QString> decodeForm(const QByteArray &body)
{
    QMap<QString, QString> out;
    for (QByteArray pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq))),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1))));
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const auto pack = PackLoader::loadEmbedded();
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!doc.isObject())
        return 0;
    const QVariantMap values = doc.object().toVariantMap();
    const auto errors = FormValidator::validate(pack->inquiry, values);
    for (const auto &e : errors) {
        check(!e.message.isEmpty(), "each problem says why");
        check(values.contains(e.field)
                  || std::any_of(pack->inquiry.fields.cbegin(), pack->inquiry.fields.cend(),
                                 [&](const InquiryField &f) { return f.id == e.field; }),
              "the field is in the form or in the input");
    }
    check(FormValidator::validate(pack->inquiry, values).size() == errors.size(), "validation is deterministic");
    if (!errors.isEmpty())
        return 0;
    const QVariantMap fields = FormValidator::normalised(pack->inquiry, values);
    check(FormValidator::validate(pack->inquiry, fields).isEmpty(), "normalised fields stay valid");
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const OutboxItem asJson
        = Outbox::freeze(*pack, fields, u"Verdict: +&= ?"_s, Versus::Core::InquiryFormat::Versus, now);
    const QJsonDocument body = QJsonDocument::fromJson(asJson.body);
    check(body.isObject(), "the JSON body parses");
    check(body.object().value(u"fields"_s).toObject() == QJsonObject::fromVariantMap(fields), "JSON fields intact");
    check(body.object().value(u"id"_s).toString() == asJson.id, "the id is in the body");
    const OutboxItem asForm
        = Outbox::freeze(*pack, fields, u"Verdict: +&= ?"_s, Versus::Core::InquiryFormat::Form, now);
    const auto form = decodeForm(asForm.body);
    check(form.value(u"id"_s) == asForm.id, "the form has the id");
    check(form.value(u"verdict"_s) == u"Verdict: +&= ?"_s, "the form has the verdict");
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString expected = it.value().typeId() == QMetaType::Bool ? (it.value().toBool() ? u"true"_s : u"false"_s)
                                                                        : it.value().toString();
        check(form.value(it.key()) == expected, "form fields intact");
    }
    return 0;
}

#include "core/inquiry/inquiryemail.h"

#include "core/pack/pack.h"

#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

// Base64 in lines of 76, as MIME asks (RFC 2045).
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

} // namespace

QString InquiryEmail::plainText(const InquiryForm &form, const QVariantMap &fields, const QString &verdict)
{
    QStringList lines{form.title, QString()};
    for (const InquiryField &field : form.fields) {
        const QVariant v = fields.value(field.id);
        QString value;
        if (field.type == InquiryField::Type::Checkbox) {
            value = v.toBool() ? tr("yes") : tr("no");
        } else if (field.type == InquiryField::Type::Choice) {
            for (const FieldOption &option : field.options) {
                if (option.id == v.toString())
                    value = option.label;
            }
        } else {
            value = v.toString().trimmed();
        }
        if (value.isEmpty())
            continue;
        if (field.type == InquiryField::Type::Multiline)
            lines << tr("%1:").arg(field.label) << value << QString();
        else
            lines << tr("%1: %2").arg(field.label, value);
    }
    if (!verdict.isEmpty())
        lines << QString() << tr("Checklist verdict: %1").arg(verdict);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n') + u'\n';
}

QByteArray InquiryEmail::headerText(const QString &text)
{
    if (isAscii(text))
        return text.toLatin1();
    // Encoded words of at most 75 characters (RFC 2047), folded onto continuation lines;
    // whole characters only, so that every word decodes on its own.
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray c = text.mid(i, n).toUtf8();
        i += n - 1;
        if ((chunk.size() + c.size() + 2) / 3 * 4 > 48) { // with "Subject: ", under 78
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += c;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray InquiryEmail::compose(const InquiryForm &form, const QVariantMap &fields, const QString &verdict,
                                 const QDateTime &date, const std::optional<Attachment> &attachment, const QString &to)
{
    QString from;
    QString name = fields.value(u"name"_s).toString().trimmed();
    for (const InquiryField &field : form.fields) {
        if (field.type == InquiryField::Type::Email && !fields.value(field.id).toString().isEmpty()) {
            from = fields.value(field.id).toString().trimmed();
            break;
        }
    }
    QByteArray m;
    const auto header = [&m](const char *key, const QByteArray &value) {
        m += key + QByteArray(": ") + value + "\r\n";
    };
    if (!from.isEmpty()) {
        name.remove(u'"').remove(u'\\');
        header("From", name.isEmpty() ? from.toLatin1() : headerText(name) + " <" + from.toLatin1() + '>');
    }
    if (!to.isEmpty())
        header("To", to.toLatin1());
    header("Subject", headerText(form.title));
    header("Date", QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s).toLatin1());
    header("Message-ID", '<' + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@versus.invalid>");
    header("X-Unsent", "1");
    header("MIME-Version", "1.0");
    QByteArray text = plainText(form, fields, verdict).toUtf8();
    text.replace('\n', "\r\n");
    const QByteArray textPart
        = "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64Lines(text);
    if (!attachment) {
        m += textPart;
        return m;
    }
    const QByteArray boundary = "versus-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    header("Content-Type", "multipart/mixed;\r\n boundary=\"" + boundary + '"'); // folded: under 78
    m += "\r\n--" + boundary + "\r\n" + textPart;
    QString fileName = attachment->fileName;
    fileName.remove(u'"').remove(u'\\');
    m += "\r\n--" + boundary + "\r\n";
    m += "Content-Type: " + attachment->contentType + "; name=\"" + headerText(fileName) + "\"\r\n";
    m += "Content-Disposition: attachment; filename=\"" + headerText(fileName) + "\"\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n" + base64Lines(attachment->data);
    m += "\r\n--" + boundary + "--\r\n";
    return m;
}

} // namespace Versus::Core

#include "core/pack/publisherlogo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

constexpr QByteArrayView pngSignature("\x89PNG\r\n\x1a\n", 8);

// A reference to something outside the document: href="x.png", url(https://...).
bool refersOutside(QStringView value)
{
    const QStringView v = value.trimmed();
    return !v.isEmpty() && !v.startsWith(u'#');
}

bool urlOutside(const QString &text)
{
    for (qsizetype at = text.indexOf(u"url("_s); at >= 0; at = text.indexOf(u"url("_s, at + 4)) {
        QStringView inside = QStringView(text).mid(at + 4).trimmed();
        if (inside.startsWith(u'\'') || inside.startsWith(u'"'))
            inside = inside.mid(1);
        if (!inside.startsWith(u'#'))
            return true;
    }
    return text.contains(u"@import"_s);
}

QString checkSvg(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    bool root = true;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return PublisherLogo::tr("the SVG has a DTD or entities, which are not drawn");
        if (token == QXmlStreamReader::Characters && urlOutside(xml.text().toString()))
            return PublisherLogo::tr("the SVG refers to something outside it (a style); it is not drawn");
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (root && xml.name() != u"svg"_s)
            return PublisherLogo::tr("the file is not an SVG image");
        root = false;
        for (const auto &attribute : xml.attributes()) {
            if ((attribute.name() == u"href"_s && refersOutside(attribute.value()))
                || urlOutside(attribute.value().toString()))
                return PublisherLogo::tr("the SVG refers to something outside it (%1); it is not drawn")
                    .arg(attribute.value().left(60).toString());
        }
    }
    if (xml.hasError() || root)
        return PublisherLogo::tr("the SVG cannot be read: %1").arg(xml.errorString());
    return {};
}

QString checkPng(const QByteArray &bytes)
{
    // The signature, then the IHDR chunk: length, "IHDR", width, height (big-endian).
    if (bytes.size() < 24 || !bytes.startsWith(pngSignature) || bytes.mid(12, 4) != "IHDR")
        return PublisherLogo::tr("the file is not a PNG image");
    const auto number = [&](int at) {
        quint32 n = 0;
        for (int i = 0; i < 4; ++i)
            n = (n << 8) | static_cast<unsigned char>(bytes[at + i]);
        return n;
    };
    const quint32 width = number(16);
    const quint32 height = number(20);
    if (width > PublisherLogo::maxPixels || height > PublisherLogo::maxPixels)
        return PublisherLogo::tr("the PNG is %1 × %2 pixels; the limit is %3 × %3")
            .arg(width)
            .arg(height)
            .arg(PublisherLogo::maxPixels);
    return {};
}

} // namespace

QString PublisherLogo::check(const QByteArray &bytes, const QString &type)
{
    if (bytes.isEmpty())
        return tr("the logo is empty");
    if (bytes.size() > maxBytes)
        return tr("the logo is %1 KiB; the limit is %2 KiB").arg((bytes.size() + 1023) / 1024).arg(maxBytes / 1024);
    return type == u"image/png"_s ? checkPng(bytes) : checkSvg(bytes);
}

PublisherLogo::Result PublisherLogo::read(const QString &reference, const QString &packFile)
{
    Result r;
    const auto fail = [&](const QString &problem) {
        r.bytes.clear();
        r.problem = problem;
        return r;
    };
    if (reference.startsWith(u"data:"_s)) {
        const qsizetype comma = reference.indexOf(u',');
        const QString header = reference.mid(5, comma - 5);
        if (comma < 0 || (header != u"image/svg+xml;base64"_s && header != u"image/png;base64"_s))
            return fail(tr("a logo given as data must start data:image/svg+xml;base64, or data:image/png;base64,"));
        r.type = header.section(u';', 0, 0);
        if (reference.size() - comma > maxBytes * 4 / 3 + 4)
            return fail(tr("the logo is larger than %1 KiB").arg(maxBytes / 1024));
        const auto decoded = QByteArray::fromBase64Encoding(reference.mid(comma + 1).toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(tr("the logo's data is not valid base64"));
        r.bytes = *decoded;
    } else {
        // Only a file beside the pack, or in a folder below it.
        const QString clean = QDir::cleanPath(reference);
        if (QDir::isAbsolutePath(reference) || clean.startsWith(u".."_s) || reference.contains(u':'))
            return fail(tr("a logo file must be beside the pack (a path such as \"logo.svg\")"));
        const QString suffix = QFileInfo(clean).suffix().toLower();
        if (suffix != u"svg"_s && suffix != u"png"_s)
            return fail(tr("a logo must be an .svg or .png file"));
        r.type = suffix == u"png"_s ? u"image/png"_s : u"image/svg+xml"_s;
        QFile file(QFileInfo(packFile).absoluteDir().filePath(clean));
        if (!QFileInfo(file.fileName()).isFile() || !file.open(QIODevice::ReadOnly))
            return fail(tr("the logo %1 cannot be read").arg(reference));
        r.bytes = file.read(maxBytes + 1);
    }
    if (const QString problem = check(r.bytes, r.type); !problem.isEmpty())
        return fail(problem);
    return r;
}

QString PublisherLogo::dataUrl(const QByteArray &bytes, const QString &type)
{
    return u"data:"_s + type + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
}

} // namespace Versus::Core

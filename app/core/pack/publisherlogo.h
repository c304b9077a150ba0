#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Versus::Core {

/// A publisher's logo, as the pack names it: a file beside the pack ("logo.svg") or data
/// ("data:image/png;base64,..."). Only SVG and PNG, at most maxBytes; an SVG with a DTD or
/// any reference outside itself (an image, a font or a style it would fetch) is refused,
/// so that drawing it never reads anything else. A logo that cannot be used is a warning.
class PublisherLogo final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::PublisherLogo)

public:
    static constexpr qsizetype maxBytes = qsizetype(256) * 1024;
    static constexpr int maxPixels = 4096; // a PNG's width and height

    struct Result {
        QByteArray bytes; // empty when there is no usable logo
        QString type; // "image/svg+xml" or "image/png"
        QString problem; // why the logo is not used, for a warning
    };

    /// reference as written in the pack; packFile the pack's own path (for a file beside it).
    static Result read(const QString &reference, const QString &packFile);
    /// Why bytes are not a usable logo of that type, or an empty string.
    static QString check(const QByteArray &bytes, const QString &type);
    /// The logo as a data: URL, for a self-contained page.
    static QString dataUrl(const QByteArray &bytes, const QString &type);
};

} // namespace Versus::Core

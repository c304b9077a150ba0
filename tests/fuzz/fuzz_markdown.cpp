// libFuzzer target: the Markdown renderer and link policy for untrusted pack text.
// Invariants: after sanitising, no link leads anywhere but versus: or http(s), and
// no image other than the app's own qrc: images remains; no crash on any input.
#include "core/text/linkpolicy.h"
#include "fuzzcheck.h"
#include "ui/widgets/safetextbrowser.h"

#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static auto app = std::make_unique<QGuiApplication>(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0; // pack texts are at most 8,000 characters
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const auto target = LinkPolicy::classify(text);
    if (target.kind == LinkPolicy::Kind::External) {
        const QString scheme = QUrl(text).scheme().toLower();
        check(scheme == u"http"_s || scheme == u"https"_s, "only http(s) is external");
    }

    QTextDocument doc;
    doc.setMarkdown(
        text, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    Versus::Gui::SafeTextBrowser::sanitize(&doc);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                check(LinkPolicy::classify(format.anchorHref()).kind != LinkPolicy::Kind::Blocked,
                      "no blocked link survives");
            if (format.isImageFormat())
                check(format.toImageFormat().name().startsWith(u"qrc:"_s), "no foreign image survives");
        }
    }
    return 0;
}

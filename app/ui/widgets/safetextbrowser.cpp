#include "ui/widgets/safetextbrowser.h"

#include "core/text/linkpolicy.h"
#include "ui/widgets/dialogs.h"

#include <QDesktopServices>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::activate);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        // Show where an external link goes before it is followed.
        if (Core::LinkPolicy::classify(url).kind == Core::LinkPolicy::Kind::External)
            QToolTip::showText(QCursor::pos(), url.toDisplayString(), this);
        else
            QToolTip::hideText();
    });
}

void SafeTextBrowser::setSafeMarkdown(const QString &markdown)
{
    auto *doc = document();
    doc->clear();
    doc->setMarkdown(
        markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    sanitize(doc);
}

void SafeTextBrowser::appendSafeMarkdown(const QString &markdown)
{
    QTextDocument part;
    part.setMarkdown(
        markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    sanitize(&part);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    // A block of its own, so the text does not join the list or paragraph before it.
    if (!document()->isEmpty())
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertFragment(QTextDocumentFragment(&part));
}

void SafeTextBrowser::appendTrustedHtml(const QString &html)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertHtml(html);
    sanitize(document());
}

void SafeTextBrowser::setTrustedHtml(const QString &html)
{
    setHtml(html);
    sanitize(document());
}

void SafeTextBrowser::sanitize(QTextDocument *document)
{
    struct Change {
        int position;
        int length;
        bool replaceImage;
        QTextCharFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                // The image's address is never fetched; a visible marker stands in its place.
                const QString name = format.toImageFormat().name();
                if (!name.startsWith(u"qrc:"_s)) {
                    changes.append({fragment.position(), fragment.length(), true, {}});
                    continue;
                }
            }
            if (!format.isAnchor())
                continue;
            const auto target = Core::LinkPolicy::classify(format.anchorHref());
            if (target.kind == Core::LinkPolicy::Kind::Blocked) {
                format.setAnchor(false);
                format.setAnchorHref(QString());
                format.setFontUnderline(false);
                format.clearForeground();
            } else if (target.kind == Core::LinkPolicy::Kind::External) {
                format.setToolTip(QUrl(format.anchorHref()).toDisplayString().toHtmlEscaped());
            }
            changes.append({fragment.position(), fragment.length(), false, format});
        }
    }
    // Back to front, so that replacing text does not move the places still to change.
    QTextCursor cursor(document);
    for (qsizetype i = changes.size() - 1; i >= 0; --i) {
        const Change &change = changes[i];
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        if (change.replaceImage) {
            QTextCharFormat marker;
            marker.setFontItalic(true);
            cursor.insertText(tr("[image not shown]"), marker);
        } else {
            cursor.setCharFormat(change.format);
        }
    }
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    // Only the application's own images; nothing from files, the network or data: URLs.
    if (name.scheme() == u"qrc"_s && type == QTextDocument::ImageResource)
        return QTextBrowser::loadResource(type, name);
    return {};
}

void SafeTextBrowser::activate(const QUrl &url)
{
    const auto target = Core::LinkPolicy::classify(url);
    switch (target.kind) {
    case Core::LinkPolicy::Kind::Internal: Q_EMIT internalLinkActivated(target.item, target.id); break;
    case Core::LinkPolicy::Kind::External:
        if (Dialogs::confirm(this, tr("Open link"), tr("Open this address in your web browser?"), url.toDisplayString(),
                             tr("Open"))
            && QDesktopServices::openUrl(url))
            Q_EMIT externalLinkOpened(url);
        break;
    case Core::LinkPolicy::Kind::Blocked: break;
    }
}

} // namespace Versus::Gui

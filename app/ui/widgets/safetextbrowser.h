#pragma once

#include "core/common/itemkind.h"

#include <QTextBrowser>

namespace Versus::Gui {

/// Shows untrusted pack text. Markdown is rendered without raw HTML; images and
/// other resources are never loaded from files or the network (only the app's own
/// qrc: images); links are followed only inside Versus (versus:) or, for http and
/// https, in the system browser after the user has seen the target.
class SafeTextBrowser : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    /// Renders Markdown safely: no HTML, images replaced by their description,
    /// links of any other scheme turned into plain text.
    void setSafeMarkdown(const QString &markdown);
    /// Appends pack Markdown, rendered as setSafeMarkdown() does, at the end.
    void appendSafeMarkdown(const QString &markdown);
    /// Appends the app's own HTML (every piece of pack text in it escaped) at the end.
    void appendTrustedHtml(const QString &html);
    /// Builds a document from trusted app HTML (escape every piece of pack text in it).
    void setTrustedHtml(const QString &html);
    /// Makes a rendered document safe in place; used by every renderer of pack Markdown.
    static void sanitize(QTextDocument *document);

Q_SIGNALS:
    /// A versus: link was activated (versus:criterion/ID or versus:faq/ID).
    void internalLinkActivated(Versus::Core::ItemKind item, const QString &id);
    /// An external link was opened in the system browser.
    void externalLinkOpened(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void activate(const QUrl &url);
};

} // namespace Versus::Gui

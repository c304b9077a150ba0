#include "ui/widgets/publisherbadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

QImage PublisherBadge::logoImage(const Core::Publisher &publisher, int height)
{
    if (publisher.logo.isEmpty())
        return {};
    QImage image;
    if (publisher.logoType == u"image/png"_s) {
        if (!image.loadFromData(publisher.logo, "PNG"))
            return {};
    } else {
        QSvgRenderer svg(publisher.logo);
        if (!svg.isValid() || svg.defaultSize().isEmpty())
            return {};
        const QSize size = svg.defaultSize().scaled(height * 4, height, Qt::KeepAspectRatio);
        image = QImage(size * 2, QImage::Format_ARGB32_Premultiplied); // sharp on a high-density screen
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        image.setDevicePixelRatio(2);
        return image;
    }
    return image.scaled(QSize(height * 4, height), Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

PublisherBadge::PublisherBadge(const Core::Publisher &publisher, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"publisherBadge"_s);
    if (publisher.name.isEmpty()) {
        hide();
        return;
    }
    auto *rule = new QWidget(this);
    rule->setFixedWidth(4);
    rule->setObjectName(u"publisherAccent"_s);
    if (!publisher.accent.isEmpty())
        rule->setStyleSheet(u"background:%1"_s.arg(publisher.accent)); // checked #rrggbb, never pack text
    auto *logo = new QLabel(this);
    logo->setObjectName(u"publisherLogo"_s);
    if (const QImage image = logoImage(publisher, 40); !image.isNull())
        logo->setPixmap(QPixmap::fromImage(image));
    else
        logo->hide();
    auto *name = new QLabel(this);
    name->setObjectName(u"publisherName"_s);
    name->setTextFormat(Qt::RichText);
    name->setOpenExternalLinks(true);
    QString html = u"<b>"_s + publisher.name.toHtmlEscaped() + u"</b>"_s;
    if (publisher.website.isValid()) // an http or https address: the loader checked it
        html += u" · <a href=\"%1\">%2</a>"_s.arg(QString::fromUtf8(publisher.website.toEncoded()).toHtmlEscaped(),
                                                  publisher.website.host().toHtmlEscaped());
    name->setText(html);
    name->setAccessibleName(tr("Publisher"));
    auto *contact = new QLabel(publisher.contact, this);
    contact->setObjectName(u"publisherContact"_s);
    contact->setTextFormat(Qt::PlainText);
    contact->setVisible(!publisher.contact.isEmpty());
    contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(name);
    text->addWidget(contact);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rule);
    layout->addWidget(logo);
    layout->addLayout(text, 1);
}

} // namespace Versus::Gui

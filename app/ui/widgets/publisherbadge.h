#pragma once

#include "core/pack/pack.h"

#include <QImage>
#include <QWidget>

namespace Versus::Gui {

/// Who made the pack: the publisher's logo, name, website and contact line, with the
/// accent colour as a rule beside them. Hidden when the pack names no publisher (the
/// built-in pack stays neutral).
class PublisherBadge final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublisherBadge)

public:
    explicit PublisherBadge(const Core::Publisher &publisher, QWidget *parent = nullptr);

    /// The logo drawn at height pixels (width in proportion, at most four times the height);
    /// null when there is none or it cannot be drawn. An SVG comes checked by the loader:
    /// it refers to nothing outside itself.
    static QImage logoImage(const Core::Publisher &publisher, int height);
};

} // namespace Versus::Gui

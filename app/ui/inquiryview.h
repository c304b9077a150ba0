#pragma once

#include "pack/pack.h"

#include <QScrollArea>

#include <memory>

namespace Versus::Ui {

/// The Inquiry section: the pack's "tell us what you are building" form.
class InquiryView final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InquiryView)

public:
    explicit InquiryView(std::shared_ptr<const Core::Pack> pack, QWidget *parent = nullptr);

    /// Adds a summary of the checklist verdict to the description (the user agreed to attach it).
    void attachVerdict(const QString &summary);

private:
    std::shared_ptr<const Core::Pack> m_pack;
};

} // namespace Versus::Ui

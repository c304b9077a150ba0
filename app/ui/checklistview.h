#pragma once

#include "pack/pack.h"

#include <QWidget>

#include <memory>

namespace Versus::Ui {

class SafeTextBrowser;

/// The Checklist section: the pack's questions and their options.
class ChecklistView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistView)

public:
    explicit ChecklistView(std::shared_ptr<const Core::Pack> pack, QWidget *parent = nullptr);

    bool showQuestion(const QString &id);

private:
    std::shared_ptr<const Core::Pack> m_pack;
    SafeTextBrowser *m_text;
};

} // namespace Versus::Ui

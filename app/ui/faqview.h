#pragma once

#include "pack/pack.h"

#include <QWidget>

#include <memory>

class QListWidget;

namespace Versus::Ui {

class SafeTextBrowser;

/// The FAQ section: the questions, and the selected one's answer.
class FaqView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaqView)

public:
    explicit FaqView(std::shared_ptr<const Core::Pack> pack, QWidget *parent = nullptr);

    bool selectEntry(const QString &id);

Q_SIGNALS:
    void internalLinkActivated(const QString &section, const QString &id);

private:
    void showEntry(int row);

    std::shared_ptr<const Core::Pack> m_pack;
    QListWidget *m_list;
    SafeTextBrowser *m_answer;
};

} // namespace Versus::Ui

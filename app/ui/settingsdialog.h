#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Versus::Core {
class Outbox;
class Settings;
class TokenStore;
} // namespace Versus::Core

namespace Versus::Gui {

/// Preferences, applied as they change: display (theme, language, zoom, when a source
/// counts as old) and inquiries (where they go, how, the access token, sending, privacy).
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Core::Settings &settings, Core::TokenStore *token, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    /// The outbox the Test button sends through (it is configured from these settings).
    void setOutbox(Core::Outbox *outbox);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void updateNotes();
    void sendTest();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Core::Settings &m_settings;
    Core::TokenStore *m_token;
    Core::Outbox *m_outbox = nullptr;
    bool m_loading = false;
};

} // namespace Versus::Gui

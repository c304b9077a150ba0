#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Versus::Core {
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void updateNotes();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Core::Settings &m_settings;
    Core::TokenStore *m_token;
    bool m_loading = false;
};

} // namespace Versus::Gui

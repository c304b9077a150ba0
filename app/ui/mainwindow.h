#pragma once

#include "core/compare/weights.h"
#include "core/pack/packloader.h"
#include "core/search/searchindex.h"
#include "core/workshop/workshopsession.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QActionGroup;
class QMenu;
class QTimer;

namespace Versus::Core {
class InquiryStore;
class Outbox;
class TokenStore;
} // namespace Versus::Core

namespace Versus::Gui {
class SearchPopup;
}

namespace Ui {
class MainWindow;
}

namespace Versus::Gui {

/// The main window: the five sections of a pack, the menus, and the pack in use.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Section { HeadToHead, Comparison, Checklist, Faq, Inquiry, SectionCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the pack given on the command line, or the embedded one when path is
    /// empty. An invalid pack is reported (on screen and on stderr) and the embedded
    /// pack is shown instead.
    void openInitialPack(const QString &path);
    /// Opens a pack file; on failure shows its problems and keeps the open pack.
    bool openPack(const QString &path);
    void reloadPack();

    std::shared_ptr<const Core::Pack> pack() const { return m_pack; }
    Core::Weights *weights() { return &m_weights; }
    QString packPath() const { return m_packPath; }
    void showSection(int section);
    int currentSection() const;
    /// The section's widget, built on first use.
    QWidget *sectionWidget(int section);
    static QString sectionName(int section);

    /// Text size of the sections in percent (also remembered in Settings).
    void setZoom(int percent);
    int zoom() const { return m_zoom; }
    void setPresentationMode(bool on);

    /// Ctrl+K: the search over everything.
    void openSearch();
    /// Opens an item in its section: kind is criterion, summary, faq or question.
    bool navigateTo(const QString &kind, const QString &id);
    const Core::SearchIndex &searchIndex();

    Core::WorkshopSession *session() const { return m_session.get(); }
    /// Workshop files: these return false when cancelled or when the file could not be used.
    bool newWorkshop();
    bool openWorkshop(const QString &path);
    bool saveWorkshop();
    bool saveWorkshopAs(const QString &path = {});
    bool exportReport(const QString &path = {});
    void printReport();
    /// Asks what to do with unsaved workshop changes; false means "cancel".
    bool maybeSaveWorkshop();
    static QString autosavePath(const QString &packId);

    /// The inquiry database and outbox, opened on first need (never before the first paint).
    Core::InquiryStore *inquiryStore();
    Core::Outbox *outbox() const { return m_outbox; }
    Core::TokenStore *tokenStore() const { return m_token; }
    /// --endpoint: where inquiries go, over Settings and the pack.
    void setEndpointOverride(const QUrl &endpoint);
    /// File › Delete All My Data (asks first).
    bool deleteAllData();
    bool isPresentationMode() const { return m_presenting; }

    void showSettings();
    void showShortcuts();
    void showAbout();
    /// Every shortcut of the window and its sections: (what it does, keys).
    QList<std::pair<QString, QString>> shortcutList() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void setPack(std::shared_ptr<const Core::Pack> pack, const QString &path);
    void showLoadProblems(const QString &path, const QList<Core::Diagnostic> &diagnostics, bool fellBack);
    void ensureSection(int section);
    void dropSection(int section);
    void followInternalLink(const QString &section, const QString &id);
    void addRecentPack(const QString &path);
    void updateRecentMenu();
    void choosePackFile();
    void restoreWindowState();
    void applyZoom();
    void updateTitle();
    void scheduleAutosave();
    void autosave();
    void restoreAutosave();
    void talkToUs(const QString &summary);
    void configureOutbox();
    void settingChanged(int key);
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<const Core::Pack> m_pack;
    QString m_packPath; // empty for the embedded pack
    QObject *m_actionOwner = nullptr; // the actions no menu owns (createActions())
    std::array<QWidget *, SectionCount> m_sections{};
    std::array<QWidget *, SectionCount> m_pages{};
    QMenu *m_recentMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_presentAction = nullptr;
    Core::Weights m_weights;
    std::optional<Core::SearchIndex> m_searchIndex; // built on first use, or soon after start-up
    SearchPopup *m_searchPopup = nullptr;
    std::unique_ptr<Core::WorkshopSession> m_session;
    QTimer *m_autosaveTimer = nullptr;
    std::unique_ptr<Core::InquiryStore> m_store;
    Core::Outbox *m_outbox = nullptr;
    Core::TokenStore *m_token = nullptr;
    QUrl m_endpointOverride;
    int m_zoom = 100;
    bool m_presenting = false;
    bool m_wasMaximized = false;
};

} // namespace Versus::Gui

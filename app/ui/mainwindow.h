#pragma once

#include "core/common/itemkind.h"
#include "core/pack/packloader.h"
#include "core/settings/settings.h"
#include "core/workshop/workshopcontroller.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QMenu;

namespace Versus::Core {
class AppContext;
class PackWatcher;
class InquiryStore;
class Outbox;
class TokenStore;
} // namespace Versus::Core

namespace Ui {
class MainWindow;
}

namespace Versus::Gui {

class ChecklistView;
class ComparisonView;
class FaqView;
class HeadToHeadView;
class InquiryView;
class LibraryView;
class SearchPopup;

/// The main window: actions, the five section tabs, zoom and presentation mode. The
/// services (inquiry database, outbox, token) belong to the AppContext, which outlives
/// the window; the open pack and its workshop belong to the WorkshopController.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Section { HeadToHead, Comparison, Checklist, Faq, Inquiry, SectionCount };

    explicit MainWindow(Core::AppContext *app, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the pack given on the command line, or the embedded one when path is
    /// empty. An invalid pack is reported (on screen and through the log) and the
    /// embedded pack is shown instead.
    void openInitialPack(const QString &path);
    /// Opens a pack file; on failure shows its problems and keeps the open pack.
    bool openPack(const QString &path);
    /// Reads the open pack's file again, keeping the section, the selection and the
    /// workshop (answers, weights, notes); with errors the open pack stays and the problems
    /// panel lists them. Also what happens when the file changes on disk.
    bool reloadPack();
    /// File › Library: the packs of the library, in a window of their own.
    void showLibrary();
    /// The library in place of the sections, when no pack was asked for at start-up.
    /// Returns false (and shows nothing) when the library is empty.
    bool showStartPage();
    void hideStartPage();
    /// Copies the open pack into the user's library folder.
    bool addOpenPackToLibrary();
    /// Watches the open pack's file (tests shorten its delay).
    Core::PackWatcher *packWatcher() const { return m_packWatcher; }

    std::shared_ptr<const Core::Pack> pack() const { return m_workshop.pack(); }
    Core::Weights *weights() { return m_workshop.weights(); }
    QString packPath() const { return m_workshop.packPath(); }
    Core::WorkshopController *workshop() { return &m_workshop; }
    Core::WorkshopSession *session() const { return m_workshop.session(); }
    void showSection(int section);
    int currentSection() const;
    /// The section's widget, built on first use.
    QWidget *sectionWidget(int section);
    static QString sectionName(int section);

    /// Text size of the sections in percent (also remembered in Settings).
    void setZoom(int percent);
    int zoom() const { return m_zoom; }
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presenting; }

    /// Ctrl+K: the search over everything.
    void openSearch();
    /// Opens an item in its section.
    bool navigateTo(Core::ItemKind kind, const QString &id);

    /// Workshop files: these return false when cancelled or when the file could not be used.
    bool newWorkshop();
    bool openWorkshop(const QString &path);
    bool saveWorkshop();
    bool saveWorkshopAs(const QString &path = {});
    bool exportReport(const QString &path = {});
    void printReport();
    /// Asks what to do with unsaved workshop changes; false means "cancel".
    bool maybeSaveWorkshop();

    /// The inquiry database, opened on first need (never before the first paint).
    Core::InquiryStore *inquiryStore();
    Core::TokenStore *tokenStore() const;
    /// File › Delete All My Data (asks first).
    bool deleteAllData();

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
    enum class PackChange : std::uint8_t { Other, NewerText };
    void setPack(const std::shared_ptr<const Core::Pack> &pack, const QString &path,
                 PackChange change = PackChange::Other);
    void showLoadProblems(const QString &path, const Core::PackLoadResult &result, bool fellBack);
    void ensureSection(int section);
    void dropSection(int section);
    void dropAllSections();
    void addRecentPack(const QString &path);
    void updateRecentMenu();
    void choosePackFile();
    void restoreWindowState();
    void applyZoom();
    void updateTitle();
    void talkToUs(const QString &summary);
    void startDelivery();
    void settingChanged(Core::Settings::Key key);
    void retranslate();

    Core::AppContext *m_app;
    std::unique_ptr<Ui::MainWindow> m_ui;
    Core::WorkshopController m_workshop;
    QObject *m_actionOwner = nullptr; // the actions no menu owns (createActions())
    // The sections, each built when first shown. The window owns them (not their pages),
    // so that dropping one deletes it at once, after it has saved what it holds.
    std::unique_ptr<HeadToHeadView> m_headToHead;
    std::unique_ptr<ComparisonView> m_comparison;
    std::unique_ptr<ChecklistView> m_checklist;
    std::unique_ptr<FaqView> m_faq;
    std::unique_ptr<InquiryView> m_inquiry;
    std::array<QWidget *, SectionCount> m_pages{};
    Core::PackWatcher *m_packWatcher = nullptr;
    void updateLibraryOffer(const QString &path);
    QWidget *m_startPage = nullptr;
    QWidget *m_addToLibrary = nullptr; // in the status bar while the open pack is not in the library
    QMenu *m_recentMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_presentAction = nullptr;
    SearchPopup *m_searchPopup = nullptr;
    int m_zoom = 100;
    bool m_presenting = false;
    bool m_wasMaximized = false;
};

} // namespace Versus::Gui

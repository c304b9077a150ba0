#include "ui/mainwindow.h"
#include "ui_mainwindow.h"

#include "core/app/appcontext.h"
#include "core/common/logging.h"
#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"
#include "core/pack/packlibrary.h"
#include "core/pack/packwatcher.h"
#include "core/settings/appstate.h"
#include "core/settings/settings.h"
#include "ui/checklist/checklistview.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/headtoheadview.h"
#include "ui/faq/faqview.h"
#include "ui/inquiry/inquiryview.h"
#include "ui/library/librarydialog.h"
#include "ui/library/startpage.h"
#include "ui/report/printing.h"
#include "ui/report/report.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"
#include "ui/translations.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/searchpopup.h"
#include "ui/widgets/uiutil.h"
#include "version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {
constexpr int zoomStep = 10;
constexpr double presentationScale = 1.4;
} // namespace

MainWindow::MainWindow(Core::AppContext *app, QWidget *parent)
    : QMainWindow(parent)
    , m_app(app)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    Core::startupCheckpoint("MainWindow: setupUi");
    setAcceptDrops(true);
    // The sections take the height; the problems panel only what its list needs.
    m_ui->centralLayout->setStretchFactor(m_ui->sectionTabs, 1);
    // Each section is a page that receives its content on first show.
    for (int s = 0; s < SectionCount; ++s) {
        auto *page = new QWidget(m_ui->sectionTabs);
        page->setObjectName(u"sectionPage%1"_s.arg(s));
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        m_pages[s] = page;
        m_ui->sectionTabs->addTab(page, sectionName(s));
        m_ui->sectionTabs->setTabToolTip(s, tr("%1 (Ctrl+%2)").arg(sectionName(s)).arg(s + 1));
    }
    connect(m_ui->sectionTabs, &QTabWidget::currentChanged, this, &MainWindow::ensureSection);
    connect(&m_workshop, &Core::WorkshopController::titleChanged, this, &MainWindow::updateTitle);
    connect(&m_workshop, &Core::WorkshopController::autosaveFailed, this, [this](const Core::Diagnostic &problem) {
        m_ui->problemsPanel->showProblems(
            tr("The workshop changes could not be saved aside; save the workshop to keep them."), {problem});
    });
    connect(m_app, &Core::AppContext::becameSender, this, [this] {
        if (m_inquiry) // if it is built yet
            m_inquiry->setSenderNote(QString());
        statusBar()->showMessage(tr("This window now sends the outbox."), 5000);
    });
    m_packWatcher = new Core::PackWatcher(this);
    connect(m_packWatcher, &Core::PackWatcher::changed, this, [this] { reloadPack(); });
    Core::startupCheckpoint("MainWindow: pages");
    createActions();
    Core::startupCheckpoint("MainWindow: menus and actions");
    restoreWindowState();
    Core::startupCheckpoint("MainWindow: window state");
    connect(&Core::Settings::instance(), &Core::Settings::changed, this, &MainWindow::settingChanged);
    m_zoom = Core::Settings::instance().zoom(); // the settings table keeps it in range
    if (m_zoom != 100)
        applyZoom();
}

// The sections go first (members), then the pages that held them (QWidget's children).
MainWindow::~MainWindow() = default;

QString MainWindow::sectionName(int section)
{
    switch (section) {
    case HeadToHead: return tr("Head-to-head");
    case Comparison: return tr("Detailed comparison");
    case Checklist: return tr("Checklist");
    case Faq: return tr("FAQ");
    case Inquiry: return tr("Inquiry");
    default: return {};
    }
}

void MainWindow::createActions()
{
    // What the menus do not own is owned by this, so that a new language can replace all.
    m_actionOwner = new QObject(this);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open
        = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Pack…"), this, &MainWindow::choosePackFile);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(u"openPackAction"_s);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    QAction *library = file->addAction(tr("&Library…"), this, &MainWindow::showLibrary);
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    library->setObjectName(u"libraryAction"_s);
    m_reloadAction
        = file->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Reload Pack"), this, &MainWindow::reloadPack);
    m_reloadAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_reloadAction->setObjectName(u"reloadAction"_s);
    file->addSeparator();
    QAction *newWorkshopAction
        = file->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New Workshop"), this, [this] { newWorkshop(); });
    newWorkshopAction->setShortcut(QKeySequence::New);
    newWorkshopAction->setObjectName(u"newWorkshopAction"_s);
    QAction *openWorkshopAction = file->addAction(tr("Open &Workshop…"), this, [this] {
        if (!maybeSaveWorkshop())
            return;
        const QString path = Dialogs::openFileName(this, tr("Open Workshop"), QDir::homePath(),
                                                   tr("Versus workshops (*.json);;All files (*)"));
        if (!path.isEmpty())
            openWorkshop(path);
    });
    openWorkshopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openWorkshopAction->setObjectName(u"openWorkshopAction"_s);
    QAction *saveAction
        = file->addAction(QIcon::fromTheme(u"document-save"_s), tr("&Save Workshop"), this, [this] { saveWorkshop(); });
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(u"saveWorkshopAction"_s);
    QAction *saveAsAction = file->addAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save Workshop &As…"), this,
                                            [this] { saveWorkshopAs(); });
    saveAsAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
                                   ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                                   : QKeySequence::keyBindings(QKeySequence::SaveAs));
    saveAsAction->setObjectName(u"saveWorkshopAsAction"_s);
    QAction *deleteData = nullptr;
    QAction *reportAction = file->addAction(tr("&Export Report…"), this, [this] { exportReport(); });
    reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    reportAction->setObjectName(u"exportReportAction"_s);
    file->addAction(QIcon::fromTheme(u"document-print"_s), tr("&Print Report…"), this, &MainWindow::printReport);
    file->addSeparator();
    deleteData = file->addAction(tr("&Delete All My Data…"), this, [this] { deleteAllData(); });
    deleteData->setObjectName(u"deleteAllDataAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn
        = view->addAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"), this, [this] { setZoom(m_zoom + zoomStep); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setObjectName(u"zoomInAction"_s);
    QAction *zoomOut = view->addAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"), this,
                                       [this] { setZoom(m_zoom - zoomStep); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setObjectName(u"zoomOutAction"_s);
    QAction *zoomReset
        = view->addAction(QIcon::fromTheme(u"zoom-original"_s), tr("&Actual Size"), this, [this] { setZoom(100); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomReset->setObjectName(u"zoomResetAction"_s);
    m_presentAction = view->addAction(QIcon::fromTheme(u"view-fullscreen"_s), tr("&Presentation Mode"), this,
                                      [this](bool on) { setPresentationMode(on); });
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentAction->setObjectName(u"presentationAction"_s);
    auto *leave = new QAction(m_actionOwner);
    leave->setObjectName(u"leavePresentationAction"_s);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    leave->setEnabled(m_presenting); // Escape belongs to the focused widget unless presenting
    m_presentAction->setChecked(m_presenting);
    connect(m_presentAction, &QAction::toggled, leave, &QAction::setEnabled);
    connect(leave, &QAction::triggered, this, [this] {
        if (m_presenting)
            setPresentationMode(false);
    });
    addAction(leave);
    view->addSeparator();
    auto *group = new QActionGroup(m_actionOwner);
    for (int s = 0; s < SectionCount; ++s) {
        QAction *a = view->addAction(sectionName(s), this, [this, s] { showSection(s); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + s)));
        a->setCheckable(true);
        a->setChecked(m_ui->sectionTabs->currentIndex() == s);
        a->setObjectName(u"sectionAction%1"_s.arg(s + 1));
        group->addAction(a);
        connect(m_ui->sectionTabs, &QTabWidget::currentChanged, a,
                [a, s](int current) { a->setChecked(current == s); });
    }

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *search
        = edit->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Search Everything…"), this, &MainWindow::openSearch);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setObjectName(u"searchAction"_s);
    edit->addSeparator();
    QAction *settings
        = edit->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setObjectName(u"settingsAction"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    shortcuts->setObjectName(u"shortcutsAction"_s);
    QAction *about = help->addAction(tr("&About Versus"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
    updateRecentMenu();
    // Shortcuts must keep working while the menu bar is hidden (presentation mode).
    for (QAction *menuAction : menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu())
            addActions(menu->actions());
    }
}

void MainWindow::restoreWindowState()
{
    const bool restored = restoreGeometry(Core::AppState::windowGeometry());
    // Never larger than the screen: a laptop on a 1024x640 projector must see everything.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1200, 760);
    const QSize fit = (restored ? size() : QSize(1200, 760)).boundedTo(available * 0.96);
    if (fit != size())
        resize(fit);
    restoreState(Core::AppState::windowState());
}

void MainWindow::showSettings()
{
    startDelivery(); // the token lives with the outbox
    SettingsDialog dialog(Core::Settings::instance(), m_app->tokens(), this);
    dialog.setOutbox(m_app->outbox());
    dialog.exec();
}

QList<std::pair<QString, QString>> MainWindow::shortcutList() const
{
    QList<std::pair<QString, QString>> list;
    for (QAction *menuAction : menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *a : menu->actions()) {
            if (a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            list.append({QString(a->text()).remove(u'&'), keys.join(tr(" or "))});
        }
    }
    // What the sections add while they are shown.
    const auto add = [&list](const QString &what, const QKeySequence &keys) {
        list.append({what, keys.toString(QKeySequence::NativeText)});
    };
    add(tr("Detailed comparison, FAQ: filter"), QKeySequence::Find);
    add(tr("Detailed comparison: copy the selected rows"), QKeySequence::Copy);
    add(tr("FAQ: copy the question and answer as Markdown"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    add(tr("Checklist: next question"), QKeySequence(Qt::Key_Return));
    add(tr("Checklist: back"), QKeySequence(Qt::ALT | Qt::Key_B));
    add(tr("Checklist: finish"), QKeySequence(Qt::ALT | Qt::Key_I));
    add(tr("Search: choose a result"), QKeySequence(Qt::Key_Down));
    add(tr("Search, presentation mode: go back"), QKeySequence(Qt::Key_Escape));
    add(tr("Inquiry: submit"), QKeySequence(Qt::ALT | Qt::Key_U));
    return list;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *tree = new QTreeWidget(&dialog);
    tree->setObjectName(u"shortcutsList"_s);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    for (const auto &[what, keys] : shortcutList())
        new QTreeWidgetItem(tree, {what, keys});
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(560, 480);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QString text
        = tr("Versus %1\nCompare two to four technologies with a client, offline.\n\nLicence: GNU GPL version 3 or "
             "later.\nQt %2.")
              .arg(QStringLiteral(VERSUS_VERSION), QString::fromLatin1(qVersion()));
    if (const auto p = pack())
        text += u"\n\n"_s
            + tr("Pack: %1 (%2)\nVersion %3, updated %4\n%n source(s)", nullptr, p->distinctSourceCount())
                  .arg(p->title, p->id, p->version, QLocale().toString(p->updated, QLocale::ShortFormat));
    QMessageBox box(QMessageBox::NoIcon, tr("About Versus"), text, QMessageBox::Close, this);
    box.setObjectName(u"aboutBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.exec();
}

void MainWindow::settingChanged(Core::Settings::Key key)
{
    switch (key) {
    case Core::Settings::Key::Theme: applyTheme(Core::Settings::instance().theme()); break;
    case Core::Settings::Key::Language: installTranslations(Core::Settings::instance().language()); break;
    case Core::Settings::Key::Zoom: setZoom(Core::Settings::instance().zoom()); break;
    case Core::Settings::Key::SourceMaxAgeMonths:
        // The details pane shows the mark: build the comparison again.
        if (m_comparison) {
            const QString current = m_comparison->currentCriterionId();
            dropSection(Comparison);
            if (currentSection() == Comparison) {
                ensureSection(Comparison);
                m_comparison->selectCriterion(current);
            }
        }
        break;
    case Core::Settings::Key::EndpointUrl:
    case Core::Settings::Key::EndpointFormat:
    case Core::Settings::Key::WebhookShape:
    case Core::Settings::Key::AuthScheme:
    case Core::Settings::Key::AuthHeader:
    case Core::Settings::Key::ExtraFields:
    case Core::Settings::Key::SendAutomatically:
    case Core::Settings::Key::SentRetentionDays: break; // the AppContext's business
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && pack())
        retranslate();
    QMainWindow::changeEvent(event);
}

// Another language: menus, tabs and sections are built again in it (the workshop stays).
void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    for (QAction *a : actions())
        removeAction(a);
    // Later, not now: the Settings action that asked for this is still at work.
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    for (QMenu *menu : menus)
        menu->deleteLater();
    m_actionOwner->deleteLater();
    createActions();
    m_reloadAction->setEnabled(!packPath().isEmpty());
    for (int s = 0; s < SectionCount; ++s) {
        m_ui->sectionTabs->setTabText(s, sectionName(s));
        m_ui->sectionTabs->setTabToolTip(s, tr("%1 (Ctrl+%2)").arg(sectionName(s)).arg(s + 1));
    }
    const int section = currentSection();
    dropAllSections();
    ensureSection(section);
    updateTitle();
}

void MainWindow::updateTitle()
{
    const auto p = pack();
    const Core::WorkshopSession *s = session();
    if (!p || !s)
        return;
    // "Versus — PACK" until a workshop has a name or changes; [*] is where Qt shows the modified marker.
    if (s->isModified() || !s->filePath().isEmpty())
        setWindowTitle(tr("Versus — %1 — %2[*]").arg(p->title, s->displayName()));
    else
        setWindowTitle(tr("Versus — %1[*]").arg(p->title));
    setWindowModified(s->isModified());
}

bool MainWindow::maybeSaveWorkshop()
{
    if (!session() || !session()->isModified())
        return true;
    switch (Dialogs::askToSave(
        this, tr("Unsaved workshop"),
        tr("The workshop “%1” has changes that are not saved. Save them?").arg(session()->displayName()))) {
    case QMessageBox::Save: return saveWorkshop();
    case QMessageBox::Discard: m_workshop.discardChanges(); return true;
    default: return false;
    }
}

bool MainWindow::newWorkshop()
{
    if (!maybeSaveWorkshop())
        return false;
    m_workshop.newWorkshop();
    statusBar()->showMessage(tr("New workshop"), 3000);
    return true;
}

bool MainWindow::openWorkshop(const QString &path)
{
    const auto result = m_workshop.open(path);
    if (!result.opened) {
        m_ui->problemsPanel->showProblems(
            tr("%1 could not be opened as a workshop.").arg(QDir::toNativeSeparators(path)), result.diagnostics);
        return false;
    }
    if (!result.diagnostics.isEmpty())
        m_ui->problemsPanel->showProblems(
            tr("%1 opened; some of it does not match this pack.").arg(QDir::toNativeSeparators(path)),
            result.diagnostics);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::saveWorkshop()
{
    return saveWorkshopAs(session()->filePath());
}

bool MainWindow::saveWorkshopAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested = QDir::home().filePath(m_workshop.suggestedFileName());
        target = Dialogs::saveFileName(this, tr("Save Workshop"), suggested, tr("Versus workshops (*.json)"));
        if (target.isEmpty())
            return false;
        if (QFileInfo(target).suffix().isEmpty())
            target += u".json"_s;
    }
    if (const auto saved = m_workshop.saveAs(target); !saved) {
        m_ui->problemsPanel->showProblems(tr("The workshop could not be saved; your changes are still here."),
                                          {saved.error()});
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 4000);
    return true;
}

bool MainWindow::exportReport(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        target
            = Dialogs::saveFileName(this, tr("Export Report"), QDir::home().filePath(pack()->id + u"-decision.pdf"_s),
                                    tr("PDF (*.pdf);;HTML, one file (*.html);;Markdown decision record (*.md)"));
        if (target.isEmpty())
            return false;
        if (QFileInfo(target).suffix().isEmpty())
            target += u".pdf"_s;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = Report(*session()).write(target);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_ui->problemsPanel->showProblems(tr("The report could not be written."), {written.error()});
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(target)), 5000);
    return true;
}

void MainWindow::printReport()
{
    printDocument(this, pack()->title, [this] { return Report(*session()).document(); });
}

void MainWindow::talkToUs(const QString &summary)
{
    showSection(Inquiry);
    if (!summary.isEmpty() && m_inquiry)
        m_inquiry->attachVerdict(summary);
}

void MainWindow::setZoom(int percent)
{
    percent = std::clamp(percent, Core::Settings::minimum(Core::Settings::Key::Zoom),
                         Core::Settings::maximum(Core::Settings::Key::Zoom));
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    Core::Settings::instance().setValue(Core::Settings::Key::Zoom, m_zoom);
    applyZoom();
    statusBar()->showMessage(tr("Zoom %1%").arg(m_zoom), 2000);
}

void MainWindow::applyZoom()
{
    // Only the sections grow: menus and dialogs keep the system's size.
    const double scale = m_zoom / 100.0 * (m_presenting ? presentationScale : 1.0);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    m_ui->sectionTabs->setFont(font);
    rescaleHeadings(m_ui->sectionTabs);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    m_presentAction->setChecked(on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
    applyZoom();
}

void MainWindow::startDelivery()
{
    if (m_app->outbox())
        return;
    if (!m_app->startDelivery())
        m_ui->problemsPanel->showProblems(
            tr("Drafts and the outbox cannot be used: %1").arg(m_app->openStore().error().message), {});
}

Core::InquiryStore *MainWindow::inquiryStore()
{
    startDelivery();
    return m_app->store();
}

Core::TokenStore *MainWindow::tokenStore() const
{
    return m_app->tokens();
}

bool MainWindow::deleteAllData()
{
    if (!Dialogs::confirm(this, tr("Delete all my data"),
                          tr("Delete every draft, every inquiry in the outbox (sent or not), the delivery log, the "
                             "workshop autosaves and the stored access token? This cannot be undone."),
                          {}, tr("Delete everything")))
        return false;
    // The Inquiry section shows drafts: rebuild it afterwards.
    dropSection(Inquiry);
    const auto deleted = m_app->deleteAllInquiryData();
    QDir(QFileInfo(Core::WorkshopController::autosavePath(pack()->id)).absolutePath()).removeRecursively();
    if (!deleted) {
        m_ui->problemsPanel->showProblems(tr("Not everything could be deleted: %1").arg(deleted.error().message), {});
        return false;
    }
    statusBar()->showMessage(tr("Drafts, outbox and log deleted."), 5000);
    if (currentSection() == Inquiry)
        ensureSection(Inquiry);
    return true;
}

void MainWindow::openSearch()
{
    if (!m_searchPopup) {
        m_searchPopup = new SearchPopup(m_ui->centralWidget);
        connect(m_searchPopup, &SearchPopup::activated, this, &MainWindow::navigateTo);
    }
    m_searchPopup->setIndex(&m_workshop.searchIndex());
    m_searchPopup->open();
}

bool MainWindow::navigateTo(Core::ItemKind kind, const QString &id)
{
    switch (kind) {
    case Core::ItemKind::Criterion: showSection(Comparison); return m_comparison->selectCriterion(id);
    case Core::ItemKind::Faq: showSection(Faq); return m_faq->selectEntry(id);
    case Core::ItemKind::Summary: showSection(HeadToHead); return m_headToHead->selectSummaryRow(id);
    case Core::ItemKind::Question: showSection(Checklist); return m_checklist->showQuestion(id);
    }
    return false;
}

void MainWindow::openInitialPack(const QString &path)
{
    if (!path.isEmpty()) {
        const auto result = Core::PackLoader::loadFile(path);
        // The loader has logged them (versus.core.pack); the user sees them below.
        if (result.ok()) {
            setPack(result.pack, QFileInfo(path).absoluteFilePath());
            addRecentPack(QFileInfo(path).absoluteFilePath());
            if (!result.diagnostics.isEmpty()) // warnings: the pack opens, and says what it ignored
                showLoadProblems(path, result, false);
        } else {
            showLoadProblems(path, result, true);
        }
    }
    if (!pack()) {
        auto embedded = Core::PackLoader::loadEmbedded();
        Core::startupCheckpoint("embedded pack loaded");
        setPack(embedded, QString());
        if (path.isEmpty())
            showStartPage();
    }
    const int section = Core::AppState::section();
    showSection(section >= 0 && section < SectionCount ? section : HeadToHead);
    // The outbox sends what waits from an earlier session, once the window is up.
    QTimer::singleShot(1000, this, &MainWindow::startDelivery);
}

bool MainWindow::openPack(const QString &path)
{
    if (pack() && !maybeSaveWorkshop())
        return false;
    const auto result = Core::PackLoader::loadFile(path);
    if (!result.ok()) {
        showLoadProblems(path, result, false);
        return false;
    }
    const int section = currentSection();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    setPack(result.pack, absolute);
    addRecentPack(absolute);
    showSection(section);
    if (!result.diagnostics.isEmpty())
        showLoadProblems(path, result, false);
    return true;
}

bool MainWindow::reloadPack()
{
    const QString path = packPath();
    if (path.isEmpty()) {
        statusBar()->showMessage(tr("The built-in pack is always up to date."), 4000);
        return false;
    }
    const auto result = Core::PackLoader::loadFile(path);
    if (!result.ok()) {
        showLoadProblems(path, result, false);
        return false;
    }
    // What the user was looking at, found again by id in the newer text.
    const int section = currentSection();
    const QString criterion = m_comparison ? m_comparison->currentCriterionId() : QString();
    const QString faqEntry = m_faq ? m_faq->currentEntryId() : QString();
    setPack(result.pack, path, PackChange::NewerText);
    showSection(section);
    if (m_comparison && !criterion.isEmpty())
        m_comparison->selectCriterion(criterion);
    if (m_faq && !faqEntry.isEmpty())
        m_faq->selectEntry(faqEntry);
    if (result.diagnostics.isEmpty())
        m_ui->problemsPanel->hide(); // the problems it listed are gone
    else
        showLoadProblems(path, result, false);
    statusBar()->showMessage(tr("Reloaded %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::showLibrary()
{
    auto *dialog = new LibraryDialog(packPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LibraryDialog::openRequested, dialog, [this, dialog](const QString &path) {
        if (openPack(path))
            dialog->accept();
    });
    dialog->show();
}

bool MainWindow::showStartPage()
{
    if (m_startPage)
        return true;
    auto page = std::make_unique<StartPage>(pack()->title);
    if (page->isEmpty())
        return false;
    connect(page.get(), &StartPage::openRequested, this, [this](const QString &path) { openPack(path); });
    connect(page.get(), &StartPage::builtInChosen, this, &MainWindow::hideStartPage);
    m_startPage = page.get();
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->sectionTabs), page.release(), 1);
    m_ui->sectionTabs->hide();
    return true;
}

void MainWindow::hideStartPage()
{
    if (!m_startPage)
        return;
    m_ui->sectionTabs->show();
    // Not now: the button that asked for this is one of the page's children.
    m_startPage->hide();
    m_startPage->deleteLater();
    m_startPage = nullptr;
}

void MainWindow::updateLibraryOffer(const QString &path)
{
    const bool offer = !path.isEmpty()
        && !Core::PackLibrary::contains(path, Core::PackLibrary::userFolder(), Core::PackLibrary::systemFolders());
    if (offer && !m_addToLibrary) {
        auto *button = new QPushButton(tr("Add to &Library"), statusBar());
        button->setObjectName(u"addToLibraryButton"_s);
        button->setToolTip(tr("Copy this pack into your library folder"));
        button->setFlat(true);
        connect(button, &QPushButton::clicked, this, &MainWindow::addOpenPackToLibrary);
        statusBar()->addPermanentWidget(button);
        m_addToLibrary = button;
    }
    if (m_addToLibrary)
        m_addToLibrary->setVisible(offer);
}

bool MainWindow::addOpenPackToLibrary()
{
    const auto added = Core::PackLibrary::add(packPath(), Core::PackLibrary::userFolder());
    if (!added) {
        m_ui->problemsPanel->showProblems(tr("The pack could not be added to the library."), {added.error()});
        return false;
    }
    m_addToLibrary->hide();
    statusBar()->showMessage(tr("Added to your library: %1").arg(QDir::toNativeSeparators(*added)), 5000);
    return true;
}

void MainWindow::showLoadProblems(const QString &path, const Core::PackLoadResult &result, bool fellBack)
{
    const QList<Core::Diagnostic> &diagnostics = result.diagnostics;
    const bool errors = Core::hasErrors(diagnostics);
    const QString name = QDir::toNativeSeparators(path);
    QString summary;
    if (!errors)
        // All of them, though only the first ones are listed.
        summary = tr("%1 opened with %n warning(s).", nullptr, result.warningCount).arg(name);
    else if (fellBack)
        summary = tr("%1 could not be opened (%n problem(s)). Showing the built-in pack instead.", nullptr,
                     static_cast<int>(diagnostics.size()))
                      .arg(name);
    else
        summary = tr("%1 could not be opened (%n problem(s)). The open pack is unchanged.", nullptr,
                     static_cast<int>(diagnostics.size()))
                      .arg(name);
    m_ui->problemsPanel->showProblems(summary, diagnostics);
}

void MainWindow::setPack(const std::shared_ptr<const Core::Pack> &pack, const QString &path, PackChange change)
{
    // The sections show the old pack: they go before it does.
    dropAllSections();
    if (m_searchPopup) {
        m_searchPopup->close();
        m_searchPopup->setIndex(nullptr); // the index goes with the pack
    }
    bool restored = false;
    if (change == PackChange::NewerText)
        m_workshop.reloadPack(pack);
    else
        restored = m_workshop.setPack(pack, path);
    m_packWatcher->watch(path);
    updateLibraryOffer(path);
    if (!path.isEmpty())
        hideStartPage();
    Core::startupCheckpoint("setPack: workshop");
    m_app->setPack(pack);
    Core::startupCheckpoint("setPack: AppContext");
    // Built off the start-up path: once the window is up and idle, not before the first paint.
    QTimer::singleShot(1500, this, [this, packNow = pack] {
        if (this->pack() == packNow && !m_workshop.hasSearchIndex())
            m_workshop.searchIndex();
    });
    m_reloadAction->setEnabled(!path.isEmpty());
    if (restored)
        statusBar()->showMessage(tr("Restored the workshop changes that were not saved."), 8000);
    else
        statusBar()->showMessage(path.isEmpty()
                                     ? tr("Built-in pack: %1 (version %2)").arg(pack->title, pack->version)
                                     : tr("Pack: %1 (version %2)").arg(QDir::toNativeSeparators(path), pack->version));
    ensureSection(currentSection());
}

int MainWindow::currentSection() const
{
    return m_ui->sectionTabs->currentIndex();
}

void MainWindow::showSection(int section)
{
    if (section < 0 || section >= SectionCount)
        return;
    m_ui->sectionTabs->setCurrentIndex(section);
    ensureSection(section);
}

// Out of sight and gone at once (having saved what it holds on the way out: hideEvent);
// built again when next shown. No section is ever on the call stack here: only the
// window's own actions and the settings drop sections.
void MainWindow::dropSection(int section)
{
    const auto drop = [](auto &view) {
        if (view)
            view->hide();
        view.reset();
    };
    switch (section) {
    case HeadToHead: drop(m_headToHead); break;
    case Comparison: drop(m_comparison); break;
    case Checklist: drop(m_checklist); break;
    case Faq: drop(m_faq); break;
    case Inquiry: drop(m_inquiry); break;
    default: break;
    }
}

void MainWindow::dropAllSections()
{
    for (int s = 0; s < SectionCount; ++s)
        dropSection(s);
}

QWidget *MainWindow::sectionWidget(int section)
{
    ensureSection(section);
    switch (section) {
    case HeadToHead: return m_headToHead.get();
    case Comparison: return m_comparison.get();
    case Checklist: return m_checklist.get();
    case Faq: return m_faq.get();
    case Inquiry: return m_inquiry.get();
    default: return nullptr;
    }
}

void MainWindow::ensureSection(int section)
{
    const auto p = pack();
    if (!p || section < 0 || section >= SectionCount)
        return;
    QWidget *page = m_pages[section];
    const auto place = [page](QWidget *view) {
        page->layout()->addWidget(view);
        view->show();
    };
    const auto status = [this](const QString &m) {
        statusBar()->showMessage(m, 5000);
    };
    switch (section) {
    case HeadToHead:
        if (m_headToHead)
            return;
        m_headToHead = std::make_unique<HeadToHeadView>(p, session(), page);
        connect(m_headToHead.get(), &HeadToHeadView::inquiryRequested, this, [this] { showSection(Inquiry); });
        connect(m_headToHead.get(), &HeadToHeadView::weightsRequested, this, [this] { showSection(Comparison); });
        Core::startupCheckpoint("HeadToHeadView built");
        place(m_headToHead.get());
        break;
    case Comparison:
        if (m_comparison)
            return;
        m_comparison = std::make_unique<ComparisonView>(p, weights(), session(), page);
        connect(m_comparison.get(), &ComparisonView::internalLinkActivated, this, &MainWindow::navigateTo);
        connect(m_comparison.get(), &ComparisonView::statusMessage, this, status);
        place(m_comparison.get());
        break;
    case Checklist:
        if (m_checklist)
            return;
        m_checklist = std::make_unique<ChecklistView>(p, session(), page);
        connect(m_checklist.get(), &ChecklistView::internalLinkActivated, this, &MainWindow::navigateTo);
        connect(m_checklist.get(), &ChecklistView::saveRequested, this, [this] { saveWorkshop(); });
        connect(m_checklist.get(), &ChecklistView::reportRequested, this, [this] { exportReport(); });
        connect(m_checklist.get(), &ChecklistView::printRequested, this, &MainWindow::printReport);
        connect(m_checklist.get(), &ChecklistView::talkToUsRequested, this, &MainWindow::talkToUs);
        place(m_checklist.get());
        break;
    case Faq:
        if (m_faq)
            return;
        m_faq = std::make_unique<FaqView>(p, page);
        connect(m_faq.get(), &FaqView::internalLinkActivated, this, &MainWindow::navigateTo);
        connect(m_faq.get(), &FaqView::statusMessage, this, status);
        place(m_faq.get());
        break;
    case Inquiry: {
        if (m_inquiry)
            return;
        startDelivery();
        Core::Outbox *outbox = m_app->outbox();
        // Without a database it can write the form is still there: what is typed stays in
        // memory and can be saved as a file (the view's banner says so).
        m_inquiry = std::make_unique<InquiryView>(p, m_app->store(), outbox, page);
        connect(m_inquiry.get(), &InquiryView::statusMessage, this, status);
        m_inquiry->setVerdictSource([this] {
            auto *checklist = qobject_cast<ChecklistView *>(sectionWidget(Checklist));
            return checklist ? checklist->verdictSummary() : QString();
        });
        connect(m_inquiry.get(), &InquiryView::settingsRequested, this, &MainWindow::showSettings);
        m_inquiry->setReportSource([this]() -> QByteArray { // the PDF goes through a file, as Export Report writes it
            const QTemporaryDir dir;
            const QString path = dir.filePath(u"report.pdf"_s);
            QFile pdf(path);
            if (!Report(*session()).write(path) || !pdf.open(QIODevice::ReadOnly))
                return {};
            return pdf.readAll();
        });
        if (const QString problem = m_app->storeProblem(); !problem.isEmpty())
            m_inquiry->setStorageProblem(problem);
        else if (outbox && !outbox->isSender())
            m_inquiry->setSenderNote(
                tr("Another Versus window is sending the outbox. Inquiries you submit here are saved, and it "
                   "sends them."));
        place(m_inquiry.get());
        break;
    }
    default: break;
    }
}

void MainWindow::choosePackFile()
{
    const QString start = packPath().isEmpty() ? QDir::homePath() : QFileInfo(packPath()).absolutePath();
    const QString path
        = Dialogs::openFileName(this, tr("Open Pack"), start, tr("Content packs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openPack(path);
}

void MainWindow::addRecentPack(const QString &path)
{
    Core::AppState::addRecentPack(path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Core::AppState::recentPacks();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPack(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            Core::AppState::clearRecentPacks();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveWorkshop()) {
        event->ignore();
        return;
    }
    Core::AppState::setWindowGeometry(saveGeometry());
    Core::AppState::setWindowState(saveState());
    Core::AppState::setSection(currentSection());
    // What the sections hold is saved as they hide (the window is closing); then what
    // this session kept for undo goes for good.
    hide();
    m_app->finishSession();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(u".json"_s, Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openPack(urls.first().toLocalFile());
    }
}

} // namespace Versus::Gui

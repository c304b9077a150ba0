#include "ui/mainwindow.h"
#include "ui_mainwindow.h"

#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"
#include "core/inquiry/tokenstore.h"
#include "core/settings/settings.h"
#include "ui/checklist/checklistview.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/headtoheadview.h"
#include "ui/faq/faqview.h"
#include "ui/inquiry/inquiryview.h"
#include "ui/report/comparisonreport.h"
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
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkInformation>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {
constexpr int maxRecentPacks = 8;
constexpr int minZoom = 50;
constexpr int maxZoom = 300;
constexpr int zoomStep = 10;
constexpr double presentationScale = 1.4;
const auto geometryKey = u"window/geometry"_s;
const auto stateKey = u"window/state"_s;
const auto sectionKey = u"window/section"_s;
const auto recentKey = u"packs/recent"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
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
    // Weights are remembered per pack as soon as they change.
    connect(&m_weights, &Core::Weights::changed, this, [this] { m_weights.store(); });
    createActions();
    restoreWindowState();
    connect(&Core::Settings::instance(), &Core::Settings::changed, this,
            [this](Core::Settings::Key key) { settingChanged(static_cast<int>(key)); });
    m_zoom = std::clamp(Core::Settings::instance().zoom(), minZoom, maxZoom);
    if (m_zoom != 100)
        applyZoom();
}

MainWindow::~MainWindow()
{
    // Sections and the outbox use the database: they go first, while it is still open.
    qDeleteAll(m_sections);
    m_sections.fill(nullptr);
    delete std::exchange(m_outbox, nullptr);
}

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
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(geometryKey).toByteArray());
    // Never larger than the screen: a laptop on a 1024x640 projector must see everything.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1200, 760);
    const QSize fit = (restored ? size() : QSize(1200, 760)).boundedTo(available * 0.96);
    if (fit != size())
        resize(fit);
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::showSettings()
{
    inquiryStore(); // the token lives with the outbox
    SettingsDialog dialog(Core::Settings::instance(), m_token, this);
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
    QString text = tr("Versus %1\nCompare two technologies with a client, offline.\n\nLicence: GNU GPL version 3 or "
                      "later.\nQt %2.")
                       .arg(QStringLiteral(VERSUS_VERSION), QString::fromLatin1(qVersion()));
    if (m_pack)
        text += u"\n\n"_s
            + tr("Pack: %1 (%2)\nVersion %3, updated %4\n%n source(s)", nullptr, m_pack->distinctSourceCount())
                  .arg(m_pack->title, m_pack->id, m_pack->version,
                       QLocale().toString(m_pack->updated, QLocale::ShortFormat));
    QMessageBox box(QMessageBox::NoIcon, tr("About Versus"), text, QMessageBox::Close, this);
    box.setObjectName(u"aboutBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.exec();
}

void MainWindow::settingChanged(int key)
{
    switch (static_cast<Core::Settings::Key>(key)) {
    case Core::Settings::Key::Theme: applyTheme(Core::Settings::instance().theme()); break;
    case Core::Settings::Key::Language: installTranslations(Core::Settings::instance().language()); break;
    case Core::Settings::Key::Zoom: setZoom(Core::Settings::instance().zoom()); break;
    case Core::Settings::Key::SourceMaxAgeMonths:
        // The details pane shows the mark: build the comparison again.
        if (m_sections[Comparison]) {
            const QString current = static_cast<ComparisonView *>(m_sections[Comparison])->currentCriterionId();
            dropSection(Comparison);
            if (currentSection() == Comparison) {
                ensureSection(Comparison);
                static_cast<ComparisonView *>(m_sections[Comparison])->selectCriterion(current);
            }
        }
        break;
    default: configureOutbox(); break;
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_pack)
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
    if (m_pack)
        m_reloadAction->setEnabled(!m_packPath.isEmpty());
    for (int s = 0; s < SectionCount; ++s) {
        m_ui->sectionTabs->setTabText(s, sectionName(s));
        m_ui->sectionTabs->setTabToolTip(s, tr("%1 (Ctrl+%2)").arg(sectionName(s)).arg(s + 1));
    }
    const int section = currentSection();
    for (int s = 0; s < SectionCount; ++s)
        dropSection(s);
    ensureSection(section);
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_pack)
        return;
    // "Versus — PACK" until a workshop has a name or changes; [*] is where Qt shows the modified marker.
    if (m_session && (m_session->isModified() || !m_session->filePath().isEmpty()))
        setWindowTitle(tr("Versus — %1 — %2[*]").arg(m_pack->title, m_session->displayName()));
    else
        setWindowTitle(tr("Versus — %1[*]").arg(m_pack->title));
    setWindowModified(m_session && m_session->isModified());
}

QString MainWindow::autosavePath(const QString &packId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave/"_s + packId
        + u".workshop.json"_s;
}

void MainWindow::scheduleAutosave()
{
    if (!m_autosaveTimer) {
        m_autosaveTimer = new QTimer(this);
        m_autosaveTimer->setSingleShot(true);
        m_autosaveTimer->setInterval(1000);
        connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    }
    m_autosaveTimer->start();
}

// Unsaved workshop changes survive a crash: they are written aside, with the file they belong to.
void MainWindow::autosave()
{
    if (!m_session || !m_pack)
        return;
    const QString path = autosavePath(m_pack->id);
    if (!m_session->isModified()) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(Core::WorkshopFile::serialize(m_session->toWorkshop()));
    file.commit();
    QSettings().setValue(u"workshop/autosaveFile/"_s + m_pack->id, m_session->filePath());
}

void MainWindow::restoreAutosave()
{
    const QString path = autosavePath(m_pack->id);
    if (!QFile::exists(path))
        return;
    const auto loaded = Core::WorkshopFile::load(path);
    if (!loaded.workshop)
        return;
    m_session->apply(*loaded.workshop);
    m_session->setModified(true);
    statusBar()->showMessage(tr("Restored the workshop changes that were not saved."), 8000);
}

bool MainWindow::maybeSaveWorkshop()
{
    if (!m_session || !m_session->isModified())
        return true;
    switch (Dialogs::askToSave(
        this, tr("Unsaved workshop"),
        tr("The workshop “%1” has changes that are not saved. Save them?").arg(m_session->displayName()))) {
    case QMessageBox::Save: return saveWorkshop();
    case QMessageBox::Discard:
        QFile::remove(autosavePath(m_pack->id));
        m_session->setModified(false);
        return true;
    default: return false;
    }
}

bool MainWindow::newWorkshop()
{
    if (!maybeSaveWorkshop())
        return false;
    m_session->reset();
    QFile::remove(autosavePath(m_pack->id));
    statusBar()->showMessage(tr("New workshop"), 3000);
    return true;
}

bool MainWindow::openWorkshop(const QString &path)
{
    const auto loaded = Core::WorkshopFile::load(path);
    if (!loaded.workshop) {
        m_ui->problemsPanel->showProblems(
            tr("%1 could not be opened as a workshop.").arg(QDir::toNativeSeparators(path)), loaded.diagnostics);
        return false;
    }
    const QStringList messages = m_session->apply(*loaded.workshop);
    if (!messages.isEmpty() || !loaded.diagnostics.isEmpty()) {
        QList<Core::Diagnostic> notes = loaded.diagnostics; // warnings from reading the file
        for (const QString &m : messages)
            notes.append({Core::Diagnostic::Severity::Warning, path, 0, 0, QString(), m});
        m_ui->problemsPanel->showProblems(
            tr("%1 opened; some of it does not match this pack.").arg(QDir::toNativeSeparators(path)), notes);
    }
    // Opened from a file it belongs to that file, unless it was made for another pack.
    // Saving goes back to this file only when it belongs to this pack; never to a file opened before.
    m_session->setFilePath(loaded.workshop->packId == m_pack->id ? path : QString());
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::saveWorkshop()
{
    if (m_session->filePath().isEmpty())
        return saveWorkshopAs();
    return saveWorkshopAs(m_session->filePath());
}

bool MainWindow::saveWorkshopAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested = QDir::home().filePath(
            (m_session->clientName().isEmpty() ? m_pack->id : m_session->clientName()) + u"-workshop.json"_s);
        target = Dialogs::saveFileName(this, tr("Save Workshop"), suggested, tr("Versus workshops (*.json)"));
        if (target.isEmpty())
            return false;
        if (QFileInfo(target).suffix().isEmpty())
            target += u".json"_s;
    }
    if (auto saved = m_session->save(target); !saved) {
        m_ui->problemsPanel->showProblems(tr("The workshop could not be saved; your changes are still here."),
                                          {saved.error()});
        return false;
    }
    QFile::remove(autosavePath(m_pack->id));
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 4000);
    return true;
}

bool MainWindow::exportReport(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        target
            = Dialogs::saveFileName(this, tr("Export Report"), QDir::home().filePath(m_pack->id + u"-decision.pdf"_s),
                                    tr("PDF (*.pdf);;HTML, one file (*.html);;Markdown decision record (*.md)"));
        if (target.isEmpty())
            return false;
        if (QFileInfo(target).suffix().isEmpty())
            target += u".pdf"_s;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = Report(*m_session, m_weights.values()).write(target);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        m_ui->problemsPanel->showProblems(tr("The report could not be written."),
                                          {{Core::Diagnostic::Severity::Error, target, 0, 0, QString(), error}});
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(target)), 5000);
    return true;
}

void MainWindow::printReport()
{
    printDocument(this, m_pack->title, [this] { return Report(*m_session, m_weights.values()).document(); });
}

void MainWindow::talkToUs(const QString &summary)
{
    showSection(Inquiry);
    if (!summary.isEmpty())
        static_cast<InquiryView *>(m_sections[Inquiry])->attachVerdict(summary);
}

void MainWindow::setZoom(int percent)
{
    percent = std::clamp(percent, minZoom, maxZoom);
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

Core::InquiryStore *MainWindow::inquiryStore()
{
    if (m_store)
        return m_store.get();
    m_store = std::make_unique<Core::InquiryStore>();
    if (auto opened = m_store->open(); !opened)
        m_ui->problemsPanel->showProblems(tr("Drafts and the outbox cannot be used: %1").arg(opened.error().message),
                                          {});
    // Privacy: sent inquiries do not stay longer than the user allows.
    const int days = Core::Settings::instance().sentRetentionDays();
    static_cast<void>(m_store->purgeSent(QDateTime::currentDateTimeUtc().addDays(-days))); // logged; next start
    m_outbox = new Core::Outbox(m_store.get(), this);
    m_token = new Core::TokenStore(this);
    connect(m_token, &Core::TokenStore::changed, m_outbox, [this] { m_outbox->setToken(m_token->token()); });
    m_token->load();
    configureOutbox();
    // One running Versus sends; the others queue, and one of them takes over when it quits.
    connect(m_outbox, &Core::Outbox::becameSender, this, [this] {
        if (auto *v = qobject_cast<InquiryView *>(m_sections[Inquiry])) // if it is built yet
            v->setSenderNote(QString());
        statusBar()->showMessage(tr("This window now sends the outbox."), 5000);
    });
    m_outbox->becomeSender();
    // A network that comes back is a hint to try again (not a promise, and not needed).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, m_outbox,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online)
                        m_outbox->sendDue();
                });
    }
    return m_store.get();
}

void MainWindow::configureOutbox()
{
    if (!m_outbox || !m_pack)
        return;
    const Core::Settings &settings = Core::Settings::instance();
    QUrl endpoint = m_endpointOverride;
    if (endpoint.isEmpty())
        endpoint = settings.endpointUrl();
    // The pack's own address takes only that pack's inquiries.
    m_outbox->setPackFilter(endpoint.isEmpty() ? m_pack->id : QString());
    if (endpoint.isEmpty())
        endpoint = m_pack->inquiry.endpoint;
    m_outbox->setEndpoint(endpoint);
    m_outbox->setFormat(settings.endpointFormat());
    m_outbox->setAutomatic(settings.sendAutomatically());
}

void MainWindow::setEndpointOverride(const QUrl &endpoint)
{
    m_endpointOverride = endpoint;
    configureOutbox();
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
    const auto deleted = inquiryStore()->deleteAll();
    QDir(QFileInfo(autosavePath(m_pack->id)).absolutePath()).removeRecursively();
    if (m_token)
        m_token->save(QString()); // the access token leaves the keyring too
    if (!deleted) {
        m_ui->problemsPanel->showProblems(tr("Not everything could be deleted: %1").arg(deleted.error().message), {});
        return false;
    }
    statusBar()->showMessage(tr("Drafts, outbox and log deleted."), 5000);
    if (currentSection() == Inquiry)
        ensureSection(Inquiry);
    return true;
}

const Core::SearchIndex &MainWindow::searchIndex()
{
    if (!m_searchIndex)
        m_searchIndex.emplace(*m_pack);
    return *m_searchIndex;
}

void MainWindow::openSearch()
{
    if (!m_searchPopup) {
        m_searchPopup = new SearchPopup(m_ui->centralWidget);
        connect(m_searchPopup, &SearchPopup::activated, this, &MainWindow::navigateTo);
    }
    m_searchPopup->setIndex(&searchIndex());
    m_searchPopup->open();
}

bool MainWindow::navigateTo(const QString &kind, const QString &id)
{
    if (kind == u"criterion"_s) {
        showSection(Comparison);
        return static_cast<ComparisonView *>(m_sections[Comparison])->selectCriterion(id);
    }
    if (kind == u"faq"_s) {
        showSection(Faq);
        return static_cast<FaqView *>(m_sections[Faq])->selectEntry(id);
    }
    if (kind == u"summary"_s) {
        showSection(HeadToHead);
        return static_cast<HeadToHeadView *>(m_sections[HeadToHead])->selectSummaryRow(id);
    }
    if (kind == u"question"_s) {
        showSection(Checklist);
        return static_cast<ChecklistView *>(m_sections[Checklist])->showQuestion(id);
    }
    return false;
}

void MainWindow::openInitialPack(const QString &path)
{
    if (!path.isEmpty()) {
        const auto result = Core::PackLoader::loadFile(path);
        for (const auto &d : result.diagnostics)
            std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
        if (result.ok()) {
            setPack(result.pack, QFileInfo(path).absoluteFilePath());
            addRecentPack(QFileInfo(path).absoluteFilePath());
        } else {
            showLoadProblems(path, result.diagnostics, true);
        }
    }
    if (!m_pack)
        setPack(Core::PackLoader::loadEmbedded(), QString());
    const int section = QSettings().value(sectionKey, HeadToHead).toInt();
    showSection(section >= 0 && section < SectionCount ? section : HeadToHead);
    // The outbox sends what waits from an earlier session, once the window is up.
    QTimer::singleShot(1000, this, [this] { inquiryStore(); });
}

bool MainWindow::openPack(const QString &path)
{
    if (m_pack && !maybeSaveWorkshop())
        return false;
    const auto result = Core::PackLoader::loadFile(path);
    if (!result.ok()) {
        showLoadProblems(path, result.diagnostics, false);
        return false;
    }
    const int section = currentSection();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    setPack(result.pack, absolute);
    addRecentPack(absolute);
    showSection(section);
    if (!result.diagnostics.isEmpty())
        showLoadProblems(path, result.diagnostics, false);
    return true;
}

void MainWindow::reloadPack()
{
    if (m_packPath.isEmpty()) {
        statusBar()->showMessage(tr("The built-in pack is always up to date."), 4000);
        return;
    }
    if (openPack(m_packPath))
        statusBar()->showMessage(tr("Reloaded %1").arg(QDir::toNativeSeparators(m_packPath)), 4000);
}

void MainWindow::showLoadProblems(const QString &path, const QList<Core::Diagnostic> &diagnostics, bool fellBack)
{
    const bool errors = Core::hasErrors(diagnostics);
    const QString name = QDir::toNativeSeparators(path);
    QString summary;
    if (!errors)
        summary = tr("%1 opened with %n warning(s).", nullptr, static_cast<int>(diagnostics.size())).arg(name);
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

void MainWindow::setPack(std::shared_ptr<const Core::Pack> pack, const QString &path)
{
    m_pack = std::move(pack);
    m_packPath = path;
    m_searchIndex.reset();
    if (m_searchPopup)
        m_searchPopup->close();
    // Built off the start-up path: once the window is up and idle, not before the first paint.
    QTimer::singleShot(1500, this, [this, packNow = m_pack] {
        if (m_pack == packNow && !m_searchIndex)
            searchIndex();
    });
    {
        const QSignalBlocker quiet(&m_weights); // restoring is not a change to store
        m_weights.setPack(m_pack);
        m_weights.restore();
    }
    m_session = std::make_unique<Core::WorkshopSession>(m_pack, &m_weights);
    connect(m_session.get(), &Core::WorkshopSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session.get(), &Core::WorkshopSession::fileChanged, this, &MainWindow::updateTitle);
    for (auto signal : {&Core::WorkshopSession::answersChanged, &Core::WorkshopSession::notesChanged,
                        &Core::WorkshopSession::clientChanged})
        connect(m_session.get(), signal, this, &MainWindow::scheduleAutosave);
    connect(&m_weights, &Core::Weights::changed, m_session.get(), [this] { scheduleAutosave(); });
    restoreAutosave();
    updateTitle();
    configureOutbox();
    m_reloadAction->setEnabled(!path.isEmpty());
    // The sections show the old pack.
    for (int s = 0; s < SectionCount; ++s)
        dropSection(s);
    statusBar()->showMessage(path.isEmpty()
                                 ? tr("Built-in pack: %1 (version %2)").arg(m_pack->title, m_pack->version)
                                 : tr("Pack: %1 (version %2)").arg(QDir::toNativeSeparators(path), m_pack->version));
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

// Out of sight now, deleted once its events are done; built again when next shown.
void MainWindow::dropSection(int section)
{
    if (QWidget *w = std::exchange(m_sections[section], nullptr)) {
        w->hide();
        w->setParent(nullptr);
        w->deleteLater();
    }
}

QWidget *MainWindow::sectionWidget(int section)
{
    ensureSection(section);
    return section >= 0 && section < SectionCount ? m_sections[section] : nullptr;
}

void MainWindow::ensureSection(int section)
{
    if (!m_pack || section < 0 || section >= SectionCount || m_sections[section])
        return;
    QWidget *page = m_pages[section];
    QWidget *w = nullptr;
    switch (section) {
    case HeadToHead: {
        auto *v = new HeadToHeadView(m_pack, &m_weights, page);
        connect(v, &HeadToHeadView::inquiryRequested, this, [this] { showSection(Inquiry); });
        connect(v, &HeadToHeadView::weightsRequested, this, [this] { showSection(Comparison); });
        w = v;
        break;
    }
    case Comparison: {
        auto *v = new ComparisonView(m_pack, &m_weights, m_session.get(), page);
        connect(v, &ComparisonView::internalLinkActivated, this, &MainWindow::followInternalLink);
        connect(v, &ComparisonView::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 5000); });
        w = v;
        break;
    }
    case Checklist: {
        auto *v = new ChecklistView(m_pack, m_session.get(), page);
        connect(v, &ChecklistView::internalLinkActivated, this, &MainWindow::followInternalLink);
        connect(v, &ChecklistView::saveRequested, this, [this] { saveWorkshop(); });
        connect(v, &ChecklistView::reportRequested, this, [this] { exportReport(); });
        connect(v, &ChecklistView::printRequested, this, &MainWindow::printReport);
        connect(v, &ChecklistView::talkToUsRequested, this, &MainWindow::talkToUs);
        w = v;
        break;
    }
    case Faq: {
        auto *v = new FaqView(m_pack, page);
        connect(v, &FaqView::internalLinkActivated, this, &MainWindow::followInternalLink);
        connect(v, &FaqView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
        w = v;
        break;
    }
    case Inquiry: {
        Core::InquiryStore *store = inquiryStore(); // opens the outbox too
        auto *v = new InquiryView(m_pack, store, m_outbox, page);
        connect(v, &InquiryView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
        v->setVerdictSource([this] {
            auto *checklist = qobject_cast<ChecklistView *>(sectionWidget(Checklist));
            return checklist ? checklist->verdictSummary() : QString();
        });
        if (!m_outbox->isSender())
            v->setSenderNote(
                tr("Another Versus window is sending the outbox. Inquiries you submit here are saved, and it "
                   "sends them."));
        w = v;
        break;
    }
    default: return;
    }
    page->layout()->addWidget(w);
    w->show();
    m_sections[section] = w;
}

void MainWindow::followInternalLink(const QString &section, const QString &id)
{
    navigateTo(section, id);
}

void MainWindow::choosePackFile()
{
    const QString start = m_packPath.isEmpty() ? QDir::homePath() : QFileInfo(m_packPath).absolutePath();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Pack"), start, tr("Content packs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openPack(path);
}

void MainWindow::addRecentPack(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentPacks)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPack(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(recentKey);
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
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(sectionKey, currentSection());
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

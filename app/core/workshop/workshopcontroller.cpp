#include "core/workshop/workshopcontroller.h"

#include "core/common/logging.h"
#include "core/pack/pack.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Versus::Core {

WorkshopController::WorkshopController(QObject *parent)
    : QObject(parent)
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(defaultAutosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (auto saved = autosaveNow(); !saved)
            Q_EMIT autosaveFailed(saved.error());
    });
    // Weights are remembered per pack as soon as they change.
    connect(&m_weights, &Weights::changed, this, [this] { m_weights.store(); });
}

bool WorkshopController::setPack(std::shared_ptr<const Pack> pack, const QString &path)
{
    m_autosaveTimer.stop();
    m_pack = std::move(pack);
    m_packPath = path;
    m_searchIndex.reset();
    {
        const QSignalBlocker quiet(&m_weights); // restoring is not a change to store
        m_weights.setPack(m_pack);
        m_weights.restore();
    }
    m_session = std::make_unique<WorkshopSession>(m_pack, &m_weights);
    connect(m_session.get(), &WorkshopSession::modifiedChanged, this, &WorkshopController::titleChanged);
    connect(m_session.get(), &WorkshopSession::fileChanged, this, &WorkshopController::titleChanged);
    for (auto signal : {&WorkshopSession::answersChanged, &WorkshopSession::notesChanged,
                        &WorkshopSession::clientChanged, &WorkshopSession::decisionRecordChanged})
        connect(m_session.get(), signal, &m_autosaveTimer, qOverload<>(&QTimer::start));
    connect(&m_weights, &Weights::changed, m_session.get(), [this] { m_autosaveTimer.start(); });
    const bool restored = restoreAutosave();
    Q_EMIT titleChanged();
    return restored;
}

void WorkshopController::reloadPack(std::shared_ptr<const Pack> pack)
{
    if (!m_session) {
        setPack(std::move(pack), m_packPath);
        return;
    }
    const Workshop kept = m_session->toWorkshop();
    const QString file = m_session->filePath();
    const bool modified = m_session->isModified();
    setPack(std::move(pack), m_packPath);
    m_session->apply(kept);
    m_session->setFilePath(file);
    m_session->setModified(modified);
    Q_EMIT titleChanged();
}

const SearchIndex &WorkshopController::searchIndex()
{
    if (!m_searchIndex)
        m_searchIndex.emplace(*m_pack);
    return *m_searchIndex;
}

QString WorkshopController::autosavePath(const QString &packId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave/"_s + packId
        + u".workshop.json"_s;
}

void WorkshopController::removeAutosave()
{
    m_autosaveTimer.stop();
    if (m_pack)
        QFile::remove(autosavePath(m_pack->id));
}

// Unsaved workshop changes survive a crash: they are written aside until saved or discarded.
Result<void> WorkshopController::autosaveNow()
{
    m_autosaveTimer.stop();
    if (!m_session || !m_pack)
        return {};
    const QString path = autosavePath(m_pack->id);
    if (!m_session->isModified()) {
        QFile::remove(path);
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Client names and notes: only the user may read them, as with the inquiry database.
    auto saved = WorkshopFile::save(path, m_session->toWorkshop(), true);
    if (!saved)
        qCWarning(lcWorkshop).noquote() << "cannot write the autosave:" << saved.error().message;
    return saved;
}

bool WorkshopController::restoreAutosave()
{
    const QString path = autosavePath(m_pack->id);
    if (!QFile::exists(path))
        return false;
    const auto loaded = WorkshopFile::load(path);
    if (!loaded.workshop) {
        qCWarning(lcWorkshop).noquote() << "ignoring an unreadable autosave" << path;
        return false;
    }
    m_session->apply(*loaded.workshop);
    m_session->setModified(true);
    return true;
}

void WorkshopController::newWorkshop()
{
    m_session->reset();
    removeAutosave();
}

void WorkshopController::discardChanges()
{
    removeAutosave();
    m_session->setModified(false);
}

WorkshopController::OpenResult WorkshopController::open(const QString &path)
{
    const auto loaded = WorkshopFile::load(path);
    if (!loaded.workshop)
        return {false, loaded.diagnostics};
    QList<Diagnostic> notes = loaded.diagnostics; // warnings from reading the file
    for (const QString &m : m_session->apply(*loaded.workshop))
        notes.append({Diagnostic::Severity::Warning, path, 0, 0, QString(), m});
    // Opened from a file it belongs to that file, unless it was made for another pack.
    // Saving goes back to this file only when it belongs to this pack; never to a file opened before.
    m_session->setFilePath(loaded.workshop->packId == m_pack->id ? path : QString());
    Q_EMIT titleChanged();
    return {true, notes};
}

Result<void> WorkshopController::saveAs(const QString &path)
{
    auto saved = m_session->save(path);
    if (saved)
        removeAutosave();
    return saved;
}

QString WorkshopController::suggestedFileName() const
{
    return (m_session->clientName().isEmpty() ? m_pack->id : m_session->clientName()) + u"-workshop.json"_s;
}

} // namespace Versus::Core

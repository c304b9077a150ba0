#pragma once

#include "core/common/result.h"
#include "core/compare/weights.h"
#include "core/search/searchindex.h"
#include "core/workshop/workshopsession.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace Versus::Core {

struct Pack;

/// The open document: a pack with its weights, search index and workshop session, and
/// the workshop's life as a file: new, open, save, save as, autosave and restore after a
/// crash. It asks nothing: the window asks the user, then calls these (as KeePassXC's
/// DatabaseTabWidget does for databases).
class WorkshopController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopController)

public:
    static constexpr int defaultAutosaveDelayMs = 1000;

    explicit WorkshopController(QObject *parent = nullptr);

    /// A new pack (path empty for the embedded one): the weights remembered for it, a new
    /// session, and the changes an earlier run did not save, if any. Returns true when
    /// such changes were restored.
    bool setPack(std::shared_ptr<const Pack> pack, const QString &path);
    /// A newer text of the open pack (its file changed): the answers, weights, notes,
    /// client and workshop file stay, as far as the new text has their ids.
    void reloadPack(std::shared_ptr<const Pack> pack);
    std::shared_ptr<const Pack> pack() const { return m_pack; }
    QString packPath() const { return m_packPath; }
    Weights *weights() { return &m_weights; }
    WorkshopSession *session() const { return m_session.get(); }
    /// Built on first use (the window asks for it once idle after start-up).
    const SearchIndex &searchIndex();
    bool hasSearchIndex() const { return m_searchIndex.has_value(); }

    /// Starts over: no answers, default weights, no notes, no file; the autosave goes.
    void newWorkshop();
    struct OpenResult {
        bool opened = false;
        /// Opened: what did not match this pack and warnings from reading; else why not.
        QList<Diagnostic> diagnostics;
    };
    /// Takes what matches this pack from a workshop file.
    OpenResult open(const QString &path);
    /// Saves to path and remembers it; the autosave goes.
    Result<void> saveAs(const QString &path);
    /// The changes are dropped (the user said so): the autosave goes.
    void discardChanges();
    /// A file name for Save As: the client's name, else the pack's id.
    QString suggestedFileName() const;

    /// Where unsaved changes of a pack's workshop are kept until saved or discarded.
    static QString autosavePath(const QString &packId);
    /// The delay between the last change and the autosave (tests set 0).
    void setAutosaveDelay(int ms) { m_autosaveTimer.setInterval(ms); }
    /// Writes (or, without changes, removes) the autosave now.
    Result<void> autosaveNow();

Q_SIGNALS:
    /// The workshop's name or modified state changed (the window title shows both).
    void titleChanged();
    /// The autosave could not be written: the changes are only in memory.
    void autosaveFailed(const Versus::Core::Diagnostic &problem);

private:
    bool restoreAutosave();
    void removeAutosave();

    std::shared_ptr<const Pack> m_pack;
    QString m_packPath;
    Weights m_weights;
    std::unique_ptr<WorkshopSession> m_session;
    std::optional<SearchIndex> m_searchIndex;
    QTimer m_autosaveTimer;
};

} // namespace Versus::Core

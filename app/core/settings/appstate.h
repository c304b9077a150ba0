#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace Versus::Core {

/// What Versus remembers between runs that is not a preference: the window's place and
/// section, the recent packs and each pack's weights. Kept apart from Settings (the
/// user's choices), in the same QSettings file, each value typed here and nowhere else.
class AppState final {
public:
    static constexpr int maxRecentPacks = 8;

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    /// The section shown last, or -1 when none is remembered.
    static int section();
    static void setSection(int section);

    /// Most recent first, at most maxRecentPacks.
    static QStringList recentPacks();
    static void addRecentPack(const QString &path);
    static void clearRecentPacks();
    /// Puts the recent packs back as they were (the library's undo of a removal).
    static void setRecentPacks(const QStringList &paths);

    /// Inquiry addresses whose request the user has seen and agreed to (the preview before
    /// the first send to a new address).
    static bool isEndpointConfirmed(const QUrl &endpoint);
    static void confirmEndpoint(const QUrl &endpoint);

    /// category id -> weight; empty when the pack's weights are the defaults.
    static QVariantMap packWeights(const QString &packId);
    /// An empty map forgets them.
    static void setPackWeights(const QString &packId, const QVariantMap &weights);
};

} // namespace Versus::Core

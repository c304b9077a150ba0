#include "core/settings/appstate.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {
// These names are those of Versus 0.1, so that what it remembered is still found.
const auto geometryKey = u"window/geometry"_s;
const auto stateKey = u"window/state"_s;
const auto sectionKey = u"window/section"_s;
const auto recentKey = u"packs/recent"_s;
const auto confirmedKey = u"inquiry/confirmedEndpoints"_s;

QString weightsKey(const QString &packId)
{
    return u"packs/%1/weights"_s.arg(packId);
}
} // namespace

QByteArray AppState::windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

void AppState::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(geometryKey, geometry);
}

QByteArray AppState::windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void AppState::setWindowState(const QByteArray &state)
{
    QSettings().setValue(stateKey, state);
}

int AppState::section()
{
    bool ok = false;
    const int s = QSettings().value(sectionKey).toInt(&ok);
    return ok ? s : -1;
}

void AppState::setSection(int section)
{
    QSettings().setValue(sectionKey, section);
}

QStringList AppState::recentPacks()
{
    QStringList recent = QSettings().value(recentKey).toStringList();
    recent.removeAll(QString());
    return recent.mid(0, maxRecentPacks);
}

void AppState::addRecentPack(const QString &path)
{
    QStringList recent = recentPacks();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(recentKey, recent.mid(0, maxRecentPacks));
}

void AppState::clearRecentPacks()
{
    QSettings().remove(recentKey);
}

void AppState::setRecentPacks(const QStringList &paths)
{
    QSettings().setValue(recentKey, paths.mid(0, maxRecentPacks));
}

QVariantMap AppState::packWeights(const QString &packId)
{
    return QSettings().value(weightsKey(packId)).toMap();
}

void AppState::setPackWeights(const QString &packId, const QVariantMap &weights)
{
    QSettings settings;
    if (weights.isEmpty())
        settings.remove(weightsKey(packId));
    else
        settings.setValue(weightsKey(packId), weights);
}

bool AppState::isEndpointConfirmed(const QUrl &endpoint)
{
    return QSettings().value(confirmedKey).toStringList().contains(endpoint.toString());
}

void AppState::confirmEndpoint(const QUrl &endpoint)
{
    QSettings settings;
    QStringList confirmed = settings.value(confirmedKey).toStringList();
    if (confirmed.contains(endpoint.toString()))
        return;
    confirmed.append(endpoint.toString());
    settings.setValue(confirmedKey, confirmed.mid(std::max<qsizetype>(0, confirmed.size() - 20)));
}

} // namespace Versus::Core

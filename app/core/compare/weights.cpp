#include "core/compare/weights.h"

#include "core/settings/appstate.h"

#include <algorithm>

namespace Versus::Core {

Weights::Weights(QObject *parent)
    : QObject(parent)
{
}

void Weights::setPack(const std::shared_ptr<const Pack> &pack)
{
    m_pack = pack;
    m_values.fill(defaultWeight, pack ? pack->categories.size() : 0);
    Q_EMIT changed(-1);
}

void Weights::setWeight(int category, int weight)
{
    if (category < 0 || category >= m_values.size())
        return;
    weight = std::clamp(weight, 0, maxWeight);
    if (m_values[category] == weight)
        return;
    m_values[category] = weight;
    Q_EMIT changed(category);
}

void Weights::setValues(const QList<int> &values)
{
    QList<int> clamped = m_values;
    for (int i = 0; i < clamped.size() && i < values.size(); ++i)
        clamped[i] = std::clamp(values[i], 0, maxWeight);
    if (clamped == m_values)
        return;
    m_values = clamped;
    Q_EMIT changed(-1);
}

void Weights::reset()
{
    setValues(QList<int>(m_values.size(), defaultWeight));
}

bool Weights::isDefault() const
{
    return std::all_of(m_values.cbegin(), m_values.cend(), [](int w) { return w == defaultWeight; });
}

QVariantMap Weights::toMap() const
{
    QVariantMap map;
    if (!m_pack)
        return map;
    for (int i = 0; i < m_values.size(); ++i)
        map.insert(m_pack->categories[i].id, m_values[i]);
    return map;
}

QStringList Weights::fromMap(const QVariantMap &map)
{
    QStringList ignored;
    if (!m_pack)
        return map.keys();
    QList<int> values = m_values;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const int category = m_pack->categoryIndex(it.key());
        bool ok = false;
        const int w = it.value().toInt(&ok);
        if (category < 0 || !ok || w < 0 || w > maxWeight)
            ignored.append(it.key());
        else
            values[category] = w;
    }
    setValues(values);
    return ignored;
}

void Weights::restore()
{
    if (m_pack)
        fromMap(AppState::packWeights(m_pack->id));
}

void Weights::store() const
{
    if (m_pack)
        AppState::setPackWeights(m_pack->id, isDefault() ? QVariantMap() : toMap());
}

} // namespace Versus::Core

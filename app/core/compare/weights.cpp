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
    const qsizetype n = pack ? pack->categories.size() : 0;
    m_manual = QList<std::optional<int>>(n);
    m_answers = QList<std::optional<int>>(n);
    m_values.clear();
    for (qsizetype k = 0; k < n; ++k)
        m_values.append(pack->categories[k].importance);
    Q_EMIT changed(-1);
}

// The value in effect: by hand, else from the answers, else the pack's.
void Weights::update(int category)
{
    const int value
        = m_manual[category].value_or(m_answers[category].value_or(m_pack->categories[category].importance));
    m_values[category] = value;
}

void Weights::setWeight(int category, int weight)
{
    if (category < 0 || category >= m_values.size())
        return;
    weight = std::clamp(weight, 0, maxWeight);
    if (m_manual[category] == weight)
        return;
    m_manual[category] = weight;
    update(category);
    Q_EMIT changed(category);
}

void Weights::setValues(const QList<int> &values)
{
    const QList<std::optional<int>> before = m_manual;
    for (int i = 0; i < m_manual.size() && i < values.size(); ++i) {
        m_manual[i] = std::clamp(values[i], 0, maxWeight);
        update(i);
    }
    if (before != m_manual)
        Q_EMIT changed(-1);
}

void Weights::clearManual(int category)
{
    if (!isManual(category))
        return;
    m_manual[category].reset();
    update(category);
    Q_EMIT changed(category);
}

void Weights::reset()
{
    if (isDefault())
        return;
    for (int k = 0; k < m_manual.size(); ++k) {
        m_manual[k].reset();
        update(k);
    }
    Q_EMIT changed(-1);
}

bool Weights::isDefault() const
{
    return std::none_of(m_manual.cbegin(), m_manual.cend(), [](const std::optional<int> &w) { return w.has_value(); });
}

void Weights::setAnswerImportance(const QList<std::optional<int>> &importance)
{
    if (importance.size() != m_answers.size() || importance == m_answers)
        return;
    const QList<int> before = m_values;
    m_answers = importance;
    for (int k = 0; k < m_answers.size(); ++k)
        update(k);
    if (before != m_values)
        Q_EMIT changed(-1);
}

QVariantMap Weights::toMap() const
{
    QVariantMap map;
    if (!m_pack)
        return map;
    for (int i = 0; i < m_manual.size(); ++i) {
        if (m_manual[i])
            map.insert(m_pack->categories[i].id, *m_manual[i]);
    }
    return map;
}

QStringList Weights::fromMap(const QVariantMap &map)
{
    QStringList ignored;
    if (!m_pack)
        return map.keys();
    const QList<std::optional<int>> before = m_manual;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const int category = m_pack->categoryIndex(it.key());
        bool ok = false;
        const int w = it.value().toInt(&ok);
        if (category < 0 || !ok || w < 0 || w > maxWeight) {
            ignored.append(it.key());
            continue;
        }
        m_manual[category] = w;
        update(category);
    }
    if (before != m_manual)
        Q_EMIT changed(-1);
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
        AppState::setPackWeights(m_pack->id, toMap());
}

} // namespace Versus::Core

#pragma once

#include "core/pack/pack.h"

#include <QObject>
#include <QVariantMap>

#include <memory>

namespace Versus::Core {

/// The importance of each category (0 to 5, default 3) for the open pack.
/// Shared by every view that scores; kept per pack by the caller (see toMap()).
class Weights final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Weights)

public:
    static constexpr int defaultWeight = 3;
    static constexpr int maxWeight = 5;

    explicit Weights(QObject *parent = nullptr);

    /// Starts over with the default weight for every category of pack.
    void setPack(const std::shared_ptr<const Pack> &pack);
    const QList<int> &values() const { return m_values; }
    int weight(int category) const { return m_values.value(category, 0); }
    void setWeight(int category, int weight);
    void setValues(const QList<int> &values);
    void reset();
    bool isDefault() const;

    /// category id -> weight, for settings and workshop files.
    QVariantMap toMap() const;
    /// Takes the weights of the categories the pack has; returns the ids it ignored.
    QStringList fromMap(const QVariantMap &map);

    /// The weights remembered for this pack (QSettings), or the defaults.
    void restore();
    /// Remembers the weights for this pack.
    void store() const;

Q_SIGNALS:
    /// category is the one that changed, or -1 when several did.
    void changed(int category);

private:
    std::shared_ptr<const Pack> m_pack;
    QList<int> m_values;
};

} // namespace Versus::Core

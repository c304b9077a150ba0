#pragma once

#include "core/pack/pack.h"

#include <QObject>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace Versus::Core {

/// The importance of each category (0 to 5) for the open pack, as every view shows it.
/// It comes from, in this order: a move of the category's slider (by hand), the checklist
/// answers (the session tells), or the pack's default importance of the category (3 unless
/// the pack says otherwise). Only the moves by hand are kept (per pack, and in workshops).
class Weights final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Weights)

public:
    static constexpr int maxWeight = 5;

    explicit Weights(QObject *parent = nullptr);

    /// Starts over with no moves by hand and no answers for every category of pack.
    void setPack(const std::shared_ptr<const Pack> &pack);
    /// The importance in effect, per category.
    const QList<int> &values() const { return m_values; }
    int weight(int category) const { return m_values.value(category, 0); }
    /// A move by hand (a slider): the category keeps this importance whatever the answers say.
    void setWeight(int category, int weight);
    /// Every category set by hand to these values.
    void setValues(const QList<int> &values);
    /// The category's move by hand is forgotten: answers or the pack set it again.
    void clearManual(int category);
    /// Forgets every move by hand.
    void reset();
    /// No category was set by hand.
    bool isDefault() const;
    bool isManual(int category) const { return m_manual.value(category).has_value(); }
    const QList<std::optional<int>> &manualValues() const { return m_manual; }
    /// The importance the checklist answers set (nothing where they set none).
    void setAnswerImportance(const QList<std::optional<int>> &importance);
    bool isFromAnswers(int category) const { return !isManual(category) && m_answers.value(category).has_value(); }

    /// category id -> weight set by hand, for settings and workshop files.
    QVariantMap toMap() const;
    /// Takes the weights by hand of the categories the pack has; returns the ids it ignored.
    QStringList fromMap(const QVariantMap &map);

    /// The moves by hand remembered for this pack (QSettings), or none.
    void restore();
    /// Remembers the moves by hand for this pack.
    void store() const;

Q_SIGNALS:
    /// category is the one that changed, or -1 when several did.
    void changed(int category);

private:
    void update(int category);

    std::shared_ptr<const Pack> m_pack;
    QList<int> m_values;
    QList<std::optional<int>> m_manual;
    QList<std::optional<int>> m_answers;
};

} // namespace Versus::Core

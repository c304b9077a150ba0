#pragma once

#include "core/inquiry/deliveryprofile.h"

#include <QObject>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace Versus::Core {

/// The user's preferences: typed getters and setters over one table of keys and
/// defaults, stored with QSettings. Window state and per-pack data (weights,
/// recent packs) are kept apart from these.
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        EndpointUrl, // QUrl; empty: the pack's endpoint
        EndpointFormat, // the delivery profile: "" (the pack's), "versus", "webhook", "form" or "hubspot"
        SendAutomatically, // bool
        SourceMaxAgeMonths, // int: older sources are marked "may be outdated"
        Zoom, // int: percent of the normal text size
        Theme, // "system", "light" or "dark"
        Language, // "system" or a language code
        SentRetentionDays, // int: sent inquiries are deleted after this many days
        WebhookShape, // "nested" or "flat"
        AuthScheme, // "bearer", "header" or "basic": how the secret in the keyring is sent
        AuthHeader, // for "header": its name (x-make-apikey, ...)
        ExtraFields, // "name=value" lines sent with every inquiry (webhook, form)
    };
    Q_ENUM(Key)
    /// Every key, in the order the Settings dialog shows them ("Restore defaults" resets these).
    static QList<Key> keys();

    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    static constexpr int schemaVersion = 2;

    /// The application's settings (created on first use, after QCoreApplication).
    static Settings &instance();
    explicit Settings(QObject *parent = nullptr);

    QVariant value(Key key) const;
    /// Stores a value; one the key's range or choices do not allow is refused (false).
    bool setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString keyName(Key key);
    /// For numbers: the range allowed (the dialog's spin boxes use it).
    static int minimum(Key key);
    static int maximum(Key key);
    /// The languages of the interface (codes), besides "system".
    static QStringList languages();

    QUrl endpointUrl() const { return value(Key::EndpointUrl).toUrl(); }
    /// The delivery profile Settings choose, or nothing: the pack's.
    std::optional<DeliveryProfile> deliveryProfile() const;
    bool sendAutomatically() const { return value(Key::SendAutomatically).toBool(); }
    int sourceMaxAgeMonths() const { return value(Key::SourceMaxAgeMonths).toInt(); }
    int zoom() const { return value(Key::Zoom).toInt(); }
    Theme theme() const;
    static QString themeName(Theme theme);
    QString language() const { return value(Key::Language).toString(); }
    int sentRetentionDays() const { return value(Key::SentRetentionDays).toInt(); }

    /// Brings settings written by an older Versus up to schemaVersion.
    void migrate();

Q_SIGNALS:
    void changed(Versus::Core::Settings::Key key);
};

} // namespace Versus::Core

#include "core/settings/settings.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

struct Entry {
    Settings::Key key;
    const char *name;
    QVariant fallback;
    int min = 0; // for numbers
    int max = 0;
    QStringList choices = {}; // for words; empty: any
};

const QList<Entry> &table()
{
    static const QList<Entry> entries{
        {Settings::Key::EndpointUrl, "inquiry/endpoint", QUrl()},
        {Settings::Key::EndpointFormat, "inquiry/format", QString(), 0, 0,
         QStringList{QString()} + inquiryFormatNames()},
        {Settings::Key::SendAutomatically, "inquiry/sendAutomatically", true},
        {Settings::Key::SourceMaxAgeMonths, "display/sourceMaxAgeMonths", 18, 1, 120},
        {Settings::Key::Zoom, "display/zoom", 100, 50, 300},
        {Settings::Key::Theme, "display/theme", u"system"_s, 0, 0, {u"system"_s, u"light"_s, u"dark"_s}},
        {Settings::Key::Language, "display/language", u"system"_s, 0, 0,
         QStringList{u"system"_s} + Settings::languages()},
        {Settings::Key::SentRetentionDays, "privacy/sentRetentionDays", 30, 1, 3650},
        {Settings::Key::WebhookShape, "inquiry/webhookShape", u"nested"_s, 0, 0, {u"nested"_s, u"flat"_s}},
        {Settings::Key::AuthScheme, "inquiry/auth", u"bearer"_s, 0, 0, {u"bearer"_s, u"header"_s, u"basic"_s}},
        {Settings::Key::AuthHeader, "inquiry/authHeader", QString()},
        {Settings::Key::ExtraFields, "inquiry/extraFields", QString()},
    };
    return entries;
}

// Found by key, not by position: the enum can be reordered without the table.
const Entry &entry(Settings::Key key)
{
    const auto &t = table();
    const auto it = std::find_if(t.begin(), t.end(), [key](const Entry &e) { return e.key == key; });
    Q_ASSERT(it != t.end());
    return *it;
}

const auto versionKey = u"settings/version"_s;

// The value as the setting's type, or nothing when it cannot be one (a hand-edited file).
std::optional<QVariant> checked(const Entry &e, QVariant v)
{
    if (!v.convert(e.fallback.metaType()))
        return std::nullopt;
    if (e.max > e.min && (v.toInt() < e.min || v.toInt() > e.max))
        return std::nullopt;
    if (!e.choices.isEmpty() && !e.choices.contains(v.toString()))
        return std::nullopt;
    return v;
}

} // namespace

Settings &Settings::instance()
{
    static Settings *settings = [] {
        auto *s = new Settings(QCoreApplication::instance());
        s->migrate();
        return s;
    }();
    return *settings;
}

Settings::Settings(QObject *parent)
    : QObject(parent)
{
}

QList<Settings::Key> Settings::keys()
{
    return {Key::Theme,
            Key::Language,
            Key::Zoom,
            Key::SourceMaxAgeMonths,
            Key::EndpointUrl,
            Key::EndpointFormat,
            Key::WebhookShape,
            Key::AuthScheme,
            Key::AuthHeader,
            Key::ExtraFields,
            Key::SendAutomatically,
            Key::SentRetentionDays};
}

QStringList Settings::languages()
{
    // The catalogues under resources/i18n (app/ui/CMakeLists.txt), English first.
    return {u"en"_s, u"de"_s, u"fr"_s};
}

int Settings::minimum(Key key)
{
    return entry(key).min;
}

int Settings::maximum(Key key)
{
    return entry(key).max;
}

QString Settings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return u"light"_s;
    case Theme::Dark: return u"dark"_s;
    case Theme::System: break;
    }
    return u"system"_s;
}

std::optional<DeliveryProfile> Settings::deliveryProfile() const
{
    const QString name = value(Key::EndpointFormat).toString();
    if (name.isEmpty())
        return std::nullopt;
    DeliveryProfile profile;
    profile.format = inquiryFormatFromName(name);
    profile.shape = DeliveryProfile::shapeFromName(value(Key::WebhookShape).toString());
    profile.auth = DeliveryProfile::authFromName(value(Key::AuthScheme).toString());
    profile.authHeader = value(Key::AuthHeader).toString().trimmed();
    profile.extraFields = DeliveryProfile::parseExtraFields(value(Key::ExtraFields).toString());
    return profile;
}

Settings::Theme Settings::theme() const
{
    const QString name = value(Key::Theme).toString();
    for (const Theme t : {Theme::Light, Theme::Dark}) {
        if (name == themeName(t))
            return t;
    }
    return Theme::System;
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).fallback;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return checked(e, QSettings().value(keyName(key), e.fallback)).value_or(e.fallback);
}

bool Settings::setValue(Key key, const QVariant &value)
{
    const auto accepted = checked(entry(key), value);
    if (!accepted) {
        qCWarning(lcSettings) << "refusing" << value << "for" << keyName(key);
        return false;
    }
    if (this->value(key) == *accepted)
        return true;
    QSettings settings;
    // Qt reports AccessError from the start when no organisation name is set (as in tests);
    // only a write that turns a good status bad is a failure.
    const bool wasFine = settings.status() == QSettings::NoError;
    settings.setValue(keyName(key), *accepted);
    settings.sync(); // what the destructor does, but here its status can be read
    if (wasFine && settings.status() != QSettings::NoError)
        qCWarning(lcSettings) << "cannot write" << keyName(key) << "to" << settings.fileName();
    Q_EMIT changed(key);
    return true;
}

void Settings::reset(Key key)
{
    const bool wasSet = QSettings().contains(keyName(key));
    QSettings().remove(keyName(key));
    if (wasSet)
        Q_EMIT changed(key);
}

void Settings::migrate()
{
    QSettings settings;
    if (settings.status() == QSettings::FormatError) // every setting has its default then
        qCWarning(lcSettings) << settings.fileName() << "cannot be read; the defaults apply";
    const int version = settings.value(versionKey, 0).toInt();
    if (version > schemaVersion) {
        qCInfo(lcSettings) << settings.fileName() << "has schema" << version << "; read leniently, never rewritten";
        return; // written by a newer Versus: read leniently, never rewritten
    }
    // Schema 2: the format became the delivery profile; Versus 0.1's "json" is Versus's protocol.
    if (version < 2 && settings.value(u"inquiry/format"_s).toString() == u"json"_s)
        settings.setValue(u"inquiry/format"_s, u"versus"_s);
    // Values that cannot be read (hand-edited, or from a build before the schema) go;
    // their defaults apply. A later schema renames or converts keys here, one step per
    // version, before this.
    for (const Entry &e : table()) {
        const QString name = QString::fromLatin1(e.name);
        if (settings.contains(name) && !checked(e, settings.value(name))) {
            qCInfo(lcSettings) << "dropped the unreadable value of" << name << "; its default applies";
            settings.remove(name);
        }
    }
    // Versus 0.1 wrote this and never read it.
    settings.remove(u"workshop/autosaveFile"_s);
    if (version < schemaVersion)
        settings.setValue(versionKey, schemaVersion);
}

} // namespace Versus::Core

#include "settings.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

struct Entry {
    Settings::Key key;
    const char *name;
    QVariant fallback;
};

const QList<Entry> &table()
{
    static const QList<Entry> entries{
        {Settings::Key::EndpointUrl, "inquiry/endpoint", QUrl()},
        {Settings::Key::EndpointFormat, "inquiry/format", u"json"_s},
        {Settings::Key::SendAutomatically, "inquiry/sendAutomatically", true},
        {Settings::Key::SourceMaxAgeMonths, "display/sourceMaxAgeMonths", 18},
        {Settings::Key::Zoom, "display/zoom", 100},
        {Settings::Key::Theme, "display/theme", u"system"_s},
        {Settings::Key::Language, "display/language", u"system"_s},
        {Settings::Key::SentRetentionDays, "privacy/sentRetentionDays", 30},
    };
    return entries;
}

const Entry &entry(Settings::Key key)
{
    return table()[static_cast<int>(key)];
}

const auto versionKey = u"settings/version"_s;

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
    QVariant v = QSettings().value(keyName(key), e.fallback);
    // A value of the wrong type (a hand-edited file) falls back to the default.
    if (!v.convert(e.fallback.metaType()))
        return e.fallback;
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    QSettings().setValue(keyName(key), value);
    Q_EMIT changed(key);
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
    const int version = settings.value(versionKey, 0).toInt();
    if (version >= schemaVersion)
        return;
    // Version 0 had no settings of its own: nothing to move yet. Later versions
    // rename or convert keys here, one step per version.
    settings.setValue(versionKey, schemaVersion);
}

} // namespace Versus::Core

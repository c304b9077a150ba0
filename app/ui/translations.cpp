#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Versus::Ui {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() || language == u"system"_s ? QLocale::system() : QLocale(language);
    if (language.isEmpty() || language == u"system"_s) {
        // Follow the system.
    } else {
        QLocale::setDefault(locale);
    }
    // Versus's own strings (English too: it holds the plural forms), then Qt's (dialog buttons).
    auto *versus = new QTranslator(QCoreApplication::instance());
    if (versus->load(locale, u"versus"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(versus);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name().section(u'_', 0, 0);
}

} // namespace Versus::Ui

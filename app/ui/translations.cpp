#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() || language == u"system"_s ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Versus's own strings (English too: it holds the plural forms), then Qt's (dialog buttons).
    // A new language replaces the old one; every widget then gets a LanguageChange event.
    static QTranslator *versus = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&versus, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            (*t)->deleteLater();
            *t = nullptr;
        }
    }
    versus = new QTranslator(QCoreApplication::instance());
    if (versus->load(locale, u"versus"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(versus);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name().section(u'_', 0, 0);
}

} // namespace Versus::Gui

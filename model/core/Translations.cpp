#include "model/core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace
{
    /** Installs `translator` if it loaded, and otherwise frees it. */
    void installOrDrop(QTranslator *translator, bool loaded)
    {
        if (loaded)
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
} // namespace

QString Translations::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale =
        (language.isEmpty() || language == QLatin1String("system")) ? QLocale::system() : QLocale(language);
    const QString code = locale.language() == QLocale::Welsh ? QStringLiteral("cy") : QStringLiteral("en_GB");
    QLocale::setDefault(locale.language() == QLocale::Welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                                            : QLocale(QLocale::English, QLocale::UnitedKingdom));

    auto *ours = new QTranslator(&app);
    installOrDrop(ours, ours->load(QStringLiteral(":/i18n/waymark_") + code));

    // Qt's own strings (context menus, file dialogs, standard buttons). Debian ships no qtbase_cy, so Waymark
    // carries its own Welsh for the Qt contexts it shows (issue 16 #18); other languages use Qt's, where installed.
    auto *qt = new QTranslator(&app);
    if (code == QLatin1String("cy")) {
        installOrDrop(qt, qt->load(QStringLiteral(":/i18n/qtbase_cy")));
    } else {
        installOrDrop(qt,
                      qt->load(QLocale(code),
                               QStringLiteral("qtbase"),
                               QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }
    return code;
}

QString Translations::language()
{
    return QLocale().language() == QLocale::Welsh ? QStringLiteral("cy") : QStringLiteral("en_GB");
}

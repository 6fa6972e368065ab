#include "model/core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString Translations::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale =
        (language.isEmpty() || language == QLatin1String("system")) ? QLocale::system() : QLocale(language);
    const QString code = locale.language() == QLocale::Welsh ? QStringLiteral("cy") : QStringLiteral("en_GB");
    QLocale::setDefault(locale.language() == QLocale::Welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                                            : QLocale(QLocale::English, QLocale::UnitedKingdom));

    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/waymark_") + code))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    // Qt's own strings (standard buttons, dialogs), where Debian ships them for this language.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(code),
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return code;
}

QString Translations::language()
{
    return QLocale().language() == QLocale::Welsh ? QStringLiteral("cy") : QStringLiteral("en_GB");
}

#pragma once

#include <QString>

class QCoreApplication;

namespace Translations
{
    /**
     * Installs Waymark's translations (compiled into the binary under :/i18n) for `language`:
     * "system" follows the system locale, "en_GB" and "cy" force one. Returns the language used. Welsh also
     * installs Waymark's Welsh for Qt's own strings (:/i18n/qtbase_cy), which Qt itself does not ship.
     */
    QString install(QCoreApplication &app, const QString &language);

    /**
     * The interface language now in use, "cy" or "en_GB", read from the default locale that install() sets
     * (a test can switch it with QLocale::setDefault). Data shown in the interface, such as taxonomy labels,
     * follows it.
     */
    QString language();
} // namespace Translations

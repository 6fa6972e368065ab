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
} // namespace Translations

#pragma once

#include <QString>

class QCoreApplication;

namespace Translations
{
    /**
     * Installs Waymark's translations (compiled into the binary under :/i18n) for `language`:
     * "system" follows the system locale, "en_GB" and "cy" force one. Returns the language used.
     */
    QString install(QCoreApplication &app, const QString &language);
} // namespace Translations

#include "model/core/Settings.h"

#include <array>

namespace
{
    struct Entry
    {
        Settings::Key key;
        const char *name;
        QVariant defaultValue;
    };

    const std::array<Entry, 8> &entries()
    {
        static const std::array<Entry, 8> table = {{
            {Settings::Key::AutoLockMinutes, "security/autoLockMinutes", 5},
            {Settings::Key::Language, "ui/language", QStringLiteral("system")},
            {Settings::Key::LastVaultPath, "vault/lastPath", QString()},
            {Settings::Key::MainWindowGeometry, "ui/mainWindowGeometry", QByteArray()},
            {Settings::Key::MainWindowState, "ui/mainWindowState", QByteArray()},
            {Settings::Key::NotContactedWeeks, "startPage/notContactedWeeks", 4},
            {Settings::Key::SuggestionAcceptWarningPercent, "oversight/suggestionAcceptWarningPercent", 90},
            {Settings::Key::SuggestionFastAcceptWarningPercent, "oversight/suggestionFastAcceptWarningPercent", 50},
        }};
        return table;
    }

    const Entry &entryFor(Settings::Key key)
    {
        for (const Entry &e : entries()) {
            if (e.key == key)
                return e;
        }
        Q_UNREACHABLE();
    }
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entryFor(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entryFor(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (m_settings->value(keyName(key), defaultValue(key)) == value)
        return;
    m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

void Settings::resetToDefaults()
{
    for (const Entry &e : entries())
        setValue(e.key, e.defaultValue);
}

#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

/**
 * Application preferences, backed by QSettings. Only values that say nothing about a person:
 * secrets and personal data never go here (the vault holds them).
 */
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        AutoLockMinutes,
        Language,
        LastVaultPath,
        MainWindowGeometry,
        MainWindowState,
        /** The start page lists open cases with no note or attended appointment for this many weeks. */
        NotContactedWeeks,
        /** The Suggestions report warns when more than this percentage of decided suggestions are accepted. */
        SuggestionAcceptWarningPercent,
        /** It warns when more than this percentage of acceptances came within two seconds of being shown. */
        SuggestionFastAcceptWarningPercent,
    };
    Q_ENUM(Key)

    explicit Settings(QObject *parent = nullptr);
    /** For tests: settings in a file of the caller's choosing. */
    Settings(const QString &iniPath, QObject *parent);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void resetToDefaults();

    int autoLockMinutes() const { return value(Key::AutoLockMinutes).toInt(); }
    /** "system", "en_GB" or "cy". */
    QString language() const { return value(Key::Language).toString(); }

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

Q_SIGNALS:
    void changed(Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;
class Settings;

/** Preferences: how soon the vault locks itself, and the language of the interface. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    void accept() override;

private:
    Settings &m_settings;
    QSpinBox *m_autoLock;
    QComboBox *m_language;
};

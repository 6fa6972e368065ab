#include "ui/shell/SettingsDialog.h"

#include "model/core/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_autoLock(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(1, 60);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setAccessibleName(tr("Lock after this many idle minutes"));
    m_autoLock->setValue(settings.autoLockMinutes());

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English (UK)"), QStringLiteral("en_GB"));
    m_language->addItem(QStringLiteral("Cymraeg"), QStringLiteral("cy"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    auto *form = new QFormLayout;
    auto *lockLabel = new QLabel(tr("&Lock when idle for:"), this);
    lockLabel->setBuddy(m_autoLock);
    auto *languageLabel = new QLabel(tr("La&nguage:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(lockLabel, m_autoLock);
    form->addRow(languageLabel, m_language);
    auto *note = new QLabel(tr("A new language takes effect the next time Waymark starts."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    m_settings.setValue(Settings::Key::AutoLockMinutes, m_autoLock->value());
    m_settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    QDialog::accept();
}

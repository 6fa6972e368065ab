#include "ui/shell/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "model/core/Settings.h"
#include "model/vault/BackupReminder.h"
#include "model/vault/Vault.h"
#include "ui/widgets/DialogSizer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

SettingsDialog::SettingsDialog(Settings &settings, Vault *vault, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_vault(vault)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 50);
    m_ui->settingsError->hide();
    m_ui->autoLockSpin->setValue(settings.autoLockMinutes());
    connect(m_ui->notContactedSpin, &QSpinBox::valueChanged, this, [this](int weeks) {
        m_ui->notContactedSpin->setSuffix(tr(" week(s)", "after the number in the start page's contact box", weeks));
    });
    m_ui->notContactedSpin->setValue(settings.value(Settings::Key::NotContactedWeeks).toInt());
    m_ui->notContactedSpin->setSuffix(
        tr(" week(s)", "after the number in the start page's contact box", m_ui->notContactedSpin->value()));

    // The items carry the stored value as data, so they are added here rather than in the form.
    m_ui->languageCombo->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_ui->languageCombo->addItem(QStringLiteral("English (UK)"), QStringLiteral("en_GB"));
    m_ui->languageCombo->addItem(QStringLiteral("Cymraeg"), QStringLiteral("cy"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language())));

    // The reminder belongs to a vault: with none unlocked there is nothing to set.
    const auto days = m_vault ? BackupReminder(m_vault->database()).days() : Result<int>(BackupReminder::DefaultDays);
    const bool backupShown = m_vault && days.ok();
    m_ui->backupReminderLabel->setVisible(backupShown);
    m_ui->backupReminderSpin->setVisible(backupShown);
    m_ui->backupReminderSpin->setMaximum(BackupReminder::MaxDays);
    connect(m_ui->backupReminderSpin, &QSpinBox::valueChanged, this, &SettingsDialog::showBackupReminderDays);
    m_ui->backupReminderSpin->setValue(days.ok() ? days.value() : BackupReminder::DefaultDays);
    showBackupReminderDays(m_ui->backupReminderSpin->value());

    // Our own button words (not Qt's Ok) keep their translations in this class's context, so they are added here.
    m_ui->buttonBox->addButton(tr("&Save"), QDialogButtonBox::AcceptRole)->setDefault(true);
    m_ui->buttonBox->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showBackupReminderDays(int days)
{
    // The suffix follows the number, so "1 day" and "7 days" each read right in every language.
    m_ui->backupReminderSpin->setSuffix(tr(" day(s)", "after the number in the backup reminder box", days));
}

void SettingsDialog::accept()
{
    if (m_vault && m_ui->backupReminderSpin->isVisibleTo(this)) {
        const Status stored = BackupReminder(m_vault->database()).setDays(m_ui->backupReminderSpin->value());
        if (!stored) {
            m_ui->settingsError->setText(QStringLiteral("⚠ ") + stored.error().message);
            m_ui->settingsError->setAccessibleName(stored.error().message);
            m_ui->settingsError->show();
            return;
        }
    }
    m_settings.setValue(Settings::Key::AutoLockMinutes, m_ui->autoLockSpin->value());
    m_settings.setValue(Settings::Key::Language, m_ui->languageCombo->currentData().toString());
    m_settings.setValue(Settings::Key::NotContactedWeeks, m_ui->notContactedSpin->value());
    QDialog::accept();
}

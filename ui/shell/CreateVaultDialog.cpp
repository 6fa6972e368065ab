#include "ui/shell/CreateVaultDialog.h"

#include "ui_CreateVaultDialog.h"

#include "model/session/VaultSession.h"
#include "model/vault/VaultSetting.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/PassphraseStrengthMeter.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

CreateVaultDialog::CreateVaultDialog(VaultSession &session, const QString &defaultFolder, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kdf(KdfParams::moderate())
    , m_ui(std::make_unique<Ui::CreateVaultDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 70);
    m_ui->folderEdit->setText(defaultFolder);
    // The group's ids are the settings themselves, so the checked button's id is what the vault records.
    m_ui->settingGroup->setId(m_ui->settingWorkCoach, int(VaultSetting::WorkCoach));
    m_ui->settingGroup->setId(m_ui->settingGpPractice, int(VaultSetting::GpPractice));
    m_ui->settingGroup->setId(m_ui->settingAdmin, int(VaultSetting::Admin));
    for (QLabel *label : {m_ui->nameError, m_ui->passphraseError, m_ui->confirmError, m_ui->generalError})
        label->hide();

    // Our own button words (not Qt's Ok) keep their translations in this class's context, so they are added here.
    QPushButton *create = m_ui->buttonBox->addButton(tr("&Create vault"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    m_ui->buttonBox->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);

    connect(
        m_ui->passphraseEdit, &QLineEdit::textChanged, m_ui->strengthMeter, &PassphraseStrengthMeter::setPassphrase);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder =
            FileDialog::existingDirectory(this, tr("Choose where to keep the vault"), m_ui->folderEdit->text());
        if (!folder.isEmpty())
            m_ui->folderEdit->setText(folder);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateVaultDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateVaultDialog::reject);
}

CreateVaultDialog::~CreateVaultDialog() = default;

void CreateVaultDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
}

void CreateVaultDialog::accept()
{
    for (QLabel *label : {m_ui->nameError, m_ui->passphraseError, m_ui->confirmError, m_ui->generalError})
        showError(label, QString());

    bool ok = true;
    const QString name = m_ui->vaultNameEdit->text().trimmed();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    if (name.isEmpty() || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return forbidden.contains(c); })) {
        showError(m_ui->nameError, tr("Enter a name for the vault, without / \\ : * ? \" < > or |."));
        ok = false;
    }
    if (!m_ui->strengthMeter->isAcceptable()) {
        showError(m_ui->passphraseError, tr("Choose a stronger passphrase: a few unrelated words work well."));
        ok = false;
    }
    if (m_ui->confirmEdit->text() != m_ui->passphraseEdit->text()) {
        showError(m_ui->confirmError, tr("The two passphrases are different. Type the same passphrase twice."));
        ok = false;
    }
    if (!ok)
        return;

    const QString path = QDir(m_ui->folderEdit->text()).filePath(name + QLatin1String(Vault::Suffix));
    VaultOptions options;
    options.setting = VaultSetting(m_ui->settingGroup->checkedId());
    options.ownerName = m_ui->ownerEdit->text();
    options.kdf = m_kdf;
    QByteArray utf8 = m_ui->passphraseEdit->text().toUtf8();
    const SecureBytes passphrase = SecureBytes::takeFrom(utf8);
    m_ui->passphraseEdit->clear();
    m_ui->confirmEdit->clear();
    const Status status = m_session.create(path, passphrase, options);
    if (!status) {
        showError(m_ui->generalError, status.error().message);
        return;
    }
    m_createdPath = m_session.path();
    QDialog::accept();
}

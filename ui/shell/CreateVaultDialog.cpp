#include "ui/shell/CreateVaultDialog.h"

#include "model/session/VaultSession.h"
#include "model/vault/VaultSetting.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/PassphraseStrengthMeter.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace
{
    QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &accessibleName)
    {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QLatin1String(objectName));
        edit->setAccessibleName(accessibleName);
        return edit;
    }
} // namespace

CreateVaultDialog::CreateVaultDialog(VaultSession &session, const QString &defaultFolder, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kdf(KdfParams::moderate())
    , m_name(lineEdit(this, "vaultNameEdit", tr("Vault name")))
    , m_folder(lineEdit(this, "folderEdit", tr("Folder")))
    , m_owner(lineEdit(this, "ownerEdit", tr("Your name")))
    , m_passphrase(lineEdit(this, "passphraseEdit", tr("Passphrase")))
    , m_confirm(lineEdit(this, "confirmEdit", tr("Passphrase again")))
    , m_meter(new PassphraseStrengthMeter(this))
    , m_setting(new QButtonGroup(this))
    , m_nameError(errorLabel(QStringLiteral("nameError")))
    , m_passphraseError(errorLabel(QStringLiteral("passphraseError")))
    , m_confirmError(errorLabel(QStringLiteral("confirmError")))
    , m_generalError(errorLabel(QStringLiteral("generalError")))
{
    setObjectName(QStringLiteral("createVaultDialog"));
    setWindowTitle(tr("Create a vault"));
    m_name->setText(tr("My caseload"));
    m_folder->setText(defaultFolder);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *settingBox = new QGroupBox(tr("Who is this vault for?"), this);
    auto *settingLayout = new QVBoxLayout(settingBox);
    const struct
    {
        VaultSetting setting;
        const char *objectName;
        QString text;
    } settings[] = {
        {VaultSetting::WorkCoach, "settingWorkCoach", tr("A &work coach: the people are claimants")},
        {VaultSetting::GpPractice, "settingGpPractice", tr("A &GP practice: the people are patients")},
        {VaultSetting::Admin, "settingAdmin", tr("An a&dmin who manages bundles and keys")},
    };
    for (const auto &s : settings) {
        auto *radio = new QRadioButton(s.text, settingBox);
        radio->setObjectName(QLatin1String(s.objectName));
        m_setting->addButton(radio, int(s.setting));
        settingLayout->addWidget(radio);
    }
    m_setting->button(int(VaultSetting::WorkCoach))->setChecked(true);

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &text, QWidget *field, QLayout *fieldLayout, QLabel *error) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        auto *column = new QVBoxLayout;
        if (fieldLayout)
            column->addLayout(fieldLayout);
        else
            column->addWidget(field);
        if (error)
            column->addWidget(error);
        form->addRow(label, column);
    };
    addRow(tr("Vault &name:"), m_name, nullptr, m_nameError);
    addRow(tr("&Folder:"), m_folder, folderRow, nullptr);
    addRow(tr("&Your name:"), m_owner, nullptr, nullptr);
    addRow(tr("&Passphrase:"), m_passphrase, nullptr, m_passphraseError);
    form->addRow(QString(), m_meter);
    addRow(tr("Passphrase &again:"), m_confirm, nullptr, m_confirmError);

    auto *buttons = new QDialogButtonBox(this);
    auto *create = buttons->addButton(tr("&Create vault"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The vault is encrypted with your passphrase. Nobody, including support, can open it "
                                "without the passphrase, so choose one you will remember."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(settingBox);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    connect(m_passphrase, &QLineEdit::textChanged, m_meter, &PassphraseStrengthMeter::setPassphrase);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            FileDialog::existingDirectory(this, tr("Choose where to keep the vault"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateVaultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateVaultDialog::reject);
}

QLabel *CreateVaultDialog::errorLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void CreateVaultDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
}

void CreateVaultDialog::accept()
{
    for (QLabel *label : {m_nameError, m_passphraseError, m_confirmError, m_generalError})
        showError(label, QString());

    bool ok = true;
    const QString name = m_name->text().trimmed();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    if (name.isEmpty() || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return forbidden.contains(c); })) {
        showError(m_nameError, tr("Enter a name for the vault, without / \\ : * ? \" < > or |."));
        ok = false;
    }
    if (!m_meter->isAcceptable()) {
        showError(m_passphraseError, tr("Choose a stronger passphrase: a few unrelated words work well."));
        ok = false;
    }
    if (m_confirm->text() != m_passphrase->text()) {
        showError(m_confirmError, tr("The two passphrases are different. Type the same passphrase twice."));
        ok = false;
    }
    if (!ok)
        return;

    const QString path = QDir(m_folder->text()).filePath(name + QLatin1String(Vault::Suffix));
    VaultOptions options;
    options.setting = VaultSetting(m_setting->checkedId());
    options.ownerName = m_owner->text();
    options.kdf = m_kdf;
    QByteArray utf8 = m_passphrase->text().toUtf8();
    const SecureBytes passphrase = SecureBytes::takeFrom(utf8);
    m_passphrase->clear();
    m_confirm->clear();
    const Status status = m_session.create(path, passphrase, options);
    if (!status) {
        showError(m_generalError, status.error().message);
        return;
    }
    m_createdPath = m_session.path();
    QDialog::accept();
}

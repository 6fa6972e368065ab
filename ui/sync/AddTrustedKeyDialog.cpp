#include "ui/sync/AddTrustedKeyDialog.h"

#include "ui_AddTrustedKeyDialog.h"

#include "model/bundles/TrustStore.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FingerprintLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace
{
    qsizetype significantCharacters(const QString &fingerprint)
    {
        return std::count_if(fingerprint.cbegin(), fingerprint.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    }
} // namespace

AddTrustedKeyDialog::AddTrustedKeyDialog(TrustStore &trust, const Minisign::PublicKey &key, QWidget *parent)
    : QDialog(parent)
    , m_trust(trust)
    , m_key(key)
    , m_ui(std::make_unique<Ui::AddTrustedKeyDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 60);
    m_ui->introLabel->setText(
        tr("Key %1. Type the fingerprint the publisher or colleague gave you by phone, in person or in a letter, "
           "not by the same route as the file. This key's own fingerprint is shown only once yours matches it.")
            .arg(Minisign::keyIdHex(key.keyId)));
    m_ui->fingerprintLabel->hide();
    m_ui->fingerprintMatch->hide();
    m_ui->trustError->hide();

    // The kinds come from the model's list, so a new kind of bundle appears here without editing the form.
    for (BundleKind kind : {BundleKind::Vacancies,
                            BundleKind::Caseload,
                            BundleKind::Taxonomy,
                            BundleKind::Forms,
                            BundleKind::Courses,
                            BundleKind::Geodata,
                            BundleKind::Report}) {
        auto *box = new QCheckBox(BundleKinds::displayName(kind), m_ui->kindsBox);
        box->setObjectName(QStringLiteral("kind_") + BundleKinds::key(kind));
        m_kinds.insert(kind, box);
        m_ui->kindsLayout->addWidget(box);
    }

    // Our own button words (not Qt's Ok) keep their translations in this class's context, so they are added here.
    m_trustButton = m_ui->buttonBox->addButton(tr("&Trust this key"), QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_cancelButton = m_ui->buttonBox->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->confirmFingerprintEdit, &QLineEdit::textChanged, this, &AddTrustedKeyDialog::compareFingerprint);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddTrustedKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddTrustedKeyDialog::reject);
    compareFingerprint();
    m_ui->confirmFingerprintEdit->setFocus();
}

AddTrustedKeyDialog::~AddTrustedKeyDialog() = default;

void AddTrustedKeyDialog::compareFingerprint()
{
    const QString typed = m_ui->confirmFingerprintEdit->text();
    const QString fingerprint = Minisign::fingerprint(m_key.key);
    const bool matches = TrustStore::fingerprintMatches(m_key.key, typed);
    // Only a whole fingerprint is judged: saying whether the first few characters match would let someone find the
    // fingerprint a character at a time, which is copying it from the dialog by another name.
    QString status;
    QString mark;
    if (matches) {
        mark = QStringLiteral("✓ ");
        status = tr("This is the fingerprint of the key in the file:");
    } else if (significantCharacters(typed) >= significantCharacters(fingerprint)) {
        mark = QStringLiteral("✗ ");
        status = tr("This is not the fingerprint of the key in the file. Do not trust it; check with the sender by "
                    "another route.");
    }
    m_ui->fingerprintMatch->setText(status.isEmpty() ? QString() : mark + status);
    m_ui->fingerprintMatch->setAccessibleName(status);
    m_ui->fingerprintMatch->setVisible(!status.isEmpty());
    // The label holds no fingerprint at all until it matches, so nothing can be selected, copied or read out.
    m_ui->fingerprintLabel->setFingerprint(matches ? fingerprint : QString());
    m_ui->fingerprintLabel->setVisible(matches);
    // Enter must not trust an unconfirmed key: Cancel is the default until the fingerprint matches.
    m_trustButton->setEnabled(matches);
    m_trustButton->setDefault(matches);
    m_cancelButton->setDefault(!matches);
}

void AddTrustedKeyDialog::accept()
{
    QList<BundleKind> kinds;
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (it.value()->isChecked())
            kinds.append(it.key());
    }
    const Status status = m_trust.add(m_key, m_ui->labelEdit->text(), kinds, m_ui->confirmFingerprintEdit->text());
    if (status) {
        QDialog::accept();
        return;
    }
    m_ui->trustError->setText(QStringLiteral("⚠ ") + status.error().message);
    m_ui->trustError->setAccessibleName(status.error().message);
    m_ui->trustError->show();
}

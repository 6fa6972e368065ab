#include "ui/sync/AddTrustedKeyDialog.h"

#include "model/bundles/TrustStore.h"
#include "ui/widgets/FingerprintLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddTrustedKeyDialog::AddTrustedKeyDialog(TrustStore &trust, const Minisign::PublicKey &key, QWidget *parent)
    : QDialog(parent)
    , m_trust(trust)
    , m_key(key)
    , m_label(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addTrustedKeyDialog"));
    setWindowTitle(tr("Trust a key"));
    auto *fingerprint = new FingerprintLabel(Minisign::fingerprint(key.key), tr("Fingerprint of this key"), this);

    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setAccessibleName(tr("Name for this key"));
    m_confirm->setObjectName(QStringLiteral("confirmFingerprintEdit"));
    m_confirm->setAccessibleName(tr("Fingerprint from the publisher"));
    m_error->setObjectName(QStringLiteral("trustError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *kindsBox = new QGroupBox(tr("Trust it to sign"), this);
    auto *kindsLayout = new QVBoxLayout(kindsBox);
    for (BundleKind kind : {BundleKind::Vacancies,
                            BundleKind::Caseload,
                            BundleKind::Taxonomy,
                            BundleKind::Forms,
                            BundleKind::Courses,
                            BundleKind::Geodata}) {
        auto *box = new QCheckBox(BundleKinds::displayName(kind), kindsBox);
        box->setObjectName(QStringLiteral("kind_") + BundleKinds::key(kind));
        m_kinds.insert(kind, box);
        kindsLayout->addWidget(box);
    }

    auto *intro = new QLabel(tr("Key %1. Compare its fingerprint with the one the publisher or colleague gave you "
                                "by phone or in person, not by the same route as the file. Type it below.")
                                 .arg(Minisign::keyIdHex(key.keyId)),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *fingerprintLabel = new QLabel(tr("Fingerprint:"), this);
    form->addRow(fingerprintLabel, fingerprint);
    auto *confirmLabel = new QLabel(tr("&Fingerprint you were given:"), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(confirmLabel, m_confirm);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_label);
    form->addRow(nameLabel, m_label);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Trust this key"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(kindsBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddTrustedKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddTrustedKeyDialog::reject);
}

void AddTrustedKeyDialog::accept()
{
    QList<BundleKind> kinds;
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (it.value()->isChecked())
            kinds.append(it.key());
    }
    const Status status = m_trust.add(m_key, m_label->text(), kinds, m_confirm->text());
    if (status) {
        QDialog::accept();
        return;
    }
    m_error->setText(QStringLiteral("⚠ ") + status.error().message);
    m_error->setAccessibleName(status.error().message);
    m_error->show();
}

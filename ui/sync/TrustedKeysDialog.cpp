#include "ui/sync/TrustedKeysDialog.h"

#include "ui_TrustedKeysDialog.h"

#include "model/bundles/KeyRotation.h"
#include "model/bundles/TrustStore.h"
#include "ui/sync/AddTrustedKeyDialog.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FingerprintLabel.h"
#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>

namespace
{
    constexpr int FingerprintColumn = 2;
} // namespace

TrustedKeysDialog::TrustedKeysDialog(TrustStore &trust, QWidget *parent)
    : QDialog(parent)
    , m_trust(trust)
    , m_ui(std::make_unique<Ui::TrustedKeysDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 70);

    // Added in code: a button box takes its buttons from code, and these words belong to this class's context.
    auto *add = m_ui->buttonBox->addButton(tr("&Add a key from a file…"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addKeyButton"));
    auto *remove = m_ui->buttonBox->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    remove->setObjectName(QStringLiteral("removeKeyButton"));
    auto *rotate = m_ui->buttonBox->addButton(tr("Apply a &key rotation…"), QDialogButtonBox::ActionRole);
    rotate->setObjectName(QStringLiteral("rotateKeyButton"));
    m_ui->buttonBox->addButton(tr("Close"), QDialogButtonBox::RejectRole);

    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("Choose a public key"), QString(), tr("Public keys (*.pub);;All files (*)"));
        if (!path.isEmpty())
            addKeyFromFile(path);
    });
    connect(remove, &QPushButton::clicked, this, &TrustedKeysDialog::removeSelected);
    connect(rotate, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this,
                                                      tr("Choose a key change statement"),
                                                      QString(),
                                                      tr("Key change statements (*.rotation);;All files (*)"));
        if (!path.isEmpty())
            applyRotationFromFile(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

TrustedKeysDialog::~TrustedKeysDialog() = default;

void TrustedKeysDialog::reload()
{
    m_ui->keysTable->setRowCount(0);
    auto keys = m_trust.list();
    if (!keys)
        return;
    m_ui->keysTable->setRowCount(int(keys->size()));
    for (int row = 0; row < keys->size(); ++row) {
        const TrustedKey &key = keys->at(row);
        QStringList kinds;
        for (BundleKind kind : key.kinds)
            kinds.append(BundleKinds::displayName(kind));
        const QStringList cells = {
            key.label, Minisign::keyIdHex(key.keyId), key.fingerprint(), kinds.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, key.keyId);
            m_ui->keysTable->setItem(row, column, item);
        }
        FingerprintLabel::applyTo(m_ui->keysTable->item(row, FingerprintColumn));
    }
    m_ui->keysTable->resizeColumnsToContents();
}

void TrustedKeysDialog::addKeyFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096) {
        MessageBox::warning(this, tr("Trusted keys"), tr("The key file could not be read."));
        return;
    }
    auto key = Minisign::parsePublicKey(file.readAll());
    if (!key) {
        MessageBox::warning(this, tr("Trusted keys"), key.error().message);
        return;
    }
    AddTrustedKeyDialog dialog(m_trust, key.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TrustedKeysDialog::removeSelected()
{
    const int row = m_ui->keysTable->currentRow();
    if (row < 0)
        return;
    const QString label = m_ui->keysTable->item(row, 0)->text();
    const QByteArray keyId = m_ui->keysTable->item(row, 0)->data(Qt::UserRole).toByteArray();
    if (MessageBox::question(this,
                             tr("Remove a trusted key"),
                             tr("Stop trusting \"%1\" (key %2)? Bundles signed by it will be refused from now on.")
                                 .arg(label, Minisign::keyIdHex(keyId))) != QMessageBox::Yes)
        return;
    if (const Status status = m_trust.remove(keyId); !status)
        MessageBox::warning(this, tr("Trusted keys"), status.error().message);
    reload();
}

void TrustedKeysDialog::applyRotationFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Key change"), tr("The key change statement could not be read."));
        return;
    }
    // One byte over the cap is enough for the parser to refuse it as too large.
    auto statement = KeyRotation::parse(file.read(KeyRotation::MaxBytes + 1));
    if (!statement) {
        MessageBox::warning(this, tr("Key change"), statement.error().message);
        return;
    }
    auto kinds = m_trust.rotationKinds(statement.value());
    if (!kinds) {
        MessageBox::warning(this, tr("Key change"), kinds.error().message);
        return;
    }
    QStringList names;
    for (BundleKind kind : kinds.value())
        names.append(BundleKinds::displayName(kind));
    const Minisign::PublicKey &oldKey = statement->oldKey();
    const Minisign::PublicKey &newKey = statement->newKey();
    QString text = tr("The publisher signed a change from key %1 (fingerprint %2) to key %3 (fingerprint %4).")
                       .arg(Minisign::keyIdHex(oldKey.keyId),
                            Minisign::fingerprint(oldKey.key),
                            Minisign::keyIdHex(newKey.keyId),
                            Minisign::fingerprint(newKey.key));
    if (!statement->reason().isEmpty())
        text += QLatin1String("\n\n") + tr("Reason given: %1").arg(statement->reason());
    text += QLatin1String("\n\n") +
            tr("The new key will be trusted for: %1. The old key will no longer be trusted for anything. Apply the "
               "change?")
                .arg(names.join(QStringLiteral(", ")));
    if (MessageBox::question(this, tr("Key change"), text) != QMessageBox::Yes)
        return;
    if (auto moved = m_trust.rotate(statement.value()); !moved)
        MessageBox::warning(this, tr("Key change"), moved.error().message);
    reload();
}

#pragma once

#include "model/bundles/BundleFile.h"
#include "model/crypto/Minisign.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class TrustStore;

/** Shows a key's fingerprint and asks the admin to type it as the publisher gave it, and what to trust it for. */
class AddTrustedKeyDialog : public QDialog
{
    Q_OBJECT

public:
    AddTrustedKeyDialog(TrustStore &trust, const Minisign::PublicKey &key, QWidget *parent = nullptr);
    void accept() override;

private:
    TrustStore &m_trust;
    Minisign::PublicKey m_key;
    QLineEdit *m_label;
    QLineEdit *m_confirm;
    QMap<BundleKind, QCheckBox *> m_kinds;
    QLabel *m_error;
};

#pragma once

#include "model/bundles/BundleFile.h"
#include "model/crypto/Minisign.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QCheckBox;
class QPushButton;
class TrustStore;

// Only a forward declaration of the class uic generates from AddTrustedKeyDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class AddTrustedKeyDialog;
}

/**
 * Trusts a key once the admin has typed the fingerprint the publisher gave them by another route, and chosen a name
 * and what to trust it for. The key's own fingerprint is shown only after the typed one matches: shown beside the
 * box, it could be copied into it and "confirmed" without anything being compared (issue 13 #13).
 */
class AddTrustedKeyDialog : public QDialog
{
    Q_OBJECT

public:
    AddTrustedKeyDialog(TrustStore &trust, const Minisign::PublicKey &key, QWidget *parent = nullptr);
    ~AddTrustedKeyDialog() override;
    void accept() override;

private:
    void compareFingerprint();

    TrustStore &m_trust;
    Minisign::PublicKey m_key;
    std::unique_ptr<Ui::AddTrustedKeyDialog> m_ui;
    QMap<BundleKind, QCheckBox *> m_kinds;
    QPushButton *m_trustButton;
    QPushButton *m_cancelButton;
};

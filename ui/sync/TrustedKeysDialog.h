#pragma once

#include <QDialog>

#include <memory>

class TrustStore;

// Only a forward declaration of the class uic generates from TrustedKeysDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class TrustedKeysDialog;
}

/**
 * The keys this vault trusts, with their fingerprints and the kinds of bundle each may sign. Adding a
 * key means reading its fingerprint and confirming it matches the one the publisher gave you; a publisher's
 * signed key change statement moves trust from a key trusted here to its new key.
 */
class TrustedKeysDialog : public QDialog
{
    Q_OBJECT

public:
    TrustedKeysDialog(TrustStore &trust, QWidget *parent = nullptr);
    ~TrustedKeysDialog() override;

    void addKeyFromFile(const QString &path);
    /** Shows the old and new keys a key change statement names and, once confirmed, applies it. */
    void applyRotationFromFile(const QString &path);
    void removeSelected();

private:
    void reload();

    TrustStore &m_trust;
    std::unique_ptr<Ui::TrustedKeysDialog> m_ui;
};

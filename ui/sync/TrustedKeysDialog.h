#pragma once

#include <QDialog>

class QTableWidget;
class TrustStore;

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

    void addKeyFromFile(const QString &path);
    /** Shows the old and new keys a key change statement names and, once confirmed, applies it. */
    void applyRotationFromFile(const QString &path);
    void removeSelected();

private:
    void reload();

    TrustStore &m_trust;
    QTableWidget *m_table;
};

#pragma once

#include <QDialog>

class QTableWidget;
class TrustStore;

/**
 * The keys this vault trusts, with their fingerprints and the kinds of bundle each may sign. Adding a
 * key means reading its fingerprint and confirming it matches the one the publisher gave you.
 */
class TrustedKeysDialog : public QDialog
{
    Q_OBJECT

public:
    TrustedKeysDialog(TrustStore &trust, QWidget *parent = nullptr);

    void addKeyFromFile(const QString &path);
    void removeSelected();

private:
    void reload();

    TrustStore &m_trust;
    QTableWidget *m_table;
};

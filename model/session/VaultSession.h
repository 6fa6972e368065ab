#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"
#include "model/vault/Vault.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class CaseListModel;
class VaultServices;

/**
 * The vault the app has open, locked or unlocked. Unlocking opens the Vault and fills the caseload
 * model; locking destroys the Vault (wiping its keys) and empties the model. Widgets talk to this,
 * never to the database.
 */
class VaultSession : public QObject
{
    Q_OBJECT

public:
    explicit VaultSession(QObject *parent = nullptr);
    ~VaultSession() override;

    /** Which vault to unlock next; the session must be locked. */
    void setPath(const QString &path);
    QString path() const { return m_path; }
    /** The vault's display name (folder name without the .waymark suffix). */
    QString name() const;

    Status unlock(const SecureBytes &passphrase);
    /** Creates a vault at `path` and leaves it unlocked. */
    Status create(const QString &path, const SecureBytes &passphrase, const VaultOptions &options);
    void lock();
    bool isUnlocked() const { return m_vault != nullptr; }

    Vault *vault() const { return m_vault.get(); }
    CaseListModel *caseload() const { return m_caseload; }
    /** The taxonomy, extractor, forms, matching and stores of the unlocked vault; null while locked. */
    VaultServices *services() const { return m_services.get(); }

    /** How long the last unlock took: key derivation, and everything after it until the caseload was ready. */
    qint64 lastKdfMillis() const { return m_kdfMillis; }
    qint64 lastLoadMillis() const { return m_loadMillis; }

Q_SIGNALS:
    void unlocked();
    /** The vault is about to close but is still open: the last chance to save work in progress. */
    void aboutToLock();
    void locked();

private:
    Status adopt(std::unique_ptr<Vault> vault);

    QString m_path;
    std::unique_ptr<Vault> m_vault;
    // Destroyed before the vault: its worker reads through the vault's key.
    std::unique_ptr<VaultServices> m_services;
    CaseListModel *m_caseload = nullptr;
    qint64 m_kdfMillis = 0;
    qint64 m_loadMillis = 0;
};

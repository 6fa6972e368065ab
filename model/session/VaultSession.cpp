#include "model/session/VaultSession.h"

#include "model/caseload/CaseListModel.h"
#include "model/session/VaultServices.h"
#include "model/vault/RecordStore.h"

#include <QFileInfo>

VaultSession::VaultSession(QObject *parent)
    : QObject(parent)
    , m_caseload(new CaseListModel(this))
{}

VaultSession::~VaultSession()
{
    lock();
}

void VaultSession::setPath(const QString &path)
{
    Q_ASSERT(!isUnlocked());
    m_path = path;
}

QString VaultSession::name() const
{
    QString base = QFileInfo(m_path).fileName();
    if (base.endsWith(QLatin1String(Vault::Suffix)))
        base.chop(int(qstrlen(Vault::Suffix)));
    return base;
}

Status VaultSession::unlock(const SecureBytes &passphrase)
{
    if (isUnlocked())
        return {};
    // Key derivation is timed apart from the rest, which has its own budget (300 ms for 10,000 people).
    QElapsedTimer timer;
    timer.start();
    auto vault = Vault::open(m_path, passphrase, &m_kdfMillis);
    if (!vault)
        return vault.error();
    Status status = adopt(std::move(vault.value()));
    m_loadMillis = timer.elapsed() - m_kdfMillis;
    return status;
}

Status VaultSession::create(const QString &path, const SecureBytes &passphrase, const VaultOptions &options)
{
    lock();
    auto vault = Vault::create(path, passphrase, options);
    if (!vault)
        return vault.error();
    m_path = vault.value()->path();
    return adopt(std::move(vault.value()));
}

Status VaultSession::adopt(std::unique_ptr<Vault> vault)
{
    auto people = vault->records().caseload();
    if (!people)
        return people.error();
    m_vault = std::move(vault);
    m_services = std::make_unique<VaultServices>(*m_vault);
    m_caseload->setPeople(std::move(people.value()));

    RecordStore *store = &m_vault->records();
    connect(store, &RecordStore::personAdded, this, [this, store](const QString &id) {
        if (auto summary = store->summary(id))
            m_caseload->upsert(summary.value());
    });
    connect(store, &RecordStore::personChanged, this, [this, store](const QString &id) {
        if (auto summary = store->summary(id))
            m_caseload->upsert(summary.value());
    });
    connect(store, &RecordStore::personErased, m_caseload, &CaseListModel::removePerson);
    Q_EMIT unlocked();
    return {};
}

void VaultSession::lock()
{
    if (!m_vault)
        return;
    Q_EMIT aboutToLock();
    m_services.reset(); // stops a background read before the vault closes
    m_caseload->clear();
    m_vault.reset(); // closes the database and wipes its key
    Q_EMIT locked();
}

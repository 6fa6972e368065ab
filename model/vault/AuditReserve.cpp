#include "AuditReserve.h"

#include "model/vault/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

QString AuditReserve::fileName()
{
    return QStringLiteral("audit.reserve");
}

bool AuditReserve::isInPlace(const QString &vaultPath)
{
    const QFileInfo info(QDir(vaultPath).filePath(fileName()));
    return info.isFile() && !info.isSymLink() && info.size() == Bytes;
}

void AuditReserve::ensure(const QString &vaultPath)
{
    // A full disk (real or simulated) has no room to set aside; the next open tries again.
    if (isInPlace(vaultPath) || Database::fullDiskSimulated())
        return;
    const QString path = QDir(vaultPath).filePath(fileName());
    if (QFileInfo(path).isSymLink())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return;
    }
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Zeros written, not a sparse file: only written blocks are really the vault's to use later.
    const QByteArray zeros(64 * 1024, '\0');
    qint64 written = 0;
    while (written < Bytes) {
        if (file.write(zeros) != zeros.size())
            break;
        written += zeros.size();
    }
    if (written < Bytes || !file.flush()) {
        file.close();
        QFile::remove(path);
        return;
    }
    file.close();
}

bool AuditReserve::release(const QString &vaultPath)
{
    const QString path = QDir(vaultPath).filePath(fileName());
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink())
        return false;
    if (!QFile::remove(path))
        return false;
    Database::noteSpaceFreed();
    return true;
}

#include "model/core/PrivateSaveFile.h"

#include <QFile>

bool PrivateSaveFile::open(OpenMode mode)
{
    if (!QSaveFile::open(mode))
        return false;
    // QSaveFile::open() copied the existing target's mode onto the temporary file; the rename keeps it.
    if (!setPermissions(OwnerOnly)) {
        cancelWriting();
        QSaveFile::commit(); // discards the temporary file after cancelWriting()
        return false;
    }
    return true;
}

bool PrivateSaveFile::commit()
{
    const QString path = fileName();
    if (!QSaveFile::commit())
        return false;
    // Belt and braces: the rename kept the temporary file's mode, but a file system may not.
    return restrict(path);
}

bool PrivateSaveFile::restrict(const QString &path)
{
    if ((QFile::permissions(path) & ~(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) == 0)
        return true;
    return QFile::setPermissions(path, OwnerOnly) &&
           (QFile::permissions(path) & ~(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) == 0;
}

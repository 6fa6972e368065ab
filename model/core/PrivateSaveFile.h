#pragma once

#include <QFileDevice>
#include <QSaveFile>

/**
 * A QSaveFile for anything that holds personal data or secrets: the file appears whole or not at all, and is
 * readable and writable by its owner only (0600), whether it existed before or not. QSaveFile on its own gives
 * the new file the old one's mode, so writing over a 0644 file left a caseload export readable by everyone;
 * and umask 077 covers only files that did not exist. Use it as a QSaveFile, calling this class's commit().
 */
class PrivateSaveFile : public QSaveFile
{
public:
    static constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    using QSaveFile::QSaveFile;

    /** Opens the temporary file and makes it 0600 before a byte is written; fails if it cannot. */
    bool open(OpenMode mode) override;
    /** Renames the temporary file over the target, then makes sure the target is 0600. */
    bool commit();
    /** Makes an existing file 0600; true when it is afterwards. */
    static bool restrict(const QString &path);
};

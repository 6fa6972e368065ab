// libFuzzer target: any bytes as an ESCO CSV release. The input is cut at each "@@@" into the files of a
// release, in order (skills, occupations, occupation-skill relations, broader relations, skill groups, skill-skill
// relations); missing files are left out. Whatever the files hold, the import fails with a message or gives a
// taxonomy, without crashing or hanging.
#include "model/matching/EscoImport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const Files[] = {"skills_en.csv",
                                        "occupations_en.csv",
                                        "occupationSkillRelations_en.csv",
                                        "broaderRelationsSkillPillar.csv",
                                        "skillGroups_en.csv",
                                        "skillSkillRelations.csv"};
    static QTemporaryDir folder;
    if (!folder.isValid())
        return 0;
    const QDir dir(folder.path());
    for (const char *name : Files)
        QFile::remove(dir.filePath(QString::fromLatin1(name)));

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> files;
    for (qsizetype from = 0;;) {
        const qsizetype cut = bytes.indexOf("@@@", from);
        files.append(bytes.mid(from, cut < 0 ? -1 : cut - from));
        if (cut < 0)
            break;
        from = cut + 3;
    }
    for (qsizetype i = 0; i < files.size() && i < qsizetype(std::size(Files)); ++i) {
        QFile file(dir.filePath(QString::fromLatin1(Files[i])));
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(files.at(i));
    }
    EscoImport::Counts counts;
    (void)EscoImport::read(folder.path(), {}, &counts);
    return 0;
}

#include "model/matching/VacancyReadingCodec.h"

#include "model/matching/Taxonomy.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace
{
    void putVarint(QByteArray &out, quint32 value)
    {
        while (value >= 0x80) {
            out.append(char(quint8(value & 0x7f) | 0x80));
            value >>= 7;
        }
        out.append(char(value));
    }

    void hashText(QCryptographicHash &hash, const QString &text)
    {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        hash.addData(QByteArrayView("\0", 1));
    }

    void hashList(QCryptographicHash &hash, const QStringList &list)
    {
        for (const QString &text : list)
            hashText(hash, text);
        hash.addData(QByteArrayView("\1", 1));
    }
} // namespace

QByteArray VacancyReadingCodec::encodeSkills(const QVector<ReadSkill> &skills)
{
    QByteArray out;
    out.reserve(skills.size() * 24);
    int written = 0;
    for (const ReadSkill &skill : skills) {
        const QByteArray id = skill.conceptId.toUtf8();
        if (id.isEmpty() || id.size() > MaxIdBytes || written == MaxSkills)
            continue;
        out.append(char(quint8(skill.source)));
        out.append(char(quint8(std::clamp(std::lround(skill.confidence * 255.0f), 0L, 255L))));
        const bool hasSpan = skill.begin >= 0 && skill.end > skill.begin;
        putVarint(out, hasSpan ? quint32(skill.begin) : 0);
        putVarint(out, hasSpan ? quint32(skill.end - skill.begin) : 0);
        putVarint(out, quint32(id.size()));
        out.append(id);
        ++written;
    }
    return out;
}

QVector<ReadSkill> VacancyReadingCodec::decodeSkills(QByteArrayView blob, bool *ok)
{
    QVector<ReadSkill> skills;
    const bool decoded = forEachSkill(blob, [&skills](const PackedSkill &s) {
        skills.append(ReadSkill{QString::fromUtf8(s.conceptId.data(), qsizetype(s.conceptId.size())),
                                s.source,
                                confidenceOf(s.confidence),
                                s.begin,
                                s.end});
    });
    if (ok)
        *ok = decoded;
    if (!decoded)
        skills.clear();
    return skills;
}

qint64 VacancyReadingCodec::stamp(const Taxonomy &taxonomy)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const quint32 version = qToLittleEndian(ReaderVersion);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&version), sizeof version));
    for (const SkillConcept &c : taxonomy.concepts()) {
        hashText(hash, c.id);
        hashText(hash, c.preferredLabel);
        hashList(hash, c.altLabels);
    }
    for (const Occupation &o : taxonomy.occupations()) {
        hashText(hash, o.id);
        hashText(hash, o.preferredLabel);
        hashList(hash, o.altLabels);
        hashList(hash, o.essentialSkills);
    }
    const QByteArray digest = hash.result();
    // 63 bits, so the stamp is a positive SQLite integer.
    return qint64(qFromLittleEndian<quint64>(digest.constData()) & 0x7fff'ffff'ffff'ffffull);
}

#pragma once

#include "model/matching/Vacancy.h"

#include <QByteArray>
#include <QByteArrayView>

#include <limits>
#include <string_view>
#include <utility>

class Taxonomy;

/**
 * How a vacancy's reading (VacancyUnderstanding) is kept in the vault's `vacancy_readings` table
 * (docs/matching.md). The skills are packed into one blob, so building the matching index decodes a
 * row without parsing text: per skill one byte of source, one of confidence (0–255 for 0..1), the
 * stated span as two unsigned LEB128 varints (begin, length; 0, 0 when there is none) and the concept
 * id as a varint length and UTF-8 bytes.
 *
 * Each row also carries a stamp of the taxonomy and the reader it was read with: a reading from another
 * taxonomy or an older reader is stale, and matching does not use it (the vacancy falls back to its
 * listed skills and its title) until it is read again.
 */
namespace VacancyReadingCodec
{
    /** Raised whenever VacancyUnderstanding reads differently, so every stored reading counts as stale. */
    constexpr quint32 ReaderVersion = 1;
    /** Bounds checked on decoding: the vault is ours, but a damaged page must not be read past its end. */
    constexpr int MaxSkills = 4096;
    constexpr int MaxIdBytes = 1024;

    /** One packed skill as decoded: the id is a view into the blob, valid while the blob is. */
    struct PackedSkill
    {
        std::string_view conceptId;
        SkillSource source = SkillSource::Stated;
        quint8 confidence = 0;
        qint32 begin = -1;
        qint32 end = -1;
    };

    QByteArray encodeSkills(const QVector<ReadSkill> &skills);
    /**
     * Calls `each(const PackedSkill &)` for every skill in order; false (having called it for the skills
     * before the fault) when the blob is malformed.
     */
    template <typename Each>
    bool forEachSkill(QByteArrayView blob, Each &&each);
    /** The skills as ReadSkill, or nothing when the blob is malformed. */
    QVector<ReadSkill> decodeSkills(QByteArrayView blob, bool *ok = nullptr);

    inline float confidenceOf(quint8 packed)
    {
        return float(packed) / 255.0f;
    }

    /**
     * A 63-bit fingerprint of everything a reading depends on: the reader version and the taxonomy's
     * concepts, labels, occupations and their essential skills. A few milliseconds for ESCO.
     */
    qint64 stamp(const Taxonomy &taxonomy);

    namespace Detail
    {
        inline bool varint(const char *&p, const char *end, quint32 &out)
        {
            out = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (p == end)
                    return false;
                const quint8 byte = quint8(*p++);
                out |= quint32(byte & 0x7f) << shift;
                if (!(byte & 0x80))
                    return true;
            }
            return false;
        }
    } // namespace Detail

    template <typename Each>
    bool forEachSkill(QByteArrayView blob, Each &&each)
    {
        const char *p = blob.data();
        const char *const end = p + blob.size();
        int count = 0;
        while (p != end) {
            if (++count > MaxSkills || end - p < 2)
                return false;
            PackedSkill skill;
            const quint8 source = quint8(*p++);
            if (source > quint8(SkillSource::Implied))
                return false;
            skill.source = SkillSource(source);
            skill.confidence = quint8(*p++);
            quint32 begin = 0;
            quint32 length = 0;
            quint32 idBytes = 0;
            if (!Detail::varint(p, end, begin) || !Detail::varint(p, end, length) || !Detail::varint(p, end, idBytes))
                return false;
            if (idBytes == 0 || idBytes > quint32(MaxIdBytes) || quint32(end - p) < idBytes ||
                begin > quint32(std::numeric_limits<qint32>::max()) - length)
                return false;
            if (length > 0) {
                skill.begin = qint32(begin);
                skill.end = qint32(begin + length);
            }
            skill.conceptId = std::string_view(p, idBytes);
            p += idBytes;
            each(std::as_const(skill));
        }
        return true;
    }
} // namespace VacancyReadingCodec

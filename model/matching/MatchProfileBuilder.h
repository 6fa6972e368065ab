#pragma once

#include "model/core/Result.h"
#include "model/matching/MatchProfile.h"
#include "model/vault/RecordStore.h"

#include <QCoreApplication>

class Database;
class SkillNormaliser;

/** A skill the coach could confirm, offered because of something in the case, never added by itself. */
struct SkillSuggestion
{
    QString conceptId;
    QString label;
    /** Why it is offered, translated: "Essential for Care Assistant, in their work history". */
    QString reason;
};

/**
 * Builds a MatchProfile from a person's records. It reads only what matching may use: skills,
 * qualifications and licences, job goals, work history titles, the postcode's outcode, travel and
 * hours limits, and adjustments the person agreed to share for matching. It never reads the date of
 * birth, health conditions, fit notes or notes.
 */
class MatchProfileBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MatchProfileBuilder)

public:
    /** A field (or, with `field` empty, a whole kind of record) that build() never reads. */
    struct NeverRead
    {
        QString kind;
        QString field;
    };

    MatchProfileBuilder(const RecordReader &records, Database &db, const SkillNormaliser &normaliser);

    /**
     * What build() never reads, declared beside the code that reads: names, date of birth, contact details,
     * preferred language, health, fit notes, notes, actions and appointments. TestMatcher changes each one on a
     * person and proves the ranking does not move, so the transparency record can state this list as fact; a
     * field added here without a proof there fails that test.
     */
    static const QVector<NeverRead> &neverRead();

    Result<MatchProfile> build(const QString &personId) const;
    /** Essential skills of the occupations in the person's work history that the profile lacks. */
    Result<QVector<SkillSuggestion>> historySuggestions(const QString &personId) const;

private:
    const RecordReader &m_records;
    Database &m_db;
    const SkillNormaliser &m_normaliser;
};

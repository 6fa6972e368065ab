#pragma once

#include "model/matching/MatchProfile.h"
#include "model/matching/VacancyIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class OccupationCloseness;
class PlaceGrid;
class SkillRelations;
class Taxonomy;

/** One part of a score: its value in [0, 1], its weight, and the share of the total it makes up. */
struct ScoreComponent
{
    QString key;
    double value = 0;
    double weight = 0;
    double points() const { return value * weight; }
};

/** One of a vacancy's skills that earned credit, and the evidence for it (issue 12 §4). */
struct SkillEvidence
{
    /** The vacancy's skill: its preferred label and term key (a concept id, or "text:" for free text). */
    QString label;
    QString termKey;
    /** Where the vacancy's skill came from: its skills column, its advert's words, or its occupation. */
    SkillSource source = SkillSource::Listed;
    bool essential = false;
    /** Empty for an exact match; else the label of the person's skill related to it. */
    QString relatedTo;
    /** 1 for an exact match, else the relation's share of it (SkillRelations). */
    double credit = 1;

    /** One translated sentence: "Moving and handling, stated in the advert. Related: you have manual handling." */
    QString text() const;
};

/** A ranked vacancy and why it is where it is. */
struct MatchResult
{
    int vacancy = -1;
    double score = 0;
    /** skills, occupation, distance, hours, terms, and adjustments when they applied. */
    QVector<ScoreComponent> components;
    QStringList matchedSkills;
    /** Skills the vacancy asks for that the person has not shown, essential ones first. */
    QStringList missingSkills;
    /** The same skills as concept ids, or "text:" keys for free text. */
    QStringList missingTermKeys;
    int missingEssential = 0;
    std::optional<double> distanceKm;
    /** Plain words for the hours, distance and adjustments, translated. */
    QStringList notes;
    /** The vacancy's skills that earned credit, exact matches first, each with its evidence. */
    QVector<SkillEvidence> skillEvidence;
    /** The vacancy's occupation and why it is close to the person's, translated; empty when it has none. */
    QString occupationEvidence;
    /** What the skills and occupation parts rest on, translated, one sentence each: occupation first, then skills. */
    QStringList evidence;

    /** The share of the score a component makes up, 0 when the score is 0. */
    double share(const QString &key) const;
};

/**
 * Ranks open vacancies for a profile. Hard limits (distance, hours, the coach's filters) leave a
 * vacancy out; everything else scores:
 *   skills 0.50 (coverage of the vacancy's skills, weighted by rarity, by being essential to its occupation and
 *     by how the vacancy came by them; a skill the person lacks but holds a related one of earns part credit),
 *   occupation 0.25 (the vacancy's occupation against goals, then work history, by the ESCO/ISCO hierarchy or
 *     the built-in families and by shared essential skills: OccupationCloseness),
 *   distance 0.15, hours 0.05, pay and contract 0.05, minus up to 0.05 for shared adjustments.
 * Ties go to the vacancy listed first, so the same input always gives the same order.
 *
 * rank() looks only at vacancies sharing a skill (or a related one) or a related occupation with the profile, and
 * scans the rest only when those cannot fill the list with scores above what the rest could reach;
 * rankByScanning() scores every vacancy, as the baseline the benchmark and tests compare against.
 */
class Matcher
{
    Q_DECLARE_TR_FUNCTIONS(Matcher)

public:
    static constexpr double SkillWeight = 0.50;
    static constexpr double OccupationWeight = 0.25;
    static constexpr double DistanceWeight = 0.15;
    static constexpr double HoursWeight = 0.05;
    static constexpr double TermsWeight = 0.05;
    static constexpr double AdjustmentWeight = 0.05;
    /** The most distance, hours and terms together can add. */
    static constexpr double RestCanAdd = DistanceWeight + HoursWeight + TermsWeight;
    /** Without a limit, a vacancy this far away scores nothing for distance. */
    static constexpr double DistanceScaleKm = 40;
    /** Over this many hours a week, shared altered-hours or phased-return adjustments cost points. */
    static constexpr double ReducedHoursLimit = 30;

    Matcher(std::shared_ptr<const VacancyIndex> index, std::shared_ptr<const Taxonomy> taxonomy);
    ~Matcher();

    QVector<MatchResult> rank(const MatchProfile &profile, const MatchOptions &options = {}) const;
    QVector<MatchResult> rankByScanning(const MatchProfile &profile, const MatchOptions &options = {}) const;
    /** The score of one vacancy with its explanation, or nullopt when a hard limit leaves it out. */
    std::optional<MatchResult>
    explain(const MatchProfile &profile, int vacancy, const MatchOptions &options = {}) const;

    const VacancyIndex &index() const { return *m_index; }
    const Taxonomy &taxonomy() const { return *m_taxonomy; }

    /** Distance for matching (equirectangular, `cosLat1` = cos of lat1); see greatCircleKm for the exact one. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2, double cosLat1);
    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2);
    /** Translated name of a score component key. */
    static QString componentName(const QString &key);

private:
    struct Query;
    struct Scored
    {
        int vacancy;
        double score;
    };

    Query prepare(const MatchProfile &profile, const MatchOptions &options) const;
    /** nullopt when filtered out; `explanation` is filled when given. */
    /** nullopt also when the score cannot reach `mustBeat`, which rank() uses to skip hopeless vacancies early. */
    std::optional<double>
    score(const Query &query, int vacancy, MatchResult *explanation, double mustBeat = -1.0) const;
    QVector<MatchResult> explainAll(const Query &query, const QVector<Scored> &top) const;
    /** "Healthcare assistant (from the title): one of the person's job goals.", translated. */
    QString occupationEvidence(const Query &query, int occupation) const;
    /** A vacancy term's name for people: a concept's label in the interface language, else the text as given. */
    QString termDisplayLabel(int term) const;
    /** A person's skill's name for people, the same way. */
    QString skillDisplayLabel(const NormalisedLabel &skill) const;

    std::shared_ptr<const VacancyIndex> m_index;
    std::shared_ptr<const Taxonomy> m_taxonomy;
    std::unique_ptr<const SkillRelations> m_skillRelations;
    std::unique_ptr<const OccupationCloseness> m_occupationCloseness;
    std::unique_ptr<const PlaceGrid> m_places;
};

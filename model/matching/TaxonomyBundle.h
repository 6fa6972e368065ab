#pragma once

#include "model/bundles/BundleImporter.h"
#include "model/matching/Taxonomy.h"

#include <QCoreApplication>

/**
 * `taxonomy` bundles: a whole skills taxonomy (concepts with labels and the broader hierarchy,
 * occupations with their essential and optional skills) that replaces the vault's. An admin builds one
 * from an ESCO release or the built-in taxonomy so every laptop matches with the same concepts.
 * Items without an id or label are quarantined; references to concepts the bundle does not hold are
 * left out of their occupation, which is quarantined with the reason, and the rest applies.
 */
class TaxonomyBundle : public BundleHandler
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyBundle)

public:
    static constexpr quint64 MaxLabels = 200;
    static constexpr quint64 MaxSkillsPerOccupation = 1000;

    static QByteArray encode(const Taxonomy &taxonomy);

    BundleKind kind() const override { return BundleKind::Taxonomy; }
    QByteArray schema() const override { return QByteArrayLiteral("taxonomy/1"); }
    Status read(PayloadReader &reader) override;
    Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) override;

private:
    QString m_source;
    QVector<SkillConcept> m_concepts;
    QVector<Occupation> m_occupations;
};

/** One course as a `courses` bundle carries it: skills by label, mapped to the taxonomy in use when loaded. */
struct CourseOffer
{
    QString id;
    QString title;
    QString providerType;
    QString length;
    QStringList skillLabels;
};

/**
 * `courses` bundles: a publisher's list of courses, replacing that publisher's earlier list (a
 * snapshot). Skills are given by label so the same list serves the built-in taxonomy and ESCO.
 */
class CoursesBundle : public BundleHandler
{
    Q_DECLARE_TR_FUNCTIONS(CoursesBundle)

public:
    static constexpr quint64 MaxCourses = 100'000;
    static constexpr quint64 MaxSkillsPerCourse = 100;

    static QByteArray encode(const QVector<CourseOffer> &courses);

    BundleKind kind() const override { return BundleKind::Courses; }
    QByteArray schema() const override { return QByteArrayLiteral("courses/1"); }
    Status read(PayloadReader &reader) override;
    Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) override;

private:
    QVector<CourseOffer> m_courses;
};

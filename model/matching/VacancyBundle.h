#pragma once

#include "model/bundles/BundleImporter.h"
#include "model/bundles/ItemHandover.h"
#include "model/matching/Vacancy.h"

#include <QStringList>
#include <QVector>

#include <memory>

/**
 * Reads vacancies at import (issue 12 §2). The session layer gives one built on VacancyUnderstanding,
 * which sits above matching; VacancyBundle only stores what it answers.
 */
class VacancyReadingSource
{
public:
    virtual ~VacancyReadingSource() = default;
    /** VacancyReadingCodec::stamp of the taxonomy and reader the readings come from. */
    virtual qint64 stamp() const = 0;
    /** One reading per vacancy, in order; may read on several threads, and may be called from any one. */
    virtual QVector<VacancyReading> read(const QVector<const Vacancy *> &vacancies) const = 0;
};

/**
 * `vacancies` bundles from a publisher: a full snapshot (anything of theirs not in it is withdrawn) or a
 * delta (added or changed vacancies, and ids withdrawn). Vacancies past their closing date are kept for
 * history (RetentionDays) and counted as expired; matching leaves them out.
 */
class VacancyBundle : public BundleHandler
{
    Q_DECLARE_TR_FUNCTIONS(VacancyBundle)

public:
    static constexpr quint64 MaxVacancies = 2'000'000;
    static constexpr quint64 MaxSkillsPerVacancy = 200;
    /** Closed vacancies stay for history this long, then the next vacancy import removes them. */
    static constexpr int RetentionDays = 365;

    enum class Mode
    {
        Snapshot = 0,
        Delta = 1,
    };

    static QByteArray encode(const QVector<Vacancy> &vacancies, Mode mode, const QStringList &withdrawn = {});
    /** Why a vacancy cannot be used, or an empty string if it can (placing by outcode is checked on import). */
    static QString problemWith(const Vacancy &vacancy);

    /**
     * Reads each vacancy as it is imported and stores the reading with it, in the same transaction
     * (`vacancy_readings`). Without one, vacancies are stored unread, and a changed vacancy loses its old reading.
     */
    void setReader(std::shared_ptr<const VacancyReadingSource> reader) { m_reader = std::move(reader); }

    /** Vacancies made on this device (demo data) rather than read from a bundle; apply() then writes them. */
    void setContent(QVector<Vacancy> vacancies, Mode mode, QStringList withdrawn = {});

    BundleKind kind() const override { return BundleKind::Vacancies; }
    QByteArray schema() const override { return QByteArrayLiteral("vacancies/1"); }
    Status read(PayloadReader &reader) override;
    Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) override;
    /** Up to two million vacancies: parsing overlaps writing (about a quarter of an import's time). */
    bool readsWhileApplying() const override { return true; }
    void beginReading() override { m_handover.start(); }
    void stopReading() override { m_handover.stop(); }

private:
    /** A vacancy as read, with what can be worked out before writing (on the reading thread). */
    struct Parsed
    {
        Vacancy vacancy;
        QString problem; // problemWith()
        QString skills;  // joined by ';', as stored
        QString closingDate;
    };
    static Parsed prepared(Vacancy vacancy);

    Mode m_mode = Mode::Delta;
    ItemHandover<Parsed> m_handover;
    QStringList m_withdrawn;
    std::shared_ptr<const VacancyReadingSource> m_reader;
};

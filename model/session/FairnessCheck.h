#pragma once

#include "model/core/Result.h"
#include "model/matching/MatchProfile.h"
#include "model/notes/ExtractedSuggestion.h"
#include "model/vault/Record.h"
#include "model/vault/RecordReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class AuditLog;
class Database;
class FormCatalogue;
class MatchingContext;
class NoteExtractor;
class RecordStore;
class VaultServices;
struct FairnessRun;

/** One person's records copied out of the vault: the person record and every live record about them. */
struct PersonRecords
{
    QString personId;
    QVector<Record> records;
};

/** A person's records held in memory and read as the vault would answer, so a changed copy can be matched. */
class MemoryRecords : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(MemoryRecords)

public:
    explicit MemoryRecords(const PersonRecords &person);

    Result<Record> get(const QString &recordId) const override;
    Result<QVector<Record>> list(const QString &personId, const QString &kind) const override;
    Result<Record> single(const QString &personId, const QString &kind) const override;

private:
    const PersonRecords &m_person;
};

/** What a counterfactual changes: one protected characteristic (Equality Act 2010) or a neighbour of one. */
enum class FairnessAttribute
{
    Names,
    SexGender,
    Age,
    Disability,
    Pregnancy,
    ReligionEthnicity,
    Language,
};

/** The tool whose output is compared. */
enum class FairnessTool
{
    /** The person's top vacancies (Matches tab, `waymark-cli match --person`). */
    Matching,
    /** A vacancy's top people (Find people for a vacancy, `waymark-cli match --vacancy`). */
    VacancyMatching,
    NoteSuggestions,
    Prefill,
};

/** One counterfactual person: a copy of their records with one attribute changed. */
struct FairnessVariant
{
    FairnessAttribute attribute = FairnessAttribute::Names;
    /** Stable, untranslated: "names:polish", "note:pregnant", "adjustment:altered_hours". */
    QString key;
    /** The change in words, translated; it never holds a value from the person's records. */
    QString change;
    PersonRecords person;
    /** Per note record id, the spans of the changed note's text that the variant wrote ([start, end)). */
    QHash<QString, QVector<QPair<qsizetype, qsizetype>>> changedText;
    /** Prefill paths that read the changed field itself (person.given_name): they may differ. */
    QStringList changedPaths;
    /** The variant adds an adjustment the person agreed to share for matching: the one named exception. */
    bool sharedAdjustment = false;
};

/** One difference the check found, by id only: the report may go to people who must not see the caseload. */
struct FairnessFinding
{
    QString personId;
    FairnessAttribute attribute = FairnessAttribute::Names;
    QString variantKey;
    QString change;
    FairnessTool tool = FairnessTool::Matching;
    /** For the vacancy side, the vacancy whose list of people changed. */
    QString vacancyId;
    /** What differed, in words, translated (vacancy ids, concept labels, form fields; never a personal value). */
    QString detail;
    /** Empty for a difference; else why it is allowed, translated. */
    QString excuse;

    bool excused() const { return !excuse.isEmpty(); }
};

/** What the check found, in totals per attribute and as a list of every difference. */
struct FairnessReport
{
    Q_DECLARE_TR_FUNCTIONS(FairnessReport)

public:
    struct Tally
    {
        int people = 0;
        int variants = 0;
        int differences = 0;
        int excused = 0;
    };

    QMap<FairnessAttribute, Tally> tallies;
    QVector<FairnessFinding> findings;
    int peopleChecked = 0;
    int caseloadPeople = 0;
    int openVacancies = 0;
    int vacanciesSampled = 0;
    int top = 20;
    bool useAdjustments = true;
    /** Set by whoever took the vault's digest before and after; unset when the check ran on a copy only. */
    std::optional<bool> vaultUnchanged;

    /** Differences that are not excused, in the person's or a vacancy's ranking: `make test` fails on any. */
    int matchingDifferences() const;
    /** Every difference that is not excused, in any tool. */
    int differences() const;
    int excused() const;

    QString toText() const;
    QJsonObject toJson() const;
    /** Counts only, for the audit log. */
    QString auditDetail() const;

    static QString attributeKey(FairnessAttribute attribute);
    static QString attributeName(FairnessAttribute attribute);
    static QString toolKey(FairnessTool tool);
    static QString toolName(FairnessTool tool);
    static QVector<FairnessAttribute> attributes();
};

/**
 * The tools the check compares, run as the app runs them: MatchProfileBuilder and Matcher for rankings,
 * NoteExtractor for note suggestions, FormPrefill over the newest version of every form. Virtual so a test can
 * put in a deliberately unfair tool and prove the check catches it.
 */
class FairnessTools
{
public:
    /** `places` is read for postcode locations only (GeodataBundle), on whichever thread runs the check. */
    FairnessTools(std::shared_ptr<const MatchingContext> matching,
                  std::shared_ptr<const NoteExtractor> notes,
                  std::shared_ptr<const FormCatalogue> forms,
                  Database &places,
                  QString coachName,
                  QDate today);
    virtual ~FairnessTools();
    FairnessTools(const FairnessTools &) = delete;
    FairnessTools &operator=(const FairnessTools &) = delete;

    virtual Result<MatchProfile> profile(const RecordReader &records, const QString &personId) const;
    virtual QVector<ExtractedSuggestion> suggestions(const QString &noteText) const;
    /** Every prefilled value, keyed "form/field". */
    virtual Result<QMap<QString, QString>> prefill(const RecordReader &records, const QString &personId) const;

    const MatchingContext &matching() const { return *m_matching; }
    /** The prefill path a "form/field" key is bound to. */
    QString prefillPath(const QString &key) const { return m_paths.value(key); }
    QDate today() const { return m_today; }

private:
    std::shared_ptr<const MatchingContext> m_matching;
    std::shared_ptr<const NoteExtractor> m_notes;
    std::shared_ptr<const FormCatalogue> m_forms;
    Database &m_places;
    QString m_coachName;
    QDate m_today;
    QHash<QString, QString> m_paths;
};

/**
 * Counterfactual fairness checks on a vault's own caseload (issue 17 §3, docs/responsible-ai.md). For each
 * person checked it makes variants that change only one attribute (names from different origins, sex and
 * gender words in notes, age, a disability or health condition in a note, pregnancy or maternity, religion or
 * ethnicity, preferred language) and compares what each tool gives the variant with what it gives the person:
 *   - the top vacancies for the person must be the same, in the same order;
 *   - for a sample of vacancies, the top people must be the same, in the same order;
 *   - the note suggestions must be the same concepts, except a skill stated by the changed text itself;
 *   - the prefill must be the same, except the fields that read the changed field itself.
 * A matching difference is excused only by name: the shared adjustments, when the coach's switch uses them.
 *
 * It works on copies in memory: the vault is read once (copyCaseload) and never written.
 */
class FairnessCheck
{
    Q_DECLARE_TR_FUNCTIONS(FairnessCheck)

public:
    struct Options
    {
        /** How many people to check (spread evenly over the caseload); 0 checks everyone. */
        int people = 0;
        /** How many vacancies to check from the vacancy side (spread evenly over the open ones). */
        int vacancies = 10;
        int top = 20;
        /** The coach's switch for shared adjustments, as on the Matches tab. */
        bool useAdjustments = true;
    };
    /** Return false to stop; `done` of `total` people are checked. */
    using Progress = std::function<bool(int done, int total)>;

    FairnessCheck(std::shared_ptr<const FairnessTools> tools, QVector<PersonRecords> caseload, Options options);

    /** Copies every open person's records out of the vault, in caseload order. */
    static Result<QVector<PersonRecords>> copyCaseload(const RecordStore &records);
    /** The variants of one person, in attribute order. */
    static QVector<FairnessVariant> variants(const PersonRecords &person, const QDate &today);
    /** A digest of every row of every table, to prove the vault was left as it was. */
    static Result<QByteArray> vaultDigest(Database &db);
    /** Audits that the check ran, with its counts only. */
    static Status audit(AuditLog &audit, const FairnessReport &report);

    /**
     * Everything a check needs, taken from an open vault on its own thread: the caseload copied into memory, the
     * tools the app uses, and a read connection (for postcode places) so run() may then go to a worker thread.
     */
    static Result<std::shared_ptr<FairnessRun>> prepare(VaultServices &services, const Options &options);

    /** Runs the check; a Progress that returns false stops it with ErrorCode::Cancelled. */
    Result<FairnessReport> run(const Progress &progress = {}) const;

private:
    struct NoteResult;

    QVector<int> sampledVacancies() const;
    QVector<int> checkedPeople() const;
    Result<QStringList> ranking(const MatchProfile &profile) const;
    QStringList vacancyRanking(int vacancy,
                               const QVector<QPair<QString, MatchProfile>> &pool,
                               const QString &personId,
                               const MatchProfile *replacement) const;
    QHash<QString, NoteResult> noteSuggestions(const PersonRecords &person, const QHash<QString, QString> &only) const;

    std::shared_ptr<const FairnessTools> m_tools;
    QVector<PersonRecords> m_caseload;
    Options m_options;
};

/** A check ready to run on any one thread, with the read connection it owns (FairnessCheck::prepare). */
struct FairnessRun
{
    // Declared first so it is closed last: the tools read places through it.
    std::unique_ptr<Database> connection;
    std::unique_ptr<FairnessCheck> check;

    ~FairnessRun();
};

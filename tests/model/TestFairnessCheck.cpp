#include "model/demo/DemoCaseload.h"
#include "model/session/FairnessCheck.h"
#include "model/session/MatchingContextLoader.h"
#include "model/session/VaultServices.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

namespace
{
    /**
     * A deliberately unfair matching profile: someone over 50 loses every skill and is kept to vacancies next door.
     * This is the kind of mistake the check exists to catch (a builder that reads the date of birth).
     */
    class AgeBiasedTools : public FairnessTools
    {
    public:
        using FairnessTools::FairnessTools;

        Result<MatchProfile> profile(const RecordReader &records, const QString &personId) const override
        {
            auto profile = FairnessTools::profile(records, personId);
            auto person = records.get(personId);
            const QDate born = QDate::fromString(person->value("date_of_birth"), Qt::ISODate);
            if (profile && born.isValid() && born.addYears(50) < today()) {
                profile->skills.clear();
                profile->maxDistanceKm = 0.01;
            }
            return profile;
        }
    };
} // namespace

/** FairnessCheck: counterfactual variants of each person, compared tool by tool. */
class TestFairnessCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void variantsChangeOnlyTheirAttribute();
    void genderWordsAreSwappedWhereTheNotesHaveThem();
    void fairCodeShowsNoDifferenceInMatching();
    void catchesAnUnfairMatchingProfile();
    void excusesASkillTheChangedTextStates();
    void sharedAdjustmentsAreTheNamedExceptionAndCanBeSwitchedOff();
    void leavesTheVaultUnchanged();
    void reportHoldsIdsNeverNames();
    void auditsCountsOnly();
    void stopsWhenAsked();

private:
    FairnessCheck makeCheck(FairnessCheck::Options options, bool unfair = false);
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<VaultServices> m_services;
};

void TestFairnessCheck::initTestCase()
{
    m_vault = Fixtures::create(m_dir);
    QVERIFY(m_vault);
    QVERIFY(DemoCaseload::generate(*m_vault, 16, 7));
    QVERIFY(DemoCaseload::addVacancies(*m_vault, 400, 7));
    m_services = std::make_unique<VaultServices>(*m_vault);
}

FairnessCheck TestFairnessCheck::makeCheck(FairnessCheck::Options options, bool unfair)
{
    auto context = m_services->matchingContexts().context();
    auto extractor = m_services->noteExtractor();
    auto catalogue = m_services->formCatalogue();
    auto caseload = FairnessCheck::copyCaseload(m_vault->records());
    if (!context || !extractor || !catalogue || !caseload)
        qFatal("The test vault's services cannot be read");
    std::shared_ptr<const FairnessTools> tools;
    if (unfair)
        tools = std::make_shared<const AgeBiasedTools>(context.value(),
                                                       extractor.value(),
                                                       catalogue.value(),
                                                       m_vault->database(),
                                                       m_vault->ownerName(),
                                                       QDate::currentDate());
    else
        tools = std::make_shared<const FairnessTools>(context.value(),
                                                      extractor.value(),
                                                      catalogue.value(),
                                                      m_vault->database(),
                                                      m_vault->ownerName(),
                                                      QDate::currentDate());
    return FairnessCheck(tools, caseload.value(), options);
}

void TestFairnessCheck::variantsChangeOnlyTheirAttribute()
{
    PersonRecords person;
    person.personId = "p1";
    Record self;
    self.id = "p1";
    self.personId = "p1";
    self.kind = Kinds::Person;
    self.fields = {{"given_name", "Siân"},
                   {"family_name", "Evans"},
                   {"date_of_birth", "1990-04-01"},
                   {"preferred_language", "cy"},
                   {"postcode", "CF10 1AA"}};
    Record note;
    note.id = "n1";
    note.personId = "p1";
    note.kind = Kinds::Note;
    note.fields = {{"text", "Siân has worked in a café for two years."}};
    person.records = {self, note};

    const QDate today(2026, 12, 7);
    const QVector<FairnessVariant> variants = FairnessCheck::variants(person, today);
    QSet<int> attributes;
    for (const FairnessVariant &v : variants) {
        attributes.insert(int(v.attribute));
        QVERIFY2(!v.change.isEmpty(), qPrintable(v.key));
        QCOMPARE(v.person.personId, person.personId);
        const MemoryRecords records(v.person);
        const Record changed = records.get("p1").value();
        // Every field but the ones the attribute is about stays as it was.
        for (const QString field : {"postcode", "date_of_birth", "given_name", "family_name", "preferred_language"}) {
            const bool allowed = (v.attribute == FairnessAttribute::Names &&
                                  (field == QLatin1String("given_name") || field == QLatin1String("family_name"))) ||
                                 (v.attribute == FairnessAttribute::Age && field == QLatin1String("date_of_birth")) ||
                                 (v.key.startsWith("language:") && field == QLatin1String("preferred_language"));
            if (!allowed)
                QVERIFY2(changed.value(field) == self.value(field), qPrintable(v.key + " " + field));
            else
                QVERIFY2(changed.value(field) != self.value(field), qPrintable(v.key + " " + field));
        }
    }
    QCOMPARE(attributes.size(), FairnessReport::attributes().size());

    const auto polish = std::find_if(
        variants.cbegin(), variants.cend(), [](const auto &v) { return v.key == QLatin1String("names:polish"); });
    QVERIFY(polish != variants.cend());
    // The name is changed in the note too, and the span written is recorded.
    const QString text = MemoryRecords(polish->person).get("n1")->value("text");
    QCOMPARE(text, QStringLiteral("Agnieszka has worked in a café for two years."));
    QCOMPARE(polish->changedText.value("n1").size(), 1);
    QCOMPARE(polish->changedText.value("n1").first(), (QPair<qsizetype, qsizetype>(0, 9)));

    const auto age = std::find_if(
        variants.cbegin(), variants.cend(), [](const auto &v) { return v.key == QLatin1String("age:61"); });
    QVERIFY(age != variants.cend());
    const QDate born = QDate::fromString(MemoryRecords(age->person).get("p1")->value("date_of_birth"), Qt::ISODate);
    QCOMPARE(born.addYears(61) <= today && born.addYears(62) > today, true);

    const auto pregnant = std::find_if(
        variants.cbegin(), variants.cend(), [](const auto &v) { return v.key == QLatin1String("note:pregnant"); });
    QVERIFY(pregnant != variants.cend());
    const QString withSentence = MemoryRecords(pregnant->person).get("n1")->value("text");
    const auto span = pregnant->changedText.value("n1").first();
    QCOMPARE(withSentence.mid(span.first, span.second - span.first), QStringLiteral("Is pregnant."));
    QVERIFY(withSentence.startsWith(note.value("text")));
}

void TestFairnessCheck::genderWordsAreSwappedWhereTheNotesHaveThem()
{
    PersonRecords person;
    person.personId = "p1";
    Record self;
    self.id = "p1";
    self.personId = "p1";
    self.kind = Kinds::Person;
    self.fields = {{"given_name", "Sam"}, {"family_name", "Jones"}};
    Record note;
    note.id = "n1";
    note.personId = "p1";
    note.kind = Kinds::Note;
    note.fields = {{"text", "She said her husband drives. Shell garage job."}};
    person.records = {self, note};
    const QVector<FairnessVariant> variants = FairnessCheck::variants(person, QDate(2026, 12, 7));
    const auto male = std::find_if(
        variants.cbegin(), variants.cend(), [](const auto &v) { return v.key == QLatin1String("gender:male"); });
    QVERIFY(male != variants.cend());
    // Whole words only ("Shell" stays), the first letter's case kept.
    QCOMPARE(MemoryRecords(male->person).get("n1")->value("text"),
             QStringLiteral("He said his husband drives. Shell garage job."));
    QCOMPARE(male->changedText.value("n1").size(), 2);
}

void TestFairnessCheck::fairCodeShowsNoDifferenceInMatching()
{
    FairnessCheck::Options options;
    options.vacancies = 5;
    const auto report = makeCheck(options).run();
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    // Everyone open on the caseload (the demo closes some cases).
    QVERIFY(report->peopleChecked > 8);
    QCOMPARE(report->peopleChecked, report->caseloadPeople);
    QCOMPARE(report->vacanciesSampled, 5);
    QVERIFY2(report->matchingDifferences() == 0, qPrintable(report->toText()));
    for (FairnessAttribute attribute : FairnessReport::attributes()) {
        QCOMPARE(report->tallies.value(attribute).people, report->peopleChecked);
        QVERIFY(report->tallies.value(attribute).variants >= report->peopleChecked);
    }
    // Prefill differs only in the changed fields themselves, which are not differences.
    for (const FairnessFinding &f : report->findings)
        QVERIFY2(f.tool != FairnessTool::Prefill, qPrintable(f.detail));
}

void TestFairnessCheck::catchesAnUnfairMatchingProfile()
{
    FairnessCheck::Options options;
    // Enough vacancies that some rank the changed person among others by their skills.
    options.vacancies = 60;
    const auto report = makeCheck(options, true).run();
    QVERIFY(report);
    QVERIFY(report->matchingDifferences() > 0);
    bool personSide = false;
    bool vacancySide = false;
    for (const FairnessFinding &f : report->findings) {
        if (f.tool != FairnessTool::Matching && f.tool != FairnessTool::VacancyMatching)
            continue;
        if (f.excused()) {
            // The named exception stays what it is; the bias is never excused.
            QCOMPARE(f.variantKey, QStringLiteral("adjustment:altered_hours"));
            continue;
        }
        // Only the age variants meet the bias.
        QCOMPARE(f.attribute, FairnessAttribute::Age);
        QVERIFY(!f.personId.isEmpty());
        QVERIFY(!f.detail.isEmpty());
        personSide = personSide || f.tool == FairnessTool::Matching;
        vacancySide = vacancySide || (f.tool == FairnessTool::VacancyMatching && !f.vacancyId.isEmpty());
    }
    QVERIFY(personSide);
    QVERIFY(vacancySide);
    QVERIFY(report->toText().contains(FairnessReport::attributeName(FairnessAttribute::Age)));
}

void TestFairnessCheck::excusesASkillTheChangedTextStates()
{
    FairnessCheck::Options options;
    options.vacancies = 1;
    const auto report = makeCheck(options).run();
    QVERIFY(report);
    bool welsh = false;
    for (const FairnessFinding &f : report->findings) {
        if (f.variantKey == QLatin1String("note:speaks-welsh") && f.tool == FairnessTool::NoteSuggestions &&
            f.detail.contains("Welsh language")) {
            welsh = true;
            QVERIFY2(f.excused(), qPrintable(f.detail));
        }
        // A note suggestion is excused only as a skill the changed text states, never for another reason.
        if (f.tool == FairnessTool::NoteSuggestions && f.excused())
            QCOMPARE(f.excuse, FairnessCheck::tr("the changed text itself states this skill"));
    }
    QVERIFY(welsh);
}

void TestFairnessCheck::sharedAdjustmentsAreTheNamedExceptionAndCanBeSwitchedOff()
{
    FairnessCheck::Options options;
    options.vacancies = 5;
    const auto on = makeCheck(options).run();
    QVERIFY(on);
    int excused = 0;
    for (const FairnessFinding &f : on->findings) {
        if (f.tool != FairnessTool::Matching && f.tool != FairnessTool::VacancyMatching)
            continue;
        QCOMPARE(f.variantKey, QStringLiteral("adjustment:altered_hours"));
        QVERIFY(f.excused());
        QVERIFY(f.excuse.contains("shared adjustments"));
        ++excused;
    }
    QVERIFY2(excused > 0, "a shared altered-hours adjustment should move some vacancies over 30 hours down");
    QCOMPARE(on->matchingDifferences(), 0);

    options.useAdjustments = false;
    const auto off = makeCheck(options).run();
    QVERIFY(off);
    QVERIFY(!off->useAdjustments);
    for (const FairnessFinding &f : off->findings)
        QVERIFY2(f.tool != FairnessTool::Matching && f.tool != FairnessTool::VacancyMatching, qPrintable(f.detail));
}

void TestFairnessCheck::leavesTheVaultUnchanged()
{
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    const auto digestBefore = FairnessCheck::vaultDigest(m_vault->database());
    QVERIFY(digestBefore);
    FairnessCheck::Options options;
    options.people = 4;
    options.vacancies = 2;
    QVERIFY(makeCheck(options).run());
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    const auto digestAfter = FairnessCheck::vaultDigest(m_vault->database());
    QVERIFY(digestAfter);
    QCOMPARE(digestAfter.value(), digestBefore.value());

    // The digest does see a change, so "unchanged" means something.
    const QString person = m_vault->records().caseload()->first().id;
    QVERIFY(m_vault->records().add(person, Kinds::Note, {{"text", "Rang to check in."}}));
    QVERIFY(FairnessCheck::vaultDigest(m_vault->database()).value() != digestBefore.value());
}

void TestFairnessCheck::reportHoldsIdsNeverNames()
{
    FairnessCheck::Options options;
    options.vacancies = 2;
    const auto report = makeCheck(options, true).run();
    QVERIFY(report);
    const QString text = report->toText();
    const QString json = QString::fromUtf8(QJsonDocument(report->toJson()).toJson());
    const QVector<PersonSummary> caseload = m_vault->records().caseload().value();
    for (const PersonSummary &person : caseload) {
        for (const QString &name : {person.givenName, person.familyName}) {
            const QRegularExpression word("\\b" + QRegularExpression::escape(name) + "\\b");
            QVERIFY2(!text.contains(word), qPrintable(name));
            QVERIFY2(!json.contains(word), qPrintable(name));
        }
    }
    QVERIFY(!report->findings.isEmpty());
    QVERIFY(text.contains(report->findings.first().personId));
}

void TestFairnessCheck::auditsCountsOnly()
{
    FairnessCheck::Options options;
    options.people = 2;
    options.vacancies = 1;
    const auto report = makeCheck(options).run();
    QVERIFY(report);
    QVERIFY(FairnessCheck::audit(m_vault->audit(), report.value()));
    const auto entries = m_vault->audit().entriesFor({QString(AuditAction::FairnessCheck)});
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const QString detail = entries->first().detail;
    QVERIFY(detail.startsWith("people=2,"));
    QVERIFY(detail.contains("matching_differences=0"));
    const QVector<PersonSummary> caseload = m_vault->records().caseload().value();
    for (const PersonSummary &person : caseload)
        QVERIFY(!detail.contains(person.id));
}

void TestFairnessCheck::stopsWhenAsked()
{
    FairnessCheck::Options options;
    options.vacancies = 1;
    int calls = 0;
    const auto report = makeCheck(options).run([&calls](int, int) { return ++calls < 3; });
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 3);
}

QTEST_GUILESS_MAIN(TestFairnessCheck)
#include "TestFairnessCheck.moc"

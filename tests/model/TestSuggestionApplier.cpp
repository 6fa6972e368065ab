#include "model/matching/TaxonomyVersion.h"
#include "model/notes/SuggestionApplier.h"
#include "model/notes/SuggestionAuditDetail.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "../support/Fixtures.h"

Q_DECLARE_METATYPE(ExtractedSuggestion::Kind)

/** Accepting, editing and rejecting note suggestions: where each kind goes in the case and its audit. */
class TestSuggestionApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void skillAndLicenceBecomeSkills_data();
    void skillAndLicenceBecomeSkills();
    void editedValueIsWritten();
    void duplicateSkillIsNotAddedTwice();
    void jobGoalAndQualification();
    void hoursGoToCircumstancesKeepingOtherFields();
    void availabilityNamingDaysGoesToCircumstances();
    void invalidHoursAreRefusedBesideTheField();
    void kindsWithoutCaseTargetAreRefused_data();
    void kindsWithoutCaseTargetAreRefused();
    void rejectionWritesOnlyAnAuditEntry();
    void formUseIsAudited();
    void auditHoldsNoNoteText();
    void extractedSuggestionAppliesEndToEnd();
    void everyEntryNamesEngineAndTaxonomy();
    void shownIsAuditedOnceWithCountsByKind();
    void decisionsSayHowLongAfterShown();
    void auditDetailReadsOldAndNewEntries();

private:
    static ExtractedSuggestion suggestion(ExtractedSuggestion::Kind kind,
                                          const QString &value,
                                          const QString &conceptId = {},
                                          const QString &preferredLabel = {});
    QVector<AuditEntry> audit(const QString &action) const;
    int recordCount() const;
    RecordStore &store() { return m_vault->records(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SuggestionApplier> m_applier;
    QString m_person;
};

ExtractedSuggestion TestSuggestionApplier::suggestion(ExtractedSuggestion::Kind kind,
                                                      const QString &value,
                                                      const QString &conceptId,
                                                      const QString &preferredLabel)
{
    ExtractedSuggestion s;
    s.kind = kind;
    s.value = value;
    s.conceptId = conceptId;
    s.preferredLabel = preferredLabel;
    s.sentence = QStringLiteral("A private sentence about Siân.");
    return s;
}

void TestSuggestionApplier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    auto id = store().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}});
    QVERIFY(id);
    m_person = id.value();
    m_applier = std::make_unique<SuggestionApplier>(store(), m_vault->audit());
}

void TestSuggestionApplier::cleanup()
{
    m_applier.reset();
    m_vault.reset();
    m_dir.reset();
}

QVector<AuditEntry> TestSuggestionApplier::audit(const QString &action) const
{
    QVector<AuditEntry> found;
    auto entries = m_vault->audit().entries(m_person);
    if (!entries)
        return found;
    for (const AuditEntry &e : entries.value()) {
        if (e.action == action)
            found.append(e);
    }
    // Oldest first, as the decisions were made.
    std::sort(found.begin(), found.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.seq < b.seq; });
    return found;
}

int TestSuggestionApplier::recordCount() const
{
    auto all = m_vault->records().allForPerson(m_person);
    return all ? int(all->size()) : -1;
}

void TestSuggestionApplier::skillAndLicenceBecomeSkills_data()
{
    QTest::addColumn<ExtractedSuggestion::Kind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("conceptId");
    QTest::addColumn<QString>("preferredLabel");
    QTest::addColumn<QString>("label");
    QTest::addRow("mapped skill") << ExtractedSuggestion::Kind::Skill << "customer service"
                                  << "uk:skill:customer-service"
                                  << "Customer service"
                                  << "Customer service";
    QTest::addRow("licence") << ExtractedSuggestion::Kind::Licence << "forklift licence"
                             << "uk:skill:forklift-licence"
                             << "forklift licence"
                             << "forklift licence";
    QTest::addRow("unmapped skill") << ExtractedSuggestion::Kind::Skill << "dry stone walling" << QString() << QString()
                                    << "dry stone walling";
}

void TestSuggestionApplier::skillAndLicenceBecomeSkills()
{
    QFETCH(ExtractedSuggestion::Kind, kind);
    QFETCH(QString, value);
    QFETCH(QString, conceptId);
    QFETCH(QString, preferredLabel);
    QFETCH(QString, label);
    QSignalSpy changed(&store(), &RecordStore::personChanged);

    auto outcome = m_applier->accept(m_person, suggestion(kind, value, conceptId, preferredLabel));
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QVERIFY(outcome->written);
    QCOMPARE(outcome->target, QStringLiteral("skill.label"));
    QVERIFY(outcome->message.contains(label));
    auto skills = store().list(m_person, Kinds::Skill);
    QCOMPARE(skills->size(), 1);
    QCOMPARE(skills->first().value("label"), label);
    QCOMPARE(skills->first().value("taxonomy_id"), conceptId);
    QCOMPARE(skills->first().value("source"), QStringLiteral("self_reported"));
    QCOMPARE(skills->first().id, outcome->recordId);
    QCOMPARE(changed.size(), 1);

    const auto accepted = audit("suggestion_accepted");
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(SuggestionAuditDetail::parse(accepted.first().detail).head,
             ExtractedSuggestion::kindName(kind) + ":skill.label");
    QVERIFY(audit("suggestion_edited").isEmpty());
}

void TestSuggestionApplier::editedValueIsWritten()
{
    const auto s = suggestion(ExtractedSuggestion::Kind::Skill, "forklift", "uk:skill:forklift", "Forklift driving");
    auto outcome = m_applier->accept(m_person, s, "  Counterbalance forklift driving ");
    QVERIFY(outcome);
    QVERIFY(outcome->written);
    auto skills = store().list(m_person, Kinds::Skill);
    QCOMPARE(skills->size(), 1);
    QCOMPARE(skills->first().value("label"), QStringLiteral("Counterbalance forklift driving"));
    QCOMPARE(audit("suggestion_edited").size(), 1);
    QVERIFY(audit("suggestion_accepted").isEmpty());

    // The suggested value typed back unchanged is a plain acceptance.
    const auto goal = suggestion(ExtractedSuggestion::Kind::JobGoal, "care assistant", "uk:occ:care", "Care worker");
    QVERIFY(m_applier->accept(m_person, goal, "Care worker"));
    QCOMPARE(audit("suggestion_accepted").size(), 1);
}

void TestSuggestionApplier::duplicateSkillIsNotAddedTwice()
{
    QVERIFY(store().add(m_person, Kinds::Skill, {{"label", "Forklift licence"}, {"source", "work_history"}}));
    const int before = recordCount();

    // Same label, any case.
    auto outcome = m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Licence, "forklift licence"));
    QVERIFY(outcome);
    QVERIFY(!outcome->written);
    QVERIFY(outcome->message.contains("already on the case"));
    QCOMPARE(recordCount(), before);

    // Same concept, another label.
    const auto mapped = suggestion(ExtractedSuggestion::Kind::Skill, "till work", "uk:skill:cash", "Cash handling");
    QVERIFY(m_applier->accept(m_person, mapped)->written);
    QCOMPARE(recordCount(), before + 1);
    outcome = m_applier->accept(m_person, mapped, "Handling cash");
    QVERIFY(outcome);
    QVERIFY(!outcome->written);
    QCOMPARE(recordCount(), before + 1);

    // Each decision is still audited, and says nothing was written.
    const auto accepted = audit("suggestion_accepted");
    QCOMPARE(accepted.size(), 2);
    QCOMPARE(SuggestionAuditDetail::parse(accepted.first().detail).head, QStringLiteral("licence:skill.label:present"));
    QCOMPARE(audit("suggestion_edited").size(), 1);
    QCOMPARE(SuggestionAuditDetail::parse(audit("suggestion_edited").first().detail).head,
             QStringLiteral("skill:skill.label:present"));
}

void TestSuggestionApplier::jobGoalAndQualification()
{
    auto goal = m_applier->accept(
        m_person,
        suggestion(ExtractedSuggestion::Kind::JobGoal, "care assistant", "uk:occ:care-worker", "Care worker"));
    QVERIFY(goal);
    QCOMPARE(goal->target, QStringLiteral("job_goal.title"));
    auto goals = store().list(m_person, Kinds::JobGoal);
    QCOMPARE(goals->size(), 1);
    QCOMPARE(goals->first().value("title"), QStringLiteral("Care worker"));
    QCOMPARE(goals->first().value("occupation_id"), QStringLiteral("uk:occ:care-worker"));
    // The same occupation is not a second goal.
    QVERIFY(!m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::JobGoal, "carer", "uk:occ:care-worker"))
                 ->written);
    QCOMPARE(store().list(m_person, Kinds::JobGoal)->size(), 1);

    auto qualification =
        m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Qualification, "GCSE maths"), "GCSE Maths");
    QVERIFY(qualification);
    QCOMPARE(qualification->target, QStringLiteral("qualification.title"));
    auto qualifications = store().list(m_person, Kinds::Qualification);
    QCOMPARE(qualifications->size(), 1);
    QCOMPARE(qualifications->first().value("title"), QStringLiteral("GCSE Maths"));
    QCOMPARE(qualifications->first().value("category"), QStringLiteral("qualification"));
    QCOMPARE(audit("suggestion_accepted").size(), 2);
    QCOMPARE(audit("suggestion_edited").size(), 1);
}

void TestSuggestionApplier::hoursGoToCircumstancesKeepingOtherFields()
{
    // No circumstances yet: the record is created.
    auto first = m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Hours, "16"));
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->target, QStringLiteral("circumstances.hours_available"));
    auto circumstances = store().single(m_person, Kinds::Circumstances);
    QCOMPARE(circumstances->value("hours_available"), QStringLiteral("16"));

    // Then it is updated, and the other fields stay.
    QVERIFY(store().update(circumstances->id, {{"driving_licence", "full"}, {"caring_responsibilities", "Gwen"}}));
    auto second = m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Hours, "16"), "20");
    QVERIFY(second);
    QVERIFY(second->written);
    QCOMPARE(second->recordId, circumstances->id);
    circumstances = store().single(m_person, Kinds::Circumstances);
    QCOMPARE(circumstances->value("hours_available"), QStringLiteral("20"));
    QCOMPARE(circumstances->value("driving_licence"), QStringLiteral("full"));
    QCOMPARE(circumstances->value("caring_responsibilities"), QStringLiteral("Gwen"));
    QCOMPARE(store().list(m_person, Kinds::Circumstances)->size(), 1);

    // The same hours again change nothing.
    auto same = m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Hours, "20"));
    QVERIFY(same);
    QVERIFY(!same->written);
    QCOMPARE(audit("suggestion_accepted").size(), 2);
    QCOMPARE(audit("suggestion_edited").size(), 1);
}

void TestSuggestionApplier::availabilityNamingDaysGoesToCircumstances()
{
    QVERIFY(SuggestionApplier::hasCaseTarget(suggestion(ExtractedSuggestion::Kind::Availability, "weekdays only")));
    QVERIFY(!SuggestionApplier::hasCaseTarget(suggestion(ExtractedSuggestion::Kind::Availability, "mornings only")));
    QCOMPARE(SuggestionApplier::daysFor("weekends"), QStringLiteral("sat,sun"));
    QCOMPARE(SuggestionApplier::daysFor("not weekends"), QStringLiteral("mon,tue,wed,thu,fri"));
    QCOMPARE(SuggestionApplier::daysFor("Friday, Monday and Tuesday"), QStringLiteral("mon,tue,fri"));
    QVERIFY(SuggestionApplier::daysFor("not mornings").isEmpty());

    auto outcome = m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Availability, "weekends only"));
    QVERIFY(outcome);
    QCOMPARE(outcome->target, QStringLiteral("circumstances.days_available"));
    QCOMPARE(store().single(m_person, Kinds::Circumstances)->value("days_available"), QStringLiteral("sat,sun"));

    const int before = recordCount();
    auto refused = m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Availability, "mornings only"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QVERIFY(refused.error().message.contains("open form"));
    QCOMPARE(recordCount(), before);
}

void TestSuggestionApplier::invalidHoursAreRefusedBesideTheField()
{
    const int before = recordCount();
    const int audited = int(m_vault->audit().entries(m_person)->size());
    auto outcome = m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Hours, "16"), "200");
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, ErrorCode::Invalid);
    QVERIFY(!outcome.error().message.isEmpty());
    QCOMPARE(recordCount(), before);
    // The failed write rolled back with its audit entry.
    QCOMPARE(int(m_vault->audit().entries(m_person)->size()), audited);
}

void TestSuggestionApplier::kindsWithoutCaseTargetAreRefused_data()
{
    QTest::addColumn<ExtractedSuggestion::Kind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addRow("date") << ExtractedSuggestion::Kind::Date << "2026-03-01";
    QTest::addRow("duration") << ExtractedSuggestion::Kind::Duration << "P3Y";
    QTest::addRow("barrier") << ExtractedSuggestion::Kind::Barrier << "childcare";
}

void TestSuggestionApplier::kindsWithoutCaseTargetAreRefused()
{
    QFETCH(ExtractedSuggestion::Kind, kind);
    QFETCH(QString, value);
    QVERIFY(!SuggestionApplier::hasCaseTarget(kind));
    QCOMPARE(SuggestionApplier::targetDescription(kind), QStringLiteral("Only for an open form"));
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto outcome = m_applier->accept(m_person, suggestion(kind, value));
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, ErrorCode::NotAllowed);
    QCOMPARE(outcome.error().message,
             QStringLiteral("This suggestion has no place in the case. It can only be used in an open form."));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestSuggestionApplier::rejectionWritesOnlyAnAuditEntry()
{
    QVERIFY(store().add(m_person, Kinds::Note, {{"text", "Has a forklift licence."}}));
    auto recordsBefore = store().allForPerson(m_person);
    QVERIFY(recordsBefore);
    const int auditBefore = int(m_vault->audit().entries()->size());
    QSignalSpy changed(&store(), &RecordStore::personChanged);

    QVERIFY(m_applier->reject(m_person, suggestion(ExtractedSuggestion::Kind::Licence, "forklift licence")));
    QVERIFY(m_applier->reject(m_person, suggestion(ExtractedSuggestion::Kind::Date, "2026-03-01")));

    auto recordsAfter = store().allForPerson(m_person);
    QCOMPARE(recordsAfter->size(), recordsBefore->size());
    for (int i = 0; i < recordsBefore->size(); ++i) {
        QCOMPARE(recordsAfter->at(i).id, recordsBefore->at(i).id);
        QCOMPARE(recordsAfter->at(i).fields, recordsBefore->at(i).fields);
    }
    QCOMPARE(int(m_vault->audit().entries()->size()), auditBefore + 2);
    const auto rejected = audit("suggestion_rejected");
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(SuggestionAuditDetail::parse(rejected.at(0).detail).head, QStringLiteral("licence"));
    QCOMPARE(SuggestionAuditDetail::parse(rejected.at(1).detail).head, QStringLiteral("date"));
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_vault->audit().verify()->intact());
}

void TestSuggestionApplier::formUseIsAudited()
{
    const int before = recordCount();
    const auto date = suggestion(ExtractedSuggestion::Kind::Date, "2026-03-01");
    QVERIFY(m_applier->recordFormUse(m_person, date, "2026-03-01"));
    QVERIFY(m_applier->recordFormUse(m_person, date, "2026-03-02"));
    QCOMPARE(recordCount(), before);
    const auto used = audit("suggestion_used_in_form");
    QCOMPARE(used.size(), 2);
    QCOMPARE(SuggestionAuditDetail::parse(used.at(0).detail).head, QStringLiteral("date:form"));
    QCOMPARE(SuggestionAuditDetail::parse(used.at(1).detail).head, QStringLiteral("date:form:edited"));
}

void TestSuggestionApplier::auditHoldsNoNoteText()
{
    QVERIFY(m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Skill, "welding"), "MIG welding"));
    QVERIFY(m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Hours, "16")));
    QVERIFY(m_applier->reject(m_person, suggestion(ExtractedSuggestion::Kind::Barrier, "childcare")));
    auto entries = m_vault->audit().entries();
    QVERIFY(entries);
    for (const AuditEntry &e : entries.value()) {
        // The object is an id (the person's or a record's): random hex that may well contain "16".
        QVERIFY2(e.object.isEmpty() || QByteArray::fromHex(e.object.toLatin1()).toHex() == e.object.toLatin1(),
                 qPrintable(e.object));
        const QString all = e.action + QLatin1Char(' ') + e.detail;
        for (const QString secret : {"welding", "private", "Siân", "childcare", "16"})
            QVERIFY2(!all.contains(secret, Qt::CaseInsensitive), qPrintable(all));
    }
}

void TestSuggestionApplier::extractedSuggestionAppliesEndToEnd()
{
    auto taxonomy = Taxonomy::builtIn();
    QVERIFY(taxonomy);
    const NoteExtractor extractor(
        std::make_shared<SkillNormaliser>(std::make_shared<const Taxonomy>(std::move(taxonomy.value()))));
    const auto suggestions =
        extractor.extract("She has a forklift licence and can do 16 hours a week. Wants to be a care assistant.");
    int written = 0;
    for (const ExtractedSuggestion &s : suggestions) {
        if (!SuggestionApplier::hasCaseTarget(s))
            continue;
        auto outcome = m_applier->accept(m_person, s);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        written += outcome->written ? 1 : 0;
    }
    QVERIFY(written >= 3);
    QCOMPARE(store().list(m_person, Kinds::Skill)->size(), 1);
    QCOMPARE(store().list(m_person, Kinds::JobGoal)->size(), 1);
    QCOMPARE(store().single(m_person, Kinds::Circumstances)->value("hours_available"), QStringLiteral("16"));
}

void TestSuggestionApplier::everyEntryNamesEngineAndTaxonomy()
{
    auto taxonomy = Taxonomy::builtIn();
    QVERIFY(taxonomy);
    const QString version = TaxonomyVersion::of(taxonomy.value());
    QVERIFY(version.startsWith(QStringLiteral("builtin-")));
    m_applier->setVersions(version);
    const auto skill = suggestion(ExtractedSuggestion::Kind::Skill, "welding");
    QVERIFY(m_applier->shown(m_person, {skill}));
    QVERIFY(m_applier->accept(m_person, skill));
    QVERIFY(m_applier->accept(m_person, suggestion(ExtractedSuggestion::Kind::Skill, "plastering"), "Dry lining"));
    QVERIFY(m_applier->reject(m_person, suggestion(ExtractedSuggestion::Kind::Barrier, "childcare")));
    QVERIFY(m_applier->recordFormUse(m_person, suggestion(ExtractedSuggestion::Kind::Date, "2026-03-01"), {}));
    int checked = 0;
    for (const QString action : {"suggestion_shown",
                                 "suggestion_accepted",
                                 "suggestion_edited",
                                 "suggestion_rejected",
                                 "suggestion_used_in_form"}) {
        const auto entries = audit(action);
        QCOMPARE(entries.size(), 1);
        const SuggestionAuditDetail detail = SuggestionAuditDetail::parse(entries.first().detail);
        QCOMPARE(detail.engine, QString(EngineVersion::NoteExtractor));
        QCOMPARE(detail.taxonomy, version);
        ++checked;
    }
    QCOMPARE(checked, 5);
}

void TestSuggestionApplier::shownIsAuditedOnceWithCountsByKind()
{
    const QVector<ExtractedSuggestion> first{suggestion(ExtractedSuggestion::Kind::Skill, "welding"),
                                             suggestion(ExtractedSuggestion::Kind::Skill, "plastering"),
                                             suggestion(ExtractedSuggestion::Kind::Date, "2026-03-01")};
    QVERIFY(m_applier->shown(m_person, first));
    // The note read again with one more suggestion: only the new one is counted.
    QVERIFY(m_applier->shown(m_person,
                             first + QVector<ExtractedSuggestion>{suggestion(ExtractedSuggestion::Kind::Hours, "16")}));
    // Nothing new: nothing written.
    QVERIFY(m_applier->shown(m_person, first));
    const auto shown = audit("suggestion_shown");
    QCOMPARE(shown.size(), 2);
    QCOMPARE(SuggestionAuditDetail::parse(shown.at(0).detail).shownCounts(),
             (QMap<QString, int>{{"skill", 2}, {"date", 1}}));
    QCOMPARE(SuggestionAuditDetail::parse(shown.at(1).detail).shownCounts(), (QMap<QString, int>{{"hours", 1}}));
    for (const AuditEntry &e : shown) {
        for (const QString secret : {"welding", "plastering", "2026-03-01", "Siân", "private"})
            QVERIFY2(!e.detail.contains(secret, Qt::CaseInsensitive), qPrintable(e.detail));
    }
    // After forgetting (a lock), the same suggestions are shown afresh.
    m_applier->forgetShown();
    QVERIFY(m_applier->shown(m_person, first));
    QCOMPARE(audit("suggestion_shown").size(), 3);
}

void TestSuggestionApplier::decisionsSayHowLongAfterShown()
{
    qint64 now = 10'000;
    m_applier->setClock([&now] { return now; });
    const auto skill = suggestion(ExtractedSuggestion::Kind::Skill, "welding");
    const auto barrier = suggestion(ExtractedSuggestion::Kind::Barrier, "transport");
    QVERIFY(m_applier->shown(m_person, {skill, barrier}));
    now += 1'500;
    QVERIFY(m_applier->accept(m_person, skill));
    now += 7'000;
    QVERIFY(m_applier->reject(m_person, barrier));
    // Never shown through shown(): the time is not known, and the entry says nothing rather than guess.
    QVERIFY(m_applier->reject(m_person, suggestion(ExtractedSuggestion::Kind::Date, "2026-03-01")));
    QCOMPARE(SuggestionAuditDetail::parse(audit("suggestion_accepted").first().detail).afterMs, qint64(1'500));
    const auto rejected = audit("suggestion_rejected");
    QCOMPARE(SuggestionAuditDetail::parse(rejected.at(0).detail).afterMs, qint64(8'500));
    QCOMPARE(SuggestionAuditDetail::parse(rejected.at(1).detail).afterMs, qint64(-1));
}

void TestSuggestionApplier::auditDetailReadsOldAndNewEntries()
{
    const SuggestionAuditDetail old = SuggestionAuditDetail::parse(QStringLiteral("skill:skill.label:present"));
    QCOMPARE(old.head, QStringLiteral("skill:skill.label:present"));
    QCOMPARE(old.kind(), QStringLiteral("skill"));
    QVERIFY(old.engine.isEmpty());
    QCOMPARE(old.afterMs, qint64(-1));
    const SuggestionAuditDetail full{
        QStringLiteral("licence"), QStringLiteral("notes-1"), QStringLiteral("esco-0a1b2c3d"), 42};
    QCOMPARE(full.toString(), QStringLiteral("licence;engine=notes-1;taxonomy=esco-0a1b2c3d;after_ms=42"));
    const SuggestionAuditDetail back = SuggestionAuditDetail::parse(full.toString());
    QCOMPARE(back.toString(), full.toString());
    // Damaged numbers are read as unknown, not as zero.
    QCOMPARE(SuggestionAuditDetail::parse(QStringLiteral("skill;after_ms=-5")).afterMs, qint64(-1));
    QCOMPARE(SuggestionAuditDetail::parse(QStringLiteral("skill;after_ms=x")).afterMs, qint64(-1));
    QCOMPARE(SuggestionAuditDetail::parse(QStringLiteral("skill=x,date=2")).shownCounts(),
             (QMap<QString, int>{{"date", 2}}));
}

QTEST_GUILESS_MAIN(TestSuggestionApplier)
#include "TestSuggestionApplier.moc"

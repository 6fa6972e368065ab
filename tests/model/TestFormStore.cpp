#include "model/core/HybridClock.h"
#include "model/forms/FormLibrary.h"
#include "model/forms/FormPrefill.h"
#include "model/forms/FormStore.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Schema.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** Drafts autosave in the vault; finishing makes an immutable, numbered version. */
class TestFormStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void draftsSaveAndReload();
    void finishingChecksTheAnswers();
    void finishedVersionsAreNumberedAndNeverChange();
    void erasingThePersonRemovesTheirForms();
    void writesBackToTheCaseOnlySingleValues();
    void migrationKeepsTheNumbersShown();

private:
    FormDefinition form(const QString &id) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<FormStore> m_forms;
    QString m_person;
};

void TestFormStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    m_forms = std::make_unique<FormStore>(m_vault->database(), m_vault->audit(), m_vault->clock());
    m_person = m_vault->records().createPerson({{"given_name", "Rhys"}, {"family_name", "Owen"}}).value();
}

void TestFormStore::cleanup()
{
    m_forms.reset();
    m_vault.reset();
    m_dir.reset();
}

FormDefinition TestFormStore::form(const QString &id) const
{
    const auto forms = FormLibrary::builtIn();
    for (const FormDefinition &f : forms.value()) {
        if (f.id == id)
            return f;
    }
    return {};
}

void TestFormStore::draftsSaveAndReload()
{
    const FormDefinition referral = form("referral");
    FormDraft draft{{}, m_person, referral.id, referral.version, {}, "cy", {{"reason", "Debt worries"}}, {}, {}, {}};
    auto id = m_forms->saveDraft(draft);
    QVERIFY(id.ok());
    QVERIFY(m_forms->draft(id.value())->updateCase.isEmpty());
    draft.id = id.value();
    draft.answers.insert("service_type", "debt_advice");
    draft.updateCase = QStringList{"reason", "service_type"};
    QVERIFY(m_forms->saveDraft(draft).ok());
    const auto drafts = m_forms->drafts(m_person);
    QCOMPARE(drafts->size(), 1);
    QCOMPARE(drafts->first().updateCase, QStringList({"reason", "service_type"}));
    QCOMPARE(drafts->first().answers.value("service_type"), QStringLiteral("debt_advice"));
    QCOMPARE(drafts->first().answers.value("reason"), QStringLiteral("Debt worries"));
    QCOMPARE(drafts->first().language, QStringLiteral("cy"));
    QVERIFY(m_forms->discardDraft(id.value()).ok());
    QCOMPARE(m_forms->drafts(m_person)->size(), 0);
    QCOMPARE(m_forms->discardDraft(id.value()).error().code, ErrorCode::NotFound);
}

void TestFormStore::finishingChecksTheAnswers()
{
    const FormDefinition plan = form("action-plan");
    auto id = m_forms->saveDraft({{}, m_person, plan.id, plan.version, {}, "en", {}, {}, {}, {}});
    QVERIFY(id.ok());
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto finished = m_forms->finish(id.value(), plan, "Coach Jones", QDate::currentDate());
    QVERIFY(!finished.ok());
    QCOMPARE(finished.error().code, ErrorCode::Invalid);
    QVERIFY(!finished.error().fieldProblems.isEmpty());
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    QCOMPARE(m_forms->versions(m_person)->size(), 0);
}

void TestFormStore::finishedVersionsAreNumberedAndNeverChange()
{
    // A tiny form, so the answers can be complete.
    auto parsed = FormDefinition::parse(R"({"format": "waymark-form/1", "id": "note-form", "version": 2,
        "title": {"en": "Note", "cy": "Nodyn"},
        "sections": [{"id": "s", "title": {"en": "S", "cy": "S"}, "fields": [
            {"id": "what", "type": "multiline", "label": {"en": "What", "cy": "Beth"}, "required": true}]}]})",
                                        "note.json");
    QVERIFY(parsed.ok());
    const FormDefinition note = parsed.value();
    for (int round = 1; round <= 2; ++round) {
        auto id = m_forms->saveDraft(
            {{}, m_person, note.id, note.version, {}, "en", {{"what", QString::number(round)}}, {}, {}, {}});
        QVERIFY(id.ok());
        auto finished = m_forms->finish(id.value(), note, "Coach Jones", QDate::currentDate());
        QVERIFY2(finished.ok(), qPrintable(finished.ok() ? QString() : finished.error().message));
        QCOMPARE(finished->number, round);
        QCOMPARE(finished->formVersion, 2);
        QCOMPARE(m_forms->drafts(m_person)->size(), 0);
    }
    const auto versions = m_forms->versions(m_person);
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(0).answers.value("what"), QStringLiteral("1"));
    QCOMPARE(versions->at(1).signedBy, QStringLiteral("Coach Jones"));
    // The database itself refuses to change a finished version.
    QVERIFY(!m_vault->database().exec("UPDATE form_versions SET answers = '{}'").ok());
    QCOMPARE(m_forms->versions(m_person)->at(0).answers.value("what"), QStringLiteral("1"));
    // A draft started on another version of the form cannot finish on this one.
    auto stale = m_forms->saveDraft({{}, m_person, note.id, 1, {}, "en", {{"what", "x"}}, {}, {}, {}});
    QCOMPARE(m_forms->finish(stale.value(), note, "Coach Jones", QDate::currentDate()).error().code,
             ErrorCode::Invalid);
    QVERIFY(!m_forms->finish(stale.value(), note, "  ", QDate::currentDate()).ok());
}

void TestFormStore::erasingThePersonRemovesTheirForms()
{
    const FormDefinition cv = form("cv");
    QVERIFY(m_forms->saveDraft({{}, m_person, cv.id, cv.version, "chronological", "en", {{"profile", "x"}}, {}, {}, {}})
                .ok());
    QVERIFY(m_vault->records().erasePerson(m_person).ok());
    QCOMPARE(m_vault->database().scalarInteger("SELECT count(*) FROM form_drafts").value(), 0);
}

void TestFormStore::migrationKeepsTheNumbersShown()
{
    // Versions written by schema 19 carried their number; schema 20 computes it from stamps made at migration.
    QTemporaryDir dir;
    QString device;
    {
        auto old = Fixtures::create(dir, "old", VaultSetting::WorkCoach, 19);
        device = old->deviceId();
        // Version 2 claims to be signed before version 1 (a clock set back): the numbers must still hold.
        QVERIFY(old->database().exec(
            "INSERT INTO form_versions(id, person_id, form_id, form_version, number, layout, language, answers, "
            "signed_by, signed_at) VALUES"
            "('a', 'p', 'referral', 1, 1, '', 'en', '{}', 'Coach', '2026-03-01T10:00:00.500Z'),"
            "('b', 'p', 'referral', 1, 2, '', 'en', '{}', 'Coach', '2026-02-01T10:00:00.000Z'),"
            "('c', 'p', 'referral', 1, 3, '', 'en', '{}', 'Coach', '2026-04-01T10:00:00.000Z'),"
            "('d', 'p', 'health-work-conversation', 1, 1, '', 'en', '{}', 'Coach', '2026-01-01T10:00:00.000Z')"));
    }
    auto vault = Vault::open(Fixtures::pathIn(dir, "old"), Fixtures::passphrase());
    QVERIFY(vault);
    QCOMPARE(Schema::versionOf(vault.value()->database()).value(), Schema::CurrentVersion);
    FormStore forms(vault.value()->database(), vault.value()->audit(), vault.value()->clock());
    const auto versions = forms.versions("p");
    QVERIFY(versions);
    QMap<QString, int> numbers;
    QSet<qint64> counters;
    for (const FormVersion &v : versions.value()) {
        numbers.insert(v.id, v.number);
        counters.insert(v.deviceSeq);
        QCOMPARE(v.device, device);
        QVERIFY2(HybridClock::isWellFormed(v.hlc), qPrintable(v.hlc));
        QVERIFY(!v.isFromAnotherDevice());
    }
    QCOMPARE(numbers, (QMap<QString, int>{{"a", 1}, {"b", 2}, {"c", 3}, {"d", 1}}));
    QCOMPARE(counters.size(), 4);
    // Health data unless it is a built-in form without any: the referral is not, the conversation is.
    QCOMPARE(forms.version("a")->health, false);
    QCOMPARE(forms.version("d")->health, true);
    // The next version finished here follows them, with the next counter of this device.
    auto parsed = FormDefinition::parse(R"({"format": "waymark-form/1", "id": "referral", "version": 1,
        "title": {"en": "R", "cy": "R"},
        "sections": [{"id": "s", "title": {"en": "S", "cy": "S"}, "fields": [
            {"id": "what", "type": "text", "label": {"en": "What", "cy": "Beth"}}]}]})",
                                        "referral.json");
    QVERIFY(parsed);
    auto draft = forms.saveDraft({{}, "p", "referral", 1, {}, "en", {{"what", "x"}}, {}, {}, {}});
    QVERIFY(draft);
    auto next = forms.finish(draft.value(), parsed.value(), "Coach", QDate::currentDate());
    QVERIFY2(next, next ? "" : qPrintable(next.error().message));
    QCOMPARE(next->number, 4);
    QCOMPARE(next->deviceSeq, 5);
}

QTEST_GUILESS_MAIN(TestFormStore)
#include "TestFormStore.moc"

void TestFormStore::writesBackToTheCaseOnlySingleValues()
{
    QVERIFY(FormPrefill::canUpdateCase("person.contact.postcode"));
    QVERIFY(FormPrefill::canUpdateCase("circumstances.hoursAvailable"));
    QVERIFY(!FormPrefill::canUpdateCase("skills[*].label"));
    QVERIFY(!FormPrefill::canUpdateCase("fit_notes[latest].condition"));
    QVERIFY(!FormPrefill::canUpdateCase("coach.name"));
    QVERIFY(!FormPrefill::canUpdateCase("today"));
    QVERIFY(!FormPrefill::canUpdateCase("no.such.path"));

    RecordStore &records = m_vault->records();
    QVERIFY(FormPrefill::updateCase(records, m_person, "person.contact.postcode", "CF10 1AA").ok());
    QCOMPARE(records.get(m_person).value().value("postcode"), QString("CF10 1AA"));
    // Circumstances are created when the person has none yet, then updated in place.
    QVERIFY(records.single(m_person, "circumstances").value().id.isEmpty());
    QVERIFY(FormPrefill::updateCase(records, m_person, "circumstances.hoursAvailable", "16").ok());
    const QString circumstances = records.single(m_person, "circumstances").value().id;
    QVERIFY(!circumstances.isEmpty());
    QVERIFY(FormPrefill::updateCase(records, m_person, "circumstances.hoursAvailable", "20").ok());
    QCOMPARE(records.single(m_person, "circumstances").value().id, circumstances);
    QCOMPARE(records.single(m_person, "circumstances").value().value("hours_available"), QString("20"));

    // The schema checks a written-back value as it checks any edit, and a refusal changes nothing.
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    const Status bad = FormPrefill::updateCase(records, m_person, "person.contact.postcode", "not a postcode");
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().fieldProblems.contains("postcode"));
    QVERIFY(!FormPrefill::updateCase(records, m_person, "skills[*].label", "Welding").ok());
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

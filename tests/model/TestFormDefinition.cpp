#include "model/forms/FormDefinition.h"
#include "model/forms/FormLibrary.h"
#include "model/forms/FormPrefill.h"
#include "model/forms/FormValidator.h"
#include "model/vault/RecordStore.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** Forms as data: loading (with line and reason for bad definitions), validation and prefill. */
class TestFormDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInFormsLoad();
    void rejectsBadDefinitions_data();
    void rejectsBadDefinitions();
    void validatesAnswers_data();
    void validatesAnswers();
    void hiddenFieldsAreNotChecked();
    void sectionCompletion();
    void prefillsFromTheCaseWithItsSource();

private:
    static QByteArray minimal(const QByteArray &fields);
};

QByteArray TestFormDefinition::minimal(const QByteArray &fields)
{
    return "{\n\"format\": \"waymark-form/1\",\n\"id\": \"test-form\",\n\"version\": 1,\n"
           "\"title\": {\"en\": \"Test\", \"cy\": \"Prawf\"},\n"
           "\"sections\": [{\n\"id\": \"main\",\n\"title\": {\"en\": \"Main\", \"cy\": \"Prif\"},\n\"fields\": [\n" +
           fields + "\n]}]}\n";
}

void TestFormDefinition::builtInFormsLoad()
{
    auto forms = FormLibrary::builtIn();
    QVERIFY2(forms.ok(), qPrintable(forms.ok() ? QString() : forms.error().message));
    QStringList ids;
    for (const FormDefinition &f : forms.value()) {
        ids.append(f.id);
        QVERIFY(!f.title.cy.isEmpty());
        for (const FormSection &s : f.sections) {
            for (const FormField &field : s.fields) {
                QVERIFY2(!field.label.en.isEmpty() && !field.label.cy.isEmpty(), qPrintable(f.id + ": " + field.id));
                for (const FormChoice &c : field.choices)
                    QVERIFY(!c.label.cy.isEmpty());
            }
        }
    }
    for (const char *id : {"action-plan", "health-work-conversation", "work-health-plan", "cv", "referral"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    for (const FormDefinition &f : forms.value()) {
        if (f.id == QLatin1String("cv"))
            QCOMPARE(f.layouts.size(), 2);
    }
}

void TestFormDefinition::rejectsBadDefinitions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray label = "\"label\": {\"en\": \"A\", \"cy\": \"A\"}";
    QTest::newRow("broken json") << QByteArray("{\n\"format\": \"waymark-form/1\",\n\"id\": \"x\" \"version\": 1}")
                                 << "line 3";
    QTest::newRow("wrong format") << QByteArray("{\"format\": \"other/1\"}") << "format";
    QTest::newRow("unknown prefill path")
        << minimal("{\n\"id\": \"a\", \"type\": \"text\", " + label + ",\n\"prefill\": \"person.reviewDate\"}")
        << "line 11: field \"a\": prefill path \"person.reviewDate\" does not exist";
    QTest::newRow("missing welsh") << minimal("{\"id\": \"a\", \"type\": \"text\", \"label\": {\"en\": \"A\"}}")
                                   << "Welsh";
    QTest::newRow("unknown type") << minimal("{\"id\": \"a\", \"type\": \"colour\", " + label + "}") << "colour";
    QTest::newRow("one choice") << minimal("{\"id\": \"a\", \"type\": \"choice\", " + label +
                                           ", \"choices\": [{\"value\": \"x\", " + label + "}]}")
                                << "two choices";
    QTest::newRow("condition on a later field")
        << minimal("{\"id\": \"a\", \"type\": \"text\", " + label +
                   ", \"showIf\": {\"field\": \"b\", \"notEmpty\": true}},\n{\"id\": \"b\", \"type\": \"text\", " +
                   label + "}")
        << "defined before";
    QTest::newRow("duplicate id") << minimal("{\"id\": \"a\", \"type\": \"text\", " + label +
                                             "},\n{\"id\": \"a\", \"type\": \"text\", " + label + "}")
                                  << "unique";
    QTest::newRow("bad pattern")
        << minimal(
               "{\"id\": \"a\", \"type\": \"text\", " + label +
               ", \"rules\": [{\"kind\": \"pattern\", \"value\": \"(\", \"message\": {\"en\": \"m\", \"cy\": \"m\"}}]}")
        << "regular expression";
}

void TestFormDefinition::rejectsBadDefinitions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto form = FormDefinition::parse(json, "bad.json");
    QVERIFY(!form.ok());
    QCOMPARE(form.error().code, ErrorCode::Invalid);
    QVERIFY2(form.error().message.contains(expected), qPrintable(form.error().message));
    QVERIFY(form.error().message.startsWith("bad.json, line "));
}

void TestFormDefinition::validatesAnswers_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // empty: no problem
    QTest::newRow("number ok") << "hours"
                               << "16"
                               << "";
    QTest::newRow("not a number") << "hours"
                                  << "lots"
                                  << "number";
    // GOV.UK: an instruction that names the field, never "Hours: this is needed."
    QTest::newRow("required says what to enter") << "hours"
                                                 << ""
                                                 << "Enter hours.";
    QTest::newRow("rule max") << "hours"
                              << "70"
                              << "Sixty at most";
    QTest::newRow("welsh message") << "hours"
                                   << "70@cy"
                                   << "Chwe deg";
    QTest::newRow("date in past") << "review"
                                  << "2020-01-01"
                                  << "in the future";
    QTest::newRow("date ok") << "review"
                             << "2099-01-01"
                             << "";
    QTest::newRow("choice unknown") << "service"
                                    << "magic"
                                    << "options";
    QTest::newRow("required if") << "other_service"
                                 << ""
                                 << "Say which service";
    QTest::newRow("ni number") << "ni"
                               << "AB123"
                               << "National Insurance";
    QTest::newRow("ni number ok") << "ni"
                                  << "JT123456C"
                                  << "";
}

void TestFormDefinition::validatesAnswers()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QByteArray json = minimal(R"(
{"id": "hours", "type": "number", "label": {"en": "Hours", "cy": "Oriau"}, "required": true,
 "rules": [{"kind": "max", "value": 60, "message": {"en": "Sixty at most.", "cy": "Chwe deg ar y mwyaf."}}]},
{"id": "review", "type": "date", "label": {"en": "Review", "cy": "Adolygu"},
 "rules": [{"kind": "notBefore", "value": "today", "message": {"en": "Choose a date in the future.", "cy": "Dewiswch ddyddiad yn y dyfodol."}}]},
{"id": "service", "type": "choice", "label": {"en": "Service", "cy": "Gwasanaeth"},
 "choices": [{"value": "debt", "label": {"en": "Debt", "cy": "Dyled"}}, {"value": "other", "label": {"en": "Other", "cy": "Arall"}}]},
{"id": "other_service", "type": "text", "label": {"en": "Which", "cy": "Pa un"},
 "rules": [{"kind": "requiredIf", "value": {"field": "service", "equals": "other"}, "message": {"en": "Say which service.", "cy": "Dywedwch pa wasanaeth."}}]},
{"id": "ni", "type": "ni_number", "label": {"en": "NI", "cy": "YG"}})");
    auto form = FormDefinition::parse(json, "t.json");
    QVERIFY2(form.ok(), qPrintable(form.ok() ? QString() : form.error().message));
    QString language = "en";
    if (value.endsWith("@cy")) {
        value.chop(3);
        language = "cy";
    }
    FormAnswers answers{{"hours", "20"}, {"service", "other"}, {"other_service", "Food bank"}};
    answers.insert(field, value);
    const auto problems = FormValidator::problems(form.value(), answers, language, QDate(2026, 11, 28));
    if (expected.isEmpty())
        QVERIFY2(!problems.contains(field), qPrintable(problems.value(field)));
    else
        QVERIFY2(problems.value(field).contains(expected), qPrintable(problems.value(field)));
}

void TestFormDefinition::hiddenFieldsAreNotChecked()
{
    const QByteArray json = minimal(R"(
{"id": "consent", "type": "yesno", "label": {"en": "Consent", "cy": "Caniatâd"}, "required": true},
{"id": "what", "type": "multiline", "label": {"en": "What", "cy": "Beth"}, "required": true,
 "showIf": {"field": "consent", "equals": "yes"}})");
    auto form = FormDefinition::parse(json, "t.json");
    QVERIFY(form.ok());
    const FormDefinition &f = form.value();
    QVERIFY(!FormValidator::problems(f, {{"consent", "no"}}, "en", QDate::currentDate()).contains("what"));
    QVERIFY(FormValidator::problems(f, {{"consent", "yes"}}, "en", QDate::currentDate()).contains("what"));
    QVERIFY(!f.isShown(*f.field("what"), {{"consent", "no"}}));
}

void TestFormDefinition::sectionCompletion()
{
    auto forms = FormLibrary::builtIn();
    const FormDefinition *plan = nullptr;
    for (const FormDefinition &f : forms.value()) {
        if (f.id == QLatin1String("action-plan"))
            plan = &f;
    }
    QVERIFY(plan);
    const auto empty = FormValidator::sections(*plan, {}, "en", QDate::currentDate());
    QVERIFY(!empty.isEmpty());
    bool someIncomplete = false;
    for (const auto &s : empty)
        someIncomplete = someIncomplete || !s.complete();
    QVERIFY(someIncomplete);
}

void TestFormDefinition::prefillsFromTheCaseWithItsSource()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    RecordStore &records = vault->records();
    const QString person = records
                               .createPerson({{"given_name", "Gwen"},
                                              {"family_name", "Price"},
                                              {"postcode", "CF10 1EP"},
                                              {"ni_number", "JT123456C"}})
                               .value();
    QVERIFY(records.add(person, "skill", {{"label", "customer service"}, {"source", "self_reported"}}).ok());
    QVERIFY(records.add(person, "skill", {{"label", "cash handling"}, {"source", "self_reported"}}).ok());
    QVERIFY(records.add(person, "job_goal", {{"title", "Retail Assistant"}}).ok());
    const QByteArray json = minimal(R"(
{"id": "name", "type": "text", "label": {"en": "Name", "cy": "Enw"}, "prefill": "person.given_name"},
{"id": "postcode", "type": "postcode", "label": {"en": "Postcode", "cy": "Cod post"}, "prefill": "person.contact.postcode"},
{"id": "skills", "type": "skill_list", "label": {"en": "Skills", "cy": "Sgiliau"}, "prefill": "skills[*].label"},
{"id": "goals", "type": "skill_list", "label": {"en": "Goals", "cy": "Nodau"}, "prefill": "job_goals[*].title"},
{"id": "hours", "type": "number", "label": {"en": "Hours", "cy": "Oriau"}, "prefill": "circumstances.hoursAvailable"},
{"id": "coach", "type": "text", "label": {"en": "Coach", "cy": "Anogwr"}, "prefill": "coach.name"},
{"id": "date", "type": "date", "label": {"en": "Date", "cy": "Dyddiad"}, "prefill": "today"})");
    auto form = FormDefinition::parse(json, "t.json");
    QVERIFY(form.ok());
    const QByteArray before = Fixtures::databaseDigest(*vault);
    auto filled = FormPrefill::fill(form.value(), records, person, "Coach Jones", QDate(2026, 11, 28));
    QVERIFY(filled.ok());
    QCOMPARE(filled->value("name").value, QStringLiteral("Gwen"));
    QCOMPARE(filled->value("postcode").value, QStringLiteral("CF10 1EP"));
    QVERIFY(filled->value("postcode").source.contains("Profile"));
    QCOMPARE(filled->value("skills").value, QStringLiteral("customer service;cash handling"));
    QCOMPARE(filled->value("goals").value, QStringLiteral("Retail Assistant"));
    QVERIFY(!filled->contains("hours")); // nothing recorded, nothing filled
    QCOMPARE(filled->value("coach").value, QStringLiteral("Coach Jones"));
    QCOMPARE(filled->value("date").value, QStringLiteral("2026-11-28"));
    // Prefill only reads.
    QCOMPARE(Fixtures::databaseDigest(*vault), before);
    // Every built-in form prefills without error.
    const auto builtIn = FormLibrary::builtIn();
    QVERIFY(builtIn.ok());
    for (const FormDefinition &f : builtIn.value())
        QVERIFY(FormPrefill::fill(f, records, person, "Coach Jones", QDate(2026, 11, 28)).ok());
}

QTEST_GUILESS_MAIN(TestFormDefinition)
#include "TestFormDefinition.moc"

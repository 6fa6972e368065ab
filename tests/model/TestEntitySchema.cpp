#include "model/vault/EntitySchema.h"

#include <QTest>

/** Every kind of record: a good example passes and comes back canonical; each rule rejects what it should. */
class TestEntitySchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasLabelledFields();
    void acceptsGoodRecord_data();
    void acceptsGoodRecord();
    void rejectsBadRecord_data();
    void rejectsBadRecord();
    void partialUpdateSeesExistingValues();
    void healthKindsAreMarked();
};

void TestEntitySchema::everyKindHasLabelledFields()
{
    const auto &kinds = EntitySchema::instance().kinds();
    QCOMPARE(kinds.size(), 16);
    for (const EntityKind &kind : kinds) {
        QVERIFY2(kind.label, qPrintable(kind.key));
        QVERIFY2(kind.field(kind.titleField), qPrintable(kind.key));
        for (const FieldSpec &f : kind.fields) {
            QVERIFY2(f.label, qPrintable(kind.key + QLatin1Char('.') + f.name));
            if (f.type == FieldType::Choice || f.type == FieldType::MultiChoice)
                QVERIFY(!f.choices.isEmpty());
        }
    }
}

using Fields = QMap<QString, QString>;

void TestEntitySchema::acceptsGoodRecord_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("checkField");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("person") << Kinds::Person
                            << Fields{{"given_name", "Siân"},
                                      {"family_name", "Jones"},
                                      {"ni_number", "ab 12 34 56 c"},
                                      {"postcode", "cf10 1ep"},
                                      {"preferred_language", "cy"},
                                      {"status", "open"},
                                      {"date_of_birth", "1990-05-01"}}
                            << "ni_number"
                            << "AB123456C";
    QTest::addRow("circumstances") << Kinds::Circumstances
                                   << Fields{{"hours_available", "16"},
                                             {"days_available", "mon, wed"},
                                             {"travel_mode", "public_transport"},
                                             {"driving_licence", "full"}}
                                   << "days_available"
                                   << "mon,wed";
    QTest::addRow("work history") << Kinds::WorkHistory
                                  << Fields{{"job_title", "Care assistant"},
                                            {"start_date", "2019-01-01"},
                                            {"end_date", "2023-06-30"}}
                                  << "job_title"
                                  << "Care assistant";
    QTest::addRow("qualification") << Kinds::Qualification << Fields{{"title", "CSCS card"}, {"category", "licence"}}
                                   << "category"
                                   << "licence";
    QTest::addRow("skill") << Kinds::Skill << Fields{{"label", "forklift"}, {"source", "self_reported"}} << "label"
                           << "forklift";
    QTest::addRow("health condition") << Kinds::HealthCondition << Fields{{"description", "Back pain when lifting"}}
                                      << "description"
                                      << "Back pain when lifting";
    QTest::addRow("adjustment") << Kinds::Adjustment << Fields{{"type", "altered_hours"}} << "type"
                                << "altered_hours";
    QTest::addRow("fit note") << Kinds::FitNote
                              << Fields{{"assessed_on", "2026-10-01"},
                                        {"assessment", "may_be_fit"},
                                        {"advice", "phased_return,altered_hours"},
                                        {"from_date", "2026-10-01"},
                                        {"to_date", "2026-11-01"},
                                        {"reassess", "yes"}}
                              << "advice"
                              << "phased_return,altered_hours";
    QTest::addRow("job goal") << Kinds::JobGoal << Fields{{"title", "Warehouse operative"}, {"hours_wanted", "30"}}
                              << "hours_wanted"
                              << "30";
    QTest::addRow("action") << Kinds::ActionItem
                            << Fields{{"description", "Update CV"}, {"status", "open"}, {"due_date", "2026-12-01"}}
                            << "status"
                            << "open";
    QTest::addRow("note") << Kinds::Note << Fields{{"text", "Talked about forklift licence"}} << "text"
                          << "Talked about forklift licence";
    QTest::addRow("appointment") << Kinds::Appointment
                                 << Fields{{"starts_at", "2026-12-01 10:30"}, {"status", "planned"}} << "starts_at"
                                 << "2026-12-01 10:30";
    QTest::addRow("date typed day/month/year")
        << Kinds::ActionItem << Fields{{"description", "CV"}, {"status", "open"}, {"due_date", "1/12/2026"}}
        << "due_date"
        << "2026-12-01";
    QTest::addRow("date and time typed day/month/year")
        << Kinds::Appointment << Fields{{"starts_at", "1/12/2026 9:30"}, {"status", "planned"}} << "starts_at"
        << "2026-12-01 09:30";
    QTest::addRow("consent") << Kinds::Consent << Fields{{"purpose", "share_health"}, {"agreed_on", "2026-11-01"}}
                             << "purpose"
                             << "share_health";
}

void TestEntitySchema::acceptsGoodRecord()
{
    QFETCH(QString, kind);
    QFETCH(Fields, fields);
    QFETCH(QString, checkField);
    QFETCH(QString, canonical);
    const EntityKind *spec = EntitySchema::instance().kind(kind);
    QVERIFY(spec);
    const auto problems = EntitySchema::instance().validate(*spec, fields);
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
    QCOMPARE(fields.value(checkField), canonical);
}

void TestEntitySchema::rejectsBadRecord_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("badField");
    QTest::addRow("person without family name")
        << Kinds::Person << Fields{{"given_name", "Ann"}, {"preferred_language", "en"}, {"status", "open"}}
        << "family_name";
    QTest::addRow("bad NI number") << Kinds::Person
                                   << Fields{{"given_name", "Ann"},
                                             {"family_name", "Lee"},
                                             {"ni_number", "AB12C"},
                                             {"preferred_language", "en"},
                                             {"status", "open"}}
                                   << "ni_number";
    QTest::addRow("bad postcode") << Kinds::Person
                                  << Fields{{"given_name", "Ann"},
                                            {"family_name", "Lee"},
                                            {"postcode", "LS1"},
                                            {"preferred_language", "en"},
                                            {"status", "open"}}
                                  << "postcode";
    QTest::addRow("birth in future") << Kinds::Person
                                     << Fields{{"given_name", "Ann"},
                                               {"family_name", "Lee"},
                                               {"date_of_birth", "2999-01-01"},
                                               {"preferred_language", "en"},
                                               {"status", "open"}}
                                     << "date_of_birth";
    QTest::addRow("unknown language") << Kinds::Person
                                      << Fields{{"given_name", "Ann"},
                                                {"family_name", "Lee"},
                                                {"preferred_language", "fr"},
                                                {"status", "open"}}
                                      << "preferred_language";
    QTest::addRow("hours over 80") << Kinds::Circumstances << Fields{{"hours_available", "90"}} << "hours_available";
    QTest::addRow("unknown day") << Kinds::Circumstances << Fields{{"days_available", "mon,funday"}}
                                 << "days_available";
    QTest::addRow("ended before started")
        << Kinds::WorkHistory
        << Fields{{"job_title", "Cleaner"}, {"start_date", "2020-01-01"}, {"end_date", "2019-01-01"}} << "end_date";
    QTest::addRow("malformed date") << Kinds::ActionItem
                                    << Fields{{"description", "CV"}, {"status", "open"}, {"due_date", "12/31/2026"}}
                                    << "due_date";
    QTest::addRow("fit note to before from") << Kinds::FitNote
                                             << Fields{{"assessed_on", "2026-10-01"},
                                                       {"assessment", "not_fit"},
                                                       {"from_date", "2026-10-10"},
                                                       {"to_date", "2026-10-01"}}
                                             << "to_date";
    QTest::addRow("consent withdrawn before agreed")
        << Kinds::Consent
        << Fields{{"purpose", "referral"}, {"agreed_on", "2026-10-10"}, {"withdrawn_on", "2026-10-01"}}
        << "withdrawn_on";
    QTest::addRow("unknown field") << Kinds::Skill
                                   << Fields{{"label", "x"}, {"source", "self_reported"}, {"colour", "red"}}
                                   << "colour";
    QTest::addRow("bad appointment time")
        << Kinds::Appointment << Fields{{"starts_at", "tomorrow"}, {"status", "planned"}} << "starts_at";
}

void TestEntitySchema::rejectsBadRecord()
{
    QFETCH(QString, kind);
    QFETCH(Fields, fields);
    QFETCH(QString, badField);
    const auto problems = EntitySchema::instance().validate(*EntitySchema::instance().kind(kind), fields);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().field, badField);
    QVERIFY(!problems.first().message.isEmpty());
}

void TestEntitySchema::partialUpdateSeesExistingValues()
{
    const EntityKind &work = *EntitySchema::instance().kind(Kinds::WorkHistory);
    const Fields existing{{"job_title", "Cleaner"}, {"start_date", "2020-01-01"}};
    Fields change{{"end_date", "2019-06-01"}};
    QCOMPARE(EntitySchema::instance().validate(work, change, existing).size(), 1);
    Fields fine{{"end_date", "2021-06-01"}};
    QVERIFY(EntitySchema::instance().validate(work, fine, existing).isEmpty());
    Fields clearRequired{{"job_title", ""}};
    QCOMPARE(EntitySchema::instance().validate(work, clearRequired, existing).first().field,
             QStringLiteral("job_title"));
}

void TestEntitySchema::healthKindsAreMarked()
{
    QStringList health;
    for (const EntityKind &kind : EntitySchema::instance().kinds()) {
        if (kind.health)
            health.append(kind.key);
    }
    QCOMPARE(health, (QStringList{Kinds::HealthCondition, Kinds::Adjustment, Kinds::FitNote}));
    QVERIFY(EntitySchema::instance().kind(Kinds::Note)->appendOnly);
}

QTEST_APPLESS_MAIN(TestEntitySchema)
#include "TestEntitySchema.moc"

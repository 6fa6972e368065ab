#include "model/forms/FormLibrary.h"
#include "model/forms/FormSuggestionTarget.h"

#include <QTest>

/** Which field of an open form takes a suggestion accepted from a note. */
class TestFormSuggestionTarget : public QObject
{
    Q_OBJECT

    static FormDefinition form(const QString &id)
    {
        const auto forms = FormLibrary::builtIn();
        for (const FormDefinition &f : forms.value()) {
            if (f.id == id)
                return f;
        }
        return {};
    }

    static ExtractedSuggestion suggestion(ExtractedSuggestion::Kind kind, const QString &value)
    {
        ExtractedSuggestion s;
        s.kind = kind;
        s.value = value;
        return s;
    }

private Q_SLOTS:
    void placesBySuggestionKind_data()
    {
        QTest::addColumn<QString>("formId");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("lastFocused");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("placed");

        using K = ExtractedSuggestion::Kind;
        QTest::newRow("job goal") << "action-plan" << int(K::JobGoal) << "Chef"
                                  << ""
                                  << "job_goals"
                                  << "Chef";
        QTest::newRow("hours") << "action-plan" << int(K::Hours) << "16"
                               << ""
                               << "hours_available"
                               << "16";
        QTest::newRow("barrier offered") << "action-plan" << int(K::Barrier) << "childcare"
                                         << ""
                                         << "barriers"
                                         << "childcare";
        QTest::newRow("barrier not offered") << "action-plan" << int(K::Barrier) << "money"
                                             << ""
                                             << ""
                                             << "";
        QTest::newRow("barrier other form") << "health-work-conversation" << int(K::Barrier) << "money"
                                            << ""
                                            << "barriers"
                                            << "money";
        QTest::newRow("skill") << "cv" << int(K::Skill) << "Food hygiene"
                               << ""
                               << "skills"
                               << "Food hygiene";
        QTest::newRow("licence") << "cv" << int(K::Licence) << "Forklift licence"
                                 << ""
                                 << "skills"
                                 << "Forklift licence";
        QTest::newRow("qualification") << "cv" << int(K::Qualification) << "GCSE English"
                                       << ""
                                       << "qualifications"
                                       << "GCSE English";
        QTest::newRow("skill, no field") << "referral" << int(K::Skill) << "Welding"
                                         << ""
                                         << ""
                                         << "";
        QTest::newRow("date into the date field last used") << "action-plan" << int(K::Date) << "2026-12-01"
                                                            << "review_date"
                                                            << "review_date"
                                                            << "2026-12-01";
        QTest::newRow("date, last field not a date") << "action-plan" << int(K::Date) << "2026-12-01"
                                                     << "weekly_activities"
                                                     << ""
                                                     << "";
        QTest::newRow("month only is not a date") << "action-plan" << int(K::Date) << "since:2026-03"
                                                  << "review_date"
                                                  << ""
                                                  << "";
        QTest::newRow("duration") << "action-plan" << int(K::Duration) << "P3Y"
                                  << "review_date"
                                  << ""
                                  << "";
    }

    void placesBySuggestionKind()
    {
        QFETCH(QString, formId);
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, lastFocused);
        QFETCH(QString, field);
        QFETCH(QString, placed);
        const FormDefinition f = form(formId);
        QVERIFY(!f.id.isEmpty());
        const auto placement =
            FormSuggestionTarget::place(f, {}, suggestion(ExtractedSuggestion::Kind(kind), value), value, lastFocused);
        QCOMPARE(placement.fieldId, field);
        QCOMPARE(placement.value, placed);
        QCOMPARE(placement.isValid(), !field.isEmpty());
    }

    void hiddenFieldsTakeNothing()
    {
        // A field hidden by its condition takes nothing.
        FormDefinition f = form(QStringLiteral("action-plan"));
        FormCondition never;
        never.field = QStringLiteral("given_name");
        never.op = FormCondition::Op::Equals;
        never.values = {QStringLiteral("nobody")};
        for (FormSection &section : f.sections) {
            for (FormField &field : section.fields) {
                if (field.id == QLatin1String("job_goals"))
                    field.showIf = never;
            }
        }
        const auto placement = FormSuggestionTarget::place(
            f, {}, suggestion(ExtractedSuggestion::Kind::JobGoal, QStringLiteral("Chef")), QStringLiteral("Chef"));
        QVERIFY(!placement.isValid());
    }
};

QTEST_GUILESS_MAIN(TestFormSuggestionTarget)
#include "TestFormSuggestionTarget.moc"

#include "model/forms/FormDocument.h"
#include "model/forms/FormLibrary.h"

#include <QDateTime>
#include <QTest>

/** The HTML of filled forms and take-away summaries, over every built-in form. */
class TestFormDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEveryShownAnswerAndNoHiddenOne_data();
    void showsEveryShownAnswerAndNoHiddenOne();
    void writesInWelshForAWelshSpeaker_data();
    void writesInWelshForAWelshSpeaker();
    void summaryListsTheSummaryFields_data();
    void summaryListsTheSummaryFields();
    void summaryFallsBackToRequiredFields();
    void escapesAnswers();
    void writesDatesAndSignOff();
    void skillsBasedLayoutLooksDifferent();
    void rejectsANonBooleanSummaryFlag();

private:
    /** An answer for every field: unique text for free-text types, valid values for the others. */
    static FormAnswers answersFor(const FormDefinition &form);
    static bool isFreeText(const FormField &field);
    static void addForms();
    const FormDefinition &form(const QString &id) const;

    QVector<FormDefinition> m_forms;
};

void TestFormDocument::initTestCase()
{
    auto forms = FormLibrary::builtIn();
    QVERIFY2(forms.ok(), forms.ok() ? "" : qPrintable(forms.error().message));
    m_forms = forms.value();
    QCOMPARE(m_forms.size(), 5);
}

const FormDefinition &TestFormDocument::form(const QString &id) const
{
    for (const FormDefinition &f : m_forms) {
        if (f.id == id)
            return f;
    }
    qFatal("no form %s", qPrintable(id));
}

bool TestFormDocument::isFreeText(const FormField &field)
{
    return field.type == FormFieldType::Text || field.type == FormFieldType::MultiLine ||
           field.type == FormFieldType::Signature;
}

FormAnswers TestFormDocument::answersFor(const FormDefinition &form)
{
    FormAnswers answers;
    for (const FormSection &section : form.sections) {
        for (const FormField &field : section.fields) {
            switch (field.type) {
            case FormFieldType::Text:
            case FormFieldType::MultiLine:
            case FormFieldType::Signature:
                answers.insert(field.id, "Answer " + field.id + " ŵŷ");
                break;
            case FormFieldType::Number:
                answers.insert(field.id, "12");
                break;
            case FormFieldType::Date:
                answers.insert(field.id, "2026-03-03");
                break;
            case FormFieldType::YesNo:
                answers.insert(field.id, "yes");
                break;
            case FormFieldType::Choice:
                answers.insert(field.id, field.choices.first().value);
                break;
            case FormFieldType::MultiChoice: {
                // Every choice, so every "contains" condition on it holds.
                QStringList values;
                for (const FormChoice &c : field.choices)
                    values.append(c.value);
                answers.insert(field.id, values.join(','));
                break;
            }
            case FormFieldType::NiNumber:
                answers.insert(field.id, "QQ123456C");
                break;
            case FormFieldType::Postcode:
                answers.insert(field.id, "CF10 1EP");
                break;
            case FormFieldType::Phone:
                answers.insert(field.id, "029 2000 0000");
                break;
            case FormFieldType::Email:
                answers.insert(field.id, "ceri@example.org");
                break;
            case FormFieldType::SkillList:
                answers.insert(field.id, "Skill " + field.id + " one;Skill " + field.id + " two");
                break;
            }
        }
    }
    return answers;
}

void TestFormDocument::addForms()
{
    QTest::addColumn<QString>("formId");
    for (const char *id : {"action-plan", "cv", "health-work-conversation", "referral", "work-health-plan"})
        QTest::addRow("%s", id) << QString::fromLatin1(id);
}

void TestFormDocument::showsEveryShownAnswerAndNoHiddenOne_data()
{
    addForms();
}

void TestFormDocument::showsEveryShownAnswerAndNoHiddenOne()
{
    QFETCH(QString, formId);
    const FormDefinition &f = form(formId);
    FormDocumentData data;
    data.personName = "Ceri Lloyd";
    data.answers = answersFor(f);
    // Hide what can be hidden: answer the first yes/no "no" so fields shown only on "yes" disappear.
    for (const FormSection &s : f.sections) {
        for (const FormField &field : s.fields) {
            if (field.type == FormFieldType::YesNo)
                data.answers.insert(field.id, "no");
        }
    }
    const QString html = FormDocument::html(f, data);
    QVERIFY(html.contains("Ceri Lloyd"));
    QVERIFY(html.contains(f.title.en.toHtmlEscaped()));
    QVERIFY(html.contains("Draft — not signed off"));
    for (const FormSection &s : f.sections) {
        for (const FormField &field : s.fields) {
            const QString value = data.answers.value(field.id);
            const bool shown = f.isShown(field, data.answers);
            if (isFreeText(field)) {
                QVERIFY2(html.contains(value.toHtmlEscaped()) == shown, qPrintable(field.id));
                if (shown)
                    QVERIFY2(html.contains(field.label.en.toHtmlEscaped()), qPrintable(field.id));
            }
            if (!shown)
                continue;
            for (const QString &item : FormDocument::answerItems(field, value, "en"))
                QVERIFY2(html.contains(item.toHtmlEscaped()), qPrintable(field.id + ": " + item));
            if (field.type == FormFieldType::Choice || field.type == FormFieldType::MultiChoice) {
                const FormChoice &c = field.choices.first();
                QVERIFY2(html.contains(c.label.en.toHtmlEscaped()), qPrintable(field.id));
                // Values are codes such as "may_be_fit"; people read the labels.
                if (c.value.contains('_'))
                    QVERIFY2(!html.contains(c.value), qPrintable(field.id));
            }
            if (field.type == FormFieldType::YesNo)
                QVERIFY(html.contains("<p class=\"answer\">No</p>"));
            if (field.type == FormFieldType::SkillList)
                QVERIFY(html.contains("<li>Skill " + field.id + " two</li>"));
        }
    }
    // Unanswered fields say so.
    FormDocumentData empty = data;
    empty.answers.clear();
    QVERIFY(FormDocument::html(f, empty).contains("Not answered"));
}

void TestFormDocument::writesInWelshForAWelshSpeaker_data()
{
    addForms();
}

void TestFormDocument::writesInWelshForAWelshSpeaker()
{
    QFETCH(QString, formId);
    const FormDefinition &f = form(formId);
    FormDocumentData data;
    data.language = "cy";
    data.personName = "Ceri Lloyd";
    data.answers = answersFor(f);
    const QString first = f.sections.first().fields.first().id;
    data.answers.remove(first);
    const QString html = FormDocument::html(f, data);
    QVERIFY(html.contains(f.title.cy.toHtmlEscaped()));
    for (const FormSection &s : f.sections) {
        for (const FormField &field : s.fields) {
            if (f.isShown(field, data.answers))
                QVERIFY2(html.contains(field.label.cy.toHtmlEscaped()), qPrintable(field.id));
        }
    }
    // The fixed phrases come from the Welsh catalogue, whatever the program's own language is.
    QVERIFY2(html.contains("Heb ei ateb"), qPrintable(html));
    QVERIFY(html.contains("Drafft — heb ei gymeradwyo"));
    QVERIFY(html.contains("Enw: Ceri Lloyd"));
    QVERIFY(!html.contains("Not answered"));
    const QString summary = FormDocument::takeAwaySummary(f, data);
    QVERIFY(summary.contains("Beth wnaethon ni gytuno arno"));
    QVERIFY(summary.contains("Beth sy&apos;n digwydd nesaf") || summary.contains("Beth sy'n digwydd nesaf"));
}

void TestFormDocument::summaryListsTheSummaryFields_data()
{
    addForms();
}

void TestFormDocument::summaryListsTheSummaryFields()
{
    QFETCH(QString, formId);
    const FormDefinition &f = form(formId);
    FormDocumentData data;
    data.personName = "Ceri Lloyd";
    data.answers = answersFor(f);
    const QStringList ids = FormDocument::summaryFields(f, data.answers);
    QVERIFY2(!ids.isEmpty(), "every built-in form marks some fields for the summary");
    const QString summary = FormDocument::takeAwaySummary(f, data);
    QVERIFY(summary.contains("What we agreed"));
    QVERIFY(summary.contains("What happens next"));
    QVERIFY(summary.contains("tell your coach"));
    for (const FormSection &s : f.sections) {
        for (const FormField &field : s.fields) {
            QCOMPARE(ids.contains(field.id), field.summary && f.isShown(field, data.answers));
            if (isFreeText(field))
                QVERIFY2(summary.contains(data.answers.value(field.id).toHtmlEscaped()) == ids.contains(field.id),
                         qPrintable(field.id));
        }
    }
}

void TestFormDocument::summaryFallsBackToRequiredFields()
{
    const QByteArray json = R"({
        "format": "waymark-form/1", "id": "plain", "version": 2,
        "title": {"en": "Plain", "cy": "Plaen"},
        "sections": [{"id": "s", "title": {"en": "S", "cy": "S"}, "fields": [
            {"id": "must", "type": "text", "required": true, "label": {"en": "Must", "cy": "Rhaid"}},
            {"id": "may", "type": "text", "label": {"en": "May", "cy": "Gall"}}
        ]}]
    })";
    auto f = FormDefinition::parse(json, "plain.json");
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
    FormDocumentData data;
    data.answers = {{"must", "Needed answer"}, {"may", "Optional answer"}};
    QCOMPARE(FormDocument::summaryFields(f.value(), data.answers), QStringList{"must"});
    const QString summary = FormDocument::takeAwaySummary(f.value(), data);
    QVERIFY(summary.contains("Needed answer"));
    QVERIFY(!summary.contains("Optional answer"));
    data.answers.clear();
    QVERIFY(FormDocument::takeAwaySummary(f.value(), data).contains("Nothing has been written down yet."));
}

void TestFormDocument::escapesAnswers()
{
    const FormDefinition &f = form("cv");
    FormDocumentData data;
    data.personName = "<b>Ceri</b>";
    data.answers = {{"personal_profile", "<script>alert(1)</script> & more\nsecond line"},
                    {"skills", "<img src=x>;C&C"}};
    for (const QString &html : {FormDocument::html(f, data), FormDocument::takeAwaySummary(f, data)}) {
        QVERIFY(!html.contains("<script>"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(!html.contains("<b>Ceri"));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more<br/>second line"));
        QVERIFY(html.contains("<li>C&amp;C</li>"));
    }
}

void TestFormDocument::writesDatesAndSignOff()
{
    QCOMPARE(FormDocument::writtenDate(QDate(2026, 3, 3), "en"), QStringLiteral("3 March 2026"));
    QCOMPARE(FormDocument::writtenDate(QDate(2026, 3, 3), "cy"), QStringLiteral("3 Mawrth 2026"));
    QCOMPARE(FormDocument::writtenDate(QDate(2026, 7, 14), "cy"), QStringLiteral("14 Gorffennaf 2026"));
    const FormDefinition &f = form("action-plan");
    FormDocumentData data;
    data.answers = {{"review_date", "2026-03-03"}};
    data.number = 2;
    data.signedBy = "Sam Coach";
    data.signedAt = QDateTime(QDate(2026, 2, 1), QTime(14, 5)).toString(Qt::ISODate);
    const QString html = FormDocument::html(f, data);
    QVERIFY(html.contains("3 March 2026"));
    QVERIFY(!html.contains("2026-03-03"));
    QVERIFY2(html.contains("Finished version 2, signed off by Sam Coach on 1 February 2026 at 14:05."),
             qPrintable(html));
    QVERIFY(!html.contains("Draft"));
    data.language = "cy";
    QVERIFY(FormDocument::html(f, data).contains("3 Mawrth 2026"));
    QVERIFY(FormDocument::html(f, data).contains("Fersiwn gorffenedig 2"));

    FormVersion version;
    version.language = "cy";
    version.number = 3;
    version.signedBy = "Sam Coach";
    version.signedAt = data.signedAt;
    version.answers = data.answers;
    const FormDocumentData fromVersion = FormDocument::from(version, "Ceri Lloyd");
    QCOMPARE(fromVersion.language, QStringLiteral("cy"));
    QVERIFY(FormDocument::html(f, fromVersion).contains("Fersiwn gorffenedig 3"));
    FormDraft draft;
    draft.answers = data.answers;
    QVERIFY(FormDocument::html(f, FormDocument::from(draft, "Ceri Lloyd")).contains("Draft — not signed off"));
}

void TestFormDocument::skillsBasedLayoutLooksDifferent()
{
    const FormDefinition &f = form("cv");
    FormDocumentData data;
    data.answers = answersFor(f);
    data.layout = "chronological";
    const QString chronological = FormDocument::html(f, data);
    data.layout = "skills-based";
    const QString skills = FormDocument::html(f, data);
    QVERIFY(chronological != skills);
    // Skills lead a skills-based CV, straight after the contact details.
    QVERIFY(skills.indexOf("Key skills") < skills.indexOf("Personal profile</p>"));
    QVERIFY(chronological.indexOf("Key skills") > chronological.indexOf("Personal profile</p>"));
    data.layout = "no-such-layout";
    QCOMPARE(FormDocument::html(f, data), chronological);
}

void TestFormDocument::rejectsANonBooleanSummaryFlag()
{
    const QByteArray json = R"({
        "format": "waymark-form/1", "id": "plain", "version": 1,
        "title": {"en": "Plain", "cy": "Plaen"},
        "sections": [{"id": "s", "title": {"en": "S", "cy": "S"}, "fields": [
            {"id": "must", "type": "text", "summary": "yes", "label": {"en": "Must", "cy": "Rhaid"}}
        ]}]
    })";
    auto f = FormDefinition::parse(json, "plain.json");
    QVERIFY(!f.ok());
    QVERIFY2(f.error().message.contains("summary"), qPrintable(f.error().message));
}

QTEST_GUILESS_MAIN(TestFormDocument)
#include "TestFormDocument.moc"

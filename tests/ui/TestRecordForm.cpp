#include "model/vault/EntitySchema.h"
#include "ui/caseload/RecordForm.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(FieldType)

/** RecordForm builds the right editor per field type, round-trips values and shows problems beside fields. */
class TestRecordForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsEditorForEachType_data();
    void buildsEditorForEachType();
    void optionalChoiceHasEmptyEntry();
    void requiredChoiceStartsUnset();
    void dateFieldsCanBeCleared();
    void datesShowAsPeopleWriteThemAndStoreAsIso();
    void requiredFieldsAreMarked();
    void hiddenFieldsAreLeftOut();
    void keepsUnknownChoice();
    void editedOnlyForPeoplesChanges();
    void multiChoiceTicksByKeyboard();
    void problemsAppearBesideTheirField();
    void schemaProblemsLandBesideTheField();
    void problemWithoutFieldGoesInSummary();
    void fieldsKeptAsMadeAreNotOfferedForEditing();

private:
    static EntityKind kindWith(const FieldSpec &field);
    static FieldSpec spec(const QString &name, FieldType type, bool required = false);
};

FieldSpec TestRecordForm::spec(const QString &name, FieldType type, bool required)
{
    FieldSpec f;
    f.name = name;
    f.label = "Sample field";
    f.type = type;
    f.required = required;
    if (type == FieldType::Choice || type == FieldType::MultiChoice)
        f.choices = {{"a", "Apple"}, {"b", "Banana"}, {"c", "Cherry"}};
    return f;
}

EntityKind TestRecordForm::kindWith(const FieldSpec &field)
{
    EntityKind kind;
    kind.key = "sample";
    kind.label = "Sample";
    kind.fields = {field};
    kind.titleField = field.name;
    return kind;
}

void TestRecordForm::buildsEditorForEachType_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QString>("editorClass");
    QTest::addColumn<QString>("value");

    QTest::addRow("text") << FieldType::Text << "QLineEdit"
                          << "Siân";
    QTest::addRow("long text") << FieldType::LongText << "QPlainTextEdit"
                               << "First line\nSecond line";
    QTest::addRow("date") << FieldType::Date << "QLineEdit"
                          << "2026-03-27";
    QTest::addRow("date and time") << FieldType::DateTime << "QLineEdit"
                                   << "2026-03-27 14:30";
    QTest::addRow("decimal") << FieldType::Decimal << "QLineEdit"
                             << "37.5";
    QTest::addRow("integer") << FieldType::Integer << "QLineEdit"
                             << "12";
    QTest::addRow("yes or no") << FieldType::YesNo << "QComboBox"
                               << "yes";
    QTest::addRow("choice") << FieldType::Choice << "QComboBox"
                            << "b";
    QTest::addRow("multiple choice") << FieldType::MultiChoice << "QListWidget"
                                     << "a,c";
    QTest::addRow("NI number") << FieldType::NiNumber << "QLineEdit"
                               << "QQ 12 34 56 C";
    QTest::addRow("postcode") << FieldType::Postcode << "QLineEdit"
                              << "LS1 4AP";
    QTest::addRow("email") << FieldType::Email << "QLineEdit"
                           << "sian@example.com";
    QTest::addRow("phone") << FieldType::Phone << "QLineEdit"
                           << "07700 900982";
    QTest::addRow("reference") << FieldType::Reference << "QLineEdit"
                               << "0123abcd";
}

void TestRecordForm::buildsEditorForEachType()
{
    QFETCH(FieldType, type);
    QFETCH(QString, editorClass);
    QFETCH(QString, value);

    RecordForm form(kindWith(spec("sample_field", type)));
    QWidget *editor = form.findChild<QWidget *>("sample_field");
    QVERIFY(editor);
    QCOMPARE(form.editor("sample_field"), editor);
    QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), editorClass);
    QCOMPARE(editor->accessibleName(), QStringLiteral("Sample field"));
    auto *label = form.findChild<QLabel *>("sample_fieldLabel");
    QVERIFY(label);
    QCOMPARE(label->buddy(), editor);

    form.setValues({{"sample_field", value}});
    QCOMPARE(form.values().value("sample_field"), value);
    QVERIFY(form.changes().isEmpty());
    QVERIFY(!form.isModified());

    form.clear();
    QCOMPARE(form.values().value("sample_field"), QString());
    QCOMPARE(form.changes(), FieldMap());
    QVERIFY(form.filledValues().isEmpty());

    // Written through the editor, the value is a change against what was loaded.
    RecordForm::setEditorValue(form.kind().fields.first(), editor, value);
    QCOMPARE(form.changes(), (FieldMap{{"sample_field", value}}));
    QCOMPARE(form.filledValues(), (FieldMap{{"sample_field", value}}));
}

void TestRecordForm::optionalChoiceHasEmptyEntry()
{
    RecordForm form(kindWith(spec("fruit", FieldType::Choice)));
    auto *combo = form.findChild<QComboBox *>("fruit");
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(2), QStringLiteral("Banana"));
    form.setValues({{"fruit", "c"}});
    QCOMPARE(combo->currentText(), QStringLiteral("Cherry"));
    combo->setCurrentIndex(0);
    QCOMPARE(form.changes(), (FieldMap{{"fruit", QString()}}));

    RecordForm yesNo(kindWith(spec("answer", FieldType::YesNo)));
    auto *answer = yesNo.findChild<QComboBox *>("answer");
    QCOMPARE(answer->count(), 3);
    yesNo.setValues({{"answer", "no"}});
    QCOMPARE(answer->currentText(), QStringLiteral("No"));
}

void TestRecordForm::requiredChoiceStartsUnset()
{
    RecordForm form(kindWith(spec("fruit", FieldType::Choice, true)));
    auto *combo = form.findChild<QComboBox *>("fruit");
    QCOMPARE(combo->count(), 3);
    form.setValues({});
    // Nothing is chosen for the person: an unset required choice is reported, not silently filled.
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(form.values().value("fruit"), QString());
}

void TestRecordForm::dateFieldsCanBeCleared()
{
    RecordForm form(kindWith(spec("started", FieldType::Date)));
    auto *edit = form.findChild<QLineEdit *>("started");
    QVERIFY(!edit->placeholderText().isEmpty());
    QVERIFY(edit->isClearButtonEnabled());
    QVERIFY(!edit->accessibleDescription().isEmpty());
    form.setValues({{"started", "2024-02-29"}});
    edit->clear();
    QCOMPARE(form.changes(), (FieldMap{{"started", QString()}}));
}

void TestRecordForm::datesShowAsPeopleWriteThemAndStoreAsIso()
{
    QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    RecordForm form(kindWith(spec("started", FieldType::Date)));
    auto *edit = form.findChild<QLineEdit *>("started");
    form.setValues({{"started", "2026-11-22"}});
    QCOMPARE(edit->text(), QStringLiteral("22/11/2026"));
    // Unchanged on screen means unchanged in the record.
    QVERIFY(form.changes().isEmpty());
    edit->setText("20/12/2026");
    QCOMPARE(form.values().value("started"), QStringLiteral("2026-12-20"));
    // What is not a date reaches the validator as typed, so its message can say what is wrong.
    edit->setText("20/12/26");
    QCOMPARE(form.values().value("started"), QStringLiteral("20/12/26"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestRecordForm::requiredFieldsAreMarked()
{
    const EntityKind &person = *EntitySchema::instance().kind(Kinds::Person);
    RecordForm form(person);
    auto *given = form.findChild<QLabel *>("given_nameLabel");
    auto *preferred = form.findChild<QLabel *>("preferred_nameLabel");
    QVERIFY(given->text().contains("(required)"));
    QVERIFY(!preferred->text().contains("(required)"));
    QVERIFY(form.editor("given_name")->accessibleDescription().contains("Required"));
    // The accessible name is the label itself, without the marker.
    QCOMPARE(form.editor("given_name")->accessibleName(), QStringLiteral("Given name"));
}

void TestRecordForm::hiddenFieldsAreLeftOut()
{
    const EntityKind &person = *EntitySchema::instance().kind(Kinds::Person);
    RecordForm form(person, {"status"});
    QVERIFY(!form.editor("status"));
    QVERIFY(!form.fieldNames().contains("status"));
    form.setValues({{"given_name", "Siân"}, {"status", "closed"}});
    QVERIFY(!form.values().contains("status"));
    QVERIFY(form.changes().isEmpty());
}

void TestRecordForm::keepsUnknownChoice()
{
    RecordForm form(kindWith(spec("fruit", FieldType::Choice)));
    form.setValues({{"fruit", "durian"}});
    QCOMPARE(form.values().value("fruit"), QStringLiteral("durian"));
    QVERIFY(form.changes().isEmpty());

    RecordForm many(kindWith(spec("fruits", FieldType::MultiChoice)));
    many.setValues({{"fruits", "a,durian"}});
    QCOMPARE(many.values().value("fruits"), QStringLiteral("a,durian"));
}

void TestRecordForm::editedOnlyForPeoplesChanges()
{
    const EntityKind &person = *EntitySchema::instance().kind(Kinds::Person);
    RecordForm form(person);
    QSignalSpy edited(&form, &RecordForm::edited);
    form.setValues({{"given_name", "Siân"}, {"preferred_language", "cy"}});
    form.clear();
    QCOMPARE(edited.count(), 0);
    QTest::keyClicks(form.editor("given_name"), "Tom");
    QVERIFY(edited.count() > 0);
    QCOMPARE(form.changes(), (FieldMap{{"given_name", "Tom"}}));
}

void TestRecordForm::multiChoiceTicksByKeyboard()
{
    RecordForm form(kindWith(spec("fruits", FieldType::MultiChoice)));
    form.setValues({{"fruits", "b"}});
    auto *list = form.findChild<QListWidget *>("fruits");
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    list->setCurrentRow(2);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(form.values().value("fruits"), QStringLiteral("b,c"));
}

void TestRecordForm::problemsAppearBesideTheirField()
{
    const EntityKind &person = *EntitySchema::instance().kind(Kinds::Person);
    RecordForm form(person);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    Error error{
        ErrorCode::Invalid, "2 fields need attention.", {{"postcode", "Bad postcode."}, {"email", "Bad email."}}};
    form.showProblems(error);
    QLabel *postcode = form.problemLabel("postcode");
    QCOMPARE(postcode, form.findChild<QLabel *>("postcodeError"));
    QVERIFY(postcode->isVisible());
    QVERIFY(postcode->text().contains("Bad postcode."));
    // Not colour alone: the problem carries a warning sign and words.
    QVERIFY(postcode->text().startsWith(QChar(0x26A0)));
    QVERIFY(form.problemLabel("email")->text().contains("Bad email."));
    QVERIFY(!form.problemLabel("given_name")->isVisible());
    QVERIFY(form.editor("postcode")->accessibleDescription().contains("Bad postcode."));
    QVERIFY(form.summaryLabel()->isVisible());
    QCOMPARE(form.problem("postcode"), postcode->text());

    form.clearProblems();
    QVERIFY(!postcode->isVisible());
    QVERIFY(!form.summaryLabel()->isVisible());
    QVERIFY(!form.editor("postcode")->accessibleDescription().contains("Bad postcode."));
}

void TestRecordForm::schemaProblemsLandBesideTheField()
{
    const EntityKind &person = *EntitySchema::instance().kind(Kinds::Person);
    RecordForm form(person);
    form.setValues({{"given_name", "Siân"}, {"family_name", "Evans"}, {"preferred_language", "en"}});
    QTest::keyClicks(form.editor("postcode"), "NOT A POSTCODE");
    FieldMap changes = form.changes();
    const auto problems = EntitySchema::instance().validate(person, changes, form.values());
    QCOMPARE(problems.size(), 1);
    Error error{ErrorCode::Invalid, problems.first().message, {{problems.first().field, problems.first().message}}};
    form.showProblems(error);
    QVERIFY(form.problem("postcode").contains(problems.first().message));
    QVERIFY(form.problem("given_name").isEmpty());
}

void TestRecordForm::problemWithoutFieldGoesInSummary()
{
    RecordForm form(kindWith(spec("sample_field", FieldType::Text)));
    form.showProblems(Error{ErrorCode::DiskFull, "The disk is full. Free some space and save again.", {}});
    QVERIFY(form.summaryLabel()->text().contains("The disk is full."));
    QVERIFY(form.problem("sample_field").isEmpty());
}

void TestRecordForm::fieldsKeptAsMadeAreNotOfferedForEditing()
{
    // A put-forward's employer, job and consent stay as made (the schema refuses a change); its outcome does not.
    const EntityKind &putForward = *EntitySchema::instance().kind(Kinds::PutForward);
    RecordForm form(putForward);
    form.setValues({{"employer_id", "e1"},
                    {"employer_name", "Acme Ltd"},
                    {"vacancy_title", "Warehouse operative"},
                    {"put_forward_on", "2026-11-02"},
                    {"consent", "given"},
                    {"outcome", "put_forward"}});
    QVERIFY(!form.findChild<QWidget *>("employer_name")->isEnabled());
    QVERIFY(!form.findChild<QWidget *>("consent")->isEnabled());
    QVERIFY(form.findChild<QWidget *>("outcome")->isEnabled());
    // An empty field kept as made can still be filled in (a record made before the field existed), and a new
    // record's fields are all open.
    QVERIFY(form.findChild<QWidget *>("vacancy_id")->isEnabled());
    form.setValues({});
    QVERIFY(form.findChild<QWidget *>("employer_name")->isEnabled());
}

QTEST_MAIN(TestRecordForm)
#include "TestRecordForm.moc"

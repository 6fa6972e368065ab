#include "model/caseload/PersonReport.h"
#include "model/vault/AuditLog.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"
#include "model/vault/Vault.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The right-of-access export: everything about one person, readable and portable, and audited without values. */
class TestPersonReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void htmlHasEverySection();
    void htmlShowsValuesWithLabels_data();
    void htmlShowsValuesWithLabels();
    void htmlEscapesMarkup();
    void htmlLanguageFollowsPreference_data();
    void htmlLanguageFollowsPreference();
    void correctionsSitUnderTheirNote();
    void leavesOutOtherPeople();
    void jsonHoldsEveryRecord();
    void exportIsAuditedWithoutValues_data();
    void exportIsAuditedWithoutValues();
    void accessListShowsDateAndActionOnly();
    void unknownPersonIsAnError();
    void suggestionsSectionInHtml();
    void suggestionsSectionInJson();
    void disagreementAppearsInLogAndExport();

private:
    /** A match shortlisted by the coach, a note suggestion rejected, and a prefilled answer not yet decided. */
    void addSuggestions();
    QString m_person;
    QString m_note;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

void TestPersonReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    RecordStore &store = m_vault->records();
    auto id = store.createPerson({{"given_name", "Siân"},
                                  {"family_name", "<b>Evans</b> & Sons"},
                                  {"ni_number", "AB123456C"},
                                  {"postcode", "cf101ep"},
                                  {"preferred_language", "cy"}});
    QVERIFY(id);
    m_person = id.value();
    QVERIFY(store.add(
        m_person, Kinds::Circumstances, {{"travel_mode", "public_transport"}, {"days_available", "mon,wed"}}));
    QVERIFY(store.add(m_person, Kinds::WorkHistory, {{"job_title", "Care assistant"}, {"employer", "Tŷ Hafan"}}));
    QVERIFY(store.add(m_person, Kinds::Qualification, {{"title", "CSCS card"}, {"category", "licence"}}));
    QVERIFY(store.add(m_person, Kinds::Skill, {{"label", "Forklift driving"}, {"source", "work_history"}}));
    QVERIFY(store.add(m_person, Kinds::HealthCondition, {{"description", "Back pain <script>alert(1)</script>"}}));
    QVERIFY(store.add(m_person, Kinds::Adjustment, {{"type", "altered_hours"}}));
    QVERIFY(store.add(
        m_person, Kinds::FitNote, {{"assessed_on", "2026-03-01"}, {"assessment", "may_be_fit"}, {"reassess", "yes"}}));
    QVERIFY(store.add(m_person, Kinds::JobGoal, {{"title", "Warehouse operative"}}));
    QVERIFY(store.add(
        m_person, Kinds::ActionItem, {{"description", "Update CV"}, {"status", "open"}, {"due_date", "2026-04-03"}}));
    auto note = store.add(m_person, Kinds::Note, {{"text", "Met in Cardiff; talked about the CV."}});
    QVERIFY(note);
    m_note = note.value();
    QVERIFY(store.correctNote(m_note, "Met in Swansea, not Cardiff."));
    QVERIFY(store.add(m_person, Kinds::Appointment, {{"starts_at", "2026-04-02 10:30"}, {"status", "planned"}}));
    QVERIFY(store.add(m_person, Kinds::Consent, {{"purpose", "share_with_gp"}, {"agreed_on", "2026-01-05"}}));
    QVERIFY(store.recordView(m_person));

    auto other = store.createPerson({{"given_name", "Other"}, {"family_name", "PERSONELSEWHERE"}});
    QVERIFY(other);
    QVERIFY(store.add(other.value(), Kinds::Note, {{"text", "NOTEABOUTSOMEONEELSE"}}));
}

void TestPersonReport::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestPersonReport::htmlHasEverySection()
{
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    const QString html = report->toHtml();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    for (const EntityKind &kind : EntitySchema::instance().kinds()) {
        QVERIFY2(html.contains("<h2>" + kind.translatedLabel().toHtmlEscaped() + "</h2>"), qPrintable(kind.key));
        QVERIFY(html.contains("<section id=\"" + kind.key + "\">"));
    }
    QVERIFY(html.contains("<section id=\"access\">"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("http"));
}

void TestPersonReport::htmlShowsValuesWithLabels_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("shown");
    QTest::addRow("grouped NI number") << Kinds::Person << "ni_number"
                                       << "AB 12 34 56 C";
    QTest::addRow("canonical postcode") << Kinds::Person << "postcode"
                                        << "CF10 1EP";
    QTest::addRow("choice label") << Kinds::Circumstances << "travel_mode"
                                  << "Public transport";
    QTest::addRow("multi-choice labels") << Kinds::Circumstances << "days_available"
                                         << "Monday, Wednesday";
    QTest::addRow("Welsh text") << Kinds::WorkHistory << "employer"
                                << "Tŷ Hafan";
    QTest::addRow("qualification") << Kinds::Qualification << "title"
                                   << "CSCS card";
    QTest::addRow("skill source") << Kinds::Skill << "source"
                                  << "From work history";
    QTest::addRow("adjustment") << Kinds::Adjustment << "type"
                                << "Altered hours";
    QTest::addRow("fit note assessment") << Kinds::FitNote << "assessment"
                                         << "May be fit for work with advice";
    QTest::addRow("yes/no in words") << Kinds::FitNote << "reassess"
                                     << "Yes";
    QTest::addRow("job goal") << Kinds::JobGoal << "title"
                              << "Warehouse operative";
    QTest::addRow("action due") << Kinds::ActionItem << "due_date"
                                << "2026-04-03";
    QTest::addRow("note") << Kinds::Note << "text"
                          << "Met in Cardiff; talked about the CV.";
    QTest::addRow("appointment") << Kinds::Appointment << "starts_at"
                                 << "2026-04-02 10:30";
    QTest::addRow("consent purpose") << Kinds::Consent << "purpose"
                                     << "Sharing with their GP practice";
}

void TestPersonReport::htmlShowsValuesWithLabels()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, shown);
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    const QString label = EntitySchema::instance().kind(kind)->field(field)->translatedLabel();
    QVERIFY2(report->toHtml().contains("<dt>" + label.toHtmlEscaped() + "</dt><dd>" + shown.toHtmlEscaped() + "</dd>"),
             qPrintable(label));
    QVERIFY(report->toText().contains(label + ": " + shown));
}

void TestPersonReport::htmlEscapesMarkup()
{
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    const QString html = report->toHtml();
    QVERIFY(html.contains("&lt;b&gt;Evans&lt;/b&gt; &amp; Sons"));
    QVERIFY(html.contains("Back pain &lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(!html.contains("<b>Evans"));
}

void TestPersonReport::htmlLanguageFollowsPreference_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("attribute");
    QTest::addRow("Welsh") << "cy"
                           << "<html lang=\"cy\">";
    QTest::addRow("English") << "en"
                             << "<html lang=\"en-GB\">";
}

void TestPersonReport::htmlLanguageFollowsPreference()
{
    QFETCH(QString, language);
    QFETCH(QString, attribute);
    QVERIFY(m_vault->records().update(m_person, {{"preferred_language", language}}));
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    QCOMPARE(report->language(), language);
    QVERIFY(report->toHtml().contains(attribute));
}

void TestPersonReport::correctionsSitUnderTheirNote()
{
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    for (const PersonReport::Section &section : report->sections()) {
        if (section.kind != Kinds::Note)
            continue;
        QCOMPARE(section.entries.size(), 1);
        QCOMPARE(section.entries.first().id, m_note);
        QCOMPARE(section.entries.first().corrections.size(), 1);
        QCOMPARE(section.entries.first().corrections.first().fields.first().value,
                 QStringLiteral("Met in Swansea, not Cardiff."));
    }
    const QString html = report->toHtml();
    QVERIFY(html.indexOf("Met in Cardiff") < html.indexOf("class=\"correction\""));
    QVERIFY(html.indexOf("class=\"correction\"") < html.indexOf("Met in Swansea"));
}

void TestPersonReport::leavesOutOtherPeople()
{
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    for (const QString &text : {report->toHtml(), QString::fromUtf8(report->toJson()), report->toText()}) {
        QVERIFY(!text.contains("PERSONELSEWHERE"));
        QVERIFY(!text.contains("NOTEABOUTSOMEONEELSE"));
    }
}

void TestPersonReport::jsonHoldsEveryRecord()
{
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(report->toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value("format").toString(), QStringLiteral("waymark-person-report"));
    QCOMPARE(root.value("person_id").toString(), m_person);
    QCOMPARE(root.value("language").toString(), QStringLiteral("cy"));

    const auto stored = m_vault->records().allForPerson(m_person);
    QVERIFY(stored);
    QSet<QString> ids;
    const QJsonArray sections = root.value("sections").toArray();
    QCOMPARE(sections.size(), EntitySchema::instance().kinds().size());
    for (const QJsonValue &section : sections) {
        for (const QJsonValue &record : section.toObject().value("records").toArray()) {
            ids.insert(record.toObject().value("id").toString());
            for (const QJsonValue &correction : record.toObject().value("corrections").toArray())
                ids.insert(correction.toObject().value("id").toString());
        }
    }
    for (const Record &r : stored.value()) {
        QVERIFY2(ids.contains(r.id), qPrintable(r.kind));
    }
    QCOMPARE(ids.size(), stored->size());
    QVERIFY(report->toJson().contains("\"AB123456C\""));
    QVERIFY(!root.value("access").toArray().isEmpty());
}

void TestPersonReport::exportIsAuditedWithoutValues_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("html") << "html";
    QTest::addRow("json") << "json";
}

void TestPersonReport::exportIsAuditedWithoutValues()
{
    QFETCH(QString, format);
    PersonReport::Format f;
    QVERIFY(PersonReport::formatFromName(format, &f));
    const QString path = m_dir->filePath("export." + format);
    {
        // Written over a file someone left world-readable: the export must still be private.
        QFile loose(path);
        QVERIFY(loose.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(PersonReport::exportToFile(*m_vault, m_person, path, f));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Care assistant"));
    QVERIFY(QString::fromUtf8(bytes).contains("Siân"));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    auto entries = m_vault->audit().entries();
    QVERIFY(entries);
    const AuditEntry &last = entries->first();
    QCOMPARE(last.action, QStringLiteral("export_person"));
    QCOMPARE(last.object, m_person);
    QVERIFY(last.detail.isEmpty());
    QVERIFY(m_vault->audit().verify()->intact());
}

void TestPersonReport::accessListShowsDateAndActionOnly()
{
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    QStringList actions;
    for (const PersonReport::AccessEvent &event : report->accessEvents()) {
        QVERIFY(!event.timestamp.isEmpty());
        actions.append(event.action);
    }
    QCOMPARE(actions.first(), QStringLiteral("create"));
    QVERIFY(actions.contains("view_person"));
    const QJsonArray access = QJsonDocument::fromJson(report->toJson()).object().value("access").toArray();
    QCOMPARE(access.first().toObject().keys(), (QStringList{"action", "date", "description"}));
}

void TestPersonReport::unknownPersonIsAnError()
{
    auto report = PersonReport::build(*m_vault, "0123456789abcdef0123456789abcdef");
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::NotFound);
    QVERIFY(!PersonReport::exportToFile(*m_vault, "nobody", m_dir->filePath("x.html"), PersonReport::Format::Html));
    QVERIFY(!QFile::exists(m_dir->filePath("x.html")));
}

void TestPersonReport::addSuggestions()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    SuggestionShown match;
    match.tool = QString(SuggestionHistory::ToolMatching);
    match.kind = "vacancy";
    match.subject = "V-101";
    match.label = "Warehouse operative";
    match.detail = "Depo <Cymru>";
    match.reference = "V-101";
    match.scorePercent = 78;
    match.explanation = {"Skills: 45 of 60 points", "Matched: forklift truck operation"};
    QVERIFY(history.recordShown(m_person, match));
    QVERIFY(history.recordDecision(m_person, match, SuggestionHistory::DecisionShortlisted));

    SuggestionShown note;
    note.tool = QString(SuggestionHistory::ToolNotes);
    note.kind = "skill";
    note.subject = "skill|S1|welding";
    note.label = "Welding";
    note.detail = "He did some welding at college years ago.";
    note.explanation = {"Skill", "Adds a skill to Work and skills"};
    QVERIFY(history.recordDecision(m_person, note, SuggestionHistory::DecisionRejected));

    SuggestionShown prefill;
    prefill.tool = QString(SuggestionHistory::ToolPrefill);
    prefill.kind = "field";
    prefill.subject = SuggestionHistory::prefillSubject("d1", "postcode");
    prefill.label = "Postcode";
    prefill.detail = "CF10 1EP";
    prefill.reference = "Action plan";
    prefill.explanation = {"From the profile: Postcode"};
    QVERIFY(history.recordShown(m_person, prefill));
}

void TestPersonReport::suggestionsSectionInHtml()
{
    addSuggestions();
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    QCOMPARE(report->suggestions().size(), 3);
    const QString html = report->toHtml();
    QVERIFY(html.contains("<section id=\"suggestions\">"));
    QVERIFY(html.contains(PersonReport::tr("Suggestions made about you").toHtmlEscaped()));
    // The match with its explanation as shown, escaped.
    QVERIFY(html.contains("Warehouse operative at Depo &lt;Cymru&gt;"));
    QVERIFY(!html.contains("<Cymru>"));
    QVERIFY(html.contains("78%"));
    QVERIFY(html.contains("Matched: forklift truck operation"));
    // The note suggestion with its sentence.
    QVERIFY(html.contains("He did some welding at college years ago."));
    // The prefill with its form, value and source.
    QVERIFY(html.contains("Action plan"));
    QVERIFY(html.contains("CF10 1EP"));
    QVERIFY(html.contains("From the profile: Postcode"));
    // Each decision with who and when.
    const auto entries = report->suggestions();
    QVERIFY(html.contains(SuggestionHistory::decisionLabel(SuggestionHistory::DecisionShortlisted)));
    QVERIFY(html.contains(SuggestionHistory::decisionLabel(SuggestionHistory::DecisionRejected)));
    QVERIFY(html.contains(PersonReport::tr("No decision has been recorded.")));
    QVERIFY(html.contains(m_vault->ownerName().toHtmlEscaped()));
    QVERIFY(html.contains(PersonReport::localTime(entries.first().decidedAt)));
    // Before the access list, which stays last.
    QVERIFY(html.indexOf("id=\"suggestions\"") < html.indexOf("id=\"access\""));
}

void TestPersonReport::suggestionsSectionInJson()
{
    addSuggestions();
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    const QJsonArray suggestions = QJsonDocument::fromJson(report->toJson()).object().value("suggestions").toArray();
    QCOMPARE(suggestions.size(), 3);
    const QJsonObject match = suggestions.at(0).toObject();
    QCOMPARE(match.value("tool").toString(), QStringLiteral("matching"));
    QCOMPARE(match.value("shown").toObject().value("score_percent").toInt(), 78);
    QCOMPARE(match.value("shown").toObject().value("explanation").toArray().at(1).toString(),
             QStringLiteral("Matched: forklift truck operation"));
    QCOMPARE(match.value("decision").toString(), QStringLiteral("shortlisted"));
    QCOMPARE(match.value("decided_by").toString(), m_vault->ownerName());
    QVERIFY(QDateTime::fromString(match.value("decided_at").toString(), Qt::ISODate).isValid());
    QVERIFY(QDateTime::fromString(match.value("shown_at").toString(), Qt::ISODate).isValid());
    const QJsonObject note = suggestions.at(1).toObject();
    QCOMPARE(note.value("shown").toObject().value("detail").toString(),
             QStringLiteral("He did some welding at college years ago."));
    QCOMPARE(note.value("decision").toString(), QStringLiteral("rejected"));
    const QJsonObject prefill = suggestions.at(2).toObject();
    QCOMPARE(prefill.value("tool").toString(), QStringLiteral("prefill"));
    QCOMPARE(prefill.value("decision").toString(), QString());
}

void TestPersonReport::disagreementAppearsInLogAndExport()
{
    addSuggestions();
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    const QString entry = history.forPerson(m_person)->first().id;
    QVERIFY(history.recordDisagreement(
        m_person, entry, QString(SuggestionHistory::AboutDecision), "I cannot lift heavy boxes"));
    auto report = PersonReport::build(*m_vault, m_person);
    QVERIFY(report);
    QVERIFY(report->toHtml().contains("I cannot lift heavy boxes"));
    QVERIFY(report->toText().contains("I cannot lift heavy boxes"));
    const QJsonObject first =
        QJsonDocument::fromJson(report->toJson()).object().value("suggestions").toArray().at(0).toObject();
    const QJsonObject disagreement = first.value("disagreements").toArray().at(0).toObject();
    QCOMPARE(disagreement.value("about").toString(), QStringLiteral("decision"));
    QCOMPARE(disagreement.value("reason").toString(), QStringLiteral("I cannot lift heavy boxes"));
    QCOMPARE(disagreement.value("recorded_by").toString(), m_vault->ownerName());
    // In the log: the entry names the action in plain words, and its row holds ids, never the words.
    bool listed = false;
    for (const PersonReport::AccessEvent &event : report->accessEvents())
        listed = listed || event.action == QLatin1String("suggestion_disputed");
    QVERIFY(listed);
    QVERIFY(report->toHtml().contains(PersonReport::tr("Your disagreement with a suggestion recorded")));
    const auto audit = m_vault->audit().entries(m_person).value();
    QCOMPARE(audit.first().action, QStringLiteral("suggestion_disputed"));
    QVERIFY(audit.first().detail.contains(entry));
    QVERIFY(!audit.first().detail.contains("boxes"));
}

QTEST_GUILESS_MAIN(TestPersonReport)
#include "TestPersonReport.moc"

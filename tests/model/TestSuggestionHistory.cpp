#include "model/notes/SuggestionApplier.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Schema.h"
#include "model/vault/SuggestionHistory.h"
#include "model/vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * The per-person history of suggestions (issue 17 §4): what each tool showed, in the words shown, the decision
 * on it, the person's disagreement, kept bounded, audited by ids only, and gone when the person is erased.
 */
class TestSuggestionHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepsWhatWasShownOnce();
    void showsAgainWhenTheContentChanges();
    void decisionGoesOnTheUndecidedEntry();
    void decisionWithoutShowingKeepsItToo();
    void matchesKeptPerRunAreBounded();
    void prefillDecisionsFollowTheFinishedAnswers();
    void disagreementIsKeptAndAuditedWithIdsOnly();
    void disagreementWithADecisionNeedsOne();
    void badDisagreementChangesNothing_data();
    void badDisagreementChangesNothing();
    void noteSuggestionsKeepTheSentenceAndDecision();
    void erasingThePersonRemovesTheirHistory();
    void vaultOfSchema19GainsTheHistory();

private:
    SuggestionShown match(const QString &vacancy, int score) const;
    qint64 count(const char *sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    QString m_person;
};

void TestSuggestionHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    auto id = m_vault->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}});
    QVERIFY(id);
    m_person = id.value();
}

void TestSuggestionHistory::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

SuggestionShown TestSuggestionHistory::match(const QString &vacancy, int score) const
{
    SuggestionShown shown;
    shown.tool = QString(SuggestionHistory::ToolMatching);
    shown.kind = "vacancy";
    shown.subject = vacancy;
    shown.label = "Care assistant";
    shown.detail = "Tŷ Hafan";
    shown.reference = vacancy;
    shown.scorePercent = score;
    shown.explanation = {"Skills: 60% of the score", "Matched: personal care"};
    shown.engine = "match-1";
    shown.taxonomy = "builtin-1";
    return shown;
}

qint64 TestSuggestionHistory::count(const char *sql) const
{
    return m_vault->database().scalarInteger(sql).value();
}

void TestSuggestionHistory::keepsWhatWasShownOnce()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    auto first = history.recordShown(m_person, match("v1", 82));
    QVERIFY(first);
    // Re-sorting the same results shows the same thing: nothing more is kept.
    auto again = history.recordShown(m_person, match("v1", 82));
    QVERIFY(again);
    QCOMPARE(again.value(), first.value());
    auto entries = history.forPerson(m_person);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const SuggestionEntry &entry = entries->first();
    QCOMPARE(entry.shown, match("v1", 82));
    QCOMPARE(entry.shownBy, m_vault->ownerName());
    QVERIFY(!entry.shownAt.isEmpty());
    QVERIFY(entry.decision.isEmpty());
}

void TestSuggestionHistory::showsAgainWhenTheContentChanges()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    QVERIFY(history.recordShown(m_person, match("v1", 82)));
    QVERIFY(history.recordShown(m_person, match("v1", 75)));
    auto entries = history.forPerson(m_person);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).shown.scorePercent, 82);
    QCOMPARE(entries->at(1).shown.scorePercent, 75);
}

void TestSuggestionHistory::decisionGoesOnTheUndecidedEntry()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    auto shown = history.recordShown(m_person, match("v1", 82));
    auto decided = history.recordDecision(m_person, match("v1", 82), SuggestionHistory::DecisionShortlisted);
    QVERIFY(decided);
    QCOMPARE(decided.value(), shown.value());
    auto entries = history.forPerson(m_person);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().decision, QString(SuggestionHistory::DecisionShortlisted));
    QCOMPARE(entries->first().decidedBy, m_vault->ownerName());
    QVERIFY(!entries->first().decidedAt.isEmpty());
    // A second decision on the same vacancy is a new entry: the first decision stays as taken.
    QVERIFY(history.recordDecision(m_person, match("v1", 82), SuggestionHistory::DecisionDiscussed));
    entries = history.forPerson(m_person);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).decision, QString(SuggestionHistory::DecisionShortlisted));
    QCOMPARE(entries->at(1).decision, QString(SuggestionHistory::DecisionDiscussed));
}

void TestSuggestionHistory::decisionWithoutShowingKeepsItToo()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    QVERIFY(history.recordDecision(m_person, match("v9", 40), SuggestionHistory::DecisionShortlisted));
    auto entries = history.forPerson(m_person);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().shown.subject, QStringLiteral("v9"));
    QCOMPARE(history.recordDecision(m_person, match("v9", 40), "approved").error().code, ErrorCode::Invalid);
}

void TestSuggestionHistory::matchesKeptPerRunAreBounded()
{
    QVector<SuggestionShown> ranked;
    for (int i = 0; i < SuggestionHistory::MaxMatchesPerRun + 15; ++i)
        ranked.append(match(QStringLiteral("v%1").arg(i), 90 - i));
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    QVERIFY(history.recordMatchesShown(m_person, ranked));
    QVERIFY(history.recordMatchesShown(m_person, ranked));
    auto entries = history.forPerson(m_person);
    QCOMPARE(entries->size(), SuggestionHistory::MaxMatchesPerRun);
    QCOMPARE(entries->first().shown.subject, QStringLiteral("v0"));
}

void TestSuggestionHistory::prefillDecisionsFollowTheFinishedAnswers()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    const auto prefill = [](const QString &draft, const QString &field, const QString &value) {
        SuggestionShown shown;
        shown.tool = QString(SuggestionHistory::ToolPrefill);
        shown.kind = "field";
        shown.subject = SuggestionHistory::prefillSubject(draft, field);
        shown.label = field;
        shown.detail = value;
        shown.reference = "Action plan";
        shown.explanation = {"From the profile: Postcode"};
        return shown;
    };
    QVERIFY(history.recordShown(m_person, prefill("d1", "postcode", "CF10 1EP")));
    QVERIFY(history.recordShown(m_person, prefill("d1", "hours", "16")));
    QVERIFY(history.recordShown(m_person, prefill("d1", "phone", "029 2000 0000")));
    QVERIFY(history.recordShown(m_person, prefill("d2", "postcode", "CF10 1EP")));
    QVERIFY(history.decidePrefills(m_person, "d1", {{"postcode", "CF10 1EP"}, {"hours", "20"}}));
    auto entries = history.forPerson(m_person);
    QCOMPARE(entries->size(), 4);
    QCOMPARE(entries->at(0).decision, QString(SuggestionHistory::DecisionAccepted));
    QCOMPARE(entries->at(1).decision, QString(SuggestionHistory::DecisionChanged));
    QCOMPARE(entries->at(1).decidedValue, QStringLiteral("20"));
    QCOMPARE(entries->at(2).decision, QString(SuggestionHistory::DecisionRejected));
    // Another draft's values wait for that draft.
    QVERIFY(entries->at(3).decision.isEmpty());
}

void TestSuggestionHistory::disagreementIsKeptAndAuditedWithIdsOnly()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    const QString entry =
        history.recordDecision(m_person, match("v1", 82), SuggestionHistory::DecisionShortlisted).value();
    auto id = history.recordDisagreement(
        m_person, entry, QString(SuggestionHistory::AboutDecision), "  Care work hurts my back  ");
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    auto entries = history.forPerson(m_person);
    QCOMPARE(entries->first().disagreements.size(), 1);
    const SuggestionDisagreement &d = entries->first().disagreements.first();
    QCOMPARE(d.id, id.value());
    QCOMPARE(d.about, QString(SuggestionHistory::AboutDecision));
    QCOMPARE(d.reason, QStringLiteral("Care work hurts my back"));
    QCOMPARE(d.recordedBy, m_vault->ownerName());

    auto audit = m_vault->audit().entries(m_person);
    QVERIFY(audit);
    QCOMPARE(audit->first().action, QString(AuditAction::SuggestionDisputed));
    QVERIFY(audit->first().detail.contains("suggestion=" + entry));
    QVERIFY(audit->first().detail.contains("about=decision"));
    for (const AuditEntry &e : audit.value()) {
        QVERIFY(!e.detail.contains("back", Qt::CaseInsensitive));
        QVERIFY(!e.detail.contains("Care"));
    }
    QVERIFY(m_vault->audit().verify()->intact());
}

void TestSuggestionHistory::disagreementWithADecisionNeedsOne()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    const QString entry = history.recordShown(m_person, match("v1", 82)).value();
    auto refused = history.recordDisagreement(m_person, entry, QString(SuggestionHistory::AboutDecision), "No");
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QVERIFY(history.recordDisagreement(m_person, entry, QString(SuggestionHistory::AboutSuggestion), "Not for me"));
}

void TestSuggestionHistory::badDisagreementChangesNothing_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("otherPerson");
    QTest::addColumn<QString>("about");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("code");
    QTest::newRow("empty reason") << "" << false << "suggestion"
                                  << "   " << int(ErrorCode::Invalid);
    QTest::newRow("too long") << "" << false << "suggestion" << QString(SuggestionHistory::MaxReasonLength + 1, 'x')
                              << int(ErrorCode::Invalid);
    QTest::newRow("unknown about") << "" << false << "vacancy"
                                   << "No" << int(ErrorCode::Invalid);
    QTest::newRow("unknown entry") << "nope" << false << "suggestion"
                                   << "No" << int(ErrorCode::NotFound);
    QTest::newRow("someone else's") << "" << true << "suggestion"
                                    << "No" << int(ErrorCode::NotFound);
}

void TestSuggestionHistory::badDisagreementChangesNothing()
{
    QFETCH(QString, entry);
    QFETCH(bool, otherPerson);
    QFETCH(QString, about);
    QFETCH(QString, reason);
    QFETCH(int, code);
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    const QString held = history.recordShown(m_person, match("v1", 82)).value();
    QString person = m_person;
    if (otherPerson)
        person = m_vault->records().createPerson({{"given_name", "Other"}, {"family_name", "Person"}}).value();
    const qint64 auditRows = count("SELECT count(*) FROM audit");
    auto refused = history.recordDisagreement(person, entry.isEmpty() ? held : entry, about, reason);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().code), code);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(count("SELECT count(*) FROM suggestion_disagreements"), 0);
    QCOMPARE(count("SELECT count(*) FROM audit"), auditRows);
}

void TestSuggestionHistory::noteSuggestionsKeepTheSentenceAndDecision()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    SuggestionApplier applier(m_vault->records(), m_vault->audit());
    applier.setVersions("builtin-1");
    applier.setHistory(&history);
    ExtractedSuggestion forklift;
    forklift.kind = ExtractedSuggestion::Kind::Skill;
    forklift.value = "forklift truck operation";
    forklift.preferredLabel = "forklift truck operation";
    forklift.conceptId = "S-forklift";
    forklift.sentence = "She drove a forklift at the depot for three years.";
    ExtractedSuggestion hours;
    hours.kind = ExtractedSuggestion::Kind::Hours;
    hours.value = "16";
    hours.sentence = "Can do 16 hours a week.";
    QVERIFY(applier.shown(m_person, {forklift, hours}));
    QVERIFY(applier.accept(m_person, forklift, "Forklift driving"));
    QVERIFY(applier.reject(m_person, hours));

    auto entries = SuggestionHistory(m_vault->database(), m_vault->audit()).forPerson(m_person);
    QCOMPARE(entries->size(), 2);
    const SuggestionEntry &skill = entries->at(0);
    QCOMPARE(skill.shown.tool, QString(SuggestionHistory::ToolNotes));
    QCOMPARE(skill.shown.kind, QStringLiteral("skill"));
    QCOMPARE(skill.shown.detail, forklift.sentence);
    QCOMPARE(skill.shown.label, QStringLiteral("forklift truck operation"));
    QCOMPARE(skill.shown.taxonomy, QStringLiteral("builtin-1"));
    QCOMPARE(skill.decision, QString(SuggestionHistory::DecisionChanged));
    QCOMPARE(skill.decidedValue, QStringLiteral("Forklift driving"));
    QCOMPARE(entries->at(1).shown.detail, hours.sentence);
    QCOMPARE(entries->at(1).decision, QString(SuggestionHistory::DecisionRejected));
    // The audit still holds no sentence.
    const auto audit = m_vault->audit().entries(m_person);
    QVERIFY(audit);
    for (const AuditEntry &e : audit.value())
        QVERIFY2(!e.detail.contains("forklift", Qt::CaseInsensitive), qPrintable(e.detail));
}

void TestSuggestionHistory::erasingThePersonRemovesTheirHistory()
{
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    const QString other = m_vault->records().createPerson({{"given_name", "Aled"}, {"family_name", "Jones"}}).value();
    const QString entry = history.recordShown(m_person, match("v1", 82)).value();
    QVERIFY(history.recordDisagreement(m_person, entry, QString(SuggestionHistory::AboutSuggestion), "ERASEME"));
    QVERIFY(history.recordShown(other, match("v1", 82)));
    QVERIFY(m_vault->records().erasePerson(m_person));
    QCOMPARE(history.forPerson(m_person)->size(), 0);
    Statement left = m_vault->database().prepare(
        "SELECT (SELECT count(*) FROM suggestion_history WHERE person_id = ?1) + "
        "(SELECT count(*) FROM suggestion_disagreements WHERE person_id = ?1 OR reason LIKE 'ERASEME%')");
    left.bind(1, m_person);
    QVERIFY(left.next());
    QCOMPARE(left.integer(0), 0);
    // Only theirs: another person's history stays.
    QCOMPARE(history.forPerson(other)->size(), 1);
}

void TestSuggestionHistory::vaultOfSchema19GainsTheHistory()
{
    QTemporaryDir dir;
    QString person;
    {
        auto old = Fixtures::create(dir, "old", VaultSetting::WorkCoach, 19);
        QVERIFY(old);
        QCOMPARE(Schema::versionOf(old->database()).value(), 19);
        person = old->records().createPerson({{"given_name", "Old"}, {"family_name", "Schema"}}).value();
    }
    auto vault = Vault::open(Fixtures::pathIn(dir, "old"), Fixtures::passphrase());
    QVERIFY(vault);
    QCOMPARE(Schema::versionOf(vault.value()->database()).value(), Schema::CurrentVersion);
    SuggestionHistory history(vault.value()->database(), vault.value()->audit());
    QVERIFY(history.forPerson(person)->isEmpty());
    QVERIFY(history.recordShown(person, match("v1", 50)));
    QCOMPARE(history.forPerson(person)->size(), 1);
    QCOMPARE(vault.value()->records().get(person)->value("family_name"), QStringLiteral("Schema"));
}

QTEST_GUILESS_MAIN(TestSuggestionHistory)
#include "TestSuggestionHistory.moc"

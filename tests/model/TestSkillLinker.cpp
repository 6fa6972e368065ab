#include "model/notes/SkillLinker.h"

#include <QTest>

namespace
{
    void add(Taxonomy &t,
             const QString &label,
             const QStringList &alts = {},
             ConceptType type = ConceptType::Skill,
             const QString &description = {})
    {
        t.addConcept({Taxonomy::slugId(QStringLiteral("t"), label), label, type, alts, {}, description});
    }

    /** A small ESCO-like taxonomy: enough labels for the word weights to mean something. */
    std::shared_ptr<const SkillNormaliser> escoLikeNormaliser()
    {
        auto t = std::make_shared<Taxonomy>();
        add(*t, QStringLiteral("analyse business requirements"), {QStringLiteral("study business requirements")});
        add(*t, QStringLiteral("think creatively"), {QStringLiteral("design"), QStringLiteral("be creative")});
        add(*t, QStringLiteral("dies"), {QStringLiteral("patterns")}, ConceptType::Knowledge);
        add(*t, QStringLiteral("SQL"), {}, ConceptType::Knowledge);
        add(*t, QStringLiteral("Java (computer programming)"), {QStringLiteral("Java")}, ConceptType::Knowledge);
        add(*t, QStringLiteral("manage staff"), {QStringLiteral("manage employees")});
        add(*t, QStringLiteral("manage budgets"), {QStringLiteral("budget management")});
        add(*t, QStringLiteral("business analysis"), {}, ConceptType::Knowledge);
        add(*t, QStringLiteral("design buildings"), {QStringLiteral("building design")});
        add(*t, QStringLiteral("graphic design"), {QStringLiteral("design graphics")});
        add(*t, QStringLiteral("use spreadsheets software"), {QStringLiteral("use spreadsheets")});
        add(*t, QStringLiteral("perform project management"), {QStringLiteral("manage projects")});
        add(*t, QStringLiteral("cooperate with colleagues"), {QStringLiteral("work with colleagues")});
        add(*t, QStringLiteral("forklift licence"), {QStringLiteral("forklift")}, ConceptType::Licence);
        add(*t, QStringLiteral("skills"), {}, ConceptType::Group);
        // On the stoplist: named as skills only beside a cue.
        add(*t, QStringLiteral("communication"), {}, ConceptType::Knowledge);
        add(*t, QStringLiteral("English"), {}, ConceptType::Knowledge);
        add(*t, QStringLiteral("presentation"), {}, ConceptType::Knowledge);
        // A role, a past event and two things joined by "and" are not the skill in another word form.
        add(*t, QStringLiteral("door supervision"));
        add(*t, QStringLiteral("appointment booking"));
        add(*t, QStringLiteral("transport cleaning"));
        add(*t, QStringLiteral("Kotlin (computer programming)"), {}, ConceptType::Knowledge);
        add(*t, QStringLiteral("computer programming"), {QStringLiteral("PowerShell")}, ConceptType::Knowledge);
        add(*t, QStringLiteral("extract transform load tools"), {QStringLiteral("ETL")}, ConceptType::Knowledge);
        // Two concepts share an alternative label; their descriptions tell them apart.
        add(*t,
            QStringLiteral("run payroll"),
            {QStringLiteral("payroll processing")},
            ConceptType::Skill,
            QStringLiteral("Pay the staff on time and keep to the budgets."));
        add(*t,
            QStringLiteral("install payroll software"),
            {QStringLiteral("payroll processing")},
            ConceptType::Skill,
            QStringLiteral("Install and update the software that works out pay."));
        return std::make_shared<const SkillNormaliser>(t);
    }

    /** A taxonomy where one word is an alternative label of two concepts: a candidate of middling strength. */
    std::shared_ptr<const SkillNormaliser> sharedWordNormaliser(const QString &source)
    {
        auto t = std::make_shared<Taxonomy>();
        t->setSource(source);
        add(*t, QStringLiteral("work in teams"), {QStringLiteral("teamwork")});
        add(*t, QStringLiteral("collaborate on tasks"), {QStringLiteral("teamwork")});
        add(*t, QStringLiteral("manage budgets"));
        return std::make_shared<const SkillNormaliser>(t);
    }

    double confidenceOf(const SkillLinker &linker, const QString &text)
    {
        const QVector<SkillLink> found = linker.link(NoteTokenizer::tokenize(text));
        return found.size() == 1 ? found.first().confidence : -1;
    }

    /** "words as written=preferred label" for each link. */
    QStringList links(const SkillLinker &linker, const Taxonomy &taxonomy, const QString &text)
    {
        const QVector<NoteToken> tokens = NoteTokenizer::tokenize(text);
        QStringList out;
        for (const SkillLink &l : linker.link(tokens)) {
            out.append(text.mid(tokens.at(l.first).start, tokens.at(l.last).end - tokens.at(l.first).start) +
                       QLatin1Char('=') + taxonomy.concepts().at(l.conceptIndex).preferredLabel);
        }
        return out;
    }
} // namespace

class TestSkillLinker : public QObject
{
    Q_OBJECT

private slots:
    void stemsWordForms_data();
    void stemsWordForms();
    void linksLabelsAndNearPhrasings_data();
    void linksLabelsAndNearPhrasings();
    void exactSpecificLabelIsMostConfident();
    void nearPhrasingIsLessSureThanTheLabel();
    void cueLiftsAWeakLabel();
    void confidenceIsCalibratedAndMonotone();
    void acronymNeedsCapitals();
    void oneConceptPerSpan();
    void licencesAndGroupsAreNotLinked();
    void worksWithoutATaxonomy();
    void productNameOfABroadConceptIsWeak();
    void importedTaxonomyNeedsAStrongerCandidate();

private:
    std::shared_ptr<const SkillNormaliser> m_normaliser = escoLikeNormaliser();
    SkillLinker m_linker{m_normaliser};
};

void TestSkillLinker::stemsWordForms_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("analyse") << "analyse"
                             << "analysing";
    QTest::newRow("analysis") << "analyse"
                              << "analysis";
    QTest::newRow("manage") << "management"
                            << "managing";
    QTest::newRow("manager") << "manage"
                             << "manager";
    QTest::newRow("programming") << "program"
                                 << "programming";
    QTest::newRow("optimisation") << "optimise"
                                  << "optimisation";
    QTest::newRow("cooperating") << "cooperate"
                                 << "cooperating";
}

void TestSkillLinker::stemsWordForms()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(SkillLinker::stem(a), SkillLinker::stem(b));
    QVERIFY(SkillLinker::stem(a).size() >= 3);
}

void TestSkillLinker::linksLabelsAndNearPhrasings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("preferred label") << "You will analyse business requirements."
                                     << QStringList{"analyse business requirements=analyse business requirements"};
    QTest::newRow("near phrasing") << "Ability to analyse requirements"
                                   << QStringList{"analyse requirements=analyse business requirements"};
    QTest::newRow("word forms with a cue") << "Experience in cooperating with colleagues"
                                           << QStringList{"cooperating with colleagues=cooperate with colleagues"};
    QTest::newRow("word forms without a cue")
        << "Cooperating with colleagues daily" << QStringList{"Cooperating with colleagues=cooperate with colleagues"};
    QTest::newRow("a role is not the skill") << "Worked as a door supervisor" << QStringList{};
    QTest::newRow("a past event is not the skill") << "Appointment booked for Monday" << QStringList{};
    QTest::newRow("two things joined by and") << "Has own transport and a clean licence" << QStringList{};
    QTest::newRow("stoplisted label alone") << "We value communication." << QStringList{};
    QTest::newRow("stoplisted label with a cue")
        << "Good communication skills" << QStringList{"communication=communication"};
    QTest::newRow("cue after a coordinated list")
        << "Strong communication and presentation skills"
        << QStringList{"communication=communication", "presentation=presentation"};
    QTest::newRow("language with a cue") << "Fluency in English" << QStringList{"English=English"};
    QTest::newRow("language alone") << "Speaks some English" << QStringList{};
    QTest::newRow("name before a qualifier in brackets")
        << "Experience with Kotlin" << QStringList{"Kotlin=Kotlin (computer programming)"};
    QTest::newRow("shared label, staff around it")
        << "Payroll processing for our staff" << QStringList{"Payroll processing=run payroll"};
    QTest::newRow("shared label, software around it")
        << "Payroll processing in cloud software" << QStringList{"Payroll processing=install payroll software"};
}

void TestSkillLinker::linksLabelsAndNearPhrasings()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(links(m_linker, m_normaliser->taxonomy(), text).join(QLatin1Char('|')), expected.join(QLatin1Char('|')));
}

void TestSkillLinker::exactSpecificLabelIsMostConfident()
{
    const QVector<SkillLink> found =
        m_linker.link(NoteTokenizer::tokenize(QStringLiteral("We analyse business requirements")));
    QCOMPARE(found.size(), 1);
    // The highest calibrated confidence: a specific label of several words, written as it is.
    QVERIFY(found.first().confidence >= SkillLinker::calibrated(0.9));
}

void TestSkillLinker::nearPhrasingIsLessSureThanTheLabel()
{
    const QVector<SkillLink> exact =
        m_linker.link(NoteTokenizer::tokenize(QStringLiteral("We analyse business requirements")));
    const QVector<SkillLink> near =
        m_linker.link(NoteTokenizer::tokenize(QStringLiteral("Ability to analyse requirements")));
    QCOMPARE(exact.size(), 1);
    QCOMPARE(near.size(), 1);
    QCOMPARE(near.first().conceptIndex, exact.first().conceptIndex);
    QVERIFY(near.first().confidence < exact.first().confidence);
}

void TestSkillLinker::cueLiftsAWeakLabel()
{
    // "patterns" is an ordinary word and an alternative label: too weak alone, still weak after a cue,
    // while a cue makes a label already accepted surer.
    QVERIFY(m_linker.link(NoteTokenizer::tokenize(QStringLiteral("patterns"))).isEmpty());
    const QVector<SkillLink> plain = m_linker.link(NoteTokenizer::tokenize(QStringLiteral("graphic design")));
    const QVector<SkillLink> cued =
        m_linker.link(NoteTokenizer::tokenize(QStringLiteral("experience in graphic design")));
    QCOMPARE(plain.size(), 1);
    QCOMPARE(cued.size(), 1);
    QVERIFY(cued.first().confidence > plain.first().confidence);
}

void TestSkillLinker::confidenceIsCalibratedAndMonotone()
{
    double previous = -1;
    for (int i = 0; i <= 20; ++i) {
        const double c = SkillLinker::calibrated(i / 20.0);
        QVERIFY(c >= 0 && c <= 1);
        QVERIFY(c >= previous);
        previous = c;
    }
    QCOMPARE(SkillLinker::calibrated(-3), SkillLinker::calibrated(0));
    QCOMPARE(SkillLinker::calibrated(7), SkillLinker::calibrated(1));
}

void TestSkillLinker::acronymNeedsCapitals()
{
    QCOMPARE(links(m_linker, m_normaliser->taxonomy(), QStringLiteral("Knowledge of SQL")), QStringList{"SQL=SQL"});
    QVERIFY(links(m_linker, m_normaliser->taxonomy(), QStringLiteral("knowledge of sql")).isEmpty());
}

void TestSkillLinker::oneConceptPerSpan()
{
    // "manage projects" is also near "manage staff" and "manage budgets": only the best is kept.
    const QVector<SkillLink> found = m_linker.link(NoteTokenizer::tokenize(QStringLiteral("You will manage projects")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(m_normaliser->taxonomy().concepts().at(found.first().conceptIndex).preferredLabel,
             QStringLiteral("perform project management"));
}

void TestSkillLinker::licencesAndGroupsAreNotLinked()
{
    QVERIFY(links(m_linker, m_normaliser->taxonomy(), QStringLiteral("Has a forklift licence")).isEmpty());
    QVERIFY(links(m_linker, m_normaliser->taxonomy(), QStringLiteral("skills")).isEmpty());
}

void TestSkillLinker::worksWithoutATaxonomy()
{
    const SkillLinker bare(nullptr);
    QVERIFY(bare.link(NoteTokenizer::tokenize(QStringLiteral("analyse business requirements"))).isEmpty());
}

void TestSkillLinker::productNameOfABroadConceptIsWeak()
{
    // Both are one rare alternative label after the same cue; "ETL" abbreviates its concept's label, while
    // "PowerShell" names one product of the broad "computer programming".
    const double acronym = confidenceOf(m_linker, QStringLiteral("Experience with ETL"));
    const double product = confidenceOf(m_linker, QStringLiteral("Experience with PowerShell"));
    QVERIFY(acronym > 0);
    QVERIFY2(product < acronym, qPrintable(QStringLiteral("%1 vs %2").arg(product).arg(acronym)));
}

void TestSkillLinker::importedTaxonomyNeedsAStrongerCandidate()
{
    // An alternative label two concepts share scores between the two thresholds.
    const SkillLinker builtIn(sharedWordNormaliser(QStringLiteral("builtin")));
    const SkillLinker imported(sharedWordNormaliser(QStringLiteral("esco")));
    QCOMPARE(builtIn.link(NoteTokenizer::tokenize(QStringLiteral("Teamwork"))).size(), 1);
    QVERIFY(imported.link(NoteTokenizer::tokenize(QStringLiteral("Teamwork"))).isEmpty());
    QCOMPARE(imported.link(NoteTokenizer::tokenize(QStringLiteral("We manage budgets"))).size(), 1);
}

QTEST_GUILESS_MAIN(TestSkillLinker)
#include "TestSkillLinker.moc"

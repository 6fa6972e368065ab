#include "model/matching/MatchResultsModel.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/Taxonomy.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

/** The ranked vacancies as a table: text per column, meaning through roles, checked by QAbstractItemModelTester. */
class TestMatchResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsEmptyWithItsColumns();
    void showsEachResultAsARow_data();
    void showsEachResultAsARow();
    void rolesCarryMeaningOnEveryColumn();
    void readsTheRowAloudWhole();
    void newResultsReplaceTheOld();
    void clearForgetsResultsAndContext();
    void resultsWithoutTheirContextAreNotShown();
    void percentRoundsToWholeNumbers_data();
    void percentRoundsToWholeNumbers();
    void namesEveryContractType();

private:
    std::shared_ptr<const MatchingContext> m_context;
    QVector<MatchResult> m_results;
    std::unique_ptr<MatchResultsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMatchResultsModel::initTestCase()
{
    const QDate today(2026, 11, 1);
    Vacancy near;
    near.id = "near";
    near.title = "Warehouse operative";
    near.employer = "Northern Stores";
    near.skills = {"forklift driving", "stock control"};
    near.latitude = 53.80;
    near.longitude = -1.55;
    near.hoursPerWeek = 37.5;
    near.contractType = ContractType::Permanent;
    near.closingDate = today.addDays(20);
    Vacancy unstated = near;
    unstated.id = "unstated";
    unstated.title = "Stock controller";
    unstated.employer = "Leeds Depot";
    unstated.hoursPerWeek.reset();
    unstated.latitude.reset();
    unstated.longitude.reset();
    unstated.contractType = ContractType::ZeroHours;
    m_context = MatchingContext::fromVacancies(
        std::make_shared<const Taxonomy>(Taxonomy::builtIn().value()), {near, unstated}, today);

    MatchProfile profile;
    profile.skills = {m_context->normaliser().skill("forklift driving")};
    profile.latitude = 53.81;
    profile.longitude = -1.56;
    m_results = m_context->matcher().rank(profile, MatchOptions{});
    QCOMPARE(m_results.size(), 2);
}

void TestMatchResultsModel::init()
{
    m_model = std::make_unique<MatchResultsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMatchResultsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestMatchResultsModel::startsEmptyWithItsColumns()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(MatchResultsModel::ColumnCount));
    QVERIFY(!m_model->context());
    QVERIFY(m_model->result(0) == nullptr);
    const QStringList expected = {"Rank", "Score", "Vacancy", "Employer", "Distance", "Hours", "Contract"};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestMatchResultsModel::showsEachResultAsARow_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addRow("rank") << int(MatchResultsModel::RankColumn) << "1"
                          << "2";
    QTest::addRow("vacancy") << int(MatchResultsModel::TitleColumn) << "Warehouse operative"
                             << "Stock controller";
    QTest::addRow("employer") << int(MatchResultsModel::EmployerColumn) << "Northern Stores"
                              << "Leeds Depot";
    QTest::addRow("hours") << int(MatchResultsModel::HoursColumn) << "37.5 a week"
                           << "Not stated";
    QTest::addRow("contract") << int(MatchResultsModel::ContractColumn) << "Permanent"
                              << "Zero hours";
    QTest::addRow("distance") << int(MatchResultsModel::DistanceColumn) << "1.3 km"
                              << "Not known";
}

void TestMatchResultsModel::showsEachResultAsARow()
{
    QFETCH(int, column);
    QFETCH(QString, first);
    QFETCH(QString, second);
    m_model->setResults(m_context, m_results);
    QCOMPARE(m_model->rowCount(), 2);
    // The ranking puts the nearer vacancy with hours first; the rows follow the ranking.
    QCOMPARE(m_model->index(0, 0).data(MatchResultsModel::VacancyIdRole).toString(), QStringLiteral("near"));
    QCOMPARE(m_model->index(0, column).data().toString(), first);
    QCOMPARE(m_model->index(1, column).data().toString(), second);
}

void TestMatchResultsModel::rolesCarryMeaningOnEveryColumn()
{
    m_model->setResults(m_context, m_results);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const MatchResult &result = m_results.at(row);
        const VacancyIndex::Entry &entry = m_context->index().entry(result.vacancy);
        for (int column = 0; column < MatchResultsModel::ColumnCount; ++column) {
            const QModelIndex index = m_model->index(row, column);
            QCOMPARE(index.data(MatchResultsModel::ResultRole).toInt(), row);
            QCOMPARE(index.data(MatchResultsModel::ScoreRole).toDouble(), result.score);
            QCOMPARE(index.data(MatchResultsModel::ContractRole).toInt(), int(entry.contract));
            QCOMPARE(index.data(MatchResultsModel::VacancyIdRole).toString(), entry.id);
            QVERIFY(!(m_model->flags(index) & Qt::ItemIsEditable));
        }
        QCOMPARE(m_model->index(row, MatchResultsModel::ScoreColumn).data().toString(),
                 QStringLiteral("%1%").arg(MatchResultsModel::percent(result.score)));
        QCOMPARE(m_model->result(row), &m_model->results().at(row));
    }
    QVERIFY(m_model->result(2) == nullptr);
    QVERIFY(m_model->result(-1) == nullptr);
}

void TestMatchResultsModel::readsTheRowAloudWhole()
{
    m_model->setResults(m_context, m_results);
    const int score = MatchResultsModel::percent(m_results.first().score);
    const QString spoken =
        QStringLiteral(
            "Rank 1: Warehouse operative at Northern Stores, score %1 percent, 1.3 km, 37.5 a week, Permanent")
            .arg(score);
    QCOMPARE(m_model->index(0, MatchResultsModel::RankColumn).data(Qt::AccessibleTextRole).toString(), spoken);
    QCOMPARE(m_model->index(0, MatchResultsModel::TitleColumn).data(Qt::AccessibleTextRole).toString(), spoken);
    QCOMPARE(m_model->index(0, MatchResultsModel::ScoreColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Score %1 percent").arg(score));
    QVERIFY(!m_model->index(0, MatchResultsModel::EmployerColumn).data(Qt::AccessibleTextRole).isValid());
}

void TestMatchResultsModel::newResultsReplaceTheOld()
{
    m_model->setResults(m_context, m_results);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setResults(m_context, {m_results.at(1)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, MatchResultsModel::RankColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(m_model->index(0, 0).data(MatchResultsModel::VacancyIdRole).toString(), QStringLiteral("unstated"));
}

void TestMatchResultsModel::clearForgetsResultsAndContext()
{
    m_model->setResults(m_context, m_results);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->results().isEmpty());
    QVERIFY(!m_model->context());
}

void TestMatchResultsModel::resultsWithoutTheirContextAreNotShown()
{
    m_model->setResults(nullptr, m_results);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestMatchResultsModel::percentRoundsToWholeNumbers_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("percent");
    QTest::addRow("nothing") << 0.0 << 0;
    QTest::addRow("everything") << 1.0 << 100;
    QTest::addRow("rounds down") << 0.714 << 71;
    QTest::addRow("half rounds up") << 0.125 << 13;
}

void TestMatchResultsModel::percentRoundsToWholeNumbers()
{
    QFETCH(double, fraction);
    QFETCH(int, percent);
    QCOMPARE(MatchResultsModel::percent(fraction), percent);
}

void TestMatchResultsModel::namesEveryContractType()
{
    QSet<QString> names;
    for (ContractType type : {ContractType::Permanent,
                              ContractType::Temporary,
                              ContractType::FixedTerm,
                              ContractType::Apprenticeship,
                              ContractType::ZeroHours}) {
        const QString name = MatchResultsModel::contractName(type);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), 5);
}

QTEST_GUILESS_MAIN(TestMatchResultsModel)
#include "TestMatchResultsModel.moc"

#include "model/caseload/CaseFilterProxy.h"
#include "model/caseload/CaseListModel.h"
#include "model/core/TextFolding.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestCaseFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void foldsAccentsAndCase_data();
    void foldsAccentsAndCase();
    void filtersBySearchText_data();
    void filtersBySearchText();
    void filtersByStatusOwnerAndAppointment_data();
    void filtersByStatusOwnerAndAppointment();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void followsModelChanges();
    void clearForgetsEveryone();

private:
    std::unique_ptr<CaseListModel> m_cases;
};

namespace
{
    PersonSummary person(const char *id,
                         const char *given,
                         const char *family,
                         const char *ni,
                         const char *postcode,
                         const char *status,
                         const char *owner,
                         const char *next,
                         const char *preferred = "")
    {
        PersonSummary p;
        p.id = id;
        p.givenName = QString::fromUtf8(given);
        p.familyName = QString::fromUtf8(family);
        p.preferredName = QString::fromUtf8(preferred);
        p.niNumber = ni;
        p.postcode = postcode;
        p.status = status;
        p.owner = owner;
        p.nextAppointment = next;
        return p;
    }
} // namespace

void TestCaseFilterProxy::init()
{
    m_cases = std::make_unique<CaseListModel>();
    QAbstractItemModelTester tester(m_cases.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_cases->setPeople({
        person("1", "Siân", "Evans", "AB123456C", "CF10 1EP", "open", "Ann", "2026-11-24 10:00"),
        person("2", "Llŷr", "Williams", "CE654321A", "SA1 1AA", "open", "Ann", "2026-12-20 09:00"),
        person("3", "Zoë", "Smith", "JK112233D", "LS1 4AP", "closed", "Bob", ""),
        person("4", "Robert", "Smith", "PR998877B", "M1 1AE", "open", "Bob", "2026-11-23 15:30", "Bobby"),
    });
}

void TestCaseFilterProxy::foldsAccentsAndCase_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::addRow("circumflex") << QString::fromUtf8("Siân") << "sian";
    QTest::addRow("Welsh w and y circumflex") << QString::fromUtf8("Llŷr Gŵyn") << "llyr gwyn";
    QTest::addRow("diaeresis") << QString::fromUtf8("ZOË") << "zoe";
    QTest::addRow("spaces squeezed") << "  Mary   Ann "
                                     << "mary ann";
}

void TestCaseFilterProxy::foldsAccentsAndCase()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(TextFolding::fold(input), folded);
}

void TestCaseFilterProxy::filtersBySearchText_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("empty shows all") << "" << QStringList{"1", "2", "3", "4"};
    QTest::addRow("accent-insensitive") << "sian" << QStringList{"1"};
    QTest::addRow("accented query") << QString::fromUtf8("LLŶR") << QStringList{"2"};
    QTest::addRow("family name") << "smith" << QStringList{"3", "4"};
    QTest::addRow("preferred name") << "bobby" << QStringList{"4"};
    QTest::addRow("two words") << "smith zoe" << QStringList{"3"};
    QTest::addRow("NI number grouped") << "ab 12 34" << QStringList{"1"};
    QTest::addRow("NI number packed") << "ce654321" << QStringList{"2"};
    QTest::addRow("postcode without space") << "cf101ep" << QStringList{"1"};
    QTest::addRow("outcode") << "ls1" << QStringList{"3"};
    QTest::addRow("no match") << "xyz" << QStringList{};
}

void TestCaseFilterProxy::filtersBySearchText()
{
    QFETCH(QString, search);
    QFETCH(QStringList, ids);
    CaseFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_cases.get());
    proxy.setSearchText(search);
    QStringList found;
    for (int row = 0; row < proxy.rowCount(); ++row)
        found.append(proxy.index(row, 0).data(CaseListModel::PersonIdRole).toString());
    found.sort();
    QCOMPARE(found, ids);
}

void TestCaseFilterProxy::filtersByStatusOwnerAndAppointment_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("dueWithin");
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("open only") << int(CaseFilterProxy::StatusFilter::Open) << "" << -1 << QStringList{"1", "2", "4"};
    QTest::addRow("closed only") << int(CaseFilterProxy::StatusFilter::Closed) << "" << -1 << QStringList{"3"};
    QTest::addRow("owner Bob") << int(CaseFilterProxy::StatusFilter::All) << "Bob" << -1 << QStringList{"3", "4"};
    QTest::addRow("due within 7 days") << int(CaseFilterProxy::StatusFilter::All) << "" << 7 << QStringList{"1", "4"};
    QTest::addRow("due today") << int(CaseFilterProxy::StatusFilter::All) << "" << 0 << QStringList{"4"};
    QTest::addRow("Ann, due within 7") << int(CaseFilterProxy::StatusFilter::Open) << "Ann" << 7 << QStringList{"1"};
}

void TestCaseFilterProxy::filtersByStatusOwnerAndAppointment()
{
    QFETCH(int, status);
    QFETCH(QString, owner);
    QFETCH(int, dueWithin);
    QFETCH(QStringList, ids);
    CaseFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_cases.get());
    proxy.setToday(QDate(2026, 11, 23));
    proxy.setStatusFilter(CaseFilterProxy::StatusFilter(status));
    proxy.setOwnerFilter(owner);
    proxy.setAppointmentDueWithin(dueWithin);
    QStringList found;
    for (int row = 0; row < proxy.rowCount(); ++row)
        found.append(proxy.index(row, 0).data(CaseListModel::PersonIdRole).toString());
    found.sort();
    QCOMPARE(found, ids);
}

void TestCaseFilterProxy::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("name") << int(CaseListModel::NameColumn) << QStringList{"1", "4", "3", "2"};
    QTest::addRow("NI number") << int(CaseListModel::NiNumberColumn) << QStringList{"1", "2", "3", "4"};
    QTest::addRow("postcode") << int(CaseListModel::PostcodeColumn) << QStringList{"1", "3", "4", "2"};
    QTest::addRow("status then name") << int(CaseListModel::StatusColumn) << QStringList{"3", "1", "4", "2"};
    QTest::addRow("owner then name") << int(CaseListModel::OwnerColumn) << QStringList{"1", "2", "4", "3"};
    QTest::addRow("next appointment, none last")
        << int(CaseListModel::NextAppointmentColumn) << QStringList{"4", "1", "2", "3"};
}

void TestCaseFilterProxy::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QStringList, ids);
    CaseFilterProxy proxy;
    proxy.setSourceModel(m_cases.get());
    proxy.sort(column, Qt::AscendingOrder);
    QStringList found;
    for (int row = 0; row < proxy.rowCount(); ++row)
        found.append(proxy.index(row, 0).data(CaseListModel::PersonIdRole).toString());
    QCOMPARE(found, ids);
}

void TestCaseFilterProxy::followsModelChanges()
{
    CaseFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_cases.get());
    proxy.setSearchText("gwenllian");
    QCOMPARE(proxy.rowCount(), 0);
    m_cases->upsert(person("5", "Gwenllïan", "Hughes", "", "", "open", "Ann", ""));
    QCOMPARE(proxy.rowCount(), 1);
    PersonSummary renamed = m_cases->personAt(m_cases->rowOf("5"));
    renamed.givenName = "Gwen";
    m_cases->upsert(renamed);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText("hughes");
    QCOMPARE(proxy.rowCount(), 1);
    m_cases->removePerson("5");
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(m_cases->rowCount(), 4);
}

void TestCaseFilterProxy::clearForgetsEveryone()
{
    QCOMPARE(m_cases->owners(), (QStringList{"Ann", "Bob"}));
    m_cases->clear();
    QCOMPARE(m_cases->rowCount(), 0);
    QVERIFY(m_cases->owners().isEmpty());
}

QTEST_GUILESS_MAIN(TestCaseFilterProxy)
#include "TestCaseFilterProxy.moc"

#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"
#include "model/youth/YouthGuarantee.h"
#include "model/youth/YouthGuaranteeModel.h"
#include "ui/youth/RecordOfferDialog.h"
#include "ui/youth/YouthGuaranteeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

/** The youth guarantee view and its offer dialog (ui/youth, docs/youth-guarantee.md). */
class TestYouthGuaranteeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsOverdueFirstInWordsAndAuditsTheView();
    void opensTheSelectedPersonFromTheKeyboard();
    void recordsAnOfferProposedFromThePlan();
    void aRefusedOfferStaysInTheDialogWithItsReason();
    void bandAndWeeksAreChangedInTheView();
    void bothDialogsAreNamedAndHaveNoMnemonicClash();

private:
    QString addPerson(const QString &given, int joinedDaysAgo);
    int auditCount(const QLatin1String &action) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<YouthGuarantee> m_youth;
    QString m_overdue;
    QString m_soon;
    const QDate m_today = QDate::currentDate();
};

void TestYouthGuaranteeView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    m_youth = std::make_unique<YouthGuarantee>(m_vault->database(), m_vault->records(), m_vault->audit());
    m_soon = addPerson("Seren", 10);
    m_overdue = addPerson("Tomos", 7 * YouthSettings::DefaultWeeks + 15);
    QVERIFY(m_vault->records().add(
        m_overdue, Kinds::ActionItem, {{"description", "Start the apprenticeship at the garage"}, {"status", "open"}}));
}

void TestYouthGuaranteeView::cleanup()
{
    m_youth.reset();
    m_vault.reset();
    m_dir.reset();
}

QString TestYouthGuaranteeView::addPerson(const QString &given, int joinedDaysAgo)
{
    return m_vault->records()
        .createPerson({{"given_name", given},
                       {"family_name", "Jones"},
                       {"date_of_birth", m_today.addYears(-19).toString(Qt::ISODate)},
                       {"joined_on", m_today.addDays(-joinedDaysAgo).toString(Qt::ISODate)}})
        .value();
}

int TestYouthGuaranteeView::auditCount(const QLatin1String &action) const
{
    int n = 0;
    const auto entries = m_vault->audit().entries();
    for (const AuditEntry &entry : entries.value())
        n += entry.action == action ? 1 : 0;
    return n;
}

void TestYouthGuaranteeView::showsOverdueFirstInWordsAndAuditsTheView()
{
    YouthGuaranteeDialog dialog(*m_youth);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableView *>("youthTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data(YouthGuaranteeModel::PersonIdRole).toString(), m_overdue);
    QVERIFY(
        table->model()->index(0, YouthGuaranteeModel::StatusColumn).data().toString().startsWith("Overdue by 15 day"));
    QVERIFY(table->model()->index(1, YouthGuaranteeModel::StatusColumn).data().toString().startsWith("Not yet due"));
    QVERIFY(dialog.findChild<QLabel *>("youthSummary")->text().contains("Overdue for an offer: 1."));
    QCOMPARE(auditCount(AuditAction::YouthGuaranteeViewed), 1);
}

void TestYouthGuaranteeView::opensTheSelectedPersonFromTheKeyboard()
{
    YouthGuaranteeDialog dialog(*m_youth);
    QSignalSpy opened(&dialog, &YouthGuaranteeDialog::openPersonRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableView *>("youthTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 1);
    // Enter is the view's default button, Open record.
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), m_soon);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestYouthGuaranteeView::recordsAnOfferProposedFromThePlan()
{
    YouthGuaranteeDialog dialog(*m_youth);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *offer = qobject_cast<RecordOfferDialog *>(QApplication::activeModalWidget());
        QVERIFY(offer);
        seen = true;
        auto *list = offer->findChild<QListWidget *>("offerCandidates");
        // "Somewhere else" and the plan action; the plan action is chosen and fills the form.
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(offer->findChild<QComboBox *>("offerType")->currentData().toString(),
                 QStringLiteral("apprenticeship"));
        QCOMPARE(offer->findChild<QLineEdit *>("offerDescription")->text(),
                 QStringLiteral("Start the apprenticeship at the garage"));
        QTest::mouseClick(offer->findChild<QPushButton *>("recordOfferButton"), Qt::LeftButton);
    });
    dialog.recordOffer(); // the overdue person is selected first
    QVERIFY(seen);
    auto offers = m_youth->offers(m_overdue);
    QCOMPARE(offers->size(), 1);
    QCOMPARE(offers->first().value("source"), QStringLiteral("plan"));
    QCOMPARE(offers->first().value("type"), QStringLiteral("apprenticeship"));
    QCOMPARE(auditCount(AuditAction::YouthOfferRecorded), 1);
    // The list is read again: offered today, after the due-by date.
    auto *table = dialog.findChild<QTableView *>("youthTable");
    QCOMPARE(table->model()->index(1, 0).data(YouthGuaranteeModel::PersonIdRole).toString(), m_overdue);
    QCOMPARE(table->model()->index(1, YouthGuaranteeModel::StatusColumn).data().toString(),
             QStringLiteral("Offered late"));
}

void TestYouthGuaranteeView::aRefusedOfferStaysInTheDialogWithItsReason()
{
    // A plan action that goes before the coach records it from the dialog.
    RecordOfferDialog dialog(*m_youth, m_overdue, "Jones, Tomos");
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString action = m_vault->records().list(m_overdue, Kinds::ActionItem)->first().id;
    QVERIFY(m_vault->records().remove(action));
    QTest::mouseClick(dialog.findChild<QPushButton *>("recordOfferButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *problem = dialog.findChild<QLabel *>("offerProblem");
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains("plan"));
    QVERIFY(m_youth->offers(m_overdue)->isEmpty());
    // By hand ("Somewhere else") it goes in.
    dialog.findChild<QListWidget *>("offerCandidates")->setCurrentRow(0);
    QTest::mouseClick(dialog.findChild<QPushButton *>("recordOfferButton"), Qt::LeftButton);
    QCOMPARE(m_youth->offers(m_overdue)->size(), 1);
    QCOMPARE(m_youth->offers(m_overdue)->first().value("source"), QStringLiteral("other"));
}

void TestYouthGuaranteeView::bandAndWeeksAreChangedInTheView()
{
    YouthGuaranteeDialog dialog(*m_youth);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *minAge = dialog.findChild<QSpinBox *>("youthMinAge");
    auto *maxAge = dialog.findChild<QSpinBox *>("youthMaxAge");
    auto *weeks = dialog.findChild<QSpinBox *>("youthWeeks");
    auto *save = dialog.findChild<QPushButton *>("youthSaveSettingsButton");
    QCOMPARE(minAge->value(), 18);
    QCOMPARE(maxAge->value(), 21);
    QCOMPARE(weeks->value(), YouthSettings::DefaultWeeks);

    // The youngest above the oldest is refused in words, and nothing changes.
    minAge->setValue(25);
    maxAge->setValue(20);
    QTest::mouseClick(save, Qt::LeftButton);
    auto *problem = dialog.findChild<QLabel *>("youthProblem");
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains("oldest age"));
    QCOMPARE(m_youth->settings().value(), YouthSettings{});

    // A band that leaves out 19-year-olds empties the list; a single week makes both overdue.
    minAge->setValue(20);
    maxAge->setValue(24);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_youth->settings().value(), (YouthSettings{20, 24, YouthSettings::DefaultWeeks}));
    QCOMPARE(dialog.model()->rowCount(), 0);
    minAge->setValue(18);
    weeks->setValue(1);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(YouthGuarantee::countsOf(dialog.model()->entries()).overdue, 2);
    QVERIFY(!problem->isVisible());
    QCOMPARE(auditCount(AuditAction::YouthSettingsChanged), 2);
}

void TestYouthGuaranteeView::bothDialogsAreNamedAndHaveNoMnemonicClash()
{
    YouthGuaranteeDialog view(*m_youth);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(AccessibilityCheck::problems(&view), QStringList());
    QCOMPARE(AccessibilityCheck::unnamedControls(&view), QStringList());
    QCOMPARE(AccessibilityCheck::mnemonicClashes(&view), QStringList());
    // Every control is reached by Tab.
    const QStringList order = AccessibilityCheck::tabOrder(&view);
    for (const char *name : {"youthTable",
                             "youthRecordOfferButton",
                             "youthOpenRecordButton",
                             "youthMinAge",
                             "youthMaxAge",
                             "youthWeeks",
                             "youthSaveSettingsButton"})
        QVERIFY2(order.contains(QLatin1String(name)), name);

    RecordOfferDialog offer(*m_youth, m_overdue, "Jones, Tomos");
    offer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&offer));
    QCOMPARE(AccessibilityCheck::problems(&offer), QStringList());
    QCOMPARE(AccessibilityCheck::unnamedControls(&offer), QStringList());
    QCOMPARE(AccessibilityCheck::mnemonicClashes(&offer), QStringList());
    const QStringList offerOrder = AccessibilityCheck::tabOrder(&offer);
    for (const char *name : {"offerCandidates", "offerType", "offerDate", "offerDescription", "offerOutcome"})
        QVERIFY2(offerOrder.contains(QLatin1String(name)), name);
}

QTEST_MAIN(TestYouthGuaranteeView)
#include "TestYouthGuaranteeView.moc"

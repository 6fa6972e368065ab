#include "model/matching/SkillNormaliser.h"
#include "model/matching/Taxonomy.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/caseload/ConceptField.h"
#include "ui/caseload/RecordEditDialog.h"
#include "ui/caseload/RecordForm.h"
#include "ui/caseload/RecordListPage.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * A skill the coach types is looked up in the taxonomy as it is typed, and the dialog and the list say plainly
 * whether it was found; when it was not, the concepts it may mean are offered to choose (issue 16 §16).
 */
class TestSkillConceptField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aSkillFoundByItsNameSaysSo();
    void aSkillNotFoundSaysSoAndOffersCloseOnes();
    void aChosenConceptIsSavedAndShownInTheList();
    void withoutTheTaxonomyNothingIsClaimed();

private:
    RecordEditDialog *openAddDialog();
    void type(RecordEditDialog *dialog, const QString &text);
    QString conceptColumnText(const QString &skill) const;

    std::shared_ptr<const SkillNormaliser> m_normaliser;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<RecordListPage> m_page;
    QString m_person;
};

void TestSkillConceptField::initTestCase()
{
    auto taxonomy = Taxonomy::builtIn();
    QVERIFY(taxonomy.ok());
    m_normaliser = std::make_shared<SkillNormaliser>(std::make_shared<const Taxonomy>(std::move(taxonomy).value()));
}

void TestSkillConceptField::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    m_person = m_vault->records().createPerson({{"given_name", "Rhys"}, {"family_name", "Owen"}}).value();
    m_page = std::make_unique<RecordListPage>(m_vault->records(), *EntitySchema::instance().kind(Kinds::Skill));
    const auto normaliser = m_normaliser;
    m_page->setConceptLookup(ConceptLookup::over([normaliser] { return normaliser; }));
    m_page->load(m_person);
}

void TestSkillConceptField::cleanup()
{
    m_page.reset();
    m_vault.reset();
    m_dir.reset();
}

RecordEditDialog *TestSkillConceptField::openAddDialog()
{
    m_page->addRecord();
    return m_page->openDialog();
}

void TestSkillConceptField::type(RecordEditDialog *dialog, const QString &text)
{
    auto *name = qobject_cast<QLineEdit *>(dialog->form()->editor("label"));
    name->clear();
    QTest::keyClicks(name, text);
}

QString TestSkillConceptField::conceptColumnText(const QString &skill) const
{
    const QAbstractItemModel *model = m_page->view()->model();
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String("In the taxonomy as"))
            column = c;
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == skill)
            return column < 0 ? QStringLiteral("(no column)") : model->index(row, column).data().toString();
    }
    return QStringLiteral("(no row)");
}

void TestSkillConceptField::aSkillFoundByItsNameSaysSo()
{
    RecordEditDialog *dialog = openAddDialog();
    QVERIFY(dialog);
    auto *conceptBox = qobject_cast<QComboBox *>(dialog->form()->editor("taxonomy_id"));
    auto *status = dialog->form()->findChild<QLabel *>("taxonomy_idStatus");
    QVERIFY(conceptBox && status);
    QVERIFY2(status->text().contains(QLatin1String("Type the skill first")), qPrintable(status->text()));

    type(dialog, QStringLiteral("Customer service"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Found in the taxonomy as “customer service”")),
                 qPrintable(status->text()));
    // Nothing is chosen for the coach: the stored value stays "look it up by its name", which is now certain.
    QCOMPARE(conceptBox->currentData().toString(), QString());
    QVERIFY(conceptBox->currentText().contains(QLatin1String("customer service")));
    QCOMPARE(conceptBox->accessibleDescription(), status->text());
}

void TestSkillConceptField::aSkillNotFoundSaysSoAndOffersCloseOnes()
{
    RecordEditDialog *dialog = openAddDialog();
    auto *conceptBox = qobject_cast<QComboBox *>(dialog->form()->editor("taxonomy_id"));
    auto *status = dialog->form()->findChild<QLabel *>("taxonomy_idStatus");

    type(dialog, QStringLiteral("Dealing with complaints"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("is not in the taxonomy, so matching compares its words only")),
                 qPrintable(status->text()));
    QCOMPARE(conceptBox->currentData().toString(), QString());
    QVERIFY(conceptBox->currentText().startsWith(QLatin1String("Not in the taxonomy")));
    QStringList offered;
    for (int i = 1; i < conceptBox->count(); ++i)
        offered.append(conceptBox->itemText(i));
    QVERIFY2(offered.join(QLatin1Char('|')).contains(QLatin1String("complaint handling")),
             qPrintable(offered.join(QLatin1Char('|'))));

    type(dialog, QStringLiteral("Underwater basket weaving"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("nothing close was found")), qPrintable(status->text()));
    QCOMPARE(conceptBox->count(), 1);
}

void TestSkillConceptField::aChosenConceptIsSavedAndShownInTheList()
{
    RecordEditDialog *dialog = openAddDialog();
    auto *conceptBox = qobject_cast<QComboBox *>(dialog->form()->editor("taxonomy_id"));
    auto *status = dialog->form()->findChild<QLabel *>("taxonomy_idStatus");
    type(dialog, QStringLiteral("Dealing with complaints"));
    QTRY_VERIFY(conceptBox->count() > 1);
    const int handling = conceptBox->findText(QStringLiteral("complaint handling"), Qt::MatchStartsWith);
    QVERIFY(handling > 0);
    conceptBox->setCurrentIndex(handling);
    const QString chosen = conceptBox->currentData().toString();
    QCOMPARE(chosen, m_normaliser->skill(QStringLiteral("complaint handling")).id);
    QVERIFY2(status->text().startsWith(QLatin1String("Matching uses the taxonomy skill chosen: complaint handling")),
             qPrintable(status->text()));
    auto *source = qobject_cast<QComboBox *>(dialog->form()->editor("source"));
    source->setCurrentIndex(source->findData(QStringLiteral("self_reported")));
    dialog->accept();
    QTRY_VERIFY(!m_page->openDialog());

    const QVector<Record> saved = m_vault->records().list(m_person, Kinds::Skill).value();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().value("taxonomy_id"), chosen);

    // Two more, typed and saved without choosing: one found by its name, one not in the taxonomy at all.
    QVERIFY(m_vault->records()
                .add(m_person, Kinds::Skill, {{"label", "Customer service"}, {"source", "self_reported"}})
                .ok());
    QVERIFY(m_vault->records()
                .add(m_person, Kinds::Skill, {{"label", "Underwater basket weaving"}, {"source", "self_reported"}})
                .ok());
    m_page->load(m_person);
    QCOMPARE(conceptColumnText("Dealing with complaints"), QStringLiteral("complaint handling"));
    QCOMPARE(conceptColumnText("Customer service"), QStringLiteral("customer service (found by its name)"));
    QCOMPARE(conceptColumnText("Underwater basket weaving"), QStringLiteral("Not in the taxonomy"));

    // Editing it again keeps the conceptBox chosen, even though its name alone would not find it.
    m_page->view()->selectRow(0);
    m_page->editRecord();
    auto *again = qobject_cast<QComboBox *>(m_page->openDialog()->form()->editor("taxonomy_id"));
    QCOMPARE(again->currentData().toString(), chosen);
    QVERIFY(!m_page->openDialog()->form()->isModified());
}

void TestSkillConceptField::withoutTheTaxonomyNothingIsClaimed()
{
    m_page->setConceptLookup({});
    RecordEditDialog *dialog = openAddDialog();
    auto *status = dialog->form()->findChild<QLabel *>("taxonomy_idStatus");
    type(dialog, QStringLiteral("Customer service"));
    QTest::qWait(400);
    QVERIFY2(status->text().contains(QLatin1String("has not been looked up")), qPrintable(status->text()));
    QVERIFY(dialog->form()->values().value("taxonomy_id").isEmpty());
}

QTEST_MAIN(TestSkillConceptField)
#include "TestSkillConceptField.moc"

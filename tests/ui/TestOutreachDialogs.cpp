#include "model/bundles/BundleFile.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/Minisign.h"
#include "model/crypto/SigningKey.h"
#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/PartnersBundle.h"
#include "model/outreach/Referrals.h"
#include "model/session/BundleHandlers.h"
#include "model/vault/RecordStore.h"
#include "ui/caseload/RecordEditDialog.h"
#include "ui/caseload/RecordListPage.h"
#include "ui/outreach/OutreachSessionDialog.h"
#include "ui/outreach/PartnerEditDialog.h"
#include "ui/outreach/PartnersDialog.h"
#include "ui/outreach/ReferDialog.h"
#include "ui/outreach/ReferralOutcomeDialog.h"
#include "ui/shell/PersonWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

namespace
{
    ReferralRequest asked(const QString &person, const QString &partner, const QString &service)
    {
        ReferralRequest request;
        request.personId = person;
        request.partnerId = partner;
        request.service = service;
        return request;
    }
} // namespace

/** The outreach screens: the partners directory, a partner's editor, the referral dialog and the session dialog. */
class TestOutreachDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void directoryFiltersAsTheCoachTypesAndChooses();
    void anAdministratorsPartnerIsReadOnly();
    void partnerEditorShowsEachProblemBesideItsField();
    void referralWaitsForConsentWhenThePartnerAsks();
    void aSignpostingPartnerAsksNoConsent();
    void aRepeatVenueIsFilledInFromLastTime();
    void workspaceMakesReferralsOnlyThroughTheReferralDialog();
    void editFollowsAReferralThroughItsOwnDialog();
    void outcomeDialogRecordsTheOutcomeAndClosesTheAction();

private:
    QString partner(const QString &name, const QStringList &services, const QStringList &languages, bool consent);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<PartnerDirectory> m_directory;
    QString m_person;
};

void TestOutreachDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    m_directory = std::make_unique<PartnerDirectory>(m_vault->database(), m_vault->audit());
    m_person = m_vault->records().createPerson({{"given_name", "Dewi"}, {"family_name", "Morgan"}}).value();
}

void TestOutreachDialogs::cleanup()
{
    m_directory.reset();
    m_vault.reset();
    m_dir.reset();
}

QString TestOutreachDialogs::partner(const QString &name,
                                     const QStringList &services,
                                     const QStringList &languages,
                                     bool consent)
{
    Partner p;
    p.name = name;
    p.kind = "charity";
    p.services = services;
    p.languages = languages;
    p.consentNeeded = consent;
    p.opening = "Mondays 9 to 5";
    auto id = m_directory->addOwn(p);
    return id ? id.value() : QString();
}

void TestOutreachDialogs::directoryFiltersAsTheCoachTypesAndChooses()
{
    partner("Digital Hub", {"digital_skills"}, {"en", "cy"}, true);
    partner("Food Bank", {"food"}, {"en"}, false);
    partner("Housing Help", {"housing"}, {"en"}, true);
    PartnersDialog dialog(*m_directory);
    dialog.show();
    QCOMPARE(dialog.shownCount(), 3);

    auto *search = dialog.findChild<QLineEdit *>("partnerSearch");
    QTest::keyClicks(search, "food");
    QCOMPARE(dialog.shownCount(), 1);
    search->clear();

    auto *language = dialog.findChild<QComboBox *>("partnerLanguage");
    language->setCurrentIndex(language->findData("cy"));
    QCOMPARE(dialog.shownCount(), 1);
    auto *table = dialog.findChild<QTableWidget *>("partnerTable");
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Digital Hub"));
    language->setCurrentIndex(0);

    auto *service = dialog.findChild<QComboBox *>("partnerService");
    service->setCurrentIndex(service->findData("housing"));
    QCOMPARE(dialog.shownCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Housing Help"));
    // The details of the one chosen are shown beside the list, including its consent rule.
    const QString details = dialog.findChild<QWidget *>("partnerDetails")->property("plainText").toString();
    QVERIFY(details.contains("Mondays 9 to 5"));
    QVERIFY(details.contains("consent"));

    search->setText("nothing like this");
    QCOMPARE(dialog.shownCount(), 0);
    QVERIFY(dialog.findChild<QLabel *>("partnerCount")->text().contains("No partners match"));
}

void TestOutreachDialogs::anAdministratorsPartnerIsReadOnly()
{
    SigningKey key = SigningKey::generate();
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(key.minisignKey(), "Admin", {BundleKind::Partners}, Minisign::fingerprint(key.publicKey())));
    Partner college;
    college.id = "coleg";
    college.name = "Coleg";
    college.kind = "college";
    college.services = {"training"};
    BundleHeader header;
    header.kind = BundleKind::Partners;
    header.sequence = 1;
    header.publisher = "Admin";
    auto bundle = BundleFile::write(header, PartnersBundle::encode({college}), {key.keyId(), &key.secretKey()});
    QVERIFY(BundleHandlers::makeImporter(*m_vault)->importBytes(bundle.value()));
    partner("My own", {"cv_help"}, {"en"}, true);

    PartnersDialog dialog(*m_directory);
    auto *table = dialog.findChild<QTableWidget *>("partnerTable");
    auto *edit = dialog.findChild<QPushButton *>("editPartnerButton");
    auto *remove = dialog.findChild<QPushButton *>("removePartnerButton");
    table->selectRow(0); // Coleg
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Coleg"));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    table->selectRow(1);
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());
}

void TestOutreachDialogs::partnerEditorShowsEachProblemBesideItsField()
{
    PartnerEditDialog dialog(*m_directory, Partner());
    dialog.show();
    dialog.findChild<QLineEdit *>("partnerName")->clear();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>("nameProblem")->isVisibleTo(&dialog));
    QVERIFY(dialog.findChild<QLabel *>("servicesProblem")->isVisibleTo(&dialog));
    QVERIFY(m_directory->list()->isEmpty());

    // A name and one service are enough; the partner is then the coach's own.
    dialog.findChild<QLineEdit *>("partnerName")->setText("Community Café");
    auto *services = dialog.findChild<QListWidget *>("partnerServices");
    services->item(0)->setCheckState(Qt::Checked);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Partner saved = m_directory->get(dialog.savedId()).value();
    QCOMPARE(saved.name, QStringLiteral("Community Café"));
    QVERIFY(saved.isOwn());
    QVERIFY(saved.consentNeeded);
    QCOMPARE(saved.languages, QStringList({"en"}));
}

void TestOutreachDialogs::referralWaitsForConsentWhenThePartnerAsks()
{
    partner("Digital Hub", {"cv_help", "digital_skills"}, {"en"}, true);
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    ReferDialog dialog(*m_directory, referrals, m_person, "Dewi Morgan");
    dialog.show();
    auto *consent = dialog.findChild<QCheckBox *>("referConsent");
    QVERIFY(consent->isVisible());
    auto *service = dialog.findChild<QComboBox *>("referService");
    QCOMPARE(service->count(), 2);
    service->setCurrentIndex(1);

    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>("referProblem")->text().contains("consent"));
    QVERIFY(referrals.forPerson(m_person)->isEmpty());

    consent->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Record referral = m_vault->records().get(dialog.referralId()).value();
    QCOMPARE(referral.value("service"), QStringLiteral("digital_skills"));
    QCOMPARE(referral.value("consent"), QStringLiteral("given"));
    QCOMPARE(m_vault->records().list(m_person, Kinds::Consent)->size(), 1);
    QCOMPARE(m_vault->records().list(m_person, Kinds::ActionItem)->size(), 1);
}

void TestOutreachDialogs::aSignpostingPartnerAsksNoConsent()
{
    partner("Library", {"digital_skills"}, {"en"}, false);
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    ReferDialog dialog(*m_directory, referrals, m_person, "Dewi Morgan");
    dialog.show();
    QVERIFY(!dialog.findChild<QCheckBox *>("referConsent")->isVisible());
    dialog.findChild<QCheckBox *>("referAddToPlan")->setChecked(false);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_vault->records().get(dialog.referralId())->value("consent"), QStringLiteral("not_needed"));
    QVERIFY(m_vault->records().list(m_person, Kinds::ActionItem)->isEmpty());
}

void TestOutreachDialogs::aRepeatVenueIsFilledInFromLastTime()
{
    const QString library = partner("Central Library", {"digital_skills"}, {"en"}, false);
    OutreachSessions sessions(m_vault->database(), m_vault->audit());
    OutreachSession last;
    last.heldOn = QDate::currentDate().addDays(-7);
    last.venue = "Central Library";
    last.partnerId = library;
    last.hours = 3;
    last.seenNew = 5;
    last.topics = {"digital_skills"};
    QVERIFY(sessions.record(last));

    OutreachSessionDialog dialog(sessions, *m_directory, m_vault->records().caseload().value());
    dialog.show();
    auto *venue = dialog.findChild<QComboBox *>("sessionVenue");
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    venue->lineEdit()->setFocus();
    // A few keystrokes: the venue completes as it is typed and fills in the rest from last time.
    QTest::keyClicks(venue->lineEdit(), "Cent");
    QCOMPARE(venue->currentText(), QStringLiteral("Central Library"));
    QCOMPARE(dialog.findChild<QComboBox *>("sessionPartner")->currentData().toString(), library);
    QCOMPARE(dialog.findChild<QDoubleSpinBox *>("sessionHours")->value(), 3.0);
    QVERIFY(dialog.findChild<QCheckBox *>("topic_digital_skills")->isChecked());
    QVERIFY(!dialog.findChild<QCheckBox *>("topic_cv_help")->isChecked());

    dialog.findChild<QSpinBox *>("sessionNew")->setValue(2);
    dialog.findChild<QSpinBox *>("sessionReturning")->setValue(1);
    dialog.findChild<QListWidget *>("sessionPeople")->item(0)->setCheckState(Qt::Checked);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const OutreachSession saved = sessions.list(QDate::currentDate(), QDate::currentDate())->first();
    QCOMPARE(saved.partnerId, library);
    QCOMPARE(saved.seenNew, 2);
    QCOMPARE(saved.personIds, QStringList({m_person}));
}

void TestOutreachDialogs::workspaceMakesReferralsOnlyThroughTheReferralDialog()
{
    PersonWorkspace workspace(m_vault->records(), VaultSetting::WorkCoach);
    workspace.showPerson(m_person);
    RecordListPage *page = workspace.listPage(Kinds::Referral);
    QVERIFY(page);
    // Without the referral dialog supplied, Add never falls back to the generic editor.
    page->addRecord();
    QVERIFY(!page->openDialog());

    QString askedFor;
    workspace.setReferralMaker([&](const QString &personId, const QString &name) {
        askedFor = personId + "|" + name;
        const QString library = partner("Library", {"digital_skills"}, {"en"}, false);
        Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
        return referrals.refer(asked(personId, library, "digital_skills")).ok();
    });
    page->addRecord();
    QVERIFY(askedFor.startsWith(m_person + "|"));
    QVERIFY(askedFor.contains("Morgan"));
    QCOMPARE(page->view()->model()->rowCount(), 1);
}

void TestOutreachDialogs::editFollowsAReferralThroughItsOwnDialog()
{
    const QString library = partner("Library", {"digital_skills"}, {"en"}, false);
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    const QString referral = referrals.refer(asked(m_person, library, "digital_skills")).value();

    PersonWorkspace workspace(m_vault->records(), VaultSetting::WorkCoach);
    workspace.showPerson(m_person);
    RecordListPage *page = workspace.listPage(Kinds::Referral);
    QVERIFY(page);
    page->view()->selectRow(0);
    QCOMPARE(page->currentRecordId(), referral);
    // Without the follow-up dialog supplied, Edit never falls back to the generic editor either.
    page->editRecord();
    QVERIFY(!page->openDialog());

    QString followed;
    workspace.setReferralFollower([&](const QString &referralId) {
        followed = referralId;
        return referrals.recordOutcome(referralId, "started").ok();
    });
    page->view()->selectRow(0);
    page->editRecord();
    QVERIFY(!page->openDialog());
    QCOMPARE(followed, referral);
    QCOMPARE(m_vault->records().get(referral)->value("outcome"), QStringLiteral("started"));
}

void TestOutreachDialogs::outcomeDialogRecordsTheOutcomeAndClosesTheAction()
{
    const QString library = partner("Library", {"digital_skills"}, {"en"}, false);
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    const QString referral = referrals.refer(asked(m_person, library, "digital_skills")).value();
    const QString action = m_vault->records().get(referral)->value("action_id");
    QVERIFY(!action.isEmpty());

    ReferralOutcomeDialog dialog(referrals, *m_directory, m_vault->records().get(referral).value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(AccessibilityCheck::problems(&dialog), QStringList());
    QCOMPARE(AccessibilityCheck::mnemonicClashes(&dialog), QStringList());
    auto *intro = dialog.findChild<QLabel *>("referralOutcomeIntro");
    QVERIFY(intro->text().contains("Library"));
    QVERIFY(intro->text().contains(m_directory->serviceName("digital_skills")));

    auto *outcome = dialog.findChild<QComboBox *>("referralOutcome");
    QCOMPARE(outcome->currentData().toString(), QStringLiteral("referred"));
    outcome->setCurrentIndex(outcome->findData("completed"));
    dialog.findChild<QPlainTextEdit *>("referralOutcomeNotes")->setPlainText("Finished the course");
    QTest::mouseClick(dialog.findChild<QPushButton *>("referralOutcomeButtonOk"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Record after = m_vault->records().get(referral).value();
    QCOMPARE(after.value("outcome"), QStringLiteral("completed"));
    QCOMPARE(after.value("notes"), QStringLiteral("Finished the course"));
    QCOMPARE(m_vault->records().get(action)->value("status"), QStringLiteral("done"));
}

QTEST_MAIN(TestOutreachDialogs)
#include "TestOutreachDialogs.moc"

#include "model/forms/FormCatalogue.h"
#include "model/forms/FormExport.h"
#include "model/forms/FormStore.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/forms/FormEditor.h"
#include "ui/forms/FormsPage.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "tests/support/Fixtures.h"
#include "tests/ui/AccessibilityCheck.h"

/** The Forms tab: start, fill by keyboard, error summary, autosave, finish, and writing back to the case. */
class TestFormsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    QString m_personId;
    std::unique_ptr<FormsPage> m_page;

    FormsPage &page()
    {
        m_page = std::make_unique<FormsPage>(m_vault->records());
        m_page->setForms(
            std::make_unique<FormStore>(m_vault->database(), m_vault->audit(), m_vault->clock()),
            [] { return std::make_shared<const FormCatalogue>(FormCatalogue::builtIn().value()); },
            QStringLiteral("Alex Coach"),
            QStringLiteral("work-coach"));
        m_page->resize(900, 700);
        m_page->show();
        m_page->activateWindow();
        if (!QTest::qWaitForWindowActive(m_page.get()))
            qWarning("The forms page did not become the active window");
        m_page->load(m_personId);
        return *m_page;
    }

    FormStore store() { return FormStore(m_vault->database(), m_vault->audit(), m_vault->clock()); }

    int auditCount(const char *action)
    {
        const auto entries = m_vault->audit().entries();
        if (!entries)
            return -1;
        int count = 0;
        for (const AuditEntry &entry : entries.value())
            count += entry.action == QLatin1String(action) ? 1 : 0;
        return count;
    }

    /** Starts, fills and finishes a health and work conversation in `language` (not sharing with the GP). */
    static void finishConversation(
        FormsPage &p, const QString &language, const QString &matters, const QString &nextSteps, const QString &shared)
    {
        FormEditor *editor = p.startForm(QStringLiteral("health-work-conversation"), {}, language);
        QVERIFY(editor);
        editor->setAnswer(QStringLiteral("what_matters"), matters);
        editor->setAnswer(QStringLiteral("next_steps"), nextSteps);
        editor->setAnswer(QStringLiteral("consent_share_gp"), QStringLiteral("no"));
        editor->setAnswer(QStringLiteral("what_may_be_shared"), shared);
        QVERIFY2(editor->finish(false), qPrintable(editor->errorSummary()->text()));
    }

    static void typeInto(QWidget *editor, const QString &text)
    {
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClicks(editor, text);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_vault = Fixtures::create(m_dir, QStringLiteral("forms%1").arg(++n));
        QVERIFY(m_vault);
        auto id = m_vault->records().createPerson({{QStringLiteral("given_name"), QStringLiteral("Rhian")},
                                                   {QStringLiteral("family_name"), QStringLiteral("Evans")},
                                                   {QStringLiteral("postcode"), QStringLiteral("CF10 1AA")},
                                                   {QStringLiteral("preferred_language"), QStringLiteral("cy")}});
        QVERIFY(id);
        m_personId = id.value();
        QVERIFY(m_vault->records()
                    .add(m_personId, QStringLiteral("job_goal"), {{QStringLiteral("title"), QStringLiteral("Chef")}})
                    .ok());
        QVERIFY(m_vault->records()
                    .add(m_personId,
                         QStringLiteral("circumstances"),
                         {{QStringLiteral("hours_available"), QStringLiteral("16")}})
                    .ok());
    }

    void cleanup()
    {
        m_page.reset();
        m_vault.reset();
    }

    void listsTheFormsForTheSettingInThePersonsLanguage()
    {
        FormsPage &p = page();
        QStringList ids;
        for (int i = 0; i < p.formChoice()->count(); ++i)
            ids.append(p.formChoice()->itemData(i).toString());
        QVERIFY(ids.contains(QStringLiteral("action-plan")));
        QVERIFY(ids.contains(QStringLiteral("health-work-conversation")));
        // The GP practice's work-and-health plan is not a work coach's form.
        QVERIFY(!ids.contains(QStringLiteral("work-health-plan")));
        QCOMPARE(p.languageChoice()->currentData().toString(), QStringLiteral("cy"));
    }

    void tabReachesTheFieldsBeforeTheButtons()
    {
        FormEditor *editor = page().startForm(QStringLiteral("action-plan"), {}, QStringLiteral("en"));
        QVERIFY(editor);
        const QStringList order = AccessibilityCheck::tabOrder(editor->findChild<QWidget *>("sectionList"));
        QCOMPARE(order.first(), QStringLiteral("sectionList"));
        const qsizetype next = order.indexOf(QStringLiteral("nextSection"));
        QVERIFY2(next > 1, qPrintable(order.join(',')));
        // Every field of the section shown comes between the section list and the buttons.
        QVERIFY2(order.indexOf(QStringLiteral("postcode")) > 0 && order.indexOf(QStringLiteral("postcode")) < next,
                 qPrintable(order.join(',')));
        QCOMPARE(order.mid(next), QStringList({"nextSection", "closeForm", "finishForm"}));
    }

    void prefilledValuesShowTheirSource()
    {
        FormEditor *editor = page().startForm(QStringLiteral("action-plan"), {}, QStringLiteral("en"));
        QVERIFY(editor);
        auto *postcode = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("postcode")));
        QVERIFY(postcode);
        QCOMPARE(postcode->text(), QStringLiteral("CF10 1AA"));
        QVERIFY(editor->sourceLabel(QStringLiteral("postcode")));
        QVERIFY(editor->sourceLabel(QStringLiteral("postcode"))->text().contains(QStringLiteral("Filled in from")));
        auto *goals = qobject_cast<QPlainTextEdit *>(editor->editor(QStringLiteral("job_goals")));
        QCOMPARE(goals->toPlainText(), QStringLiteral("Chef"));
        // A field the case does not fill has no source.
        QVERIFY(!editor->sourceLabel(QStringLiteral("weekly_activities")));
        // Starting is audited and the draft exists at once.
        QCOMPARE(store().drafts(m_personId).value().size(), 1);
    }

    void finishingWithProblemsShowsTheErrorSummaryLinkedToFields()
    {
        FormEditor *editor = page().startForm(QStringLiteral("health-work-conversation"), {}, QStringLiteral("en"));
        QVERIFY(editor);
        QVERIFY(!editor->finish(false));
        QVERIFY(editor->errorSummary()->isVisible());
        const QString summary = editor->errorSummary()->text();
        QVERIFY(summary.contains(QStringLiteral("field:what_matters")));
        QVERIFY(summary.contains(QStringLiteral("field:next_steps")));
        QVERIFY(editor->problemLabel(QStringLiteral("what_matters"))->isVisible());
        QVERIFY(editor->errorSummary()->hasFocus());
        QVERIFY(editor->sectionStatusText(0).contains(QStringLiteral("problem")));

        // Activating a link (as Enter on a focused link does) moves to that field's section and focuses it.
        Q_EMIT editor->errorSummary()->linkActivated(QStringLiteral("field:next_steps"));
        QCOMPARE(editor->currentSection(), 2);
        QVERIFY(editor->editor(QStringLiteral("next_steps"))->hasFocus());
        QVERIFY(store().versions(m_personId).value().isEmpty());
    }

    void fillsAndFinishesByKeyboardAlone()
    {
        FormsPage &p = page();
        FormEditor *editor = p.startForm(QStringLiteral("health-work-conversation"), {}, QStringLiteral("en"));
        QVERIFY(editor);
        QSignalSpy finished(editor, &FormEditor::finished);

        typeInto(editor->editor(QStringLiteral("what_matters")), QStringLiteral("Being home for school pick-up"));
        // Ctrl+PgDown moves through the sections.
        QTest::keyClick(editor->editor(QStringLiteral("what_matters")), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(editor->currentSection(), 1);
        QTest::keyClick(editor->editor(QStringLiteral("what_matters")), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(editor->currentSection(), 2);
        typeInto(editor->editor(QStringLiteral("next_steps")), QStringLiteral("Try a taster day at the kitchen"));

        auto *consent = qobject_cast<QComboBox *>(editor->editor(QStringLiteral("consent_share_gp")));
        QVERIFY(consent);
        consent->setFocus();
        QTest::keyClick(consent, Qt::Key_Down); // (not answered) -> Yes
        QCOMPARE(consent->currentData().toString(), QStringLiteral("yes"));
        typeInto(editor->editor(QStringLiteral("what_may_be_shared")), QStringLiteral("Only the plan"));
        QVERIFY(editor->sectionStatusText(0).contains(QStringLiteral("Complete")));

        // Finishing asks first; the tests answer Yes.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto *finish = editor->findChild<QPushButton *>(QStringLiteral("finishForm"));
        finish->setFocus();
        QTest::keyClick(finish, Qt::Key_Space);
        QCOMPARE(finished.size(), 1);

        const QVector<FormVersion> versions = store().versions(m_personId).value();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().signedBy, QStringLiteral("Alex Coach"));
        QCOMPARE(versions.first().answers.value(QStringLiteral("next_steps")),
                 QStringLiteral("Try a taster day at the kitchen"));
        QCOMPARE(versions.first().answers.value(QStringLiteral("consent_share_gp")), QStringLiteral("yes"));
        QVERIFY(store().drafts(m_personId).value().isEmpty());
        // Back on the lists, with the finished version selected.
        QVERIFY(!p.editor());
        QCOMPARE(p.versionsView()->topLevelItemCount(), 1);
        QCOMPARE(p.versionsView()->topLevelItem(0)->text(FormsPage::VersionSignedByColumn),
                 QStringLiteral("Alex Coach"));
    }

    void showsTheComputedNumberAndWhereAVersionCameFrom()
    {
        // One version finished here, then one another device finished earlier, arrived by a caseload bundle: the
        // received one is numbered 1 (its stamp is older) and says which device it came from.
        FormsPage &p = page();
        finishConversation(p, QStringLiteral("en"), QStringLiteral("Here"), QStringLiteral("Call"), {});
        Database &db = m_vault->database();
        QVERIFY(db.exec("INSERT INTO sync_peers(device_id, label, sign_public, setting, delivered_hlc, added_at) "
                        "VALUES('ABCDEF0123456789', 'Llandaf practice', x'00', 'gp-practice', '', '2026-01-01')"));
        const QString insert =
            QStringLiteral("INSERT INTO form_versions(id, person_id, form_id, form_version, layout, "
                           "language, answers, signed_by, signed_at, hlc, device, device_seq, health, "
                           "sync_hlc, received_from) VALUES('remote', '%1', 'health-work-conversation', 1, "
                           "'', 'en', '{}', 'Dr Rees', '2026-01-02T10:00:00.000Z', "
                           "'1767348000000-000000-0123456789abcdef', '0123456789abcdef', 1, 1, "
                           "'9999999999999-000000-ffffffffffffffff', 'ABCDEF0123456789')")
                .arg(m_personId);
        QVERIFY(db.exec(insert.toUtf8().constData()));
        p.load(m_personId);
        QTreeWidget *view = p.versionsView();
        QCOMPARE(view->topLevelItemCount(), 2);
        QCOMPARE(view->topLevelItem(0)->text(FormsPage::VersionSignedByColumn), QStringLiteral("Dr Rees"));
        QCOMPARE(view->topLevelItem(0)->text(FormsPage::VersionNumberColumn), QStringLiteral("1"));
        QCOMPARE(view->topLevelItem(0)->text(FormsPage::VersionFromColumn), QStringLiteral("Llandaf practice"));
        QCOMPARE(view->topLevelItem(1)->text(FormsPage::VersionNumberColumn), QStringLiteral("2"));
        QCOMPARE(view->topLevelItem(1)->text(FormsPage::VersionFromColumn), QStringLiteral("This device"));
    }

    void autosavesTheDraftAndContinuesIt()
    {
        FormsPage &p = page();
        FormEditor *editor = p.startForm(QStringLiteral("health-work-conversation"), {}, QStringLiteral("en"));
        typeInto(editor->editor(QStringLiteral("strengths")), QStringLiteral("Calm with customers"));
        QTRY_COMPARE_WITH_TIMEOUT(
            store().drafts(m_personId).value().value(0).answers.value(QStringLiteral("strengths")),
            QStringLiteral("Calm with customers"),
            FormEditor::AutosaveMillis * 4);

        p.load(QString()); // another person: the form closes
        p.load(m_personId);
        QVERIFY(!p.editor());
        QCOMPARE(p.draftsView()->topLevelItemCount(), 1);
        const QString draftId = p.draftsView()->topLevelItem(0)->data(0, Qt::UserRole).toString();
        FormEditor *again = p.continueDraft(draftId);
        QVERIFY(again);
        QCOMPARE(qobject_cast<QPlainTextEdit *>(again->editor(QStringLiteral("strengths")))->toPlainText(),
                 QStringLiteral("Calm with customers"));
    }

    void savesAtOnceBeforeALock()
    {
        FormsPage &p = page();
        FormEditor *editor = p.startForm(QStringLiteral("health-work-conversation"), {}, QStringLiteral("en"));
        typeInto(editor->editor(QStringLiteral("strengths")), QStringLiteral("Punctual"));
        // Before the autosave timer fires: what a lock does (VaultSession::aboutToLock) saves it now.
        QVERIFY(store().drafts(m_personId).value().value(0).answers.value(QStringLiteral("strengths")).isEmpty());
        p.saveOpenForm();
        QCOMPARE(store().drafts(m_personId).value().value(0).answers.value(QStringLiteral("strengths")),
                 QStringLiteral("Punctual"));
    }

    void editingAPrefilledValueChangesTheCaseOnlyWhenAsked()
    {
        for (const bool ask : {false, true}) {
            FormEditor *editor = page().startForm(QStringLiteral("action-plan"), {}, QStringLiteral("en"));
            QVERIFY(editor);
            auto *hours = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("hours_available")));
            QVERIFY(hours);
            QCheckBox *update = editor->updateCaseBox(QStringLiteral("hours_available"));
            QVERIFY(update);
            QVERIFY(update->isHidden()); // unchanged: nothing to update
            hours->selectAll();
            QTest::keyClicks(hours, ask ? QStringLiteral("25") : QStringLiteral("20"));
            QVERIFY(!update->isHidden());
            update->setChecked(ask);

            QVERIFY(editor->setAnswer(QStringLiteral("weekly_activities"), QStringLiteral("Apply for 3 jobs")));
            QVERIFY(editor->setAnswer(QStringLiteral("review_date"),
                                      QDate::currentDate().addDays(14).toString(Qt::ISODate)));
            QVERIFY(editor->setAnswer(QStringLiteral("claimant_signature"), QStringLiteral("Rhian Evans")));
            QVERIFY(editor->setAnswer(QStringLiteral("coach_signature"), QStringLiteral("Alex Coach")));
            QVERIFY2(editor->finish(false), qPrintable(editor->errorSummary()->text()));

            const Record circumstances = m_vault->records().single(m_personId, QStringLiteral("circumstances")).value();
            QCOMPARE(circumstances.value(QStringLiteral("hours_available")),
                     ask ? QStringLiteral("25") : QStringLiteral("16"));
        }
        // Both finished; the second is version 2 of the same form.
        const QVector<FormVersion> versions = store().versions(m_personId).value();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.last().number, 2);
    }

    void aContinuedDraftKeepsItsUpdateTheCaseTicks()
    {
        // A coach ticks "update the case too", the laptop locks (the draft is saved), and the draft is
        // continued later: the tick is still there, so finishing still updates the case.
        FormsPage &p = page();
        FormEditor *editor = p.startForm(QStringLiteral("action-plan"), {}, QStringLiteral("en"));
        QVERIFY(editor);
        auto *hours = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("hours_available")));
        QVERIFY(hours);
        hours->selectAll();
        QTest::keyClicks(hours, QStringLiteral("25"));
        QCheckBox *update = editor->updateCaseBox(QStringLiteral("hours_available"));
        QVERIFY(update && !update->isHidden());
        update->setChecked(true);
        p.saveOpenForm();
        const QVector<FormDraft> drafts = store().drafts(m_personId).value();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().updateCase, QStringList{QStringLiteral("hours_available")});

        FormsPage &again = page();
        FormEditor *continued = again.continueDraft(drafts.first().id);
        QVERIFY(continued);
        QCheckBox *kept = continued->updateCaseBox(QStringLiteral("hours_available"));
        QVERIFY(kept && !kept->isHidden());
        QVERIFY(kept->isChecked());
        QVERIFY(!continued->updateCaseBox(QStringLiteral("weekly_activities")) ||
                !continued->updateCaseBox(QStringLiteral("weekly_activities"))->isChecked());

        // Unticking is saved too.
        kept->setChecked(false);
        again.saveOpenForm();
        QVERIFY(store().drafts(m_personId).value().first().updateCase.isEmpty());
    }

    void takesSuggestionsAcceptedFromNotes()
    {
        FormEditor *editor = page().startForm(QStringLiteral("action-plan"), {}, QStringLiteral("en"));
        QVERIFY(editor);
        ExtractedSuggestion hours;
        hours.kind = ExtractedSuggestion::Kind::Hours;
        hours.value = QStringLiteral("16");
        QVERIFY(editor->acceptSuggestion(hours, QStringLiteral("30")));
        QCOMPARE(qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("hours_available")))->text(),
                 QStringLiteral("30"));

        ExtractedSuggestion date;
        date.kind = ExtractedSuggestion::Kind::Date;
        date.value = QStringLiteral("2026-12-01");
        editor->focusField(QStringLiteral("weekly_activities"));
        QVERIFY(!editor->acceptSuggestion(date, date.value)); // the user is not in a date field
        editor->focusField(QStringLiteral("review_date"));
        QCOMPARE(editor->lastFocusedField(), QStringLiteral("review_date"));
        QVERIFY(editor->acceptSuggestion(date, date.value));
        QCOMPARE(editor->answers().value(QStringLiteral("review_date")), QStringLiteral("2026-12-01"));
    }

    void savesAFinishedFormAsPdfAfterWarningAndAudits()
    {
        FormsPage &p = page();
        finishConversation(p,
                           QStringLiteral("cy"),
                           QStringLiteral("Bod adref erbyn tri"),
                           QStringLiteral("Diwrnod blasu yn y gegin"),
                           QStringLiteral("Dim"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(p.versionsView()->topLevelItemCount(), 1);
        p.versionsView()->setCurrentItem(p.versionsView()->topLevelItem(0));
        auto *save = p.findChild<QPushButton *>(QStringLiteral("savePdf"));
        QVERIFY(save->isEnabled());

        // Cancelling the warning writes nothing and audits nothing.
        const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!p.savePdf(FormsPage::Output::Form));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(MessageBox::lastText(), FormExport::outsideVaultWarning());

        MessageBox::setNextAnswer(QMessageBox::Save);
        FileDialog::setNextFileName(pdf);
        QVERIFY(p.savePdf(FormsPage::Output::Form));
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(auditCount(FormExport::PdfSavedAction), 1);
        // The suggested name tells two people's plans apart, and the page says where the file went.
        const QString suggested = QFileInfo(FileDialog::lastSuggestion()).fileName();
        QVERIFY2(suggested.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(suggested));
        QVERIFY2(suggested.endsWith(".pdf") && suggested.count(" - ") == 2, qPrintable(suggested));
        auto *notice = p.findChild<QLabel *>(QStringLiteral("formsNotice"));
        QVERIFY(notice && !notice->isHidden());
        QVERIFY2(notice->text().contains(QDir::toNativeSeparators(pdf)), qPrintable(notice->text()));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Diwrnod blasu yn y gegin")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Rhian")));
    }

    void printingAFinishedFormIsAudited()
    {
        // Paper leaves the vault as surely as a PDF: printing is audited with ids only (a PDF printer
        // stands in for the one a print dialog would give).
        FormsPage &p = page();
        finishConversation(p,
                           QStringLiteral("en"),
                           QStringLiteral("Home by three"),
                           QStringLiteral("A taster day in the kitchen"),
                           QStringLiteral("Nothing"));
        if (QTest::currentTestFailed())
            return;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
        // Nothing selected: nothing printed, nothing audited.
        p.versionsView()->setCurrentItem(nullptr);
        QVERIFY(!p.printOn(FormsPage::Output::Summary, printer));
        QCOMPARE(auditCount(FormExport::PrintedAction), 0);

        p.versionsView()->setCurrentItem(p.versionsView()->topLevelItem(0));
        QVERIFY(p.printOn(FormsPage::Output::Summary, printer));
        QVERIFY(QFileInfo(printer.outputFileName()).size() > 0);
        QCOMPARE(auditCount(FormExport::PrintedAction), 1);
        const auto entries = m_vault->audit().entries();
        QVERIFY(entries);
        for (const AuditEntry &entry : entries.value()) {
            if (entry.action == QLatin1String(FormExport::PrintedAction)) {
                QVERIFY2(entry.detail.startsWith(QStringLiteral("health-work-conversation v")),
                         qPrintable(entry.detail));
                QVERIFY(entry.detail.endsWith(QStringLiteral(" summary")));
                QVERIFY(!entry.detail.contains(QStringLiteral("kitchen")));
            }
        }
    }

    void showsTheFormInWelsh()
    {
        FormEditor *editor = page().startForm(QStringLiteral("health-work-conversation"));
        QVERIFY(editor);
        QCOMPARE(editor->draft().language, QStringLiteral("cy"));
        const FormDefinition form = editor->form();
        QVERIFY(editor->sectionList()->item(0)->text().startsWith(form.sections.first().title.cy));
    }

    void discardsADraftAfterAsking()
    {
        FormsPage &p = page();
        p.startForm(QStringLiteral("referral"), {}, QStringLiteral("en"));
        p.load(QString());
        p.load(m_personId);
        QCOMPARE(p.draftsView()->topLevelItemCount(), 1);
        p.draftsView()->setCurrentItem(p.draftsView()->topLevelItem(0));
        MessageBox::setNextAnswer(QMessageBox::No);
        p.findChild<QPushButton *>(QStringLiteral("discardDraft"))->click();
        QCOMPARE(store().drafts(m_personId).value().size(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        p.findChild<QPushButton *>(QStringLiteral("discardDraft"))->click();
        QVERIFY(store().drafts(m_personId).value().isEmpty());
        QCOMPARE(p.draftsView()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestFormsPage)
#include "TestFormsPage.moc"

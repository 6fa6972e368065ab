#include "model/forms/FormExport.h"

#include <QTest>

/** The name a saved form is offered under tells people and days apart and is a name every file system takes. */
class TestFormExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestsDocumentPersonAndDay_data();
    void suggestsDocumentPersonAndDay();
};

void TestFormExport::suggestsDocumentPersonAndDay_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("name");
    QTest::addRow("ordinary") << "Action plan" << QString::fromUtf8("Evans, Siân")
                              << QString::fromUtf8("Action plan - Evans, Siân - 2026-12-07.pdf");
    QTest::addRow("nobody named") << "Action plan"
                                  << ""
                                  << "Action plan - 2026-12-07.pdf";
    QTest::addRow("refused characters") << "Plan: work/health?"
                                        << "O\"Brien <Sam>"
                                        << "Plan work health - O Brien Sam - 2026-12-07.pdf";
    // A name typed with a control character (pasted from elsewhere) must not reach the file system or a terminal.
    QTest::addRow("control characters") << "Plan" << QString("Sam\x1b]0;x\x07 Jones")
                                        << "Plan - Sam ]0;x Jones - 2026-12-07.pdf";
}

void TestFormExport::suggestsDocumentPersonAndDay()
{
    QFETCH(QString, title);
    QFETCH(QString, person);
    QFETCH(QString, name);
    QCOMPARE(FormExport::suggestedFileName(title, person, QDate(2026, 12, 7)), name);
}

QTEST_APPLESS_MAIN(TestFormExport)
#include "TestFormExport.moc"

#include "model/core/Settings.h"
#include "model/session/VaultSession.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/** Help ▸ About names the licence and carries the attributions that the data Waymark uses requires. */
class TestAboutBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aboutNamesLicenceAndDataAttributions();
};

void TestAboutBox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAboutBox::aboutNamesLicenceAndDataAttributions()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath("settings.ini"), nullptr);
    VaultSession session;
    MainWindow window(session, settings);
    QAction *about = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == "&About Waymark")
            about = action;
    }
    QVERIFY(about);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    about->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains("GNU General Public License, version 3 or later"), qPrintable(text));
    QVERIFY(text.contains("This product uses the ESCO classification of the European Commission."));
    QVERIFY(text.contains("Source: Office for National Statistics licensed under the Open Government Licence v3.0."));
}

QTEST_MAIN(TestAboutBox)
#include "TestAboutBox.moc"

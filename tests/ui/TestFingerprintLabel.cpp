#include "ui/widgets/FingerprintLabel.h"

#include <QTableWidgetItem>
#include <QTest>

/** Fingerprints are compared by reading them aloud: shown whole, selectable, and spoken group by group. */
class TestFingerprintLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speaksEachCharacterWithPausesBetweenGroups_data();
    void speaksEachCharacterWithPausesBetweenGroups();
    void showsTheFingerprintAndReadsItInGroups();
    void newFingerprintIsReadAloudToo();
    void tableCellsReadTheSameWay();
};

void TestFingerprintLabel::speaksEachCharacterWithPausesBetweenGroups_data()
{
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("spoken");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("one group") << "1A2B"
                               << "1 A 2 B";
    QTest::addRow("two groups") << "1A2B 3C4D"
                                << "1 A 2 B, 3 C 4 D";
    QTest::addRow("stray spaces ignored") << "  1A2B   3C4D "
                                          << "1 A 2 B, 3 C 4 D";
    QTest::addRow("as Minisign prints it") << "0F1E 2D3C 4B5A 6978 8796 A5B4 C3D2 E1F0"
                                           << "0 F 1 E, 2 D 3 C, 4 B 5 A, 6 9 7 8, 8 7 9 6, A 5 B 4, C 3 D 2, E 1 F 0";
}

void TestFingerprintLabel::speaksEachCharacterWithPausesBetweenGroups()
{
    QFETCH(QString, fingerprint);
    QFETCH(QString, spoken);
    QCOMPARE(FingerprintLabel::spokenGroups(fingerprint), spoken);
}

void TestFingerprintLabel::showsTheFingerprintAndReadsItInGroups()
{
    FingerprintLabel label("AB12 CD34", "Fingerprint of this key");
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QCOMPARE(label.objectName(), QStringLiteral("fingerprintLabel"));
    QCOMPARE(label.text(), QStringLiteral("AB12 CD34"));
    QCOMPARE(label.fingerprint(), QStringLiteral("AB12 CD34"));
    QCOMPARE(label.accessibleName(), QStringLiteral("A B 1 2, C D 3 4"));
    QCOMPARE(label.accessibleDescription(), QStringLiteral("Fingerprint of this key"));
    QCOMPARE(label.textFormat(), Qt::PlainText);
    QVERIFY(label.textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(label.textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QCOMPARE(label.font().family(), QStringLiteral("monospace"));
}

void TestFingerprintLabel::newFingerprintIsReadAloudToo()
{
    FingerprintLabel label;
    QVERIFY(label.accessibleName().isEmpty());
    label.setFingerprint("0000 FFFF");
    QCOMPARE(label.text(), QStringLiteral("0000 FFFF"));
    QCOMPARE(label.accessibleName(), QStringLiteral("0 0 0 0, F F F F"));
}

void TestFingerprintLabel::tableCellsReadTheSameWay()
{
    QTableWidgetItem item("9A8B 7C6D");
    FingerprintLabel::applyTo(&item);
    QCOMPARE(item.text(), QStringLiteral("9A8B 7C6D"));
    QCOMPARE(item.data(Qt::AccessibleTextRole).toString(), QStringLiteral("9 A 8 B, 7 C 6 D"));
    QCOMPARE(item.font().family(), QStringLiteral("monospace"));
}

QTEST_MAIN(TestFingerprintLabel)
#include "TestFingerprintLabel.moc"

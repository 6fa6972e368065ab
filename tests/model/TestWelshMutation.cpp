#include "model/notes/WelshMutation.h"

#include <QTest>

/** De-mutation for Welsh notes (issue 16 §21): every radical a mutated word could come from. */
class TestWelshMutation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheRadical_data();
    void findsTheRadical();
    void neverReturnsTheWordItself();
    void leavesShortAndNonLetterTokensAlone();
};

void TestWelshMutation::findsTheRadical_data()
{
    QTest::addColumn<QString>("mutated");
    QTest::addColumn<QString>("radical");
    // Soft mutation.
    QTest::newRow("t->d") << "drwydded"
                          << "trwydded";
    QTest::newRow("c->g") << "gar"
                          << "car";
    QTest::newRow("p->b") << "bartner"
                          << "partner";
    QTest::newRow("b->f") << "fysiau"
                          << "bysiau";
    QTest::newRow("d->dd") << "ddyledion"
                           << "dyledion";
    QTest::newRow("g dropped before a vowel") << "yrru"
                                              << "gyrru";
    QTest::newRow("g dropped before w") << "waith"
                                        << "gwaith";
    QTest::newRow("g dropped before l") << "lanhawr"
                                        << "glanhawr";
    QTest::newRow("m->f") << "fam"
                          << "mam";
    QTest::newRow("ll->l") << "lawn"
                           << "llawn";
    QTest::newRow("rh->r") << "reolwr"
                           << "rheolwr";
    // Nasal mutation.
    QTest::newRow("c->ngh") << "nghar"
                            << "car";
    QTest::newRow("t->nh") << "nhrwydded"
                           << "trwydded";
    QTest::newRow("p->mh") << "mhartner"
                           << "partner";
    QTest::newRow("g->ng") << "ngofal"
                           << "gofal";
    QTest::newRow("d->n") << "nyledion"
                          << "dyledion";
    QTest::newRow("b->m") << "mws"
                          << "bws";
    // Aspirate mutation.
    QTest::newRow("c->ch") << "chyfrifiadur"
                           << "cyfrifiadur";
    QTest::newRow("t->th") << "thad"
                           << "tad";
    QTest::newRow("p->ph") << "phlant"
                           << "plant";
    // h- before a vowel.
    QTest::newRow("h-prothesis") << "hoed"
                                 << "oed";
}

void TestWelshMutation::findsTheRadical()
{
    QFETCH(QString, mutated);
    QFETCH(QString, radical);
    const QStringList radicals = WelshMutation::radicals(mutated);
    QVERIFY2(radicals.contains(radical), qPrintable(radicals.join(QLatin1Char(','))));
}

void TestWelshMutation::neverReturnsTheWordItself()
{
    for (const QString &word : {QStringLiteral("trwydded"), QStringLiteral("gyrru"), QStringLiteral("car")}) {
        const QStringList radicals = WelshMutation::radicals(word);
        QVERIFY(!radicals.contains(word));
        QCOMPARE(QSet<QString>(radicals.cbegin(), radicals.cend()).size(), radicals.size());
    }
    // A radical form stays a possible reading of itself only through the lexicon, not through radicals():
    // "trwydded" could not have come from anything by mutation.
    QVERIFY(WelshMutation::radicals(QStringLiteral("trwydded")).isEmpty());
    QVERIFY(WelshMutation::radicals(QStringLiteral("llawn")).isEmpty());
}

void TestWelshMutation::leavesShortAndNonLetterTokensAlone()
{
    QVERIFY(WelshMutation::radicals(QStringLiteral("a")).isEmpty());
    QVERIFY(WelshMutation::radicals(QString()).isEmpty());
    QVERIFY(WelshMutation::radicals(QStringLiteral("16")).isEmpty());
}

QTEST_APPLESS_MAIN(TestWelshMutation)
#include "TestWelshMutation.moc"

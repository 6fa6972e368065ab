#include "model/bundles/BundleImporter.h"
#include "model/caseload/CaseListModel.h"
#include "model/core/Settings.h"
#include "model/crypto/Minisign.h"
#include "model/session/BundleHandlers.h"
#include "model/session/VaultSession.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/RecordStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

class TestVaultSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlockFillsCaseloadAndLockEmptiesIt();
    void wrongPassphraseStaysLocked();
    void caseloadFollowsEdits();
    void caseloadFollowsImportsFromAnotherDevice();
    void settingsRoundTripAndDefaults();
};

void TestVaultSession::unlockFillsCaseloadAndLockEmptiesIt()
{
    QTemporaryDir dir;
    {
        auto vault = Fixtures::create(dir);
        QVERIFY(vault->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}}));
        QVERIFY(vault->records().createPerson({{"given_name", "Tom"}, {"family_name", "Hale"}}));
    }
    VaultSession session;
    QSignalSpy unlocked(&session, &VaultSession::unlocked);
    QSignalSpy locked(&session, &VaultSession::locked);
    session.setPath(Fixtures::pathIn(dir));
    QCOMPARE(session.name(), QStringLiteral("test"));
    QVERIFY(session.unlock(Fixtures::passphrase()));
    QVERIFY(session.isUnlocked());
    QCOMPARE(session.caseload()->rowCount(), 2);
    QCOMPARE(unlocked.count(), 1);
    QVERIFY(session.lastLoadMillis() >= 0);

    session.lock();
    QVERIFY(!session.isUnlocked());
    QVERIFY(!session.vault());
    QCOMPARE(session.caseload()->rowCount(), 0);
    QCOMPARE(locked.count(), 1);
    // Locked means closed: another process may now open the vault.
    QVERIFY(Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase()));
}

void TestVaultSession::wrongPassphraseStaysLocked()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::create(dir));
    VaultSession session;
    session.setPath(Fixtures::pathIn(dir));
    auto status = session.unlock(Fixtures::passphrase("nope"));
    QCOMPARE(status.error().code, ErrorCode::WrongPassphrase);
    QVERIFY(!session.isUnlocked());
}

void TestVaultSession::caseloadFollowsEdits()
{
    QTemporaryDir dir;
    VaultSession session;
    VaultOptions options;
    options.kdf = KdfParams::minimum();
    options.ownerName = "Coach";
    QVERIFY(session.create(Fixtures::pathIn(dir), Fixtures::passphrase(), options));
    QCOMPARE(session.caseload()->rowCount(), 0);
    auto id = session.vault()->records().createPerson({{"given_name", "Ann"}, {"family_name", "Lee"}});
    QCOMPARE(session.caseload()->rowCount(), 1);
    QVERIFY(session.vault()->records().update(id.value(), {{"family_name", "Leigh"}}));
    QCOMPARE(session.caseload()->personAt(0).familyName, QStringLiteral("Leigh"));
    QVERIFY(session.vault()->records().erasePerson(id.value()));
    QCOMPARE(session.caseload()->rowCount(), 0);
}

void TestVaultSession::caseloadFollowsImportsFromAnotherDevice()
{
    // A caseload import writes rows directly; the open list must still show who arrived, changed or was erased.
    QTemporaryDir dir;
    auto other = Fixtures::create(dir, "other");
    VaultSession session;
    VaultOptions options;
    options.kdf = KdfParams::minimum();
    options.ownerName = "Coach";
    QVERIFY(session.create(Fixtures::pathIn(dir), Fixtures::passphrase(), options));
    Vault &mine = *session.vault();
    for (auto [from, to] :
         {std::pair<Vault *, Vault *>{other.get(), &mine}, std::pair<Vault *, Vault *>{&mine, other.get()}}) {
        const QByteArray key = from->devicePublicKey();
        QVERIFY(CaseloadSync(*to).addPeer(
            {Minisign::keyIdFor(key), key}, from->ownerName(), from->setting(), Minisign::fingerprint(key)));
    }
    const QString myDevice = Minisign::keyIdHex(Minisign::keyIdFor(mine.devicePublicKey()));
    const auto sendAcross = [&] {
        auto bundle = CaseloadSync(*other).exportFor(myDevice);
        QVERIFY(bundle);
        auto imported = BundleHandlers::makeImporter(mine)->importBytes(bundle.value());
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    };

    const QString id = other->records().createPerson({{"given_name", "Nia"}, {"family_name", "Hughes"}}).value();
    sendAcross();
    QCOMPARE(session.caseload()->rowCount(), 1);
    QCOMPARE(session.caseload()->personAt(0).familyName, QStringLiteral("Hughes"));

    QVERIFY(other->records().update(id, {{"family_name", "Hughes-Jones"}}));
    sendAcross();
    QCOMPARE(session.caseload()->rowCount(), 1);
    QCOMPARE(session.caseload()->personAt(0).familyName, QStringLiteral("Hughes-Jones"));

    QSignalSpy erased(&mine.records(), &RecordStore::personErased);
    QVERIFY(other->records().erasePerson(id));
    sendAcross();
    QCOMPARE(erased.count(), 1);
    QCOMPARE(session.caseload()->rowCount(), 0);
}

void TestVaultSession::settingsRoundTripAndDefaults()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath("settings.ini"), nullptr);
    QCOMPARE(settings.autoLockMinutes(), 5);
    QCOMPARE(settings.language(), QStringLiteral("system"));
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(Settings::Key::AutoLockMinutes, 10);
    settings.setValue(Settings::Key::AutoLockMinutes, 10);
    QCOMPARE(changed.count(), 1);
    Settings reread(dir.filePath("settings.ini"), nullptr);
    QCOMPARE(reread.autoLockMinutes(), 10);
    reread.resetToDefaults();
    QCOMPARE(reread.autoLockMinutes(), 5);
}

QTEST_GUILESS_MAIN(TestVaultSession)
#include "TestVaultSession.moc"

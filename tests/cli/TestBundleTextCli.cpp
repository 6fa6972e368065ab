#include "model/bundles/BundleFile.h"
#include "model/crypto/Minisign.h"
#include "model/crypto/SigningKey.h"
#include "model/matching/VacancyBundle.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * Text a bundle carries reaches the terminal without its escape sequences or bidi overrides (issue 13 #10): a
 * signed bundle (any trusted key can leak) names an item "ESC ] 0; …", which would retitle the window.
 */
class TestBundleTextCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importAndQuarantineOutputHoldNoEscapes();

private:
    QTemporaryDir m_dir;
};

void TestBundleTextCli::initTestCase()
{
    QVERIFY(Crypto::init());
    QVERIFY(m_dir.isValid());
}

void TestBundleTextCli::importAndQuarantineOutputHoldNoEscapes()
{
    const QString pass = Fixtures::fileIn(m_dir, "vault.pass", "correct horse battery staple\n");
    const QString vault = m_dir.filePath("admin.waymark");
    const auto create = Fixtures::createAdminVaultWithCli(vault, pass);
    QVERIFY2(create.exitCode == 0, create.err.constData());

    const SigningKey key = SigningKey::generate();
    const QString pub = Fixtures::fileIn(m_dir, "leaked.pub", Minisign::publicKeyFile(key.minisignKey()));
    const auto trust = Fixtures::runCli({"trust",
                                         "add",
                                         pub,
                                         "--vault",
                                         vault,
                                         "--kinds",
                                         "vacancies",
                                         "--label",
                                         "DWP",
                                         "--fingerprint",
                                         Minisign::fingerprint(key.publicKey())},
                                        {},
                                        pass);
    QVERIFY2(trust.exitCode == 0, trust.err.constData());

    Vacancy bad;
    bad.id = QStringLiteral("\x1b]0;owned\aV1\u202Efdp.exe");
    bad.title = QStringLiteral("Care assistant\x1b[2J");
    bad.employer = QStringLiteral("Ty Gwyn");
    bad.latitude = 51.48;
    bad.longitude = -3.18;
    bad.hoursPerWeek = 0; // set aside on import
    bad.contractType = ContractType::Permanent;
    bad.closingDate = QDate::currentDate().addDays(30);
    BundleHeader header;
    header.kind = BundleKind::Vacancies;
    header.sequence = 1;
    header.publisher = QStringLiteral("\x1b]0;DWP\a");
    auto bytes = BundleFile::write(
        header, VacancyBundle::encode({bad}, VacancyBundle::Mode::Delta), {key.keyId(), &key.secretKey()});
    QVERIFY(bytes);
    const QString bundle = Fixtures::fileIn(m_dir, "hostile.wmbundle", bytes.value());

    const auto import = Fixtures::runCli({"bundle", "import", bundle, "--vault", vault}, {}, pass);
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QVERIFY2(import.out.contains("V1fdp.exe"), import.out.constData());
    QVERIFY(!import.out.contains('\x1b') && !import.err.contains('\x1b'));
    QVERIFY(!import.out.contains("\u202E"));

    const auto quarantine = Fixtures::runCli({"bundle", "quarantine", "--vault", vault}, {}, pass);
    QVERIFY2(quarantine.exitCode == 0, quarantine.err.constData());
    QVERIFY2(quarantine.out.contains("]0;ownedV1fdp.exe"), quarantine.out.constData());
    QVERIFY(!quarantine.out.contains('\x1b') && !quarantine.err.contains('\x1b'));
    QVERIFY(!quarantine.out.contains("\u202E"));

    // A replay is refused naming the header's publisher claim: cleaned too.
    const auto replay = Fixtures::runCli({"bundle", "import", bundle, "--vault", vault}, {}, pass);
    QVERIFY(replay.exitCode != 0);
    QVERIFY(!replay.out.contains('\x1b') && !replay.err.contains('\x1b'));
}

QTEST_GUILESS_MAIN(TestBundleTextCli)
#include "TestBundleTextCli.moc"

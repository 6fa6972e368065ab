#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/vault/AuditLog.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

class TestTrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsOnlyWithMatchingFingerprint();
    void fingerprintMatchesOnlyTheWholeFingerprint();
    void trustsPerKind();
    void removalStopsTrustAndIsAudited();
    void secretKeyFileRoundTrips();
    void deviceEncryptionKeysMatch();
    void refusesToReplaceATrustedKey();
    void removedKeyCanBeAddedAgain();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<TrustStore> m_trust;
};

void TestTrustStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    m_trust = std::make_unique<TrustStore>(m_vault->database(), m_vault->audit());
}

void TestTrustStore::cleanup()
{
    m_trust.reset();
    m_vault.reset();
    m_dir.reset();
}

void TestTrustStore::addsOnlyWithMatchingFingerprint()
{
    const SigningKey publisher = SigningKey::generate();
    const QString fingerprint = Minisign::fingerprint(publisher.publicKey());
    auto refused = m_trust->add(publisher.minisignKey(), "DWP vacancies", {BundleKind::Vacancies}, "0000 1111");
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QCOMPARE(m_trust->list()->size(), 0);
    // Case and spacing do not matter when a person types what they read.
    QVERIFY(m_trust->add(
        publisher.minisignKey(), "DWP vacancies", {BundleKind::Vacancies}, fingerprint.toLower().remove(' ')));
    auto keys = m_trust->list();
    QCOMPARE(keys->size(), 1);
    QCOMPARE(keys->first().label, QStringLiteral("DWP vacancies"));
    QCOMPARE(keys->first().fingerprint(), fingerprint);
}

void TestTrustStore::fingerprintMatchesOnlyTheWholeFingerprint()
{
    const QByteArray key = SigningKey::generate().publicKey();
    const QString fingerprint = Minisign::fingerprint(key);
    QVERIFY(TrustStore::fingerprintMatches(key, fingerprint));
    // How a fingerprint is written down or read out does not matter: spaces, dashes and case.
    QVERIFY(TrustStore::fingerprintMatches(key, fingerprint.toLower().replace(' ', '-')));
    QVERIFY(TrustStore::fingerprintMatches(key, " " + QString(fingerprint).remove(' ') + "\n"));
    QVERIFY(!TrustStore::fingerprintMatches(key, QString()));
    QVERIFY(!TrustStore::fingerprintMatches(key, fingerprint.left(fingerprint.size() - 1)));
    QVERIFY(!TrustStore::fingerprintMatches(key, fingerprint + "0"));
    QString oneWrong = fingerprint;
    oneWrong[0] = oneWrong[0] == '0' ? '1' : '0';
    QVERIFY(!TrustStore::fingerprintMatches(key, oneWrong));
    QVERIFY(!TrustStore::fingerprintMatches(SigningKey::generate().publicKey(), fingerprint));
}

void TestTrustStore::trustsPerKind()
{
    const SigningKey publisher = SigningKey::generate();
    QVERIFY(m_trust->add(publisher.minisignKey(),
                         "Taxonomy team",
                         {BundleKind::Taxonomy, BundleKind::Courses},
                         Minisign::fingerprint(publisher.publicKey())));
    const auto lookup = m_trust->lookup();
    QCOMPARE(lookup(publisher.keyId(), BundleKind::Taxonomy).value(), publisher.publicKey());
    QVERIFY(lookup(publisher.keyId(), BundleKind::Courses));
    QVERIFY(!lookup(publisher.keyId(), BundleKind::Vacancies));
    QVERIFY(!lookup(SigningKey::generate().keyId(), BundleKind::Taxonomy));
}

void TestTrustStore::removalStopsTrustAndIsAudited()
{
    const SigningKey publisher = SigningKey::generate();
    QVERIFY(m_trust->add(
        publisher.minisignKey(), "Old key", {BundleKind::Vacancies}, Minisign::fingerprint(publisher.publicKey())));
    QVERIFY(m_trust->remove(publisher.keyId()));
    QVERIFY(!m_trust->lookup()(publisher.keyId(), BundleKind::Vacancies));
    QCOMPARE(m_trust->remove(publisher.keyId()).error().code, ErrorCode::NotFound);
    auto entries = m_vault->audit().entries(Minisign::keyIdHex(publisher.keyId()));
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).action, QStringLiteral("trust_remove"));
    QCOMPARE(entries->at(1).action, QStringLiteral("trust_add"));
}

void TestTrustStore::secretKeyFileRoundTrips()
{
    const SigningKey key = SigningKey::generate();
    const QString path = m_dir->filePath("publisher.key");
    QVERIFY(key.writeSecretFile(path, Fixtures::passphrase("publisher pass"), KdfParams::minimum()));
    auto read = SigningKey::readSecretFile(path, Fixtures::passphrase("publisher pass"));
    QVERIFY(read);
    QCOMPARE(read->keyId(), key.keyId());
    QVERIFY(read->secretKey().equals(key.secretKey()));
    QCOMPARE(SigningKey::readSecretFile(path, Fixtures::passphrase("wrong")).error().code, ErrorCode::WrongPassphrase);
    auto parsed = Minisign::parsePublicKey(key.publicKeyFile());
    QCOMPARE(parsed->key, key.publicKey());
}

void TestTrustStore::deviceEncryptionKeysMatch()
{
    const SigningKey key = SigningKey::generate();
    const QByteArray publicKey = key.encryptionPublicKey();
    QCOMPARE(publicKey.size(), 32);
    QCOMPARE(int(key.encryptionSecretKey().size()), 32);
    QVERIFY(publicKey != SigningKey::generate().encryptionPublicKey());
}

void TestTrustStore::refusesToReplaceATrustedKey()
{
    const SigningKey publisher = SigningKey::generate();
    const QString fingerprint = Minisign::fingerprint(publisher.publicKey());
    QVERIFY(m_trust->add(publisher.minisignKey(), "DWP", {BundleKind::Vacancies}, fingerprint));
    const QByteArray before = Fixtures::databaseDigest(*m_vault);

    // Issue 13 #13: a second add under another name and more kinds used to replace the row silently.
    auto refused =
        m_trust->add(publisher.minisignKey(), "Agency", {BundleKind::Vacancies, BundleKind::Caseload}, fingerprint);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QVERIFY2(refused.error().message.contains(QStringLiteral("\"DWP\"")), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("remove it first")));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    QVERIFY(!m_trust->lookup()(publisher.keyId(), BundleKind::Caseload));
    QCOMPARE(m_trust->list()->first().label, QStringLiteral("DWP"));
}

void TestTrustStore::removedKeyCanBeAddedAgain()
{
    const SigningKey publisher = SigningKey::generate();
    const QString fingerprint = Minisign::fingerprint(publisher.publicKey());
    QVERIFY(m_trust->add(publisher.minisignKey(), "DWP", {BundleKind::Vacancies}, fingerprint));
    QVERIFY(m_trust->isTrusted(publisher.keyId()));
    QVERIFY(m_trust->remove(publisher.keyId()));
    QVERIFY(!m_trust->isTrusted(publisher.keyId()));
    QVERIFY(
        m_trust->add(publisher.minisignKey(), "DWP Wales", {BundleKind::Vacancies, BundleKind::Courses}, fingerprint));
    QCOMPARE(m_trust->list()->size(), 1);
    QCOMPARE(m_trust->list()->first().label, QStringLiteral("DWP Wales"));
    QVERIFY(m_trust->lookup()(publisher.keyId(), BundleKind::Courses));
}

QTEST_GUILESS_MAIN(TestTrustStore)
#include "TestTrustStore.moc"

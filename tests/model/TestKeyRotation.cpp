#include "model/bundles/BundleFile.h"
#include "model/bundles/KeyRotation.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/vault/AuditLog.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** Key change statements: strict parsing with both signatures, and trust moving only as far as the old key had. */
class TestKeyRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrips();
    void rejectsEveryFlippedByte();
    void rejectsTruncation();
    void rejectsOldSignatureAlone();
    void rejectsSwappedSignatures();
    void rejectsSignatureByAnotherKey();
    void rejectsSameKey();
    void rejectsOversizeAndUnknownVersion();
    void refusesWhenOldKeyNotTrusted();
    void movesOnlyKindsTheOldKeyHad();
    void refusesReplay();
    void refusesNewKeyRemovedHere();
    void auditsBothKeys();

private:
    QByteArray statement(const QList<BundleKind> &kinds = {BundleKind::Vacancies, BundleKind::Geodata});
    QByteArray bundle(const SigningKey &key, BundleKind kind) const;
    void trustOld(const QList<BundleKind> &kinds);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<TrustStore> m_trust;
    SigningKey m_old = SigningKey::generate();
    SigningKey m_new = SigningKey::generate();
};

void TestKeyRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    QVERIFY(m_vault);
    m_trust = std::make_unique<TrustStore>(m_vault->database(), m_vault->audit());
    m_old = SigningKey::generate();
    m_new = SigningKey::generate();
}

void TestKeyRotation::cleanup()
{
    m_trust.reset();
    m_vault.reset();
    m_dir.reset();
}

QByteArray TestKeyRotation::statement(const QList<BundleKind> &kinds)
{
    auto made = KeyRotation::make(
        m_old, m_new, kinds, "Yearly key change", QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC));
    if (!made)
        qWarning() << made.error().message;
    return made ? made.value() : QByteArray();
}

QByteArray TestKeyRotation::bundle(const SigningKey &key, BundleKind kind) const
{
    BundleHeader header;
    header.kind = kind;
    header.sequence = 1;
    header.publisher = "DWP";
    header.createdAt = QDateTime::currentSecsSinceEpoch();
    auto file = BundleFile::write(header, "payload", {key.keyId(), &key.secretKey()});
    return file ? file.value() : QByteArray();
}

void TestKeyRotation::trustOld(const QList<BundleKind> &kinds)
{
    QVERIFY(m_trust->add(m_old.minisignKey(), "DWP", kinds, Minisign::fingerprint(m_old.publicKey())));
}

void TestKeyRotation::roundTrips()
{
    const QByteArray bytes = statement();
    QVERIFY(bytes.startsWith("waymark-key-rotation/1\nold-key: "));
    auto parsed = KeyRotation::parse(bytes);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->oldKey().key, m_old.publicKey());
    QCOMPARE(parsed->oldKey().keyId, m_old.keyId());
    QCOMPARE(parsed->newKey().key, m_new.publicKey());
    QCOMPARE(parsed->kinds(), (QList<BundleKind>{BundleKind::Geodata, BundleKind::Vacancies}));
    QVERIFY(!parsed->allKinds());
    QCOMPARE(parsed->reason(), QStringLiteral("Yearly key change"));
    QCOMPARE(parsed->issued(), QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC));
    QCOMPARE(parsed->digest().size(), 32);

    auto all = KeyRotation::parse(statement({}));
    QVERIFY(all);
    QVERIFY(all->allKinds());
    QVERIFY(KeyRotation::make(m_old, m_new, {}, "two\nlines", QDateTime::currentDateTimeUtc())
                .error()
                .message.contains("one line"));
}

void TestKeyRotation::rejectsEveryFlippedByte()
{
    const QByteArray bytes = statement();
    QVERIFY(KeyRotation::parse(bytes));
    for (int i = 0; i < bytes.size(); ++i) {
        QByteArray flipped = bytes;
        flipped[i] = char(flipped.at(i) ^ 0x01);
        QVERIFY2(!KeyRotation::parse(flipped), qPrintable(QStringLiteral("byte %1 flipped was accepted").arg(i)));
    }
}

void TestKeyRotation::rejectsTruncation()
{
    const QByteArray bytes = statement();
    for (int length = 0; length < bytes.size(); ++length)
        QVERIFY2(!KeyRotation::parse(bytes.left(length)), qPrintable(QStringLiteral("length %1").arg(length)));
    QVERIFY(!KeyRotation::parse(bytes + "\n"));
}

void TestKeyRotation::rejectsOldSignatureAlone()
{
    QList<QByteArray> lines = statement().split('\n');
    const QByteArray oldOnly = lines.mid(0, 10).join('\n') + '\n';
    QCOMPARE(KeyRotation::parse(oldOnly).error().code, ErrorCode::BundleTruncated);
}

void TestKeyRotation::rejectsSwappedSignatures()
{
    const QList<QByteArray> lines = statement().split('\n');
    const QByteArray swapped = (lines.mid(0, 6) + lines.mid(10, 4) + lines.mid(6, 4)).join('\n') + '\n';
    auto parsed = KeyRotation::parse(swapped);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::BundleSignatureFormat);

    // A statement that hands trust the other way is well formed, but its "old" key is not the one trusted here.
    trustOld({BundleKind::Vacancies});
    std::swap(m_old, m_new);
    auto reversed = KeyRotation::parse(statement());
    QVERIFY(reversed);
    QCOMPARE(m_trust->rotate(reversed.value()).error().code, ErrorCode::NotAllowed);
}

void TestKeyRotation::rejectsSignatureByAnotherKey()
{
    // Someone without the new secret key signs in its place with a key of their own.
    const QList<QByteArray> lines = statement().split('\n');
    const QByteArray body = lines.mid(0, 6).join('\n') + '\n';
    const SigningKey stranger = SigningKey::generate();
    const QByteArray forged = body + lines.mid(6, 4).join('\n') + '\n' +
                              Minisign::sign(body, stranger.keyId(), stranger.secretKey(), lines.at(12).mid(17));
    QVERIFY(!KeyRotation::parse(forged));
    // The right key id in the comment does not help without the right signature.
    const QByteArray relabelled = body + lines.mid(6, 4).join('\n') + '\n' +
                                  Minisign::sign(body, m_new.keyId(), stranger.secretKey(), lines.at(12).mid(17));
    QCOMPARE(KeyRotation::parse(relabelled).error().code, ErrorCode::BundleBadSignature);
}

void TestKeyRotation::rejectsSameKey()
{
    QCOMPARE(KeyRotation::make(m_old, m_old, {}, {}, QDateTime::currentDateTimeUtc()).error().code, ErrorCode::Invalid);
    // A statement edited to name the old key twice.
    QList<QByteArray> lines = statement().split('\n');
    lines[2] = "new-key: " + lines.at(1).mid(9);
    auto parsed = KeyRotation::parse(lines.join('\n'));
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QVERIFY(parsed.error().message.contains("same key"));
}

void TestKeyRotation::rejectsOversizeAndUnknownVersion()
{
    QCOMPARE(KeyRotation::parse(QByteArray(KeyRotation::MaxBytes + 1, 'a')).error().code, ErrorCode::BundleTooLarge);
    QCOMPARE(KeyRotation::parse("waymark-key-rotation/2\n").error().code, ErrorCode::BundleUnsupportedVersion);
    QCOMPARE(KeyRotation::parse("minisign public key\n").error().code, ErrorCode::BundleNotABundle);
}

void TestKeyRotation::refusesWhenOldKeyNotTrusted()
{
    auto parsed = KeyRotation::parse(statement());
    QVERIFY(parsed);
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto refused = m_trust->rotate(parsed.value());
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QVERIFY(refused.error().message.contains("not trusted on this device"));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);

    // Removed counts as not trusted.
    trustOld({BundleKind::Vacancies});
    QVERIFY(m_trust->remove(m_old.keyId()));
    QCOMPARE(m_trust->rotate(parsed.value()).error().code, ErrorCode::NotAllowed);
    QVERIFY(!m_trust->lookup()(m_new.keyId(), BundleKind::Vacancies));
}

void TestKeyRotation::movesOnlyKindsTheOldKeyHad()
{
    trustOld({BundleKind::Vacancies, BundleKind::Geodata, BundleKind::Taxonomy});
    // The statement names forms too, which the old key never had here.
    auto parsed = KeyRotation::parse(statement({BundleKind::Vacancies, BundleKind::Geodata, BundleKind::Forms}));
    QVERIFY(parsed);
    QCOMPARE(m_trust->rotationKinds(parsed.value()).value(),
             (QList<BundleKind>{BundleKind::Geodata, BundleKind::Vacancies}));
    auto moved = m_trust->rotate(parsed.value());
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved.value(), (QList<BundleKind>{BundleKind::Geodata, BundleKind::Vacancies}));

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto lookup = m_trust->lookup();
    QVERIFY(BundleFile::authenticate(bundle(m_new, BundleKind::Vacancies), lookup, now));
    QVERIFY(BundleFile::authenticate(bundle(m_new, BundleKind::Geodata), lookup, now));
    QCOMPARE(BundleFile::authenticate(bundle(m_new, BundleKind::Forms), lookup, now).error().code,
             ErrorCode::BundleUnknownSigner);
    QCOMPARE(BundleFile::authenticate(bundle(m_new, BundleKind::Taxonomy), lookup, now).error().code,
             ErrorCode::BundleUnknownSigner);
    QCOMPARE(BundleFile::authenticate(bundle(m_old, BundleKind::Vacancies), lookup, now).error().code,
             ErrorCode::BundleUnknownSigner);

    auto keys = m_trust->list();
    QCOMPARE(keys->size(), 1);
    QCOMPARE(keys->first().keyId, m_new.keyId());
    QVERIFY(keys->first().label.startsWith("DWP"));
    QVERIFY(keys->first().label.contains(Minisign::keyIdHex(m_old.keyId())));
}

void TestKeyRotation::refusesReplay()
{
    trustOld({BundleKind::Vacancies});
    auto parsed = KeyRotation::parse(statement());
    QVERIFY(parsed);
    QVERIFY(m_trust->rotate(parsed.value()));
    // Even with the old key trusted again, the same statement does not apply twice.
    trustOld({BundleKind::Vacancies});
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto again = m_trust->rotate(parsed.value());
    QCOMPARE(again.error().code, ErrorCode::BundleReplay);
    QVERIFY(again.error().message.contains("already been applied"));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestKeyRotation::refusesNewKeyRemovedHere()
{
    trustOld({BundleKind::Vacancies});
    QVERIFY(
        m_trust->add(m_new.minisignKey(), "Leaked", {BundleKind::Vacancies}, Minisign::fingerprint(m_new.publicKey())));
    QVERIFY(m_trust->remove(m_new.keyId()));
    auto parsed = KeyRotation::parse(statement());
    QVERIFY(parsed);
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    QCOMPARE(m_trust->rotate(parsed.value()).error().code, ErrorCode::NotAllowed);
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestKeyRotation::auditsBothKeys()
{
    trustOld({BundleKind::Vacancies, BundleKind::Geodata});
    auto parsed = KeyRotation::parse(statement());
    QVERIFY(parsed);
    QVERIFY(m_trust->rotate(parsed.value()));
    const QString oldId = Minisign::keyIdHex(m_old.keyId());
    const QString newId = Minisign::keyIdHex(m_new.keyId());
    auto oldEntries = m_vault->audit().entries(oldId);
    QCOMPARE(oldEntries->first().action, QStringLiteral("trust_rotate"));
    QVERIFY(oldEntries->first().detail.contains("to=" + newId));
    QVERIFY(oldEntries->first().detail.contains("kinds=geodata,vacancies"));
    auto newEntries = m_vault->audit().entries(newId);
    QCOMPARE(newEntries->size(), 1);
    QVERIFY(newEntries->first().detail.contains("from=" + oldId));
    QVERIFY(m_vault->audit().verify()->intact());
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "TestKeyRotation.moc"

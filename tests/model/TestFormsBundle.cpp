#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/bundles/QuarantineStore.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/forms/FormCatalogue.h"
#include "model/forms/FormStore.h"
#include "model/forms/FormsBundle.h"
#include "model/session/BundleHandlers.h"
#include "model/vault/Database.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** `forms` bundles, signed and imported through the real importer, and the catalogue that results. */
class TestFormsBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtInCatalogueNeedsNoVault();
    void roundTripsAndANewerVersionSupersedes();
    void olderOrEqualVersionsAreSkipped();
    void malformedDefinitionIsQuarantinedAndTheRestApplies();
    void tooManyDefinitionsAreRefusedAndChangeNothing();
    void untrustedSignerIsRefusedAndChangesNothing();
    void storedDefinitionThatNoLongerParsesIsLeftOut();
    void fileNamesLoseEscapesAndOverrides();

private:
    static QByteArray form(const QByteArray &id, int version, const QByteArray &title);
    Result<ImportSummary> import(quint64 sequence, const QVector<FormFile> &files, const SigningKey *key = nullptr);
    int count(const char *sql);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SigningKey> m_key;
};

QByteArray TestFormsBundle::form(const QByteArray &id, int version, const QByteArray &title)
{
    return "{\n\"format\": \"waymark-form/1\",\n\"id\": \"" + id + "\",\n\"version\": " + QByteArray::number(version) +
           ",\n\"title\": {\"en\": \"" + title + "\", \"cy\": \"" + title +
           "\"},\n"
           "\"sections\": [{\n\"id\": \"main\",\n\"title\": {\"en\": \"Main\", \"cy\": \"Prif\"},\n\"fields\": [\n"
           "{\"id\": \"goal\", \"type\": \"text\", \"label\": {\"en\": \"Goal\", \"cy\": \"Nod\"}}\n]}]}\n";
}

void TestFormsBundle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    m_key = std::make_unique<SigningKey>(SigningKey::generate());
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(
        trust.add(m_key->minisignKey(), "Forms team", {BundleKind::Forms}, Minisign::fingerprint(m_key->publicKey())));
}

void TestFormsBundle::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

Result<ImportSummary> TestFormsBundle::import(quint64 sequence, const QVector<FormFile> &files, const SigningKey *key)
{
    if (!key)
        key = m_key.get();
    BundleHeader header;
    header.kind = BundleKind::Forms;
    header.sequence = sequence;
    header.publisher = "Forms team";
    auto bundle = BundleFile::write(header, FormsBundle::encode(files), {key->keyId(), &key->secretKey()});
    return BundleHandlers::makeImporter(*m_vault)->importBytes(bundle.value());
}

int TestFormsBundle::count(const char *sql)
{
    return int(m_vault->database().scalarInteger(sql).value());
}

void TestFormsBundle::builtInCatalogueNeedsNoVault()
{
    auto catalogue = FormCatalogue::builtIn();
    QVERIFY(catalogue.ok());
    const QVector<const FormDefinition *> latest = catalogue->latest();
    QCOMPARE(latest.size(), 5);
    for (qsizetype i = 1; i < latest.size(); ++i)
        QVERIFY(QString::localeAwareCompare(latest.at(i - 1)->title.en, latest.at(i)->title.en) <= 0);
    QCOMPARE(catalogue->latest("cv")->version, 1);
    QCOMPARE(catalogue->source(*catalogue->latest("cv")), QStringLiteral("built in"));
    QVERIFY(!catalogue->latest("no-such-form"));
    QVERIFY(!catalogue->find("cv", 2));
}

void TestFormsBundle::roundTripsAndANewerVersionSupersedes()
{
    // A draft started on the built-in CV, before any bundle arrives.
    FormStore store(m_vault->database(), m_vault->audit(), m_vault->clock());
    auto draftId = store.saveDraft({{}, "p1", "cv", 1, "chronological", "en", {}, {}, {}, {}});
    QVERIFY(draftId.ok());

    auto summary = import(1, {{"cv.json", form("cv", 2, "CV (2027)")}, {"log.json", form("job-log", 1, "Job log")}});
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->changed, 1);
    QCOMPARE(summary->rejected, 0);

    auto catalogue = FormCatalogue::load(m_vault->database());
    QVERIFY(catalogue.ok());
    QCOMPARE(catalogue->latest().size(), 6);
    QCOMPARE(catalogue->latest("cv")->version, 2);
    QCOMPARE(catalogue->latest("cv")->title.en, QStringLiteral("CV (2027)"));
    QCOMPARE(catalogue->source(*catalogue->latest("cv")), QStringLiteral("Forms team"));
    QCOMPARE(catalogue->source(*catalogue->latest("job-log")), QStringLiteral("Forms team"));
    QVERIFY(!catalogue->entry(*catalogue->latest("cv"))->importedAt.isEmpty());
    // The draft keeps the version it was started on, which is still there.
    const FormDraft draft = store.draft(draftId.value()).value();
    const FormDefinition *old = catalogue->find(draft.formId, draft.formVersion);
    QVERIFY(old);
    QCOMPARE(old->version, 1);
    QCOMPARE(catalogue->source(*old), QStringLiteral("built in"));
    QCOMPARE(catalogue->versions("cv"), QVector<int>({1, 2}));

    // A later version supersedes again; the one from the first bundle stays for drafts started on it.
    auto third = import(2, {{"cv.json", form("cv", 3, "CV (2028)")}});
    QVERIFY(third.ok());
    QCOMPARE(third->changed, 1);
    catalogue = FormCatalogue::load(m_vault->database());
    QCOMPARE(catalogue->latest("cv")->version, 3);
    QCOMPARE(catalogue->find("cv", 2)->title.en, QStringLiteral("CV (2027)"));
    QCOMPARE(count("SELECT count(*) FROM form_definitions"), 3);
}

void TestFormsBundle::olderOrEqualVersionsAreSkipped()
{
    QVERIFY(import(1, {{"cv.json", form("cv", 2, "CV two")}}).ok());
    auto summary = import(2,
                          {{"cv-again.json", form("cv", 2, "CV two, changed")},
                           {"cv-old.json", form("cv", 1, "CV one")},
                           {"plan.json", form("action-plan", 1, "Built-in number")}});
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->added, 0);
    QCOMPARE(summary->changed, 0);
    // Skipping is not an error: nothing is quarantined, and the summary says why each was left.
    QCOMPARE(summary->rejected, 0);
    QCOMPARE(count("SELECT count(*) FROM quarantine"), 0);
    QCOMPARE(summary->rejections.size(), 3);
    QVERIFY2(summary->rejections.first().contains("skipped"), qPrintable(summary->rejections.first()));
    QCOMPARE(count("SELECT count(*) FROM form_definitions"), 1);
    auto catalogue = FormCatalogue::load(m_vault->database());
    QCOMPARE(catalogue->latest("cv")->title.en, QStringLiteral("CV two"));
    QCOMPARE(catalogue->source(*catalogue->latest("action-plan")), QStringLiteral("built in"));
}

void TestFormsBundle::malformedDefinitionIsQuarantinedAndTheRestApplies()
{
    QVERIFY(import(1, {{"cv.json", form("cv", 2, "CV two")}}).ok());
    QByteArray noWelsh = form("cv", 3, "CV three");
    noWelsh.replace("\"cy\": \"Nod\"", "\"xx\": \"Nod\"");
    auto summary = import(2,
                          {{"broken.json", "{\n\"format\": \"waymark-form/1\",\n\"id\": \"x\",,\n}"},
                           {"cv.json", noWelsh},
                           {"log.json", form("job-log", 1, "Job log")}});
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->rejected, 2);
    QCOMPARE(summary->added, 1);
    auto items = QuarantineStore::list(m_vault->database());
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 2);
    QMap<QString, QString> reasons;
    for (const QuarantinedItem &item : items.value()) {
        QCOMPARE(item.kind, QStringLiteral("forms"));
        reasons.insert(item.item, item.reason);
    }
    QVERIFY2(reasons.value("broken.json").contains("line 3"), qPrintable(reasons.value("broken.json")));
    QVERIFY2(reasons.value("cv.json").contains("line 10") && reasons.value("cv.json").contains("Welsh"),
             qPrintable(reasons.value("cv.json")));
    // The form keeps the version it had.
    auto catalogue = FormCatalogue::load(m_vault->database());
    QCOMPARE(catalogue->latest("cv")->version, 2);
    QVERIFY(catalogue->latest("job-log"));
}

void TestFormsBundle::tooManyDefinitionsAreRefusedAndChangeNothing()
{
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    QVector<FormFile> files;
    // Random titles, so the payload does not compress past the importer's zip-bomb ratio first.
    for (quint64 i = 0; i <= FormsBundle::MaxForms; ++i) {
        QByteArray title(256, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(title.data()), title.size() / 4);
        files.append({QString("f%1.json").arg(i), form("f" + QByteArray::number(i), 1, title.toHex())});
    }
    auto summary = import(1, files);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, ErrorCode::BundlePayload);
    QVERIFY2(summary.error().message.contains("at most 200"), qPrintable(summary.error().message));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestFormsBundle::untrustedSignerIsRefusedAndChangesNothing()
{
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    const SigningKey stranger = SigningKey::generate();
    auto summary = import(1, {{"cv.json", form("cv", 2, "CV two")}}, &stranger);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, ErrorCode::BundleUnknownSigner);

    // A key trusted for other kinds is not trusted for forms.
    const SigningKey courses = SigningKey::generate();
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(
        trust.add(courses.minisignKey(), "Courses", {BundleKind::Courses}, Minisign::fingerprint(courses.publicKey())));
    const QByteArray trusted = Fixtures::databaseDigest(*m_vault);
    QVERIFY(!import(1, {{"cv.json", form("cv", 2, "CV two")}}, &courses).ok());
    QCOMPARE(Fixtures::databaseDigest(*m_vault), trusted);
    QVERIFY(before != trusted);
    QCOMPARE(count("SELECT count(*) FROM form_definitions"), 0);
}

void TestFormsBundle::storedDefinitionThatNoLongerParsesIsLeftOut()
{
    QVERIFY(import(1, {{"cv.json", form("cv", 2, "CV two")}}).ok());
    QVERIFY(m_vault->database().exec("INSERT INTO form_definitions VALUES('cv', 3, '{not json', 'Forms team', 'x');"
                                     "INSERT INTO form_definitions VALUES('other', 1, '{}', 'Forms team', 'x');"));
    auto catalogue = FormCatalogue::load(m_vault->database());
    QVERIFY(catalogue.ok());
    QCOMPARE(catalogue->latest("cv")->version, 2);
    QVERIFY(!catalogue->latest("other"));
}

void TestFormsBundle::fileNamesLoseEscapesAndOverrides()
{
    auto summary = import(1, {{QStringLiteral("\x1b]0;owned\abroken\u202Enosj.exe"), "{ not json"}});
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->rejected, 1);
    QVERIFY2(summary->text().contains(QStringLiteral("]0;ownedbrokennosj.exe")), qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QChar(0x1b)));
    auto stored = m_vault->database().scalarText("SELECT item FROM quarantine");
    QVERIFY(stored);
    QCOMPARE(stored.value(), QStringLiteral("]0;ownedbrokennosj.exe"));
}

QTEST_GUILESS_MAIN(TestFormsBundle)
#include "TestFormsBundle.moc"

#include "model/bundles/BundleImporter.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/Taxonomy.h"
#include "model/matching/TaxonomyBundle.h"
#include "model/matching/VacancyBundle.h"
#include "model/matching/VacancyIndex.h"
#include "model/matching/VacancyReadingCodec.h"
#include "model/session/VacancyReader.h"
#include "model/session/VacancyReadingStore.h"
#include "model/session/VaultServices.h"
#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** What is read of a vacancy at import is stored with it, used by matching, and kept in step with the taxonomy. */
class TestVacancyReadings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void packedSkillsRoundTrip();
    void malformedPackedSkillsAreRefused();
    void readingIsStoredWithTheVacancyAndGoesWithIt();
    void changedVacancyIsReadAgain();
    void rejectedBundleLeavesNoReading();
    void indexFromTheVaultUsesTheReading();
    void staleReadingIsLeftAsideByTheIndex();
    void replacingTheTaxonomyReadsTheVacanciesAgain();
    void taxonomyBundleReadsTheVacanciesAgain();
    void readerAnswersRepeatedAdvertsFromItsCache();
    void loadsOneVacancysTextAndReading();

private:
    Result<ImportSummary> import(quint64 sequence, const QByteArray &payload, BundleKind kind = BundleKind::Vacancies);
    static Vacancy textOnly(const QString &id);
    qint64 count(const char *sql);
    qint64 currentStamp();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<VaultServices> m_services;
    std::unique_ptr<SigningKey> m_key;
};

void TestVacancyReadings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    QVERIFY(m_vault);
    m_services = std::make_unique<VaultServices>(*m_vault);
    m_key = std::make_unique<SigningKey>(SigningKey::generate());
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(m_key->minisignKey(),
                      "DWP",
                      {BundleKind::Vacancies, BundleKind::Taxonomy},
                      Minisign::fingerprint(m_key->publicKey())));
}

void TestVacancyReadings::cleanup()
{
    m_services.reset();
    m_vault.reset();
    m_dir.reset();
}

Result<ImportSummary> TestVacancyReadings::import(quint64 sequence, const QByteArray &payload, BundleKind kind)
{
    BundleHeader header;
    header.kind = kind;
    header.sequence = sequence;
    header.publisher = "DWP";
    auto bundle = BundleFile::write(header, payload, {m_key->keyId(), &m_key->secretKey()});
    auto summary = m_services->bundleImporter()->importBytes(bundle.value());
    m_services->dropImportedData();
    return summary;
}

Vacancy TestVacancyReadings::textOnly(const QString &id)
{
    Vacancy v;
    v.id = id;
    v.title = "Bank Care Assistant - Nights";
    v.employer = "Meadow View Care";
    v.description = "Join our friendly home. You will have experience of infection control.";
    v.latitude = 53.8;
    v.longitude = -1.55;
    v.hoursPerWeek = 37.5;
    v.closingDate = QDate::currentDate().addDays(30);
    return v;
}

qint64 TestVacancyReadings::count(const char *sql)
{
    return m_vault->database().scalarInteger(sql).value();
}

qint64 TestVacancyReadings::currentStamp()
{
    return m_services->vacancyReader().value()->stamp();
}

void TestVacancyReadings::packedSkillsRoundTrip()
{
    const QVector<ReadSkill> skills{{"uk:infection-control", SkillSource::Stated, 0.92f, 40, 57},
                                    {QString::fromUtf8("esco:ŵ-1"), SkillSource::Implied, 0.6f, -1, -1},
                                    {"uk:manual-handling", SkillSource::Listed, 1.0f, -1, -1}};
    bool ok = false;
    const QVector<ReadSkill> back = VacancyReadingCodec::decodeSkills(VacancyReadingCodec::encodeSkills(skills), &ok);
    QVERIFY(ok);
    QCOMPARE(back.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(back.at(i).conceptId, skills.at(i).conceptId);
        QCOMPARE(back.at(i).source, skills.at(i).source);
        QCOMPARE(back.at(i).begin, skills.at(i).begin);
        QCOMPARE(back.at(i).end, skills.at(i).end);
        // One byte of confidence: within half a step of 1/255.
        QVERIFY(std::abs(back.at(i).confidence - skills.at(i).confidence) <= 0.5f / 255.0f + 1e-6f);
    }
}

void TestVacancyReadings::malformedPackedSkillsAreRefused()
{
    const QByteArray good =
        VacancyReadingCodec::encodeSkills({{"uk:infection-control", SkillSource::Stated, 0.9f, 3, 20}});
    bool ok = true;
    QVERIFY(VacancyReadingCodec::decodeSkills(good.left(good.size() - 1), &ok).isEmpty()); // id cut short
    QVERIFY(!ok);
    QByteArray badSource = good;
    badSource[0] = char(7);
    QVERIFY(VacancyReadingCodec::decodeSkills(badSource, &ok).isEmpty());
    QVERIFY(!ok);
    QByteArray endless(16, char(0xff)); // a varint that never ends
    endless.prepend("\x01\x10", 2);
    QVERIFY(VacancyReadingCodec::decodeSkills(endless, &ok).isEmpty());
    QVERIFY(!ok);
}

void TestVacancyReadings::readingIsStoredWithTheVacancyAndGoesWithIt()
{
    auto summary = import(1, VacancyBundle::encode({textOnly("A"), textOnly("B")}, VacancyBundle::Mode::Delta));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings"), 2);
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings r JOIN vacancies v ON v.row = r.row"), 2);

    Statement row = m_vault->database().prepare("SELECT r.occupation, r.stamp, r.skills FROM vacancy_readings r "
                                                "JOIN vacancies v ON v.row = r.row WHERE v.id = 'A'");
    QVERIFY(row.next());
    const Taxonomy &taxonomy = m_services->normaliser().value()->taxonomy();
    QCOMPARE(taxonomy.occupation(row.text(0))->preferredLabel, QStringLiteral("care assistant"));
    QCOMPARE(row.integer(1), currentStamp());
    bool ok = false;
    const QVector<ReadSkill> skills = VacancyReadingCodec::decodeSkills(row.view(2), &ok);
    QVERIFY(ok);
    const auto infection = std::find_if(skills.cbegin(), skills.cend(), [&](const ReadSkill &s) {
        return taxonomy.labelOf(s.conceptId) == QLatin1String("infection control");
    });
    QVERIFY(infection != skills.cend());
    QCOMPARE(infection->source, SkillSource::Stated);
    QCOMPARE(textOnly("A").description.mid(infection->begin, infection->end - infection->begin),
             QStringLiteral("infection control"));
    QVERIFY(std::any_of(
        skills.cbegin(), skills.cend(), [](const ReadSkill &s) { return s.source == SkillSource::Implied; }));

    // Withdrawn: its reading goes (the description stays for history).
    QVERIFY(import(2, VacancyBundle::encode({}, VacancyBundle::Mode::Delta, {"A"})));
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings"), 1);
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings r JOIN vacancies v ON v.row = r.row WHERE v.id = 'B'"), 1);
    // Closed long ago and purged: the reading goes with the vacancy.
    QVERIFY(m_vault->database().exec("UPDATE vacancies SET closing_date = '2000-01-01' WHERE id = 'B'"));
    QVERIFY(import(3, VacancyBundle::encode({}, VacancyBundle::Mode::Delta)));
    QCOMPARE(count("SELECT count(*) FROM vacancies WHERE id = 'B'"), 0);
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings"), 0);
}

void TestVacancyReadings::changedVacancyIsReadAgain()
{
    QVERIFY(import(1, VacancyBundle::encode({textOnly("A")}, VacancyBundle::Mode::Delta)));
    Vacancy changed = textOnly("A");
    changed.title = "Xylophone tuner";
    changed.description = "Tune xylophones.";
    QVERIFY(import(2, VacancyBundle::encode({changed}, VacancyBundle::Mode::Delta)));
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings"), 1);
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings WHERE occupation = ''"), 1);
}

void TestVacancyReadings::rejectedBundleLeavesNoReading()
{
    QVector<Vacancy> vacancies;
    for (int i = 0; i < 600; ++i)
        vacancies.append(textOnly(QStringLiteral("V%1").arg(i)));
    QByteArray payload = VacancyBundle::encode(vacancies, VacancyBundle::Mode::Snapshot);
    const qsizetype at = payload.lastIndexOf("V599");
    QVERIFY(at > 0);
    payload.truncate(at); // the last vacancy is cut off: hundreds were read and written before the reader saw it
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    QVERIFY(!import(1, payload));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings"), 0);
}

void TestVacancyReadings::indexFromTheVaultUsesTheReading()
{
    QVERIFY(import(1, VacancyBundle::encode({textOnly("A")}, VacancyBundle::Mode::Delta)));
    auto normaliser = m_services->normaliser().value();
    auto index = VacancyIndex::build(m_vault->database(), *normaliser, QDate::currentDate());
    QVERIFY(index);
    QCOMPARE(index.value()->size(), 1);
    const VacancyIndex::Entry &entry = index.value()->entry(0);
    QVERIFY(entry.occupation >= 0);
    QCOMPARE(normaliser->taxonomy().occupations().at(entry.occupation).preferredLabel,
             QStringLiteral("care assistant"));
    int stated = 0;
    int implied = 0;
    for (int i = 0; i < entry.skillCount; ++i) {
        const quint32 term = index.value()->termsOf(0)[i];
        stated += (term & VacancyIndex::StatedBit) ? 1 : 0;
        implied += (term & VacancyIndex::ImpliedBit) ? 1 : 0;
        if (term & VacancyIndex::StatedBit)
            QCOMPARE(index.value()->termLabel(int(term & VacancyIndex::TermMask)), QStringLiteral("infection control"));
    }
    QCOMPARE(stated, 1);
    QVERIFY(implied > 0);
    QVERIFY(entry.skillWeight > 0);
}

void TestVacancyReadings::staleReadingIsLeftAsideByTheIndex()
{
    QVERIFY(import(1, VacancyBundle::encode({textOnly("A")}, VacancyBundle::Mode::Delta)));
    QVERIFY(m_vault->database().exec("UPDATE vacancy_readings SET stamp = stamp + 1"));
    auto normaliser = m_services->normaliser().value();
    auto index = VacancyIndex::build(m_vault->database(), *normaliser, QDate::currentDate());
    QVERIFY(index);
    // As before readings: no skills column, so no terms; the occupation from the title.
    QCOMPARE(index.value()->entry(0).skillCount, quint16(0));
    QVERIFY(index.value()->entry(0).occupation >= 0);
    QCOMPARE(VacancyReadingStore::unreadCount(m_vault->database(), currentStamp(), QDate::currentDate()).value(), 1);
}

void TestVacancyReadings::replacingTheTaxonomyReadsTheVacanciesAgain()
{
    QVERIFY(import(1, VacancyBundle::encode({textOnly("A"), textOnly("B")}, VacancyBundle::Mode::Delta)));
    const qint64 before = currentStamp();
    Taxonomy changed = Taxonomy::builtIn().value();
    changed.addConcept(SkillConcept{"test:xylophone-tuning", "xylophone tuning", ConceptType::Skill, {}, {}});
    qint64 reported = 0;
    QVERIFY(m_services->replaceTaxonomy(changed, [&reported](qint64 done, qint64) {
        reported = std::max(reported, done);
        return true;
    }));
    const qint64 after = currentStamp();
    QVERIFY(after != before);
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings"), 2);
    QCOMPARE(VacancyReadingStore::unreadCount(m_vault->database(), after, QDate::currentDate()).value(), 0);
    QVERIFY(reported >= 2);

    // Back to the built-in taxonomy: read again, with the stamp the import wrote first.
    QVERIFY(m_services->useBuiltInTaxonomy());
    QCOMPARE(currentStamp(), before);
    QCOMPARE(VacancyReadingStore::unreadCount(m_vault->database(), before, QDate::currentDate()).value(), 0);
}

void TestVacancyReadings::taxonomyBundleReadsTheVacanciesAgain()
{
    QVERIFY(import(1, VacancyBundle::encode({textOnly("A")}, VacancyBundle::Mode::Delta)));
    const qint64 before = currentStamp();
    Taxonomy changed = Taxonomy::builtIn().value();
    changed.addConcept(SkillConcept{"test:xylophone-tuning", "xylophone tuning", ConceptType::Skill, {}, {}});
    auto summary = import(1, TaxonomyBundle::encode(changed), BundleKind::Taxonomy);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    const qint64 after = currentStamp();
    QVERIFY(after != before);
    QCOMPARE(VacancyReadingStore::unreadCount(m_vault->database(), after, QDate::currentDate()).value(), 0);
    QCOMPARE(count("SELECT count(*) FROM vacancy_readings WHERE occupation <> ''"), 1);
}

void TestVacancyReadings::readerAnswersRepeatedAdvertsFromItsCache()
{
    auto reader = VacancyReader::forTaxonomy(m_services->normaliser().value());
    const Vacancy a = textOnly("A");
    Vacancy b = textOnly("B"); // the same advert under another id and place
    b.latitude = 51.5;
    Vacancy c = textOnly("C");
    c.description = "You will have experience of manual handling.";
    const QVector<VacancyReading> first = reader->read({&a, &b, &c});
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0), first.at(1));
    QVERIFY(first.at(0) != first.at(2));
    QCOMPARE(reader->readCount(), 2);
    QCOMPARE(reader->cacheHits(), 1);
    const QVector<VacancyReading> again = reader->read({&c});
    QCOMPARE(again.at(0), first.at(2));
    QCOMPARE(reader->readCount(), 2);
    QCOMPARE(reader->cacheHits(), 2);
}

void TestVacancyReadings::loadsOneVacancysTextAndReading()
{
    QVERIFY(import(1, VacancyBundle::encode({textOnly("A")}, VacancyBundle::Mode::Delta)));
    auto text = VacancyReadingStore::load(m_vault->database(), "A", currentStamp());
    QVERIFY(text);
    QCOMPARE(text->description, textOnly("A").description);
    QVERIFY(!text->stale);
    QVERIFY(!text->reading.occupationId.isEmpty());
    QVERIFY(!text->reading.skills.isEmpty());
    auto stale = VacancyReadingStore::load(m_vault->database(), "A", currentStamp() + 1);
    QVERIFY(stale);
    QVERIFY(stale->stale);
    QVERIFY(stale->reading.isEmpty());
    QCOMPARE(VacancyReadingStore::load(m_vault->database(), "nope", currentStamp()).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestVacancyReadings)
#include "TestVacancyReadings.moc"

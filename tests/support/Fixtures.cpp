#include "Fixtures.h"

#include "model/crypto/Minisign.h"
#include "model/matching/Taxonomy.h"
#include "model/vault/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

SecureBytes Fixtures::passphrase(const char *text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

QString Fixtures::pathIn(const QTemporaryDir &dir, const QString &name)
{
    return dir.filePath(name + QLatin1String(Vault::Suffix));
}

std::unique_ptr<Vault>
Fixtures::create(const QTemporaryDir &dir, const QString &name, VaultSetting setting, int schemaVersion)
{
    VaultOptions options;
    options.setting = setting;
    options.ownerName = QStringLiteral("Test Coach");
    options.kdf = KdfParams::minimum();
    options.schemaVersion = schemaVersion;
    auto vault = Vault::create(pathIn(dir, name), passphrase(), options);
    if (!vault) {
        qWarning("vault creation failed: %s", qPrintable(vault.error().message));
        return nullptr;
    }
    return std::move(vault.value());
}

QByteArray Fixtures::folderDigest(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &file : files) {
        if (file.endsWith(QLatin1String("/.lock")))
            continue;
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(file.toUtf8());
            hash.addData(f.readAll());
        }
    }
    return hash.result();
}

bool Fixtures::copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

QByteArray Fixtures::databaseDigest(Vault &vault)
{
    return databaseDigestExcept(vault, {});
}

QByteArray Fixtures::databaseDigestExcept(Vault &vault, const QStringList &leftOut)
{
    Database &db = vault.database();
    QStringList tables;
    Statement list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (list.next()) {
        if (!leftOut.contains(list.text(0)))
            tables.append(list.text(0));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        // Table names come from sqlite_master, not from input.
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1, 2";
        Statement rows = db.prepare(sql.constData());
        while (rows.next()) {
            for (int column = 0; column < 20; ++column)
                hash.addData(rows.blob(column));
        }
    }
    return hash.result();
}

bool Fixtures::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool Fixtures::writeEscoRelease(const QString &dir, const QString &relationsName)
{
    bool ok = true;
    const QByteArray base = "http://data.europa.eu/esco/";
    ok = ok &&
         writeFile(
             dir + "/skills_en.csv",
             "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,description\n"
             "KnowledgeSkillCompetence," +
                 base +
                 "skill/s1,skill/competence,cross-sector,operate forklift,\"drive forklift\n"
                 "use forklift truck\",,released,\"Drive a forklift, safely.\nTwo lines.\"\n"
                 "KnowledgeSkillCompetence," +
                 base +
                 "skill/s2,knowledge,sector-specific,warehouse operations,,,released,\n"
                 "KnowledgeSkillCompetence," +
                 base + "skill/s3,skill/competence,transversal,work in a team,teamwork,,released,\n");
    ok = ok && writeFile(dir + "/occupations_en.csv",
                         "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,description\n"
                         "Occupation," +
                             base +
                             "occupation/o1,8344,forklift operator,\"forklift driver\nFLT driver\",,released,x\n"
                             "Occupation," +
                             base + "occupation/o2,9321,warehouse worker,,,released,y\n");
    ok = ok && writeFile(dir + "/" + relationsName,
                         "occupationUri,relationType,skillType,skillUri\n" + base +
                             "occupation/o1,essential,skill/competence," + base + "skill/s1\n" + base +
                             "occupation/o1,optional,knowledge," + base + "skill/s2\n" + base +
                             "occupation/o2,essential,knowledge," + base + "skill/s2\n" + base +
                             "occupation/o2,essential,skill," + base + "skill/missing\n");
    ok = ok && writeFile(dir + "/broaderRelationsSkillPillar.csv",
                         "conceptType,conceptUri,broaderType,broaderUri\nKnowledgeSkillCompetence," + base +
                             "skill/s1,KnowledgeSkillCompetence," + base + "skill/s2\n");
    return ok;
}

std::shared_ptr<const NoteExtractor> Fixtures::builtInExtractor(const QDate &today)
{
    auto taxonomy = Taxonomy::builtIn();
    if (!taxonomy)
        return nullptr;
    return std::make_shared<const NoteExtractor>(
        std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(std::move(taxonomy).value())), today);
}

namespace
{
    Fixtures::CliRun runProgram(const QString &program,
                                const QStringList &arguments,
                                const QByteArray &envPassphrase,
                                const QString &passphraseFile,
                                int timeoutMs)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WAYMARK_PASSPHRASE"));
        env.remove(QStringLiteral("WAYMARK_VAULT"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        if (!envPassphrase.isEmpty())
            env.insert(QStringLiteral("WAYMARK_PASSPHRASE"), QString::fromUtf8(envPassphrase));
        process.setProcessEnvironment(env);
        QStringList all = arguments;
        if (!passphraseFile.isEmpty())
            all << QStringLiteral("--passphrase-file") << passphraseFile;
        process.start(program, all);
        process.closeWriteChannel();
        Fixtures::CliRun run;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
} // namespace

Fixtures::CliRun Fixtures::runCli(const QStringList &arguments,
                                  const QByteArray &envPassphrase,
                                  const QString &passphraseFile,
                                  int timeoutMs)
{
    return runProgram(QStringLiteral(WAYMARK_CLI_PATH), arguments, envPassphrase, passphraseFile, timeoutMs);
}

Fixtures::CliRun Fixtures::runShippedCli(const QStringList &arguments,
                                         const QByteArray &envPassphrase,
                                         const QString &passphraseFile,
                                         int timeoutMs)
{
    return runProgram(QStringLiteral(WAYMARK_SHIPPED_CLI_PATH), arguments, envPassphrase, passphraseFile, timeoutMs);
}

QString Fixtures::fileIn(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

Fixtures::CliRun Fixtures::createAdminVaultWithCli(const QString &path, const QString &passphraseFile)
{
    return runCli({QStringLiteral("vault"),
                   QStringLiteral("create"),
                   QStringLiteral("--vault"),
                   path,
                   QStringLiteral("--setting"),
                   QStringLiteral("admin"),
                   QStringLiteral("--owner"),
                   QStringLiteral("Admin"),
                   QStringLiteral("--kdf"),
                   QStringLiteral("minimum")},
                  {},
                  passphraseFile);
}

Fixtures::FeedPublisher Fixtures::adminVaultTrustingFeedWithCli(const QTemporaryDir &dir)
{
    FeedPublisher out;
    out.vaultPass = fileIn(dir, QStringLiteral("vault.pass"), "correct horse battery staple\n");
    out.keyPass = fileIn(dir, QStringLiteral("key.pass"), "publisher key passphrase\n");
    out.key = dir.filePath(QStringLiteral("feed"));
    const CliRun generated = runCli({QStringLiteral("key"),
                                     QStringLiteral("generate"),
                                     QStringLiteral("--out"),
                                     out.key,
                                     QStringLiteral("--kdf"),
                                     QStringLiteral("minimum"),
                                     QStringLiteral("--json")},
                                    {},
                                    out.keyPass);
    if (generated.exitCode != 0) {
        out.error = generated.err;
        return out;
    }
    const QString fingerprint =
        QJsonDocument::fromJson(generated.out).object().value(QStringLiteral("fingerprint")).toString();
    out.vault = dir.filePath(QStringLiteral("admin.waymark"));
    if (const CliRun create = createAdminVaultWithCli(out.vault, out.vaultPass); create.exitCode != 0) {
        out.error = create.err;
        return out;
    }
    const CliRun trust = runCli({QStringLiteral("trust"),
                                 QStringLiteral("add"),
                                 out.key + QStringLiteral(".pub"),
                                 QStringLiteral("--vault"),
                                 out.vault,
                                 QStringLiteral("--kinds"),
                                 QStringLiteral("vacancies"),
                                 QStringLiteral("--label"),
                                 QStringLiteral("Jobs feed"),
                                 QStringLiteral("--fingerprint"),
                                 fingerprint},
                                {},
                                out.vaultPass);
    if (trust.exitCode != 0)
        out.error = trust.err;
    return out;
}

Fixtures::PairedVaults Fixtures::pairedVaultsWithCli(const QTemporaryDir &dir, const QByteArray &envPassphrase)
{
    const auto makeVault = [&](const QString &name, const QString &setting) {
        const QString path = dir.filePath(name + QStringLiteral(".waymark"));
        const CliRun run = runCli({QStringLiteral("vault"),
                                   QStringLiteral("create"),
                                   QStringLiteral("--vault"),
                                   path,
                                   QStringLiteral("--setting"),
                                   setting,
                                   QStringLiteral("--owner"),
                                   name,
                                   QStringLiteral("--kdf"),
                                   QStringLiteral("minimum")},
                                  envPassphrase);
        return run.exitCode == 0 ? path : QString();
    };
    struct DeviceKey
    {
        QString file, fingerprint, id;
    };
    const auto exportKey = [&](const QString &vault) -> DeviceKey {
        const QString out = vault + QStringLiteral(".pub");
        if (runCli({QStringLiteral("key"),
                    QStringLiteral("export"),
                    QStringLiteral("--minisign"),
                    QStringLiteral("--vault"),
                    vault,
                    QStringLiteral("--out"),
                    out},
                   envPassphrase)
                .exitCode != 0)
            return {};
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const auto key = Minisign::parsePublicKey(file.readAll());
        if (!key)
            return {};
        return {out, Minisign::fingerprint(key->key), Minisign::keyIdHex(key->keyId)};
    };
    const auto addDevice =
        [&](const QString &vault, const DeviceKey &key, const QString &label, const QString &setting) {
            return runCli({QStringLiteral("sync"),
                           QStringLiteral("add-device"),
                           key.file,
                           QStringLiteral("--vault"),
                           vault,
                           QStringLiteral("--label"),
                           label,
                           QStringLiteral("--setting"),
                           setting,
                           QStringLiteral("--fingerprint"),
                           key.fingerprint},
                          envPassphrase)
                       .exitCode == 0;
        };

    const QString gp = makeVault(QStringLiteral("practice"), QStringLiteral("gp-practice"));
    const QString coach = makeVault(QStringLiteral("coach"), QStringLiteral("work-coach"));
    if (gp.isEmpty() || coach.isEmpty())
        return {};
    const DeviceKey gpKey = exportKey(gp);
    const DeviceKey coachKey = exportKey(coach);
    if (gpKey.id.isEmpty() || coachKey.id.isEmpty() ||
        !addDevice(gp, coachKey, QStringLiteral("Coach"), QStringLiteral("work-coach")) ||
        !addDevice(coach, gpKey, QStringLiteral("Practice"), QStringLiteral("gp-practice")))
        return {};
    return {gp, coach, gpKey.id, coachKey.id};
}

QStringList Fixtures::reportValues(const QByteArray &personShowJson, const QString &kind, const QString &field)
{
    QStringList found;
    const QJsonArray sections = QJsonDocument::fromJson(personShowJson).object().value("sections").toArray();
    for (const QJsonValue &section : sections) {
        if (section["kind"].toString() != kind)
            continue;
        for (const QJsonValue &record : section["records"].toArray()) {
            for (const QJsonValue &f : record["fields"].toArray()) {
                if (f["name"].toString() == field)
                    found.append(f["value"].toString());
            }
        }
    }
    return found;
}

qint64 Fixtures::rootPage(Vault &vault, const QString &table)
{
    Statement stmt = vault.database().prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?");
    stmt.bind(1, table);
    return stmt.next() ? stmt.integer(0) : 0;
}

bool Fixtures::damagePage(const QString &databasePath, qint64 page)
{
    constexpr qint64 PageSize = 4096; // PRAGMA cipher_page_size, set by Database::open
    QFile file(databasePath);
    if (page < 2 || !file.open(QIODevice::ReadWrite) || file.size() < page * PageSize)
        return false;
    const qint64 offset = (page - 1) * PageSize + PageSize / 2;
    file.seek(offset);
    QByteArray bytes = file.read(16);
    for (char &byte : bytes)
        byte = char(~byte);
    file.seek(offset);
    return file.write(bytes) == bytes.size();
}

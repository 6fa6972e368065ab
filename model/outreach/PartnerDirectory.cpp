#include "PartnerDirectory.h"

#include "model/core/SecureBytes.h"
#include "model/core/TextFolding.h"
#include "model/core/Validators.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QDateTime>

namespace
{
    const char *const Columns = "id, origin, name, kind, services, languages, address, postcode, opening, phone, "
                                "email, website, how_to_refer, consent_needed, updated_at";

    QStringList splitList(const QString &joined)
    {
        return joined.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    Partner fromRow(const Statement &row)
    {
        Partner p;
        p.id = row.text(0);
        p.origin = row.text(1);
        p.name = row.text(2);
        p.kind = row.text(3);
        p.services = splitList(row.text(4));
        p.languages = splitList(row.text(5));
        p.address = row.text(6);
        p.postcode = row.text(7);
        p.opening = row.text(8);
        p.phone = row.text(9);
        p.email = row.text(10);
        p.website = row.text(11);
        p.howToRefer = row.text(12);
        p.consentNeeded = row.integer(13) != 0;
        p.updatedAt = row.text(14);
        return p;
    }

    bool matches(const Partner &p, const PartnerFilter &filter, const QString &foldedText)
    {
        if (filter.ownOnly && !p.isOwn())
            return false;
        if (!filter.kind.isEmpty() && p.kind != filter.kind)
            return false;
        if (!filter.service.isEmpty() && !p.services.contains(filter.service))
            return false;
        if (!filter.language.isEmpty() && !p.languages.contains(filter.language))
            return false;
        if (foldedText.isEmpty())
            return true;
        const QString haystack = TextFolding::fold(p.name + QLatin1Char(' ') + p.address + QLatin1Char(' ') +
                                                   p.postcode + QLatin1Char(' ') + p.opening);
        return haystack.contains(foldedText);
    }
} // namespace

PartnerDirectory::PartnerDirectory(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<QVector<Partner>> PartnerDirectory::list(const PartnerFilter &filter) const
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM partners ORDER BY name COLLATE NOCASE, id";
    Statement rows = m_db.prepare(sql.constData());
    const QString folded = TextFolding::fold(filter.text.trimmed());
    QVector<Partner> partners;
    while (rows.next()) {
        Partner p = fromRow(rows);
        if (matches(p, filter, folded))
            partners.append(std::move(p));
    }
    if (rows.failed())
        return rows.error();
    return partners;
}

Result<Partner> PartnerDirectory::get(const QString &id) const
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM partners WHERE id = ?";
    Statement row = m_db.prepare(sql.constData());
    row.bind(1, id);
    if (row.next())
        return fromRow(row);
    if (row.failed())
        return row.error();
    return Error{ErrorCode::NotFound, tr("There is no partner with that id in the directory.")};
}

Result<QVector<VocabularyEntry>> PartnerDirectory::services() const
{
    QVector<VocabularyEntry> entries;
    for (const QString &key : PartnerVocabulary::builtInServices())
        entries.append({key, PartnerVocabulary::builtInServiceName(key), {}});
    Statement rows = m_db.prepare("SELECT key, label_en, label_cy FROM partner_services ORDER BY label_en, key");
    while (rows.next()) {
        const QString key = rows.text(0);
        if (PartnerVocabulary::builtInServiceName(key).isEmpty())
            entries.append({key, rows.text(1), rows.text(2)});
    }
    if (rows.failed())
        return rows.error();
    return entries;
}

QString PartnerDirectory::serviceName(const QString &key) const
{
    const QString builtIn = PartnerVocabulary::builtInServiceName(key);
    if (!builtIn.isEmpty())
        return builtIn;
    Statement row = m_db.prepare("SELECT label_en, label_cy FROM partner_services WHERE key = ?");
    row.bind(1, key);
    if (!row.next())
        return key;
    return VocabularyEntry{key, row.text(0), row.text(1)}.name();
}

QMap<QString, QString> PartnerDirectory::check(const Partner &partner, const QStringList &knownServices)
{
    QMap<QString, QString> problems;
    const QString name = partner.name.trimmed();
    if (name.isEmpty())
        problems.insert(QStringLiteral("name"), tr("Enter the partner's name."));
    else if (name.size() > MaxNameLength)
        problems.insert(QStringLiteral("name"),
                        tr("A partner's name must be %1 characters or fewer.").arg(MaxNameLength));
    if (!PartnerVocabulary::organisationKinds().contains(partner.kind))
        problems.insert(QStringLiteral("kind"), tr("Choose what kind of organisation the partner is."));
    if (partner.services.isEmpty())
        problems.insert(QStringLiteral("services"), tr("Choose at least one service the partner offers."));
    else if (partner.services.size() > MaxServices)
        problems.insert(QStringLiteral("services"), tr("A partner can list at most %1 services.").arg(MaxServices));
    for (const QString &service : partner.services) {
        if (!knownServices.contains(service)) {
            problems.insert(QStringLiteral("services"),
                            tr("“%1” is not a service Waymark knows.").arg(service.left(40)));
            break;
        }
    }
    if (partner.languages.size() > MaxLanguages)
        problems.insert(QStringLiteral("languages"), tr("A partner can list at most %1 languages.").arg(MaxLanguages));
    for (const QString &language : partner.languages) {
        if (language.size() != 2 || !PartnerVocabulary::isKey(language)) {
            problems.insert(QStringLiteral("languages"),
                            tr("Give languages as two-letter codes, such as en for English and cy for Welsh."));
            break;
        }
    }
    if (!partner.postcode.trimmed().isEmpty()) {
        const Validators::Outcome postcode = Validators::postcode(partner.postcode);
        if (!postcode.valid)
            problems.insert(QStringLiteral("postcode"), postcode.message);
    }
    if (!partner.email.trimmed().isEmpty()) {
        const Validators::Outcome email = Validators::email(partner.email);
        if (!email.valid)
            problems.insert(QStringLiteral("email"), email.message);
    }
    const std::pair<const char *, const QString *> long_texts[] = {{"address", &partner.address},
                                                                   {"opening", &partner.opening},
                                                                   {"phone", &partner.phone},
                                                                   {"website", &partner.website},
                                                                   {"how_to_refer", &partner.howToRefer}};
    for (const auto &[field, text] : long_texts) {
        if (text->size() > MaxTextLength)
            problems.insert(QString::fromLatin1(field), tr("This must be %1 characters or fewer.").arg(MaxTextLength));
    }
    return problems;
}

Result<QString> PartnerDirectory::addOwn(Partner partner)
{
    partner.id = Crypto::randomId();
    partner.origin = Partner::OwnOrigin;
    if (Status s = write(partner, true); !s)
        return s.error();
    return partner.id;
}

Status PartnerDirectory::updateOwn(const Partner &partner)
{
    auto existing = get(partner.id);
    if (!existing)
        return existing.error();
    if (!existing->isOwn())
        return Error{ErrorCode::NotAllowed,
                     tr("This partner comes from an administrator's list, so it cannot be changed here. Add your own "
                        "entry instead, or ask the administrator to correct the list.")};
    Partner changed = partner;
    changed.origin = Partner::OwnOrigin;
    return write(changed, false);
}

Status PartnerDirectory::removeOwn(const QString &id)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (!existing->isOwn())
        return Error{ErrorCode::NotAllowed,
                     tr("This partner comes from an administrator's list, so it cannot be removed here.")};
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Statement remove = m_db.prepare("DELETE FROM partners WHERE id = ?");
    remove.bind(1, id);
    if (Status s = remove.exec(); !s)
        return s;
    if (Status s = m_audit.append(AuditAction::PartnerRemoved, id); !s)
        return s;
    return transaction.commit();
}

Status PartnerDirectory::write(const Partner &given, bool insert)
{
    Partner partner = given;
    partner.name = partner.name.trimmed();
    partner.postcode =
        partner.postcode.trimmed().isEmpty() ? QString() : Validators::postcode(partner.postcode).canonical;
    partner.email = partner.email.trimmed();
    partner.services.removeDuplicates();
    partner.languages.removeDuplicates();
    auto known = services();
    if (!known)
        return known.error();
    QStringList keys;
    for (const VocabularyEntry &entry : known.value())
        keys.append(entry.key);
    const QMap<QString, QString> problems = check(given, keys);
    if (!problems.isEmpty()) {
        Error error{ErrorCode::Invalid, problems.first()};
        error.fieldProblems = problems;
        return error;
    }
    partner.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Statement statement = m_db.prepare(
        insert ? "INSERT INTO partners(name, kind, services, languages, address, postcode, opening, phone, email, "
                 "website, how_to_refer, consent_needed, updated_at, origin, id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
               : "UPDATE partners SET name = ?, kind = ?, services = ?, languages = ?, address = ?, postcode = ?, "
                 "opening = ?, phone = ?, email = ?, website = ?, how_to_refer = ?, consent_needed = ?, updated_at = ? "
                 "WHERE origin = ?14 AND id = ?15");
    statement.bind(1, partner.name)
        .bind(2, partner.kind)
        .bind(3, partner.services.join(QLatin1Char('\n')))
        .bind(4, partner.languages.join(QLatin1Char('\n')))
        .bind(5, partner.address.trimmed())
        .bind(6, partner.postcode)
        .bind(7, partner.opening.trimmed())
        .bind(8, partner.phone.trimmed())
        .bind(9, partner.email)
        .bind(10, partner.website.trimmed())
        .bind(11, partner.howToRefer.trimmed())
        .bind(12, partner.consentNeeded ? 1 : 0)
        .bind(13, partner.updatedAt)
        .bind(14, partner.origin)
        .bind(15, partner.id);
    if (Status s = statement.exec(); !s)
        return s;
    if (Status s = m_audit.append(insert ? AuditAction::PartnerAdded : AuditAction::PartnerChanged, partner.id); !s)
        return s;
    return transaction.commit();
}

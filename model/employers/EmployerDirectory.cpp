#include "EmployerDirectory.h"

#include "model/core/DisplaySafe.h"
#include "model/core/SecureBytes.h"
#include "model/core/TextFolding.h"
#include "model/core/Validators.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <optional>

namespace
{
    const char *const Columns = "id, origin, name, address, postcode, website, notes, created_at, updated_at";

    Employer fromRow(const Statement &row)
    {
        Employer e;
        e.id = row.text(0);
        e.origin = row.text(1);
        e.name = row.text(2);
        e.address = row.text(3);
        e.postcode = row.text(4);
        e.website = row.text(5);
        e.notes = row.text(6);
        e.createdAt = row.text(7);
        e.updatedAt = row.text(8);
        e.stored = true;
        return e;
    }

    QString now()
    {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    }

    Error invalid(const QMap<QString, QString> &problems)
    {
        Error error{ErrorCode::Invalid, problems.first()};
        error.fieldProblems = problems;
        return error;
    }

    QString identity(const QString &origin, const QString &key)
    {
        return origin + QLatin1Char('\n') + key;
    }

    /** Cuts `text` to at most `length` UTF-16 units without splitting a surrogate pair. */
    QString bounded(const QString &text, int length)
    {
        if (text.size() <= length)
            return text;
        int cut = length;
        if (cut > 0 && text.at(cut - 1).isHighSurrogate())
            --cut;
        return text.left(cut).trimmed();
    }
} // namespace

EmployerDirectory::EmployerDirectory(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

QStringList EmployerDirectory::engagementKinds()
{
    return {QStringLiteral("called"),
            QStringLiteral("visited"),
            QStringLiteral("job_fair"),
            QStringLiteral("work_trial"),
            QStringLiteral("vacancy_sourced")};
}

QString EmployerDirectory::engagementKindName(const QString &kind)
{
    if (kind == QLatin1String("called"))
        return tr("Called");
    if (kind == QLatin1String("visited"))
        return tr("Visited");
    if (kind == QLatin1String("job_fair"))
        return tr("Job fair");
    if (kind == QLatin1String("work_trial"))
        return tr("Work trial agreed");
    if (kind == QLatin1String("vacancy_sourced"))
        return tr("Vacancy sourced");
    return kind;
}

QString EmployerDirectory::cleanName(const QString &name)
{
    return bounded(DisplaySafe::singleLine(name).simplified(), MaxNameLength);
}

QString EmployerDirectory::nameKey(const QString &name)
{
    QString folded = TextFolding::fold(cleanName(name));
    folded.replace(QLatin1Char('&'), QLatin1String(" and "));
    QString kept;
    kept.reserve(folded.size());
    for (const QChar c : std::as_const(folded))
        kept.append(c.isLetterOrNumber() ? c : QChar(QLatin1Char(' ')));
    QStringList words = kept.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.last() == QLatin1String("limited"))
        words.last() = QStringLiteral("ltd");
    return words.join(QLatin1Char(' '));
}

QString EmployerDirectory::idFor(const QString &origin, const QString &name)
{
    return QString::fromLatin1(Crypto::hash(identity(origin, nameKey(name)).toUtf8(), 16).toHex());
}

Employer EmployerDirectory::employerOf(const VacancyRef &vacancy)
{
    Employer e;
    e.origin = vacancy.publisher;
    e.name = cleanName(vacancy.employer);
    e.id = idFor(e.origin, e.name);
    return e;
}

QMap<QString, QString> EmployerDirectory::check(const Employer &employer)
{
    QMap<QString, QString> problems;
    const QString name = employer.name.trimmed();
    if (nameKey(name).isEmpty())
        problems.insert(QStringLiteral("name"), tr("Enter the employer's name."));
    else if (name.size() > MaxNameLength)
        problems.insert(QStringLiteral("name"),
                        tr("An employer's name must be %1 characters or fewer.").arg(MaxNameLength));
    if (!employer.postcode.trimmed().isEmpty()) {
        const Validators::Outcome postcode = Validators::postcode(employer.postcode);
        if (!postcode.valid)
            problems.insert(QStringLiteral("postcode"), postcode.message);
    }
    const std::pair<const char *, const QString *> texts[] = {
        {"address", &employer.address}, {"website", &employer.website}, {"notes", &employer.notes}};
    for (const auto &[field, text] : texts) {
        if (text->size() > MaxTextLength)
            problems.insert(QString::fromLatin1(field), tr("This must be %1 characters or fewer.").arg(MaxTextLength));
    }
    return problems;
}

QMap<QString, QString> EmployerDirectory::check(const EmployerContact &contact)
{
    QMap<QString, QString> problems;
    if (contact.name.trimmed().isEmpty())
        problems.insert(QStringLiteral("name"), tr("Enter the contact's name."));
    if (!contact.email.trimmed().isEmpty()) {
        const Validators::Outcome email = Validators::email(contact.email);
        if (!email.valid)
            problems.insert(QStringLiteral("email"), email.message);
    }
    if (contact.phone.trimmed().isEmpty() && contact.email.trimmed().isEmpty())
        problems.insert(QStringLiteral("phone"), tr("Give a phone number or an email address for the contact."));
    const std::pair<const char *, const QString *> texts[] = {
        {"name", &contact.name}, {"role", &contact.role}, {"phone", &contact.phone}, {"email", &contact.email}};
    for (const auto &[field, text] : texts) {
        if (text->size() > MaxNameLength)
            problems.insert(QString::fromLatin1(field), tr("This must be %1 characters or fewer.").arg(MaxNameLength));
    }
    return problems;
}

Result<QVector<Employer>> EmployerDirectory::seenInVacancies(QDate today) const
{
    // One grouped pass over the vacancy table (NOT INDEXED: most rows are open, see VacancyIndex::build), so the
    // import never does per-row work for employers. Spellings that fold alike are one employer, named as most
    // of its adverts name it.
    Statement rows = m_db.prepare("SELECT publisher, employer, count(*) FROM vacancies NOT INDEXED "
                                  "WHERE withdrawn = 0 AND closing_date >= ?1 GROUP BY publisher, employer");
    rows.bind(1, today.toString(Qt::ISODate));
    QHash<QString, int> byIdentity;
    QHash<QString, int> bestSpelling;
    QVector<Employer> seen;
    while (rows.next()) {
        const QString origin = rows.text(0);
        const QString name = cleanName(rows.text(1));
        const QString key = nameKey(name);
        if (key.isEmpty() || origin == Employer::OwnOrigin)
            continue;
        const int count = int(rows.integer(2));
        const QString identityKey = identity(origin, key);
        auto at = byIdentity.constFind(identityKey);
        if (at == byIdentity.constEnd()) {
            Employer e;
            e.origin = origin;
            e.name = name;
            e.id = idFor(origin, name);
            e.openVacancies = count;
            byIdentity.insert(identityKey, int(seen.size()));
            bestSpelling.insert(identityKey, count);
            seen.append(e);
            continue;
        }
        Employer &e = seen[at.value()];
        e.openVacancies += count;
        if (count > bestSpelling.value(identityKey)) {
            bestSpelling.insert(identityKey, count);
            e.name = name;
        }
    }
    if (rows.failed())
        return rows.error();
    return seen;
}

Result<QVector<Employer>> EmployerDirectory::list(const EmployerFilter &filter, QDate today) const
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM employers";
    Statement rows = m_db.prepare(sql.constData());
    QVector<Employer> employers;
    QHash<QString, int> byId;
    while (rows.next()) {
        byId.insert(rows.text(0), int(employers.size()));
        employers.append(fromRow(rows));
    }
    if (rows.failed())
        return rows.error();
    if (!filter.ownOnly) {
        auto seen = seenInVacancies(today);
        if (!seen)
            return seen.error();
        for (const Employer &e : seen.value()) {
            auto at = byId.constFind(e.id);
            if (at != byId.constEnd())
                employers[at.value()].openVacancies = e.openVacancies;
            else
                employers.append(e);
        }
    }

    const QString folded = TextFolding::fold(filter.text.simplified());
    QVector<Employer> kept;
    for (Employer &e : employers) {
        if (filter.ownOnly && !e.isOwn())
            continue;
        if (filter.withVacanciesOnly && e.openVacancies == 0)
            continue;
        if (!folded.isEmpty() &&
            !TextFolding::fold(e.name + QLatin1Char(' ') + e.address + QLatin1Char(' ') + e.postcode).contains(folded))
            continue;
        kept.append(std::move(e));
    }
    std::sort(kept.begin(), kept.end(), [](const Employer &a, const Employer &b) {
        const int order = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return kept;
}

Result<Employer> EmployerDirectory::stored(const QString &id) const
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM employers WHERE id = ?";
    Statement row = m_db.prepare(sql.constData());
    row.bind(1, id);
    if (row.next())
        return fromRow(row);
    if (row.failed())
        return row.error();
    return Error{ErrorCode::NotFound, tr("There is no employer with that id in the directory.")};
}

Result<int> EmployerDirectory::openVacanciesOf(const Employer &employer, QDate today) const
{
    if (employer.isOwn())
        return 0;
    // The (publisher, id) index finds the publisher's rows; the name is compared as the directory keys it.
    Statement rows =
        m_db.prepare("SELECT employer FROM vacancies WHERE publisher = ?1 AND withdrawn = 0 AND closing_date >= ?2");
    rows.bind(1, employer.origin).bind(2, today.toString(Qt::ISODate));
    const QString key = nameKey(employer.name);
    int count = 0;
    QHash<QString, bool> seen;
    while (rows.next()) {
        const QString name = rows.text(0);
        auto at = seen.constFind(name);
        if (at == seen.constEnd())
            at = seen.insert(name, nameKey(name) == key);
        if (at.value())
            ++count;
    }
    if (rows.failed())
        return rows.error();
    return count;
}

Result<Employer> EmployerDirectory::get(const QString &id, QDate today) const
{
    auto found = stored(id);
    if (found) {
        auto open = openVacanciesOf(found.value(), today);
        if (!open)
            return open.error();
        found->openVacancies = open.value();
        return found;
    }
    if (found.error().code != ErrorCode::NotFound)
        return found.error();
    auto seen = seenInVacancies(today);
    if (!seen)
        return seen.error();
    for (const Employer &e : seen.value()) {
        if (e.id == id)
            return e;
    }
    return found.error();
}

Result<EmployerSummary> EmployerDirectory::summary(const QString &id, QDate today) const
{
    auto employer = get(id, today);
    if (!employer)
        return employer.error();
    return summary(employer.value());
}

Result<EmployerSummary> EmployerDirectory::summary(const Employer &employer) const
{
    const QString &id = employer.id;
    EmployerSummary summary;
    summary.openVacancies = employer.openVacancies;
    // Put-forwards are person records; the kind's index finds them, their fields are read by key.
    Statement rows = m_db.prepare("SELECT o.value, i.value FROM records r "
                                  "JOIN fields e ON e.record_id = r.id AND e.name = 'employer_id' "
                                  "LEFT JOIN fields o ON o.record_id = r.id AND o.name = 'outcome' "
                                  "LEFT JOIN fields i ON i.record_id = r.id AND i.name = 'interview_on' "
                                  "WHERE r.kind = 'put_forward' AND r.deleted = 0 AND e.value = ?1");
    rows.bind(1, id);
    while (rows.next()) {
        ++summary.putForward;
        if (!rows.text(1).isEmpty())
            ++summary.interviews;
        if (rows.text(0) == QLatin1String("started"))
            ++summary.starts;
    }
    if (rows.failed())
        return rows.error();
    Statement last = m_db.prepare("SELECT count(*), max(happened_on) FROM employer_engagements WHERE employer_id = ?1");
    last.bind(1, id);
    if (last.next()) {
        summary.engagements = int(last.integer(0));
        summary.lastEngagement = QDate::fromString(last.text(1), Qt::ISODate);
    }
    if (last.failed())
        return last.error();
    if (summary.lastEngagement.isValid()) {
        Statement kind =
            m_db.prepare("SELECT kind FROM employer_engagements WHERE employer_id = ?1 AND happened_on = ?2 "
                         "ORDER BY created_at DESC LIMIT 1");
        kind.bind(1, id).bind(2, summary.lastEngagement.toString(Qt::ISODate));
        if (kind.next())
            summary.lastEngagementKind = kind.text(0);
    }
    return summary;
}

Status EmployerDirectory::recordListed(int shown)
{
    return m_audit.append(AuditAction::EmployersListed, {}, QString::number(shown));
}

Status EmployerDirectory::recordViewed(const QString &id)
{
    return m_audit.append(AuditAction::EmployerViewed, id);
}

Status EmployerDirectory::storeIfNew(const Employer &employer)
{
    Statement exists = m_db.prepare("SELECT 1 FROM employers WHERE id = ?");
    exists.bind(1, employer.id);
    if (exists.next())
        return {};
    if (exists.failed())
        return exists.error();
    const QString stamp = now();
    Statement insert = m_db.prepare("INSERT INTO employers(id, origin, name, name_key, address, postcode, website, "
                                    "notes, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, employer.id)
        .bind(2, employer.origin)
        .bind(3, cleanName(employer.name))
        .bind(4, nameKey(employer.name))
        .bind(5, employer.address.trimmed())
        .bind(6, employer.postcode)
        .bind(7, employer.website.trimmed())
        .bind(8, employer.notes.trimmed())
        .bind(9, stamp)
        .bind(10, stamp);
    if (Status s = insert.exec(); !s)
        return s;
    return m_audit.append(
        AuditAction::EmployerAdded, employer.id, employer.isOwn() ? QString() : QStringLiteral("seen_in_vacancies"));
}

Result<QString> EmployerDirectory::addOwn(Employer employer)
{
    employer.origin = Employer::OwnOrigin;
    employer.name = cleanName(employer.name);
    if (const auto problems = check(employer); !problems.isEmpty())
        return invalid(problems);
    employer.postcode =
        employer.postcode.trimmed().isEmpty() ? QString() : Validators::postcode(employer.postcode).canonical;
    employer.id = Crypto::randomId();
    Statement same = m_db.prepare("SELECT 1 FROM employers WHERE origin = ?1 AND name_key = ?2");
    same.bind(1, employer.origin).bind(2, nameKey(employer.name));
    if (same.next()) {
        QMap<QString, QString> problems{
            {QStringLiteral("name"), tr("There is already an employer of your own with this name in the directory.")}};
        return invalid(problems);
    }
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    if (Status s = storeIfNew(employer); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return employer.id;
}

Status EmployerDirectory::update(const Employer &given)
{
    auto existing = get(given.id);
    if (!existing)
        return existing.error();
    Employer changed = existing.value();
    if (changed.isOwn())
        changed.name = cleanName(given.name);
    changed.address = given.address.trimmed();
    changed.postcode = given.postcode.trimmed();
    changed.website = given.website.trimmed();
    changed.notes = given.notes.trimmed();
    if (const auto problems = check(changed); !problems.isEmpty())
        return invalid(problems);
    if (!changed.postcode.isEmpty())
        changed.postcode = Validators::postcode(changed.postcode).canonical;
    if (changed.isOwn() && nameKey(changed.name) != nameKey(existing->name)) {
        Statement same = m_db.prepare("SELECT 1 FROM employers WHERE origin = ?1 AND name_key = ?2 AND id <> ?3");
        same.bind(1, changed.origin).bind(2, nameKey(changed.name)).bind(3, changed.id);
        if (same.next())
            return invalid({{QStringLiteral("name"),
                             tr("There is already an employer of your own with this name in the directory.")}});
    }
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status s = storeIfNew(existing.value()); !s)
        return s;
    Statement write = m_db.prepare("UPDATE employers SET name = ?1, name_key = ?2, address = ?3, postcode = ?4, "
                                   "website = ?5, notes = ?6, updated_at = ?7 WHERE id = ?8");
    write.bind(1, changed.name)
        .bind(2, nameKey(changed.name))
        .bind(3, changed.address)
        .bind(4, changed.postcode)
        .bind(5, changed.website)
        .bind(6, changed.notes)
        .bind(7, now())
        .bind(8, changed.id);
    if (Status s = write.exec(); !s)
        return s;
    if (Status s = m_audit.append(AuditAction::EmployerChanged, changed.id); !s)
        return s;
    return transaction.commit();
}

Result<QVector<EmployerContact>> EmployerDirectory::contacts(const QString &employerId) const
{
    Statement rows = m_db.prepare("SELECT id, employer_id, name, role, phone, email FROM employer_contacts "
                                  "WHERE employer_id = ? ORDER BY name COLLATE NOCASE, id");
    rows.bind(1, employerId);
    QVector<EmployerContact> list;
    while (rows.next())
        list.append({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5)});
    if (rows.failed())
        return rows.error();
    return list;
}

Result<QString> EmployerDirectory::addContact(EmployerContact contact)
{
    contact.id = Crypto::randomId();
    if (Status s = writeContact(contact, true); !s)
        return s.error();
    return contact.id;
}

Status EmployerDirectory::updateContact(const EmployerContact &contact)
{
    Statement owner = m_db.prepare("SELECT employer_id FROM employer_contacts WHERE id = ?");
    owner.bind(1, contact.id);
    if (!owner.next())
        return owner.failed() ? Status(owner.error())
                              : Status(Error{ErrorCode::NotFound, tr("There is no contact with that id.")});
    EmployerContact changed = contact;
    changed.employerId = owner.text(0);
    return writeContact(changed, false);
}

Status EmployerDirectory::removeContact(const QString &contactId)
{
    Statement owner = m_db.prepare("SELECT employer_id FROM employer_contacts WHERE id = ?");
    owner.bind(1, contactId);
    if (!owner.next())
        return owner.failed() ? Status(owner.error())
                              : Status(Error{ErrorCode::NotFound, tr("There is no contact with that id.")});
    const QString employerId = owner.text(0);
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Statement remove = m_db.prepare("DELETE FROM employer_contacts WHERE id = ?");
    remove.bind(1, contactId);
    if (Status s = remove.exec(); !s)
        return s;
    if (Status s = m_audit.append(AuditAction::EmployerContactRemoved, employerId, contactId); !s)
        return s;
    return transaction.commit();
}

Status EmployerDirectory::writeContact(const EmployerContact &given, bool insert)
{
    EmployerContact contact = given;
    contact.name = contact.name.simplified();
    contact.role = contact.role.simplified();
    contact.phone = contact.phone.trimmed();
    contact.email = contact.email.trimmed();
    if (const auto problems = check(contact); !problems.isEmpty())
        return invalid(problems);
    auto employer = get(contact.employerId);
    if (!employer)
        return employer.error();
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status s = storeIfNew(employer.value()); !s)
        return s;
    Statement write = m_db.prepare(
        insert ? "INSERT INTO employer_contacts(name, role, phone, email, updated_at, employer_id, id) "
                 "VALUES(?,?,?,?,?,?,?)"
               : "UPDATE employer_contacts SET name = ?1, role = ?2, phone = ?3, email = ?4, updated_at = ?5 "
                 "WHERE employer_id = ?6 AND id = ?7");
    write.bind(1, contact.name)
        .bind(2, contact.role)
        .bind(3, contact.phone)
        .bind(4, contact.email)
        .bind(5, now())
        .bind(6, contact.employerId)
        .bind(7, contact.id);
    if (Status s = write.exec(); !s)
        return s;
    // The contact's id only: a contact is a person, and their name never reaches the audit.
    if (Status s = m_audit.append(insert ? AuditAction::EmployerContactAdded : AuditAction::EmployerContactChanged,
                                  contact.employerId,
                                  contact.id);
        !s)
        return s;
    return transaction.commit();
}

Result<QString> EmployerDirectory::logEngagement(Engagement engagement)
{
    QMap<QString, QString> problems;
    if (!engagementKinds().contains(engagement.kind))
        problems.insert(QStringLiteral("kind"),
                        tr("Choose what happened: called, visited, job fair, work trial agreed or vacancy sourced."));
    if (!engagement.on.isValid() || engagement.on > QDate::currentDate())
        problems.insert(QStringLiteral("date"), tr("Give the day it happened: today or a day before."));
    engagement.note = engagement.note.trimmed();
    if (engagement.note.size() > MaxNoteLength)
        problems.insert(QStringLiteral("note"), tr("Keep the note to %1 characters or fewer.").arg(MaxNoteLength));
    if (!problems.isEmpty())
        return invalid(problems);
    auto employer = get(engagement.employerId);
    if (!employer)
        return employer.error();
    engagement.id = Crypto::randomId();
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    if (Status s = storeIfNew(employer.value()); !s)
        return s.error();
    Statement insert = m_db.prepare("INSERT INTO employer_engagements(id, employer_id, kind, happened_on, note, "
                                    "recorded_by, created_at) VALUES(?,?,?,?,?,?,?)");
    insert.bind(1, engagement.id)
        .bind(2, engagement.employerId)
        .bind(3, engagement.kind)
        .bind(4, engagement.on.toString(Qt::ISODate))
        .bind(5, engagement.note)
        .bind(6, engagement.recordedBy.simplified().left(MaxNameLength))
        .bind(7, now());
    if (Status s = insert.exec(); !s)
        return s.error();
    if (Status s = m_audit.append(AuditAction::EmployerEngagement,
                                  engagement.employerId,
                                  QStringLiteral("engagement=%1 kind=%2").arg(engagement.id, engagement.kind));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return engagement.id;
}

Result<QVector<Engagement>> EmployerDirectory::engagements(const QString &employerId) const
{
    Statement rows = m_db.prepare("SELECT id, employer_id, kind, happened_on, note, recorded_by FROM "
                                  "employer_engagements WHERE employer_id = ? ORDER BY happened_on DESC, created_at "
                                  "DESC");
    rows.bind(1, employerId);
    QVector<Engagement> list;
    while (rows.next()) {
        Engagement e;
        e.id = rows.text(0);
        e.employerId = rows.text(1);
        e.kind = rows.text(2);
        e.on = QDate::fromString(rows.text(3), Qt::ISODate);
        e.note = rows.text(4);
        e.recordedBy = rows.text(5);
        list.append(e);
    }
    if (rows.failed())
        return rows.error();
    return list;
}

Result<VacancyRef> EmployerDirectory::vacancy(const QString &vacancyId, QDate today) const
{
    // Vacancies are keyed by (publisher, id) and nothing indexes the id alone (an index would cost every import
    // of 200,000 rows): ask each known vacancy publisher's stream through the key's index first, and read the
    // table only for a vacancy no stream names (demo data).
    const QString day = today.toString(Qt::ISODate);
    const auto pick = [&](Statement &rows) -> std::optional<VacancyRef> {
        std::optional<VacancyRef> found;
        while (rows.next()) {
            VacancyRef v{
                rows.text(0), vacancyId, rows.text(1), rows.text(2), rows.integer(3) == 0 && rows.text(4) >= day};
            if (!found || (v.open && !found->open))
                found = v;
        }
        return found;
    };
    Statement streams =
        m_db.prepare("SELECT v.publisher, v.title, v.employer, v.withdrawn, v.closing_date "
                     "FROM bundle_streams s JOIN vacancies v ON v.publisher = s.publisher AND v.id = ?1 "
                     "WHERE s.kind = 'vacancies'");
    streams.bind(1, vacancyId);
    std::optional<VacancyRef> found = pick(streams);
    if (streams.failed())
        return streams.error();
    if (!found) {
        Statement scan =
            m_db.prepare("SELECT publisher, title, employer, withdrawn, closing_date FROM vacancies WHERE id = ?1");
        scan.bind(1, vacancyId);
        found = pick(scan);
        if (scan.failed())
            return scan.error();
    }
    if (!found)
        return Error{ErrorCode::NotFound, tr("There is no vacancy with that id in this vault.")};
    found->title = bounded(DisplaySafe::singleLine(found->title).simplified(), 300);
    return *found;
}

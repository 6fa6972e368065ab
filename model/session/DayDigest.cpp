#include "model/session/DayDigest.h"

#include "model/forms/FormCatalogue.h"
#include "model/vault/Database.h"
#include "model/vault/Record.h"
#include "model/vault/Vault.h"

#include <algorithm>

namespace
{
    /** An action's description can be a paragraph; the start page shows its first line, shortened. */
    constexpr int ShownTextLength = 80;

    QString shortened(const QString &text)
    {
        QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
        if (line.size() > ShownTextLength)
            line = line.left(ShownTextLength - 1).trimmed() + QChar(0x2026);
        return line;
    }

    QString nameOf(const QString &given, const QString &family)
    {
        PersonSummary summary;
        summary.givenName = given;
        summary.familyName = family;
        return summary.displayName();
    }

    QString isoDate(const QDate &date)
    {
        return date.toString(Qt::ISODate);
    }

    void keep(DigestSectionItems &section, const DayDigestOptions &options, DigestItem item)
    {
        ++section.total;
        if (section.items.size() < options.maxItems)
            section.items.append(std::move(item));
    }
} // namespace

QVector<DigestSection> DayDigest::sectionsFor(VaultSetting setting)
{
    switch (setting) {
    case VaultSetting::WorkCoach:
        break;
    case VaultSetting::GpPractice:
        return {DigestSection::AppointmentsToday,
                DigestSection::AppointmentsThisWeek,
                DigestSection::OverdueActions,
                DigestSection::UnfinishedDrafts,
                DigestSection::ConflictsWaiting};
    case VaultSetting::Admin:
        return {DigestSection::ConflictsWaiting};
    }
    return {DigestSection::AppointmentsToday,
            DigestSection::AppointmentsThisWeek,
            DigestSection::OverdueActions,
            DigestSection::NotContacted,
            DigestSection::UnfinishedDrafts,
            DigestSection::ConflictsWaiting,
            DigestSection::NewVacancyFits};
}

Result<QVector<DigestSectionItems>>
DayDigest::build(Vault &vault, const DayDigestOptions &options, const FormCatalogue *forms)
{
    if (!options.today.isValid())
        return Error{ErrorCode::Invalid, tr("Give the day to show as a date.")};
    QVector<DigestSectionItems> sections;
    for (DigestSection section : sectionsFor(vault.setting())) {
        Result<DigestSectionItems> read = Error{ErrorCode::Invalid, QString()};
        switch (section) {
        case DigestSection::AppointmentsToday:
            read = appointments(vault, options, true);
            break;
        case DigestSection::AppointmentsThisWeek:
            read = appointments(vault, options, false);
            break;
        case DigestSection::OverdueActions:
            read = overdueActions(vault, options);
            break;
        case DigestSection::NotContacted:
            read = notContacted(vault, options);
            break;
        case DigestSection::UnfinishedDrafts:
            read = unfinishedDrafts(vault, options, forms);
            break;
        case DigestSection::ConflictsWaiting:
            read = conflictsWaiting(vault, options);
            break;
        case DigestSection::NewVacancyFits:
            continue; // NewVacancyFits: it needs the matching context
        }
        if (!read)
            return read.error();
        read->section = section;
        sections.append(std::move(read.value()));
    }
    return sections;
}

Result<bool> DayDigest::caseloadEmpty(Vault &vault)
{
    auto people = vault.database().scalarInteger("SELECT count(*) FROM person_index");
    if (!people)
        return people.error();
    return people.value() == 0;
}

Result<DigestSectionItems> DayDigest::appointments(Vault &vault, const DayDigestOptions &options, bool today)
{
    // Stored as "yyyy-MM-dd HH:mm", so a day's range is a text range: from the day up to (not including) the next.
    const QDate from = today ? options.today : options.today.addDays(1);
    const QDate to = today ? options.today.addDays(1) : options.today.addDays(7);
    Statement rows = vault.database().prepare(
        "SELECT a.person_id, a.starts_at, p.given_name, p.family_name, coalesce(f.value, '') "
        "FROM appointment_index a JOIN person_index p ON p.person_id = a.person_id "
        "LEFT JOIN fields f ON f.record_id = a.appointment_id AND f.name = 'purpose' "
        "WHERE a.planned = 1 AND a.starts_at >= ?1 AND a.starts_at < ?2 ORDER BY a.starts_at, p.family_name");
    rows.bind(1, isoDate(from)).bind(2, isoDate(to));
    DigestSectionItems section;
    while (rows.next()) {
        const QString purpose = shortened(rows.text(4));
        keep(section,
             options,
             {rows.text(0),
              nameOf(rows.text(2), rows.text(3)),
              purpose.isEmpty() ? tr("Appointment") : tr("Appointment: %1").arg(purpose),
              rows.text(1),
              DigestTarget::Appointments});
    }
    if (rows.failed())
        return rows.error();
    return section;
}

Result<DigestSectionItems> DayDigest::overdueActions(Vault &vault, const DayDigestOptions &options)
{
    // An action with no status yet counts as to do, as the action plan shows it.
    Statement rows = vault.database().prepare(
        "SELECT r.person_id, d.value, coalesce(t.value, ''), p.given_name, p.family_name FROM records r "
        "JOIN fields d ON d.record_id = r.id AND d.name = 'due_date' "
        "LEFT JOIN fields s ON s.record_id = r.id AND s.name = 'status' "
        "LEFT JOIN fields t ON t.record_id = r.id AND t.name = 'description' "
        "JOIN person_index p ON p.person_id = r.person_id "
        "WHERE r.kind = 'action_item' AND r.deleted = 0 AND coalesce(s.value, 'open') IN ('open', '') "
        "AND d.value <> '' AND d.value < ?1 AND p.status <> 'closed' ORDER BY d.value, p.family_name");
    rows.bind(1, isoDate(options.today));
    DigestSectionItems section;
    while (rows.next()) {
        keep(section,
             options,
             {rows.text(0),
              nameOf(rows.text(3), rows.text(4)),
              tr("Overdue: %1").arg(shortened(rows.text(2))),
              rows.text(1),
              DigestTarget::ActionPlan});
    }
    if (rows.failed())
        return rows.error();
    return section;
}

Result<DigestSectionItems> DayDigest::notContacted(Vault &vault, const DayDigestOptions &options)
{
    // A note's date comes from the caseload index; an attended appointment from its record, up to today only (one
    // marked attended ahead of its day is a slip, not contact); the person's own record gives the day they were
    // added.
    Statement rows = vault.database().prepare(
        "SELECT p.person_id, p.given_name, p.family_name, p.last_note, "
        "coalesce((SELECT max(substr(a.value, 1, 10)) FROM records ar "
        "          JOIN fields a ON a.record_id = ar.id AND a.name = 'starts_at' "
        "          JOIN fields st ON st.record_id = ar.id AND st.name = 'status' AND st.value = 'attended' "
        "          WHERE ar.person_id = p.person_id AND ar.kind = 'appointment' AND ar.deleted = 0 "
        "          AND substr(a.value, 1, 10) <= ?1), ''), "
        "coalesce((SELECT substr(created_at, 1, 10) FROM records WHERE id = p.person_id), '') "
        "FROM person_index p WHERE p.status <> 'closed'");
    rows.bind(1, isoDate(options.today));
    struct Candidate
    {
        DigestItem item;
        QDate last;
    };
    QVector<Candidate> found;
    const QDate cutOff = options.today.addDays(-7 * qint64(options.notContactedWeeks));
    while (rows.next()) {
        const QDate note = QDate::fromString(rows.text(3), Qt::ISODate);
        const QDate attended = QDate::fromString(rows.text(4), Qt::ISODate);
        const QDate added = QDate::fromString(rows.text(5), Qt::ISODate);
        QDate last;
        QString what;
        if (note.isValid() && (!attended.isValid() || note >= attended)) {
            last = note;
            what = tr("Last contact: a note");
        } else if (attended.isValid()) {
            last = attended;
            what = tr("Last contact: an attended appointment");
        } else {
            last = added;
            what = tr("No note or attended appointment since they were added");
        }
        if (!last.isValid() || last > cutOff)
            continue;
        found.append(
            {{rows.text(0), nameOf(rows.text(1), rows.text(2)), what, isoDate(last), DigestTarget::Notes}, last});
    }
    if (rows.failed())
        return rows.error();
    // Longest without contact first.
    std::stable_sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        return a.last < b.last || (a.last == b.last && a.item.personName < b.item.personName);
    });
    DigestSectionItems section;
    for (Candidate &c : found)
        keep(section, options, std::move(c.item));
    return section;
}

Result<DigestSectionItems>
DayDigest::unfinishedDrafts(Vault &vault, const DayDigestOptions &options, const FormCatalogue *forms)
{
    Statement rows = vault.database().prepare(
        "SELECT d.person_id, d.form_id, d.form_version, d.language, d.updated_at, p.given_name, p.family_name "
        "FROM form_drafts d JOIN person_index p ON p.person_id = d.person_id ORDER BY d.updated_at, d.id");
    DigestSectionItems section;
    while (rows.next()) {
        QString title = rows.text(1);
        if (forms) {
            if (const FormDefinition *form = forms->find(rows.text(1), int(rows.integer(2))))
                title = form->title.in(rows.text(3));
        }
        keep(section,
             options,
             {rows.text(0),
              nameOf(rows.text(5), rows.text(6)),
              tr("Form not finished: %1").arg(title),
              rows.text(4).left(10),
              DigestTarget::Forms});
    }
    if (rows.failed())
        return rows.error();
    return section;
}

Result<DigestSectionItems> DayDigest::conflictsWaiting(Vault &vault, const DayDigestOptions &options)
{
    DigestSectionItems section;
    Statement rows = vault.database().prepare(
        "SELECT c.person_id, count(*), max(c.detected_at), coalesce(p.given_name, ''), coalesce(p.family_name, '') "
        "FROM conflicts c LEFT JOIN person_index p ON p.person_id = c.person_id "
        "WHERE c.resolved_at IS NULL GROUP BY c.person_id ORDER BY min(c.id)");
    while (rows.next()) {
        keep(section,
             options,
             {rows.text(0),
              nameOf(rows.text(3), rows.text(4)),
              tr("%n change(s) from another device to decide", nullptr, int(rows.integer(1))),
              rows.text(2).left(10),
              DigestTarget::Conflicts});
    }
    if (rows.failed())
        return rows.error();
    Statement quarantine = vault.database().prepare("SELECT count(*), coalesce(max(received_at), '') FROM quarantine");
    if (quarantine.next() && quarantine.integer(0) > 0) {
        keep(section,
             options,
             {QString(),
              QString(),
              tr("%n item(s) from imported bundles held in quarantine", nullptr, int(quarantine.integer(0))),
              quarantine.text(1).left(10),
              DigestTarget::Quarantine});
    }
    if (quarantine.failed())
        return quarantine.error();
    return section;
}

QString DayDigest::title(DigestSection section, const DayDigestOptions &options)
{
    switch (section) {
    case DigestSection::AppointmentsToday:
        return tr("Appointments today");
    case DigestSection::AppointmentsThisWeek:
        return tr("Appointments in the next six days");
    case DigestSection::OverdueActions:
        return tr("Overdue action-plan items");
    case DigestSection::NotContacted:
        return tr("Not contacted in %n week(s) or more", nullptr, options.notContactedWeeks);
    case DigestSection::UnfinishedDrafts:
        return tr("Forms not finished");
    case DigestSection::ConflictsWaiting:
        return tr("Waiting for a decision");
    case DigestSection::NewVacancyFits:
        return tr("New vacancies that fit");
    }
    return {};
}

QString DayDigest::key(DigestSection section)
{
    switch (section) {
    case DigestSection::AppointmentsToday:
        return QStringLiteral("appointments_today");
    case DigestSection::AppointmentsThisWeek:
        return QStringLiteral("appointments_week");
    case DigestSection::OverdueActions:
        return QStringLiteral("overdue_actions");
    case DigestSection::NotContacted:
        return QStringLiteral("not_contacted");
    case DigestSection::UnfinishedDrafts:
        return QStringLiteral("unfinished_drafts");
    case DigestSection::ConflictsWaiting:
        return QStringLiteral("waiting_decision");
    case DigestSection::NewVacancyFits:
        return QStringLiteral("new_vacancy_fits");
    }
    return {};
}

QString DayDigest::key(DigestTarget target)
{
    switch (target) {
    case DigestTarget::Appointments:
        return QStringLiteral("appointments");
    case DigestTarget::ActionPlan:
        return QStringLiteral("plan");
    case DigestTarget::Notes:
        return QStringLiteral("notes");
    case DigestTarget::Forms:
        return QStringLiteral("forms");
    case DigestTarget::Conflicts:
        return QStringLiteral("conflicts");
    case DigestTarget::Matches:
        return QStringLiteral("matches");
    case DigestTarget::Quarantine:
        return QStringLiteral("quarantine");
    }
    return {};
}

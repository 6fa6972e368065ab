#include "model/session/NewVacancyFits.h"

#include "model/matching/MatchingContext.h"
#include "model/vault/Database.h"
#include "model/vault/Record.h"

#include <algorithm>

namespace
{
    /** How far down each person's ranking to look for new vacancies among those received since the import's day. */
    constexpr int RankedPerPerson = 25;
} // namespace

Result<NewVacancies> NewVacancyFits::latestImport(Database &db)
{
    // Reading down from the highest row number touches only the newest rows, never the whole table.
    Statement rows = db.prepare("SELECT id, updated_at, withdrawn FROM vacancies ORDER BY row DESC LIMIT ?");
    rows.bind(1, MaxVacancies);
    NewVacancies found;
    QString stamp;
    while (rows.next()) {
        const QString rowStamp = rows.text(1);
        if (stamp.isEmpty())
            stamp = rowStamp;
        if (rowStamp != stamp)
            break;
        if (rows.integer(2) == 0)
            found.ids.insert(rows.text(0));
    }
    if (rows.failed())
        return rows.error();
    // The stamp starts with the import's UTC time, in ISO form.
    found.receivedOn = QDate::fromString(stamp.left(10), Qt::ISODate);
    return found;
}

Result<QVector<FitCandidate>>
NewVacancyFits::candidates(Database &db, const std::function<Result<MatchProfile>(const QString &personId)> &profileOf)
{
    Statement rows = db.prepare("SELECT person_id, given_name, family_name FROM person_index WHERE status <> 'closed' "
                                "ORDER BY family_name, given_name, person_id");
    QVector<FitCandidate> people;
    while (rows.next()) {
        PersonSummary summary;
        summary.givenName = rows.text(1);
        summary.familyName = rows.text(2);
        people.append({rows.text(0), summary.displayName(), {}});
    }
    if (rows.failed())
        return rows.error();
    QVector<FitCandidate> withProfiles;
    for (FitCandidate &person : people) {
        auto profile = profileOf(person.personId);
        if (!profile)
            continue;
        person.profile = std::move(profile.value());
        withProfiles.append(std::move(person));
    }
    return withProfiles;
}

DigestSectionItems NewVacancyFits::find(const MatchingContext &context,
                                        const NewVacancies &vacancies,
                                        const QVector<FitCandidate> &people,
                                        const DayDigestOptions &options)
{
    DigestSectionItems section;
    section.section = DigestSection::NewVacancyFits;
    if (vacancies.ids.isEmpty())
        return section;
    struct Fit
    {
        DigestItem item;
        double best;
    };
    QVector<Fit> fits;
    MatchOptions matchOptions;
    matchOptions.top = RankedPerPerson;
    matchOptions.postedSince = vacancies.receivedOn;
    const VacancyIndex &index = context.index();
    for (const FitCandidate &person : people) {
        int kept = 0;
        for (const MatchResult &result : context.matcher().rank(person.profile, matchOptions)) {
            if (kept == PerPerson || result.score < MinimumScore)
                break;
            const VacancyIndex::Entry &vacancy = index.entry(result.vacancy);
            if (!vacancies.ids.contains(vacancy.id))
                continue;
            const int percent = qRound(100 * result.score);
            fits.append(
                {{person.personId,
                  person.personName,
                  vacancy.employer.isEmpty()
                      ? tr("New vacancy: %1 (score %2%)").arg(vacancy.title).arg(percent)
                      : tr("New vacancy: %1 at %2 (score %3%)").arg(vacancy.title, vacancy.employer).arg(percent),
                  QString(),
                  DigestTarget::Matches},
                 result.score});
            ++kept;
        }
    }
    // Best fits first, so the strongest reasons to call someone lead.
    std::stable_sort(fits.begin(), fits.end(), [](const Fit &a, const Fit &b) { return a.best > b.best; });
    for (Fit &fit : fits) {
        ++section.total;
        if (section.items.size() < options.maxItems)
            section.items.append(std::move(fit.item));
    }
    return section;
}

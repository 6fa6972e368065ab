#include "DemoEmployers.h"

#include "model/employers/EmployerDirectory.h"
#include "model/employers/PutForwards.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QRandomGenerator>

namespace
{
    struct DemoEmployer
    {
        const char *name;
        const char *address;
        const char *postcode;
        const char *website;
    };

    // Invented businesses in the demo towns; any likeness to a real one is chance.
    const DemoEmployer OwnEmployers[] = {
        {"Becws Bach Pontypridd", "Taff Street, Pontypridd", "CF37 4AA", "https://becwsbach.example"},
        {"Riverside Care Home", "Riverside Road, Merthyr Tydfil", "CF47 0AA", ""},
        {"Bay Logistics Depot", "Ocean Way, Cardiff", "CF24 5AA", "https://baylogistics.example"},
    };

    const char *const ContactNames[] = {"Alex Morgan", "Sam Price", "Jo Evans", "Chris Howells", "Rhian Jenkins"};
    const char *const ContactRoles[] = {"Store manager", "HR adviser", "Site supervisor", "Owner", "Recruitment lead"};
} // namespace

Status DemoEmployers::generate(Vault &vault, quint32 seed, int maxPutForwards)
{
    QRandomGenerator random(seed ^ 0x5eedu);
    EmployerDirectory directory(vault.database(), vault.audit());
    const QDate today = QDate::currentDate();
    const QString coach = vault.ownerName();
    const QStringList kinds = EmployerDirectory::engagementKinds();

    QStringList engaged;
    for (const DemoEmployer &own : OwnEmployers) {
        Employer e;
        e.name = QString::fromUtf8(own.name);
        e.address = QString::fromUtf8(own.address);
        e.postcode = QString::fromLatin1(own.postcode);
        e.website = QString::fromLatin1(own.website);
        auto added = directory.addOwn(e);
        if (!added)
            return added.error();
        engaged.append(added.value());
    }
    // The employers the demo vacancies name most, each engaged with over the last three months.
    EmployerFilter withVacancies;
    withVacancies.withVacanciesOnly = true;
    auto seen = directory.list(withVacancies, today);
    if (!seen)
        return seen.error();
    QVector<Employer> busiest = seen.value();
    std::sort(busiest.begin(), busiest.end(), [](const Employer &a, const Employer &b) {
        return a.openVacancies != b.openVacancies ? a.openVacancies > b.openVacancies : a.id < b.id;
    });
    for (int i = 0; i < std::min<int>(8, int(busiest.size())); ++i)
        engaged.append(busiest.at(i).id);

    for (int i = 0; i < engaged.size(); ++i) {
        EmployerContact contact;
        contact.employerId = engaged.at(i);
        contact.name = QString::fromLatin1(ContactNames[i % std::size(ContactNames)]);
        contact.role = QString::fromLatin1(ContactRoles[i % std::size(ContactRoles)]);
        contact.phone = QStringLiteral("029 2018 %1").arg(1000 + i * 37);
        if (auto added = directory.addContact(contact); !added)
            return added.error();
        const int visits = int(random.bounded(1, 5));
        for (int v = 0; v < visits; ++v) {
            Engagement engagement;
            engagement.employerId = engaged.at(i);
            engagement.kind = kinds.at(int(random.bounded(int(kinds.size()))));
            engagement.on = today.addDays(-int(random.bounded(0, 90)));
            engagement.recordedBy = coach;
            if (auto logged = directory.logEngagement(engagement); !logged)
                return logged.error();
        }
    }

    // People on the caseload put forward for open demo vacancies, with outcomes along the way.
    Statement open = vault.database().prepare(
        "SELECT id FROM vacancies WHERE withdrawn = 0 AND closing_date >= ?1 ORDER BY row LIMIT 200");
    open.bind(1, today.toString(Qt::ISODate));
    QStringList vacancies;
    while (open.next())
        vacancies.append(open.text(0));
    if (open.failed())
        return open.error();
    if (vacancies.isEmpty())
        return {};
    auto caseload = vault.records().caseload();
    if (!caseload)
        return caseload.error();
    PutForwards putForwards(vault.records(), vault.audit(), directory);
    int made = 0;
    for (const PersonSummary &person : caseload.value()) {
        if (made >= maxPutForwards)
            break;
        if (person.status != QLatin1String("open") || random.bounded(3) != 0)
            continue;
        PutForwardRequest request;
        request.personId = person.id;
        request.vacancyId = vacancies.at(int(random.bounded(int(std::min<qsizetype>(vacancies.size(), 40)))));
        request.on = today.addDays(-int(random.bounded(3, 45)));
        request.consentConfirmed = true;
        auto put = putForwards.putForward(request);
        if (!put)
            continue; // the same person drawn for the same vacancy twice
        ++made;
        const int step = int(random.bounded(5));
        QDate on = std::min(request.on.addDays(int(random.bounded(2, 10))), today);
        if (step >= 1) {
            if (Status s = putForwards.recordOutcome(person.id, put.value(), QStringLiteral("interview"), on); !s)
                return s;
        }
        on = std::min(on.addDays(int(random.bounded(3, 14))), today);
        if (step == 3) {
            if (Status s = putForwards.recordOutcome(person.id, put.value(), QStringLiteral("started"), on); !s)
                return s;
        } else if (step == 4) {
            if (Status s = putForwards.recordOutcome(person.id, put.value(), QStringLiteral("not_selected"), on); !s)
                return s;
        }
    }
    return {};
}

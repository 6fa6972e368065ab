#include "DemoYouth.h"

#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "model/youth/YouthGuarantee.h"

#include <QRandomGenerator>

namespace
{
    /**
     * What each young person is doing: "overdue", "due" (not yet), "in_time", "late" (offered), or an activity
     * other than NEET. Interleaved, so even a small demo caseload has every state.
     */
    const char *const States[] = {
        "overdue",   "due",  "in_time", "education", "late",    "overdue",        "due",
        "in_time",   "work", "overdue", "training",  "due",     "in_time",        "overdue",
        "education", "late", "due",     "in_time",   "overdue", "apprenticeship", "education"};

    const char *const OfferTypes[] = {"job", "apprenticeship", "training", "work_experience"};
    const char *const OfferWords[] = {"Kitchen assistant at a hotel in the town centre",
                                      "Apprenticeship in vehicle maintenance with the council",
                                      "Place on a construction skills course at the college",
                                      "Four weeks' work experience at a distribution centre"};
} // namespace

Status DemoYouth::generate(Vault &vault, quint32 seed, QDate today)
{
    if (!today.isValid())
        today = QDate::currentDate();
    QRandomGenerator random(seed ^ 0x7047u);
    RecordStore &records = vault.records();
    YouthGuarantee youth(vault.database(), records, vault.audit());
    auto settings = youth.settings();
    if (!settings)
        return settings.error();
    const int window = 7 * settings->weeks;
    const auto between = [&](int low, int high) { return int(random.bounded(low, high + 1)); };

    auto caseload = records.caseload();
    if (!caseload)
        return caseload.error();
    return records.inTransaction([&]() -> Status {
        int next = 0;
        for (const PersonSummary &summary : caseload.value()) {
            if (next >= int(std::size(States)))
                break;
            if (summary.status != QLatin1String("open"))
                continue;
            const QString state = QString::fromLatin1(States[next++]);
            // Old enough to be in the band for months to come, young enough to stay in it.
            const QDate born = today.addYears(-(settings->minAge + 1)).addDays(-between(0, 600));
            int joinedAgo = 0;
            if (state == QLatin1String("overdue"))
                joinedAgo = window + between(5, 150);
            else if (state == QLatin1String("due"))
                joinedAgo = between(5, window - 5);
            else if (state == QLatin1String("in_time"))
                joinedAgo = between(window / 3, window);
            else if (state == QLatin1String("late"))
                joinedAgo = window + between(40, 120);
            else
                joinedAgo = between(30, 300);
            const QDate joined = today.addDays(-joinedAgo);
            const QString personId = summary.id;
            if (Status s = records.update(personId,
                                          {{QStringLiteral("date_of_birth"), born.toString(Qt::ISODate)},
                                           {QStringLiteral("joined_on"), joined.toString(Qt::ISODate)}});
                !s)
                return s;
            const bool offered = state == QLatin1String("in_time") || state == QLatin1String("late");
            const bool neet = offered || state == QLatin1String("overdue") || state == QLatin1String("due");
            // Some of those offered a place have taken it up since.
            const bool tookItUp = state == QLatin1String("in_time") && random.bounded(2) == 0;
            const QString activity = tookItUp ? QStringLiteral("training") : neet ? QStringLiteral("neet") : state;
            const QDate since = neet && !tookItUp ? joined.addDays(-between(0, 60)) : today.addDays(-between(10, 300));
            const FieldMap doing{{QStringLiteral("activity"), activity},
                                 {QStringLiteral("activity_since"), since.toString(Qt::ISODate)}};
            auto circumstances = records.single(personId, Kinds::Circumstances);
            if (!circumstances)
                return circumstances.error();
            if (circumstances->id.isEmpty()) {
                if (auto added = records.add(personId, Kinds::Circumstances, doing); !added)
                    return added.error();
            } else if (Status s = records.update(circumstances->id, doing); !s) {
                return s;
            }
            if (!offered)
                continue;

            const int which = int(random.bounded(4));
            OfferRequest request;
            request.personId = personId;
            request.type = QString::fromLatin1(OfferTypes[which]);
            request.description = QString::fromUtf8(OfferWords[which]);
            const int after = state == QLatin1String("late") ? window + between(10, 35) : between(7, window - 7);
            request.offeredOn = std::min(joined.addDays(after), today);
            if (random.bounded(2) == 0) {
                // From an action in the plan, as the coach would confirm it from the view's proposals.
                auto action = records.add(personId,
                                          Kinds::ActionItem,
                                          {{QStringLiteral("description"), request.description},
                                           {QStringLiteral("owner"), QStringLiteral("person")},
                                           {QStringLiteral("status"), QStringLiteral("done")}});
                if (!action)
                    return action.error();
                request.source = QStringLiteral("plan");
                request.sourceId = action.value();
            }
            if (tookItUp)
                request.outcome = QStringLiteral("accepted");
            if (auto id = youth.recordOffer(request); !id)
                return id.error();
        }
        return {};
    });
}

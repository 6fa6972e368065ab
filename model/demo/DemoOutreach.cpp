#include "DemoOutreach.h"

#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/Referrals.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QRandomGenerator>

namespace
{
    struct DemoPartner
    {
        const char *name;
        const char *kind;
        const char *services; // ';'-separated keys
        const char *languages;
        const char *postcode;
        const char *opening;
        bool consentNeeded;
    };

    // Invented organisations in the demo towns; any likeness to a real one is chance.
    const DemoPartner Partners[] = {
        {"Canolfan Gymunedol Trelái",
         "community_centre",
         "digital_skills;job_search;cv_help",
         "en;cy",
         "CF5 4AA",
         "Tuesdays and Thursdays, 10:00 to 15:00",
         false},
        {"Cardiff Bay Learning Hub",
         "training_provider",
         "training;digital_skills;english_language",
         "en;cy",
         "CF10 4AA",
         "Weekdays, 9:00 to 17:00",
         true},
        {"Merthyr Money Matters",
         "debt_advice",
         "debt_money;benefits_advice",
         "en;cy",
         "CF47 8AA",
         "Mondays and Wednesdays, drop-in 10:00 to 13:00",
         true},
        {"Taff Valley Food Share", "food_bank", "food", "en;cy", "CF48 1AA", "Fridays, 11:00 to 14:00", false},
        {"Leeds Central Library",
         "library",
         "digital_skills;job_search",
         "en",
         "LS1 3AA",
         "Every day, 9:00 to 20:00",
         false},
        {"Holbeck Housing Advice", "housing_advice", "housing", "en", "LS11 9AA", "By appointment", true},
        {"Next Steps Wellbeing",
         "charity",
         "mental_health;health_work;volunteering",
         "en",
         "LS6 1AA",
         "Weekdays, by referral",
         true},
        {"Coleg y Cymoedd Taster Courses",
         "college",
         "training;youth",
         "en;cy",
         "CF47 0AA",
         "Term time, weekdays",
         true},
    };

    QStringList split(const char *list)
    {
        return QString::fromUtf8(list).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    }
} // namespace

Status DemoOutreach::generate(Vault &vault, quint32 seed, int maxReferrals)
{
    QRandomGenerator random(seed ^ 0x0a7e5eedu);
    PartnerDirectory directory(vault.database(), vault.audit());
    QVector<Partner> partners;
    for (const DemoPartner &demo : Partners) {
        Partner p;
        p.name = QString::fromUtf8(demo.name);
        p.kind = QString::fromLatin1(demo.kind);
        p.services = split(demo.services);
        p.languages = split(demo.languages);
        p.postcode = QString::fromLatin1(demo.postcode);
        p.opening = QString::fromUtf8(demo.opening);
        p.howToRefer = QStringLiteral("Phone or email with the person's name, what they need and when they are free.");
        p.consentNeeded = demo.consentNeeded;
        auto id = directory.addOwn(p);
        if (!id)
            return id.error();
        p.id = id.value();
        partners.append(p);
    }

    // Sessions every week or so at the partners that host them, over the last twelve weeks.
    OutreachSessions sessions(vault.database(), vault.audit());
    const QDate today = QDate::currentDate();
    const int hosts[] = {0, 4, 2, 1};
    for (int week = 12; week >= 1; --week) {
        const Partner &host = partners.at(hosts[week % 4]);
        OutreachSession session;
        session.heldOn = today.addDays(-7 * week + int(random.bounded(3)));
        session.venue = host.name;
        session.partnerId = host.id;
        session.hours = 2 + 0.5 * random.bounded(4);
        session.seenNew = int(random.bounded(2, 9));
        session.seenReturning = int(random.bounded(0, 6));
        const QStringList topics = PartnerVocabulary::sessionTopics();
        session.topics = {topics.at(int(random.bounded(int(topics.size())))),
                          topics.at(int(random.bounded(int(topics.size()))))};
        if (auto recorded = sessions.record(session); !recorded)
            return recorded.error();
    }

    // Referrals for some of the open cases, with outcomes along the way.
    auto caseload = vault.records().caseload();
    if (!caseload)
        return caseload.error();
    Referrals referrals(vault.records(), vault.audit(), directory);
    const QStringList outcomes = {QStringLiteral("offered"),
                                  QStringLiteral("attended"),
                                  QStringLiteral("started"),
                                  QStringLiteral("completed"),
                                  QStringLiteral("did_not_attend"),
                                  QStringLiteral("declined")};
    int made = 0;
    for (const PersonSummary &person : caseload.value()) {
        if (made >= maxReferrals)
            break;
        if (person.status != QLatin1String("open") || random.bounded(4) != 0)
            continue;
        const Partner &partner = partners.at(int(random.bounded(int(partners.size()))));
        ReferralRequest request;
        request.personId = person.id;
        request.partnerId = partner.id;
        request.service = partner.services.at(int(random.bounded(int(partner.services.size()))));
        request.referredOn = today.addDays(-int(random.bounded(5, 60)));
        request.consentConfirmed = partner.consentNeeded;
        auto referral = referrals.refer(request);
        if (!referral)
            return referral.error();
        ++made;
        const int step = int(random.bounded(int(outcomes.size()) + 1)); // some are still waiting to hear
        if (step < outcomes.size()) {
            const QDate on = request.referredOn.addDays(int(random.bounded(1, 20)));
            if (Status s = referrals.recordOutcome(referral.value(), outcomes.at(step), std::min(on, today)); !s)
                return s;
        }
    }
    return {};
}

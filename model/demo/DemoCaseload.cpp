#include "model/demo/DemoCaseload.h"

#include "model/bundles/BundleFile.h"
#include "model/core/SecureBytes.h"
#include "model/demo/SyntheticVacancies.h"
#include "model/matching/VacancyBundle.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QDateTime>
#include <QHash>
#include <QScopeGuard>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <random>

namespace
{
    // Measured: about 20 KB of database per generated person (records, fields, audit, indexes), with headroom.
    constexpr qint64 BytesPerPersonEstimate = 28 * 1024;
    // From about this many people (some 10 MB of pages) a bulk load's rollback journal pays for switching to it.
    constexpr int BulkLoadPeople = 500;
    // The most records addPerson() makes for one person: the profile, circumstances, 3 jobs, 3 qualifications,
    // 6 skills, a condition, adjustment and fit note, 2 goals, 3 actions, 4 notes and a correction, 2
    // appointments and 2 consents.
    constexpr qsizetype MaxRecordsPerPerson = 31;
    // Ids drawn ahead take 16 bytes a record (50 MB at this many people); a larger caseload takes them as it goes.
    constexpr int MaxPeopleWithAscendingIds = 100000;

    // Everything here is invented sample text: plain ASCII or UTF-8 literals turned into QStrings once.
    QStringList list(std::initializer_list<const char *> items)
    {
        QStringList out;
        out.reserve(int(items.size()));
        for (const char *item : items)
            out.append(QString::fromUtf8(item));
        return out;
    }

    QString txt(const char *text)
    {
        return QString::fromUtf8(text);
    }

    /**
     * A thin layer over std::mt19937. The engine's output is fixed by the standard, but the
     * std::*_distribution classes are not, so bounded numbers are made here to stay the same everywhere.
     */
    class Random
    {
    public:
        explicit Random(quint32 seed)
            : m_engine(seed)
        {}

        int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint32(n)); }
        int between(int low, int high) { return low + below(high - low + 1); }
        bool chance(int percent) { return below(100) < percent; }
        const QString &pick(const QStringList &items) { return items.at(below(int(items.size()))); }

    private:
        std::mt19937 m_engine;
    };

    struct Town
    {
        QString name;
        QStringList outcodes;
        bool wales = false;
        double latitude = 0;
        double longitude = 0;
    };

    struct Qualification
    {
        QString title;
        QString category;
        QString issuer;
        int validYears = 0; // 0: does not expire
        QStringList skills;
    };

    struct Job
    {
        QString title;
        QStringList employers;
        QString duties;
        QStringList skills;
    };

    struct Condition
    {
        QString description;
        QString limitations;
        QString adjustment;
        QString adjustmentDetails;
    };

    /**
     * Record ids for a bulk load: as many random ids as the people could need, each drawn as Crypto::randomId()
     * draws one, handed out in ascending order. Random ids arriving in random order make SQLite insert all over
     * every index keyed by them (records, fields, the caseload index), splitting pages as it goes; in order, each
     * insert is an append, and the pages end up full, so there are fewer of them to encrypt and write. The ids
     * are as random and unique as ever; only the order they were made in follows the order they were used.
     */
    class AscendingIds
    {
    public:
        explicit AscendingIds(qsizetype count)
        {
            const QByteArray bytes = Crypto::randomBytes(int(count * IdBytes));
            m_ids.resize(count);
            for (qsizetype i = 0; i < count; ++i)
                std::memcpy(m_ids[i].data(), bytes.constData() + i * IdBytes, IdBytes);
            std::sort(m_ids.begin(), m_ids.end());
        }

        QString next()
        {
            if (m_next >= m_ids.size())
                return Crypto::randomId(); // more records than foreseen: still a random id, only not in order
            const auto &id = m_ids.at(m_next++);
            return QString::fromLatin1(
                QByteArray::fromRawData(reinterpret_cast<const char *>(id.data()), IdBytes).toHex());
        }

    private:
        static constexpr int IdBytes = 16; // as Crypto::randomId()
        QVector<std::array<quint8, IdBytes>> m_ids;
        qsizetype m_next = 0;
    };

    /** The sample data, built once per generation run. */
    struct Pools
    {
        QVector<Town> towns;
        QStringList welshGiven, englishGiven, otherGiven;
        QStringList welshFamily, englishFamily, otherFamily;
        QStringList welshStreets, englishStreets;
        QVector<Job> jobs;
        QVector<Qualification> qualifications;
        QStringList softSkills;
        QVector<Condition> conditions;
        QStringList goals;
        QVector<std::array<QString, 2>> actions; // description template, barrier
        QStringList notes;
        QStringList purposes;
        QStringList caring;
        QHash<QString, QString> shortNames;

        Pools();
    };

    Pools::Pools()
    {
        towns = {
            {txt("Cardiff"), list({"CF10", "CF11", "CF14", "CF24", "CF5"}), true, 51.4816, -3.1791},
            {txt("Swansea"), list({"SA1", "SA2", "SA5", "SA6"}), true, 51.6214, -3.9436},
            {txt("Newport"), list({"NP19", "NP20"}), true, 51.5842, -2.9977},
            {txt("Wrexham"), list({"LL11", "LL12", "LL13"}), true, 53.043, -2.9925},
            {txt("Caernarfon"), list({"LL54", "LL55"}), true, 53.1393, -4.2734},
            {txt("Bangor"), list({"LL57"}), true, 53.2274, -4.1293},
            {txt("Aberystwyth"), list({"SY23"}), true, 52.4153, -4.0829},
            {txt("Carmarthen"), list({"SA31"}), true, 51.8576, -4.3121},
            {txt("Merthyr Tydfil"), list({"CF47", "CF48"}), true, 51.7487, -3.3816},
            {txt("Llanelli"), list({"SA14", "SA15"}), true, 51.684, -4.1629},
            {txt("Leeds"), list({"LS1", "LS6", "LS9", "LS11"}), false, 53.7997, -1.5492},
            {txt("Manchester"), list({"M1", "M8", "M13", "M40"}), false, 53.4808, -2.2426},
            {txt("Birmingham"), list({"B1", "B6", "B11", "B23"}), false, 52.4862, -1.8904},
            {txt("Bristol"), list({"BS1", "BS3", "BS5", "BS13"}), false, 51.4545, -2.5879},
            {txt("Newcastle upon Tyne"), list({"NE1", "NE4", "NE6"}), false, 54.9783, -1.6178},
            {txt("Sheffield"), list({"S1", "S2", "S5"}), false, 53.3811, -1.4701},
            {txt("Liverpool"), list({"L1", "L4", "L8"}), false, 53.4084, -2.9916},
            {txt("London"), list({"E1", "E17", "N15", "SE15", "SW9"}), false, 51.5072, -0.1276},
            {txt("Plymouth"), list({"PL1", "PL5"}), false, 50.3755, -4.1427},
            {txt("Norwich"), list({"NR1", "NR3"}), false, 52.6309, 1.2974},
            {txt("Hull"), list({"HU1", "HU3", "HU9"}), false, 53.7676, -0.3274},
            {txt("Chester"), list({"CH1", "CH2"}), false, 53.1934, -2.8931},
            {txt("Hereford"), list({"HR1", "HR4"}), false, 52.0565, -2.716},
            {txt("Stoke-on-Trent"), list({"ST1", "ST4", "ST6"}), false, 53.0027, -2.1794},
        };
        welshGiven = list({"Siân",     "Gwenllïan", "Dafydd", "Llŷr",     "Rhys",    "Cerys",   "Ffion",   "Elin",
                           "Gethin",   "Iwan",      "Nia",    "Rhiannon", "Aled",    "Eirlys",  "Bethan",  "Owain",
                           "Angharad", "Tomos",     "Lowri",  "Catrin",   "Dylan",   "Mererid", "Steffan", "Gruffydd",
                           "Osian",    "Alaw",      "Siôn",   "Meinir",   "Heulwen", "Gwawr",   "Emyr",    "Llinos"});
        englishGiven = list({"Oliver",  "Jack",   "Harry",     "George",  "Amelia", "Olivia",   "Emily", "Sophie",
                             "Jessica", "Thomas", "James",     "Daniel",  "Zoë",    "Chloé",    "Noël",  "Renée",
                             "Lucy",    "Ellie",  "Charlotte", "Matthew", "Ryan",   "Liam",     "Sarah", "Rebecca",
                             "Gemma",   "Karen",  "Stephen",   "Paul",    "Andrew", "Michelle", "Dean",  "Kirsty"});
        otherGiven =
            list({"Mohammed",  "Aisha",    "Fatima", "Yusuf", "Priya",    "Arjun",     "Harpreet", "Gurpreet",
                  "Oluwaseun", "Chiamaka", "Kwame",  "Ama",   "Wojciech", "Agnieszka", "Łukasz",   "Małgorzata",
                  "Siobhán",   "Niamh",    "Aoife",  "Seán",  "Ciarán",   "Mihai",     "Ioana",    "Thanh",
                  "Mei",       "Hamza",    "Zainab", "Tariq", "Bogdan",   "Deniz",     "Efua",     "José"});
        welshFamily = list({"Jones",    "Williams",  "Davies",    "Evans", "Thomas", "Roberts", "Hughes",
                            "Lewis",    "Morgan",    "Griffiths", "Rees",  "Pryce",  "Vaughan", "Prosser",
                            "Llywelyn", "ap Dafydd", "Parry",     "Owen",  "Bowen",  "Pugh",    "Gwilym"});
        englishFamily = list({"Smith",  "Taylor", "Brown", "Wilson", "Johnson", "Walker", "Wright",  "Thompson",
                              "White",  "Hall",   "Green", "Wood",   "Harris",  "Clarke", "Jackson", "Turner",
                              "Cooper", "Hill",   "Ward",  "Moore",  "King",    "Baker",  "Shaw",    "Dawson"});
        otherFamily =
            list({"Khan",      "Ahmed",   "Patel",   "Begum",   "Singh",  "Kaur",       "Kowalski",      "Nowak",
                  "Okafor",    "Mensah",  "O'Brien", "Murphy",  "Nguyen", "Ali",        "Hussain",       "Campbell",
                  "MacDonald", "Popescu", "Yılmaz",  "Adeyemi", "Chen",   "Wiśniewska", "Ó Súilleabháin"});
        welshStreets = list({"Heol y Frenhines",
                             "Stryd Fawr",
                             "Ffordd yr Orsaf",
                             "Lôn Las",
                             "Maes y Coed",
                             "Heol Eglwys",
                             "Rhodfa'r Môr",
                             "Cae Bryn",
                             "Station Road",
                             "High Street"});
        englishStreets = list({"High Street",
                               "Station Road",
                               "Church Lane",
                               "Victoria Road",
                               "Mill Lane",
                               "Park Avenue",
                               "Queen Street",
                               "Albert Terrace",
                               "Green Lane",
                               "Moor Road"});

        jobs = {
            {txt("Warehouse operative"),
             list({"Northgate Distribution", "Severn Logistics", "Pennine Parcels"}),
             txt("Picked and packed orders to daily targets; loaded vehicles; kept the pick area safe and tidy."),
             list({"Order picking", "Stock control", "Manual handling"})},
            {txt("Care assistant"),
             list({"Bryn Awel Care Home", "Meadowbank Home Care", "Tŷ Hafan Residential"}),
             txt("Supported residents with personal care, meals and medication prompts; kept daily care records."),
             list({"Personal care", "Record keeping", "Safeguarding awareness"})},
            {txt("Retail assistant"),
             list({"Corner Market Stores", "Harbour Street Pharmacy", "Valley Discount"}),
             txt("Served customers on the till, handled cash and cards, replenished shelves and helped with "
                 "deliveries."),
             list({"Customer service", "Cash handling", "Stock replenishment"})},
            {txt("Kitchen porter"),
             list({"The Old Bell Inn", "Castle View Café", "Riverside Hotel"}),
             txt("Kept the kitchen clean to food hygiene standards; prepared vegetables; washed up in busy services."),
             list({"Food preparation", "Cleaning to hygiene standards", "Working under pressure"})},
            {txt("Labourer"),
             list({"Cwm Construction", "Redbrick Builders", "Northern Groundworks"}),
             txt("Moved materials around site, mixed mortar, cleared the site and supported trades people."),
             list({"Site safety", "Manual handling", "Using hand tools"})},
            {txt("Delivery driver"),
             list({"Swift Couriers", "Cymru Fresh Foods", "Metro Drop"}),
             txt("Delivered up to 120 parcels a day on planned routes; used a handheld scanner; took payments."),
             list({"Route planning", "Customer service", "Safe driving"})},
            {txt("Cleaner"),
             list({"Sparkle Facilities", "Glân Cleaning Services", "City Office Care"}),
             txt("Cleaned offices and washrooms on early shifts; followed COSHH rules for chemicals."),
             list({"Cleaning to hygiene standards", "Working alone", "Time keeping"})},
            {txt("Call centre adviser"),
             list({"Lighthouse Contact Centre", "Bay Energy", "Northern Insurance Services"}),
             txt("Answered customer calls, updated accounts on the computer and resolved complaints first time."),
             list({"Customer service", "Using a computer", "Dealing with complaints"})},
            {txt("Security officer"),
             list({"Guardian Site Services", "Castle Security", "Shield Patrols"}),
             txt("Patrolled sites, checked visitors in and out, wrote incident reports and watched CCTV."),
             list({"Report writing", "Conflict management", "CCTV monitoring"})},
            {txt("Administrator"),
             list({"Parkside Surgery", "Valley Housing Association", "Leeds Community Trust"}),
             txt("Managed diaries and post, answered phones and kept spreadsheets up to date."),
             list({"Using a computer", "Record keeping", "Spreadsheets"})},
        };

        qualifications = {
            {txt("CSCS Green Labourer card"), txt("licence"), txt("CITB"), 5, list({"Site safety"})},
            {txt("Counterbalance forklift (B1)"), txt("licence"), txt("RTITB"), 3, list({"Forklift driving"})},
            {txt("Level 2 Food Hygiene"),
             txt("certificate"),
             txt("Highfield Qualifications"),
             3,
             list({"Food safety"})},
            {txt("Enhanced DBS check"), txt("check"), txt("Disclosure and Barring Service"), 3, {}},
            {txt("GCSE English Language"), txt("qualification"), txt("WJEC"), 0, list({"Written English"})},
            {txt("GCSE Mathematics"), txt("qualification"), txt("AQA"), 0, list({"Numeracy"})},
            {txt("NVQ Level 2 Health and Social Care"),
             txt("qualification"),
             txt("City & Guilds"),
             0,
             list({"Personal care"})},
            {txt("Emergency First Aid at Work"), txt("certificate"), txt("St John Ambulance"), 3, list({"First aid"})},
            {txt("SIA Door Supervisor licence"),
             txt("licence"),
             txt("Security Industry Authority"),
             3,
             list({"Conflict management"})},
            {txt("Essential Skills Wales: Digital Literacy Level 1"),
             txt("qualification"),
             txt("Agored Cymru"),
             0,
             list({"Using a computer"})},
            {txt("Welsh for Adults: Mynediad"), txt("qualification"), txt("Dysgu Cymraeg"), 0, list({"Spoken Welsh"})},
        };
        softSkills = list({"Team working",
                           "Reliable time keeping",
                           "Spoken Welsh",
                           "Customer service",
                           "Problem solving",
                           "Using a smartphone",
                           "Caring for family members",
                           "DIY and repairs",
                           "Cooking for large groups",
                           "Volunteering at a food bank",
                           "Football coaching",
                           "Speaking Polish",
                           "Speaking Urdu"});

        conditions = {
            {txt("I get bad back pain if I stand or lift for a long time."),
             txt("Can stand for about 30 minutes at a time; should not lift more than 10 kg."),
             txt("amended_duties"),
             txt("No heavy lifting; a chance to sit down between tasks.")},
            {txt("Anxiety, worse in busy places and on the phone."),
             txt("Finds crowded places and unplanned phone calls hard; better with a clear plan for the day."),
             txt("altered_hours"),
             txt("Start after the morning rush; appointments by text first.")},
            {txt("Type 1 diabetes."),
             txt("Needs regular breaks to eat and check blood sugar."),
             txt("workplace_adaptations"),
             txt("Somewhere private to check blood sugar; breaks at set times.")},
            {txt("Recovering from a knee operation."),
             txt("Cannot climb ladders or kneel for the next few months."),
             txt("phased_return"),
             txt("Build up from three short days a week.")},
            {txt("Depression. I am on medication and seeing a counsellor."),
             txt("Energy and concentration vary from day to day."),
             txt("altered_hours"),
             txt("Part-time hours to begin with; regular check-ins with a manager.")},
            {txt("Asthma."),
             txt("Dust and strong cleaning products can set it off."),
             txt("workplace_adaptations"),
             txt("Use of gentler products or a mask; work away from dusty areas.")},
        };
        goals = list({"Warehouse operative",
                      "Care assistant",
                      "Retail assistant",
                      "Forklift driver",
                      "Chef",
                      "Office administrator",
                      "Teaching assistant",
                      "Bus driver",
                      "Gardener",
                      "Receptionist",
                      "Customer service adviser",
                      "Cleaner",
                      "Security officer",
                      "Delivery driver"});
        actions = {
            {txt("Update CV with most recent job and send a copy to the coach by the due date."), txt("skills")},
            {txt("Apply for three warehouse or retail jobs on Find a job each week and keep a list."), txt("skills")},
            {txt("Book a place on the free basic IT course at the library."), txt("digital")},
            {txt("Ask the GP practice about a referral to the physiotherapy service."), txt("health")},
            {txt("Find out bus times and costs for getting to the industrial estate for 7am starts."),
             txt("transport")},
            {txt("Contact the local authority about the childcare offer and ask about after-school clubs."),
             txt("childcare")},
            {txt("Go to the confidence and wellbeing group on Tuesday mornings for four weeks."), txt("confidence")},
            {txt("Call the housing office about the repairs and bring the letter to the next appointment."),
             txt("housing")},
            {txt("Enrol on the free ESOL class at the college."), txt("language")},
            {txt("Practise a mock interview with the coach."), txt("confidence")},
        };
        notes = list({
            "Met to review progress. Talked about the jobs applied for this week and updated the action plan together.",
            "Phone call. Said things have been difficult at home; agreed to move the next appointment to later in the "
            "day.",
            "Went through the CV line by line. Added the forklift licence and the volunteering at the food bank.",
            "Did not attend the appointment. Sent a text to rebook; replied the same day and apologised.",
            "Talked about what a good job would look like: steady hours, close to home, working with people.",
            "Brought in the fit note. Discussed what support might help with a phased return; nothing decided yet.",
            "Interview at the care home went well; waiting to hear back. Agreed to keep applying in the meantime.",
            "Asked for letters in Welsh from now on. Updated the preferred language on the record.",
            "Looked at the bus timetable together; the early shift is possible if they get the 6.15.",
            "Signposted to the food bank and the debt advice service at the Citizens Advice drop-in.",
        });
        purposes = list({"Review the action plan",
                         "Job search support",
                         "CV and applications",
                         "Health and work conversation",
                         "Interview preparation",
                         "First meeting"});
        caring = list({"Looks after two children aged 6 and 9; school run every weekday.",
                       "Cares for their mother three evenings a week.",
                       "Shares care of a teenager with a disability.",
                       "Main carer for a partner after a stroke."});
        const QStringList pairs =
            list({"Gwenllïan", "Gwen", "Rhiannon", "Rhi",   "Angharad", "Hari", "Charlotte",  "Lottie",
                  "Matthew",   "Matt", "Rebecca",  "Becky", "Mohammed", "Mo",   "Małgorzata", "Gosia",
                  "Oluwaseun", "Seun", "Gruffydd", "Guto",  "Stephen",  "Steve"});
        for (int i = 0; i + 1 < pairs.size(); i += 2)
            shortNames.insert(pairs.at(i), pairs.at(i + 1));
    }

    /** Builds the records for one person at a time; owns the random stream so the order of draws is fixed. */
    class PersonGenerator
    {
    public:
        PersonGenerator(const Pools &pools, RecordStore &store, quint32 seed, QDate today)
            : m_pools(pools)
            , m_store(store)
            , m_random(seed)
            , m_today(today)
        {}

        Status addPerson();

    private:
        QString date(int daysFromToday) const { return m_today.addDays(daysFromToday).toString(Qt::ISODate); }
        QString niNumber();
        QString postcode(const Town &town);
        QString asciiLower(const QString &text) const;
        Status add(const QString &personId, const QString &kind, FieldMap fields);

        const Pools &m_pools;
        RecordStore &m_store;
        Random m_random;
        QDate m_today;
    };

    QString PersonGenerator::niNumber()
    {
        // Letters the validator accepts; the numbers are random, so any match with a real number is chance.
        static const QString first = QStringLiteral("ABCEGHJKLMNPRSTWXYZ");
        static const QString second = QStringLiteral("ABCEGHJKLMNPRSTWXYZ");
        static const QStringList never = {QStringLiteral("BG"),
                                          QStringLiteral("GB"),
                                          QStringLiteral("KN"),
                                          QStringLiteral("NK"),
                                          QStringLiteral("NT"),
                                          QStringLiteral("TN"),
                                          QStringLiteral("ZZ")};
        QString prefix;
        do {
            prefix =
                QString(first.at(m_random.below(int(first.size())))) + second.at(m_random.below(int(second.size())));
        } while (never.contains(prefix));
        return prefix + QStringLiteral("%1").arg(m_random.below(1000000), 6, 10, QLatin1Char('0')) +
               QChar(QLatin1Char('A').unicode() + m_random.below(4));
    }

    QString PersonGenerator::postcode(const Town &town)
    {
        static const QString inward = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
        return m_random.pick(town.outcodes) + QLatin1Char(' ') + QString::number(m_random.below(10)) +
               inward.at(m_random.below(int(inward.size()))) + inward.at(m_random.below(int(inward.size())));
    }

    QString PersonGenerator::asciiLower(const QString &text) const
    {
        QString out;
        for (QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
            if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                out.append(c);
        }
        return out.isEmpty() ? QStringLiteral("person") : out;
    }

    Status PersonGenerator::add(const QString &personId, const QString &kind, FieldMap fields)
    {
        auto added = m_store.add(personId, kind, std::move(fields));
        if (!added)
            return added.error();
        return {};
    }

    Status PersonGenerator::addPerson()
    {
        Random &r = m_random;
        const Town &town = m_pools.towns.at(r.below(int(m_pools.towns.size())));

        // Welsh towns get mostly Welsh names; everywhere gets a share of names common in other UK communities.
        const int origin = r.below(100);
        const bool welshNames = town.wales ? origin < 60 : origin < 8;
        const bool otherNames = welshNames ? false : origin >= (town.wales ? 85 : 70);
        const QString given = r.pick(welshNames   ? m_pools.welshGiven
                                     : otherNames ? m_pools.otherGiven
                                                  : m_pools.englishGiven);
        const QString family = r.pick(welshNames   ? m_pools.welshFamily
                                      : otherNames ? m_pools.otherFamily
                                                   : m_pools.englishFamily);

        FieldMap person{{QStringLiteral("given_name"), given}, {QStringLiteral("family_name"), family}};
        if (const QString shortName = m_pools.shortNames.value(given); !shortName.isEmpty() && r.chance(50))
            person.insert(QStringLiteral("preferred_name"), shortName);
        const int age = r.between(18, 64);
        person.insert(QStringLiteral("date_of_birth"), date(-age * 365 - r.below(365)));
        person.insert(QStringLiteral("ni_number"), niNumber());
        if (r.chance(70)) {
            person.insert(QStringLiteral("email"),
                          asciiLower(given) + QLatin1Char('.') + asciiLower(family) + QString::number(r.below(100)) +
                              QStringLiteral("@example.com"));
        }
        if (r.chance(85))
            person.insert(QStringLiteral("phone"),
                          QStringLiteral("07700 900%1").arg(r.below(1000), 3, 10, QLatin1Char('0')));
        const QString street = r.pick(town.wales ? m_pools.welshStreets : m_pools.englishStreets);
        person.insert(QStringLiteral("address"),
                      QString::number(r.between(1, 180)) + QLatin1Char(' ') + street + QLatin1Char('\n') + town.name);
        person.insert(QStringLiteral("postcode"), postcode(town));
        const bool welsh = town.wales ? r.chance(welshNames ? 45 : 10) : r.chance(1);
        person.insert(QStringLiteral("preferred_language"), welsh ? QStringLiteral("cy") : QStringLiteral("en"));
        person.insert(QStringLiteral("status"), r.chance(88) ? QStringLiteral("open") : QStringLiteral("closed"));

        auto created = m_store.createPerson(person);
        if (!created)
            return created.error();
        const QString id = created.value();

        static const QStringList groups = {QStringLiteral("all_requirements"),
                                           QStringLiteral("all_requirements"),
                                           QStringLiteral("all_requirements"),
                                           QStringLiteral("preparation"),
                                           QStringLiteral("interview_only"),
                                           QStringLiteral("no_requirements")};
        static const QStringList days = {QStringLiteral("mon"),
                                         QStringLiteral("tue"),
                                         QStringLiteral("wed"),
                                         QStringLiteral("thu"),
                                         QStringLiteral("fri"),
                                         QStringLiteral("sat"),
                                         QStringLiteral("sun")};
        static const QStringList modes = {QStringLiteral("walk"),
                                          QStringLiteral("cycle"),
                                          QStringLiteral("public_transport"),
                                          QStringLiteral("public_transport"),
                                          QStringLiteral("car")};
        static const QStringList licences = {QStringLiteral("none"),
                                             QStringLiteral("provisional"),
                                             QStringLiteral("full"),
                                             QStringLiteral("full"),
                                             QStringLiteral("full_large")};
        QStringList available;
        for (int d = 0; d < 7; ++d) {
            if (r.chance(d < 5 ? 85 : 35))
                available.append(days.at(d));
        }
        if (available.isEmpty())
            available.append(days.first());
        FieldMap circumstances{{QStringLiteral("work_search_group"), r.pick(groups)},
                               {QStringLiteral("hours_available"), QString::number(r.between(4, 8) * 5)},
                               {QStringLiteral("days_available"), available.join(QLatin1Char(','))},
                               {QStringLiteral("max_travel_km"), QString::number(r.between(2, 40))},
                               {QStringLiteral("travel_mode"), r.pick(modes)},
                               {QStringLiteral("driving_licence"), r.pick(licences)}};
        if (r.chance(20))
            circumstances.insert(QStringLiteral("caring_responsibilities"), r.pick(m_pools.caring));
        if (auto s = add(id, Kinds::Circumstances, circumstances); !s)
            return s;

        // Work history runs backwards from a recent end date, each job before the last.
        QStringList skills;
        QStringList skillSources;
        int end = -r.between(30, 400);
        const int jobs = r.between(1, 3);
        for (int j = 0; j < jobs; ++j) {
            const Job &job = m_pools.jobs.at(r.below(int(m_pools.jobs.size())));
            const int start = end - r.between(120, 1500);
            if (auto s = add(id,
                             Kinds::WorkHistory,
                             {{QStringLiteral("job_title"), job.title},
                              {QStringLiteral("employer"), r.pick(job.employers)},
                              {QStringLiteral("start_date"), date(start)},
                              {QStringLiteral("end_date"), date(end)},
                              {QStringLiteral("duties"), job.duties}});
                !s)
                return s;
            const QString &skill = r.pick(job.skills);
            if (!skills.contains(skill)) {
                skills.append(skill);
                skillSources.append(QStringLiteral("work_history"));
            }
            end = start - r.between(0, 200);
        }

        const int qualifications = r.between(0, 3);
        for (int q = 0; q < qualifications; ++q) {
            const Qualification &qual = m_pools.qualifications.at(r.below(int(m_pools.qualifications.size())));
            const int achieved = -r.between(30, 2400);
            FieldMap fields{{QStringLiteral("title"), qual.title},
                            {QStringLiteral("category"), qual.category},
                            {QStringLiteral("issuer"), qual.issuer},
                            {QStringLiteral("achieved_on"), date(achieved)}};
            if (qual.validYears > 0)
                fields.insert(QStringLiteral("expires_on"), date(achieved + qual.validYears * 365));
            if (auto s = add(id, Kinds::Qualification, fields); !s)
                return s;
        }

        const int extra = r.between(1, 3);
        for (int k = 0; k < extra; ++k) {
            const QString &skill = r.pick(m_pools.softSkills);
            if (!skills.contains(skill)) {
                skills.append(skill);
                skillSources.append(QStringLiteral("self_reported"));
            }
        }
        for (int k = 0; k < skills.size(); ++k) {
            if (auto s = add(id,
                             Kinds::Skill,
                             {{QStringLiteral("label"), skills.at(k)}, {QStringLiteral("source"), skillSources.at(k)}});
                !s)
                return s;
        }

        if (r.chance(25)) {
            const Condition &condition = m_pools.conditions.at(r.below(int(m_pools.conditions.size())));
            if (auto s = add(id,
                             Kinds::HealthCondition,
                             {{QStringLiteral("description"), condition.description},
                              {QStringLiteral("functional_limitations"), condition.limitations}});
                !s)
                return s;
            if (r.chance(50)) {
                if (auto s = add(id,
                                 Kinds::Adjustment,
                                 {{QStringLiteral("type"), condition.adjustment},
                                  {QStringLiteral("details"), condition.adjustmentDetails},
                                  {QStringLiteral("share_for_matching"),
                                   r.chance(50) ? QStringLiteral("yes") : QStringLiteral("no")}});
                    !s)
                    return s;
            }
            if (r.chance(40)) {
                const int assessed = -r.between(3, 60);
                const bool mayBeFit = r.chance(60);
                FieldMap note{
                    {QStringLiteral("assessed_on"), date(assessed)},
                    {QStringLiteral("condition"), condition.description},
                    {QStringLiteral("assessment"), mayBeFit ? QStringLiteral("may_be_fit") : QStringLiteral("not_fit")},
                    {QStringLiteral("from_date"), date(assessed)},
                    {QStringLiteral("to_date"), date(assessed + r.between(14, 90))},
                    {QStringLiteral("reassess"), r.chance(50) ? QStringLiteral("yes") : QStringLiteral("no")}};
                if (mayBeFit) {
                    note.insert(QStringLiteral("advice"), condition.adjustment);
                    note.insert(QStringLiteral("comments"), condition.limitations);
                }
                if (auto s = add(id, Kinds::FitNote, note); !s)
                    return s;
            }
        }

        const int goals = r.between(1, 2);
        for (int g = 0; g < goals; ++g) {
            if (auto s = add(id,
                             Kinds::JobGoal,
                             {{QStringLiteral("title"), r.pick(m_pools.goals)},
                              {QStringLiteral("hours_wanted"), QString::number(r.between(3, 8) * 5)},
                              {QStringLiteral("pay_floor"), QString::number(r.between(18, 30) * 1000)}});
                !s)
                return s;
        }

        static const QStringList owners = {
            QStringLiteral("person"), QStringLiteral("person"), QStringLiteral("coach"), QStringLiteral("provider")};
        const int actions = r.between(1, 3);
        for (int a = 0; a < actions; ++a) {
            const auto &action = m_pools.actions.at(r.below(int(m_pools.actions.size())));
            const int due = r.between(-21, 28);
            const QString status =
                due < 0 ? (r.chance(70) ? QStringLiteral("done") : QStringLiteral("dropped")) : QStringLiteral("open");
            if (auto s = add(
                    id,
                    Kinds::ActionItem,
                    {{QStringLiteral("description"), action[0]},
                     {QStringLiteral("type"), r.chance(85) ? QStringLiteral("voluntary") : QStringLiteral("required")},
                     {QStringLiteral("barrier"), action[1]},
                     {QStringLiteral("owner"), r.pick(owners)},
                     {QStringLiteral("due_date"), date(due)},
                     {QStringLiteral("status"), status}});
                !s)
                return s;
        }

        const int notes = r.between(1, 4);
        QString firstNote;
        for (int n = 0; n < notes; ++n) {
            auto note = m_store.add(id, Kinds::Note, {{QStringLiteral("text"), r.pick(m_pools.notes)}});
            if (!note)
                return note.error();
            if (firstNote.isEmpty())
                firstNote = note.value();
        }
        if (r.chance(5)) {
            auto corrected = m_store.correctNote(
                firstNote, txt("Correction: the appointment was on the Thursday, not the Wednesday."));
            if (!corrected)
                return corrected.error();
        }

        static const QStringList meetingModes = {
            QStringLiteral("in_person"), QStringLiteral("in_person"), QStringLiteral("phone"), QStringLiteral("video")};
        const int appointments = r.between(1, 2);
        for (int a = 0; a < appointments; ++a) {
            // About two in three people have something booked in the next fortnight.
            const bool upcoming = a == 0 ? r.chance(65) : false;
            const int day = upcoming ? r.between(1, 14) : -r.between(1, 60);
            const QString mode = r.pick(meetingModes);
            const QString when =
                m_today.addDays(day).toString(Qt::ISODate) + QStringLiteral(" %1:%2")
                                                                 .arg(r.between(9, 16), 2, 10, QLatin1Char('0'))
                                                                 .arg(r.below(4) * 15, 2, 10, QLatin1Char('0'));
            const QString status = upcoming       ? QStringLiteral("planned")
                                   : r.chance(80) ? QStringLiteral("attended")
                                                  : QStringLiteral("missed");
            if (auto s =
                    add(id,
                        Kinds::Appointment,
                        {{QStringLiteral("starts_at"), when},
                         {QStringLiteral("mode"), mode},
                         {QStringLiteral("location"),
                          mode == QLatin1String("in_person") ? town.name + QStringLiteral(" Jobcentre") : QString()},
                         {QStringLiteral("purpose"), r.pick(m_pools.purposes)},
                         {QStringLiteral("status"), status}});
                !s)
                return s;
        }

        const int agreed = -r.between(1, 365);
        if (auto s =
                add(id,
                    Kinds::Consent,
                    {{QStringLiteral("purpose"), QStringLiteral("record_keeping")},
                     {QStringLiteral("details"), txt("Explained what is kept and why; agreed at the first meeting.")},
                     {QStringLiteral("agreed_on"), date(agreed)}});
            !s)
            return s;
        if (r.chance(30)) {
            FieldMap consent{{QStringLiteral("purpose"),
                              r.chance(50) ? QStringLiteral("share_with_gp") : QStringLiteral("referral")},
                             {QStringLiteral("agreed_on"), date(agreed + r.between(0, -agreed))}};
            if (r.chance(10))
                consent.insert(QStringLiteral("withdrawn_on"), date(0));
            if (auto s = add(id, Kinds::Consent, consent); !s)
                return s;
        }
        return {};
    }
} // namespace

Status
DemoCaseload::generate(Vault &vault, int people, quint32 seed, const std::function<void(int)> &progress, QDate today)
{
    if (people < 0)
        return Error{ErrorCode::Invalid, tr("The number of people cannot be negative.")};
    const Pools pools;
    PersonGenerator generator(pools, vault.records(), seed, today.isValid() ? today : QDate::currentDate());
    // One big transaction: a cache for all of it, so pages are encrypted once, at commit.
    const LargeTransactionCache cache(vault.database(),
                                      std::max<qint64>(8 * 1024, qint64(people) * BytesPerPersonEstimate / 1024));
    // A bulk load, as a large bundle import is: a rollback journal while it runs, so the new pages (about 20 KB
    // a person) are written once to the database rather than to the write-ahead log and again at its checkpoint.
    // Just as atomic; the write-ahead log comes back when it goes. Not worth switching for a handful of people.
    std::optional<BulkLoadJournal> bulk;
    if (people >= BulkLoadPeople)
        bulk.emplace(vault.database());
    std::optional<AscendingIds> ids;
    if (people <= MaxPeopleWithAscendingIds)
        ids.emplace(qsizetype(people) * MaxRecordsPerPerson);
    if (ids)
        vault.records().setNewIdSource([&ids] { return ids->next(); });
    const auto restoreIds = qScopeGuard([&vault] { vault.records().setNewIdSource({}); });
    return vault.records().inTransaction([&]() -> Status {
        for (int i = 0; i < people; ++i) {
            if (auto s = generator.addPerson(); !s)
                return s;
            if (progress)
                progress(i + 1);
        }
        return {};
    });
}

Status DemoCaseload::addVacancies(Vault &vault, int count, quint32 seed, QDate today)
{
    if (count < 0)
        return Error{ErrorCode::Invalid, tr("The number of vacancies cannot be negative.")};
    if (!today.isValid())
        today = QDate::currentDate();
    const Pools pools;
    Database &db = vault.database();
    Transaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();

    // Where the demo towns' postcode areas are, as a geodata bundle would say, so distances work.
    Statement place =
        db.prepare("INSERT OR REPLACE INTO outcodes(outcode, latitude, longitude, updated_at) VALUES(?,?,?,?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Town &town : pools.towns) {
        for (int i = 0; i < town.outcodes.size(); ++i) {
            // Spread a town's areas a little around its centre, a few kilometres apart.
            place.bind(1, town.outcodes.at(i))
                .bind(2, town.latitude + 0.02 * (i % 3 - 1))
                .bind(3, town.longitude + 0.03 * ((i + 1) % 3 - 1))
                .bind(4, now);
            if (Status s = place.exec(); !s)
                return s;
            place.reset();
        }
    }

    // The synthetic vacancies, moved to the demo towns, placed by postcode area as many adverts are.
    QVector<Vacancy> vacancies = SyntheticVacancies::generate(count, seed, today);
    std::mt19937 random(seed);
    for (Vacancy &v : vacancies) {
        const Town &town = pools.towns.at(int(random() % quint32(pools.towns.size())));
        v.outcode = town.outcodes.at(int(random() % quint32(town.outcodes.size())));
        v.postcode = v.outcode;
        v.latitude.reset();
        v.longitude.reset();
        v.description.replace(QLatin1String("the team in"),
                              QLatin1String("the team in ") + town.name + QLatin1String(", near"));
    }
    VacancyBundle handler;
    handler.setContent(vacancies, VacancyBundle::Mode::Snapshot);
    BundleHeader header;
    header.publisher = tr("Waymark demo data");
    header.bundleId = QByteArray(16, '\0');
    ImportSummary summary;
    if (Status s = handler.apply(db, header, summary, {}); !s)
        return s;
    if (Status s = vault.audit().append(AuditAction::DemoVacancies, QString::number(summary.added)); !s)
        return s;
    return transaction.commit();
}

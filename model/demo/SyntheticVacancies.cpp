#include "model/demo/SyntheticVacancies.h"

#include "model/io/CsvWriter.h"
#include "model/matching/VacancyCsv.h"

#include <QSaveFile>

#include <array>
#include <cmath>
#include <span>

namespace
{
    using Words = std::span<const char *const>;

    struct Family
    {
        Words titles;
        Words employerNouns;
        Words skills;
        double salaryLow;  // lower bound of salary_min, pounds a year
        double salaryHigh; // upper bound of salary_min
        double hoursLow;
        double hoursHigh;
    };

    struct Town
    {
        const char *name;
        double latitude;
        double longitude;
        std::array<const char *, 3> outcodes;
    };

    constexpr const char *CareTitles[] = {
        "Care Assistant", "Senior Carer", "Support Worker", "Home Carer", "Night Care Assistant", "Care Team Leader"};
    constexpr const char *CareNouns[] = {"Care Services", "Home Care", "Care Homes", "Supported Living"};
    constexpr const char *CareSkills[] = {"personal care",
                                          "medication administration",
                                          "moving and handling",
                                          "Care Certificate",
                                          "safeguarding adults",
                                          "dementia care",
                                          "care planning",
                                          "infection control",
                                          "record keeping",
                                          "end of life care",
                                          "first aid",
                                          "meal preparation",
                                          "companionship",
                                          "NVQ Level 2 Health and Social Care"};

    constexpr const char *RetailTitles[] = {"Retail Assistant",
                                            "Sales Advisor",
                                            "Store Manager",
                                            "Assistant Store Manager",
                                            "Checkout Operator",
                                            "Visual Merchandiser"};
    constexpr const char *RetailNouns[] = {"Stores", "Retail", "Garden Centre", "Superstore", "Outlet"};
    constexpr const char *RetailSkills[] = {"customer service",
                                            "till operation",
                                            "cash handling",
                                            "stock control",
                                            "visual merchandising",
                                            "loss prevention",
                                            "sales targets",
                                            "key holding",
                                            "retail management",
                                            "rota management",
                                            "product knowledge",
                                            "shelf replenishment",
                                            "KPI reporting"};

    constexpr const char *HospitalityTitles[] = {
        "Chef de Partie", "Kitchen Porter", "Waiter", "Bar Staff", "Commis Chef", "Housekeeper", "Baker"};
    constexpr const char *HospitalityNouns[] = {"Hotel", "Inns", "Kitchen", "Restaurants", "Bakers", "Pub Company"};
    constexpr const char *HospitalitySkills[] = {"food hygiene level 2",
                                                 "HACCP",
                                                 "food preparation",
                                                 "allergen management",
                                                 "cleaning schedules",
                                                 "table service",
                                                 "cocktail making",
                                                 "cellar management",
                                                 "temperature control records",
                                                 "bread making",
                                                 "pastry",
                                                 "room servicing",
                                                 "stock rotation"};

    constexpr const char *WarehouseTitles[] = {
        "Warehouse Operative", "Picker Packer", "Forklift Driver", "Warehouse Supervisor", "Goods In Operative"};
    constexpr const char *WarehouseNouns[] = {"Logistics", "Distribution", "Fulfilment", "Freight", "Supply Chain"};
    constexpr const char *WarehouseSkills[] = {"order picking",
                                               "packing",
                                               "counterbalance forklift licence",
                                               "reach truck",
                                               "RF scanner",
                                               "goods in",
                                               "inventory accuracy",
                                               "health and safety",
                                               "manual handling",
                                               "loading and unloading",
                                               "despatch",
                                               "warehouse management systems"};

    constexpr const char *ConstructionTitles[] = {
        "Labourer", "Bricklayer", "Carpenter", "Plumber", "Electrician", "Site Manager", "Plasterer"};
    constexpr const char *ConstructionNouns[] = {"Construction", "Builders", "Contractors", "Building Services"};
    constexpr const char *ConstructionSkills[] = {"CSCS card",
                                                  "bricklaying",
                                                  "first fix carpentry",
                                                  "second fix carpentry",
                                                  "pipework installation",
                                                  "boiler servicing",
                                                  "18th Edition wiring regulations",
                                                  "fault finding",
                                                  "plastering",
                                                  "reading drawings",
                                                  "working at height",
                                                  "SMSTS",
                                                  "power tools"};

    constexpr const char *CleaningTitles[] = {
        "Cleaner", "Cleaning Operative", "Domestic Assistant", "Window Cleaner", "Cleaning Supervisor"};
    constexpr const char *CleaningNouns[] = {"Cleaning Services", "Facilities", "Hygiene", "Property Services"};
    constexpr const char *CleaningSkills[] = {"COSHH",
                                              "floor scrubbing machines",
                                              "deep cleaning",
                                              "infection control",
                                              "waste management",
                                              "colour coding",
                                              "attention to detail",
                                              "window cleaning",
                                              "carpet cleaning",
                                              "working alone",
                                              "cleaning schedules"};

    constexpr const char *SecurityTitles[] = {
        "Security Officer", "Door Supervisor", "CCTV Operator", "Retail Security Officer", "Mobile Patrol Officer"};
    constexpr const char *SecurityNouns[] = {"Security", "Guarding", "Protection Services", "Security Solutions"};
    constexpr const char *SecuritySkills[] = {"SIA licence",
                                              "CCTV monitoring",
                                              "conflict management",
                                              "patrolling",
                                              "access control",
                                              "incident reporting",
                                              "first aid",
                                              "emergency procedures",
                                              "key holding",
                                              "customer service",
                                              "radio communication"};

    constexpr const char *AdminTitles[] = {
        "Administrator", "Receptionist", "Office Manager", "Data Entry Clerk", "Payroll Assistant", "Team Secretary"};
    constexpr const char *AdminNouns[] = {"Solicitors", "Accountants", "Associates", "Business Services", "Council"};
    constexpr const char *AdminSkills[] = {"Microsoft Office",
                                           "Microsoft Excel",
                                           "data entry",
                                           "diary management",
                                           "minute taking",
                                           "filing",
                                           "telephone manner",
                                           "invoicing",
                                           "Sage",
                                           "payroll",
                                           "GDPR",
                                           "typing 50 wpm"};

    constexpr const char *CustomerTitles[] = {"Customer Service Advisor",
                                              "Call Centre Agent",
                                              "Customer Service Team Leader",
                                              "Complaints Handler",
                                              "Contact Centre Advisor"};
    constexpr const char *CustomerNouns[] = {"Contact Centre", "Energy", "Insurance", "Telecom", "Bank"};
    constexpr const char *CustomerSkills[] = {"customer service",
                                              "complaint handling",
                                              "CRM systems",
                                              "active listening",
                                              "call handling",
                                              "upselling",
                                              "problem solving",
                                              "keyboard skills",
                                              "coaching",
                                              "quality monitoring",
                                              "de-escalation"};

    constexpr const char *ManufacturingTitles[] = {"Production Operative",
                                                   "Machine Operator",
                                                   "CNC Machinist",
                                                   "Quality Inspector",
                                                   "Maintenance Engineer",
                                                   "Assembly Worker"};
    constexpr const char *ManufacturingNouns[] = {"Manufacturing", "Engineering", "Foods", "Plastics", "Components"};
    constexpr const char *ManufacturingSkills[] = {"machine operation",
                                                   "CNC programming",
                                                   "quality inspection",
                                                   "lean manufacturing",
                                                   "5S",
                                                   "measuring instruments",
                                                   "assembly",
                                                   "production line",
                                                   "preventive maintenance",
                                                   "PLC fault finding",
                                                   "food safety",
                                                   "shift work"};

    constexpr const char *TransportTitles[] = {
        "HGV Class 1 Driver", "Delivery Driver", "Bus Driver", "Van Driver", "Transport Planner", "Taxi Driver"};
    constexpr const char *TransportNouns[] = {"Transport", "Haulage", "Couriers", "Travel", "Coaches"};
    constexpr const char *TransportSkills[] = {"full UK driving licence",
                                               "CPC card",
                                               "digital tachograph",
                                               "route planning",
                                               "multi-drop delivery",
                                               "vehicle checks",
                                               "PCV licence",
                                               "customer service",
                                               "load securing",
                                               "ADR",
                                               "sat nav"};

    constexpr const char *EducationTitles[] = {"Teaching Assistant",
                                               "Learning Support Assistant",
                                               "Nursery Practitioner",
                                               "Midday Supervisor",
                                               "SEN Teaching Assistant"};
    constexpr const char *EducationNouns[] = {"Academy", "Primary School", "Nursery", "Learning Trust", "College"};
    constexpr const char *EducationSkills[] = {"safeguarding children",
                                               "phonics",
                                               "behaviour management",
                                               "SEN support",
                                               "EYFS",
                                               "Level 3 childcare",
                                               "lesson preparation",
                                               "paediatric first aid",
                                               "one-to-one support",
                                               "DBS check",
                                               "literacy support"};

    constexpr const char *HealthTitles[] = {
        "Healthcare Assistant", "Phlebotomist", "Ward Clerk", "Pharmacy Assistant", "Dental Nurse", "Porter"};
    constexpr const char *HealthNouns[] = {"Healthcare", "Medical Centre", "Pharmacy", "Dental Practice", "Clinic"};
    constexpr const char *HealthSkills[] = {"patient care",
                                            "venepuncture",
                                            "clinical observations",
                                            "infection control",
                                            "cannulation",
                                            "dispensing",
                                            "patient records",
                                            "chaperoning",
                                            "sterilisation",
                                            "Care Certificate",
                                            "basic life support"};

    constexpr const char *DigitalTitles[] = {"IT Support Technician",
                                             "Junior Developer",
                                             "Digital Marketing Assistant",
                                             "Data Analyst",
                                             "Service Desk Analyst"};
    constexpr const char *DigitalNouns[] = {"Digital", "Software", "IT Solutions", "Media", "Data"};
    constexpr const char *DigitalSkills[] = {"IT support",
                                             "Windows 11",
                                             "Active Directory",
                                             "networking",
                                             "Python",
                                             "SQL",
                                             "JavaScript",
                                             "social media marketing",
                                             "SEO",
                                             "Microsoft Excel",
                                             "data visualisation",
                                             "ticketing systems",
                                             "troubleshooting"};

    const Family Families[] = {
        {CareTitles, CareNouns, CareSkills, 21000, 25000, 16, 40},
        {RetailTitles, RetailNouns, RetailSkills, 20500, 32000, 12, 40},
        {HospitalityTitles, HospitalityNouns, HospitalitySkills, 20500, 29000, 16, 45},
        {WarehouseTitles, WarehouseNouns, WarehouseSkills, 22000, 30000, 20, 48},
        {ConstructionTitles, ConstructionNouns, ConstructionSkills, 24000, 42000, 37.5, 50},
        {CleaningTitles, CleaningNouns, CleaningSkills, 20500, 24000, 8, 37.5},
        {SecurityTitles, SecurityNouns, SecuritySkills, 21500, 28000, 24, 60},
        {AdminTitles, AdminNouns, AdminSkills, 21000, 32000, 16, 37.5},
        {CustomerTitles, CustomerNouns, CustomerSkills, 21000, 28000, 20, 40},
        {ManufacturingTitles, ManufacturingNouns, ManufacturingSkills, 22000, 36000, 37.5, 48},
        {TransportTitles, TransportNouns, TransportSkills, 23000, 40000, 20, 56},
        {EducationTitles, EducationNouns, EducationSkills, 18000, 25000, 15, 32.5},
        {HealthTitles, HealthNouns, HealthSkills, 22000, 29000, 22.5, 37.5},
        {DigitalTitles, DigitalNouns, DigitalSkills, 23000, 38000, 30, 37.5},
    };

    const Town Towns[] = {
        {"Leeds", 53.7997, -1.5492, {"LS1", "LS6", "LS11"}},
        {"Manchester", 53.4808, -2.2426, {"M1", "M4", "M14"}},
        {"Birmingham", 52.4862, -1.8904, {"B1", "B5", "B23"}},
        {"Liverpool", 53.4084, -2.9916, {"L1", "L3", "L15"}},
        {"Sheffield", 53.3811, -1.4701, {"S1", "S2", "S10"}},
        {"Bristol", 51.4545, -2.5879, {"BS1", "BS5", "BS16"}},
        {"Newcastle upon Tyne", 54.9783, -1.6178, {"NE1", "NE4", "NE6"}},
        {"Nottingham", 52.9548, -1.1581, {"NG1", "NG2", "NG7"}},
        {"Leicester", 52.6369, -1.1398, {"LE1", "LE2", "LE4"}},
        {"Doncaster", 53.5228, -1.1285, {"DN1", "DN2", "DN4"}},
        {"Rotherham", 53.4326, -1.3635, {"S60", "S61", "S65"}},
        {"Hull", 53.7676, -0.3274, {"HU1", "HU3", "HU9"}},
        {"Bradford", 53.7960, -1.7594, {"BD1", "BD3", "BD8"}},
        {"Stoke-on-Trent", 53.0027, -2.1794, {"ST1", "ST4", "ST6"}},
        {"Coventry", 52.4068, -1.5197, {"CV1", "CV2", "CV6"}},
        {"Wolverhampton", 52.5862, -2.1286, {"WV1", "WV2", "WV10"}},
        {"Preston", 53.7632, -2.7031, {"PR1", "PR2", "PR5"}},
        {"Blackpool", 53.8175, -3.0357, {"FY1", "FY3", "FY4"}},
        {"Sunderland", 54.9069, -1.3838, {"SR1", "SR4", "SR5"}},
        {"Middlesbrough", 54.5742, -1.2350, {"TS1", "TS3", "TS5"}},
        {"Norwich", 52.6309, 1.2974, {"NR1", "NR2", "NR3"}},
        {"Ipswich", 52.0567, 1.1482, {"IP1", "IP3", "IP4"}},
        {"Cambridge", 52.2053, 0.1218, {"CB1", "CB2", "CB4"}},
        {"Oxford", 51.7520, -1.2577, {"OX1", "OX2", "OX4"}},
        {"Reading", 51.4543, -0.9781, {"RG1", "RG2", "RG30"}},
        {"Southampton", 50.9097, -1.4044, {"SO14", "SO15", "SO17"}},
        {"Portsmouth", 50.8198, -1.0880, {"PO1", "PO4", "PO5"}},
        {"Brighton", 50.8225, -0.1372, {"BN1", "BN2", "BN3"}},
        {"Plymouth", 50.3755, -4.1427, {"PL1", "PL4", "PL6"}},
        {"Exeter", 50.7184, -3.5339, {"EX1", "EX2", "EX4"}},
        {"Swindon", 51.5558, -1.7797, {"SN1", "SN2", "SN5"}},
        {"Milton Keynes", 52.0406, -0.7594, {"MK9", "MK10", "MK13"}},
        {"Northampton", 52.2405, -0.9027, {"NN1", "NN2", "NN5"}},
        {"Peterborough", 52.5695, -0.2405, {"PE1", "PE2", "PE4"}},
        {"Lincoln", 53.2307, -0.5406, {"LN1", "LN2", "LN6"}},
        {"York", 53.9600, -1.0873, {"YO1", "YO10", "YO24"}},
        {"Carlisle", 54.8925, -2.9329, {"CA1", "CA2", "CA3"}},
        {"Cardiff", 51.4816, -3.1791, {"CF10", "CF11", "CF24"}},
        {"Swansea", 51.6214, -3.9436, {"SA1", "SA2", "SA5"}},
        {"Wrexham", 53.0462, -2.9930, {"LL11", "LL12", "LL13"}},
        {"Glasgow", 55.8642, -4.2518, {"G1", "G3", "G31"}},
        {"Edinburgh", 55.9533, -3.1883, {"EH1", "EH6", "EH11"}},
        {"Aberdeen", 57.1497, -2.0943, {"AB10", "AB11", "AB24"}},
        {"Dundee", 56.4620, -2.9707, {"DD1", "DD2", "DD4"}},
        {"Inverness", 57.4778, -4.2247, {"IV1", "IV2", "IV3"}},
        {"Belfast", 54.5973, -5.9301, {"BT1", "BT7", "BT12"}},
        {"Derry", 54.9966, -7.3086, {"BT47", "BT48", "BT48"}},
        {"Croydon", 51.3762, -0.0982, {"CR0", "CR2", "CR7"}},
        {"Stratford", 51.5413, -0.0036, {"E15", "E20", "E15"}},
        {"Camden", 51.5390, -0.1426, {"NW1", "NW5", "WC1A"}},
    };

    constexpr const char *Surnames[] = {"McKenzie", "Patel",  "Hughes", "Evans",    "O'Neill", "Campbell", "Khan",
                                        "Robinson", "Walker", "Wright", "Thompson", "Davies",  "Singh",    "Morgan",
                                        "Clarke",   "Ahmed",  "Fraser", "Jones",    "Taylor",  "Murray"};
    constexpr const char *EmployerSuffixes[] = {"Ltd", "Limited", "Group", "& Co", "", "Partnership", "UK"};
    constexpr const char *GenericSkills[] = {
        "teamwork", "communication", "time management", "reliability", "flexibility", "weekend working"};
    constexpr const char *Benefits[] = {"28 days annual leave including bank holidays",
                                        "a workplace pension",
                                        "free on-site parking",
                                        "paid training",
                                        "a staff discount",
                                        "free uniform",
                                        "an employee assistance programme",
                                        "a cycle to work scheme",
                                        "paid breaks",
                                        "weekly pay"};
    constexpr const char *Closings[] = {
        "We are an equal opportunities employer and welcome applications from all backgrounds.",
        "Successful candidates will need to provide two references and proof of the right to work in the UK.",
        "Come and be part of a team that really values what you do.",
        "The site is easily accessible by public transport.",
        "Full training and ongoing development will be provided.",
        "This role is subject to an enhanced DBS check.",
        "We are a Disability Confident employer and guarantee an interview to disabled applicants who meet the "
        "essential criteria."};
    constexpr char InwardLetters[] = "ABDEFGHJLNPQRSTUWXYZ";

    QString word(const char *text)
    {
        return QLatin1String(text);
    }

    QString pounds(double value)
    {
        const qint64 whole = qint64(value);
        return QStringLiteral("£%1,%2").arg(whole / 1000).arg(whole % 1000, 3, 10, QLatin1Char('0'));
    }
} // namespace

SyntheticVacancies::SyntheticVacancies(quint32 seed, const QDate &baseDate)
    : m_rng(seed)
    , m_baseDate(baseDate)
{}

quint32 SyntheticVacancies::below(quint32 bound)
{
    // Raw engine output only, so the rows are the same with every standard library.
    return quint32(m_rng() % bound);
}

double SyntheticVacancies::uniform(double low, double high)
{
    return low + (high - low) * (double(m_rng()) / 4294967296.0);
}

Vacancy SyntheticVacancies::next()
{
    const auto pick = [this](Words words) { return word(words[below(quint32(words.size()))]); };
    const Family &family = Families[below(std::size(Families))];
    const Town &town = Towns[below(std::size(Towns))];

    Vacancy v;
    v.id = QStringLiteral("S%1").arg(m_nextId++, 7, 10, QLatin1Char('0'));
    v.title = pick(family.titles);
    const bool namedAfterTown = below(3) == 0;
    v.employer = (namedAfterTown ? word(town.name) : pick(Surnames)) + QLatin1Char(' ') + pick(family.employerNouns);
    const QString suffix = pick(EmployerSuffixes);
    if (!suffix.isEmpty())
        v.employer += QLatin1Char(' ') + suffix;

    // Distinct skills from the family, then a few general ones.
    const quint32 wanted = 5 + below(8);
    std::array<bool, 32> used{};
    for (quint32 tries = 0; quint32(v.skills.size()) < wanted && tries < 64; ++tries) {
        const quint32 s = below(quint32(family.skills.size()));
        if (!used[s]) {
            used[s] = true;
            v.skills.append(word(family.skills[s]));
        }
    }
    for (quint32 g = below(3); g > 0; --g) {
        const QString skill = pick(GenericSkills);
        if (!v.skills.contains(skill))
            v.skills.append(skill);
    }

    // 80% postcode and coordinates, 10% coordinates only, 10% postcode (or an outcode alone) only.
    const quint32 where = below(10);
    const QString outcode = word(town.outcodes[below(3)]);
    if (where != 0) {
        v.latitude = std::round(uniform(town.latitude - 0.06, town.latitude + 0.06) * 1e5) / 1e5;
        v.longitude = std::round(uniform(town.longitude - 0.09, town.longitude + 0.09) * 1e5) / 1e5;
    }
    if (where != 1) {
        v.outcode = outcode;
        if (where == 0 && below(3) == 0) {
            v.postcode = outcode;
        } else {
            v.postcode = outcode + QLatin1Char(' ') + QChar(u'0' + below(10)) +
                         QLatin1Char(InwardLetters[below(sizeof(InwardLetters) - 1)]) +
                         QLatin1Char(InwardLetters[below(sizeof(InwardLetters) - 1)]);
        }
    }

    const quint32 contract = below(100);
    v.contractType = contract < 55   ? ContractType::Permanent
                     : contract < 70 ? ContractType::Temporary
                     : contract < 82 ? ContractType::FixedTerm
                     : contract < 90 ? ContractType::Apprenticeship
                                     : ContractType::ZeroHours;
    if (v.contractType != ContractType::ZeroHours || below(2) == 0)
        v.hoursPerWeek = std::round(uniform(family.hoursLow, family.hoursHigh) * 2.0) / 2.0;
    if (below(10) != 0) {
        const double low = std::round(uniform(family.salaryLow, family.salaryHigh) / 250.0) * 250.0;
        v.salaryMin = low;
        v.salaryMax = low + 250.0 * below(17);
    }
    v.closingDate = m_baseDate.addDays(7 + below(54));

    const QString townName = word(town.name);
    const auto skill = [&](quint32 i) { return v.skills.at(qsizetype(i % quint32(v.skills.size()))); };
    QString d;
    d.reserve(900);
    d += v.employer + QStringLiteral(" is looking for a ") + v.title +
         QStringLiteral(" to join our friendly team in ") + townName + QStringLiteral(". The role covers ") + skill(0) +
         QStringLiteral(", ") + skill(1) + QStringLiteral(" and ") + skill(2) +
         QStringLiteral(" as well as general support to the team.");
    d += below(2) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
    d += QStringLiteral("You must have ") + skill(3) + QStringLiteral(". Knowledge of ") + skill(4) +
         QStringLiteral(" would be an advantage. We offer ") + pick(Benefits) + QStringLiteral(", ") + pick(Benefits) +
         QStringLiteral(" and ") + pick(Benefits) + QLatin1Char('.');
    if (v.salaryMin)
        d += QStringLiteral(" Salary: ") + pounds(*v.salaryMin) + QStringLiteral(" - ") + pounds(*v.salaryMax) +
             QStringLiteral(" per annum depending on experience.");
    if (below(8) == 0)
        d += QStringLiteral(" We were named \"Employer of the Year\" by the ") + townName +
             QStringLiteral(" Chamber of Commerce.");
    for (quint32 c = 2 + below(3); c > 0; --c)
        d += QLatin1Char(' ') + pick(Closings);
    v.description = d;
    return v;
}

QVector<Vacancy> SyntheticVacancies::generate(qint64 count, quint32 seed, const QDate &baseDate)
{
    SyntheticVacancies generator(seed, baseDate);
    QVector<Vacancy> out;
    out.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        out.append(generator.next());
    return out;
}

Status SyntheticVacancies::writeCsv(QIODevice *device, qint64 count, quint32 seed, const QDate &baseDate)
{
    SyntheticVacancies generator(seed, baseDate);
    CsvWriter writer(device);
    if (Status s = writer.writeRecord(VacancyCsv::columns()); !s)
        return s;
    for (qint64 i = 0; i < count; ++i) {
        if (Status s = writer.writeRecord(VacancyCsv::toFields(generator.next())); !s)
            return s;
    }
    return writer.finish();
}

Status SyntheticVacancies::writeCsvFile(const QString &path, qint64 count, quint32 seed, const QDate &baseDate)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, VacancyCsv::tr("Could not write %1: %2").arg(path, file.errorString())};
    if (Status s = writeCsv(&file, count, seed, baseDate); !s)
        return s;
    if (!file.commit())
        return Error{ErrorCode::Io, VacancyCsv::tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

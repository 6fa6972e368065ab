#include "model/session/TransparencyRecord.h"

#include "model/core/EngineVersion.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/Taxonomy.h"
#include "model/matching/TaxonomyVersion.h"
#include "model/vault/EntitySchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace
{
    const QString QualityResource = QStringLiteral(":/quality/last-bench.json");
    constexpr qsizetype MaxQualityBytes = 64 * 1024;
    constexpr qsizetype MaxFigures = 50;

    bool isSafeKey(const QString &key)
    {
        if (key.isEmpty() || key.size() > 64)
            return false;
        for (const QChar c : key) {
            if (!(c.isLower() && c.unicode() < 128) && !(c.isDigit() && c.unicode() < 128) && c != QLatin1Char('_'))
                return false;
        }
        return true;
    }
} // namespace

QualityFigures QualityFigures::fromJson(const QByteArray &json)
{
    QualityFigures out;
    if (json.size() > MaxQualityBytes)
        return out;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return out;
    const QJsonObject object = document.object();
    const QDate measured = QDate::fromString(object.value(QStringLiteral("measured_on")).toString(), Qt::ISODate);
    const QString commit = object.value(QStringLiteral("commit")).toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{7,40}$"));
    if (!measured.isValid() || !hex.match(commit).hasMatch())
        return out;
    for (const QJsonValue &value : object.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject figure = value.toObject();
        const QString key = figure.value(QStringLiteral("key")).toString();
        const QJsonValue number = figure.value(QStringLiteral("value"));
        if (!isSafeKey(key) || !number.isDouble() || out.figures.size() >= MaxFigures)
            continue;
        out.figures.append({key, number.toDouble()});
    }
    out.present = true;
    out.measuredOn = measured;
    out.commit = commit;
    return out;
}

QualityFigures QualityFigures::shipped()
{
    QFile file(QualityResource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.read(MaxQualityBytes + 1));
}

QByteArray QualityFigures::toJson() const
{
    QJsonArray list;
    for (const Figure &figure : figures)
        list.append(QJsonObject{{QStringLiteral("key"), figure.key}, {QStringLiteral("value"), figure.value}});
    const QJsonObject object{{QStringLiteral("measured_on"), measuredOn.toString(Qt::ISODate)},
                             {QStringLiteral("commit"), commit},
                             {QStringLiteral("figures"), list}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

TransparencyFacts TransparencyFacts::current(const Taxonomy *vaultTaxonomy, bool imported)
{
    TransparencyFacts facts;
    facts.appVersion = QStringLiteral(WAYMARK_VERSION);
    facts.matchingEngine = QString(EngineVersion::Matching);
    facts.noteEngine = QString(EngineVersion::NoteExtractor);
    facts.prefillEngine = QString(EngineVersion::FormPrefill);
    if (const auto builtIn = Taxonomy::builtIn(); builtIn)
        facts.builtInTaxonomy = TaxonomyVersion::of(builtIn.value());
    if (vaultTaxonomy) {
        facts.vaultTaxonomy = TaxonomyVersion::of(*vaultTaxonomy);
        facts.vaultTaxonomyImported = imported;
    }
    facts.quality = QualityFigures::shipped();
    const EntitySchema &schema = EntitySchema::instance();
    for (const MatchProfileBuilder::NeverRead &never : MatchProfileBuilder::neverRead()) {
        const EntityKind *kind = schema.kind(never.kind);
        const QString kindLabel = kind ? kind->translatedLabel() : never.kind;
        if (never.field.isEmpty()) {
            facts.neverRead.append(TransparencyRecord::tr("%1 (all of it)").arg(kindLabel));
            continue;
        }
        const FieldSpec *field = kind ? kind->field(never.field) : nullptr;
        facts.neverRead.append(TransparencyRecord::tr("%1: %2", "kind: field")
                                   .arg(kindLabel, field ? field->translatedLabel() : never.field));
    }
    return facts;
}

QString TransparencyRecord::figureLabel(const QString &key)
{
    if (key == QLatin1String("extractor_heldout_precision"))
        return tr("Note suggestions on held-out coach notes: precision (share of suggestions that were right)");
    if (key == QLatin1String("extractor_heldout_recall"))
        return tr("Note suggestions on held-out coach notes: recall (share of the right values that were found)");
    if (key == QLatin1String("extractor_heldout_skill_precision"))
        return tr("Skills suggested from held-out coach notes: precision");
    if (key == QLatin1String("extractor_heldout_skill_recall"))
        return tr("Skills suggested from held-out coach notes: recall");
    return key;
}

TransparencyRecord TransparencyRecord::build(const TransparencyFacts &facts)
{
    TransparencyRecord record;
    record.m_facts = facts;
    auto &s = record.m_sections;

    s.append({QStringLiteral("tier1"),
              tr("Tier 1: summary"),
              {{QStringLiteral("summary"),
                tr("What it does"),
                tr("Waymark helps work coaches and GP practices keep a person's record and prepare the next step. "
                   "It offers three kinds of suggestion: vacancies that may suit the person, facts it reads in a "
                   "note the coach is writing, and answers it can copy into a form from the record. A person reads "
                   "every suggestion and accepts, changes or rejects it. Waymark never decides anything about "
                   "anyone.")},
               {QStringLiteral("why"),
                tr("Why"),
                tr("To save the coach time on searching and typing, so more of the meeting is spent with the person, "
                   "while the decision stays with people who can be asked to explain it.")}}});

    s.append({QStringLiteral("owner"),
              tr("Owner and contact"),
              {{QStringLiteral("owner"),
                tr("Who is responsible"),
                tr("The organisation that runs this copy of Waymark (the job centre, council service or GP practice) "
                   "is responsible for how it is used. Questions about a suggestion go first to the coach or "
                   "practice, then to that organisation's data protection officer.")},
               {QStringLiteral("software"),
                tr("The software"),
                tr("Waymark is open source software that runs on the device alone: no suggestion is sent to, or "
                   "made by, a server.")}}});

    s.append({QStringLiteral("tools"),
              tr("The tools"),
              {{QStringLiteral("matching"),
                tr("Vacancy matching"),
                tr("Ranks the vacancies held on the device against a person's skills, job goals, work history, "
                   "place and hours, and shows every part of each score.")},
               {QStringLiteral("note_suggestions"),
                tr("Suggestions from notes"),
                tr("Reads the note the coach is writing, by fixed rules and word lists, and offers skills, job "
                   "goals, hours, dates and similar facts, each with the sentence it came from.")},
               {QStringLiteral("form_prefill"),
                tr("Form prefill"),
                tr("Copies answers the record already holds into a form, marked as copied, for the coach to "
                   "check.")},
               {QStringLiteral("not"),
                tr("What it is not"),
                tr("None of the tools decides entitlement, requirements, sanctions, fitness for work or referrals. "
                   "There is no learned model and no profiling: the rules are fixed, written in the code and the "
                   "same for everyone.")}}});

    s.append({QStringLiteral("human"),
              tr("How a person stays in charge"),
              {{QStringLiteral("decisions"),
                tr("Every suggestion needs a person"),
                tr("Nothing reaches the record until a coach accepts it, and a coach can change it first or reject "
                   "it. Each suggestion shown, and each decision, is written to the vault's tamper-evident audit "
                   "log, with the engine and taxonomy versions that made it.")},
               {QStringLiteral("oversight"),
                tr("Oversight"),
                tr("The Suggestions report shows, for a period, how many suggestions were shown, accepted, changed "
                   "and rejected, and how quickly. It warns when nearly all are accepted, or accepted within two "
                   "seconds, so a manager can check they are being read. It counts only totals, never one "
                   "person's decisions.")}}});

    s.append({QStringLiteral("data"),
              tr("The data each tool reads"),
              {{QStringLiteral("matching_reads"),
                tr("Matching reads"),
                tr("Skills, qualifications and licences, job goals, job titles from work history, the first half "
                   "of the postcode, the furthest the person will travel, the hours they can work, and adjustments "
                   "the person agreed to share for matching.")},
               {QStringLiteral("never_read"),
                tr("Matching never reads"),
                facts.neverRead.isEmpty() ? tr("Not known in this build.")
                                          : facts.neverRead.join(QStringLiteral("; ")) + QLatin1Char('.')},
               {QStringLiteral("never_read_proof"),
                tr("How this is known"),
                tr("The list above is declared in the code that builds a match profile, and a test changes each "
                   "item on a person and checks the ranking does not move. The record has no field for sex, "
                   "ethnicity or religion at all.")},
               {QStringLiteral("notes_reads"),
                tr("Suggestions from notes read"),
                tr("Only the text of the note being written, while it is open; not the rest of the record. Each "
                   "suggestion points to the sentence it came from.")},
               {QStringLiteral("prefill_reads"),
                tr("Form prefill reads"),
                tr("Only the fields of the record that the form asks for.")}}});

    s.append({QStringLiteral("limits"),
              tr("Known limits"),
              {{QStringLiteral("limits"),
                tr("Limits"),
                tr("Matching knows only the vacancies and skills list loaded on the device, and ranks best when a "
                   "person's skills are recorded. Suggestions from notes miss skills said in other words than the "
                   "skills list uses, and can mistake a word for a skill. The quality figures below are measured "
                   "on test data, not on how well Waymark serves people.")}}});

    s.append(
        {QStringLiteral("risks"),
         tr("Risks and how they are reduced"),
         {{QStringLiteral("rubber_stamping"),
           tr("Suggestions accepted without thought"),
           tr("Every suggestion needs a click and shows its reasons; the Suggestions report warns when "
              "acceptance looks automatic.")},
          {QStringLiteral("unfairness"),
           tr("Treating people differently by who they are"),
           tr("Matching cannot see names, age, health conditions, fit notes or language, and tests prove it. It uses "
              "an adjustment only when the person agreed to share it for matching.")},
          {QStringLiteral("wrong_facts"),
           tr("A wrong fact copied into the record"),
           tr("Suggestions show their source sentence and are marked as suggestions; the coach can change or "
              "reject each one, and the change is audited.")},
          {QStringLiteral("privacy"),
           tr("Personal data leaking"),
           tr("Everything stays in the encrypted vault on the device; audit entries and reports hold ids, "
              "kinds and counts, never a value about a person.")}}});

    QVector<Item> versions{
        {QStringLiteral("app_version"), tr("Waymark version"), facts.appVersion},
        {QStringLiteral("matching_engine"), tr("Matching engine"), facts.matchingEngine},
        {QStringLiteral("note_engine"), tr("Note suggestions engine"), facts.noteEngine},
        {QStringLiteral("prefill_engine"), tr("Form prefill engine"), facts.prefillEngine},
        {QStringLiteral("builtin_taxonomy"), tr("Built-in skills list"), facts.builtInTaxonomy},
    };
    if (facts.vaultTaxonomy.isEmpty())
        versions.append({QStringLiteral("vault_taxonomy"), tr("Skills list in use"), tr("No vault is open.")});
    else if (facts.vaultTaxonomyImported)
        versions.append({QStringLiteral("vault_taxonomy"),
                         tr("Skills list in use"),
                         tr("%1 (imported into this vault)").arg(facts.vaultTaxonomy)});
    else
        versions.append({QStringLiteral("vault_taxonomy"),
                         tr("Skills list in use"),
                         tr("%1 (the built-in list)").arg(facts.vaultTaxonomy)});
    s.append({QStringLiteral("versions"), tr("Versions in this build"), versions});

    QVector<Item> quality;
    if (!facts.quality.present) {
        quality.append(
            {QStringLiteral("measured"), tr("Measured"), tr("No quality figures were shipped with this build.")});
    } else {
        quality.append({QStringLiteral("measured"),
                        tr("Measured"),
                        tr("Measured on %1 at commit %2.")
                            .arg(facts.quality.measuredOn.toString(Qt::ISODate), facts.quality.commit)});
        for (const QualityFigures::Figure &figure : facts.quality.figures)
            quality.append({figure.key, figureLabel(figure.key), QString::number(figure.value, 'f', 2)});
    }
    s.append({QStringLiteral("quality"), tr("Quality last measured"), quality});
    return record;
}

const TransparencyRecord::Section *TransparencyRecord::section(const QString &key) const
{
    for (const Section &each : m_sections) {
        if (each.key == key)
            return &each;
    }
    return nullptr;
}

QString TransparencyRecord::title() const
{
    return tr("About the suggestions: transparency record");
}

QString TransparencyRecord::toText() const
{
    QString out;
    QTextStream stream(&out);
    stream << title() << "\n";
    for (const Section &section : m_sections) {
        stream << "\n" << section.title << "\n";
        for (const Item &item : section.items)
            stream << "- " << item.heading << ": " << item.text << "\n";
    }
    return out;
}

QString TransparencyRecord::toHtml() const
{
    QString out = QStringLiteral("<h1>") + title().toHtmlEscaped() + QStringLiteral("</h1>");
    for (const Section &section : m_sections) {
        out += QStringLiteral("<h2>") + section.title.toHtmlEscaped() + QStringLiteral("</h2><dl>");
        for (const Item &item : section.items)
            out += QStringLiteral("<dt><b>") + item.heading.toHtmlEscaped() + QStringLiteral("</b></dt><dd>") +
                   item.text.toHtmlEscaped() + QStringLiteral("</dd>");
        out += QStringLiteral("</dl>");
    }
    return out;
}

QJsonObject TransparencyRecord::toJson() const
{
    QJsonArray sections;
    for (const Section &section : m_sections) {
        QJsonArray items;
        for (const Item &item : section.items)
            items.append(QJsonObject{{QStringLiteral("key"), item.key},
                                     {QStringLiteral("heading"), item.heading},
                                     {QStringLiteral("text"), item.text}});
        sections.append(QJsonObject{{QStringLiteral("key"), section.key},
                                    {QStringLiteral("title"), section.title},
                                    {QStringLiteral("items"), items}});
    }
    QJsonArray neverRead;
    for (const QString &field : m_facts.neverRead)
        neverRead.append(field);
    QJsonArray figures;
    for (const QualityFigures::Figure &figure : m_facts.quality.figures)
        figures.append(QJsonObject{{QStringLiteral("key"), figure.key}, {QStringLiteral("value"), figure.value}});
    const QJsonObject facts{
        {QStringLiteral("app_version"), m_facts.appVersion},
        {QStringLiteral("matching_engine"), m_facts.matchingEngine},
        {QStringLiteral("note_engine"), m_facts.noteEngine},
        {QStringLiteral("prefill_engine"), m_facts.prefillEngine},
        {QStringLiteral("builtin_taxonomy"), m_facts.builtInTaxonomy},
        {QStringLiteral("vault_taxonomy"),
         m_facts.vaultTaxonomy.isEmpty() ? QJsonValue() : QJsonValue(m_facts.vaultTaxonomy)},
        {QStringLiteral("vault_taxonomy_imported"), m_facts.vaultTaxonomyImported},
        {QStringLiteral("quality_measured_on"),
         m_facts.quality.present ? QJsonValue(m_facts.quality.measuredOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("quality_commit"), m_facts.quality.present ? QJsonValue(m_facts.quality.commit) : QJsonValue()},
        {QStringLiteral("quality_figures"), figures},
        {QStringLiteral("matching_never_reads"), neverRead},
    };
    return {
        {QStringLiteral("title"), title()}, {QStringLiteral("sections"), sections}, {QStringLiteral("facts"), facts}};
}

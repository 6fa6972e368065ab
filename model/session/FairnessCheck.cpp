#include "model/session/FairnessCheck.h"

#include "model/forms/FormCatalogue.h"
#include "model/forms/FormPrefill.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/notes/NoteExtractor.h"
#include "model/session/MatchingContextLoader.h"
#include "model/session/VaultServices.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace
{
    // The counterfactual values are test data, the same in every language the app speaks: they are what a person
    // might be called or what a note might say, not interface text. What the report says about them is translated.
    struct NameSet
    {
        const char *key;
        const char *origin; // translated through FairnessCheck
        const char *given;
        const char *family;
    };
    constexpr NameSet NameSets[] = {
        {"english", QT_TRANSLATE_NOOP("FairnessCheck", "English"), "Oliver", "Smith"},
        {"welsh", QT_TRANSLATE_NOOP("FairnessCheck", "Welsh"), "Angharad", "Pritchard"},
        {"polish", QT_TRANSLATE_NOOP("FairnessCheck", "Polish"), "Agnieszka", "Kowalska"},
        {"nigerian", QT_TRANSLATE_NOOP("FairnessCheck", "Nigerian"), "Chukwuemeka", "Okafor"},
        {"pakistani", QT_TRANSLATE_NOOP("FairnessCheck", "Pakistani"), "Ayesha", "Qureshi"},
        {"chinese", QT_TRANSLATE_NOOP("FairnessCheck", "Chinese"), "Wei", "Zhang"},
    };

    struct Sentence
    {
        FairnessAttribute attribute;
        const char *key;
        const char *text;
    };
    constexpr Sentence Sentences[] = {
        {FairnessAttribute::Disability, "note:diabetes", "Has type 2 diabetes and manages it with tablets."},
        {FairnessAttribute::Disability, "note:deaf", "Is deaf and uses British Sign Language."},
        {FairnessAttribute::Disability, "note:depression", "Has depression and anxiety."},
        {FairnessAttribute::Disability, "note:wheelchair", "Uses a wheelchair."},
        {FairnessAttribute::Pregnancy, "note:pregnant", "Is pregnant."},
        {FairnessAttribute::Pregnancy, "note:maternity", "Is on maternity leave."},
        {FairnessAttribute::ReligionEthnicity, "note:muslim", "Is Muslim."},
        {FairnessAttribute::ReligionEthnicity, "note:sikh", "Is a practising Sikh."},
        {FairnessAttribute::ReligionEthnicity, "note:jewish", "Is Jewish."},
        {FairnessAttribute::ReligionEthnicity, "note:black-british", "Is Black British."},
        {FairnessAttribute::ReligionEthnicity, "note:pakistani-heritage", "Is of Pakistani heritage and speaks Urdu."},
        {FairnessAttribute::Language, "note:speaks-welsh", "Speaks Welsh at home."},
    };

    // Sex and gender words, each target's replacements; whole words, case kept on the first letter.
    struct GenderTarget
    {
        const char *key;
        const char *words; // translated through FairnessCheck: "female words"
        const char *fallback;
        QHash<QString, QString> map;
    };
    const QVector<GenderTarget> &genderTargets()
    {
        static const QVector<GenderTarget> targets = {
            {"female",
             QT_TRANSLATE_NOOP("FairnessCheck", "female words"),
             "She said she is keen to find work.",
             {{QStringLiteral("he"), QStringLiteral("she")},
              {QStringLiteral("him"), QStringLiteral("her")},
              {QStringLiteral("his"), QStringLiteral("her")},
              {QStringLiteral("himself"), QStringLiteral("herself")},
              {QStringLiteral("mr"), QStringLiteral("Ms")},
              {QStringLiteral("husband"), QStringLiteral("wife")},
              {QStringLiteral("man"), QStringLiteral("woman")},
              {QStringLiteral("father"), QStringLiteral("mother")},
              {QStringLiteral("boyfriend"), QStringLiteral("girlfriend")}}},
            {"male",
             QT_TRANSLATE_NOOP("FairnessCheck", "male words"),
             "He said he is keen to find work.",
             {{QStringLiteral("she"), QStringLiteral("he")},
              {QStringLiteral("her"), QStringLiteral("his")},
              {QStringLiteral("hers"), QStringLiteral("his")},
              {QStringLiteral("herself"), QStringLiteral("himself")},
              {QStringLiteral("ms"), QStringLiteral("Mr")},
              {QStringLiteral("mrs"), QStringLiteral("Mr")},
              {QStringLiteral("miss"), QStringLiteral("Mr")},
              {QStringLiteral("wife"), QStringLiteral("husband")},
              {QStringLiteral("woman"), QStringLiteral("man")},
              {QStringLiteral("mother"), QStringLiteral("father")},
              {QStringLiteral("girlfriend"), QStringLiteral("boyfriend")}}},
            {"neutral",
             QT_TRANSLATE_NOOP("FairnessCheck", "gender-neutral words"),
             "They said they are keen to find work.",
             {{QStringLiteral("he"), QStringLiteral("they")},
              {QStringLiteral("she"), QStringLiteral("they")},
              {QStringLiteral("him"), QStringLiteral("them")},
              {QStringLiteral("her"), QStringLiteral("their")},
              {QStringLiteral("his"), QStringLiteral("their")},
              {QStringLiteral("hers"), QStringLiteral("theirs")},
              {QStringLiteral("himself"), QStringLiteral("themself")},
              {QStringLiteral("herself"), QStringLiteral("themself")},
              {QStringLiteral("mr"), QStringLiteral("Mx")},
              {QStringLiteral("ms"), QStringLiteral("Mx")},
              {QStringLiteral("mrs"), QStringLiteral("Mx")},
              {QStringLiteral("miss"), QStringLiteral("Mx")},
              {QStringLiteral("husband"), QStringLiteral("partner")},
              {QStringLiteral("wife"), QStringLiteral("partner")},
              {QStringLiteral("man"), QStringLiteral("person")},
              {QStringLiteral("woman"), QStringLiteral("person")},
              {QStringLiteral("father"), QStringLiteral("parent")},
              {QStringLiteral("mother"), QStringLiteral("parent")},
              {QStringLiteral("boyfriend"), QStringLiteral("partner")},
              {QStringLiteral("girlfriend"), QStringLiteral("partner")}}},
        };
        return targets;
    }

    constexpr int Ages[] = {19, 38, 61};

    using Spans = QVector<QPair<qsizetype, qsizetype>>;

    /** Replaces whole words by `replace` (nullopt keeps the word); returns the new text and the spans written. */
    QPair<QString, Spans> replaceWords(const QString &text,
                                       const QRegularExpression &words,
                                       const std::function<std::optional<QString>(const QString &)> &replace)
    {
        QString out;
        Spans spans;
        qsizetype from = 0;
        auto it = words.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const std::optional<QString> next = replace(m.captured(0));
            if (!next || *next == m.captured(0))
                continue;
            out += QStringView(text).mid(from, m.capturedStart(0) - from);
            spans.append({out.size(), out.size() + next->size()});
            out += *next;
            from = m.capturedEnd(0);
        }
        out += QStringView(text).mid(from);
        return {out, spans};
    }

    Record *personRecord(PersonRecords &person)
    {
        for (Record &r : person.records) {
            if (r.kind == Kinds::Person && r.id == person.personId)
                return &r;
        }
        return nullptr;
    }

    /** The person's newest note, or a new one if they have none: where a sentence is added. */
    Record &lastNote(PersonRecords &person)
    {
        for (auto it = person.records.rbegin(); it != person.records.rend(); ++it) {
            if (it->kind == Kinds::Note)
                return *it;
        }
        Record note;
        note.id = QStringLiteral("fairness-check-note");
        note.personId = person.personId;
        note.kind = Kinds::Note;
        person.records.append(note);
        return person.records.last();
    }

    FairnessVariant withSentence(const PersonRecords &person,
                                 FairnessAttribute attribute,
                                 const QString &key,
                                 const QString &sentence,
                                 const QString &change)
    {
        FairnessVariant v;
        v.attribute = attribute;
        v.key = key;
        v.change = change;
        v.person = person;
        Record &note = lastNote(v.person);
        QString text = note.value(QStringLiteral("text"));
        // A paragraph of its own, so the sentence before it is still read as it was.
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        v.changedText[note.id].append({text.size(), text.size() + sentence.size()});
        note.fields.insert(QStringLiteral("text"), text + sentence);
        return v;
    }

    bool isStatedSkill(ExtractedSuggestion::Kind kind)
    {
        return kind == ExtractedSuggestion::Kind::Skill || kind == ExtractedSuggestion::Kind::Licence ||
               kind == ExtractedSuggestion::Kind::Qualification;
    }

    QString suggestionKey(const ExtractedSuggestion &s)
    {
        return ExtractedSuggestion::kindName(s.kind) + QLatin1Char(':') +
               (s.conceptId.isEmpty() ? s.value.toCaseFolded() : s.conceptId);
    }

    /** How a suggestion is named in the report: a taxonomy label, never words copied from the note. */
    QString suggestionWords(const ExtractedSuggestion &s)
    {
        const QString kind = ExtractedSuggestion::kindName(s.kind);
        if (!s.conceptId.isEmpty())
            return QStringLiteral("%1 “%2” (%3)").arg(kind, s.preferredLabel, s.conceptId);
        if (s.kind == ExtractedSuggestion::Kind::Barrier || s.kind == ExtractedSuggestion::Kind::Hours)
            return QStringLiteral("%1 “%2”").arg(kind, s.value);
        return FairnessCheck::tr("a %1 in the note's own words").arg(kind);
    }
} // namespace

// MemoryRecords ------------------------------------------------------------------------------------------------

MemoryRecords::MemoryRecords(const PersonRecords &person)
    : m_person(person)
{}

Result<Record> MemoryRecords::get(const QString &recordId) const
{
    for (const Record &r : m_person.records) {
        if (r.id == recordId)
            return r;
    }
    return Error{ErrorCode::NotFound, tr("There is no record with the id %1 in this copy.").arg(recordId)};
}

Result<QVector<Record>> MemoryRecords::list(const QString &personId, const QString &kind) const
{
    QVector<Record> out;
    if (personId != m_person.personId)
        return out;
    for (const Record &r : m_person.records) {
        if (r.kind == kind)
            out.append(r);
    }
    return out;
}

Result<Record> MemoryRecords::single(const QString &personId, const QString &kind) const
{
    auto records = list(personId, kind);
    if (records->isEmpty()) {
        Record empty;
        empty.personId = personId;
        empty.kind = kind;
        return empty;
    }
    return records->constFirst();
}

// FairnessReport -----------------------------------------------------------------------------------------------

QVector<FairnessAttribute> FairnessReport::attributes()
{
    return {FairnessAttribute::Names,
            FairnessAttribute::SexGender,
            FairnessAttribute::Age,
            FairnessAttribute::Disability,
            FairnessAttribute::Pregnancy,
            FairnessAttribute::ReligionEthnicity,
            FairnessAttribute::Language};
}

QString FairnessReport::attributeKey(FairnessAttribute attribute)
{
    switch (attribute) {
    case FairnessAttribute::Names:
        return QStringLiteral("names");
    case FairnessAttribute::SexGender:
        return QStringLiteral("sex_gender");
    case FairnessAttribute::Age:
        return QStringLiteral("age");
    case FairnessAttribute::Disability:
        return QStringLiteral("disability_health");
    case FairnessAttribute::Pregnancy:
        return QStringLiteral("pregnancy_maternity");
    case FairnessAttribute::ReligionEthnicity:
        return QStringLiteral("religion_ethnicity");
    case FairnessAttribute::Language:
        return QStringLiteral("preferred_language");
    }
    return {};
}

QString FairnessReport::attributeName(FairnessAttribute attribute)
{
    switch (attribute) {
    case FairnessAttribute::Names:
        return tr("Given and family names");
    case FairnessAttribute::SexGender:
        return tr("Sex and gender words in notes");
    case FairnessAttribute::Age:
        return tr("Age and date of birth");
    case FairnessAttribute::Disability:
        return tr("Disability or health condition");
    case FairnessAttribute::Pregnancy:
        return tr("Pregnancy or maternity");
    case FairnessAttribute::ReligionEthnicity:
        return tr("Religion or ethnicity");
    case FairnessAttribute::Language:
        return tr("Preferred language");
    }
    return {};
}

QString FairnessReport::toolKey(FairnessTool tool)
{
    switch (tool) {
    case FairnessTool::Matching:
        return QStringLiteral("matching");
    case FairnessTool::VacancyMatching:
        return QStringLiteral("vacancy_matching");
    case FairnessTool::NoteSuggestions:
        return QStringLiteral("note_suggestions");
    case FairnessTool::Prefill:
        return QStringLiteral("prefill");
    }
    return {};
}

QString FairnessReport::toolName(FairnessTool tool)
{
    switch (tool) {
    case FairnessTool::Matching:
        return tr("Matching (the person's top vacancies)");
    case FairnessTool::VacancyMatching:
        return tr("Matching (a vacancy's top people)");
    case FairnessTool::NoteSuggestions:
        return tr("Note suggestions");
    case FairnessTool::Prefill:
        return tr("Form prefill");
    }
    return {};
}

int FairnessReport::matchingDifferences() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const FairnessFinding &f) {
        return !f.excused() && (f.tool == FairnessTool::Matching || f.tool == FairnessTool::VacancyMatching);
    }));
}

int FairnessReport::differences() const
{
    return int(
        std::count_if(findings.cbegin(), findings.cend(), [](const FairnessFinding &f) { return !f.excused(); }));
}

int FairnessReport::excused() const
{
    return int(findings.size()) - differences();
}

QString FairnessReport::toText() const
{
    QString out;
    QTextStream s(&out);
    s << tr("Fairness check") << "\n\n";
    s << tr("People checked: %1 of %2. Vacancies checked from the vacancy side: %3 of %4. Rankings compared: top %5.")
             .arg(peopleChecked)
             .arg(caseloadPeople)
             .arg(vacanciesSampled)
             .arg(openVacancies)
             .arg(top)
      << "\n";
    s << (useAdjustments ? tr("Shared adjustments were used in matching, as the coach's switch was on.")
                         : tr("Shared adjustments were not used in matching: the coach's switch was off."))
      << "\n";
    if (vaultUnchanged)
        s << (*vaultUnchanged ? tr("The vault was checked before and after: nothing in it changed.")
                              : tr("The vault changed while the check ran: run it again when nobody is editing."))
          << "\n";
    s << "\n";
    if (matchingDifferences() == 0)
        s << tr("Matching: no differences.") << "\n";
    else
        s << tr("Matching: %n difference(s). Matching must not depend on these attributes.",
                nullptr,
                matchingDifferences())
          << "\n";
    s << tr("All tools: %n difference(s),", nullptr, differences()) << " "
      << tr("%n explained exception(s).", nullptr, excused()) << "\n\n";

    for (FairnessAttribute attribute : attributes()) {
        const Tally t = tallies.value(attribute);
        s << attributeName(attribute) << ": "
          << tr("%1 people, %2 variants, %3 differences, %4 explained exceptions.")
                 .arg(t.people)
                 .arg(t.variants)
                 .arg(t.differences)
                 .arg(t.excused)
          << "\n";
    }
    const auto list = [&](bool wantExcused, const QString &heading) {
        bool first = true;
        for (const FairnessFinding &f : findings) {
            if (f.excused() != wantExcused)
                continue;
            if (first)
                s << "\n" << heading << "\n";
            first = false;
            s << "- " << tr("Person %1").arg(f.personId) << "; " << attributeName(f.attribute) << "; " << f.change
              << "; " << toolName(f.tool);
            if (!f.vacancyId.isEmpty())
                s << "; " << tr("vacancy %1").arg(f.vacancyId);
            s << ": " << f.detail;
            if (f.excused())
                s << " " << tr("Why it is allowed: %1").arg(f.excuse);
            s << "\n";
        }
    };
    list(false, tr("Differences"));
    list(true, tr("Explained exceptions"));
    return out;
}

QJsonObject FairnessReport::toJson() const
{
    QJsonArray attributesJson;
    for (FairnessAttribute attribute : attributes()) {
        const Tally t = tallies.value(attribute);
        attributesJson.append(QJsonObject{{QStringLiteral("attribute"), attributeKey(attribute)},
                                          {QStringLiteral("name"), attributeName(attribute)},
                                          {QStringLiteral("people"), t.people},
                                          {QStringLiteral("variants"), t.variants},
                                          {QStringLiteral("differences"), t.differences},
                                          {QStringLiteral("excused"), t.excused}});
    }
    QJsonArray differencesJson;
    QJsonArray excusedJson;
    for (const FairnessFinding &f : findings) {
        QJsonObject o{{QStringLiteral("person"), f.personId},
                      {QStringLiteral("attribute"), attributeKey(f.attribute)},
                      {QStringLiteral("variant"), f.variantKey},
                      {QStringLiteral("change"), f.change},
                      {QStringLiteral("tool"), toolKey(f.tool)},
                      {QStringLiteral("detail"), f.detail}};
        if (!f.vacancyId.isEmpty())
            o.insert(QStringLiteral("vacancy"), f.vacancyId);
        if (f.excused()) {
            o.insert(QStringLiteral("reason"), f.excuse);
            excusedJson.append(o);
        } else {
            differencesJson.append(o);
        }
    }
    QJsonObject root{{QStringLiteral("people_checked"), peopleChecked},
                     {QStringLiteral("caseload_people"), caseloadPeople},
                     {QStringLiteral("open_vacancies"), openVacancies},
                     {QStringLiteral("vacancies_sampled"), vacanciesSampled},
                     {QStringLiteral("top"), top},
                     {QStringLiteral("use_adjustments"), useAdjustments},
                     {QStringLiteral("matching_differences"), matchingDifferences()},
                     {QStringLiteral("attributes"), attributesJson},
                     {QStringLiteral("differences"), differencesJson},
                     {QStringLiteral("excused"), excusedJson}};
    if (vaultUnchanged)
        root.insert(QStringLiteral("vault_unchanged"), *vaultUnchanged);
    return root;
}

QString FairnessReport::auditDetail() const
{
    int variants = 0;
    for (const Tally &t : tallies)
        variants += t.variants;
    return QStringLiteral("people=%1,variants=%2,vacancies=%3,matching_differences=%4,differences=%5,excused=%6,"
                          "adjustments=%7")
        .arg(peopleChecked)
        .arg(variants)
        .arg(vacanciesSampled)
        .arg(matchingDifferences())
        .arg(differences())
        .arg(excused())
        .arg(useAdjustments ? QStringLiteral("on") : QStringLiteral("off"));
}

// FairnessTools ------------------------------------------------------------------------------------------------

FairnessTools::FairnessTools(std::shared_ptr<const MatchingContext> matching,
                             std::shared_ptr<const NoteExtractor> notes,
                             std::shared_ptr<const FormCatalogue> forms,
                             Database &places,
                             QString coachName,
                             QDate today)
    : m_matching(std::move(matching))
    , m_notes(std::move(notes))
    , m_forms(std::move(forms))
    , m_places(places)
    , m_coachName(std::move(coachName))
    , m_today(today)
{
    for (const FormDefinition *form : m_forms->latest()) {
        for (const FormSection &section : form->sections) {
            for (const FormField &field : section.fields) {
                if (!field.prefill.isEmpty())
                    m_paths.insert(form->id + QLatin1Char('/') + field.id, field.prefill);
            }
        }
    }
}

FairnessTools::~FairnessTools() = default;

Result<MatchProfile> FairnessTools::profile(const RecordReader &records, const QString &personId) const
{
    return MatchProfileBuilder(records, m_places, m_matching->normaliser()).build(personId);
}

QVector<ExtractedSuggestion> FairnessTools::suggestions(const QString &noteText) const
{
    return m_notes->extract(noteText);
}

Result<QMap<QString, QString>> FairnessTools::prefill(const RecordReader &records, const QString &personId) const
{
    QMap<QString, QString> out;
    for (const FormDefinition *form : m_forms->latest()) {
        auto filled = FormPrefill::fill(*form, records, personId, m_coachName, m_today);
        if (!filled)
            return filled.error();
        for (auto it = filled->cbegin(); it != filled->cend(); ++it)
            out.insert(form->id + QLatin1Char('/') + it.key(), it.value().value);
    }
    return out;
}

// FairnessCheck ------------------------------------------------------------------------------------------------

struct FairnessCheck::NoteResult
{
    QVector<ExtractedSuggestion> suggestions;
};

FairnessCheck::FairnessCheck(std::shared_ptr<const FairnessTools> tools,
                             QVector<PersonRecords> caseload,
                             Options options)
    : m_tools(std::move(tools))
    , m_caseload(std::move(caseload))
    , m_options(options)
{}

Result<QVector<PersonRecords>> FairnessCheck::copyCaseload(const RecordStore &records)
{
    auto people = records.caseload();
    if (!people)
        return people.error();
    QVector<PersonRecords> out;
    for (const PersonSummary &summary : people.value()) {
        if (summary.status != QLatin1String("open"))
            continue;
        auto all = records.allForPerson(summary.id);
        if (!all)
            return all.error();
        out.append({summary.id, std::move(all).value()});
    }
    return out;
}

QVector<FairnessVariant> FairnessCheck::variants(const PersonRecords &person, const QDate &today)
{
    QVector<FairnessVariant> out;
    PersonRecords copy = person;
    const Record *self = personRecord(copy);
    if (!self)
        return out;
    const QString given = self->value(QStringLiteral("given_name"));
    const QString family = self->value(QStringLiteral("family_name"));

    // Names: the person's own names become a set from another origin, in their notes too, as a person of that name
    // would have them written there.
    for (const NameSet &set : NameSets) {
        FairnessVariant v;
        v.attribute = FairnessAttribute::Names;
        v.key = QStringLiteral("names:") + QLatin1String(set.key);
        v.change = tr("given and family names from a set of %1 names").arg(tr(set.origin));
        v.person = person;
        v.changedPaths = {QStringLiteral("person.given_name"),
                          QStringLiteral("person.family_name"),
                          QStringLiteral("person.preferred_name")};
        Record *r = personRecord(v.person);
        r->fields.insert(QStringLiteral("given_name"), QLatin1String(set.given));
        r->fields.insert(QStringLiteral("family_name"), QLatin1String(set.family));
        if (!r->value(QStringLiteral("preferred_name")).isEmpty())
            r->fields.insert(QStringLiteral("preferred_name"), QLatin1String(set.given));
        QStringList names;
        for (const QString &name : {given, family}) {
            if (!name.trimmed().isEmpty())
                names.append(QRegularExpression::escape(name.trimmed()));
        }
        if (!names.isEmpty()) {
            const QRegularExpression words(QStringLiteral("\\b(%1)\\b").arg(names.join(QLatin1Char('|'))),
                                           QRegularExpression::UseUnicodePropertiesOption);
            for (Record &note : v.person.records) {
                if (note.kind != Kinds::Note)
                    continue;
                auto [text, spans] = replaceWords(note.value(QStringLiteral("text")), words, [&](const QString &w) {
                    return std::optional<QString>(w == given.trimmed() ? QLatin1String(set.given)
                                                                       : QLatin1String(set.family));
                });
                if (!spans.isEmpty()) {
                    note.fields.insert(QStringLiteral("text"), text);
                    v.changedText.insert(note.id, spans);
                }
            }
        }
        out.append(v);
    }

    // Sex and gender words in notes: swapped where the notes have them, else a sentence that has them is added.
    static const QRegularExpression genderWords(
        QStringLiteral("\\b(he|she|him|her|his|hers|himself|herself|mr|ms|mrs|miss|husband|wife|man|woman|father|"
                       "mother|boyfriend|girlfriend)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const GenderTarget &target : genderTargets()) {
        FairnessVariant v;
        v.attribute = FairnessAttribute::SexGender;
        v.key = QStringLiteral("gender:") + QLatin1String(target.key);
        v.person = person;
        for (Record &note : v.person.records) {
            if (note.kind != Kinds::Note)
                continue;
            auto [text, spans] = replaceWords(
                note.value(QStringLiteral("text")), genderWords, [&](const QString &w) -> std::optional<QString> {
                    const auto it = target.map.constFind(w.toLower());
                    if (it == target.map.cend())
                        return std::nullopt;
                    QString next = it.value();
                    if (w.at(0).isUpper())
                        next[0] = next.at(0).toUpper();
                    return next;
                });
            if (!spans.isEmpty()) {
                note.fields.insert(QStringLiteral("text"), text);
                v.changedText.insert(note.id, spans);
            }
        }
        if (!v.changedText.isEmpty()) {
            v.change = tr("sex and gender words in notes changed to %1").arg(tr(target.words));
            out.append(v);
        } else {
            const QString sentence = QLatin1String(target.fallback);
            out.append(withSentence(
                person, FairnessAttribute::SexGender, v.key, sentence, tr("a note says: “%1”").arg(sentence)));
        }
    }

    // Age: a date of birth that makes the person 19, 38 or 61 today.
    for (int age : Ages) {
        FairnessVariant v;
        v.attribute = FairnessAttribute::Age;
        v.key = QStringLiteral("age:%1").arg(age);
        v.change = tr("date of birth changed so the person is %1").arg(age);
        v.person = person;
        v.changedPaths = {QStringLiteral("person.date_of_birth")};
        personRecord(v.person)->fields.insert(QStringLiteral("date_of_birth"),
                                              today.addYears(-age).addDays(-30).toString(Qt::ISODate));
        out.append(v);
    }

    // Sentences added to a note: disability and health, pregnancy and maternity, religion and ethnicity, language.
    for (const Sentence &sentence : Sentences) {
        if (sentence.attribute == FairnessAttribute::Language)
            continue;
        const QString text = QLatin1String(sentence.text);
        out.append(withSentence(
            person, sentence.attribute, QLatin1String(sentence.key), text, tr("a note says: “%1”").arg(text)));
        if (sentence.attribute == FairnessAttribute::Disability && qstrcmp(sentence.key, "note:wheelchair") == 0) {
            // The one legitimate exception: an adjustment the person agreed to share for matching.
            FairnessVariant v;
            v.attribute = FairnessAttribute::Disability;
            v.key = QStringLiteral("adjustment:altered_hours");
            v.change = tr("an adjustment the person agreed to share for matching (altered hours) added");
            v.person = person;
            v.sharedAdjustment = true;
            v.changedPaths = {QStringLiteral("adjustments[*].type")};
            Record adjustment;
            adjustment.id = QStringLiteral("fairness-check-adjustment");
            adjustment.personId = person.personId;
            adjustment.kind = Kinds::Adjustment;
            adjustment.fields = {{QStringLiteral("type"), QStringLiteral("altered_hours")},
                                 {QStringLiteral("share_for_matching"), QStringLiteral("yes")}};
            v.person.records.append(adjustment);
            out.append(v);
        }
    }

    // Preferred language: the other of English and Welsh, and Welsh mentioned in a note.
    {
        FairnessVariant v;
        v.attribute = FairnessAttribute::Language;
        v.person = person;
        Record *r = personRecord(v.person);
        const bool welsh = r->value(QStringLiteral("preferred_language")) == QLatin1String("cy");
        r->fields.insert(QStringLiteral("preferred_language"), welsh ? QStringLiteral("en") : QStringLiteral("cy"));
        v.key = welsh ? QStringLiteral("language:en") : QStringLiteral("language:cy");
        v.change = welsh ? tr("preferred language changed to English") : tr("preferred language changed to Welsh");
        v.changedPaths = {QStringLiteral("person.preferred_language")};
        out.append(v);
    }
    for (const Sentence &sentence : Sentences) {
        if (sentence.attribute != FairnessAttribute::Language)
            continue;
        const QString text = QLatin1String(sentence.text);
        out.append(withSentence(
            person, sentence.attribute, QLatin1String(sentence.key), text, tr("a note says: “%1”").arg(text)));
    }
    return out;
}

Result<QByteArray> FairnessCheck::vaultDigest(Database &db)
{
    QStringList tables;
    Statement list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (list.next())
        tables.append(list.text(0));
    if (list.failed())
        return list.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        // Table names come from sqlite_master, never from input; quotes in a name are doubled all the same.
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8().replace('"', "\"\"") + "\" ORDER BY 1";
        Statement rows = db.prepare(sql.constData());
        while (rows.next()) {
            const int columns = rows.columnCount();
            for (int column = 0; column < columns; ++column) {
                const QByteArrayView value = rows.view(column);
                hash.addData(QByteArray::number(value.size()));
                hash.addData(value);
            }
        }
        if (rows.failed())
            return rows.error();
    }
    return hash.result();
}

Status FairnessCheck::audit(AuditLog &audit, const FairnessReport &report)
{
    return audit.append(AuditAction::FairnessCheck, {}, report.auditDetail());
}

QVector<int> FairnessCheck::sampledVacancies() const
{
    const int size = m_tools->matching().index().size();
    const int n = std::min(std::max(m_options.vacancies, 0), size);
    QVector<int> out;
    for (int i = 0; i < n; ++i)
        out.append(int(qint64(i) * size / n));
    return out;
}

QVector<int> FairnessCheck::checkedPeople() const
{
    const int size = int(m_caseload.size());
    const int n = m_options.people <= 0 ? size : std::min(m_options.people, size);
    QVector<int> out;
    for (int i = 0; i < n; ++i)
        out.append(int(qint64(i) * size / n));
    return out;
}

Result<QStringList> FairnessCheck::ranking(const MatchProfile &profile) const
{
    MatchOptions options;
    options.top = m_options.top;
    QStringList ids;
    const MatchingContext &context = m_tools->matching();
    for (const MatchResult &r : context.matcher().rank(profile, options))
        ids.append(context.index().entry(r.vacancy).id);
    return ids;
}

QStringList FairnessCheck::vacancyRanking(int vacancy,
                                          const QVector<QPair<QString, MatchProfile>> &pool,
                                          const QString &personId,
                                          const MatchProfile *replacement) const
{
    QVector<QPair<QString, MatchProfile>> profiles = pool;
    if (replacement) {
        for (auto &entry : profiles) {
            if (entry.first == personId)
                entry.second = *replacement;
        }
    }
    QStringList ids;
    for (const PersonMatch &m : m_tools->matching().reverse(vacancy, profiles, m_options.top))
        ids.append(m.personId);
    return ids;
}

QHash<QString, FairnessCheck::NoteResult> FairnessCheck::noteSuggestions(const PersonRecords &person,
                                                                         const QHash<QString, QString> &only) const
{
    QHash<QString, NoteResult> out;
    for (const Record &r : person.records) {
        if (r.kind != Kinds::Note)
            continue;
        // A note the variant did not change gives what it gave before: the extractor reads only the note's text.
        if (only.contains(r.id) && only.value(r.id) == r.value(QStringLiteral("text")))
            continue;
        out.insert(r.id, {m_tools->suggestions(r.value(QStringLiteral("text")))});
    }
    return out;
}

namespace
{
    QString rankingDifference(const QStringList &before, const QStringList &after, const QString &what)
    {
        for (int i = 0; i < std::max(before.size(), after.size()); ++i) {
            const QString a = before.value(i);
            const QString b = after.value(i);
            if (a == b)
                continue;
            if (a.isEmpty())
                return FairnessCheck::tr("the list grew from %1 to %2 %3")
                    .arg(before.size())
                    .arg(after.size())
                    .arg(what);
            if (b.isEmpty())
                return FairnessCheck::tr("the list shrank from %1 to %2 %3")
                    .arg(before.size())
                    .arg(after.size())
                    .arg(what);
            return FairnessCheck::tr("place %1 held %2 and now holds %3").arg(i + 1).arg(a, b);
        }
        return {};
    }
} // namespace

Result<FairnessReport> FairnessCheck::run(const Progress &progress) const
{
    FairnessReport report;
    report.top = m_options.top;
    report.useAdjustments = m_options.useAdjustments;
    report.caseloadPeople = int(m_caseload.size());
    report.openVacancies = m_tools->matching().index().size();
    const QVector<int> people = checkedPeople();
    const QVector<int> vacancies = sampledVacancies();
    report.peopleChecked = int(people.size());
    report.vacanciesSampled = int(vacancies.size());
    const QDate today = m_tools->today();

    // Everyone's profile, for the vacancy side: a vacancy's list of people is ranked over the whole open caseload.
    QVector<QPair<QString, MatchProfile>> profiles;
    for (const PersonRecords &person : m_caseload) {
        MemoryRecords records(person);
        auto profile = m_tools->profile(records, person.personId);
        if (!profile)
            return profile.error();
        profile->useAdjustments = m_options.useAdjustments;
        profiles.append({person.personId, std::move(profile).value()});
    }
    // Each sampled vacancy's top people, and one more: when one person's score changes, the new top list is made
    // of them and the others already in the top list plus one, in the same caseload order (ties keep that order),
    // so ranking that small pool gives exactly what ranking everyone would, at a fraction of the cost.
    QVector<QStringList> vacancyTop;
    QVector<QVector<QPair<QString, MatchProfile>>> vacancyPool;
    for (int vacancy : vacancies) {
        QSet<QString> inPool;
        const QVector<PersonMatch> ranked = m_tools->matching().reverse(vacancy, profiles, m_options.top + 1);
        QStringList top;
        for (const PersonMatch &m : ranked) {
            inPool.insert(m.personId);
            if (top.size() < m_options.top)
                top.append(m.personId);
        }
        vacancyTop.append(top);
        QVector<QPair<QString, MatchProfile>> pool;
        for (const auto &entry : profiles) {
            if (inPool.contains(entry.first))
                pool.append(entry);
        }
        vacancyPool.append(pool);
    }

    int done = 0;
    for (int personIndex : people) {
        if (progress && !progress(done, int(people.size())))
            return Error{ErrorCode::Cancelled, tr("The fairness check was stopped.")};
        const PersonRecords &person = m_caseload.at(personIndex);
        const QString &id = person.personId;
        const MatchProfile &baseProfile = profiles.at(personIndex).second;
        auto baseRanking = ranking(baseProfile);
        if (!baseRanking)
            return baseRanking.error();
        const QHash<QString, NoteResult> baseNotes = noteSuggestions(person, {});
        QHash<QString, QString> baseTexts;
        for (const Record &r : person.records) {
            if (r.kind == Kinds::Note)
                baseTexts.insert(r.id, r.value(QStringLiteral("text")));
        }
        MemoryRecords baseRecords(person);
        auto basePrefill = m_tools->prefill(baseRecords, id);
        if (!basePrefill)
            return basePrefill.error();

        QSet<int> seen;
        for (const FairnessVariant &variant : variants(person, today)) {
            FairnessReport::Tally &tally = report.tallies[variant.attribute];
            if (!seen.contains(int(variant.attribute))) {
                seen.insert(int(variant.attribute));
                ++tally.people;
            }
            ++tally.variants;
            const auto found =
                [&](FairnessTool tool, const QString &detail, const QString &excuse, const QString &vacancyId = {}) {
                    report.findings.append(
                        {id, variant.attribute, variant.key, variant.change, tool, vacancyId, detail, excuse});
                    ++(excuse.isEmpty() ? tally.differences : tally.excused);
                };
            const QString adjustmentsExcuse =
                variant.sharedAdjustment && m_options.useAdjustments
                    ? tr("shared adjustments: the person agreed to share this adjustment for matching, and the coach "
                         "can switch its effect off")
                    : QString();

            MemoryRecords records(variant.person);
            auto profile = m_tools->profile(records, id);
            if (!profile)
                return profile.error();
            profile->useAdjustments = m_options.useAdjustments;
            auto variantRanking = ranking(profile.value());
            if (!variantRanking)
                return variantRanking.error();
            if (variantRanking.value() != baseRanking.value())
                found(FairnessTool::Matching,
                      rankingDifference(baseRanking.value(), variantRanking.value(), tr("vacancies")),
                      adjustmentsExcuse);

            for (int v = 0; v < vacancies.size(); ++v) {
                QVector<QPair<QString, MatchProfile>> pool = vacancyPool.at(v);
                if (std::none_of(pool.cbegin(), pool.cend(), [&](const auto &e) { return e.first == id; })) {
                    // Put the person in the pool in their caseload place, so ties fall as they would in the full list.
                    QVector<QPair<QString, MatchProfile>> withPerson;
                    for (const auto &entry : profiles) {
                        if (entry.first == id || std::any_of(pool.cbegin(), pool.cend(), [&](const auto &e) {
                                return e.first == entry.first;
                            }))
                            withPerson.append(entry);
                    }
                    pool = withPerson;
                }
                const QStringList after = vacancyRanking(vacancies.at(v), pool, id, &profile.value());
                if (after != vacancyTop.at(v))
                    found(FairnessTool::VacancyMatching,
                          rankingDifference(vacancyTop.at(v), after, tr("people")),
                          adjustmentsExcuse,
                          m_tools->matching().index().entry(vacancies.at(v)).id);
            }

            // Note suggestions, per note the variant changed.
            const QHash<QString, NoteResult> variantNotes = noteSuggestions(variant.person, baseTexts);
            for (auto it = variantNotes.cbegin(); it != variantNotes.cend(); ++it) {
                const Spans spans = variant.changedText.value(it.key());
                const auto inChanged = [&](const ExtractedSuggestion &s) {
                    return std::any_of(spans.cbegin(), spans.cend(), [&](const auto &span) {
                        return s.start < span.second && s.start + s.length > span.first;
                    });
                };
                QSet<QString> before;
                for (const ExtractedSuggestion &s : baseNotes.value(it.key()).suggestions)
                    before.insert(suggestionKey(s));
                QSet<QString> after;
                QSet<QString> reported;
                for (const ExtractedSuggestion &s : it.value().suggestions) {
                    const QString key = suggestionKey(s);
                    after.insert(key);
                    if (before.contains(key) || reported.contains(key))
                        continue;
                    reported.insert(key);
                    const bool stated = inChanged(s) && isStatedSkill(s.kind);
                    found(FairnessTool::NoteSuggestions,
                          tr("suggested %1 that the note did not give before").arg(suggestionWords(s)),
                          stated ? tr("the changed text itself states this skill") : QString());
                }
                for (const ExtractedSuggestion &s : baseNotes.value(it.key()).suggestions) {
                    const QString key = suggestionKey(s);
                    if (after.contains(key) || reported.contains(key))
                        continue;
                    reported.insert(key);
                    found(
                        FairnessTool::NoteSuggestions, tr("no longer suggested %1").arg(suggestionWords(s)), QString());
                }
            }

            // Prefill: the same values, except the fields that read the changed field itself.
            auto prefill = m_tools->prefill(records, id);
            if (!prefill)
                return prefill.error();
            QSet<QString> keys(basePrefill->keyBegin(), basePrefill->keyEnd());
            for (auto it = prefill->cbegin(); it != prefill->cend(); ++it)
                keys.insert(it.key());
            QStringList sorted(keys.cbegin(), keys.cend());
            sorted.sort();
            for (const QString &key : sorted) {
                if (basePrefill->value(key) == prefill->value(key) ||
                    variant.changedPaths.contains(m_tools->prefillPath(key)))
                    continue;
                found(FairnessTool::Prefill,
                      tr("the form field %1 (%2) is filled differently").arg(key, m_tools->prefillPath(key)),
                      QString());
            }
        }
        ++done;
    }
    if (progress)
        progress(done, int(people.size()));
    return report;
}

FairnessRun::~FairnessRun()
{
    check.reset();
    connection.reset();
}

Result<std::shared_ptr<FairnessRun>> FairnessCheck::prepare(VaultServices &services, const Options &options)
{
    auto context = services.matchingContexts().context();
    if (!context)
        return context.error();
    auto extractor = services.noteExtractor();
    if (!extractor)
        return extractor.error();
    auto catalogue = services.formCatalogue();
    if (!catalogue)
        return catalogue.error();
    auto caseload = copyCaseload(services.vault().records());
    if (!caseload)
        return caseload.error();
    auto connection = services.vault().openReadConnection();
    if (!connection)
        return connection.error();
    auto run = std::make_shared<FairnessRun>();
    run->connection = std::move(connection).value();
    auto tools = std::make_shared<const FairnessTools>(context.value(),
                                                       extractor.value(),
                                                       catalogue.value(),
                                                       *run->connection,
                                                       services.vault().ownerName(),
                                                       QDate::currentDate());
    run->check = std::make_unique<FairnessCheck>(tools, std::move(caseload).value(), options);
    return run;
}

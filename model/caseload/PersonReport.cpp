#include "model/caseload/PersonReport.h"

#include "model/core/PrivateSaveFile.h"
#include "model/core/Validators.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace
{
    // Far more entries than one person collects; the audit API needs a bound.
    constexpr int MaxAuditEntries = 1000000;

    QString displayValue(const FieldSpec &spec, const QString &value)
    {
        switch (spec.type) {
        case FieldType::Choice:
            return spec.choiceLabel(value);
        case FieldType::MultiChoice: {
            QStringList labels;
            const QStringList keys = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &key : keys)
                labels.append(spec.choiceLabel(key));
            return labels.join(QStringLiteral(", "));
        }
        case FieldType::YesNo:
            return value == QLatin1String("yes") ? PersonReport::tr("Yes") : PersonReport::tr("No");
        case FieldType::NiNumber:
            return Validators::formatNiNumber(value);
        default:
            return value;
        }
    }

    PersonReport::Entry toEntry(const EntityKind &kind, const Record &record)
    {
        PersonReport::Entry entry{record.id, record.createdAt, record.updatedAt, {}, {}};
        // Schema order, not storage order, so the page reads like the form the coach filled in.
        for (const FieldSpec &spec : kind.fields) {
            const QString value = record.value(spec.name);
            if (value.isEmpty() || spec.type == FieldType::Reference)
                continue;
            entry.fields.append({spec.name, spec.translatedLabel(), value, displayValue(spec, value)});
        }
        return entry;
    }

    QJsonObject entryJson(const PersonReport::Entry &entry)
    {
        QJsonArray fields;
        for (const PersonReport::Field &f : entry.fields) {
            fields.append(QJsonObject{{QStringLiteral("name"), f.name},
                                      {QStringLiteral("label"), f.label},
                                      {QStringLiteral("value"), f.value},
                                      {QStringLiteral("display"), f.display}});
        }
        QJsonObject object{{QStringLiteral("id"), entry.id},
                           {QStringLiteral("created_at"), entry.createdAt},
                           {QStringLiteral("updated_at"), entry.updatedAt},
                           {QStringLiteral("fields"), fields}};
        if (!entry.corrections.isEmpty()) {
            QJsonArray corrections;
            for (const PersonReport::Entry &c : entry.corrections)
                corrections.append(entryJson(c));
            object.insert(QStringLiteral("corrections"), corrections);
        }
        return object;
    }

    QString esc(const QString &text)
    {
        return text.toHtmlEscaped();
    }

    /** The fields of one suggestion as the person reads them: what was shown, in the tool's own terms. */
    QVector<PersonReport::Field> shownFields(const SuggestionShown &shown)
    {
        QVector<PersonReport::Field> fields;
        const auto add = [&fields](const char *name, const QString &label, const QString &value) {
            if (!value.isEmpty())
                fields.append({QString::fromLatin1(name), label, value, value});
        };
        if (shown.tool == SuggestionHistory::ToolMatching) {
            add("vacancy",
                PersonReport::tr("Vacancy"),
                shown.detail.isEmpty() ? shown.label : PersonReport::tr("%1 at %2").arg(shown.label, shown.detail));
            add("vacancy_id", PersonReport::tr("Vacancy reference"), shown.reference);
            if (shown.scorePercent >= 0)
                add("score", PersonReport::tr("Score shown"), PersonReport::tr("%1%").arg(shown.scorePercent));
            add("explanation", PersonReport::tr("Why, as shown"), shown.explanation.join(QLatin1Char('\n')));
        } else if (shown.tool == SuggestionHistory::ToolNotes) {
            add("suggested", PersonReport::tr("What was suggested"), shown.label);
            add("sentence", PersonReport::tr("From this sentence in a note"), shown.detail);
            add("shown_as", PersonReport::tr("Shown as"), shown.explanation.join(QStringLiteral("; ")));
        } else {
            add("form", PersonReport::tr("Form"), shown.reference);
            add("field", PersonReport::tr("Question"), shown.label);
            add("value", PersonReport::tr("Answer filled in"), shown.detail);
            add("source", PersonReport::tr("Where it came from"), shown.explanation.join(QStringLiteral("; ")));
        }
        return fields;
    }

    QString decisionSentence(const SuggestionEntry &entry)
    {
        if (entry.decision.isEmpty())
            return PersonReport::tr("No decision has been recorded.");
        QString decision = SuggestionHistory::decisionLabel(entry.decision);
        if (!entry.decidedValue.isEmpty())
            decision = PersonReport::tr("%1: “%2”").arg(decision, entry.decidedValue);
        return PersonReport::tr("%1, by %2 on %3")
            .arg(decision, entry.decidedBy, PersonReport::localTime(entry.decidedAt));
    }

    QString disagreementSentence(const SuggestionDisagreement &d)
    {
        return PersonReport::tr("On %1 you disagreed with %2 (recorded by %3): %4")
            .arg(PersonReport::localTime(d.recordedAt), SuggestionHistory::aboutLabel(d.about), d.recordedBy, d.reason);
    }

    QJsonObject suggestionJson(const SuggestionEntry &entry)
    {
        QJsonObject shown{{QStringLiteral("label"), entry.shown.label},
                          {QStringLiteral("detail"), entry.shown.detail},
                          {QStringLiteral("reference"), entry.shown.reference},
                          {QStringLiteral("explanation"), QJsonArray::fromStringList(entry.shown.explanation)},
                          {QStringLiteral("engine"), entry.shown.engine},
                          {QStringLiteral("taxonomy"), entry.shown.taxonomy}};
        if (entry.shown.scorePercent >= 0)
            shown.insert(QStringLiteral("score_percent"), entry.shown.scorePercent);
        QJsonArray disagreements;
        for (const SuggestionDisagreement &d : entry.disagreements) {
            disagreements.append(QJsonObject{{QStringLiteral("about"), d.about},
                                             {QStringLiteral("reason"), d.reason},
                                             {QStringLiteral("recorded_at"), d.recordedAt},
                                             {QStringLiteral("recorded_by"), d.recordedBy}});
        }
        return QJsonObject{{QStringLiteral("id"), entry.id},
                           {QStringLiteral("tool"), entry.shown.tool},
                           {QStringLiteral("tool_label"), SuggestionHistory::toolLabel(entry.shown.tool)},
                           {QStringLiteral("kind"), entry.shown.kind},
                           {QStringLiteral("shown_at"), entry.shownAt},
                           {QStringLiteral("shown_to"), entry.shownBy},
                           {QStringLiteral("shown"), shown},
                           {QStringLiteral("decision"), entry.decision},
                           {QStringLiteral("decision_label"), SuggestionHistory::decisionLabel(entry.decision)},
                           {QStringLiteral("decided_value"), entry.decidedValue},
                           {QStringLiteral("decided_by"), entry.decidedBy},
                           {QStringLiteral("decided_at"), entry.decidedAt},
                           {QStringLiteral("disagreements"), disagreements}};
    }
} // namespace

bool PersonReport::formatFromName(const QString &name, Format *format)
{
    if (name == QLatin1String("html"))
        *format = Format::Html;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

QString PersonReport::localTime(const QString &isoUtc)
{
    QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString PersonReport::describeAction(const QString &action)
{
    static const QHash<QString, const char *> descriptions = {
        {AuditAction::Create, QT_TR_NOOP("Information added")},
        {AuditAction::Update, QT_TR_NOOP("Information changed")},
        {AuditAction::Delete, QT_TR_NOOP("Information removed")},
        {AuditAction::ViewPerson, QT_TR_NOOP("Record looked at")},
        {AuditAction::ViewHealth, QT_TR_NOOP("Health and work information looked at")},
        {AuditAction::ExportPerson, QT_TR_NOOP("Copy of the record made")},
        {AuditAction::Import, QT_TR_NOOP("Information imported")},
        {AuditAction::FormPdfSavedOutsideVault, QT_TR_NOOP("A form saved as a PDF outside Waymark")},
        {AuditAction::FormPrinted, QT_TR_NOOP("A form printed")},
        {AuditAction::SuggestionShown, QT_TR_NOOP("Suggestions from a note shown to the coach")},
        {AuditAction::SuggestionAccepted, QT_TR_NOOP("A suggestion accepted")},
        {AuditAction::SuggestionEdited, QT_TR_NOOP("A suggestion changed, then accepted")},
        {AuditAction::SuggestionRejected, QT_TR_NOOP("A suggestion rejected")},
        {AuditAction::SuggestionUsedInForm, QT_TR_NOOP("A suggestion used in a form")},
        {AuditAction::SuggestionDisputed, QT_TR_NOOP("Your disagreement with a suggestion recorded")},
        {AuditAction::ReferralMade, QT_TR_NOOP("Referred to a partner")},
        {AuditAction::ReferralOutcome, QT_TR_NOOP("Referral outcome recorded")},
        {AuditAction::YouthOfferRecorded, QT_TR_NOOP("Offer of work, education or training recorded")},
        {AuditAction::PutForward, QT_TR_NOOP("Put forward to an employer for a job")},
        {AuditAction::PutForwardOutcome, QT_TR_NOOP("Outcome of being put forward recorded")},
    };
    const auto it = descriptions.constFind(action);
    return it == descriptions.constEnd() ? action : tr(it.value());
}

Result<PersonReport> PersonReport::build(Vault &vault, const QString &personId)
{
    auto person = vault.records().get(personId);
    if (!person)
        return person.error();
    if (person->kind != Kinds::Person)
        return Error{ErrorCode::NotFound, tr("There is no person with that id in this vault.")};
    auto records = vault.records().allForPerson(personId);
    if (!records)
        return records.error();
    auto audit = vault.audit().entries(personId, MaxAuditEntries);
    if (!audit)
        return audit.error();

    PersonReport report;
    report.m_personId = personId;
    const QString preferred = person->value(QStringLiteral("preferred_name"));
    report.m_displayName = (preferred.isEmpty() ? person->value(QStringLiteral("given_name")) : preferred) +
                           QLatin1Char(' ') + person->value(QStringLiteral("family_name"));
    report.m_language = person->value(QStringLiteral("preferred_language"));
    if (report.m_language.isEmpty())
        report.m_language = QStringLiteral("en");
    report.m_generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    report.m_keptBy = vault.ownerName();

    for (const EntityKind &kind : EntitySchema::instance().kinds()) {
        Section section{kind.key, kind.translatedLabel(), {}};
        QVector<Record> ofKind;
        for (const Record &record : records.value()) {
            if (record.kind == kind.key)
                ofKind.append(record);
        }
        std::stable_sort(
            ofKind.begin(), ofKind.end(), [](const Record &a, const Record &b) { return a.createdAt < b.createdAt; });
        // A correction is shown under the note it corrects, so nobody reads the two as separate events.
        QHash<QString, int> position;
        for (const Record &record : ofKind) {
            const QString corrects = record.value(QStringLiteral("corrects"));
            if (kind.appendOnly && !corrects.isEmpty() && position.contains(corrects)) {
                section.entries[position.value(corrects)].corrections.append(toEntry(kind, record));
                continue;
            }
            position.insert(record.id, int(section.entries.size()));
            section.entries.append(toEntry(kind, record));
        }
        report.m_sections.append(section);
    }

    for (auto it = audit->crbegin(); it != audit->crend(); ++it)
        report.m_access.append({it->timestamp, it->action, describeAction(it->action)});

    const SuggestionHistory history(vault.database(), vault.audit());
    auto suggestions = history.forPerson(personId);
    if (!suggestions)
        return suggestions.error();
    report.m_suggestions = std::move(suggestions.value());
    return report;
}

QString PersonReport::toHtml() const
{
    const QString lang = m_language == QLatin1String("cy") ? QStringLiteral("cy") : QStringLiteral("en-GB");
    const QString title = tr("Information held about %1").arg(m_displayName);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + lang +
            QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n") + QStringLiteral("<title>") + esc(title) +
            QStringLiteral("</title>\n")
            // Plain and printable: no scripts, no external resources, black on white, sections kept together.
            + QStringLiteral("<style>\n"
                             "body { font-family: sans-serif; max-width: 48em; margin: 2em auto; padding: 0 1em; "
                             "line-height: 1.5; color: #000; background: #fff; }\n"
                             "h2 { border-bottom: 2px solid #000; margin-top: 2em; }\n"
                             ".entry { border-top: 1px solid #888; padding: 0.5em 0; break-inside: avoid; }\n"
                             "dt { font-weight: bold; }\n"
                             "dd { margin: 0 0 0.5em 0; white-space: pre-wrap; }\n"
                             ".correction { margin-left: 1.5em; border-left: 3px solid #888; padding-left: 0.75em; }\n"
                             "table { border-collapse: collapse; }\n"
                             "th, td { text-align: left; padding: 0.2em 1em 0.2em 0; border-bottom: 1px solid #ccc; }\n"
                             "@media print { body { margin: 0; max-width: none; } }\n"
                             "</style>\n</head>\n<body>\n");
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>\n<p>") +
            esc(tr("This is a copy of everything held about you in this caseload, made on %1 by %2. "
                   "Ask if anything is wrong or unclear.")
                    .arg(localTime(m_generatedAt), m_keptBy)) +
            QStringLiteral("</p>\n");

    const auto fieldList = [](const QVector<Field> &fields) -> QString {
        QString out = QStringLiteral("<dl>\n");
        for (const Field &f : fields)
            out += QStringLiteral("<dt>") + esc(f.label) + QStringLiteral("</dt><dd>") + esc(f.display) +
                   QStringLiteral("</dd>\n");
        return out + QStringLiteral("</dl>\n");
    };

    for (const Section &section : m_sections) {
        html += QStringLiteral("<section id=\"") + esc(section.kind) + QStringLiteral("\">\n<h2>") +
                esc(section.label) + QStringLiteral("</h2>\n");
        if (section.entries.isEmpty())
            html += QStringLiteral("<p>") + esc(tr("Nothing recorded.")) + QStringLiteral("</p>\n");
        for (const Entry &entry : section.entries) {
            html += QStringLiteral("<div class=\"entry\">\n<p>") +
                    esc(tr("Recorded on %1").arg(localTime(entry.createdAt))) + QStringLiteral("</p>\n") +
                    fieldList(entry.fields);
            for (const Entry &correction : entry.corrections) {
                html += QStringLiteral("<div class=\"correction\">\n<p>") +
                        esc(tr("Corrected on %1").arg(localTime(correction.createdAt))) + QStringLiteral("</p>\n") +
                        fieldList(correction.fields) + QStringLiteral("</div>\n");
            }
            html += QStringLiteral("</div>\n");
        }
        html += QStringLiteral("</section>\n");
    }

    html += suggestionsHtml();

    html += QStringLiteral("<section id=\"access\">\n<h2>") + esc(tr("Who used this record and when")) +
            QStringLiteral("</h2>\n<table>\n<tr><th>") + esc(tr("Date")) + QStringLiteral("</th><th>") +
            esc(tr("What happened")) + QStringLiteral("</th></tr>\n");
    for (const AccessEvent &event : m_access) {
        html += QStringLiteral("<tr><td>") + esc(localTime(event.timestamp)) + QStringLiteral("</td><td>") +
                esc(event.description) + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n</section>\n</body>\n</html>\n");
    return html;
}

QByteArray PersonReport::toJson() const
{
    QJsonArray sections;
    for (const Section &section : m_sections) {
        QJsonArray entries;
        for (const Entry &entry : section.entries)
            entries.append(entryJson(entry));
        sections.append(QJsonObject{{QStringLiteral("kind"), section.kind},
                                    {QStringLiteral("label"), section.label},
                                    {QStringLiteral("records"), entries}});
    }
    QJsonArray suggestions;
    for (const SuggestionEntry &entry : m_suggestions)
        suggestions.append(suggestionJson(entry));
    QJsonArray access;
    for (const AccessEvent &event : m_access) {
        access.append(QJsonObject{{QStringLiteral("date"), event.timestamp},
                                  {QStringLiteral("action"), event.action},
                                  {QStringLiteral("description"), event.description}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("waymark-person-report")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("generated_at"), m_generatedAt},
                           {QStringLiteral("kept_by"), m_keptBy},
                           {QStringLiteral("person_id"), m_personId},
                           {QStringLiteral("language"), m_language},
                           {QStringLiteral("sections"), sections},
                           {QStringLiteral("suggestions"), suggestions},
                           {QStringLiteral("access"), access}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString PersonReport::toText() const
{
    QString text = tr("Information held about %1").arg(m_displayName) + QLatin1Char('\n');
    for (const Section &section : m_sections) {
        if (section.entries.isEmpty())
            continue;
        text += QLatin1Char('\n') + section.label + QLatin1Char('\n') +
                QString(section.label.size(), QLatin1Char('=')) + QLatin1Char('\n');
        for (const Entry &entry : section.entries) {
            text += QStringLiteral("- ") + tr("Recorded on %1").arg(localTime(entry.createdAt)) + QLatin1Char('\n');
            for (const Field &f : entry.fields) {
                QString value = f.display;
                value.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
                text += QStringLiteral("  ") + f.label + QStringLiteral(": ") + value + QLatin1Char('\n');
            }
            for (const Entry &correction : entry.corrections) {
                text += QStringLiteral("  ") + tr("Corrected on %1").arg(localTime(correction.createdAt)) +
                        QLatin1Char('\n');
                for (const Field &f : correction.fields)
                    text += QStringLiteral("    ") + f.label + QStringLiteral(": ") + f.display + QLatin1Char('\n');
            }
        }
    }
    return text + suggestionsText();
}

QString PersonReport::suggestionsHtml() const
{
    QString html = QStringLiteral("<section id=\"suggestions\">\n<h2>") + esc(tr("Suggestions made about you")) +
                   QStringLiteral("</h2>\n<p>") +
                   esc(tr("Waymark only suggests: a person decides. These are the suggestions it showed about you, "
                          "in the words shown at the time, with what was decided, by whom and when. If you disagree "
                          "with any of them, say so: your disagreement is recorded here, and you can ask for the "
                          "decision to be looked at again.")) +
                   QStringLiteral("</p>\n");
    if (m_suggestions.isEmpty())
        html += QStringLiteral("<p>") + esc(tr("No suggestions have been made about you.")) + QStringLiteral("</p>\n");
    for (const SuggestionEntry &entry : m_suggestions) {
        html += QStringLiteral("<div class=\"entry suggestion\">\n<p><strong>") +
                esc(SuggestionHistory::toolLabel(entry.shown.tool)) + QStringLiteral("</strong>: ") +
                esc(tr("shown on %1 to %2").arg(localTime(entry.shownAt), entry.shownBy)) +
                QStringLiteral("</p>\n<dl>\n");
        for (const Field &f : shownFields(entry.shown))
            html += QStringLiteral("<dt>") + esc(f.label) + QStringLiteral("</dt><dd>") + esc(f.display) +
                    QStringLiteral("</dd>\n");
        html += QStringLiteral("<dt>") + esc(tr("Decision")) + QStringLiteral("</dt><dd>") +
                esc(decisionSentence(entry)) + QStringLiteral("</dd>\n");
        for (const SuggestionDisagreement &d : entry.disagreements)
            html += QStringLiteral("<dt>") + esc(tr("Your disagreement")) + QStringLiteral("</dt><dd>") +
                    esc(disagreementSentence(d)) + QStringLiteral("</dd>\n");
        html += QStringLiteral("</dl>\n</div>\n");
    }
    return html + QStringLiteral("</section>\n");
}

QString PersonReport::suggestionText(const SuggestionEntry &entry)
{
    QString text = SuggestionHistory::toolLabel(entry.shown.tool) + QStringLiteral(": ") +
                   tr("shown on %1 to %2").arg(localTime(entry.shownAt), entry.shownBy) + QStringLiteral(" [") +
                   entry.id + QStringLiteral("]\n");
    for (const Field &f : shownFields(entry.shown)) {
        QString value = f.display;
        value.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
        text += QStringLiteral("  ") + f.label + QStringLiteral(": ") + value + QLatin1Char('\n');
    }
    text += QStringLiteral("  ") + tr("Decision") + QStringLiteral(": ") + decisionSentence(entry) + QLatin1Char('\n');
    for (const SuggestionDisagreement &d : entry.disagreements)
        text += QStringLiteral("  ") + tr("Your disagreement") + QStringLiteral(": ") + disagreementSentence(d) +
                QLatin1Char('\n');
    return text;
}

QString PersonReport::suggestionsText() const
{
    if (m_suggestions.isEmpty())
        return {};
    const QString heading = tr("Suggestions made about you");
    QString text =
        QLatin1Char('\n') + heading + QLatin1Char('\n') + QString(heading.size(), QLatin1Char('=')) + QLatin1Char('\n');
    for (const SuggestionEntry &entry : m_suggestions)
        text += QStringLiteral("- ") + suggestionText(entry);
    return text;
}

Status PersonReport::exportToFile(Vault &vault, const QString &personId, const QString &path, Format format)
{
    auto report = build(vault, personId);
    if (!report)
        return report.error();
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("The export file could not be created. Check you can write to that folder.")};
    // Health data: PrivateSaveFile keeps it private to the user (0600), even over an existing file.
    const QByteArray bytes = format == Format::Html ? report->toHtml().toUtf8() : report->toJson();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::Io, tr("The export file could not be written. Check there is space on the disk.")};
    if (auto status = vault.audit().append(AuditAction::ExportPerson, personId); !status) {
        // An export nobody can see in the audit log must not exist.
        QFile::remove(path);
        return status;
    }
    return {};
}

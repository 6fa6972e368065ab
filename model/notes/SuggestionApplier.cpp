#include "model/notes/SuggestionApplier.h"

#include "model/notes/SuggestionAuditDetail.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"

#include <QRegularExpression>

#include <algorithm>

namespace
{
    const QString &weekdays()
    {
        static const QString days = QStringLiteral("mon,tue,wed,thu,fri");
        return days;
    }

    Error withFieldProblem(const Error &error, const QString &field)
    {
        Error out = error;
        if (const QString problem = error.fieldProblems.value(field); !problem.isEmpty())
            out.message = problem;
        return out;
    }
} // namespace

SuggestionApplier::SuggestionApplier(RecordStore &store, AuditLog &audit)
    : m_store(store)
    , m_audit(audit)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
}

void SuggestionApplier::setVersions(const QString &taxonomy, const QString &engine)
{
    m_taxonomy = taxonomy;
    m_engine = engine;
}

QString SuggestionApplier::shownKey(const QString &personId, const ExtractedSuggestion &suggestion)
{
    return personId + QLatin1Char('\x1f') + ExtractedSuggestion::kindName(suggestion.kind) + QLatin1Char('\x1f') +
           suggestion.conceptId + QLatin1Char('\x1f') + defaultValue(suggestion).trimmed().toCaseFolded();
}

Status SuggestionApplier::shown(const QString &personId, const QVector<ExtractedSuggestion> &suggestions)
{
    if (personId.isEmpty())
        return {};
    const qint64 now = m_clock();
    QMap<QString, int> counts;
    QStringList fresh;
    for (const ExtractedSuggestion &suggestion : suggestions) {
        const QString key = shownKey(personId, suggestion);
        if (m_shownAt.contains(key) || fresh.contains(key))
            continue;
        fresh.append(key);
        ++counts[ExtractedSuggestion::kindName(suggestion.kind)];
    }
    if (fresh.isEmpty())
        return {};
    const SuggestionAuditDetail detail{SuggestionAuditDetail::shownHead(counts), m_engine, m_taxonomy, -1};
    if (Status s = m_audit.append(AuditAction::SuggestionShown, personId, detail.toString()); !s)
        return s;
    for (const QString &key : std::as_const(fresh))
        m_shownAt.insert(key, now);
    // The words shown go to the person's suggestion history, for their right-of-access copy. Apart from the
    // audit entry, which a full disk holds in memory, where a transaction would refuse it.
    if (!m_history)
        return {};
    QVector<SuggestionShown> kept;
    for (const ExtractedSuggestion &suggestion : suggestions) {
        if (fresh.contains(shownKey(personId, suggestion)))
            kept.append(historyShown(suggestion));
    }
    return m_history->recordAllShown(personId, kept);
}

Status SuggestionApplier::keepDecision(const QString &personId,
                                       const ExtractedSuggestion &suggestion,
                                       const QString &decision,
                                       const QString &value)
{
    if (!m_history)
        return {};
    auto kept = m_history->recordDecision(personId, historyShown(suggestion), decision, value);
    if (!kept)
        return kept.error();
    return {};
}

SuggestionShown SuggestionApplier::historyShown(const ExtractedSuggestion &suggestion) const
{
    SuggestionShown shown;
    shown.tool = QString(SuggestionHistory::ToolNotes);
    shown.kind = ExtractedSuggestion::kindName(suggestion.kind);
    shown.subject = shown.kind + QLatin1Char('|') + suggestion.conceptId + QLatin1Char('|') +
                    defaultValue(suggestion).trimmed().toCaseFolded();
    shown.label = displayValue(suggestion);
    shown.detail = suggestion.sentence;
    shown.reference = suggestion.conceptId;
    shown.explanation = {kindLabel(suggestion.kind),
                         hasCaseTarget(suggestion) ? targetDescription(suggestion.kind) : noPlaceInCase()};
    shown.engine = m_engine;
    shown.taxonomy = m_taxonomy;
    return shown;
}

bool SuggestionApplier::hasCaseTarget(ExtractedSuggestion::Kind kind)
{
    using Kind = ExtractedSuggestion::Kind;
    switch (kind) {
    case Kind::Skill:
    case Kind::Licence:
    case Kind::JobGoal:
    case Kind::Hours:
    case Kind::Availability:
    case Kind::Qualification:
        return true;
    case Kind::Date:
    case Kind::Duration:
    case Kind::Barrier:
        return false;
    }
    return false;
}

bool SuggestionApplier::hasCaseTarget(const ExtractedSuggestion &suggestion)
{
    if (suggestion.kind == ExtractedSuggestion::Kind::Availability)
        return !daysFor(suggestion.value).isEmpty();
    return hasCaseTarget(suggestion.kind);
}

QString SuggestionApplier::targetDescription(ExtractedSuggestion::Kind kind)
{
    using Kind = ExtractedSuggestion::Kind;
    switch (kind) {
    case Kind::Skill:
        return tr("Adds a skill to Work and skills");
    case Kind::Licence:
        return tr("Adds the licence to the skills in Work and skills");
    case Kind::JobGoal:
        return tr("Adds a job goal to Plan");
    case Kind::Hours:
        return tr("Sets the hours available a week in Circumstances");
    case Kind::Availability:
        return tr("Sets the days available in Circumstances, when it names days");
    case Kind::Qualification:
        return tr("Adds a qualification to Work and skills");
    case Kind::Date:
    case Kind::Duration:
    case Kind::Barrier:
        return tr("Only for an open form");
    }
    return {};
}

QString SuggestionApplier::kindLabel(ExtractedSuggestion::Kind kind)
{
    using Kind = ExtractedSuggestion::Kind;
    switch (kind) {
    case Kind::Skill:
        return tr("Skill");
    case Kind::Licence:
        return tr("Licence");
    case Kind::JobGoal:
        return tr("Job goal");
    case Kind::Hours:
        return tr("Hours available");
    case Kind::Availability:
        return tr("Availability");
    case Kind::Date:
        return tr("Date");
    case Kind::Duration:
        return tr("Duration");
    case Kind::Barrier:
        return tr("Barrier");
    case Kind::Qualification:
        return tr("Qualification");
    }
    return {};
}

QString SuggestionApplier::defaultValue(const ExtractedSuggestion &suggestion)
{
    return suggestion.preferredLabel.isEmpty() ? suggestion.value : suggestion.preferredLabel;
}

QString SuggestionApplier::displayValue(const ExtractedSuggestion &suggestion)
{
    using Kind = ExtractedSuggestion::Kind;
    const QString value = defaultValue(suggestion);
    switch (suggestion.kind) {
    case Kind::Hours: {
        bool ok = false;
        const int hours = value.toInt(&ok);
        return ok ? tr("%n hours a week", nullptr, hours) : value;
    }
    case Kind::Date:
        if (value.startsWith(QLatin1String("since:")))
            return tr("Since %1").arg(value.mid(6));
        return value;
    case Kind::Duration: {
        static const QRegularExpression iso(QStringLiteral("^P(\\d+)([YMWD])$"));
        const QRegularExpressionMatch match = iso.match(value);
        if (!match.hasMatch())
            return value;
        const int n = match.captured(1).toInt();
        const QChar unit = match.captured(2).at(0);
        if (unit == QLatin1Char('Y'))
            return tr("%n years", nullptr, n);
        if (unit == QLatin1Char('M'))
            return tr("%n months", nullptr, n);
        if (unit == QLatin1Char('W'))
            return tr("%n weeks", nullptr, n);
        return tr("%n days", nullptr, n);
    }
    case Kind::Barrier: {
        if (value == QLatin1String("transport"))
            return tr("Transport");
        if (value == QLatin1String("childcare"))
            return tr("Childcare");
        if (value == QLatin1String("housing"))
            return tr("Housing");
        if (value == QLatin1String("health"))
            return tr("Health");
        if (value == QLatin1String("confidence"))
            return tr("Confidence");
        if (value == QLatin1String("digital"))
            return tr("Digital skills");
        if (value == QLatin1String("language"))
            return tr("Language");
        if (value == QLatin1String("caring"))
            return tr("Caring responsibilities");
        if (value == QLatin1String("money"))
            return tr("Money");
        return value;
    }
    case Kind::Skill:
    case Kind::Licence:
    case Kind::JobGoal:
    case Kind::Qualification:
        // Shown in the interface language when the coach has not changed the value.
        return suggestion.shownLabel.isEmpty() || value != suggestion.preferredLabel ? value : suggestion.shownLabel;
    case Kind::Availability:
        return value;
    }
    return value;
}

QString SuggestionApplier::daysFor(const QString &availability)
{
    const QString text = availability.trimmed().toLower();
    if (text.isEmpty())
        return {};
    if (text.contains(QLatin1String("not weekend")) || text.contains(QLatin1String("weekday")))
        return weekdays();
    if (text.contains(QLatin1String("not ")))
        return {};
    if (text.contains(QLatin1String("weekend")))
        return QStringLiteral("sat,sun");
    // A list of days as the coach might type it: "Monday, Tuesday and Friday", "mon,wed".
    static const QStringList keys = {QStringLiteral("mon"),
                                     QStringLiteral("tue"),
                                     QStringLiteral("wed"),
                                     QStringLiteral("thu"),
                                     QStringLiteral("fri"),
                                     QStringLiteral("sat"),
                                     QStringLiteral("sun")};
    static const QRegularExpression separators(QStringLiteral("[\\s,;/&]+"));
    QStringList found;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word == QLatin1String("and"))
            continue;
        bool known = false;
        for (const QString &key : keys) {
            if (word.startsWith(key)) {
                if (!found.contains(key))
                    found.append(key);
                known = true;
                break;
            }
        }
        if (!known)
            return {};
    }
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
        return keys.indexOf(a) < keys.indexOf(b);
    });
    return found.join(QLatin1Char(','));
}

QString SuggestionApplier::noPlaceInCase()
{
    return tr("This suggestion has no place in the case. It can only be used in an open form.");
}

QString SuggestionApplier::auditDetail(const QString &personId,
                                       const ExtractedSuggestion &suggestion,
                                       const QString &head) const
{
    const auto shownAt = m_shownAt.constFind(shownKey(personId, suggestion));
    const qint64 after = shownAt == m_shownAt.constEnd() ? -1 : std::max<qint64>(0, m_clock() - *shownAt);
    return SuggestionAuditDetail{head, m_engine, m_taxonomy, after}.toString();
}

Result<SuggestionApplier::Outcome>
SuggestionApplier::accept(const QString &personId, const ExtractedSuggestion &suggestion, const QString &editedValue)
{
    if (personId.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose a person before accepting a suggestion.")};
    if (!hasCaseTarget(suggestion.kind))
        return Error{ErrorCode::NotAllowed, noPlaceInCase()};
    const QString suggested = defaultValue(suggestion);
    const QString value = editedValue.trimmed().isEmpty() ? suggested.trimmed() : editedValue.trimmed();
    if (value.isEmpty())
        return Error{ErrorCode::Invalid, tr("Write a value before accepting the suggestion.")};
    const bool edited = value != suggested.trimmed();

    Outcome outcome;
    const Status status = m_store.inTransaction([&]() -> Status {
        auto written = write(personId, suggestion, value);
        if (!written)
            return written.error();
        outcome = written.value();
        QString head = ExtractedSuggestion::kindName(suggestion.kind) + QLatin1Char(':') + outcome.target;
        if (!outcome.written)
            head += QStringLiteral(":present");
        if (Status kept =
                keepDecision(personId,
                             suggestion,
                             edited ? SuggestionHistory::DecisionChanged : SuggestionHistory::DecisionAccepted,
                             edited ? value : QString());
            !kept)
            return kept;
        return m_audit.append(edited ? AuditAction::SuggestionEdited : AuditAction::SuggestionAccepted,
                              personId,
                              auditDetail(personId, suggestion, head));
    });
    if (!status)
        return status.error();
    return outcome;
}

Result<SuggestionApplier::Outcome>
SuggestionApplier::write(const QString &personId, const ExtractedSuggestion &suggestion, const QString &value)
{
    using Kind = ExtractedSuggestion::Kind;
    switch (suggestion.kind) {
    case Kind::Skill:
    case Kind::Licence: {
        auto outcome = addUnlessPresent(personId,
                                        Kinds::Skill,
                                        QStringLiteral("label"),
                                        QStringLiteral("taxonomy_id"),
                                        {{QStringLiteral("label"), value},
                                         {QStringLiteral("taxonomy_id"), suggestion.conceptId},
                                         {QStringLiteral("source"), QStringLiteral("self_reported")}});
        if (outcome && outcome->written)
            outcome->message = tr("Added “%1” to their skills.").arg(value);
        return outcome;
    }
    case Kind::JobGoal: {
        auto outcome = addUnlessPresent(
            personId,
            Kinds::JobGoal,
            QStringLiteral("title"),
            QStringLiteral("occupation_id"),
            {{QStringLiteral("title"), value}, {QStringLiteral("occupation_id"), suggestion.conceptId}});
        if (outcome && outcome->written)
            outcome->message = tr("Added “%1” to their job goals.").arg(value);
        return outcome;
    }
    case Kind::Qualification: {
        auto outcome = addUnlessPresent(
            personId,
            Kinds::Qualification,
            QStringLiteral("title"),
            QString(),
            {{QStringLiteral("title"), value}, {QStringLiteral("category"), QStringLiteral("qualification")}});
        if (outcome && outcome->written)
            outcome->message = tr("Added “%1” to their qualifications.").arg(value);
        return outcome;
    }
    case Kind::Hours:
    case Kind::Availability: {
        const bool hours = suggestion.kind == Kind::Hours;
        const QString field = hours ? QStringLiteral("hours_available") : QStringLiteral("days_available");
        QString stored = value;
        if (!hours) {
            stored = daysFor(value);
            if (stored.isEmpty())
                return Error{ErrorCode::NotAllowed,
                             tr("The case keeps availability as days of the week, and “%1” names none. It can only "
                                "be used in an open form.")
                                 .arg(value)};
        }
        auto current = m_store.single(personId, Kinds::Circumstances);
        if (!current)
            return current.error();
        Outcome outcome;
        outcome.target = Kinds::Circumstances + QLatin1Char('.') + field;
        if (!current->id.isEmpty() && current->value(field) == stored) {
            outcome.recordId = current->id;
            outcome.message = tr("That is already on the case, so nothing was changed.");
            return outcome;
        }
        if (current->id.isEmpty()) {
            auto added = m_store.add(personId, Kinds::Circumstances, {{field, stored}});
            if (!added)
                return withFieldProblem(added.error(), field);
            outcome.recordId = added.value();
        } else {
            if (auto updated = m_store.update(current->id, {{field, stored}}); !updated)
                return withFieldProblem(updated.error(), field);
            outcome.recordId = current->id;
        }
        outcome.written = true;
        outcome.message = hours ? tr("Set the hours available to %n a week in Circumstances.", nullptr, stored.toInt())
                                : tr("Set the days available in Circumstances.");
        return outcome;
    }
    case Kind::Date:
    case Kind::Duration:
    case Kind::Barrier:
        break;
    }
    return Error{ErrorCode::NotAllowed, noPlaceInCase()};
}

Result<SuggestionApplier::Outcome> SuggestionApplier::addUnlessPresent(const QString &personId,
                                                                       const QString &kind,
                                                                       const QString &matchField,
                                                                       const QString &idField,
                                                                       const FieldMap &fields)
{
    auto existing = m_store.list(personId, kind);
    if (!existing)
        return existing.error();
    const QString label = fields.value(matchField);
    const QString id = idField.isEmpty() ? QString() : fields.value(idField);
    Outcome outcome;
    outcome.target = kind + QLatin1Char('.') + matchField;
    for (const Record &record : std::as_const(existing.value())) {
        const bool sameId = !id.isEmpty() && record.value(idField) == id;
        const bool sameLabel = record.value(matchField).compare(label, Qt::CaseInsensitive) == 0;
        if (sameId || sameLabel) {
            outcome.recordId = record.id;
            outcome.message = tr("“%1” is already on the case, so nothing was added.").arg(record.value(matchField));
            return outcome;
        }
    }
    FieldMap values = fields;
    for (auto it = values.begin(); it != values.end();) {
        if (it.value().isEmpty())
            it = values.erase(it);
        else
            ++it;
    }
    auto added = m_store.add(personId, kind, values);
    if (!added)
        return withFieldProblem(added.error(), matchField);
    outcome.written = true;
    outcome.recordId = added.value();
    return outcome;
}

Status SuggestionApplier::reject(const QString &personId, const ExtractedSuggestion &suggestion)
{
    if (personId.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose a person before rejecting a suggestion.")};
    const auto audit = [&]() -> Status {
        return m_audit.append(AuditAction::SuggestionRejected,
                              personId,
                              auditDetail(personId, suggestion, ExtractedSuggestion::kindName(suggestion.kind)));
    };
    if (!m_history)
        return audit();
    return m_store.inTransaction([&]() -> Status {
        if (Status kept = keepDecision(personId, suggestion, SuggestionHistory::DecisionRejected); !kept)
            return kept;
        return audit();
    });
}

Status
SuggestionApplier::recordFormUse(const QString &personId, const ExtractedSuggestion &suggestion, const QString &value)
{
    if (personId.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose a person before using a suggestion in a form.")};
    const bool edited = !value.trimmed().isEmpty() && value.trimmed() != defaultValue(suggestion).trimmed();
    const QString head = ExtractedSuggestion::kindName(suggestion.kind) + QLatin1Char(':') +
                         (edited ? QStringLiteral("form:edited") : QStringLiteral("form"));
    if (!m_history)
        return m_audit.append(AuditAction::SuggestionUsedInForm, personId, auditDetail(personId, suggestion, head));
    return m_store.inTransaction([&]() -> Status {
        if (Status kept = keepDecision(
                personId, suggestion, SuggestionHistory::DecisionUsedInForm, edited ? value.trimmed() : QString());
            !kept)
            return kept;
        return m_audit.append(AuditAction::SuggestionUsedInForm, personId, auditDetail(personId, suggestion, head));
    });
}

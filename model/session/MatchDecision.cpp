#include "model/session/MatchDecision.h"

#include "model/core/EngineVersion.h"
#include "model/matching/MatchResultsModel.h"
#include "model/matching/Matcher.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"

SuggestionShown MatchDecision::shown(const VacancyIndex::Entry &entry,
                                     const MatchResult &result,
                                     const QStringList &explanation,
                                     const QString &taxonomyVersion)
{
    SuggestionShown shown;
    shown.tool = QString(SuggestionHistory::ToolMatching);
    shown.kind = QStringLiteral("vacancy");
    shown.subject = entry.id;
    shown.label = entry.title;
    shown.detail = entry.employer;
    shown.reference = entry.id;
    shown.scorePercent = MatchResultsModel::percent(result.score);
    shown.explanation = explanation;
    shown.engine = QString(EngineVersion::Matching);
    shown.taxonomy = taxonomyVersion;
    return shown;
}

Result<QString> MatchDecision::record(RecordStore &store,
                                      SuggestionHistory *history,
                                      const QString &personId,
                                      const VacancyIndex::Entry &entry,
                                      const SuggestionShown &shown,
                                      Kind kind,
                                      const QString &noun)
{
    const bool discussed = kind == Kind::Discussed;
    const QString description =
        discussed ? tr("Discussed with %1: %2 at %3 (vacancy %4)").arg(noun, entry.title, entry.employer, entry.id)
                  : tr("Shortlisted: %1 at %2 (vacancy %3)").arg(entry.title, entry.employer, entry.id);
    const FieldMap fields = {
        {QStringLiteral("description"), description},
        {QStringLiteral("type"), QStringLiteral("voluntary")},
        {QStringLiteral("owner"), QStringLiteral("person")},
        {QStringLiteral("status"), discussed ? QStringLiteral("done") : QStringLiteral("open")},
    };
    QString actionId;
    const Status added = store.inTransaction([&]() -> Status {
        auto action = store.add(personId, Kinds::ActionItem, fields);
        if (!action)
            return action.error();
        actionId = action.value();
        if (!history)
            return {};
        auto decided = history->recordDecision(
            personId, shown, discussed ? SuggestionHistory::DecisionDiscussed : SuggestionHistory::DecisionShortlisted);
        if (!decided)
            return decided.error();
        return {};
    });
    if (!added)
        return added.error();
    return actionId;
}

QString MatchDecision::recorded(const VacancyIndex::Entry &entry, Kind kind)
{
    return kind == Kind::Discussed ? tr("Recorded in the plan: discussed %1 at %2.").arg(entry.title, entry.employer)
                                   : tr("Added to the plan: shortlisted %1 at %2.").arg(entry.title, entry.employer);
}

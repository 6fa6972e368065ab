#pragma once

#include "model/core/Result.h"
#include "model/matching/VacancyIndex.h"
#include "model/vault/SuggestionHistory.h"

#include <QCoreApplication>
#include <QStringList>

class RecordStore;
struct MatchResult;

/**
 * A coach's decision on one match for a person: shortlisted (an open action in their plan) or discussed with them
 * (a done one). The plan's action and the decision in the person's suggestion history are written in one
 * transaction, so the right-of-access copy always shows why the action is there. The matches page and
 * `waymark-cli match shortlist` both record it here.
 */
class MatchDecision
{
    Q_DECLARE_TR_FUNCTIONS(MatchDecision)

public:
    enum class Kind
    {
        Shortlisted,
        Discussed,
    };

    /**
     * What the suggestion history keeps of a match as it was shown: the vacancy, the score as a percentage and
     * `explanation`, the lines that explained it in the words the coach saw.
     */
    static SuggestionShown shown(const VacancyIndex::Entry &entry,
                                 const MatchResult &result,
                                 const QStringList &explanation,
                                 const QString &taxonomyVersion);

    /**
     * Adds the plan's action for `entry` and, when `history` is given, the decision on `shown`; `noun` is how the
     * setting names the person ("claimant", "patient"). Returns the action's record id.
     */
    static Result<QString> record(RecordStore &store,
                                  SuggestionHistory *history,
                                  const QString &personId,
                                  const VacancyIndex::Entry &entry,
                                  const SuggestionShown &shown,
                                  Kind kind,
                                  const QString &noun);

    /** The sentence to show once it is recorded. */
    static QString recorded(const VacancyIndex::Entry &entry, Kind kind);
};

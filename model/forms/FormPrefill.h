#pragma once

#include "model/core/Result.h"
#include "model/forms/FormDefinition.h"
#include "model/vault/RecordStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

class SuggestionHistory;

/** A value the case already holds for a form field, and where it came from (shown beside the field). */
struct PrefilledValue
{
    QString value;
    /** Translated, e.g. "From the profile: Postcode". */
    QString source;
};

/**
 * Fills a form's bound fields from the case (docs/forms.md lists the paths). Reading only: editing a
 * prefilled value in a form never changes the case.
 */
class FormPrefill
{
    Q_DECLARE_TR_FUNCTIONS(FormPrefill)

public:
    static bool isKnownPath(const QString &path);
    static QStringList paths();

    /** Every bound field of `form` that the case has a value for. */
    static Result<QMap<QString, PrefilledValue>> fill(const FormDefinition &form,
                                                      const RecordReader &records,
                                                      const QString &personId,
                                                      const QString &coachName,
                                                      const QDate &today);

    /**
     * Whether a form can write a field's value back to the case at `path`: only paths naming one
     * stored value (the person's details and their circumstances), never lists, fit notes or the
     * special paths.
     */
    static bool canUpdateCase(const QString &path);
    /**
     * Writes `value` to the case at `path`, through RecordStore, so the schema checks it as any edit
     * would (its field problems come back as they are). Only when the user asked for it.
     */
    static Status updateCase(RecordStore &records, const QString &personId, const QString &path, const QString &value);

    /**
     * Keeps the values a new draft was filled in with, as the form shows them (the question in the form's
     * language, the value and where it came from), in the person's suggestion history (issue 17 §4).
     */
    static Status recordShown(SuggestionHistory &history,
                              const FormDefinition &form,
                              const QString &draftId,
                              const QString &personId,
                              const QString &language,
                              const QMap<QString, PrefilledValue> &prefilled);
    /**
     * Once the draft is finished: each value filled in was kept (accepted), changed (with the new value) or
     * cleared (rejected), in the person's suggestion history.
     */
    static Status recordDecisions(SuggestionHistory &history,
                                  const QString &draftId,
                                  const QString &personId,
                                  const QMap<QString, QString> &answers);
};

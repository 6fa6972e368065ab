#pragma once

#include "model/forms/FormDefinition.h"
#include "model/notes/NoteExtractor.h"

#include <QCoreApplication>
#include <QString>

/**
 * Where a suggestion from a note goes in an open form: the field bound to the same place in the case
 * (skills, job goals, qualifications, hours available), a barriers choice list that offers the barrier,
 * or, for a date, the date field the user was last in. Only fields shown with the current answers count.
 */
class FormSuggestionTarget
{
    Q_DECLARE_TR_FUNCTIONS(FormSuggestionTarget)

public:
    struct Placement
    {
        QString fieldId;
        /** The value in the field's own form (an ISO date, a choice value, a label for a list). */
        QString value;
        bool isValid() const { return !fieldId.isEmpty(); }
    };

    /**
     * The field for `suggestion` with the (possibly edited) `value`, or an invalid placement when the
     * form has nowhere for it. `lastFocusedField` is the field the user was last in, or empty.
     */
    static Placement place(const FormDefinition &form,
                           const FormAnswers &answers,
                           const ExtractedSuggestion &suggestion,
                           const QString &value,
                           const QString &lastFocusedField = {});
};

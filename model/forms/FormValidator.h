#pragma once

#include "model/forms/FormDefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

/**
 * Checks a form's answers against its definition: each shown field's type, `required`, and its rules
 * in order. Hidden fields are neither checked nor required. Messages come from the definition (or, for
 * the type checks, from Validators) in the language asked for.
 */
class FormValidator
{
    Q_DECLARE_TR_FUNCTIONS(FormValidator)

public:
    struct SectionStatus
    {
        QString sectionId;
        int required = 0;
        int answered = 0;
        int problems = 0;
        bool complete() const { return problems == 0 && answered >= required; }
    };

    /** Field id to the first problem found, empty when the answers can be finished. */
    static QMap<QString, QString>
    problems(const FormDefinition &form, const FormAnswers &answers, const QString &language, const QDate &today);
    /** Per shown section: how many required fields are answered, and whether it is complete. */
    static QVector<SectionStatus>
    sections(const FormDefinition &form, const FormAnswers &answers, const QString &language, const QDate &today);

private:
    static QString typeProblem(const FormField &field, const QString &value);
    /**
     * What to do about an empty required field, in the GOV.UK pattern ("Enter what the claimant will do each
     * week", "Select …", "Type your full name to agree"): an instruction, not the label again with "is needed".
     */
    static QString requiredMessage(const FormField &field, const QString &language);
};

#pragma once

#include "model/forms/FormCatalogue.h"
#include "model/sync/CaseloadSync.h"

#include <QCoreApplication>

#include <optional>

/**
 * Checks forms a caseload bundle brings against this vault's forms (FormCatalogue): the form and its version must be
 * one the vault has, the layout and language ones it offers, every answer must belong to a field of the form and
 * stay within that field's size, and a finished version's answers must pass the form's checks (FormValidator) as on
 * the day it was signed off. Lives in the session because sync sits below forms.
 */
class FormSyncRules : public CaseloadFormRules
{
    Q_DECLARE_TR_FUNCTIONS(FormSyncRules)

public:
    /** The most characters an answer of a type without its own maxLength may hold (a choice list, a name…). */
    static constexpr int MaxOtherAnswer = 1000;
    /** A draft may hold more than the field allows while being typed, but not without bound. */
    static constexpr int MaxDraftAnswer = 4000;

    Status begin(Database &db) override;
    QString problem(const CaseloadForm &form, bool finished, bool *health) const override;

private:
    std::optional<FormCatalogue> m_catalogue;
};

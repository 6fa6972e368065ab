#pragma once

#include "model/core/Result.h"
#include "model/vault/AuditAction.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class AuditLog;

/**
 * A form leaving the vault as a PDF or on paper. The vault cannot protect a file written outside it, so the
 * user is warned first (outsideVaultWarning()) and the fact of the export is audited: which person's form,
 * which version, whether a draft or the take-away summary. Never the file's path, the printer or any answer.
 */
class FormExport
{
    Q_DECLARE_TR_FUNCTIONS(FormExport)

public:
    // Kept for callers that name the action through this class; the values live in AuditAction.
    static constexpr const char *PdfSavedAction = AuditAction::FormPdfSavedOutsideVault.data();
    static constexpr const char *PrintedAction = AuditAction::FormPrinted.data();

    enum class Kind
    {
        Form,
        Summary,
    };

    /** Shown before (GUI) or after (CLI) a PDF is saved outside the vault; in the UI's language. */
    static QString outsideVaultWarning();
    /**
     * The file name a saved document is offered under: "Action plan - Evans, Siân - 2026-12-07.pdf" (the document,
     * the person, the day), so two people's plans saved in one folder are told apart. Characters that file systems
     * refuse, and control characters, become spaces; `person` may be empty.
     */
    static QString suggestedFileName(const QString &title, const QString &person, const QDate &day);

    /**
     * Appends the audit entry: action PdfSavedAction, object `personId`, detail e.g. "cv v1 #2",
     * "cv v1 draft" or "action-plan v1 draft summary". `number` is the finished version's number, 0 for a draft.
     */
    static Status recordPdfSaved(AuditLog &audit,
                                 const QString &personId,
                                 const QString &formId,
                                 int formVersion,
                                 int number,
                                 Kind kind = Kind::Form);
    /** The same for a form sent to a printer (action PrintedAction); a print dialog's "print to file" too. */
    static Status recordPrinted(AuditLog &audit,
                                const QString &personId,
                                const QString &formId,
                                int formVersion,
                                int number,
                                Kind kind = Kind::Form);

private:
    static QString detail(const QString &formId, int formVersion, int number, Kind kind);
};

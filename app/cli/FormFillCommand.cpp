#include "FormFillCommand.h"

#include "model/forms/FormCatalogue.h"
#include "model/forms/FormDocument.h"
#include "model/forms/FormExport.h"
#include "model/forms/FormPrefill.h"
#include "model/forms/FormStore.h"
#include "model/forms/FormValidator.h"
#include "model/session/VaultServices.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/render/DocumentRenderer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    void warn(const QString &text)
    {
        const QByteArray bytes = (QStringLiteral("waymark-cli: ") + text + QLatin1Char('\n')).toUtf8();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }

    /** The answers file: an object of field id to text. Every problem is reported, one per field. */
    Result<FormAnswers> readAnswers(const QString &path, const FormDefinition &form)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, FormFillCommand::tr("%1 cannot be read: %2").arg(path, file.errorString())};
        const QByteArray bytes = file.read(FormFillCommand::MaxAnswersBytes + 1);
        if (bytes.size() > FormFillCommand::MaxAnswersBytes)
            return Error{ErrorCode::Invalid, FormFillCommand::tr("%1 is too large for a form's answers.").arg(path)};
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Error{ErrorCode::Invalid,
                         FormFillCommand::tr("%1 is not valid JSON: %2").arg(path, parseError.errorString())};
        if (!document.isObject())
            return Error{ErrorCode::Invalid,
                         FormFillCommand::tr("%1 must be a JSON object of field id to answer text.").arg(path)};
        FormAnswers answers;
        Error error{ErrorCode::Invalid, FormFillCommand::tr("%1 has answers the form cannot take.").arg(path)};
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!form.field(it.key()))
                error.fieldProblems.insert(it.key(),
                                           FormFillCommand::tr("the form %1 has no such field.").arg(form.id));
            else if (!it.value().isString())
                error.fieldProblems.insert(
                    it.key(),
                    FormFillCommand::tr("the answer must be text in quotes (\"yes\", \"2026-03-03\", \"12\")."));
            else
                answers.insert(it.key(), it.value().toString());
        }
        if (!error.fieldProblems.isEmpty())
            return error;
        return answers;
    }

    int failPerField(CliContext &cli, const QMap<QString, QString> &problems)
    {
        // One line per field, named by its id, so a script can map each line back to the answers file.
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            cli.fail(FormFillCommand::tr("%1: %2").arg(it.key(), it.value()));
        return CliContext::ExitFailure;
    }

    /**
     * Keeps the answers as a finished version signed off by `signedBy`, as the form editor's Finish button does: a
     * draft, then the version. If finishing fails the draft goes too, so a refused command leaves nothing behind.
     */
    Result<FormVersion> finishVersion(FormStore &store,
                                      const FormDefinition &form,
                                      const QString &personId,
                                      const QString &language,
                                      const FormAnswers &answers,
                                      const QString &signedBy,
                                      const QDate &today)
    {
        FormDraft draft;
        draft.personId = personId;
        draft.formId = form.id;
        draft.formVersion = form.version;
        draft.language = language;
        draft.answers = answers;
        auto saved = store.saveDraft(draft);
        if (!saved)
            return saved.error();
        auto version = store.finish(saved.value(), form, signedBy, today);
        if (!version)
            (void)store.discardDraft(saved.value());
        return version;
    }
} // namespace

void FormFillCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::person(),
        CliOptions::option("form",
                           QT_TRANSLATE_NOOP("waymark-cli", "The form's id, as form list shows it."),
                           QT_TRANSLATE_NOOP("waymark-cli", "name")),
        CliOptions::option("answers",
                           QT_TRANSLATE_NOOP("waymark-cli", "A JSON object of field id to answer text."),
                           QT_TRANSLATE_NOOP("waymark-cli", "file")),
        CliOptions::out(),
        CliOptions::option("language",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "The PDF's language: en or cy (default: the person's "
                                             "preference)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "code")),
        CliOptions::option("summary",
                           QT_TRANSLATE_NOOP("waymark-cli", "Write the person's take-away summary, not the form.")),
        CliOptions::option("finish",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "Also finish the form and sign it off as the vault's owner: kept in the "
                                             "vault as a version that cannot change, and sent with the case when "
                                             "caseloads sync. --out is then optional."))};
}

int FormFillCommand::run(CliContext &cli)
{
    int exitCode = CliContext::ExitOk;
    const bool finishing = cli.isSet(QStringLiteral("finish"));
    if (!cli.require({"person", "form", "answers"}, &exitCode) ||
        (!finishing && !cli.require(QStringLiteral("out"), &exitCode)))
        return exitCode;
    const QString personId = cli.value(QStringLiteral("person"));
    const QString formId = cli.value(QStringLiteral("form"));
    const QString outPath = cli.value(QStringLiteral("out"));
    QString language = cli.value(QStringLiteral("language"));
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("cy"))
        return cli.usage(tr("--language must be en or cy."));

    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    Vault *vault = opened->vault.get();
    // The newest version the vault has, which may have come in a forms bundle after this build.
    auto catalogue = opened->services->formCatalogue();
    if (!catalogue)
        return cli.fail(catalogue.error());
    const FormDefinition *form = catalogue.value()->latest(formId);
    if (!form)
        return cli.fail(tr("There is no form called \"%1\". See form list.").arg(formId));

    auto given = readAnswers(cli.value(QStringLiteral("answers")), *form);
    if (!given) {
        if (given.error().fieldProblems.isEmpty())
            return cli.fail(given.error());
        cli.fail(given.error());
        return failPerField(cli, given.error().fieldProblems);
    }
    RecordStore &records = vault->records();
    auto person = records.get(personId);
    if (!person || person->kind != Kinds::Person)
        return cli.fail(tr("There is no person with the id %1 in this vault.").arg(personId));
    auto summary = records.summary(personId);
    if (!summary)
        return cli.fail(summary.error());
    if (language.isEmpty())
        language = summary->preferredLanguage == QLatin1String("cy") ? QStringLiteral("cy") : QStringLiteral("en");

    const QDate today = QDate::currentDate();
    auto prefilled = FormPrefill::fill(*form, records, personId, vault->ownerName(), today);
    if (!prefilled)
        return cli.fail(prefilled.error());
    FormAnswers answers;
    for (auto it = prefilled->cbegin(); it != prefilled->cend(); ++it)
        answers.insert(it.key(), it.value().value);
    for (auto it = given->cbegin(); it != given->cend(); ++it)
        answers.insert(it.key(), it.value());

    // Problems are for the coach at the keyboard, so they are in the UI's language, not the document's.
    const QString uiLanguage = QLocale().language() == QLocale::Welsh ? QStringLiteral("cy") : QStringLiteral("en");
    const QMap<QString, QString> problems = FormValidator::problems(*form, answers, uiLanguage, today);
    if (!problems.isEmpty()) {
        cli.fail(tr("The answers do not pass the form's checks; no PDF was written."));
        return failPerField(cli, problems);
    }

    FormDocumentData data;
    data.personName = summary->documentName();
    data.language = language;
    data.answers = answers;
    const bool takeAway = cli.isSet(QStringLiteral("summary"));
    if (finishing) {
        // A PDF that could not be saved must not leave a signed-off version behind it.
        if (!outPath.isEmpty()) {
            if (Status writable = DocumentRenderer::checkWritable(outPath); !writable)
                return cli.fail(writable.error());
        }
        auto store = opened->services->formStore();
        auto version = finishVersion(*store, *form, personId, language, answers, vault->ownerName(), today);
        if (!version) {
            cli.fail(version.error());
            return version.error().fieldProblems.isEmpty() ? CliContext::ExitFailure
                                                           : failPerField(cli, version.error().fieldProblems);
        }
        // The PDF is then the finished version's, with its number and sign-off, as the forms page prints it.
        data = FormDocument::from(version.value(), data.personName);
        cli.out(
            tr("Finished and signed off as %1: version %2, kept in the vault.").arg(data.signedBy).arg(data.number));
        if (outPath.isEmpty())
            return CliContext::ExitOk;
    }
    const QString html = takeAway ? FormDocument::takeAwaySummary(*form, data) : FormDocument::html(*form, data);
    const QString title = takeAway ? FormDocument::summaryTitle(*form, data) : FormDocument::title(*form, data);
    if (Status written = DocumentRenderer::writePdf(html, title, outPath); !written)
        return cli.fail(written.error());

    // Every PDF outside the vault is audited; if that cannot be recorded, the PDF does not stay.
    if (Status audited = FormExport::recordPdfSaved(vault->audit(),
                                                    personId,
                                                    form->id,
                                                    form->version,
                                                    data.number,
                                                    takeAway ? FormExport::Kind::Summary : FormExport::Kind::Form);
        !audited) {
        QFile::remove(outPath);
        return cli.fail(audited.error());
    }
    warn(FormExport::outsideVaultWarning());
    cli.out(tr("Wrote %1.").arg(outPath));
    return CliContext::ExitOk;
}

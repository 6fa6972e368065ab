// libFuzzer target: any bytes as a form definition (what a forms bundle carries). A definition that parses is then
// used as the app uses one: validated against answers taken from the same bytes, and written as the document in
// both languages, so a hostile definition that passes the parser cannot crash what comes after it.
#include "model/forms/FormDefinition.h"
#include "model/forms/FormDocument.h"
#include "model/forms/FormValidator.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto form = FormDefinition::parse(bytes, QStringLiteral("fuzz.json"));
    if (!form)
        return 0;
    // Answer every field with a slice of the input, so conditions, rules and types all meet odd values.
    FormAnswers answers;
    const QString text = QString::fromUtf8(bytes);
    qsizetype at = 0;
    for (const FormSection &section : form->sections) {
        for (const FormField &field : section.fields) {
            answers.insert(field.id, text.mid(at, 24));
            at = (at + 7) % std::max<qsizetype>(1, text.size());
        }
    }
    const QDate today(2026, 12, 7);
    for (const QString language : {QStringLiteral("en"), QStringLiteral("cy")}) {
        (void)FormValidator::problems(form.value(), answers, language, today);
        (void)FormValidator::sections(form.value(), answers, language, today);
        FormDocumentData document;
        document.personName = QStringLiteral("Fuzz");
        document.language = language;
        document.answers = answers;
        (void)FormDocument::html(form.value(), document);
        (void)FormDocument::takeAwaySummary(form.value(), document);
    }
    return 0;
}

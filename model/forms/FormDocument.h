#pragma once

#include "model/forms/FormDefinition.h"
#include "model/forms/FormStore.h"

#include <QDate>
#include <QString>
#include <QStringList>

/** What a document shows besides the form's own text: whose form it is, its answers and its sign-off. */
struct FormDocumentData
{
    /** As the person is known on the case (PersonSummary::displayName()). */
    QString personName;
    /** "en" or "cy": the person's preference, which may differ from the coach's UI language. */
    QString language = QStringLiteral("en");
    /** A layout id of the form; empty or unknown means the form's first (default) layout. */
    QString layout;
    FormAnswers answers;
    /** 0 for a draft, else the finished version's number (FormVersion::number). */
    int number = 0;
    QString signedBy;
    /** ISO 8601 date-time of the sign-off (FormVersion::signedAt). */
    QString signedAt;
};

/**
 * The HTML of a filled form for QTextDocument (rendered to PDF or paper outside model/), and the short
 * take-away summary for the person. Everything is written in the document's language: the form's own
 * labels from the definition, and the fixed phrases ("Not answered", "What we agreed") from the Welsh
 * catalogue when the language is "cy", whatever language the coach's screen is in. Answers are escaped,
 * so nothing typed into a form can inject markup into the document.
 */
class FormDocument
{
public:
    /** A finished version's document data: its answers, layout, language and sign-off. */
    static FormDocumentData from(const FormVersion &version, const QString &personName);
    /** A draft's document data (the footer says it is not signed off). */
    static FormDocumentData from(const FormDraft &draft, const QString &personName);

    static QString html(const FormDefinition &form, const FormDocumentData &data);
    static QString takeAwaySummary(const FormDefinition &form, const FormDocumentData &data);

    /** The document's title (PDF metadata, window titles): the form's title in the document's language. */
    static QString title(const FormDefinition &form, const FormDocumentData &data);
    static QString summaryTitle(const FormDefinition &form, const FormDocumentData &data);

    /** The shown, answered fields the summary lists: those marked "summary", else the required ones. */
    static QStringList summaryFields(const FormDefinition &form, const FormAnswers &answers);

    /** "3 March 2026" or "3 Mawrth 2026". */
    static QString writtenDate(const QDate &date, const QString &language);
    /** A fixed phrase (marked with QT_TRANSLATE_NOOP("FormDocument", …)) in `language`. */
    static QString phrase(const char *source, const QString &language);
    /**
     * An answer in words, one item per entry of a list (multichoice, skill list): choice labels rather
     * than values, yes/no as words, dates written out. Empty for an empty answer. Not escaped.
     */
    static QStringList answerItems(const FormField &field, const QString &value, const QString &language);
};

#include "model/forms/FormDocument.h"

#include <QDateTime>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace
{
    const QString Welsh = QStringLiteral("cy");

    // The fixed phrases of a document. They are translated into the document's language by phrase(),
    // not by tr(), because a Welsh-speaking person's form is Welsh even on an English-speaking coach's
    // screen (and the other way round).
    const char *const NotAnswered = QT_TRANSLATE_NOOP("FormDocument", "Not answered");
    const char *const Yes = QT_TRANSLATE_NOOP("FormDocument", "Yes");
    const char *const No = QT_TRANSLATE_NOOP("FormDocument", "No");
    const char *const NameLine = QT_TRANSLATE_NOOP("FormDocument", "Name: %1");
    const char *const VersionLine = QT_TRANSLATE_NOOP("FormDocument", "Form version: %1");
    const char *const Draft = QT_TRANSLATE_NOOP("FormDocument", "Draft — not signed off");
    const char *const SignedOff = QT_TRANSLATE_NOOP("FormDocument", "Finished version %1, signed off by %2 on %3.");
    const char *const DateAtTime = QT_TRANSLATE_NOOP("FormDocument", "%1 at %2");
    const char *const SummaryTitle = QT_TRANSLATE_NOOP("FormDocument", "Your summary: %1");
    const char *const ForPerson = QT_TRANSLATE_NOOP("FormDocument", "For %1");
    const char *const WhatWeAgreed = QT_TRANSLATE_NOOP("FormDocument", "What we agreed");
    const char *const NothingYet = QT_TRANSLATE_NOOP("FormDocument", "Nothing has been written down yet.");
    const char *const WhatHappensNext = QT_TRANSLATE_NOOP("FormDocument", "What happens next");
    const char *const NextAppointment =
        QT_TRANSLATE_NOOP("FormDocument", "Your coach will go over this with you at your next appointment.");
    const char *const IfWrong = QT_TRANSLATE_NOOP("FormDocument", "If something here is wrong");
    const char *const TellYourCoach =
        QT_TRANSLATE_NOOP("FormDocument", "If something here is wrong, tell your coach and they will put it right.");
    const char *const KeepThisPage =
        QT_TRANSLATE_NOOP("FormDocument", "Keep this page so you can look back at what you agreed.");

    /** The compiled Welsh catalogue, loaded once and kept apart from the translators the UI installed. */
    const QTranslator *welshCatalogue()
    {
        static const std::unique_ptr<QTranslator> translator = [] {
            auto t = std::make_unique<QTranslator>();
            if (!t->load(QStringLiteral(":/i18n/waymark_cy")))
                t.reset();
            return t;
        }();
        return translator.get();
    }

    QString escaped(const QString &text)
    {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    }

    /** The layout in use: the one asked for if the form has it, else the form's first, else none. */
    QString layoutOf(const FormDefinition &form, const QString &asked)
    {
        for (const FormLayout &l : form.layouts) {
            if (l.id == asked)
                return asked;
        }
        return form.layouts.isEmpty() ? QString() : form.layouts.first().id;
    }

    QString styleFor(const QString &layout)
    {
        // QTextDocument understands a small subset of CSS; keep to it (no flexbox, no columns).
        const QString common = QStringLiteral("body { font-size: 11pt; }"
                                              "h1 { font-size: 20pt; margin-bottom: 4px; }"
                                              "p.meta { color: #444444; margin-top: 0; }"
                                              "p.label { font-weight: bold; margin-top: 8px; margin-bottom: 2px; }"
                                              "p.answer { margin-top: 0; margin-bottom: 4px; }"
                                              "p.statement { font-style: italic; margin-top: 0; margin-bottom: 2px; }"
                                              "p.missing { color: #6b6b6b; font-style: italic; margin-top: 0; }"
                                              "p.footer { color: #444444; font-size: 9pt; }"
                                              "ul { margin-top: 0; }");
        // The skills-based CV is read at a glance: skills in a tinted band, headings smaller and coloured.
        if (layout == QLatin1String("skills-based"))
            return common + QStringLiteral("h2 { font-size: 13pt; color: #1d4f7a; margin-top: 10px; }"
                                           "ul { background-color: #eef3f8; }"
                                           "p.label { color: #1d4f7a; }");
        return common + QStringLiteral("h2 { font-size: 14pt; margin-top: 16px; border-bottom: 1px solid #999999; }");
    }

    /** Sections in the order the layout prints them (a skills-based CV leads with the skills). */
    QVector<const FormSection *> sectionsInOrder(const FormDefinition &form, const QString &layout)
    {
        QVector<const FormSection *> out;
        for (const FormSection &s : form.sections)
            out.append(&s);
        if (layout == QLatin1String("skills-based")) {
            for (qsizetype i = 1; i < out.size(); ++i) {
                if (out.at(i)->id == QLatin1String("skills")) {
                    const FormSection *skills = out.takeAt(i);
                    out.insert(1, skills);
                    break;
                }
            }
        }
        return out;
    }

    QString page(const QString &title, const QString &layout, const QString &body)
    {
        return QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title><style>%2</style></head>"
                              "<body>%3</body></html>")
            .arg(title.toHtmlEscaped(), styleFor(layout), body);
    }

    QString answerHtml(const FormField &field, const QString &value, const QString &language)
    {
        const QStringList items = FormDocument::answerItems(field, value, language);
        if (items.isEmpty())
            return QStringLiteral("<p class=\"missing\">%1</p>")
                .arg(escaped(FormDocument::phrase(NotAnswered, language)));
        if (field.type == FormFieldType::MultiChoice || field.type == FormFieldType::SkillList) {
            QString list = QStringLiteral("<ul>");
            for (const QString &item : items)
                list += QStringLiteral("<li>%1</li>").arg(escaped(item));
            return list + QStringLiteral("</ul>");
        }
        return QStringLiteral("<p class=\"answer\">%1</p>").arg(escaped(items.join(QLatin1Char('\n'))));
    }

    QString fieldHtml(const FormField &field, const FormAnswers &answers, const QString &language)
    {
        QString out = QStringLiteral("<p class=\"label\">%1</p>").arg(escaped(field.label.in(language)));
        if (field.type == FormFieldType::Signature && !field.statement.en.isEmpty())
            out += QStringLiteral("<p class=\"statement\">%1</p>").arg(escaped(field.statement.in(language)));
        return out + answerHtml(field, answers.value(field.id), language);
    }

    QString footer(const FormDocumentData &data)
    {
        QString text;
        if (data.number > 0 && !data.signedBy.isEmpty()) {
            QString when = data.signedAt;
            const QDateTime at = QDateTime::fromString(data.signedAt, Qt::ISODate);
            if (at.isValid()) {
                const QDateTime local = at.toLocalTime();
                when = FormDocument::phrase(DateAtTime, data.language)
                           .arg(FormDocument::writtenDate(local.date(), data.language),
                                local.time().toString(QStringLiteral("HH:mm")));
            }
            text = FormDocument::phrase(SignedOff, data.language).arg(data.number).arg(data.signedBy, when);
        } else {
            text = FormDocument::phrase(Draft, data.language);
        }
        return QStringLiteral("<hr/><p class=\"footer\">%1</p>").arg(escaped(text));
    }
} // namespace

FormDocumentData FormDocument::from(const FormVersion &version, const QString &personName)
{
    FormDocumentData data;
    data.personName = personName;
    data.language = version.language == Welsh ? Welsh : QStringLiteral("en");
    data.layout = version.layout;
    data.answers = version.answers;
    data.number = version.number;
    data.signedBy = version.signedBy;
    data.signedAt = version.signedAt;
    return data;
}

FormDocumentData FormDocument::from(const FormDraft &draft, const QString &personName)
{
    FormDocumentData data;
    data.personName = personName;
    data.language = draft.language == Welsh ? Welsh : QStringLiteral("en");
    data.layout = draft.layout;
    data.answers = draft.answers;
    return data;
}

QString FormDocument::phrase(const char *source, const QString &language)
{
    if (language == Welsh) {
        if (const QTranslator *welsh = welshCatalogue()) {
            const QString translated = welsh->translate("FormDocument", source);
            if (!translated.isEmpty())
                return translated;
        }
    }
    return QString::fromUtf8(source);
}

QString FormDocument::writtenDate(const QDate &date, const QString &language)
{
    // CLDR's month names, so the result does not depend on the locale the program runs in.
    const QLocale locale = language == Welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QStringList FormDocument::answerItems(const FormField &field, const QString &value, const QString &language)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    const auto labelOf = [&](const QString &v) {
        const FormChoice *choice = field.choice(v);
        return choice ? choice->label.in(language) : v;
    };
    switch (field.type) {
    case FormFieldType::Choice:
        return {labelOf(trimmed)};
    case FormFieldType::MultiChoice: {
        QStringList out;
        for (const QString &v : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(labelOf(v.trimmed()));
        return out;
    }
    case FormFieldType::SkillList: {
        QStringList out;
        for (const QString &v : trimmed.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!v.trimmed().isEmpty())
                out.append(v.trimmed());
        }
        return out;
    }
    case FormFieldType::YesNo:
        if (trimmed == QLatin1String("yes"))
            return {phrase(Yes, language)};
        if (trimmed == QLatin1String("no"))
            return {phrase(No, language)};
        return {trimmed};
    case FormFieldType::Date: {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return {date.isValid() ? writtenDate(date, language) : trimmed};
    }
    case FormFieldType::Text:
    case FormFieldType::MultiLine:
    case FormFieldType::Number:
    case FormFieldType::NiNumber:
    case FormFieldType::Postcode:
    case FormFieldType::Phone:
    case FormFieldType::Email:
    case FormFieldType::Signature:
        break;
    }
    return {trimmed};
}

QString FormDocument::title(const FormDefinition &form, const FormDocumentData &data)
{
    return form.title.in(data.language);
}

QString FormDocument::summaryTitle(const FormDefinition &form, const FormDocumentData &data)
{
    return phrase(SummaryTitle, data.language).arg(form.title.in(data.language));
}

QString FormDocument::html(const FormDefinition &form, const FormDocumentData &data)
{
    const QString language = data.language;
    const QString layout = layoutOf(form, data.layout);
    QString body = QStringLiteral("<h1>%1</h1>").arg(escaped(title(form, data)));
    body += QStringLiteral("<p class=\"meta\">%1<br/>%2</p>")
                .arg(escaped(phrase(NameLine, language).arg(data.personName)),
                     escaped(phrase(VersionLine, language).arg(form.version)));
    for (const FormSection *section : sectionsInOrder(form, layout)) {
        QString fields;
        for (const FormField &field : section->fields) {
            // A hidden field is neither checked nor printed (docs/forms.md), even if it holds an old answer.
            if (form.isShown(field, data.answers))
                fields += fieldHtml(field, data.answers, language);
        }
        if (!fields.isEmpty())
            body += QStringLiteral("<h2>%1</h2>").arg(escaped(section->title.in(language))) + fields;
    }
    body += footer(data);
    return page(title(form, data), layout, body);
}

QStringList FormDocument::summaryFields(const FormDefinition &form, const FormAnswers &answers)
{
    bool anyMarked = false;
    for (const FormSection &s : form.sections) {
        for (const FormField &f : s.fields)
            anyMarked = anyMarked || f.summary;
    }
    QStringList out;
    for (const FormSection &s : form.sections) {
        for (const FormField &f : s.fields) {
            if ((anyMarked ? f.summary : f.required) && form.isShown(f, answers) &&
                !answers.value(f.id).trimmed().isEmpty())
                out.append(f.id);
        }
    }
    return out;
}

QString FormDocument::takeAwaySummary(const FormDefinition &form, const FormDocumentData &data)
{
    const QString language = data.language;
    const QString layout = layoutOf(form, data.layout);
    QString agreed;
    QString next;
    for (const QString &id : summaryFields(form, data.answers)) {
        const FormField *field = form.field(id);
        // Dates are what the person has to remember, so they go under "What happens next".
        QString &part = field->type == FormFieldType::Date ? next : agreed;
        part += fieldHtml(*field, data.answers, language);
    }
    if (agreed.isEmpty())
        agreed = QStringLiteral("<p>%1</p>").arg(escaped(phrase(NothingYet, language)));

    QString body = QStringLiteral("<h1>%1</h1>").arg(escaped(summaryTitle(form, data)));
    body += QStringLiteral("<p class=\"meta\">%1</p>").arg(escaped(phrase(ForPerson, language).arg(data.personName)));
    body += QStringLiteral("<h2>%1</h2>").arg(escaped(phrase(WhatWeAgreed, language))) + agreed;
    body += QStringLiteral("<h2>%1</h2>").arg(escaped(phrase(WhatHappensNext, language))) + next;
    body += QStringLiteral("<p>%1</p>").arg(escaped(phrase(NextAppointment, language)));
    body += QStringLiteral("<h2>%1</h2>").arg(escaped(phrase(IfWrong, language)));
    body += QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(escaped(phrase(TellYourCoach, language)), escaped(phrase(KeepThisPage, language)));
    body += footer(data);
    return page(summaryTitle(form, data), layout, body);
}

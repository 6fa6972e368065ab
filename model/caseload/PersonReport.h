#pragma once

#include "model/core/Result.h"
#include "model/vault/SuggestionHistory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

class Vault;

/**
 * A right-of-access copy of everything a vault holds about one person: every kind of record with
 * translated labels, notes with their dates and corrections, consent, and the audit entries about
 * them (date and action only), and "Suggestions made about you": every suggestion the software put in front of the
 * coach about them, in the words shown, with the decision taken, by whom and when, and any disagreement recorded
 * (SuggestionHistory). Rendered as a plain, printable HTML page the person can be given,
 * as JSON for portability, or as text for the command line.
 */
class PersonReport
{
    Q_DECLARE_TR_FUNCTIONS(PersonReport)

public:
    enum class Format
    {
        Html,
        Json,
    };

    struct Field
    {
        QString name;
        QString label;
        QString value;   // as stored
        QString display; // choice labels, grouped NI number, yes/no in words
    };

    struct Entry
    {
        QString id;
        QString createdAt; // UTC, ISO 8601, as stored
        QString updatedAt;
        QVector<Field> fields;
        /** Notes only: the corrections added later, oldest first; the original stays as written. */
        QVector<Entry> corrections;
    };

    struct Section
    {
        QString kind;
        QString label;
        QVector<Entry> entries;
    };

    struct AccessEvent
    {
        QString timestamp; // UTC, ISO 8601
        QString action;    // the audit action key
        QString description;
    };

    /** Reads everything held about `personId`. Reading is not audited here; exportToFile() audits the export. */
    static Result<PersonReport> build(Vault &vault, const QString &personId);
    /** Builds the report, writes it atomically to `path` and audits the export (action export_person, no values). */
    static Status exportToFile(Vault &vault, const QString &personId, const QString &path, Format format);
    /** "html" or "json"; false for anything else. */
    static bool formatFromName(const QString &name, Format *format);

    /** A stored UTC time as the local "yyyy-MM-dd HH:mm" the report shows; unreadable text as it is. */
    static QString localTime(const QString &isoUtc);

    /** One suggestion as the text copy words it: what was shown, the decision and any disagreement, a line each. */
    static QString suggestionText(const SuggestionEntry &entry);

    QString toHtml() const;
    QByteArray toJson() const;
    QString toText() const;

    const QString &personId() const { return m_personId; }
    const QString &displayName() const { return m_displayName; }
    /** The person's preferred language ("en" or "cy"). */
    const QString &language() const { return m_language; }
    const QVector<Section> &sections() const { return m_sections; }
    const QVector<AccessEvent> &accessEvents() const { return m_access; }
    /** Every suggestion shown about the person, oldest first (SuggestionHistory::forPerson). */
    const QVector<SuggestionEntry> &suggestions() const { return m_suggestions; }

private:
    static QString describeAction(const QString &action);
    QString suggestionsHtml() const;
    QString suggestionsText() const;

    QString m_personId;
    QString m_displayName;
    QString m_language;
    QString m_generatedAt;
    QString m_keptBy;
    QVector<Section> m_sections;
    QVector<AccessEvent> m_access;
    QVector<SuggestionEntry> m_suggestions;
};

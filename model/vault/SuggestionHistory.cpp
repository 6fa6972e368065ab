#include "model/vault/SuggestionHistory.h"

#include "model/core/SecureBytes.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace
{
    QString nowUtc()
    {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    }

    QString toJson(const SuggestionShown &shown)
    {
        QJsonObject object{{QStringLiteral("label"), shown.label},
                           {QStringLiteral("detail"), shown.detail},
                           {QStringLiteral("reference"), shown.reference},
                           {QStringLiteral("explanation"), QJsonArray::fromStringList(shown.explanation)},
                           {QStringLiteral("engine"), shown.engine},
                           {QStringLiteral("taxonomy"), shown.taxonomy}};
        if (shown.scorePercent >= 0)
            object.insert(QStringLiteral("score_percent"), shown.scorePercent);
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    SuggestionShown fromRow(const QString &tool, const QString &kind, const QString &subject, const QString &json)
    {
        SuggestionShown shown;
        shown.tool = tool;
        shown.kind = kind;
        shown.subject = subject;
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        shown.label = object.value(QStringLiteral("label")).toString();
        shown.detail = object.value(QStringLiteral("detail")).toString();
        shown.reference = object.value(QStringLiteral("reference")).toString();
        shown.scorePercent = object.value(QStringLiteral("score_percent")).toInt(-1);
        for (const QJsonValue &line : object.value(QStringLiteral("explanation")).toArray())
            shown.explanation.append(line.toString());
        shown.engine = object.value(QStringLiteral("engine")).toString();
        shown.taxonomy = object.value(QStringLiteral("taxonomy")).toString();
        return shown;
    }

    bool knownTool(const QString &tool)
    {
        return tool == SuggestionHistory::ToolMatching || tool == SuggestionHistory::ToolNotes ||
               tool == SuggestionHistory::ToolPrefill;
    }

    bool knownDecision(const QString &decision)
    {
        static const QStringList decisions = {SuggestionHistory::DecisionAccepted,
                                              SuggestionHistory::DecisionChanged,
                                              SuggestionHistory::DecisionRejected,
                                              SuggestionHistory::DecisionShortlisted,
                                              SuggestionHistory::DecisionDiscussed,
                                              SuggestionHistory::DecisionUsedInForm};
        return decisions.contains(decision);
    }

    /** Runs `work` in a transaction of its own, or in the caller's when one is open (SQLite has no nesting). */
    Status inTransaction(Database &db, const std::function<Status()> &work)
    {
        if (!db.inAutocommit())
            return work();
        Transaction transaction(db);
        if (!transaction.beginStatus())
            return transaction.beginStatus();
        if (Status s = work(); !s)
            return s;
        return transaction.commit();
    }

    constexpr const char *EntryColumns = "SELECT id, person_id, tool, kind, subject, shown_at, shown_by, shown, "
                                         "decision, decided_value, decided_by, decided_at FROM suggestion_history ";

    SuggestionEntry readEntry(const Statement &row)
    {
        SuggestionEntry entry;
        entry.id = row.text(0);
        entry.personId = row.text(1);
        entry.shown = fromRow(row.text(2), row.text(3), row.text(4), row.text(7));
        entry.shownAt = row.text(5);
        entry.shownBy = row.text(6);
        entry.decision = row.text(8);
        entry.decidedValue = row.text(9);
        entry.decidedBy = row.text(10);
        entry.decidedAt = row.text(11);
        return entry;
    }
} // namespace

SuggestionHistory::SuggestionHistory(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

QString SuggestionHistory::prefillSubject(const QString &draftId, const QString &fieldId)
{
    return draftId + QLatin1Char('|') + fieldId;
}

Result<SuggestionHistory::Latest>
SuggestionHistory::latest(const QString &personId, const QString &tool, const QString &subject) const
{
    // rowid breaks ties between entries written within the same second.
    Statement row = m_db.prepare("SELECT id, decision <> '', kind, shown FROM suggestion_history "
                                 "WHERE person_id = ? AND tool = ? AND subject = ? ORDER BY shown_at DESC, rowid DESC "
                                 "LIMIT 1");
    row.bind(1, personId).bind(2, tool).bind(3, subject);
    Latest found;
    if (row.next()) {
        found.id = row.text(0);
        found.decided = row.integer(1) != 0;
        found.shown = fromRow(tool, row.text(2), subject, row.text(3));
    } else if (row.failed()) {
        return row.error();
    }
    return found;
}

Result<QString> SuggestionHistory::insert(const QString &personId, const SuggestionShown &shown)
{
    const QString id = Crypto::randomId();
    Statement insert = m_db.prepare("INSERT INTO suggestion_history(id, person_id, tool, kind, subject, shown_at, "
                                    "shown_by, shown) VALUES(?,?,?,?,?,?,?,?)");
    insert.bind(1, id)
        .bind(2, personId)
        .bind(3, shown.tool)
        .bind(4, shown.kind)
        .bind(5, shown.subject)
        .bind(6, nowUtc())
        .bind(7, m_audit.actor())
        .bind(8, toJson(shown));
    if (auto s = insert.exec(); !s)
        return s.error();
    return id;
}

Result<QString> SuggestionHistory::recordShown(const QString &personId, const SuggestionShown &shown)
{
    if (personId.isEmpty() || !knownTool(shown.tool) || shown.subject.isEmpty())
        return Error{ErrorCode::Invalid, tr("A suggestion needs a person, a tool and what it is about.")};
    auto held = latest(personId, shown.tool, shown.subject);
    if (!held)
        return held.error();
    if (!held->id.isEmpty() && !held->decided && held->shown == shown)
        return held->id;
    return insert(personId, shown);
}

Status SuggestionHistory::recordAllShown(const QString &personId, const QVector<SuggestionShown> &shown)
{
    if (personId.isEmpty() || shown.isEmpty())
        return {};
    return inTransaction(m_db, [&]() -> Status {
        for (const SuggestionShown &one : shown) {
            if (auto id = recordShown(personId, one); !id)
                return id.error();
        }
        return {};
    });
}

Status SuggestionHistory::recordMatchesShown(const QString &personId, const QVector<SuggestionShown> &ranked)
{
    return recordAllShown(personId, ranked.mid(0, MaxMatchesPerRun));
}

Status SuggestionHistory::decide(const QString &id, const QString &decision, const QString &decidedValue)
{
    Statement update = m_db.prepare(
        "UPDATE suggestion_history SET decision = ?, decided_value = ?, decided_by = ?, decided_at = ? WHERE id = ?");
    update.bind(1, decision).bind(2, decidedValue).bind(3, m_audit.actor()).bind(4, nowUtc()).bind(5, id);
    return update.exec();
}

Result<QString> SuggestionHistory::recordDecision(const QString &personId,
                                                  const SuggestionShown &shown,
                                                  const QString &decision,
                                                  const QString &decidedValue)
{
    if (!knownDecision(decision))
        return Error{ErrorCode::Invalid, tr("That is not a decision Waymark knows.")};
    if (personId.isEmpty() || !knownTool(shown.tool) || shown.subject.isEmpty())
        return Error{ErrorCode::Invalid, tr("A suggestion needs a person, a tool and what it is about.")};
    auto held = latest(personId, shown.tool, shown.subject);
    if (!held)
        return held.error();
    QString id = held->id;
    if (id.isEmpty() || held->decided) {
        auto added = insert(personId, shown);
        if (!added)
            return added.error();
        id = added.value();
    }
    if (auto s = decide(id, decision, decidedValue); !s)
        return s.error();
    return id;
}

Status SuggestionHistory::decidePrefills(const QString &personId,
                                         const QString &draftId,
                                         const QMap<QString, QString> &answers)
{
    if (personId.isEmpty() || draftId.isEmpty())
        return {};
    const QString prefix = prefillSubject(draftId, QString());
    Statement rows = m_db.prepare("SELECT id, subject, shown, kind FROM suggestion_history WHERE person_id = ? AND "
                                  "tool = ? AND decision = '' AND substr(subject, 1, ?) = ?");
    rows.bind(1, personId).bind(2, QString(ToolPrefill)).bind(3, int(prefix.size())).bind(4, prefix);
    struct Pending
    {
        QString id;
        QString fieldId;
        QString shownValue;
    };
    QVector<Pending> pending;
    while (rows.next()) {
        const SuggestionShown shown = fromRow(QString(ToolPrefill), rows.text(3), rows.text(1), rows.text(2));
        pending.append({rows.text(0), rows.text(1).mid(prefix.size()), shown.detail});
    }
    if (rows.failed())
        return rows.error();
    if (pending.isEmpty())
        return {};
    return inTransaction(m_db, [&]() -> Status {
        for (const Pending &p : std::as_const(pending)) {
            const QString answer = answers.value(p.fieldId).trimmed();
            if (answer == p.shownValue.trimmed()) {
                if (auto s = decide(p.id, DecisionAccepted, {}); !s)
                    return s;
            } else if (answer.isEmpty()) {
                if (auto s = decide(p.id, DecisionRejected, {}); !s)
                    return s;
            } else if (auto s = decide(p.id, DecisionChanged, answer); !s) {
                return s;
            }
        }
        return {};
    });
}

Result<QString> SuggestionHistory::recordDisagreement(const QString &personId,
                                                      const QString &suggestionId,
                                                      const QString &about,
                                                      const QString &reason)
{
    if (about != AboutSuggestion && about != AboutDecision)
        return Error{ErrorCode::Invalid, tr("Say whether the person disagreed with the suggestion or the decision.")};
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return Error{ErrorCode::Invalid, tr("Write what the person said, in a few words.")};
    if (text.size() > MaxReasonLength)
        return Error{ErrorCode::Invalid,
                     tr("Keep the reason to %n characters or fewer.", nullptr, int(MaxReasonLength))};
    auto held = entry(suggestionId);
    if (!held)
        return held.error();
    if (held->personId != personId)
        return Error{ErrorCode::NotFound, tr("There is no suggestion with that id about this person.")};
    if (about == AboutDecision && held->decision.isEmpty())
        return Error{ErrorCode::NotAllowed,
                     tr("No decision has been taken on this suggestion yet, so there is no decision to disagree "
                        "with. Record that they disagreed with the suggestion instead.")};

    const QString id = Crypto::randomId();
    const Status written = inTransaction(m_db, [&]() -> Status {
        Statement insert = m_db.prepare("INSERT INTO suggestion_disagreements(id, suggestion_id, person_id, about, "
                                        "reason, recorded_at, recorded_by) VALUES(?,?,?,?,?,?,?)");
        insert.bind(1, id)
            .bind(2, suggestionId)
            .bind(3, personId)
            .bind(4, about)
            .bind(5, text)
            .bind(6, nowUtc())
            .bind(7, m_audit.actor());
        if (auto s = insert.exec(); !s)
            return s;
        // Ids and the tool only: the reason is the person's words and stays in the vault.
        const QString detail = QStringLiteral("suggestion=%1;about=%2;tool=%3;disagreement=%4")
                                   .arg(suggestionId, about, held->shown.tool, id);
        return m_audit.append(AuditAction::SuggestionDisputed, personId, detail);
    });
    if (!written)
        return written.error();
    return id;
}

Result<SuggestionEntry> SuggestionHistory::entry(const QString &suggestionId) const
{
    const QByteArray sql = QByteArray(EntryColumns) + "WHERE id = ?";
    Statement row = m_db.prepare(sql.constData());
    row.bind(1, suggestionId);
    if (!row.next()) {
        if (row.failed())
            return row.error();
        return Error{ErrorCode::NotFound, tr("There is no suggestion with that id about this person.")};
    }
    SuggestionEntry found = readEntry(row);
    auto all = forPerson(found.personId);
    if (!all)
        return all.error();
    for (const SuggestionEntry &e : std::as_const(all.value())) {
        if (e.id == suggestionId)
            return e;
    }
    return found;
}

Result<QVector<SuggestionEntry>> SuggestionHistory::forPerson(const QString &personId) const
{
    QVector<SuggestionEntry> entries;
    QHash<QString, qsizetype> position;
    {
        const QByteArray sql = QByteArray(EntryColumns) + "WHERE person_id = ? ORDER BY shown_at, rowid";
        Statement rows = m_db.prepare(sql.constData());
        rows.bind(1, personId);
        while (rows.next()) {
            entries.append(readEntry(rows));
            position.insert(entries.last().id, entries.size() - 1);
        }
        if (rows.failed())
            return rows.error();
    }
    Statement disputes = m_db.prepare("SELECT suggestion_id, id, about, reason, recorded_at, recorded_by "
                                      "FROM suggestion_disagreements WHERE person_id = ? ORDER BY recorded_at, rowid");
    disputes.bind(1, personId);
    while (disputes.next()) {
        const auto at = position.constFind(disputes.text(0));
        if (at == position.constEnd())
            continue;
        entries[*at].disagreements.append(
            {disputes.text(1), disputes.text(2), disputes.text(3), disputes.text(4), disputes.text(5)});
    }
    if (disputes.failed())
        return disputes.error();
    return entries;
}

Status SuggestionHistory::eraseFor(Database &db, const QString &personId)
{
    for (const char *sql : {"DELETE FROM suggestion_disagreements WHERE person_id = ?",
                            "DELETE FROM suggestion_history WHERE person_id = ?"}) {
        Statement erase = db.prepare(sql);
        erase.bind(1, personId);
        if (auto s = erase.exec(); !s)
            return s;
    }
    return {};
}

QString SuggestionHistory::toolLabel(const QString &tool)
{
    if (tool == ToolMatching)
        return tr("Job matches");
    if (tool == ToolNotes)
        return tr("Suggestions from notes");
    if (tool == ToolPrefill)
        return tr("Form filled in from the record");
    return tool;
}

QString SuggestionHistory::decisionLabel(const QString &decision)
{
    if (decision.isEmpty())
        return tr("Not decided");
    if (decision == DecisionAccepted)
        return tr("Accepted");
    if (decision == DecisionChanged)
        return tr("Changed, then accepted");
    if (decision == DecisionRejected)
        return tr("Rejected");
    if (decision == DecisionShortlisted)
        return tr("Shortlisted");
    if (decision == DecisionDiscussed)
        return tr("Discussed");
    if (decision == DecisionUsedInForm)
        return tr("Used in a form");
    return decision;
}

QString SuggestionHistory::aboutLabel(const QString &about)
{
    return about == AboutDecision ? tr("the decision") : tr("the suggestion");
}

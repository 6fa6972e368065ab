#include "model/forms/FormStore.h"

#include "model/core/Log.h"
#include "model/core/SecureBytes.h"
#include "model/forms/FormValidator.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
    QString now()
    {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }

    QString fieldListToJson(const QStringList &fields)
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
    }

    QStringList fieldListFromJson(const QString &json)
    {
        QStringList fields;
        for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
            fields.append(value.toString());
        return fields;
    }

    FormDraft draftFrom(const Statement &row)
    {
        return {row.text(0),
                row.text(1),
                row.text(2),
                int(row.integer(3)),
                row.text(4),
                row.text(5),
                FormStore::answersFromJson(row.text(6)),
                row.text(7),
                row.text(8),
                fieldListFromJson(row.text(9))};
    }

    const char *const DraftColumns = "SELECT id, person_id, form_id, form_version, layout, language, answers, "
                                     "started_at, updated_at, update_case FROM form_drafts ";
} // namespace

FormStore::FormStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

QString FormStore::answersToJson(const FormAnswers &answers)
{
    QJsonObject o;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

FormAnswers FormStore::answersFromJson(const QString &json)
{
    FormAnswers answers;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        answers.insert(it.key(), it.value().toString());
    return answers;
}

Result<QString> FormStore::saveDraft(FormDraft draft)
{
    const bool isNew = draft.id.isEmpty();
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    if (isNew) {
        draft.id = Crypto::randomId();
        Statement insert = m_db.prepare(
            "INSERT INTO form_drafts(id, person_id, form_id, form_version, layout, language, answers, started_at, "
            "updated_at, updated_by, update_case) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
        const QString stamp = now();
        insert.bind(1, draft.id)
            .bind(2, draft.personId)
            .bind(3, draft.formId)
            .bind(4, draft.formVersion)
            .bind(5, draft.layout)
            .bind(6, draft.language)
            .bind(7, answersToJson(draft.answers))
            .bind(8, stamp)
            .bind(9, stamp)
            .bind(10, m_audit.actor())
            .bind(11, fieldListToJson(draft.updateCase));
        if (Status s = insert.exec(); !s)
            return s.error();
        if (Status s = m_audit.append(AuditAction::FormStarted, draft.personId, draft.formId); !s)
            return s.error();
    } else {
        Statement update = m_db.prepare("UPDATE form_drafts SET layout = ?, language = ?, answers = ?, updated_at = ?, "
                                        "updated_by = ?, update_case = ? WHERE id = ?");
        update.bind(1, draft.layout)
            .bind(2, draft.language)
            .bind(3, answersToJson(draft.answers))
            .bind(4, now())
            .bind(5, m_audit.actor())
            .bind(6, fieldListToJson(draft.updateCase))
            .bind(7, draft.id);
        if (Status s = update.exec(); !s)
            return s.error();
        if (m_db.changes() == 0)
            return Error{ErrorCode::NotFound, tr("That draft is no longer there.")};
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return draft.id;
}

Result<QVector<FormDraft>> FormStore::drafts(const QString &personId) const
{
    Statement rows =
        m_db.prepare(QByteArray(DraftColumns + QByteArray("WHERE person_id = ? ORDER BY updated_at DESC")).constData());
    rows.bind(1, personId);
    QVector<FormDraft> out;
    while (rows.next())
        out.append(draftFrom(rows));
    if (rows.failed())
        return rows.error();
    return out;
}

Result<FormDraft> FormStore::draft(const QString &draftId) const
{
    Statement row = m_db.prepare(QByteArray(DraftColumns + QByteArray("WHERE id = ?")).constData());
    row.bind(1, draftId);
    if (!row.next())
        return row.failed() ? Error(row.error()) : Error{ErrorCode::NotFound, tr("That draft is no longer there.")};
    return draftFrom(row);
}

Status FormStore::discardDraft(const QString &draftId)
{
    auto existing = draft(draftId);
    if (!existing)
        return existing.error();
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Statement remove = m_db.prepare("DELETE FROM form_drafts WHERE id = ?");
    remove.bind(1, draftId);
    if (Status s = remove.exec(); !s)
        return s;
    if (Status s = m_audit.append(AuditAction::FormDiscarded, existing->personId, existing->formId); !s)
        return s;
    return transaction.commit();
}

Result<FormVersion>
FormStore::finish(const QString &draftId, const FormDefinition &form, const QString &signedBy, const QDate &today)
{
    auto existing = draft(draftId);
    if (!existing)
        return existing.error();
    const FormDraft &d = existing.value();
    if (d.formId != form.id || d.formVersion != form.version)
        return Error{ErrorCode::Invalid, tr("This draft was started on another version of the form.")};
    if (signedBy.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("Say who is signing the form off.")};
    const QMap<QString, QString> problems = FormValidator::problems(form, d.answers, d.language, today);
    if (!problems.isEmpty()) {
        return Error{ErrorCode::Invalid,
                     tr("%n answer(s) need attention before the form can be finished.", nullptr, int(problems.size())),
                     problems};
    }
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    Statement last =
        m_db.prepare("SELECT coalesce(max(number), 0) FROM form_versions WHERE person_id = ? AND form_id = ?");
    last.bind(1, d.personId).bind(2, d.formId);
    if (!last.next())
        return last.error();
    FormVersion v{Crypto::randomId(),
                  d.personId,
                  d.formId,
                  d.formVersion,
                  int(last.integer(0)) + 1,
                  d.layout,
                  d.language,
                  d.answers,
                  signedBy.trimmed(),
                  now()};
    Statement insert = m_db.prepare(
        "INSERT INTO form_versions(id, person_id, form_id, form_version, number, layout, language, answers, signed_by, "
        "signed_at) VALUES(?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, v.id)
        .bind(2, v.personId)
        .bind(3, v.formId)
        .bind(4, v.formVersion)
        .bind(5, v.number)
        .bind(6, v.layout)
        .bind(7, v.language)
        .bind(8, answersToJson(v.answers))
        .bind(9, v.signedBy)
        .bind(10, v.signedAt);
    if (Status s = insert.exec(); !s)
        return s.error();
    Statement remove = m_db.prepare("DELETE FROM form_drafts WHERE id = ?");
    remove.bind(1, draftId);
    if (Status s = remove.exec(); !s)
        return s.error();
    if (Status s =
            m_audit.append(AuditAction::FormFinished, v.personId, QStringLiteral("%1 #%2").arg(v.formId).arg(v.number));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    // The form and version ids only: the person id is left out too, so a log never ties a form to a person.
    qCInfo(lcForms).noquote() << "form finished:" << v.formId << "version" << v.formVersion << "number" << v.number
                              << "record" << v.id;
    return v;
}

Result<QVector<FormVersion>> FormStore::versions(const QString &personId) const
{
    Statement rows = m_db.prepare(
        "SELECT id, person_id, form_id, form_version, number, layout, language, answers, signed_by, signed_at "
        "FROM form_versions WHERE person_id = ? ORDER BY form_id, number");
    rows.bind(1, personId);
    QVector<FormVersion> out;
    while (rows.next()) {
        out.append({rows.text(0),
                    rows.text(1),
                    rows.text(2),
                    int(rows.integer(3)),
                    int(rows.integer(4)),
                    rows.text(5),
                    rows.text(6),
                    answersFromJson(rows.text(7)),
                    rows.text(8),
                    rows.text(9)});
    }
    if (rows.failed())
        return rows.error();
    return out;
}

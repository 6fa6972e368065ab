#include "model/forms/FormStore.h"

#include "model/core/HybridClock.h"
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

FormStore::FormStore(Database &db, AuditLog &audit, HybridClock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
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
            "updated_at, updated_by, update_case, hlc, device, sync_hlc) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        const QString stamp = now();
        const QString hlc = m_clock.now();
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
            .bind(11, fieldListToJson(draft.updateCase))
            .bind(12, hlc)
            .bind(13, m_clock.deviceId())
            .bind(14, hlc);
        if (Status s = insert.exec(); !s)
            return s.error();
        if (Status s = m_audit.append(AuditAction::FormStarted, draft.personId, draft.formId); !s)
            return s.error();
    } else {
        // Each save is a newer stamp: between the owner's own devices the newest save of a draft wins.
        Statement update =
            m_db.prepare("UPDATE form_drafts SET layout = ?1, language = ?2, answers = ?3, updated_at = ?4, "
                         "updated_by = ?5, update_case = ?6, device = ?7, hlc = ?8, sync_hlc = ?8 WHERE id = ?9");
        update.bind(1, draft.layout)
            .bind(2, draft.language)
            .bind(3, answersToJson(draft.answers))
            .bind(4, now())
            .bind(5, m_audit.actor())
            .bind(6, fieldListToJson(draft.updateCase))
            .bind(7, m_clock.deviceId())
            .bind(8, m_clock.now())
            .bind(9, draft.id);
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
    // The next version sorts after every version of this form held here, received ones included, so this device
    // numbers it next; the counter is kept apart from the rows, so erasing a person never frees one for reuse.
    Statement newest = m_db.prepare("SELECT coalesce(max(hlc), ''), count(*) FROM form_versions "
                                    "WHERE person_id = ? AND form_id = ?");
    newest.bind(1, d.personId).bind(2, d.formId);
    if (!newest.next())
        return newest.error();
    if (!newest.text(0).isEmpty())
        (void)m_clock.observe(newest.text(0));
    const int earlier = int(newest.integer(1));
    auto counter = m_db.scalarInteger("SELECT coalesce(max(CAST(value AS INTEGER)), 0) FROM meta "
                                      "WHERE key = 'form_version_counter'");
    if (!counter)
        return counter.error();
    const qint64 seq = counter.value() + 1;
    Statement count = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('form_version_counter', ?)");
    count.bind(1, QString::number(seq));
    if (Status s = count.exec(); !s)
        return s.error();
    FormVersion v;
    v.id = Crypto::randomId();
    v.personId = d.personId;
    v.formId = d.formId;
    v.formVersion = d.formVersion;
    v.number = earlier + 1;
    v.layout = d.layout;
    v.language = d.language;
    v.answers = d.answers;
    v.signedBy = signedBy.trimmed();
    v.signedAt = now();
    v.hlc = m_clock.now();
    v.device = m_clock.deviceId();
    v.deviceSeq = seq;
    v.health = form.health;
    Statement insert = m_db.prepare(
        "INSERT INTO form_versions(id, person_id, form_id, form_version, layout, language, answers, signed_by, "
        "signed_at, hlc, device, device_seq, draft_id, health, sync_hlc) VALUES(?,?,?,?,?,?,?,?,?,?10,?,?,?,?,?10)");
    insert.bind(1, v.id)
        .bind(2, v.personId)
        .bind(3, v.formId)
        .bind(4, v.formVersion)
        .bind(5, v.layout)
        .bind(6, v.language)
        .bind(7, answersToJson(v.answers))
        .bind(8, v.signedBy)
        .bind(9, v.signedAt)
        .bind(10, v.hlc)
        .bind(11, v.device)
        .bind(12, v.deviceSeq)
        .bind(13, draftId)
        .bind(14, v.health ? 1 : 0);
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
                              << "record" << v.id << "device" << v.device << "counter" << v.deviceSeq;
    return v;
}

namespace
{
    const char *const VersionColumns =
        "SELECT v.id, v.person_id, v.form_id, v.form_version, v.layout, v.language, v.answers, v.signed_by, "
        "v.signed_at, v.hlc, v.device, v.device_seq, v.health, v.received_from, coalesce(p.label, '') "
        "FROM form_versions v LEFT JOIN sync_peers p ON p.device_id = v.received_from ";
} // namespace

Result<QVector<FormVersion>> FormStore::versions(const QString &personId) const
{
    // The order that numbers versions: stamp, then device (docs/bundles.md), and the id only to make it total.
    Statement rows = m_db.prepare(QByteArray(VersionColumns + QByteArray("WHERE v.person_id = ? "
                                                                         "ORDER BY v.form_id, v.hlc, v.device, v.id"))
                                      .constData());
    rows.bind(1, personId);
    QVector<FormVersion> out;
    while (rows.next()) {
        FormVersion v;
        v.id = rows.text(0);
        v.personId = rows.text(1);
        v.formId = rows.text(2);
        v.formVersion = int(rows.integer(3));
        v.layout = rows.text(4);
        v.language = rows.text(5);
        v.answers = answersFromJson(rows.text(6));
        v.signedBy = rows.text(7);
        v.signedAt = rows.text(8);
        v.hlc = rows.text(9);
        v.device = rows.text(10);
        v.deviceSeq = rows.integer(11);
        v.health = rows.integer(12) != 0;
        v.receivedFrom = rows.text(13);
        v.receivedFromLabel = rows.text(14);
        v.number = !out.isEmpty() && out.last().formId == v.formId ? out.last().number + 1 : 1;
        out.append(v);
    }
    if (rows.failed())
        return rows.error();
    return out;
}

Result<FormVersion> FormStore::version(const QString &versionId) const
{
    Statement owner = m_db.prepare("SELECT person_id FROM form_versions WHERE id = ?");
    owner.bind(1, versionId);
    if (!owner.next()) {
        return owner.failed() ? Error(owner.error())
                              : Error{ErrorCode::NotFound, tr("That finished form is not in this vault.")};
    }
    auto all = versions(owner.text(0));
    if (!all)
        return all.error();
    for (const FormVersion &v : all.value()) {
        if (v.id == versionId)
            return v;
    }
    return Error{ErrorCode::NotFound, tr("That finished form is not in this vault.")};
}

#include "model/forms/FormsBundle.h"

#include "model/forms/FormLibrary.h"
#include "model/io/PayloadArchive.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace
{
    bool progressed(const ImportProgress &progress, qsizetype done, qsizetype total)
    {
        return !progress || progress(100 + int(800LL * done / std::max<qsizetype>(1, total)));
    }

    /** The newest version this vault has of each form, built in or stored from an earlier bundle. */
    Result<QHash<QString, int>> newestVersions(Database &db)
    {
        auto builtIn = FormLibrary::builtIn();
        if (!builtIn)
            return builtIn.error();
        QHash<QString, int> newest;
        for (const FormDefinition &form : std::as_const(builtIn.value()))
            newest.insert(form.id, std::max(form.version, newest.value(form.id)));
        Statement stored = db.prepare("SELECT form_id, max(version) FROM form_definitions GROUP BY form_id");
        while (stored.next()) {
            const QString id = stored.text(0);
            newest.insert(id, std::max(int(stored.integer(1)), newest.value(id)));
        }
        if (stored.failed())
            return stored.error();
        return newest;
    }
} // namespace

QByteArray FormsBundle::encode(const QVector<FormFile> &files)
{
    PayloadWriter writer(QByteArrayLiteral("forms/1"));
    writer.writeCount(quint64(files.size()));
    for (const FormFile &file : files) {
        writer.writeString(file.fileName);
        writer.writeBytes(file.definition);
    }
    return writer.finish();
}

Status FormsBundle::read(PayloadReader &reader)
{
    m_files.clear();
    const quint64 count = reader.readCount(MaxForms);
    for (quint64 i = 0; i < count && reader.ok(); ++i) {
        FormFile file;
        file.fileName = reader.readString(MaxFileNameBytes);
        // One byte over the limit is still read, so parse() reports the definition as too large by name.
        file.definition = reader.readBytes(int(FormDefinition::MaxBytes) + 1);
        m_files.append(std::move(file));
    }
    return reader.ok() ? Status() : Status(reader.error());
}

Status
FormsBundle::apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress)
{
    auto newest = newestVersions(db);
    if (!newest)
        return newest.error();

    struct Parsed
    {
        FormDefinition form;
        QByteArray json;
    };
    QVector<Parsed> parsed;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const FormFile &file = m_files.at(i);
        if (!progressed(progress, i + 1, m_files.size()))
            return Error{ErrorCode::Cancelled, tr("The import was cancelled. Nothing was changed.")};
        auto form = FormDefinition::parse(file.definition, file.fileName);
        if (!form) {
            // The message already names the file, the line and the reason; the form keeps the version it had.
            if (Status s = quarantine(db, header, file.fileName, form.error().message, file.definition, summary); !s)
                return s;
            continue;
        }
        parsed.append({std::move(form).value(), file.definition});
    }
    // Oldest first, so a bundle that carries versions 2 and 3 of a form stores both.
    std::stable_sort(
        parsed.begin(), parsed.end(), [](const Parsed &a, const Parsed &b) { return a.form.version < b.form.version; });

    Statement insert = db.prepare(
        "INSERT INTO form_definitions(form_id, version, definition, publisher, imported_at) VALUES(?,?,?,?,?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Parsed &p : std::as_const(parsed)) {
        const auto held = newest->constFind(p.form.id);
        const bool known = held != newest->constEnd();
        if (known && p.form.version <= held.value()) {
            // Not an error: publishers resend whole sets, and the vault already has this version or a newer one.
            summary.rejections.append(tr("%1: version %2 is not newer than version %3, which this vault already "
                                         "has; skipped")
                                          .arg(p.form.id)
                                          .arg(p.form.version)
                                          .arg(held.value()));
            continue;
        }
        insert.reset();
        insert.bind(1, p.form.id)
            .bind(2, p.form.version)
            .bind(3, QString::fromUtf8(p.json))
            .bind(4, header.publisherKey())
            .bind(5, now);
        if (Status s = insert.exec(); !s)
            return s;
        ++(known ? summary.changed : summary.added);
        newest->insert(p.form.id, p.form.version);
    }
    return {};
}

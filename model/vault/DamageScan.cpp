#include "model/vault/DamageScan.h"

#include "model/core/Log.h"
#include "model/vault/Database.h"

namespace
{
    /** Names come from the database's own catalogue; quoted all the same, as SQL identifiers must be. */
    QString quoted(const QString &identifier)
    {
        QString inner = identifier;
        inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + inner + QLatin1Char('"');
    }

    /** Steps through every row, touching every column so that values kept on overflow pages are read too. */
    bool readsInFull(Database &db, const QString &sql)
    {
        Statement rows = db.prepare(sql.toUtf8().constData());
        if (!rows.isValid())
            return true; // not a query this build can run (a partial index), so not something to report as damage
        const int columns = rows.columnCount();
        while (rows.next()) {
            for (int column = 0; column < columns; ++column)
                (void)rows.view(column);
        }
        return !rows.failed();
    }

    struct Object
    {
        QString type;
        QString name;
        QString table;
    };
} // namespace

Result<QStringList> DamageScan::run(Database &db)
{
    QVector<Object> objects;
    {
        Statement catalogue = db.prepare(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY type DESC, name");
        while (catalogue.next())
            objects.append({catalogue.text(0), catalogue.text(1), catalogue.text(2)});
        if (catalogue.failed() || !catalogue.isValid())
            return catalogue.error();
    }

    QStringList problems;
    for (const Object &object : std::as_const(objects)) {
        if (object.type == QLatin1String("table")) {
            if (!readsInFull(db, QStringLiteral("SELECT * FROM %1").arg(quoted(object.name))))
                problems.append(tr("The vault is damaged: its %1 table can't be read.").arg(object.name));
            continue;
        }
        // An index is read on its own pages only when the query needs nothing else: select just its columns.
        QStringList columns;
        Statement info =
            db.prepare(QStringLiteral("PRAGMA index_info(%1)").arg(quoted(object.name)).toUtf8().constData());
        while (info.next()) {
            if (!info.isNull(2))
                columns.append(quoted(info.text(2)));
        }
        if (info.failed()) {
            problems.append(
                tr("The vault is damaged: the index %1 of its %2 table can't be read.").arg(object.name, object.table));
            continue;
        }
        if (columns.isEmpty())
            continue;
        const QString scan = QStringLiteral("SELECT %1 FROM %2 INDEXED BY %3")
                                 .arg(columns.join(QLatin1Char(',')), quoted(object.table), quoted(object.name));
        if (!readsInFull(db, scan))
            problems.append(
                tr("The vault is damaged: the index %1 of its %2 table can't be read.").arg(object.name, object.table));
    }

    // SQLite's own check finds what reading does not (a row missing from an index, a page used twice). Its lines
    // are kept only when nothing was named above: after a damaged page they are hundreds of page numbers.
    QStringList findings;
    Statement check = db.prepare("PRAGMA integrity_check");
    while (check.next()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            findings.append(line);
    }
    if (problems.isEmpty() && check.failed())
        problems.append(check.error().message);
    else if (problems.isEmpty())
        problems += findings.mid(0, 20);
    // Names of tables and counts only: no row is ever logged.
    if (!problems.isEmpty())
        qCInfo(lcDb) << "damage scan:" << problems.size() << "problems in" << objects.size() << "tables and indexes";
    return problems;
}

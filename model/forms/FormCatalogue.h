#pragma once

#include "model/core/Result.h"
#include "model/forms/FormDefinition.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Database;

/**
 * The forms a vault can use: the built-in ones (FormLibrary) and every version stored from `forms`
 * bundles. New drafts start on the newest version of a form (latest()); a draft already started keeps
 * its version and finds it with find(), even after a newer one has arrived.
 *
 * Pointers returned by the lookups stay valid while this catalogue lives.
 */
class FormCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(FormCatalogue)

public:
    /** One definition and where it came from. */
    struct Entry
    {
        FormDefinition form;
        /** The bundle's publisher; empty for a built-in form. */
        QString publisher;
        /** When the bundle was imported (ISO 8601, UTC); empty for a built-in form. */
        QString importedAt;

        bool isBuiltIn() const { return publisher.isEmpty(); }
    };

    /** The built-in forms only, for tools that have no vault open. */
    static Result<FormCatalogue> builtIn();
    /**
     * The built-in forms plus every definition stored in the vault. A stored definition that no longer
     * parses (or whose id or version disagrees with its row) is left out with a warning, not fatal: the
     * other versions of that form still load.
     */
    static Result<FormCatalogue> load(Database &db);

    /** The newest version of each form, sorted by English title. */
    QVector<const FormDefinition *> latest() const;
    /** The newest version of form `id`, or nullptr if there is no such form. */
    const FormDefinition *latest(const QString &id) const;
    /** Exactly version `version` of form `id` (a draft's), or nullptr if this vault does not have it. */
    const FormDefinition *find(const QString &id, int version) const;
    /** Every version of form `id` this vault has, oldest first. */
    QVector<int> versions(const QString &id) const;

    /** Where `form` came from, for display: "built in" or the publisher's name. */
    QString source(const FormDefinition &form) const;
    /** The entry for `form` (found by id and version), or nullptr. */
    const Entry *entry(const FormDefinition &form) const;
    const QVector<Entry> &entries() const { return m_entries; }

private:
    const Entry *entry(const QString &id, int version) const;
    void add(Entry entry);

    /** Sorted by form id, then version. */
    QVector<Entry> m_entries;
};

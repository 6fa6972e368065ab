#include "model/forms/FormCatalogue.h"

#include "model/bundles/TrustStore.h"
#include "model/core/Log.h"
#include "model/forms/FormLibrary.h"
#include "model/vault/Database.h"

#include <algorithm>

Result<FormCatalogue> FormCatalogue::builtIn()
{
    auto forms = FormLibrary::builtIn();
    if (!forms)
        return forms.error();
    FormCatalogue catalogue;
    for (FormDefinition &form : forms.value())
        catalogue.add({std::move(form), {}, {}});
    return catalogue;
}

Result<FormCatalogue> FormCatalogue::load(Database &db)
{
    auto catalogue = builtIn();
    if (!catalogue)
        return catalogue;
    // Stored by the signing key's id; shown by the name a person gave that key.
    const QHash<QString, QString> labels = TrustStore::labelsByKeyId(db);
    Statement stored = db.prepare("SELECT form_id, version, definition, publisher, imported_at FROM form_definitions");
    while (stored.next()) {
        const QString id = stored.text(0);
        const int version = int(stored.integer(1));
        // Checked again on the way out: a later build may check more than the one that imported it.
        auto form = FormDefinition::parse(stored.text(2).toUtf8(), QStringLiteral("%1.json").arg(id));
        if (!form || form->id != id || form->version != version) {
            qCWarning(lcVault) << "stored form definition left out:" << id << "version" << version;
            continue;
        }
        catalogue->add({std::move(form).value(), labels.value(stored.text(3), stored.text(3)), stored.text(4)});
    }
    if (stored.failed())
        return stored.error();
    return catalogue;
}

void FormCatalogue::add(Entry entry)
{
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry, [](const Entry &a, const Entry &b) {
        return std::pair(a.form.id, a.form.version) < std::pair(b.form.id, b.form.version);
    });
    // Built-in forms are added first, so a stored definition with the same version replaces one: it is the
    // text this vault's drafts were started on, should a later build ship a form under the same number.
    if (at != m_entries.end() && at->form.id == entry.form.id && at->form.version == entry.form.version)
        *at = std::move(entry);
    else
        m_entries.insert(at, std::move(entry));
}

QVector<const FormDefinition *> FormCatalogue::latest() const
{
    QVector<const FormDefinition *> forms;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const bool newest = i + 1 == m_entries.size() || m_entries.at(i + 1).form.id != m_entries.at(i).form.id;
        if (newest)
            forms.append(&m_entries.at(i).form);
    }
    std::stable_sort(forms.begin(), forms.end(), [](const FormDefinition *a, const FormDefinition *b) {
        return QString::localeAwareCompare(a->title.en, b->title.en) < 0;
    });
    return forms;
}

const FormDefinition *FormCatalogue::latest(const QString &id) const
{
    const FormDefinition *newest = nullptr;
    for (const Entry &e : m_entries) {
        if (e.form.id == id)
            newest = &e.form;
    }
    return newest;
}

const FormDefinition *FormCatalogue::find(const QString &id, int version) const
{
    const Entry *e = entry(id, version);
    return e ? &e->form : nullptr;
}

QVector<int> FormCatalogue::versions(const QString &id) const
{
    QVector<int> out;
    for (const Entry &e : m_entries) {
        if (e.form.id == id)
            out.append(e.form.version);
    }
    return out;
}

QString FormCatalogue::source(const FormDefinition &form) const
{
    const Entry *e = entry(form);
    if (!e)
        return {};
    return e->isBuiltIn() ? tr("built in") : e->publisher;
}

const FormCatalogue::Entry *FormCatalogue::entry(const FormDefinition &form) const
{
    return entry(form.id, form.version);
}

const FormCatalogue::Entry *FormCatalogue::entry(const QString &id, int version) const
{
    for (const Entry &e : m_entries) {
        if (e.form.id == id && e.form.version == version)
            return &e;
    }
    return nullptr;
}

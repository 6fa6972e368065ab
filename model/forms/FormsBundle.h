#pragma once

#include "model/bundles/BundleImporter.h"
#include "model/forms/FormDefinition.h"

#include <QCoreApplication>
#include <QVector>

/** One form definition as a `forms` bundle carries it: the file it was built from (for messages) and its JSON. */
struct FormFile
{
    QString fileName;
    QByteArray definition;
};

/**
 * `forms` bundles: form definitions (docs/forms.md) a publisher sends to every vault. Each is checked
 * again on import with FormDefinition::parse; one that fails is quarantined with its line and reason and
 * the rest applies. A definition only supersedes: one whose version is not newer than the newest this
 * vault already has for that form (built in or from a bundle) is skipped. Older versions stay stored,
 * because a draft keeps the version it was started on.
 */
class FormsBundle : public BundleHandler
{
    Q_DECLARE_TR_FUNCTIONS(FormsBundle)

public:
    static constexpr quint64 MaxForms = 200;
    static constexpr int MaxFileNameBytes = 255;

    static QByteArray encode(const QVector<FormFile> &files);

    BundleKind kind() const override { return BundleKind::Forms; }
    QByteArray schema() const override { return QByteArrayLiteral("forms/1"); }
    Status read(PayloadReader &reader) override;
    Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) override;

private:
    QVector<FormFile> m_files;
};

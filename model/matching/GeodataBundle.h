#pragma once

#include "model/bundles/BundleImporter.h"

#include <QString>
#include <QVector>

struct OutcodeCentroid
{
    QString outcode;
    double latitude = 0;
    double longitude = 0;
};

/**
 * `geodata` bundles: the centre of each UK postcode outward code ("LS1"), so a postcode can be placed
 * on the map for travel distances without any network lookup.
 */
class GeodataBundle : public BundleHandler
{
    Q_DECLARE_TR_FUNCTIONS(GeodataBundle)

public:
    static constexpr quint64 MaxOutcodes = 10000;

    static QByteArray encode(const QVector<OutcodeCentroid> &centroids);
    /** Where the vault places an outcode, if a geodata bundle has told it. */
    static std::optional<OutcodeCentroid> lookup(Database &db, const QString &outcode);

    BundleKind kind() const override { return BundleKind::Geodata; }
    QByteArray schema() const override { return QByteArrayLiteral("geodata/1"); }
    Status read(PayloadReader &reader) override;
    Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) override;

private:
    QVector<OutcodeCentroid> m_items;
};

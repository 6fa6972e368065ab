#include "ReportMap.h"

#include "model/matching/GeodataBundle.h"
#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/vault/Vault.h"

#include <QHash>

Result<ReportMap::Points> ReportMap::build(Vault &vault, QDate from, QDate to)
{
    Points points;
    PartnerDirectory directory(vault.database(), vault.audit());
    auto partners = directory.list();
    if (!partners)
        return partners.error();
    QHash<QString, ReportMapPoint> byPartner;
    for (const Partner &p : partners.value()) {
        const QString outcode = p.postcode.section(QLatin1Char(' '), 0, 0).trimmed().toUpper();
        const auto centre = outcode.isEmpty() ? std::nullopt : GeodataBundle::lookup(vault.database(), outcode);
        if (!centre) {
            ++points.unplaced;
            continue;
        }
        ReportMapPoint point{ReportMapPoint::Kind::Partner, p.name, outcode, centre->latitude, centre->longitude, 0};
        byPartner.insert(p.id, point);
        points.placed.append(point);
    }
    OutreachSessions store(vault.database(), vault.audit());
    auto sessions = store.list(from, to);
    if (!sessions)
        return sessions.error();
    QHash<QString, int> venueIndex;
    for (const OutreachSession &s : sessions.value()) {
        const QString venue = s.venue.simplified();
        const QString key = venue.toCaseFolded();
        if (const int at = venueIndex.value(key, -1); at >= 0) {
            ++points.placed[at].sessions;
            continue;
        }
        const auto partner = byPartner.constFind(s.partnerId);
        if (partner == byPartner.constEnd()) {
            if (!venueIndex.contains(key)) {
                venueIndex.insert(key, -2);
                ++points.unplaced;
            }
            continue;
        }
        ReportMapPoint point = partner.value();
        point.kind = ReportMapPoint::Kind::Venue;
        point.label = venue;
        point.sessions = 1;
        venueIndex.insert(key, int(points.placed.size()));
        points.placed.append(point);
    }
    return points;
}

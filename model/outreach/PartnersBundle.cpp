#include "PartnersBundle.h"

#include "model/core/DisplaySafe.h"
#include "model/core/Validators.h"
#include "model/io/PayloadArchive.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QSet>

namespace
{
    constexpr int MaxIdBytes = 200;
    constexpr int MaxNameBytes = 4 * PartnerDirectory::MaxNameLength;
    constexpr int MaxTextBytes = 4 * PartnerDirectory::MaxTextLength;

    void writeList(PayloadWriter &writer, const QStringList &list)
    {
        writer.writeCount(quint64(list.size()));
        for (const QString &item : list)
            writer.writeString(item);
    }

    QStringList readList(PayloadReader &reader, quint64 maximum)
    {
        QStringList out;
        const quint64 count = reader.readCount(maximum);
        for (quint64 i = 0; i < count && reader.ok(); ++i)
            out.append(reader.readString(MaxIdBytes));
        return out;
    }
} // namespace

QString PartnersBundle::storedId(const QString &publisherKey, const QString &itemId)
{
    return publisherKey + QLatin1Char(':') + itemId;
}

QByteArray PartnersBundle::encode(const QVector<Partner> &partners, const QVector<VocabularyEntry> &addedServices)
{
    PayloadWriter writer(QByteArrayLiteral("partners/1"));
    writer.writeCount(quint64(addedServices.size()));
    for (const VocabularyEntry &service : addedServices) {
        writer.writeString(service.key);
        writer.writeString(service.english);
        writer.writeString(service.welsh);
    }
    writer.writeCount(quint64(partners.size()));
    for (const Partner &p : partners) {
        writer.writeString(p.id);
        writer.writeString(p.name);
        writer.writeString(p.kind);
        writeList(writer, p.services);
        writeList(writer, p.languages);
        writer.writeString(p.address);
        writer.writeString(p.postcode);
        writer.writeString(p.opening);
        writer.writeString(p.phone);
        writer.writeString(p.email);
        writer.writeString(p.website);
        writer.writeString(p.howToRefer);
        writer.writeBool(p.consentNeeded);
    }
    return writer.finish();
}

Status PartnersBundle::read(PayloadReader &reader)
{
    m_services.clear();
    m_partners.clear();
    const quint64 services = reader.readCount(MaxAddedServices);
    for (quint64 i = 0; i < services && reader.ok(); ++i) {
        VocabularyEntry entry;
        entry.key = reader.readString(MaxIdBytes);
        entry.english = reader.readString(MaxNameBytes);
        entry.welsh = reader.readString(MaxNameBytes);
        m_services.append(std::move(entry));
    }
    const quint64 count = reader.readCount(MaxPartners);
    for (quint64 i = 0; i < count && reader.ok(); ++i) {
        Partner p;
        p.id = reader.readString(MaxIdBytes);
        p.name = reader.readString(MaxNameBytes);
        p.kind = reader.readString(MaxIdBytes);
        p.services = readList(reader, PartnerDirectory::MaxServices);
        p.languages = readList(reader, PartnerDirectory::MaxLanguages);
        p.address = reader.readString(MaxTextBytes);
        p.postcode = reader.readString(MaxIdBytes);
        p.opening = reader.readString(MaxTextBytes);
        p.phone = reader.readString(MaxTextBytes);
        p.email = reader.readString(MaxTextBytes);
        p.website = reader.readString(MaxTextBytes);
        p.howToRefer = reader.readString(MaxTextBytes);
        p.consentNeeded = reader.readBool();
        m_partners.append(std::move(p));
    }
    return reader.ok() ? Status() : Status(reader.error());
}

Status
PartnersBundle::apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress)
{
    Q_UNUSED(progress)
    const QString publisher = header.publisherKey();

    // The services this publisher adds replace those it added before; a service named by no one is dropped.
    Statement dropServices = db.prepare("DELETE FROM partner_services WHERE origin = ?");
    dropServices.bind(1, publisher);
    if (Status s = dropServices.exec(); !s)
        return s;
    QStringList known = PartnerVocabulary::builtInServices();
    Statement otherServices = db.prepare("SELECT key FROM partner_services");
    while (otherServices.next())
        known.append(otherServices.text(0));
    Statement addService =
        db.prepare("INSERT OR IGNORE INTO partner_services(key, origin, label_en, label_cy) VALUES(?,?,?,?)");
    for (const VocabularyEntry &service : std::as_const(m_services)) {
        QString problem;
        if (!PartnerVocabulary::isKey(service.key))
            problem = tr("a service's key must be lower-case letters, digits and underscores");
        else if (service.english.trimmed().isEmpty())
            problem = tr("the service %1 has no English name").arg(service.key);
        if (!problem.isEmpty()) {
            if (Status s = quarantine(db, header, service.key, problem, service.english.toUtf8(), summary); !s)
                return s;
            continue;
        }
        addService.reset();
        addService.bind(1, service.key)
            .bind(2, publisher)
            .bind(3, DisplaySafe::singleLine(service.english).left(PartnerDirectory::MaxNameLength))
            .bind(4, DisplaySafe::singleLine(service.welsh).left(PartnerDirectory::MaxNameLength));
        if (Status s = addService.exec(); !s)
            return s;
        known.append(service.key);
    }

    Statement removed = db.prepare("DELETE FROM partners WHERE origin = ?");
    removed.bind(1, publisher);
    if (Status s = removed.exec(); !s)
        return s;
    summary.withdrawn = db.changes();

    Statement insert = db.prepare("INSERT INTO partners(id, origin, name, kind, services, languages, address, "
                                  "postcode, opening, phone, email, website, how_to_refer, consent_needed, "
                                  "updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSet<QString> seen;
    for (const Partner &given : std::as_const(m_partners)) {
        Partner p = given;
        p.name = DisplaySafe::singleLine(p.name);
        for (QString *text : {&p.address, &p.opening, &p.howToRefer})
            *text = DisplaySafe::multiLine(*text);
        for (QString *text : {&p.phone, &p.email, &p.website, &p.postcode})
            *text = DisplaySafe::singleLine(*text);
        QString problem;
        if (p.id.trimmed().isEmpty() || !PartnerVocabulary::isKey(p.id.toLower()))
            problem = tr("a partner needs an id of letters, digits and underscores");
        else if (seen.contains(p.id))
            problem = tr("the partner id %1 appears twice").arg(p.id);
        else if (const auto problems = PartnerDirectory::check(p, known); !problems.isEmpty())
            problem = problems.first();
        if (!problem.isEmpty()) {
            if (Status s = quarantine(db, header, p.id.left(MaxIdBytes), problem, p.name.toUtf8(), summary); !s)
                return s;
            continue;
        }
        seen.insert(p.id);
        // Stored as a hand-entered partner's is, so a search or a map finds both the same way.
        if (!p.postcode.trimmed().isEmpty())
            p.postcode = Validators::postcode(p.postcode).canonical;
        p.services.removeDuplicates();
        p.languages.removeDuplicates();
        insert.reset();
        insert.bind(1, storedId(publisher, p.id))
            .bind(2, publisher)
            .bind(3, p.name.trimmed())
            .bind(4, p.kind)
            .bind(5, p.services.join(QLatin1Char('\n')))
            .bind(6, p.languages.join(QLatin1Char('\n')))
            .bind(7, p.address.trimmed())
            .bind(8, p.postcode.trimmed())
            .bind(9, p.opening.trimmed())
            .bind(10, p.phone.trimmed())
            .bind(11, p.email.trimmed())
            .bind(12, p.website.trimmed())
            .bind(13, p.howToRefer.trimmed())
            .bind(14, p.consentNeeded ? 1 : 0)
            .bind(15, now);
        if (Status s = insert.exec(); !s)
            return s;
        ++summary.added;
    }
    // A partner that was there before and is again is a change, not a withdrawal and an addition.
    const int again = std::min(summary.withdrawn, summary.added);
    summary.changed = again;
    summary.added -= again;
    summary.withdrawn -= again;
    return {};
}

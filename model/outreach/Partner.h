#pragma once

#include <QString>
#include <QStringList>

/** A local organisation people can be referred to (docs/outreach.md). */
struct Partner
{
    /** Origin of a partner the coach added on this device; anything else is the publisher key of a bundle. */
    static inline const QString OwnOrigin = QStringLiteral("own");

    QString id;
    QString origin = OwnOrigin;
    QString name;
    QString kind; // PartnerVocabulary::organisationKinds()
    QStringList services;
    QStringList languages; // "en", "cy", …
    QString address;
    QString postcode;
    /** Where and when, in words: "Tuesdays 10 to 12 at the library". */
    QString opening;
    QString phone;
    QString email;
    QString website;
    QString howToRefer;
    bool consentNeeded = true;
    QString updatedAt;

    bool isOwn() const { return origin == OwnOrigin; }
};

/** What a directory search keeps: every given part must hold (text in the name, address or postcode). */
struct PartnerFilter
{
    QString text;
    QString service;
    QString language;
    QString kind;
    bool ownOnly = false;
};

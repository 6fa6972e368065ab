#pragma once

#include "model/vault/EntitySchema.h"

#include <QString>

/** One stored record about a person: a kind from EntitySchema and its field values. */
struct Record
{
    QString id;
    QString personId;
    QString kind;
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    FieldMap fields;

    QString value(const QString &name) const { return fields.value(name); }
};

/** What the caseload list shows for one person: enough to find and sort, nothing more. */
struct PersonSummary
{
    QString id;
    QString givenName;
    QString familyName;
    QString preferredName;
    QString niNumber;
    QString postcode;
    QString status;
    QString owner;
    QString preferredLanguage;
    QString nextAppointment; // "yyyy-MM-dd HH:mm", empty when none is planned
    QString lastNote;        // date of the latest note, empty when none

    /** "Family, Given" for lists sorted by family name. */
    QString displayName() const;
    /** "Preferred-or-given Family", as written on a document given to the person. */
    QString documentName() const;
};

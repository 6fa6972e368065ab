#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

/** One entry of a controlled list: a stable key stored in the vault, and its name in English and Welsh. */
struct VocabularyEntry
{
    QString key;
    QString english;
    QString welsh;

    /** The name in the interface language: Welsh when the interface is Welsh and a Welsh name was given. */
    QString name() const;
};

/**
 * The controlled lists the outreach records use: what kind of organisation a partner is, the services partners
 * offer, and the topics of an outreach session. Keys are stored; names are shown in the interface language. The
 * services list is extendable: an admin's `partners` bundle may add services, which arrive with both names.
 */
class PartnerVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(PartnerVocabulary)

public:
    static QStringList organisationKinds();
    static QString organisationKindName(const QString &key);

    static QStringList builtInServices();
    /** The name of a built-in service, or an empty string for a key the built-in list does not hold. */
    static QString builtInServiceName(const QString &key);

    static QStringList sessionTopics();
    static QString sessionTopicName(const QString &key);

    /** Language codes a partner may work in; `cy` is Welsh. Others are ISO 639-1 codes as given. */
    static QString languageName(const QString &code);

    /** A key as the lists store it: lower case ASCII letters, digits and underscores, 1 to 40 characters. */
    static bool isKey(const QString &key);
};

#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

class Taxonomy;

/** The quality figures `make bench` last measured, shipped in the build (resources/quality/last-bench.json). */
struct QualityFigures
{
    struct Figure
    {
        /** Stable name, e.g. "extractor_heldout_precision". */
        QString key;
        double value = 0;
    };

    bool present = false;
    QDate measuredOn;
    QString commit;
    QVector<Figure> figures;

    /** Reads the file's JSON; anything malformed reads as not present. */
    static QualityFigures fromJson(const QByteArray &json);
    /** The figures compiled into this build. */
    static QualityFigures shipped();
    QByteArray toJson() const;
};

/** The facts of the running build and the open vault that the record states. */
struct TransparencyFacts
{
    QString appVersion;
    QString matchingEngine;
    QString noteEngine;
    QString prefillEngine;
    /** The built-in taxonomy's version (TaxonomyVersion::of). */
    QString builtInTaxonomy;
    /** The taxonomy the open vault uses; empty when no vault is open. */
    QString vaultTaxonomy;
    bool vaultTaxonomyImported = false;
    QualityFigures quality;
    /** What matching never reads, as "Kind: Field" in words (MatchProfileBuilder::neverRead). */
    QStringList neverRead;

    /** This build's facts; pass the open vault's taxonomy, if any, and whether it was imported. */
    static TransparencyFacts current(const Taxonomy *vaultTaxonomy = nullptr, bool imported = false);
};

/**
 * The transparency record behind Help ▸ About the suggestions and `waymark-cli transparency`, in the shape
 * of the UK Algorithmic Transparency Recording Standard: Tier 1 (a plain summary) and Tier 2 (owner and
 * contact, each tool and what it is not, the human in the loop, the data read and never read, limits, risks
 * and mitigations), then the live facts (versions, measured quality, fields matching is proven not to read).
 * Every sentence is translated; the facts come from the build and the vault, never typed in twice.
 */
class TransparencyRecord
{
    Q_DECLARE_TR_FUNCTIONS(TransparencyRecord)

public:
    struct Item
    {
        /** Stable for JSON readers ("matching", "never_read"). */
        QString key;
        QString heading;
        QString text;
    };
    struct Section
    {
        QString key;
        QString title;
        QVector<Item> items;
    };

    static TransparencyRecord build(const TransparencyFacts &facts);

    const QVector<Section> &sections() const { return m_sections; }
    const Section *section(const QString &key) const;
    const TransparencyFacts &facts() const { return m_facts; }

    QString title() const;
    QString toText() const;
    /** The same record as HTML for the dialog and printing; every value escaped. */
    QString toHtml() const;
    QJsonObject toJson() const;

    /** A figure's name in words, or the key itself when this build does not know it. */
    static QString figureLabel(const QString &key);

private:
    TransparencyFacts m_facts;
    QVector<Section> m_sections;
};

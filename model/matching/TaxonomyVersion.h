#pragma once

#include <QString>

class Taxonomy;

/**
 * A short id for the taxonomy that made a suggestion: where it came from ("builtin", "esco", a bundle's
 * publisher, folded to letters, digits and dashes) and the first eight hex digits of a SHA-256 over its
 * concepts' and occupations' ids and preferred labels, e.g. "builtin-1a2b3c4d". Two vaults holding the same
 * taxonomy give the same id; any change to a concept or an occupation gives another. Ids only: it never
 * holds a value about a person.
 */
namespace TaxonomyVersion
{
    QString of(const Taxonomy &taxonomy);
    /** The source part alone, folded as in of(). */
    QString sourceName(const QString &source);
} // namespace TaxonomyVersion

#include "model/matching/TaxonomyVersion.h"

#include "model/matching/Taxonomy.h"

#include <QCryptographicHash>

namespace TaxonomyVersion
{
    QString sourceName(const QString &source)
    {
        // A bundle's publisher is free text from outside: keep only what is safe in an audit detail.
        constexpr int MaxChars = 24;
        QString out;
        for (const QChar c : source.toLower()) {
            if (out.size() >= MaxChars)
                break;
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                out.append(c);
            else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
                out.append(QLatin1Char('-'));
        }
        while (out.endsWith(QLatin1Char('-')))
            out.chop(1);
        return out.isEmpty() ? QStringLiteral("imported") : out;
    }

    QString of(const Taxonomy &taxonomy)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const auto add = [&hash](const QString &text) {
            hash.addData(text.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        };
        for (const SkillConcept &c : taxonomy.concepts()) {
            add(c.id);
            add(c.preferredLabel);
        }
        hash.addData(QByteArrayView("\x1e", 1));
        for (const Occupation &o : taxonomy.occupations()) {
            add(o.id);
            add(o.preferredLabel);
        }
        return sourceName(taxonomy.source()) + QLatin1Char('-') + QString::fromLatin1(hash.result().toHex().left(8));
    }
} // namespace TaxonomyVersion

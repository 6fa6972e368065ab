#include "ExtractCommand.h"

#include "model/notes/NoteExtractor.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    QJsonArray suggestionsJson(const QString &text, const QVector<ExtractedSuggestion> &suggestions)
    {
        QJsonArray out;
        for (const ExtractedSuggestion &s : suggestions) {
            out.append(QJsonObject{
                {QStringLiteral("kind"), ExtractedSuggestion::kindName(s.kind)},
                {QStringLiteral("value"), s.value},
                {QStringLiteral("concept_id"), s.conceptId.isEmpty() ? QJsonValue() : QJsonValue(s.conceptId)},
                {QStringLiteral("preferred_label"),
                 s.preferredLabel.isEmpty() ? QJsonValue() : QJsonValue(s.preferredLabel)},
                {QStringLiteral("start"), double(s.start)},
                {QStringLiteral("length"), double(s.length)},
                {QStringLiteral("text"), text.mid(s.start, s.length)},
                {QStringLiteral("sentence"), s.sentence},
                {QStringLiteral("confidence"), s.confidence},
            });
        }
        return out;
    }

    QString suggestionLine(const QString &text, const ExtractedSuggestion &s)
    {
        const QString id = s.conceptId.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(s.conceptId);
        return ExtractCommand::tr("%1: %2%3 \u2014 \u201c%4\u201d")
            .arg(ExtractedSuggestion::kindName(s.kind), s.value, id, text.mid(s.start, s.length));
    }
} // namespace

void ExtractCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::option("text",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The text file to read suggestions from."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "file")),
                    CliOptions::option("lines", QT_TRANSLATE_NOOP("waymark-cli", "Treat every line as its own text.")),
                    CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::json()};
}

int ExtractCommand::run(CliContext &cli)
{
    int exitCode = CliContext::ExitOk;
    if (!cli.require(QStringLiteral("text"), &exitCode))
        return exitCode;
    const QString path = cli.value(QStringLiteral("text"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    // Bounded read: the extractor looks at no more than this anyway.
    const QString content = QString::fromUtf8(file.read(NoteExtractor::MaxInputChars));

    Result<Taxonomy> taxonomy = cli.taxonomy();
    if (!taxonomy)
        return cli.fail(taxonomy.error());
    const NoteExtractor extractor(
        std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(std::move(taxonomy).value())));

    if (!cli.isSet(QStringLiteral("lines"))) {
        const QVector<ExtractedSuggestion> found = extractor.extract(content);
        if (cli.json()) {
            cli.outJson(QJsonObject{{QStringLiteral("suggestions"), suggestionsJson(content, found)}});
            return CliContext::ExitOk;
        }
        if (found.isEmpty())
            cli.out(tr("Nothing to suggest."));
        for (const ExtractedSuggestion &s : found)
            cli.out(suggestionLine(content, s));
        return CliContext::ExitOk;
    }

    const QStringList lines = content.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the newline that ends the file
        const QVector<ExtractedSuggestion> found = extractor.extract(line);
        if (cli.json()) {
            const QJsonObject o{{QStringLiteral("line"), i + 1},
                                {QStringLiteral("suggestions"), suggestionsJson(line, found)}};
            cli.out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            continue;
        }
        for (const ExtractedSuggestion &s : found)
            cli.out(tr("line %1: %2").arg(i + 1).arg(suggestionLine(line, s)));
    }
    return CliContext::ExitOk;
}

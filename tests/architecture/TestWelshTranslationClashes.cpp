// Issue 16 #19: two different English strings of one context (one class, one dialog, one schema) must not share one
// Welsh translation, or a Welsh reader cannot tell apart what an English reader can: "Signed off by" and "Signed
// off" were both "Cymeradwywyd", and a fit note's "From" and "To" read as a job's "Started" and "Finished". Strings
// that differ only in a mnemonic, a colon or an ellipsis are one string. The allow-list holds genuine synonyms only.
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "TsFile.h"

namespace
{
    QString welshPath()
    {
        return QStringLiteral(WAYMARK_SOURCE_DIR "/translations/waymark_cy.ts");
    }

    /** A string as a reader sees it: no mnemonic marker, no trailing colon, full stop or ellipsis, any case. */
    QString asRead(QString text)
    {
        static const QRegularExpression trailing(QStringLiteral("\\s*(…|\\.\\.\\.|:|\\.)$"));
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        text = text.trimmed();
        text.remove(trailing);
        return text.toCaseFolded();
    }

    /** The text a message shows in Welsh: its translation, or all its plural forms together. */
    QString welshOf(const TsMessage &message)
    {
        return message.translations.join(QLatin1Char('|'));
    }

    struct Synonyms
    {
        const char *context;
        const char *first;
        const char *second;
        const char *why;
    };

    // Pairs of English strings that say the same thing, so one Welsh for both is right.
    const Synonyms AllowedSynonyms[] = {
        {"QFileDialog", "All files (*)", "All Files (*)", "Qt spells the same filter two ways"},
        {"QFileDialog", "Create a New Folder", "Create New Folder", "Qt words the same tool tip two ways"},
    };

    bool allowed(const QString &context, const QString &a, const QString &b)
    {
        for (const Synonyms &pair : AllowedSynonyms) {
            if (context != QLatin1String(pair.context))
                continue;
            const QString first = asRead(QString::fromUtf8(pair.first));
            const QString second = asRead(QString::fromUtf8(pair.second));
            if ((a == first && b == second) || (a == second && b == first))
                return true;
        }
        return false;
    }
} // namespace

class TestWelshTranslationClashes : public QObject
{
    Q_OBJECT

public:
    /** "context: English A / English B → Welsh" for each pair of different strings sharing one Welsh text. */
    static QStringList clashes(const QList<TsMessage> &messages)
    {
        QStringList found;
        QHash<QString, QHash<QString, QSet<QString>>> sourcesByWelsh; // context → Welsh as read → English as read
        QHash<QString, QString> shownWelsh;
        for (const TsMessage &message : messages) {
            const QString welsh = welshOf(message);
            if (!message.finished || welsh.trimmed().isEmpty())
                continue;
            sourcesByWelsh[message.context][asRead(welsh)].insert(asRead(message.source));
            shownWelsh.insert(asRead(welsh), welsh);
        }
        for (auto context = sourcesByWelsh.cbegin(); context != sourcesByWelsh.cend(); ++context) {
            for (auto welsh = context->cbegin(); welsh != context->cend(); ++welsh) {
                QStringList sources = welsh->values();
                sources.sort();
                for (int i = 0; i < sources.size(); ++i) {
                    for (int j = i + 1; j < sources.size(); ++j) {
                        if (!allowed(context.key(), sources.at(i), sources.at(j)))
                            found.append(
                                QStringLiteral("%1: \"%2\" and \"%3\" are both \"%4\"")
                                    .arg(context.key(), sources.at(i), sources.at(j), shownWelsh.value(welsh.key())));
                    }
                }
            }
        }
        found.sort();
        return found;
    }

private Q_SLOTS:
    void findsAClash()
    {
        const QList<TsMessage> messages = {
            {QStringLiteral("FormsPage"), QStringLiteral("Signed off by"), {}, {QStringLiteral("Cymeradwywyd")}, true},
            {QStringLiteral("FormsPage"), QStringLiteral("Signed off"), {}, {QStringLiteral("Cymeradwywyd")}, true},
            // The same words with a mnemonic or an ellipsis are the same string.
            {QStringLiteral("FormsPage"), QStringLiteral("&Print…"), {}, {QStringLiteral("&Argraffu…")}, true},
            {QStringLiteral("FormsPage"), QStringLiteral("Print"), {}, {QStringLiteral("Argraffu")}, true},
            // Another context is another screen.
            {QStringLiteral("MainWindow"), QStringLiteral("Signed off"), {}, {QStringLiteral("Argraffu")}, true},
            // Unfinished text is not shown in Welsh at all.
            {QStringLiteral("FormsPage"), QStringLiteral("Form"), {}, {QStringLiteral("Cymeradwywyd")}, false},
        };
        QCOMPARE(clashes(messages),
                 QStringList({"FormsPage: \"signed off\" and \"signed off by\" are both \"Cymeradwywyd\""}));
    }

    void allowsOnlyListedSynonyms()
    {
        const QList<TsMessage> messages = {
            {QStringLiteral("QFileDialog"),
             QStringLiteral("All files (*)"),
             {},
             {QStringLiteral("Pob ffeil (*)")},
             true},
            {QStringLiteral("QFileDialog"),
             QStringLiteral("All Files (*)"),
             {},
             {QStringLiteral("Pob ffeil (*)")},
             true},
        };
        QCOMPARE(clashes(messages), QStringList());
    }

    void welshTranslationHasNoClash()
    {
        QString error;
        const QList<TsMessage> messages = TsFile::read(welshPath(), &error);
        QVERIFY2(!messages.isEmpty(), qPrintable(error));
        const QStringList found = clashes(messages);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void qtWelshTranslationHasNoClash()
    {
        QString error;
        const QList<TsMessage> messages =
            TsFile::read(QStringLiteral(WAYMARK_SOURCE_DIR "/translations/qtbase_cy.ts"), &error);
        QVERIFY2(!messages.isEmpty(), qPrintable(error));
        const QStringList found = clashes(messages);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestWelshTranslationClashes)
#include "TestWelshTranslationClashes.moc"

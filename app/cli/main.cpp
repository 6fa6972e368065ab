#include "model/core/ProcessHardening.h"
#include "model/core/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

#include "CommandRunner.h"
#include "CommandTable.h"

namespace
{
    QtMessageHandler previousHandler = nullptr;

    /** Whether the command named by the first arguments renders documents (see CommandEntry::rendersDocuments). */
    bool rendersDocuments(int argc, char **argv)
    {
        const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
        const QString second = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
        const CommandEntry *entry = CommandTable::find(first);
        if (!entry)
            entry = CommandTable::find(first + QLatin1Char(' ') + second);
        return entry && entry->rendersDocuments;
    }
} // namespace

int main(int argc, char **argv)
{
    // Before anything else: private file permissions (umask 077), no core dumps of decrypted data.
    ProcessHardening::apply();
    // Rendering a PDF lays out text, which needs fonts and so a QGuiApplication; every other command keeps
    // the plain QCoreApplication. Under the offscreen platform no display is needed (fonts come from
    // fontconfig).
    std::unique_ptr<QCoreApplication> application;
    if (rendersDocuments(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A headless session often has no XDG_RUNTIME_DIR; Qt's warning about it would break the
        // one-line-on-stderr promise, so it alone is dropped while the platform starts.
        previousHandler =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (!message.contains(QLatin1String("XDG_RUNTIME_DIR")))
                    previousHandler(type, context, message);
            });
        application = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previousHandler);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    Translations::install(app, QString());
    // The CLI promises one line on stderr, the error itself: the model's log lines (information, and the warnings
    // a damaged database raises before its error is returned) stay off. QT_LOGGING_RULES, applied after these
    // rules, still turns them on for support.
    QLoggingCategory::setFilterRules(QStringLiteral("waymark.*.info=false\nwaymark.*.warning=false"));

    return CommandRunner::run(QCoreApplication::arguments());
}

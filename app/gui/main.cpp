#include "model/core/ProcessHardening.h"
#include "model/core/Settings.h"
#include "model/core/Translations.h"
#include "model/session/VaultSession.h"
#include "model/vault/Vault.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/AccessibleStyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char **argv)
{
    ProcessHardening::apply();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setOrganizationDomain(QStringLiteral("waymark.org"));
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.waymark.Waymark"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/waymark.svg")));
    // Thick focus rings and readable placeholders on top of the platform style (issue 16 #8, #15).
    QApplication::setStyle(new AccessibleStyle);

    Settings settings;
    Translations::install(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Offline, encrypted caseload for employment support."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"), QApplication::translate("main", "Open the vault at <path>."), QStringLiteral("path"));
    parser.addOption(vaultOption);
    parser.process(app);

    VaultSession session;
    QString path = parser.value(vaultOption);
    if (path.isEmpty())
        path = settings.value(Settings::Key::LastVaultPath).toString();
    if (!path.isEmpty() && Vault::looksLikeVault(path))
        session.setPath(QFileInfo(path).absoluteFilePath());

    MainWindow window(session, settings);
    window.showInitialPage();
    window.show();
    return app.exec();
}

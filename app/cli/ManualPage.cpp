#include "ManualPage.h"

#include <QStringList>

#include "CommandRunner.h"
#include "CommandTable.h"

namespace
{
    /** Text as troff shows it literally: backslashes and minus signs escaped, no line read as a request. */
    QString escaped(const QString &text)
    {
        QStringList lines;
        for (QString line : text.split(QLatin1Char('\n'))) {
            line.replace(QLatin1Char('\\'), QLatin1String("\\e"));
            line.replace(QLatin1Char('-'), QLatin1String("\\-"));
            if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
                line.prepend(QLatin1String("\\&"));
            lines.append(line);
        }
        return lines.join(QLatin1Char('\n'));
    }

    QString header(const char *name, const char *summary)
    {
        return QStringLiteral(".TH %1 1 \"\" \"Waymark %2\" \"User Commands\"\n.SH NAME\n%3 \\- %4\n")
            .arg(QString::fromLatin1(name).toUpper(),
                 QStringLiteral(WAYMARK_VERSION),
                 escaped(QString::fromLatin1(name)),
                 QString::fromLatin1(summary));
    }
} // namespace

QString ManualPage::cli()
{
    QString page = header("waymark-cli", "command line for Waymark's encrypted caseload vault");
    page += QStringLiteral(".SH SYNOPSIS\n.B waymark\\-cli\n.I command\n.RI [ options ]\n");
    page += QStringLiteral(
        ".SH DESCRIPTION\n"
        "Waymark keeps an employment support caseload in an encrypted vault on the local computer. "
        "waymark\\-cli does from scripts what the desktop application does: it creates and checks vaults, "
        "adds and lists people, signs and imports bundles, shares caseloads between devices, matches people "
        "with vacancies and fills forms.\n"
        ".PP\n"
        "Data is printed on standard output (as JSON with \\fB\\-\\-json\\fR, where a command takes it). "
        "Passphrases come from \\fB\\-\\-passphrase\\-file\\fR, the environment or a prompt on the terminal, "
        "never from the command line.\n");
    page += QStringLiteral(".SH COMMANDS\nEach command takes only the options listed under it; "
                           "\\fBwaymark\\-cli\\fR \\fIcommand\\fR \\fB\\-\\-help\\fR prints the same.\n");
    for (const CommandEntry &entry : CommandTable::entries()) {
        // The help's first line is the usage line and its second the summary; the rest is the options.
        const QStringList help = CommandRunner::commandHelp(entry).split(QLatin1Char('\n'));
        const QString usage = help.value(0).section(QLatin1Char(' '), 1);
        page += QStringLiteral(".SS \"%1\"\n%2\n.PP\n.nf\n%3\n.fi\n")
                    .arg(escaped(entry.commandName()),
                         escaped(entry.translatedSummary()),
                         escaped(usage + QStringLiteral("\n\n") + help.mid(2).join(QLatin1Char('\n')).trimmed()));
    }
    page +=
        QStringLiteral(".SH ENVIRONMENT\n"
                       ".TP\n.B WAYMARK_VAULT\nThe vault folder, when \\fB\\-\\-vault\\fR is not given.\n"
                       ".TP\n.B WAYMARK_PASSPHRASE\nThe passphrase, when \\fB\\-\\-passphrase\\-file\\fR is not given. "
                       "It is removed from the environment once read.\n"
                       ".TP\n.B WAYMARK_NEW_PASSPHRASE\nThe new key's passphrase for \\fBkey rotate\\fR, when "
                       "\\fB\\-\\-new\\-passphrase\\-file\\fR is not given.\n"
                       ".SH EXIT STATUS\n"
                       ".TP\n.B 0\nSuccess.\n"
                       ".TP\n.B 1\nFailure; standard error has one line saying why.\n"
                       ".TP\n.B 2\nUsage error: an unknown command or option, or a missing or malformed one.\n"
                       ".SH SEE ALSO\n.BR waymark (1),\n.BR minisign (1)\n");
    return page;
}

QString ManualPage::gui()
{
    QString page = header("waymark", "offline, encrypted caseload for employment support");
    page += QStringLiteral(
        ".SH SYNOPSIS\n.B waymark\n.RB [ \\-\\-vault\n.IR path ]\n"
        ".SH DESCRIPTION\n"
        "Waymark keeps an employment support caseload (people, job matches and forms) in an encrypted vault "
        "on the local computer, for work coaches, GP practices and administrators. It works fully offline and "
        "never sends data to a cloud service.\n"
        ".PP\n"
        "Waymark records and prepares; it never decides anything about a person. Every suggestion it makes is "
        "explained, and a person accepts or rejects it.\n"
        ".SH OPTIONS\n"
        ".TP\n.BI \\-\\-vault \" path\"\nOpen the vault at \\fIpath\\fR instead of the last one used.\n"
        ".TP\n.BR \\-h \", \" \\-\\-help\nShow the options.\n"
        ".TP\n.BR \\-v \", \" \\-\\-version\nShow the version.\n"
        ".PP\nThe standard Qt options, such as \\fB\\-platform\\fR, are also accepted.\n"
        ".SH SEE ALSO\n.BR waymark\\-cli (1)\n");
    return page;
}

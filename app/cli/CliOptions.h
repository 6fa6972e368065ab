#pragma once

#include <QCommandLineOption>

/**
 * Options that several commands take, declared once so every command that takes --vault (say) describes
 * it the same way. Descriptions are in the "waymark-cli" translation context.
 */
namespace CliOptions
{
    /** A command's own option; `description` and `valueName` are QT_TRANSLATE_NOOP("waymark-cli", …) texts. */
    QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr);

    QCommandLineOption vault();
    QCommandLineOption passphraseFile();
    QCommandLineOption newPassphraseFile();
    QCommandLineOption json();
    /** --out FILE: the file the command writes. */
    QCommandLineOption out();
    QCommandLineOption kdf();
    QCommandLineOption person();
    /** --set field=value (repeatable): a field of a record; CliContext::fieldAssignments() reads them. */
    QCommandLineOption fieldAssignment();
    /** --setting: work-coach, gp-practice or admin. */
    QCommandLineOption setting();
    QCommandLineOption fingerprint();
    QCommandLineOption label();
    /** --kinds: the kinds of bundle a key is trusted for. */
    QCommandLineOption kinds();
    /** --key FILE: a publisher's secret key file. */
    QCommandLineOption secretKey();
} // namespace CliOptions

#include "CliOptions.h"

#include <QCoreApplication>

namespace CliOptions
{
    QCommandLineOption option(const char *name, const char *description, const char *valueName)
    {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("waymark-cli", description));
        if (valueName)
            o.setValueName(QCoreApplication::translate("waymark-cli", valueName));
        return o;
    }

    QCommandLineOption vault()
    {
        return option("vault",
                      QT_TRANSLATE_NOOP("waymark-cli", "The vault folder (or set WAYMARK_VAULT)."),
                      QT_TRANSLATE_NOOP("waymark-cli", "path"));
    }

    QCommandLineOption passphraseFile()
    {
        return option(
            "passphrase-file",
            QT_TRANSLATE_NOOP("waymark-cli",
                              "Read the passphrase from the first line of <file> (or set WAYMARK_PASSPHRASE)."),
            QT_TRANSLATE_NOOP("waymark-cli", "file"));
    }

    QCommandLineOption newPassphraseFile()
    {
        return option("new-passphrase-file",
                      QT_TRANSLATE_NOOP("waymark-cli", "Read the new passphrase from the first line of <file>."),
                      QT_TRANSLATE_NOOP("waymark-cli", "file"));
    }

    QCommandLineOption json()
    {
        return option("json", QT_TRANSLATE_NOOP("waymark-cli", "Print data as JSON."));
    }

    QCommandLineOption out()
    {
        return option(
            "out", QT_TRANSLATE_NOOP("waymark-cli", "The file to write."), QT_TRANSLATE_NOOP("waymark-cli", "file"));
    }

    QCommandLineOption kdf()
    {
        return option("kdf",
                      QT_TRANSLATE_NOOP("waymark-cli",
                                        "How hard the passphrase is to guess by trying: moderate (default) "
                                        "or interactive (faster to open, for slow machines)."),
                      QT_TRANSLATE_NOOP("waymark-cli", "cost"));
    }

    QCommandLineOption person()
    {
        return option(
            "person", QT_TRANSLATE_NOOP("waymark-cli", "The person's id."), QT_TRANSLATE_NOOP("waymark-cli", "id"));
    }

    QCommandLineOption fieldAssignment()
    {
        return option("set",
                      QT_TRANSLATE_NOOP("waymark-cli", "A field, e.g. postcode=CF10 1EP (repeatable)."),
                      QT_TRANSLATE_NOOP("waymark-cli", "field=value"));
    }

    QCommandLineOption setting()
    {
        return option("setting",
                      QT_TRANSLATE_NOOP("waymark-cli", "Where the vault is used: work-coach, gp-practice or admin."),
                      QT_TRANSLATE_NOOP("waymark-cli", "setting"));
    }

    QCommandLineOption fingerprint()
    {
        return option("fingerprint",
                      QT_TRANSLATE_NOOP("waymark-cli", "The key's fingerprint, as its owner gave it to you."),
                      QT_TRANSLATE_NOOP("waymark-cli", "text"));
    }

    QCommandLineOption label()
    {
        return option(
            "label", QT_TRANSLATE_NOOP("waymark-cli", "A name for the key."), QT_TRANSLATE_NOOP("waymark-cli", "name"));
    }

    QCommandLineOption kinds()
    {
        return option("kinds",
                      QT_TRANSLATE_NOOP("waymark-cli", "Kinds of bundle to trust the key for, e.g. vacancies,geodata."),
                      QT_TRANSLATE_NOOP("waymark-cli", "kinds"));
    }

    QCommandLineOption secretKey()
    {
        return option("key",
                      QT_TRANSLATE_NOOP("waymark-cli", "The publisher's secret key file."),
                      QT_TRANSLATE_NOOP("waymark-cli", "file"));
    }
} // namespace CliOptions

#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

/** Where the command line gets passphrases from: a file, an environment variable, or a no-echo prompt. */
class PassphraseReader
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseReader)

public:
    /** The file's first line (without its line ending). */
    static Result<SecureBytes> fromFile(const QString &path);
    /** The variable's value, or an empty SecureBytes if it is unset; the variable is then removed from the environment.
     */
    static SecureBytes takeFromEnvironment(const char *name);
    /**
     * Asks on the terminal with echo off; with `confirmLabel`, asks twice and insists the answers match.
     * Refuses when standard input is not a terminal, since nobody could answer.
     */
    static Result<SecureBytes> prompt(const QString &label, const QString &confirmLabel = {});

private:
    static Result<SecureBytes> readHidden(const QString &label);
};

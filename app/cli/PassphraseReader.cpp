#include "PassphraseReader.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace
{
    // Longer than any passphrase a person types; the cap stops a runaway pipe filling memory.
    constexpr std::size_t MaxPassphraseBytes = 4096;

    void writeStderr(const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }
} // namespace

Result<SecureBytes> PassphraseReader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The passphrase file could not be read.")};
    QByteArray bytes = file.read(MaxPassphraseBytes);
    const qsizetype end = bytes.indexOf('\n');
    if (end >= 0) {
        // Overwrite what follows the first line before dropping it, so no copy of it is left behind.
        bytes.fill('\0', -1);
        file.seek(0);
        bytes = file.read(end);
    }
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return Error{ErrorCode::Invalid, tr("The passphrase file is empty.")};
    return SecureBytes::takeFrom(bytes);
}

SecureBytes PassphraseReader::takeFromEnvironment(const char *name)
{
    if (!qEnvironmentVariableIsSet(name))
        return {};
    QByteArray bytes = qgetenv(name);
    // Child processes (editors, pagers) need not inherit it.
    qunsetenv(name);
    return SecureBytes::takeFrom(bytes);
}

Result<SecureBytes> PassphraseReader::readHidden(const QString &label)
{
    writeStderr(label + QStringLiteral(" "));
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    SecureBytes buffer(MaxPassphraseBytes);
    std::size_t length = 0;
    bool ended = false;
    char c = 0;
    while (length < buffer.size() && read(STDIN_FILENO, &c, 1) == 1) {
        if (c == '\n') {
            ended = true;
            break;
        }
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    c = 0;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    writeStderr(QStringLiteral("\n"));
    if (!ended && length == 0)
        return Error{ErrorCode::Cancelled, tr("No passphrase was entered.")};
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (length == 0)
        return SecureBytes();
    SecureBytes passphrase(length);
    std::copy(buffer.data(), buffer.data() + length, passphrase.data());
    return passphrase;
}

Result<SecureBytes> PassphraseReader::prompt(const QString &label, const QString &confirmLabel)
{
    if (!isatty(STDIN_FILENO)) {
        return Error{ErrorCode::Invalid,
                     tr("No passphrase given. Use --passphrase-file or WAYMARK_PASSPHRASE when not at a terminal.")};
    }
    auto first = readHidden(label);
    if (!first)
        return first;
    if (first->isEmpty())
        return Error{ErrorCode::Invalid, tr("The passphrase cannot be empty.")};
    if (confirmLabel.isEmpty())
        return first;
    auto second = readHidden(confirmLabel);
    if (!second)
        return second;
    if (!first->equals(second.value()))
        return Error{ErrorCode::Invalid, tr("The two passphrases are different. Nothing was changed.")};
    return first;
}

#pragma once

#include <QString>

/**
 * The manual pages (troff, section 1) for waymark-cli and waymark. waymark-cli's is written from the command
 * table and each command's own --help, so the man page and --help cannot drift apart. English only: the
 * generator runs without a translator.
 */
namespace ManualPage
{
    QString cli();
    QString gui();
} // namespace ManualPage

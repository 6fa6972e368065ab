#pragma once

#include <QString>

namespace TextFolding
{
    /**
     * Folds text for searching: case-folded, accents and other combining marks removed, so that
     * "sian" finds "Siân" and "LLYR" finds "Llŷr". Spaces are kept as single spaces.
     */
    QString fold(const QString &text);
} // namespace TextFolding

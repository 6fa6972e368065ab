#pragma once

#include <QString>

class QLineEdit;

/**
 * The clear button Qt puts in a line edit has no name of its own, so a screen reader says only "button" (issue 16
 * #10: the search box and Date of birth). This turns it on with a name that says what it clears.
 */
namespace ClearButton
{
    void enable(QLineEdit *edit, const QString &accessibleName);
} // namespace ClearButton

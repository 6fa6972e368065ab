#pragma once

#include <QLabel>
#include <QString>

/**
 * The line under a dialog's fields that says what is wrong (docs/ui.md): plain text, so nothing typed or imported
 * can inject markup, wrapped so a long message is read whole, and hidden until there is something to say.
 */
namespace ProblemLabel
{
    inline void setUp(QLabel *label, const QString &objectName)
    {
        label->setObjectName(objectName);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
} // namespace ProblemLabel

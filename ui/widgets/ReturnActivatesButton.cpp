#include "ui/widgets/ReturnActivatesButton.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

bool ReturnActivatesButton::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier || key->isAutoRepeat())
        return false;

    QAbstractButton *button = nullptr;
    if (auto *push = qobject_cast<QPushButton *>(watched)) {
        // A dialog's auto-default and default buttons already press on Return.
        if (push->autoDefault() || push->isDefault())
            return false;
        button = push;
    } else if (auto *tool = qobject_cast<QToolButton *>(watched)) {
        button = tool;
    }
    if (!button || !button->hasFocus() || !button->isEnabled())
        return false;
    button->animateClick();
    return true;
}

#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

/**
 * Checks for dialogs built from Designer forms. A form that loses an accessible name, a label's text or a buddy
 * still compiles and still looks right, but a screen reader then says only "edit" or "button"; these helpers let a
 * test see it.
 */
namespace AccessibleNames
{
    /** The words a person reads: mnemonic ampersands and surrounding spaces are not part of the name. */
    inline QString plain(QString text)
    {
        return text.remove(QLatin1Char('&')).trimmed();
    }

    inline QString describe(const QWidget *widget)
    {
        return QString::fromLatin1(widget->metaObject()->className()) + QStringLiteral(" \"") + widget->objectName() +
               QLatin1Char('"');
    }

    /**
     * Parts of a compound widget (a table's header, scroll bars and corner button, a combo box's popup, a spin box's
     * line edit) are named through the widget that holds them, so they are not checked on their own.
     */
    inline bool isPartOfCompound(const QWidget *widget, const QWidget *root)
    {
        for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
             parent = parent->parentWidget()) {
            if (qobject_cast<const QAbstractScrollArea *>(parent) || qobject_cast<const QComboBox *>(parent) ||
                qobject_cast<const QAbstractSpinBox *>(parent))
                return true;
        }
        return false;
    }

    /** The text of the label whose buddy `widget` is: Qt's accessibility reads it as the widget's name. */
    inline QString buddyText(const QWidget *widget, const QWidget *root)
    {
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (label->buddy() == widget)
                return plain(label->text());
        }
        return {};
    }

    inline bool isInput(const QWidget *widget)
    {
        return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
               qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
               qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget);
    }

    /**
     * Every buddied label with no text, and every input, item view and button under `root` that has neither an
     * accessible name nor words of its own (a button's text, or its buddy label's text). Empty when all are named.
     */
    inline QStringList missing(const QWidget *root)
    {
        QStringList problems;
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (label->buddy() && plain(label->text()).isEmpty())
                problems << describe(label) + QStringLiteral(" is a buddy label with no text");
        }
        for (const QWidget *widget : root->findChildren<QWidget *>()) {
            const auto *button = qobject_cast<const QAbstractButton *>(widget);
            const bool view = qobject_cast<const QAbstractItemView *>(widget) != nullptr;
            if ((!button && !view && !isInput(widget)) || isPartOfCompound(widget, root))
                continue;
            if (!plain(widget->accessibleName()).isEmpty() || (button && !plain(button->text()).isEmpty()) ||
                !buddyText(widget, root).isEmpty())
                continue;
            problems << describe(widget) + QStringLiteral(" has no accessible name");
        }
        return problems;
    }

    /** "Label text -> buddy's object name" for every label under `root` with a buddy, sorted. */
    inline QStringList buddies(const QWidget *root)
    {
        QStringList pairs;
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (label->buddy())
                pairs << plain(label->text()) + QStringLiteral(" -> ") + label->buddy()->objectName();
        }
        pairs.sort();
        return pairs;
    }

    /**
     * The order Tab moves through `window`'s controls: each by object name, or by its text when it has none (buttons
     * a button box adds in code).
     */
    inline QStringList tabOrder(QWidget *window)
    {
        QStringList order;
        for (QWidget *widget = window->nextInFocusChain(); widget && widget != window;
             widget = widget->nextInFocusChain()) {
            if (widget->isWindow() || !(widget->focusPolicy() & Qt::TabFocus) || isPartOfCompound(widget, window))
                continue;
            QString name = widget->objectName();
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget); name.isEmpty() && button)
                name = plain(button->text());
            order << (name.isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : name);
        }
        return order;
    }
} // namespace AccessibleNames

#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

/**
 * Checks a form for what a screen reader or keyboard user loses when a `.ui` file or a constructor drops a
 * property: every input has an accessible name, every label with a mnemonic has a buddy (or Alt+letter goes
 * nowhere), and every buddy has a name. Returns one line per problem so a test can show them all at once:
 *     const QStringList problems = AccessibilityCheck::problems(&dialog);
 *     QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
 */
namespace AccessibilityCheck
{
    inline bool isInput(const QWidget *widget)
    {
        return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
               qobject_cast<const QComboBox *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
               qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QAbstractItemView *>(widget) ||
               qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QProgressBar *>(widget);
    }

    /** Parts Qt builds inside an input (a combo box's line edit, a table's headers and scroll bars). */
    inline bool isInsideInput(const QWidget *widget, const QWidget *root)
    {
        for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
             parent = parent->parentWidget()) {
            if (isInput(parent))
                return true;
        }
        return false;
    }

    inline QString describe(const QWidget *widget)
    {
        return QStringLiteral("%1 \"%2\"").arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
    }

    inline bool hasMnemonic(const QString &text)
    {
        // "&&" is a literal ampersand, not a mnemonic.
        static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
        return mnemonic.match(text).hasMatch();
    }

    inline QStringList problems(const QWidget *root)
    {
        QStringList found;
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (hasMnemonic(label->text()) && !label->buddy())
                found.append(describe(label) + QStringLiteral(" has a mnemonic but no buddy"));
            if (label->buddy() && label->buddy()->accessibleName().trimmed().isEmpty())
                found.append(describe(label->buddy()) + QStringLiteral(", buddy of ") + describe(label) +
                             QStringLiteral(", has no accessible name"));
        }
        for (const QWidget *widget : root->findChildren<QWidget *>()) {
            if (isInsideInput(widget, root))
                continue;
            if (isInput(widget) && widget->accessibleName().trimmed().isEmpty())
                found.append(describe(widget) + QStringLiteral(" has no accessible name"));
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
                button && button->text().trimmed().isEmpty() && button->accessibleName().trimmed().isEmpty())
                found.append(describe(widget) + QStringLiteral(" is a button with no words"));
        }
        return found;
    }

    /**
     * Object names of the named widgets that take focus with Tab, in the order Tab reaches them from `first`;
     * disabled and hidden widgets are left out, as Tab passes over them.
     */
    inline QStringList tabOrder(QWidget *first)
    {
        QStringList names;
        QWidget *widget = first;
        do {
            if (!widget->objectName().isEmpty() && (widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled() &&
                widget->isVisibleTo(first))
                names.append(widget->objectName());
            widget = widget->nextInFocusChain();
        } while (widget && widget != first);
        return names;
    }
} // namespace AccessibilityCheck

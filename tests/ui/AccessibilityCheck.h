#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

/**
 * Checks for what a screen reader or keyboard user loses when a `.ui` file or a constructor drops a property. A form
 * that loses an accessible name, a label's text or a buddy still compiles and still looks right, but a screen reader
 * then says only "edit" or "button", and Alt+letter goes nowhere. Each check returns one line per problem, so a test
 * can show them all at once:
 *     const QStringList problems = AccessibilityCheck::problems(&dialog);
 *     QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
 */
namespace AccessibilityCheck
{
    /** The words a person reads: mnemonic ampersands and surrounding spaces are not part of the name. */
    inline QString plain(QString text)
    {
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        return text.trimmed();
    }

    inline QString describe(const QWidget *widget)
    {
        return QStringLiteral("%1 \"%2\"").arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
    }

    /** Controls that hold a value and need a name of their own (a label beside them is not read unless it is a buddy).
     */
    inline bool isInput(const QWidget *widget)
    {
        return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
               qobject_cast<const QComboBox *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
               qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QAbstractItemView *>(widget) ||
               qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QProgressBar *>(widget);
    }

    /**
     * Parts Qt builds inside an input (a combo box's line edit and popup, a spin box's line edit, a table's headers,
     * scroll bars and corner button) are named through the input that holds them, so they are not checked on their own.
     * A plain QScrollArea is a container, not an input: the form inside it is checked.
     */
    inline bool isInsideInput(const QWidget *widget, const QWidget *root)
    {
        for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
             parent = parent->parentWidget()) {
            if (isInput(parent))
                return true;
        }
        return false;
    }

    inline bool hasMnemonic(const QString &text)
    {
        // "&&" is a literal ampersand, not a mnemonic.
        static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])(&&)*&[^&\\s]"));
        return mnemonic.match(text).hasMatch();
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

    /**
     * Every label with a mnemonic but no buddy, every buddied label with no text, and every input, item view and
     * button under `root` that has neither an accessible name nor words of its own (a button's text, or its buddy
     * label's text). Empty when all are named.
     */
    inline QStringList problems(const QWidget *root)
    {
        QStringList found;
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (hasMnemonic(label->text()) && !label->buddy())
                found.append(describe(label) + QStringLiteral(" has a mnemonic but no buddy"));
            if (label->buddy() && plain(label->text()).isEmpty())
                found.append(describe(label) + QStringLiteral(" is a buddy label with no text"));
        }
        for (const QWidget *widget : root->findChildren<QWidget *>()) {
            const auto *button = qobject_cast<const QAbstractButton *>(widget);
            if ((!button && !isInput(widget)) || isInsideInput(widget, root))
                continue;
            if (!plain(widget->accessibleName()).isEmpty() || (button && !plain(button->text()).isEmpty()) ||
                !buddyText(widget, root).isEmpty())
                continue;
            found.append(describe(widget) + QStringLiteral(" has no accessible name"));
        }
        return found;
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

    enum class Stops
    {
        Reachable,
        Declared,
    };

    /**
     * The order Tab moves through the controls from `start` (a window, or a control in it), each by object name, or
     * by its text when it has none (buttons a button box adds in code). Hidden widgets and the parts inside an input
     * are left out, as Tab passes over them, and so are disabled ones; a test of a form's whole declared order asks for
     * those too (`Stops::Declared`: a button that waits for a selection, or a panel shown later, has its place).
     */
    inline QStringList tabOrder(QWidget *start, Stops stops = Stops::Reachable)
    {
        const QWidget *window = start->window();
        QStringList order;
        QWidget *widget = start;
        do {
            const bool reachable = widget->isEnabled() && widget->isVisibleTo(window);
            if (!widget->isWindow() && (widget->focusPolicy() & Qt::TabFocus) &&
                (reachable || stops == Stops::Declared) && !isInsideInput(widget, window)) {
                QString name = widget->objectName();
                if (const auto *button = qobject_cast<const QAbstractButton *>(widget); name.isEmpty() && button)
                    name = plain(button->text());
                order << (name.isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : name);
            }
            widget = widget->nextInFocusChain();
        } while (widget && widget != start);
        return order;
    }

    /** "QComboBox \"name\" (ComboBox)": who the problem is with, and what a screen reader calls it. */
    inline QString describe(QAccessibleInterface *node)
    {
        const auto *widget = qobject_cast<const QWidget *>(node->object());
        return (widget ? describe(widget) : QStringLiteral("?")) + QStringLiteral(" (role %1)").arg(int(node->role()));
    }

    /** What a screen reader offers to act on: anything that takes focus, and buttons that do not (a clear button). */
    inline bool isInteractive(QAccessibleInterface *node)
    {
        if (node->state().focusable)
            return true;
        switch (node->role()) {
        case QAccessible::Button:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
            return true;
        default:
            return false;
        }
    }

    inline void walkUnnamed(QAccessibleInterface *node, QStringList &found)
    {
        if (!node || node->state().invisible)
            return;
        // Only what widgets stand for: table cells and list items are named by their text and checked elsewhere.
        if (qobject_cast<const QWidget *>(node->object()) && isInteractive(node)) {
            const QString name = node->text(QAccessible::Name).trimmed();
            const bool labelled = !node->relations(QAccessible::Label).isEmpty();
            if (node->role() == QAccessible::ComboBox) {
                // On Linux Qt gives a combo box its current value as its name, whatever its accessibleName says
                // ("English, combo box"): only a label tied to it (a buddy beside it) tells what it is for.
                if (!labelled && (name.isEmpty() || name == node->text(QAccessible::Value).trimmed()))
                    found.append(describe(node) + QStringLiteral(" is heard only as its value: tie a label to it"));
            } else if (name.isEmpty() && !labelled) {
                found.append(describe(node) + QStringLiteral(" is focusable or pressable but has no name"));
            }
        }
        for (int i = 0; i < node->childCount(); ++i)
            walkUnnamed(node->child(i), found);
    }

    /**
     * Walks `window`'s accessible tree as a screen reader does (QAccessible, which AT-SPI reads) and lists every
     * visible control that takes focus or can be pressed but would be read without a name, or a combo box read
     * only as its value. Empty when all are named.
     */
    inline QStringList unnamedControls(QWidget *window)
    {
        QStringList found;
        walkUnnamed(QAccessible::queryAccessibleInterface(window), found);
        return found;
    }

    /** The mnemonic letter in `text`, lower-cased ("Matc&hes" gives 'h'); null when there is none. */
    inline QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    inline void addMnemonic(QMap<QChar, QStringList> &owners, const QString &text, const QString &owner)
    {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            owners[letter].append(owner + QStringLiteral(" \"") + plain(text) + QLatin1Char('"'));
    }

    /**
     * Every Alt+letter that the controls visible together in `window` answer to: buttons, labels with buddies, group
     * boxes, the tabs of each visible tab bar and the menu bar's menus. Each menu's own items are a group of their
     * own (they answer only while that menu is open), keyed "menu <title>".
     */
    inline QMap<QString, QMap<QChar, QStringList>> mnemonics(QWidget *window)
    {
        QMap<QString, QMap<QChar, QStringList>> groups;
        QMap<QChar, QStringList> &shown = groups[QStringLiteral("window")];
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->window() != window)
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                addMnemonic(shown, button->text(), describe(widget));
            else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                addMnemonic(shown, label->text(), describe(widget));
            else if (auto *box = qobject_cast<QGroupBox *>(widget))
                addMnemonic(shown, box->title(), describe(widget));
            else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    addMnemonic(shown, tabs->tabText(i), describe(widget) + QStringLiteral(" tab"));
            } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
                for (QAction *action : bar->actions()) {
                    addMnemonic(shown, action->text(), QStringLiteral("menu"));
                    if (QMenu *menu = action->menu()) {
                        QMap<QChar, QStringList> &items = groups[QStringLiteral("menu ") + plain(action->text())];
                        for (QAction *item : menu->actions()) {
                            if (item->isVisible())
                                addMnemonic(items, item->text(), QStringLiteral("item"));
                        }
                    }
                }
            }
        }
        return groups;
    }

    /** One line per Alt+letter that more than one control in a group answers to, naming them all. */
    inline QStringList mnemonicClashes(QWidget *window)
    {
        QStringList clashes;
        const QMap<QString, QMap<QChar, QStringList>> groups = mnemonics(window);
        for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
            for (auto letter = group->cbegin(); letter != group->cend(); ++letter) {
                if (letter->size() > 1)
                    clashes.append(QStringLiteral("%1: Alt+%2 goes to %3")
                                       .arg(group.key(), letter.key().toUpper(), letter->join(QStringLiteral(", "))));
            }
        }
        return clashes;
    }
} // namespace AccessibilityCheck

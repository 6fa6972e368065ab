#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

/**
 * Checks that a window laid out at a small size still shows every control whole: each visible button, input and
 * label with text lies inside the window, or inside a scroll area's content that its scroll bars can reach; no
 * control is squeezed below its minimum size (a label cut to part of its text, a squashed meter); a word-wrapped
 * label is as tall as its text needs at its width; sibling controls do not overlap; and no scroll area takes the
 * keyboard focus. One line per problem:
 *     const QStringList problems = LayoutCheck::problems(&dialog);
 *     QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
 */
namespace LayoutCheck
{
    /** The largest window every screen must work in: 1920×1080 at 200%, in logical pixels. */
    inline constexpr QSize SmallScreen{960, 540};

    inline bool isControl(const QWidget *widget)
    {
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            return !label->text().trimmed().isEmpty();
        if (qobject_cast<const QScrollBar *>(widget))
            return false;
        return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
               qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
               qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
               qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QProgressBar *>(widget) ||
               qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QTabBar *>(widget);
    }

    /** Parts Qt builds inside a control (a line edit's clear button, a tab bar's arrows, a table's headers). */
    inline bool isInsideControl(const QWidget *widget, const QWidget *root)
    {
        for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
             parent = parent->parentWidget()) {
            if (!qobject_cast<const QLabel *>(parent) && isControl(parent))
                return true;
        }
        return false;
    }

    inline QString describe(const QWidget *widget)
    {
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        return QStringLiteral("%1 \"%2\" (%3)")
            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), text.left(40));
    }

    /** The scroll area whose content widget is `widget`, if it is one. */
    inline const QScrollArea *scrollAreaOf(const QWidget *widget)
    {
        const QWidget *viewport = widget->parentWidget();
        const auto *area = viewport ? qobject_cast<const QScrollArea *>(viewport->parentWidget()) : nullptr;
        return area && area->widget() == widget ? area : nullptr;
    }

    /**
     * Where `widget` is cut off on its way up to `window`: it must lie inside each parent, except that inside a
     * scroll area it must lie inside the content and the scroll bars must reach all of that content; then the
     * scroll area itself must be whole in its own parent. Empty when nothing cuts it.
     */
    inline QString cutOff(const QWidget *widget, const QWidget *window)
    {
        const QWidget *item = widget;
        QRect rect = widget->rect();
        while (item != window) {
            const QWidget *parent = item->parentWidget();
            if (!parent)
                return QStringLiteral("is not inside the window");
            rect.translate(item->pos());
            if (!parent->rect().contains(rect)) {
                return QStringLiteral("lies outside %1 (%2,%3 %4×%5 in %6×%7)")
                    .arg(describe(parent))
                    .arg(rect.x())
                    .arg(rect.y())
                    .arg(rect.width())
                    .arg(rect.height())
                    .arg(parent->width())
                    .arg(parent->height());
            }
            if (const QScrollArea *area = scrollAreaOf(parent)) {
                const QWidget *viewport = area->viewport();
                const int hiddenWide = parent->width() - viewport->width();
                const int hiddenHigh = parent->height() - viewport->height();
                if (hiddenWide > area->horizontalScrollBar()->maximum() ||
                    hiddenHigh > area->verticalScrollBar()->maximum())
                    return QStringLiteral("is in scroll area %1, which cannot scroll to all of it").arg(describe(area));
                item = area;
                rect = area->rect();
                continue;
            }
            item = parent;
        }
        return {};
    }

    /** The least size a layout should give `widget`, as QLayout reckons it. */
    inline QSize leastSize(const QWidget *widget)
    {
        QSize least = widget->minimumSizeHint();
        const QSizePolicy policy = widget->sizePolicy();
        if (policy.horizontalPolicy() == QSizePolicy::Ignored || !(policy.horizontalPolicy() & QSizePolicy::ShrinkFlag))
            least.setWidth(policy.horizontalPolicy() == QSizePolicy::Ignored ? 0 : widget->sizeHint().width());
        if (policy.verticalPolicy() == QSizePolicy::Ignored || !(policy.verticalPolicy() & QSizePolicy::ShrinkFlag))
            least.setHeight(policy.verticalPolicy() == QSizePolicy::Ignored ? 0 : widget->sizeHint().height());
        if (widget->minimumWidth() > 0)
            least.setWidth(widget->minimumWidth());
        if (widget->minimumHeight() > 0)
            least.setHeight(widget->minimumHeight());
        return least.boundedTo(widget->maximumSize());
    }

    /** Problems of one control on its own: squeezed below its least size, or a wrapped label cut short. */
    inline QString squeezed(const QWidget *widget)
    {
        const auto *label = qobject_cast<const QLabel *>(widget);
        if (label && label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() + 1 < needed)
                return QStringLiteral("is %1 px high but its text needs %2 px at %3 px wide")
                    .arg(label->height())
                    .arg(needed)
                    .arg(label->width());
            return {};
        }
        const QSize least = leastSize(widget);
        if (widget->width() + 1 < least.width() || widget->height() + 1 < least.height())
            return QStringLiteral("is squeezed to %1×%2, below its least %3×%4")
                .arg(widget->width())
                .arg(widget->height())
                .arg(least.width())
                .arg(least.height());
        return {};
    }

    /** The controls shown in `window` that a person reads or uses (not the parts inside other controls). */
    inline QList<QWidget *> shownControls(QWidget *window)
    {
        QList<QWidget *> controls;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (widget->isWindow() || !widget->isVisibleTo(window) || !isControl(widget) ||
                isInsideControl(widget, window))
                continue;
            controls.append(widget);
        }
        return controls;
    }

    /** Every control of `window` that is cut off, squeezed or overlaps a sibling. */
    inline QStringList problems(QWidget *window)
    {
        QStringList found;
        const QList<QWidget *> controls = shownControls(window);
        for (QWidget *control : controls) {
            if (const QString cut = cutOff(control, window); !cut.isEmpty())
                found.append(describe(control) + QLatin1Char(' ') + cut);
            if (const QString small = squeezed(control); !small.isEmpty())
                found.append(describe(control) + QLatin1Char(' ') + small);
        }
        // A scroll area is a container, not a stop on the Tab path; a focusable one is an unnamed, ringless stop.
        for (const QScrollArea *area : window->findChildren<QScrollArea *>()) {
            if (area->isVisibleTo(window) && area->focusPolicy() != Qt::NoFocus)
                found.append(describe(area) + QStringLiteral(" takes the keyboard focus"));
        }
        for (int i = 0; i < controls.size(); ++i) {
            for (int j = i + 1; j < controls.size(); ++j) {
                const QWidget *a = controls.at(i);
                const QWidget *b = controls.at(j);
                if (a->parentWidget() == b->parentWidget() && a->geometry().intersects(b->geometry()))
                    found.append(describe(a) + QStringLiteral(" overlaps ") + describe(b));
            }
        }
        return found;
    }

    /** Lets layouts (and the layouts of scroll areas' contents) settle after a resize or a page change. */
    inline void settle(QWidget *window)
    {
        for (int round = 0; round < 3; ++round) {
            for (QLayout *layout : window->findChildren<QLayout *>())
                layout->activate();
            if (window->layout())
                window->layout()->activate();
            QApplication::processEvents();
        }
    }
} // namespace LayoutCheck

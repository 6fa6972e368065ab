#include "ui/widgets/AccessibleStyle.h"

#include "ui/widgets/ColourContrast.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyleOption>

AccessibleStyle::AccessibleStyle(QStyle *base)
    : QProxyStyle(base)
{}

QColor AccessibleStyle::focusRingColour(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    return ColourContrast::atLeast(palette.color(QPalette::Active, QPalette::Highlight),
                                   palette.color(QPalette::Active, QPalette::WindowText),
                                   window,
                                   TextContrast);
}

QPalette AccessibleStyle::withReadablePlaceholders(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor placeholder = ColourContrast::atLeast(palette.color(group, QPalette::PlaceholderText),
                                                           palette.color(group, QPalette::Text),
                                                           palette.color(group, QPalette::Base),
                                                           TextContrast + 0.1);
        palette.setColor(group, QPalette::PlaceholderText, placeholder);
    }
    return palette;
}

QPalette AccessibleStyle::standardPalette() const
{
    return withReadablePlaceholders(QProxyStyle::standardPalette());
}

void AccessibleStyle::polish(QPalette &palette)
{
    QProxyStyle::polish(palette);
    palette = withReadablePlaceholders(palette);
}

int AccessibleStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    // Text areas and lists draw the ring on their frame, under the viewport: the frame must be as wide as the ring.
    if (metric == PM_DefaultFrameWidth && qobject_cast<const QAbstractScrollArea *>(widget))
        return std::max(base, FocusRingWidth);
    return base;
}

void AccessibleStyle::drawFocusRing(const QRect &rect, const QPalette &palette, QPainter *painter)
{
    if (rect.width() < 2 * FocusRingWidth || rect.height() < 2 * FocusRingWidth)
        return;
    const QColor colour = focusRingColour(palette);
    // Four solid bands, not a pen: exact pixels at any scale, no anti-aliased fading at the edge.
    painter->fillRect(QRect(rect.left(), rect.top(), rect.width(), FocusRingWidth), colour);
    painter->fillRect(QRect(rect.left(), rect.bottom() - FocusRingWidth + 1, rect.width(), FocusRingWidth), colour);
    painter->fillRect(QRect(rect.left(), rect.top(), FocusRingWidth, rect.height()), colour);
    painter->fillRect(QRect(rect.right() - FocusRingWidth + 1, rect.top(), FocusRingWidth, rect.height()), colour);
}

void AccessibleStyle::drawPrimitive(PrimitiveElement element,
                                    const QStyleOption *option,
                                    QPainter *painter,
                                    const QWidget *widget) const
{
    switch (element) {
    case PE_FrameFocusRect:
        // A push button gets its ring round the whole button (drawControl), not a second one inside it.
        if (!qobject_cast<const QPushButton *>(widget))
            drawFocusRing(option->rect, option->palette, painter);
        return;
    case PE_FrameLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (option->state.testFlag(State_HasFocus))
            drawFocusRing(option->rect, option->palette, painter);
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void AccessibleStyle::drawControl(ControlElement element,
                                  const QStyleOption *option,
                                  QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    const bool focused = option->state.testFlag(State_HasFocus);
    if (focused && element == CE_PushButton)
        drawFocusRing(option->rect, option->palette, painter);
    else if (focused && element == CE_ShapedFrame &&
             (qobject_cast<const QAbstractScrollArea *>(widget) || qobject_cast<const QLabel *>(widget)))
        // A framed label takes focus for its links (the form's error summary): Qt marks the link itself only with
        // a faint dotted box, so the whole box gets the ring.
        drawFocusRing(option->rect, option->palette, painter);
}

void AccessibleStyle::drawComplexControl(ComplexControl control,
                                         const QStyleOptionComplex *option,
                                         QPainter *painter,
                                         const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (option->state.testFlag(State_HasFocus) && (control == CC_ComboBox || control == CC_SpinBox))
        drawFocusRing(option->rect, option->palette, painter);
}

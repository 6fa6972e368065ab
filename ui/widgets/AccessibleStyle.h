#pragma once

#include <QProxyStyle>

/**
 * The application's style: the platform's own, with what keyboard and low-vision users need on top (issue 16 #8,
 * #15). Focus is a solid ring FocusRingWidth pixels thick in a colour with at least 4.5:1 contrast against the
 * window, on buttons, inputs, combo and spin boxes, text areas and every item or box Qt marks with a focus rectangle
 * (WCAG 2.2 2.4.7 Focus Visible, 2.4.13 Focus Appearance), where Fusion drew a faint 1-pixel line. Placeholder text
 * is darkened to 4.5:1 against the field (1.4.3). Installed once by the app with QApplication::setStyle.
 */
class AccessibleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit AccessibleStyle(QStyle *base = nullptr);

    static constexpr int FocusRingWidth = 3;
    static constexpr double TextContrast = 4.5;

    /** The ring colour for `palette`: its highlight, darkened (or lightened) until it stands out from the window. */
    static QColor focusRingColour(const QPalette &palette);
    /** `palette` with a PlaceholderText colour that has TextContrast against Base in every colour group. */
    static QPalette withReadablePlaceholders(QPalette palette);

    QPalette standardPalette() const override;
    void polish(QPalette &palette) override;
    using QProxyStyle::polish;
    int pixelMetric(PixelMetric metric,
                    const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element,
                       const QStyleOption *option,
                       QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element,
                     const QStyleOption *option,
                     QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control,
                            const QStyleOptionComplex *option,
                            QPainter *painter,
                            const QWidget *widget = nullptr) const override;

private:
    static void drawFocusRing(const QRect &rect, const QPalette &palette, QPainter *painter);
};

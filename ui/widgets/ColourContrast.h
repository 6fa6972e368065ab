#pragma once

#include <QColor>

/**
 * WCAG 2.2 contrast between two colours, and a way to find a colour that reaches a contrast: text needs 4.5:1
 * against its background (1.4.3), a focus indicator 3:1 against what is next to it (1.4.11, 2.4.13).
 */
namespace ColourContrast
{
    /** Relative luminance of an sRGB colour, 0 (black) to 1 (white), as WCAG defines it. */
    double luminance(const QColor &colour);

    /** `foreground` as it shows over an opaque `background`: a translucent colour is mixed with what is under it. */
    QColor over(const QColor &foreground, const QColor &background);

    /**
     * The contrast ratio of `foreground` (translucent or not: Qt's placeholder colour is half-transparent text) over
     * an opaque `background`, from 1 (the same) to 21 (black on white).
     */
    double ratio(const QColor &foreground, const QColor &background);

    /**
     * `colour` (made opaque over `background`) if it already has `minimum` contrast against `background`; otherwise
     * the first mix of it towards `target`, in small steps, that does (`target` itself if none does). Keeps as much
     * of the original hue as it can.
     */
    QColor atLeast(const QColor &colour, const QColor &target, const QColor &background, double minimum);
} // namespace ColourContrast

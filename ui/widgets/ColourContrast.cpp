#include "ui/widgets/ColourContrast.h"

#include <algorithm>
#include <cmath>

namespace
{
    double linear(double channel)
    {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    }

    QColor mix(const QColor &from, const QColor &to, double share)
    {
        const auto blend = [share](int a, int b) { return int(std::lround(a + (b - a) * share)); };
        const QColor a = from.toRgb();
        const QColor b = to.toRgb();
        return QColor(blend(a.red(), b.red()), blend(a.green(), b.green()), blend(a.blue(), b.blue()));
    }
} // namespace

double ColourContrast::luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

QColor ColourContrast::over(const QColor &foreground, const QColor &background)
{
    return mix(background, foreground, foreground.alphaF());
}

double ColourContrast::ratio(const QColor &foreground, const QColor &background)
{
    const double a = luminance(over(foreground, background));
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ColourContrast::atLeast(const QColor &colour, const QColor &target, const QColor &background, double minimum)
{
    constexpr int Steps = 40;
    for (int step = 0; step <= Steps; ++step) {
        const QColor candidate = mix(over(colour, background), target, double(step) / Steps);
        if (ratio(candidate, background) >= minimum)
            return candidate;
    }
    return target;
}

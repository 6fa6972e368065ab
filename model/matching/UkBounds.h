#pragma once

/**
 * The box a UK place's coordinates must fall in: Great Britain, Northern Ireland, the Channel Islands and
 * the Isle of Man, with a margin. One place for every reader that checks a latitude and longitude.
 */
namespace UkBounds
{
    inline constexpr double MinLatitude = 49.0;
    inline constexpr double MaxLatitude = 61.0;
    inline constexpr double MinLongitude = -9.0;
    inline constexpr double MaxLongitude = 2.5;
} // namespace UkBounds

#pragma once

#include <QLatin1String>

/**
 * The versions of the engines that make suggestions, written into every suggestion's audit entry and shown in
 * the transparency record, so an explanation seen later can be traced to the code that made it. Raise one when
 * a change to that engine could change what it suggests (rules, lexicons, weights); the app version alone
 * does not say that, because most releases leave the engines as they were.
 */
namespace EngineVersion
{
    /** Matcher, MatchProfileBuilder and the score's parts. */
    inline constexpr QLatin1String Matching{"match-1"};
    /** NoteExtractor with its lexicons and SkillLinker. */
    inline constexpr QLatin1String NoteExtractor{"notes-1"};
    /** FormPrefill and the suggestion targets of forms. */
    inline constexpr QLatin1String FormPrefill{"prefill-1"};
} // namespace EngineVersion

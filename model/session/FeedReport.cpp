#include "model/session/FeedReport.h"

#include "model/core/DisplaySafe.h"
#include "model/matching/VacancyReadingCodec.h"
#include "model/vault/Database.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>

namespace
{
    double median(QVector<int> &values)
    {
        if (values.isEmpty())
            return 0;
        const qsizetype mid = values.size() / 2;
        std::nth_element(values.begin(), values.begin() + mid, values.end());
        const int upper = values.at(mid);
        if (values.size() % 2)
            return upper;
        const int lower = *std::max_element(values.begin(), values.begin() + mid);
        return (lower + upper) / 2.0;
    }
} // namespace

Result<FeedReport>
FeedReport::compute(Database &db, qint64 stamp, const QDate &today, const QString &publisherKey, int top)
{
    Statement rows =
        db.prepare("SELECT v.title, r.row IS NOT NULL, coalesce(r.occupation, ''), r.skills FROM vacancies v "
                   "LEFT JOIN vacancy_readings r ON r.row = v.row AND r.stamp = ?2 "
                   "WHERE v.withdrawn = 0 AND v.closing_date >= ?1 AND (?3 = '' OR v.publisher = ?3)");
    rows.bind(1, today.toString(Qt::ISODate)).bind(2, stamp).bind(3, publisherKey);
    FeedReport report;
    QVector<int> stated;
    QVector<int> implied;
    QVector<int> listed;
    QHash<QString, qint64> unmapped;
    while (rows.next()) {
        ++report.vacancies;
        if (rows.integer(1) == 0)
            continue;
        ++report.read;
        if (!rows.view(2).isEmpty())
            ++report.withOccupation;
        else
            // Titles come from a bundle: shown only once made safe for a terminal and a label.
            ++unmapped[DisplaySafe::singleLine(rows.text(0)).simplified()];
        std::array<int, 3> counts{0, 0, 0};
        (void)VacancyReadingCodec::forEachSkill(
            rows.view(3), [&counts](const VacancyReadingCodec::PackedSkill &s) { ++counts[size_t(s.source)]; });
        listed.append(counts[size_t(SkillSource::Listed)]);
        stated.append(counts[size_t(SkillSource::Stated)]);
        implied.append(counts[size_t(SkillSource::Implied)]);
    }
    if (rows.failed())
        return rows.error();
    report.medianListed = median(listed);
    report.medianStated = median(stated);
    report.medianImplied = median(implied);
    report.unmappedTitleCount = unmapped.size();
    for (auto it = unmapped.cbegin(); it != unmapped.cend(); ++it)
        report.unmappedTitles.append({it.key(), it.value()});
    std::sort(report.unmappedTitles.begin(), report.unmappedTitles.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (report.unmappedTitles.size() > std::max(0, top))
        report.unmappedTitles.resize(std::max(0, top));
    return report;
}

QString FeedReport::share(qint64 part, qint64 whole)
{
    const QLocale locale;
    const double percent = whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
    //: %1 of %2 vacancies, %3 the percentage
    return tr("%1 of %2 (%3%)").arg(locale.toString(part), locale.toString(whole), locale.toString(percent, 'f', 0));
}

QString FeedReport::text() const
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Open vacancies: %1").arg(locale.toString(vacancies));
    lines << tr("Read for the taxonomy in use: %1").arg(share(read, vacancies));
    lines << tr("Given an occupation from their title: %1").arg(share(withOccupation, read));
    lines << tr("Median skills per vacancy: %1 stated in the advert, %2 implied by the occupation, %3 listed by the "
                "feed")
                 .arg(locale.toString(medianStated, 'g', 3),
                      locale.toString(medianImplied, 'g', 3),
                      locale.toString(medianListed, 'g', 3));
    if (unmappedTitles.isEmpty()) {
        lines << tr("Every title read mapped to an occupation.");
    } else {
        lines << tr("Titles that mapped to no occupation (%n different):", nullptr, int(unmappedTitleCount));
        for (const auto &[title, count] : unmappedTitles)
            lines << tr("  %1 (%n vacancies)", nullptr, int(count)).arg(title);
    }
    return lines.join(QLatin1Char('\n'));
}

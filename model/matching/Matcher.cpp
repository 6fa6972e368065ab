#include "model/matching/Matcher.h"

#include "model/core/Log.h"
#include "model/matching/DistanceText.h"
#include "model/matching/OccupationCloseness.h"
#include "model/matching/PlaceGrid.h"
#include "model/matching/SkillRelations.h"
#include "model/matching/Taxonomy.h"

#include <QElapsedTimer>
#include <QSet>
#include <queue>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace
{
    constexpr double DirectGoal = 1.0;
    constexpr double DirectHistory = 0.7;

    const QString SkillsKey = QStringLiteral("skills");
    const QString OccupationKey = QStringLiteral("occupation");
    const QString DistanceKey = QStringLiteral("distance");
    const QString HoursKey = QStringLiteral("hours");
    const QString TermsKey = QStringLiteral("terms");
    const QString AdjustmentsKey = QStringLiteral("adjustments");
} // namespace

struct Matcher::Query
{
    const MatchProfile *profile = nullptr;
    const MatchOptions *options = nullptr;
    QVector<quint8> held;   // per term: 1 when the person has it
    QVector<int> heldTerms; // the terms held, for walking their postings
    // Per term the person lacks but holds a related skill of: the share of credit it earns (0 when none), and
    // which of the person's skills earned it (an index into profile->skills). Found once per query, here,
    // so scoring a vacancy is one lookup per skill whatever the relations.
    QVector<float> relatedCredit;
    QVector<int> relatedVia;
    QVector<int> relatedTerms;
    QVector<float> closeness; // per taxonomy occupation
    QVector<OccupationLink> closenessLink;
    QVector<int> closenessVia; // the person's occupation it is close to
    QVector<bool> closenessViaGoal;
    QVector<int> relatedOccupations;
    bool reducedHours = false;
    qint32 postedSinceDay = 0;
    double cosLatitude = 1;
};

double MatchResult::share(const QString &key) const
{
    if (score <= 0)
        return 0;
    for (const ScoreComponent &c : components) {
        if (c.key == key)
            return c.points() / score;
    }
    return 0;
}

QString SkillEvidence::text() const
{
    if (relatedTo.isEmpty()) {
        switch (source) {
        case SkillSource::Listed:
            return Matcher::tr("You have %1, which the advert lists.").arg(label);
        case SkillSource::Stated:
            return Matcher::tr("You have %1, stated in the advert.").arg(label);
        case SkillSource::Implied:
            return Matcher::tr("You have %1, implied by the occupation.").arg(label);
        }
    }
    switch (source) {
    case SkillSource::Listed:
        return Matcher::tr("%1, which the advert lists. Related: you have %2.").arg(label, relatedTo);
    case SkillSource::Stated:
        return Matcher::tr("%1, stated in the advert. Related: you have %2.").arg(label, relatedTo);
    case SkillSource::Implied:
        return Matcher::tr("%1, implied by the occupation. Related: you have %2.").arg(label, relatedTo);
    }
    return label;
}

Matcher::Matcher(std::shared_ptr<const VacancyIndex> index, std::shared_ptr<const Taxonomy> taxonomy)
    : m_index(std::move(index))
    , m_taxonomy(std::move(taxonomy))
    , m_skillRelations(std::make_unique<const SkillRelations>(*m_taxonomy))
    , m_occupationCloseness(std::make_unique<const OccupationCloseness>(*m_taxonomy))
    , m_places(std::make_unique<const PlaceGrid>(*m_index))
{}

Matcher::~Matcher() = default;

double Matcher::distanceKm(double lat1, double lon1, double lat2, double lon2, double cosLat1)
{
    // Equirectangular: within 0.5% of the great-circle distance over the 100 km or so a person travels
    // to work in Britain, and a tenth of haversine's cost, which is most of a query's time.
    constexpr double EarthRadiusKm = 6371.0088;
    constexpr double Radians = M_PI / 180.0;
    const double x = (lon2 - lon1) * Radians * cosLat1;
    const double y = (lat2 - lat1) * Radians;
    return EarthRadiusKm * std::sqrt(x * x + y * y);
}

double Matcher::greatCircleKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double EarthRadiusKm = 6371.0088;
    constexpr double Radians = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * Radians;
    const double dLon = (lon2 - lon1) * Radians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * Radians) * std::cos(lat2 * Radians) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

QString Matcher::componentName(const QString &key)
{
    if (key == SkillsKey)
        return tr("Skills");
    if (key == OccupationKey)
        return tr("Job goals and experience");
    if (key == DistanceKey)
        return tr("Distance");
    if (key == HoursKey)
        return tr("Hours");
    if (key == TermsKey)
        return tr("Pay and contract");
    if (key == AdjustmentsKey)
        return tr("Shared adjustments");
    return key;
}

Matcher::Query Matcher::prepare(const MatchProfile &profile, const MatchOptions &options) const
{
    Query q;
    q.profile = &profile;
    q.options = &options;
    q.held.fill(0, m_index->termCount());
    for (const NormalisedLabel &skill : profile.skills) {
        const int term = m_index->termIndex(skill.termKey());
        if (term >= 0 && !q.held.at(term)) {
            q.held[term] = 1;
            q.heldTerms.append(term);
        }
    }

    // Skills related to those held, each term once at its best credit; ties go to the skill listed first.
    q.relatedCredit.fill(0, m_index->termCount());
    q.relatedVia.fill(-1, m_index->termCount());
    for (int i = 0; i < profile.skills.size(); ++i) {
        const int source = profile.skills.at(i).mapped() ? m_taxonomy->conceptIndex(profile.skills.at(i).id) : -1;
        if (source < 0)
            continue;
        for (const RelatedSkill &related : m_skillRelations->of(source)) {
            const int term = m_index->termIndex(m_taxonomy->concepts().at(related.conceptIndex).id);
            if (term < 0 || q.held.at(term) || related.credit <= q.relatedCredit.at(term))
                continue;
            if (q.relatedCredit.at(term) == 0)
                q.relatedTerms.append(term);
            q.relatedCredit[term] = related.credit;
            q.relatedVia[term] = i;
        }
    }

    // Closeness of every occupation to the person's goals and history (OccupationCloseness), a goal counting
    // fully and work history at DirectHistory; the closest reason is kept for the explanation.
    const qsizetype occupations = m_taxonomy->occupations().size();
    q.closeness.fill(0, occupations);
    q.closenessLink.fill(OccupationLink::None, occupations);
    q.closenessVia.fill(-1, occupations);
    q.closenessViaGoal.fill(false, occupations);
    auto related = [&](const QString &occupationId, double factor, bool goal) {
        const int source = m_taxonomy->occupationIndex(occupationId);
        for (const CloseOccupation &close : m_occupationCloseness->closeTo(source)) {
            const float value = float(close.closeness * factor);
            if (value <= q.closeness.at(close.occupation))
                continue;
            q.closeness[close.occupation] = value;
            q.closenessLink[close.occupation] = close.link;
            q.closenessVia[close.occupation] = source;
            q.closenessViaGoal[close.occupation] = goal;
        }
    };
    for (const QString &id : profile.goalOccupations)
        related(id, DirectGoal, true);
    for (const QString &id : profile.historyOccupations)
        related(id, DirectHistory, false);
    for (int o = 0; o < q.closeness.size(); ++o) {
        if (q.closeness.at(o) > 0)
            q.relatedOccupations.append(o);
    }

    if (profile.useAdjustments) {
        q.reducedHours = profile.sharedAdjustments.contains(QStringLiteral("altered_hours")) ||
                         profile.sharedAdjustments.contains(QStringLiteral("phased_return"));
    }
    if (profile.hasLocation())
        q.cosLatitude = std::cos(*profile.latitude * M_PI / 180.0);
    q.postedSinceDay = options.postedSince.isValid() ? qint32(options.postedSince.toJulianDay()) : 0;
    return q;
}

std::optional<double> Matcher::score(const Query &q, int vacancy, MatchResult *explanation, double mustBeat) const
{
    const VacancyIndex::Entry &v = m_index->entry(vacancy);
    const MatchProfile &p = *q.profile;
    const MatchOptions &o = *q.options;

    // Hard limits first: they are cheap and most vacancies fail them.
    if (!o.onlyContracts.isEmpty() && !o.onlyContracts.contains(v.contract))
        return std::nullopt;
    if (q.postedSinceDay && v.listedDay < q.postedSinceDay)
        return std::nullopt;
    const bool hoursKnown = !std::isnan(v.hours);
    if (p.maxHours && hoursKnown && v.hours > *p.maxHours + 1e-6)
        return std::nullopt;

    // Distance before skills: when a travel limit rules out most vacancies, those outside it cost only this.
    std::optional<double> distance;
    if (p.hasLocation() && v.hasLocation()) {
        distance = distanceKm(*p.latitude, *p.longitude, v.latitude, v.longitude, q.cosLatitude);
        if (p.maxDistanceKm && *distance > *p.maxDistanceKm)
            return std::nullopt;
    }

    double skillValue = 0;
    const quint32 *terms = m_index->termsOf(vacancy);
    if (v.skillWeight > 0) {
        double held = 0;
        for (quint16 s = 0; s < v.skillCount; ++s) {
            const quint32 t = terms[s];
            const int term = int(t & VacancyIndex::TermMask);
            if (q.held.at(term))
                held += m_index->termWeight(term) * VacancyIndex::termFactor(t);
            else if (q.relatedCredit.at(term) > 0)
                held += m_index->termWeight(term) * VacancyIndex::termFactor(t) * q.relatedCredit.at(term);
        }
        skillValue = held / v.skillWeight;
    }
    const double occupationValue = v.occupation >= 0 ? double(q.closeness.at(v.occupation)) : 0.0;
    // The rest can add at most this; a vacancy that cannot reach `mustBeat` is not worth placing.
    if (SkillWeight * skillValue + OccupationWeight * occupationValue + RestCanAdd < mustBeat)
        return std::nullopt;

    double distanceValue = 0.5;
    if (distance) {
        const double scale = p.maxDistanceKm && *p.maxDistanceKm > 0 ? *p.maxDistanceKm : DistanceScaleKm;
        distanceValue = std::max(0.0, 1.0 - *distance / scale);
    }

    double hoursValue = 0.5;
    const std::optional<double> wanted = p.hoursWanted ? p.hoursWanted : p.maxHours;
    if (wanted && hoursKnown)
        hoursValue = 1.0 - std::min(1.0, std::abs(v.hours - *wanted) / std::max(*wanted, 10.0));

    const bool contractFits = p.contractTypes.isEmpty() || p.contractTypes.contains(v.contract);
    double payValue = 0.5;
    const bool salaryKnown = !std::isnan(v.salaryMax) || !std::isnan(v.salaryMin);
    const double salaryTop = !std::isnan(v.salaryMax) ? v.salaryMax : v.salaryMin;
    if (p.payFloor)
        payValue = !salaryKnown ? 0.25 : (salaryTop >= *p.payFloor ? 0.5 : 0.0);
    const double termsValue = (contractFits ? 0.5 : 0.0) + payValue;

    const bool adjustmentPenalty = q.reducedHours && (!hoursKnown || v.hours > ReducedHoursLimit);
    const double adjustmentValue = adjustmentPenalty ? -1.0 : 0.0;

    const double total =
        std::max(0.0,
                 SkillWeight * skillValue + OccupationWeight * occupationValue + DistanceWeight * distanceValue +
                     HoursWeight * hoursValue + TermsWeight * termsValue + AdjustmentWeight * adjustmentValue);

    if (explanation) {
        MatchResult &r = *explanation;
        r.vacancy = vacancy;
        r.score = total;
        r.distanceKm = distance;
        r.components = {{SkillsKey, skillValue, SkillWeight},
                        {OccupationKey, occupationValue, OccupationWeight},
                        {DistanceKey, distanceValue, DistanceWeight},
                        {HoursKey, hoursValue, HoursWeight},
                        {TermsKey, termsValue, TermsWeight}};
        if (q.reducedHours)
            r.components.append({AdjustmentsKey, adjustmentValue, AdjustmentWeight});
        QVector<QPair<float, int>> missing;
        QVector<SkillEvidence> relatedEvidence;
        for (quint16 s = 0; s < v.skillCount; ++s) {
            const quint32 t = terms[s];
            const int term = int(t & VacancyIndex::TermMask);
            const SkillSource source = (t & VacancyIndex::ImpliedBit)  ? SkillSource::Implied
                                       : (t & VacancyIndex::StatedBit) ? SkillSource::Stated
                                                                       : SkillSource::Listed;
            const bool essential = t & VacancyIndex::EssentialBit;
            if (q.held.at(term)) {
                r.matchedSkills.append(termDisplayLabel(term));
                r.skillEvidence.append(
                    {termDisplayLabel(term), m_index->termKey(term), source, essential, QString(), 1.0});
            } else {
                if (q.relatedCredit.at(term) > 0) {
                    relatedEvidence.append({termDisplayLabel(term),
                                            m_index->termKey(term),
                                            source,
                                            essential,
                                            skillDisplayLabel(p.skills.at(q.relatedVia.at(term))),
                                            double(q.relatedCredit.at(term))});
                }
                r.missingEssential += essential ? 1 : 0;
                missing.append({(essential ? 10.0f : 0.0f) + m_index->termWeight(term), term});
            }
        }
        std::stable_sort(
            missing.begin(), missing.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &m : missing) {
            r.missingSkills.append(termDisplayLabel(m.second));
            r.missingTermKeys.append(m_index->termKey(m.second));
        }
        r.skillEvidence += relatedEvidence;
        if (v.occupation >= 0)
            r.occupationEvidence = occupationEvidence(q, v.occupation);
        if (!r.occupationEvidence.isEmpty())
            r.evidence.append(r.occupationEvidence);
        for (const SkillEvidence &e : std::as_const(r.skillEvidence))
            r.evidence.append(e.text());

        if (distance)
            r.notes.append(tr("%1 away.").arg(DistanceText::km(*distance)));
        else
            r.notes.append(tr("Distance unknown: the person or the vacancy has no location."));
        if (!hoursKnown)
            r.notes.append(tr("Hours not given in the advert."));
        else if (wanted)
            r.notes.append(tr("%1 hours a week; the person wants %2.").arg(double(v.hours)).arg(*wanted));
        else
            r.notes.append(tr("%1 hours a week.").arg(double(v.hours)));
        if (!contractFits)
            r.notes.append(tr("Not one of the contract types the person wants."));
        if (adjustmentPenalty)
            r.notes.append(tr("Over %1 hours a week or hours unknown: the person shared that they need altered hours "
                              "or a phased return. The coach can switch this off.")
                               .arg(ReducedHoursLimit));
        // ESCO (and an imported taxonomy) has no Welsh: say once that the names above are English on purpose.
        if (Taxonomy::displayLanguage() == LabelLanguage::Welsh) {
            bool untranslated =
                v.occupation >= 0 &&
                !m_taxonomy->isTranslated(m_taxonomy->occupations().at(v.occupation).id, LabelLanguage::Welsh);
            for (quint16 s = 0; s < v.skillCount && !untranslated; ++s) {
                const QString key = m_index->termKey(int(terms[s] & VacancyIndex::TermMask));
                untranslated = m_taxonomy->findConcept(key) && !m_taxonomy->isTranslated(key, LabelLanguage::Welsh);
            }
            if (untranslated)
                r.notes.append(tr("Some skill or occupation names are in English only: the taxonomy (such as "
                                  "ESCO) has no Welsh for them."));
        }
        if (p.useAdjustments) {
            if (p.sharedAdjustments.contains(QStringLiteral("amended_duties")))
                r.notes.append(tr("Ask the employer about amended duties, which the person shared."));
            if (p.sharedAdjustments.contains(QStringLiteral("workplace_adaptations")))
                r.notes.append(tr("Ask the employer about workplace adaptations, which the person shared."));
        }
    }
    return total;
}

QString Matcher::termDisplayLabel(int term) const
{
    // Matching works on ids; only the words shown follow the interface language.
    const QString key = m_index->termKey(term);
    return m_taxonomy->findConcept(key) ? m_taxonomy->displayLabel(key) : m_index->termLabel(term);
}

QString Matcher::skillDisplayLabel(const NormalisedLabel &skill) const
{
    return !skill.id.isEmpty() && m_taxonomy->findConcept(skill.id) ? m_taxonomy->displayLabel(skill.id) : skill.label;
}

QString Matcher::occupationEvidence(const Query &q, int occupation) const
{
    QString label = m_taxonomy->displayOccupationLabel(m_taxonomy->occupations().at(occupation).id);
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    const int via = q.closenessVia.at(occupation);
    const bool goal = q.closenessViaGoal.at(occupation);
    const QString other =
        via >= 0 ? m_taxonomy->displayOccupationLabel(m_taxonomy->occupations().at(via).id) : QString();
    switch (q.closenessLink.at(occupation)) {
    case OccupationLink::None:
        break;
    case OccupationLink::Same:
        return goal ? tr("%1 (from the title): one of the person's job goals.").arg(label)
                    : tr("%1 (from the title): in the person's work history.").arg(label);
    case OccupationLink::NarrowerOrBroader:
        return goal ? tr("%1 (from the title): a narrower or broader occupation than %2, a job goal.").arg(label, other)
                    : tr("%1 (from the title): a narrower or broader occupation than %2, in their work history.")
                          .arg(label, other);
    case OccupationLink::UnitGroup:
        return goal ? tr("%1 (from the title): the same ISCO unit group as %2, a job goal.").arg(label, other)
                    : tr("%1 (from the title): the same ISCO unit group as %2, in their work history.")
                          .arg(label, other);
    case OccupationLink::MinorGroup:
        return goal ? tr("%1 (from the title): the same ISCO minor group as %2, a job goal.").arg(label, other)
                    : tr("%1 (from the title): the same ISCO minor group as %2, in their work history.")
                          .arg(label, other);
    case OccupationLink::SubMajorGroup:
        return goal ? tr("%1 (from the title): the same ISCO sub-major group as %2, a job goal.").arg(label, other)
                    : tr("%1 (from the title): the same ISCO sub-major group as %2, in their work history.")
                          .arg(label, other);
    case OccupationLink::Family:
        return goal
                   ? tr("%1 (from the title): the same family of jobs as %2, a job goal.").arg(label, other)
                   : tr("%1 (from the title): the same family of jobs as %2, in their work history.").arg(label, other);
    case OccupationLink::SharedSkills:
        return goal ? tr("%1 (from the title): shares essential skills with %2, a job goal.").arg(label, other)
                    : tr("%1 (from the title): shares essential skills with %2, in their work history.")
                          .arg(label, other);
    }
    return tr("%1 (from the title).").arg(label);
}

namespace
{
    /** Orders best first: higher score, then the vacancy listed first. */
    struct Better
    {
        template <typename S>
        bool operator()(const S &a, const S &b) const
        {
            return a.score > b.score || (a.score == b.score && a.vacancy < b.vacancy);
        }
    };
} // namespace

QVector<MatchResult> Matcher::explainAll(const Query &query, const QVector<Scored> &top) const
{
    QVector<MatchResult> out;
    out.reserve(top.size());
    for (const Scored &s : top) {
        MatchResult r;
        score(query, s.vacancy, &r);
        out.append(std::move(r));
    }
    return out;
}

QVector<MatchResult> Matcher::rankByScanning(const MatchProfile &profile, const MatchOptions &options) const
{
    const Query query = prepare(profile, options);
    const int top = std::max(0, options.top);
    // A heap whose top is the worst of the best `top` so far.
    std::priority_queue<Scored, std::vector<Scored>, Better> heap;
    for (int v = 0; v < m_index->size(); ++v) {
        const std::optional<double> s = score(query, v, nullptr);
        if (!s)
            continue;
        const Scored candidate{v, *s};
        if (int(heap.size()) < top) {
            heap.push(candidate);
        } else if (top > 0 && Better()(candidate, heap.top())) {
            heap.pop();
            heap.push(candidate);
        }
    }
    QVector<Scored> best;
    while (!heap.empty()) {
        best.append(heap.top());
        heap.pop();
    }
    std::reverse(best.begin(), best.end());
    return explainAll(query, best);
}

QVector<MatchResult> Matcher::rank(const MatchProfile &profile, const MatchOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    const Query query = prepare(profile, options);
    const int top = std::max(0, options.top);
    const int n = m_index->size();

    std::priority_queue<Scored, std::vector<Scored>, Better> heap;
    auto full = [&] { return top > 0 && int(heap.size()) == top; };
    auto offer = [&](int v) {
        const double mustBeat = full() ? heap.top().score : -1.0;
        const std::optional<double> s = score(query, v, nullptr, mustBeat);
        if (!s)
            return;
        const Scored candidate{v, *s};
        if (int(heap.size()) < top) {
            heap.push(candidate);
        } else if (top > 0 && Better()(candidate, heap.top())) {
            heap.pop();
            heap.push(candidate);
        }
    };
    auto finish = [&](qsizetype looked) {
        QVector<Scored> best;
        while (!heap.empty()) {
            best.append(heap.top());
            heap.pop();
        }
        std::reverse(best.begin(), best.end());
        QVector<MatchResult> results = explainAll(query, best);
        // Debug, as it runs once a query: counts and time only, never the profile's skills or place.
        qCDebug(lcMatching) << "ranked" << n << "vacancies:" << looked << "looked at," << results.size() << "results in"
                            << timer.nsecsElapsed() / 1000 << "us";
        return results;
    };

    // With a travel limit that leaves fewer vacancies near the person than the postings below would visit,
    // scoring those near (PlaceGrid) is cheaper, and exact for the reason scanning is: every vacancy it
    // skips lies further than the limit in latitude or in longitude alone.
    const bool limited = profile.hasLocation() && profile.maxDistanceKm;
    if (limited && top > 0) {
        constexpr double KmPerDegree = 6371.0088 * M_PI / 180.0;
        constexpr qint64 NearCostFactor = 8;
        const double reach = *profile.maxDistanceKm + 1e-3;
        const double latitudeReach = reach / KmPerDegree;
        const double longitudeReach = reach / (KmPerDegree * std::max(query.cosLatitude, 1e-3));
        const PlaceGrid::Box box{*profile.latitude - latitudeReach,
                                 *profile.latitude + latitudeReach,
                                 *profile.longitude - longitudeReach,
                                 *profile.longitude + longitudeReach};
        qint64 postings = 0;
        for (int term : query.heldTerms)
            postings += m_index->postings(term).size();
        for (int term : query.relatedTerms)
            postings += m_index->postings(term).size();
        for (int occupation : query.relatedOccupations)
            postings += m_index->occupationPostings(occupation).size();
        const qint64 near = m_places->countNear(box) + m_places->unplaced().size();
        // Scoring a vacancy costs several times following a posting to it.
        if (near * NearCostFactor < postings) {
            m_places->visitNear(box, offer);
            for (quint32 v : m_places->unplaced())
                offer(int(v));
            return finish(near);
        }
    }

    // Candidates: vacancies asking for a skill the person has, or of an occupation related to theirs.
    // Walking the postings also sums each candidate's held skill weight (-1 marks "not a candidate"),
    // so most candidates can be ruled out from two small columns without reading their entries.
    // The buffers are kept per thread: allocating megabytes for each query costs more than the query.
    thread_local std::vector<float> held;
    thread_local std::vector<int> candidates;
    thread_local std::vector<float> bounds;
    held.assign(size_t(n), -1.0f);
    candidates.clear();
    for (int term : query.heldTerms) {
        const float weight = m_index->termWeight(term);
        for (quint32 posting : m_index->postings(term)) {
            const int v = int(posting & VacancyIndex::TermMask);
            if (held[size_t(v)] < 0) {
                held[size_t(v)] = 0;
                candidates.push_back(v);
            }
            held[size_t(v)] += weight * VacancyIndex::termFactor(posting);
        }
    }
    for (int occupation : query.relatedOccupations) {
        for (quint32 v : m_index->occupationPostings(occupation)) {
            if (held[v] < 0) {
                held[v] = 0;
                candidates.push_back(int(v));
            }
        }
    }
    // Skills related to the person's add part credit, at most the best credit on the weight a candidate's held
    // skills leave: a bound from the columns alone, as reading each candidate's own terms would cost more.
    float bestCredit = 0;
    for (int term : query.relatedTerms)
        bestCredit = std::max(bestCredit, query.relatedCredit.at(term));
    // The most each candidate could score. The sums above may differ from score()'s in the last bits,
    // hence the margin: a bound only ever rules out, score() decides. A histogram of the bounds finds
    // the few hundred most promising without sorting them all; those go first, so the list fills with
    // good scores and nearly all the rest fall to the bound alone.
    constexpr double Margin = 1e-5;
    constexpr int Buckets = 256;
    const float *skillWeights = m_index->skillWeights();
    const qint32 *occupationOf = m_index->occupations();
    bounds.resize(candidates.size());
    std::array<int, Buckets> histogram{};
    auto bucketOf = [](float bound) {
        return std::clamp(
            int((bound - float(RestCanAdd)) * float(Buckets - 1) / float(1.0 - RestCanAdd)), 0, Buckets - 1);
    };
    // The travel limit, from the coordinate columns: a vacancy beyond it is out whatever it scores. The
    // same formula as score()'s, with a hair of slack so rounding never drops one that score() would keep.
    const float *latitudes = m_index->latitudes();
    const float *longitudes = m_index->longitudes();
    auto beyondReach = [&](int v) {
        if (!limited || std::isnan(latitudes[v]))
            return false;
        return distanceKm(*profile.latitude, *profile.longitude, latitudes[v], longitudes[v], query.cosLatitude) >
               *profile.maxDistanceKm + 1e-6;
    };
    auto boundOf = [&](int v) {
        const double share = skillWeights[v] > 0 ? double(held[size_t(v)]) / double(skillWeights[v]) : 0.0;
        const double skill = share + double(bestCredit) * std::max(0.0, 1.0 - share);
        const double occupation = occupationOf[v] >= 0 ? double(query.closeness.at(occupationOf[v])) : 0.0;
        return float(SkillWeight * skill + OccupationWeight * occupation + RestCanAdd + Margin);
    };
    for (size_t i = 0; i < candidates.size(); ++i) {
        const int v = candidates[i];
        if (beyondReach(v)) {
            bounds[i] = -1.0f;
            continue;
        }
        bounds[i] = boundOf(v);
        ++histogram[size_t(bucketOf(bounds[i]))];
    }
    auto ruledOut = [&](size_t i) { return bounds[i] < 0; };
    int firstBucket = Buckets - 1;
    for (int seenSoFar = 0; firstBucket > 0; --firstBucket) {
        seenSoFar += histogram[size_t(firstBucket)];
        if (seenSoFar >= 4 * std::max(top, 1))
            break;
    }
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (!ruledOut(i) && bucketOf(bounds[i]) >= firstBucket)
            offer(candidates[i]);
    }
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (!ruledOut(i) && bucketOf(bounds[i]) < firstBucket && !(full() && double(bounds[i]) < heap.top().score))
            offer(candidates[i]);
    }

    // Vacancies sharing no skill and no occupation with the person can still ask for skills related to theirs,
    // worth at most SkillWeight x the best credit. Only when the list is not full of better scores are they
    // found, through the related skills' postings.
    if (top > 0 && bestCredit > 0 && (!full() || heap.top().score <= RestCanAdd + SkillWeight * bestCredit + Margin)) {
        const size_t before = candidates.size();
        for (int term : query.relatedTerms) {
            for (quint32 posting : m_index->postings(term)) {
                const int v = int(posting & VacancyIndex::TermMask);
                if (held[size_t(v)] < 0) {
                    held[size_t(v)] = 0;
                    candidates.push_back(v);
                }
            }
        }
        for (size_t i = before; i < candidates.size(); ++i) {
            const int v = candidates[i];
            if (!beyondReach(v) && !(full() && double(boundOf(v)) < heap.top().score))
                offer(v);
        }
    }

    // Any other vacancy scores nothing for skills or occupation, so at most RestCanAdd. If the list is
    // not full of scores above that, the rest must be looked at too for the order to be exact.
    if (top > 0 && (!full() || heap.top().score <= RestCanAdd + Margin)) {
        for (int v = 0; v < n; ++v) {
            if (held[size_t(v)] < 0 && !beyondReach(v))
                offer(v);
        }
    }
    return finish(qsizetype(candidates.size()));
}

std::optional<MatchResult> Matcher::explain(const MatchProfile &profile, int vacancy, const MatchOptions &options) const
{
    if (vacancy < 0 || vacancy >= m_index->size())
        return std::nullopt;
    const Query query = prepare(profile, options);
    MatchResult r;
    if (!score(query, vacancy, &r))
        return std::nullopt;
    return r;
}

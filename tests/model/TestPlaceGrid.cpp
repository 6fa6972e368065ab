#include "model/demo/SyntheticVacancies.h"
#include "model/matching/PlaceGrid.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/VacancyIndex.h"

#include <QSet>
#include <QTest>

#include <random>

class TestPlaceGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visitsEveryVacancyInTheBoxAndKeepsUnplacedApart();
    void boxOutsideTheVacanciesVisitsNothing();
    void hostileCoordinatesKeepTheGridSmall();
};

namespace
{
    std::shared_ptr<const VacancyIndex> indexOf(QVector<Vacancy> vacancies, const QDate &today)
    {
        static const auto normaliser =
            std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(Taxonomy::builtIn().value()));
        return VacancyIndex::fromVacancies(vacancies, *normaliser, today);
    }
} // namespace

void TestPlaceGrid::visitsEveryVacancyInTheBoxAndKeepsUnplacedApart()
{
    const QDate today(2026, 11, 1);
    QVector<Vacancy> vacancies = SyntheticVacancies::generate(2000, 3, today);
    for (int i = 0; i < vacancies.size(); i += 17) {
        vacancies[i].latitude.reset();
        vacancies[i].longitude.reset();
    }
    const auto index = indexOf(vacancies, today);
    const PlaceGrid grid(*index);
    QSet<quint32> unplaced;
    for (quint32 v : grid.unplaced()) {
        QVERIFY(!index->entry(int(v)).hasLocation());
        unplaced.insert(v);
    }
    std::mt19937 rng(8);
    for (int round = 0; round < 200; ++round) {
        const double south = 50.0 + (rng() % 600) / 100.0;
        const double west = -5.0 + (rng() % 700) / 100.0;
        const PlaceGrid::Box box{south, south + (rng() % 100) / 100.0, west, west + (rng() % 150) / 100.0};
        QSet<int> visited;
        grid.visitNear(box, [&](int v) { visited.insert(v); });
        QCOMPARE(qint64(visited.size()), grid.countNear(box));
        for (int v = 0; v < index->size(); ++v) {
            const VacancyIndex::Entry &e = index->entry(v);
            if (!e.hasLocation()) {
                QVERIFY(unplaced.contains(quint32(v)));
                QVERIFY(!visited.contains(v));
                continue;
            }
            const bool inside = e.latitude >= box.south && e.latitude <= box.north && e.longitude >= box.west &&
                                e.longitude <= box.east;
            if (inside)
                QVERIFY2(visited.contains(v), qPrintable(QString::number(v)));
        }
    }
}

void TestPlaceGrid::boxOutsideTheVacanciesVisitsNothing()
{
    const QDate today(2026, 11, 1);
    const auto index = indexOf(SyntheticVacancies::generate(200, 4, today), today);
    const PlaceGrid grid(*index);
    const PlaceGrid::Box farAway{-40, -39, 140, 141};
    QCOMPARE(grid.countNear(farAway), 0);
    int visited = 0;
    grid.visitNear(farAway, [&](int) { ++visited; });
    QCOMPARE(visited, 0);
}

void TestPlaceGrid::hostileCoordinatesKeepTheGridSmall()
{
    const QDate today(2026, 11, 1);
    QVector<Vacancy> vacancies = SyntheticVacancies::generate(3, 5, today);
    vacancies[0].latitude = -89.9;
    vacancies[0].longitude = -179.9;
    vacancies[1].latitude = 89.9;
    vacancies[1].longitude = 179.9;
    const auto index = indexOf(vacancies, today);
    const PlaceGrid grid(*index);
    // The whole world in at most 512 x 512 cells; a box over everything finds every placed vacancy.
    int visited = 0;
    grid.visitNear({-90, 90, -180, 180}, [&](int) { ++visited; });
    QCOMPARE(visited, index->size() - int(grid.unplaced().size()));
}

QTEST_GUILESS_MAIN(TestPlaceGrid)
#include "TestPlaceGrid.moc"

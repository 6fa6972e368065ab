// Writes the fuzzers' seed corpus: valid signed bundles (plain and compressed) and valid payloads.
#include "model/bundles/BundleFile.h"
#include "model/io/PayloadArchive.h"
#include "model/matching/GeodataBundle.h"
#include "model/matching/ProfileCsv.h"
#include "model/matching/VacancyCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "FuzzKeys.h"

namespace
{
    void save(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    }
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString out = app.arguments().value(1, QStringLiteral("corpus"));
    QDir().mkpath(out + QStringLiteral("/bundle"));
    QDir().mkpath(out + QStringLiteral("/payload"));
    const SigningKey key = fuzzPublisherKey();

    QVector<QVector<OutcodeCentroid>> samples = {
        {},
        {{QStringLiteral("LS1"), 53.797, -1.548}},
        {{QStringLiteral("CF10"), 51.476, -3.177},
         {QStringLiteral("SA1"), 51.62, -3.94},
         {QStringLiteral("M1"), 53.48, -2.24}},
    };
    PayloadWriter generic(QByteArrayLiteral("fuzz/1"));
    generic.writeCount(2);
    for (int i = 0; i < 2; ++i) {
        generic.writeString(QStringLiteral("Siân %1").arg(i));
        generic.writeDouble(1.5 * i);
        generic.writeInt(-i);
        generic.writeBool(i % 2);
        generic.writeBytes(QByteArray(i + 1, 'x'));
    }
    save(out + QStringLiteral("/payload/generic"), generic.finish());

    for (int i = 0; i < samples.size(); ++i) {
        const QByteArray payload = GeodataBundle::encode(samples.at(i));
        save(out + QStringLiteral("/payload/geodata-%1").arg(i), payload);
        BundleHeader header;
        header.kind = BundleKind::Geodata;
        header.sequence = quint64(i + 1);
        header.publisher = QStringLiteral("fuzz");
        header.createdAt = 1'800'000'000;
        auto bundle = BundleFile::write(header, payload, {key.keyId(), &key.secretKey()});
        if (bundle)
            save(out + QStringLiteral("/bundle/geodata-%1").arg(i), bundle.value());
    }

    // CSV feeds: a vacancy file as the app writes one (every column, a quoted field with a comma, line break and
    // doubled quote) and a profile file, so the CSV fuzzer starts from rows every reader accepts.
    QDir().mkpath(out + QStringLiteral("/csv"));
    Vacancy vacancy;
    vacancy.id = QStringLiteral("V1");
    vacancy.title = QStringLiteral("Healthcare assistant, \"Bank\"");
    vacancy.employer = QStringLiteral("Ysbyty Gwynedd, Bangor");
    vacancy.description = QStringLiteral("Personal care;\nmoving and handling");
    vacancy.skills = {QStringLiteral("personal care"), QStringLiteral("infection control")};
    vacancy.postcode = QStringLiteral("LL57 2PW");
    vacancy.hoursPerWeek = 37.5;
    vacancy.salaryMin = 22383;
    vacancy.closingDate = QDate(2026, 12, 31);
    QByteArray vacancies = VacancyCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    QStringList quoted;
    for (QString field : VacancyCsv::toFields(vacancy))
        quoted.append(QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'));
    vacancies += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    save(out + QStringLiteral("/csv/vacancies"), vacancies);
    save(out + QStringLiteral("/csv/profiles"),
         ProfileCsv::requiredColumns().join(QLatin1Char(',')).toUtf8() +
             "\nP1,\"customer service;cash handling\",53.48,-2.24\n");
    return 0;
}

#include "model/matching/JobTitleNormaliser.h"

#include <QTest>

class TestJobTitleNormaliser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleansTitle_data();
    void cleansTitle();
    void mapsToBuiltInOccupation_data();
    void mapsToBuiltInOccupation();
    void expandsNursingAbbreviations_data();
    void expandsNursingAbbreviations();
    void leavesUnknownTitlesUnmapped_data();
    void leavesUnknownTitlesUnmapped();
    void evidenceNamesTheLabel();

private:
    std::unique_ptr<JobTitleNormaliser> m_builtIn;
    std::unique_ptr<JobTitleNormaliser> m_nursing;
};

void TestJobTitleNormaliser::initTestCase()
{
    auto builtIn = Taxonomy::builtIn();
    QVERIFY(builtIn.ok());
    m_builtIn = std::make_unique<JobTitleNormaliser>(std::make_shared<const Taxonomy>(builtIn.value()));

    // The built-in taxonomy has no registered nurses; ESCO does, under labels like these.
    auto nursing = Taxonomy::parseText({{"nursing.txt",
                                         "O|mental health nurse|health|psychiatric nurse||\n"
                                         "O|general nurse|health|adult nurse;staff nurse||\n"
                                         "O|heavy goods vehicle driver|transport|lorry driver||\n"}});
    QVERIFY2(nursing.ok(), qPrintable(nursing.ok() ? QString() : nursing.error().message));
    m_nursing = std::make_unique<JobTitleNormaliser>(std::make_shared<const Taxonomy>(nursing.value()));
}

void TestJobTitleNormaliser::cleansTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QStringList>("qualifiers");

    QTest::addRow("grade, shift, place, reference") << "NHS AfC Band 5 RMN - Nights (Leeds) Ref: 12345"
                                                    << "registered mental health nurse" << QStringList();
    QTest::addRow("grade range") << "Band 6/7 Staff Nurse"
                                 << "staff nurse" << QStringList();
    QTest::addRow("council grade") << "Grade 5 Administrator (Fixed Term)"
                                   << "administrator" << QStringList();
    QTest::addRow("bank and contract words") << "Bank HCA - Part Time - Permanent"
                                             << "healthcare assistant" << QStringList();
    QTest::addRow("locum") << "Locum Pharmacy Technician"
                           << "pharmacy technician" << QStringList();
    QTest::addRow("pay and hours") << "Warehouse Operative £11.44ph 37.5 hours per week"
                                   << "warehouse operative" << QStringList();
    QTest::addRow("pay range") << "Sales Assistant - £22,000 - £24,000 pa + benefits"
                               << "sales assistant" << QStringList();
    QTest::addRow("zero hours") << "Kitchen Porter (0 Hours)"
                                << "kitchen porter" << QStringList();
    QTest::addRow("requisition in brackets") << "Multi-Drop Delivery Driver (REQ-4471)"
                                             << "multi drop delivery driver" << QStringList();
    QTest::addRow("place after in") << "Retail Assistant in Manchester"
                                    << "retail assistant" << QStringList();
    QTest::addRow("unknown town, capitalised") << "Care Assistant - Pontefract"
                                               << "care assistant" << QStringList();
    QTest::addRow("postcode") << "Cleaner (LS11 5QB)"
                              << "cleaner" << QStringList();
    QTest::addRow("qualifier kept") << "Support Worker (Learning Disabilities) - Bradford"
                                    << "support worker" << QStringList{"learning disabilities"};
    QTest::addRow("slash alternatives") << "LGV/HGV Class 1 Driver"
                                        << "large goods vehicle heavy goods vehicle class 1 driver" << QStringList();
    QTest::addRow("shift first") << "Nights - Care Assistant"
                                 << "care assistant" << QStringList();
    QTest::addRow("weekend and days") << "Domiciliary Carer - Weekends and Days"
                                      << "domiciliary carer" << QStringList();
    QTest::addRow("CSCS") << "Labourer - CSCS"
                          << "labourer" << QStringList{"construction skills certification scheme"};
    QTest::addRow("FLT") << "FLT Driver (Counterbalance) - Temp to Perm"
                         << "forklift truck driver" << QStringList{"counterbalance"};
    QTest::addRow("lower case feed") << "healthcare assistant - band 3 - leeds"
                                     << "healthcare assistant" << QStringList();
}

void TestJobTitleNormaliser::cleansTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, normalised);
    QFETCH(QStringList, qualifiers);
    const TitleMatch cleaned = m_builtIn->normalise(title);
    QCOMPARE(cleaned.normalised, normalised);
    QCOMPARE(cleaned.qualifiers, qualifiers);
    QVERIFY(!cleaned.mapped());
}

void TestJobTitleNormaliser::mapsToBuiltInOccupation_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("occupation");
    QTest::addColumn<QString>("matchedLabel");
    QTest::addColumn<double>("minConfidence");

    // NHS and care
    QTest::addRow("HCA band and shift") << "Healthcare Assistant - Band 3 - Nights"
                                        << "healthcare assistant"
                                        << "healthcare assistant" << 1.0;
    QTest::addRow("HCA abbreviation, bank, ward") << "HCA (Bank) - Ward 12, St James's Hospital"
                                                  << "healthcare assistant"
                                                  << "healthcare assistant" << 1.0;
    QTest::addRow("senior HCA") << "Senior Healthcare Assistant"
                                << "healthcare assistant"
                                << "healthcare assistant" << 0.9;
    QTest::addRow("hospital domestic") << "Hospital Domestic - Band 2"
                                       << "domestic assistant"
                                       << "hospital domestic" << 1.0;
    QTest::addRow("ward domestic assistant, head noun") << "Ward Domestic Assistant - Part Time"
                                                        << "domestic assistant"
                                                        << "domestic assistant" << 0.85;
    QTest::addRow("bank porter") << "Bank Porter"
                                 << "porter"
                                 << "porter" << 1.0;
    QTest::addRow("pharmacy technician") << "Band 4 Pharmacy Technician (Locum)"
                                         << "pharmacy technician"
                                         << "pharmacy technician" << 1.0;
    QTest::addRow("care assistant nights") << "Care Assistant - Nights (Leeds)"
                                           << "care assistant"
                                           << "care assistant" << 1.0;
    QTest::addRow("learning disabilities qualifier") << "Support Worker (Learning Disabilities) - Bradford"
                                                     << "support worker"
                                                     << "learning disability support worker" << 0.95;
    QTest::addRow("senior carer with pay") << "Senior Carer - Days - £12.50 per hour"
                                           << "senior carer"
                                           << "senior carer" << 1.0;
    QTest::addRow("domiciliary") << "Domiciliary Care Worker | Weekends | Car Driver Essential"
                                 << "home carer"
                                 << "domiciliary care worker" << 1.0;
    // Warehouse
    QTest::addRow("warehouse pay") << "Warehouse Operative - Immediate Start - £11.44ph"
                                   << "warehouse operative"
                                   << "warehouse operative" << 1.0;
    QTest::addRow("FLT") << "FLT Driver (Counterbalance) - Nights"
                         << "forklift driver"
                         << "forklift truck driver" << 1.0;
    QTest::addRow("picker") << "Order Picker - Temp to Perm (REQ-4471)"
                            << "picker packer"
                            << "order picker" << 1.0;
    QTest::addRow("kitchen porter slash") << "Kitchen Porter / Pot Washer"
                                          << "kitchen porter"
                                          << "kitchen porter" << 1.0;
    // Retail
    QTest::addRow("sales assistant part time") << "Sales Assistant - Part Time 16 hours"
                                               << "retail assistant"
                                               << "sales assistant" << 1.0;
    QTest::addRow("retail in town") << "Retail Assistant in Manchester"
                                    << "retail assistant"
                                    << "retail assistant" << 1.0;
    QTest::addRow("seasonal colleague") << "Christmas Temp Retail Colleague (Ref: 12345)"
                                        << "retail assistant"
                                        << "retail colleague" << 1.0;
    QTest::addRow("assistant store manager") << "Assistant Store Manager - Leeds"
                                             << "assistant store manager"
                                             << "assistant store manager" << 1.0;
    // Driving
    QTest::addRow("LGV/HGV") << "LGV/HGV Class 1 Driver - Nights"
                             << "HGV class 1 driver"
                             << "LGV class 1 driver" << 0.95;
    QTest::addRow("HGV 2") << "HGV 2 Driver - Multi Drop"
                           << "HGV class 2 driver"
                           << "HGV 2 driver" << 1.0;
    QTest::addRow("multi-drop") << "Multi-Drop Delivery Driver (REQ-4471)"
                                << "multi-drop delivery driver"
                                << "multi-drop delivery driver" << 1.0;
    QTest::addRow("PCV") << "PCV Driver - Full Training Provided"
                         << "bus driver"
                         << "PCV driver" << 1.0;
    // Construction
    QTest::addRow("groundworker") << "Groundworker - CSCS Required - Leeds"
                                  << "groundworker"
                                  << "groundworker" << 1.0;
    QTest::addRow("site labourer pay") << "Site Labourer - Temp to Perm - £13/hr"
                                       << "labourer"
                                       << "site labourer" << 1.0;
    QTest::addRow("bricklayer") << "Bricklayer (Fixed Term) - Swansea"
                                << "bricklayer"
                                << "bricklayer" << 1.0;
    QTest::addRow("plumbing and heating") << "Plumbing and Heating Engineer"
                                          << "plumber"
                                          << "plumbing and heating engineer" << 1.0;
}

void TestJobTitleNormaliser::mapsToBuiltInOccupation()
{
    QFETCH(QString, title);
    QFETCH(QString, occupation);
    QFETCH(QString, matchedLabel);
    QFETCH(double, minConfidence);
    const TitleMatch match = m_builtIn->match(title);
    QVERIFY2(match.mapped(), qPrintable(match.normalised + " | " + match.qualifiers.join(',')));
    QCOMPARE(match.occupationLabel, occupation);
    QCOMPARE(match.matchedLabel, matchedLabel);
    QVERIFY2(match.confidence >= minConfidence - 1e-9 && match.confidence <= 1.0,
             qPrintable(QString::number(match.confidence)));
}

void TestJobTitleNormaliser::expandsNursingAbbreviations_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("occupation");
    QTest::addRow("RMN") << "NHS AfC Band 5 RMN - Nights (Leeds) Ref: 12345"
                         << "mental health nurse";
    QTest::addRow("RGN") << "RGN - Nursing Home - Days"
                         << "general nurse";
    QTest::addRow("staff nurse") << "Band 5 Staff Nurse (Bank)"
                                 << "general nurse";
    QTest::addRow("HGV, expanded") << "HGV Driver"
                                   << "heavy goods vehicle driver";
}

void TestJobTitleNormaliser::expandsNursingAbbreviations()
{
    QFETCH(QString, title);
    QFETCH(QString, occupation);
    const TitleMatch match = m_nursing->match(title);
    QCOMPARE(match.occupationLabel, occupation);
}

void TestJobTitleNormaliser::leavesUnknownTitlesUnmapped_data()
{
    QTest::addColumn<QString>("title");
    QTest::addRow("nothing like it") << "Astronaut Band 9";
    QTest::addRow("only terms") << "Nights - Bank - Permanent";
    QTest::addRow("empty") << "";
    QTest::addRow("only punctuation") << " - () [] | ";
}

void TestJobTitleNormaliser::leavesUnknownTitlesUnmapped()
{
    QFETCH(QString, title);
    const TitleMatch match = m_builtIn->match(title);
    QVERIFY(!match.mapped());
    QCOMPARE(match.confidence, 0.0);
    QVERIFY(match.evidence().startsWith("No occupation"));
}

void TestJobTitleNormaliser::evidenceNamesTheLabel()
{
    const TitleMatch match = m_builtIn->match("Bank HCA - Nights");
    QCOMPARE(match.removed, (QStringList{"bank", "nights"}));
    QCOMPARE(match.evidence(),
             QString("“healthcare assistant” matched the label “healthcare assistant” of healthcare assistant "
                     "(exact, confidence 100%)."));
}

QTEST_GUILESS_MAIN(TestJobTitleNormaliser)
#include "TestJobTitleNormaliser.moc"

#include "model/core/Settings.h"
#include "model/employers/EmployerDirectory.h"
#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/session/VaultSession.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "ui/caseload/CaseloadPanel.h"
#include "ui/shell/MainWindow.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

namespace
{
    QStringList &capturedLog()
    {
        static QStringList lines;
        return lines;
    }

    void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        capturedLog().append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                             message);
    }

    QString markerFor(const QString &kind, const QString &field)
    {
        return QStringLiteral("QXMARK%1%2ZZ").arg(kind, field).remove(QLatin1Char('_')).toUpper();
    }

    /** A valid value for a field that still carries a marker where the field's type allows free text. */
    QString valueFor(const EntityKind &kind, const FieldSpec &field)
    {
        switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
            return markerFor(kind.key, field.name);
        case FieldType::Choice:
            return field.choices.first().key;
        default:
            return {};
        }
    }
} // namespace

/**
 * Marker strings go into every kind of record through the app; after locking and closing, no file in
 * the vault folder, the temporary folder or the settings, and no captured log line, holds any of them.
 */
class TestNoPlaintextOnDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noMarkerReachesDiskOrLog();

private:
    QTemporaryDir m_temp{QDir::tempPath() + QStringLiteral("/waymark-marker-XXXXXX")};
};

void TestNoPlaintextOnDisk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_temp.isValid());
    // Everything this process writes as "temporary" lands here, so the scan sees it.
    qputenv("TMPDIR", m_temp.path().toLocal8Bit());
    qputenv("SQLITE_TMPDIR", m_temp.path().toLocal8Bit());
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qInstallMessageHandler(captureMessage);
}

void TestNoPlaintextOnDisk::noMarkerReachesDiskOrLog()
{
    QStringList markers;
    const QString vaultPath = m_temp.filePath("markers.waymark");
    {
        Settings settings(m_temp.filePath("settings.ini"), nullptr);
        VaultSession session;
        VaultOptions options;
        options.kdf = KdfParams::minimum();
        options.ownerName = "Coach";
        QVERIFY(session.create(vaultPath, Fixtures::passphrase(), options));
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        RecordStore &store = session.vault()->records();
        const QString given = markerFor("person", "given");
        const QString family = markerFor("person", "family");
        auto person = store.createPerson({{"given_name", given},
                                          {"family_name", family},
                                          {"preferred_name", markerFor("person", "preferred")},
                                          {"address", markerFor("person", "address")},
                                          {"owner", markerFor("person", "owner")}});
        QVERIFY(person);
        markers << given << family << markerFor("person", "preferred") << markerFor("person", "address");
        for (const EntityKind &kind : EntitySchema::instance().kinds()) {
            if (kind.key == Kinds::Person)
                continue;
            FieldMap fields;
            for (const FieldSpec &field : kind.fields) {
                const QString value = valueFor(kind, field);
                if (!value.isEmpty())
                    fields.insert(field.name, value);
                if (field.type == FieldType::Text || field.type == FieldType::LongText)
                    markers << value;
            }
            if (kind.key == Kinds::FitNote)
                fields.insert("assessed_on", "2026-10-01");
            if (kind.key == Kinds::Appointment)
                fields.insert("starts_at", "2027-01-01 10:00");
            if (kind.key == Kinds::Consent)
                fields.insert("agreed_on", "2026-10-01");
            if (kind.key == Kinds::Offer)
                fields.insert("offered_on", "2026-10-01");
            if (kind.key == Kinds::Referral) {
                fields.insert("partner_id", "a-partner-id");
                fields.insert("referred_on", "2026-10-01");
            }
            if (kind.key == Kinds::PutForward) {
                fields.insert("employer_id", "an-employer-id");
                fields.insert("put_forward_on", "2026-10-01");
            }
            auto added = store.add(person.value(), kind.key, fields);
            QVERIFY2(added, qPrintable(kind.key + ": " + (added ? QString() : added.error().message)));
        }

        // The outreach tables hold names and places too: a partner of the coach's own and a session there.
        PartnerDirectory directory(session.vault()->database(), session.vault()->audit());
        Partner partner;
        partner.name = markerFor("partner", "name");
        partner.kind = "charity";
        partner.services = {"cv_help"};
        partner.howToRefer = markerFor("partner", "how");
        QVERIFY(directory.addOwn(partner));
        OutreachSessions sessions(session.vault()->database(), session.vault()->audit());
        OutreachSession held;
        held.heldOn = QDate::currentDate();
        held.venue = markerFor("session", "venue");
        held.hours = 2;
        held.seenNew = 1;
        held.personIds = {person.value()};
        QVERIFY(sessions.record(held));
        markers << partner.name << partner.howToRefer << held.venue;

        // Employers hold names and a contact's details: one of the coach's own with a contact and an engagement.
        EmployerDirectory employers(session.vault()->database(), session.vault()->audit());
        Employer employer;
        employer.name = markerFor("employer", "name");
        employer.notes = markerFor("employer", "notes");
        auto employerId = employers.addOwn(employer);
        QVERIFY(employerId);
        EmployerContact contact;
        contact.employerId = employerId.value();
        contact.name = markerFor("contact", "name");
        contact.phone = markerFor("contact", "phone");
        QVERIFY(employers.addContact(contact));
        Engagement visit;
        visit.employerId = employerId.value();
        visit.kind = "visited";
        visit.note = markerFor("engagement", "note");
        QVERIFY(employers.logEngagement(visit));
        markers << employer.name << employer.notes << contact.name << contact.phone << visit.note;

        // Use the app as a coach would: search for the person and open their workspace.
        window.caseloadPanel()->typeIntoSearch(family.left(12));
        window.caseloadPanel()->selectPerson(person.value());
        QTest::qWait(50);
        session.lock();
        window.close();
    }
    QVERIFY(markers.size() > 20);

    QStringList scanned;
    QStringList roots = {m_temp.path(),
                         QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                         QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                         QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            scanned << file;
            const QByteArray bytes = f.readAll();
            for (const QString &marker : markers) {
                QVERIFY2(!bytes.contains(marker.toUtf8()), qPrintable(marker + " found in " + file));
                const QByteArray utf16(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2);
                QVERIFY2(!bytes.contains(utf16), qPrintable(marker + " (UTF-16) found in " + file));
            }
        }
    }
    QVERIFY2(scanned.size() >= 2, qPrintable(scanned.join(", "))); // at least the database and its key slot
    QVERIFY(!capturedLog().isEmpty());
    for (const QString &line : capturedLog()) {
        for (const QString &marker : markers)
            QVERIFY2(!line.contains(marker), qPrintable("log line holds a marker: " + line));
    }
}

QTEST_MAIN(TestNoPlaintextOnDisk)
#include "TestNoPlaintextOnDisk.moc"

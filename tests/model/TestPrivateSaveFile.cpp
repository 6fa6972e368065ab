#include "model/core/PrivateSaveFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

/** Files with personal data are 0600 whether they existed or not, and appear whole or not at all. */
class TestPrivateSaveFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newFileIsOwnerOnly();
    void existingLooseFileBecomesOwnerOnly();
    void cancelledWriteLeavesTheOldFile();

private:
    static mode_t modeOf(const QString &path);
    static bool write(const QString &path, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPrivateSaveFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

mode_t TestPrivateSaveFile::modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return mode_t(-1);
    return info.st_mode & 07777;
}

bool TestPrivateSaveFile::write(const QString &path, const QByteArray &bytes)
{
    PrivateSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void TestPrivateSaveFile::newFileIsOwnerOnly()
{
    const QString path = m_dir->filePath("new.csv");
    QVERIFY(write(path, "a,b\n"));
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestPrivateSaveFile::existingLooseFileBecomesOwnerOnly()
{
    const QString path = m_dir->filePath("loose.csv");
    {
        QFile loose(path);
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.write("old\n");
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QCOMPARE(modeOf(path), mode_t(0644));
    QVERIFY(write(path, "new\n"));
    QCOMPARE(modeOf(path), mode_t(0600));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("new\n"));
}

void TestPrivateSaveFile::cancelledWriteLeavesTheOldFile()
{
    const QString path = m_dir->filePath("kept.csv");
    QVERIFY(write(path, "kept\n"));
    {
        PrivateSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half");
        file.cancelWriting();
        QVERIFY(!file.commit());
    }
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("kept\n"));
    QCOMPARE(modeOf(path), mode_t(0600));
}

QTEST_APPLESS_MAIN(TestPrivateSaveFile)
#include "TestPrivateSaveFile.moc"

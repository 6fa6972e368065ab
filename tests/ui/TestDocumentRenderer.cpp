#include "ui/render/DocumentRenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

/** PDF output of documents: in memory, written atomically, and printed on any paged device. */
class TestDocumentRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersAPdfInMemory();
    void writesThePdfAtomically();
    void failsWithoutLeavingAFile();
    void pdfIsPrivateEvenOverALooseFile();
    void printsOnAPagedDevice();

private:
    QTemporaryDir m_dir;
};

void TestDocumentRenderer::rendersAPdfInMemory()
{
    auto pdf = DocumentRenderer::pdf("<h1>Cynllun</h1><p>Dŵr a tŷ</p>", "Cynllun gweithredu");
    QVERIFY(pdf.ok());
    QVERIFY(pdf.value().startsWith("%PDF"));
}

void TestDocumentRenderer::writesThePdfAtomically()
{
    const QString path = m_dir.filePath("out.pdf");
    QVERIFY(DocumentRenderer::writePdf("<p>Hello</p>", "Title", path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
    // Only the PDF: no temporary file left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"out.pdf"});
}

void TestDocumentRenderer::pdfIsPrivateEvenOverALooseFile()
{
    // form fill --out over a world-readable file: a filled form is about a person.
    const QString path = m_dir.filePath("loose.pdf");
    {
        QFile loose(path);
        QVERIFY(loose.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(DocumentRenderer::writePdf("<p>Hello</p>", "Title", path).ok());
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestDocumentRenderer::failsWithoutLeavingAFile()
{
    QFile notAFolder(m_dir.filePath("file"));
    QVERIFY(notAFolder.open(QIODevice::WriteOnly));
    notAFolder.close();
    const Status status = DocumentRenderer::writePdf("<p>Hello</p>", "Title", notAFolder.fileName() + "/out.pdf");
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Io);
    QVERIFY(status.error().message.contains("could not be saved"));
    QVERIFY(!QFile::exists(notAFolder.fileName() + "/out.pdf"));
}

void TestDocumentRenderer::printsOnAPagedDevice()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        DocumentRenderer::print("<p>Printed</p>", &writer);
    }
    QVERIFY(bytes.startsWith("%PDF"));
}

QTEST_MAIN(TestDocumentRenderer)
#include "TestDocumentRenderer.moc"

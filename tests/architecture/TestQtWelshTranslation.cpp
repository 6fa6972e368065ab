// Issue 16 #18: Debian ships no Welsh for Qt's own strings, so Waymark carries translations/qtbase_cy.ts. A message
// only takes effect if its source is exactly Qt 6.4's (ampersands and dots included), so this test checks each one
// against the text compiled into Qt's libraries, and that every message is finished and keeps its placeholders and
// its single keyboard mnemonic.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "TsFile.h"

class TestQtWelshTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coversTheContextsWaymarkShows();
    void everyMessageIsFinished();
    void everySourceIsQtsOwnText();
    void keepsPlaceholdersAndMnemonics();

private:
    QList<TsMessage> m_messages;
};

namespace
{
    QString qtWelshPath()
    {
        return QStringLiteral(WAYMARK_SOURCE_DIR "/translations/qtbase_cy.ts");
    }

    QStringList placeholders(const QString &text)
    {
        static const QRegularExpression marker(QStringLiteral("%L?\\d+"));
        QStringList found;
        for (const QRegularExpressionMatch &match : marker.globalMatch(text))
            found.append(match.captured());
        found.sort();
        found.removeDuplicates();
        return found;
    }

    /** How many keyboard mnemonics `text` marks ("&&" is a literal ampersand). */
    int mnemonics(QString text)
    {
        text.remove(QStringLiteral("&&"));
        return int(text.count(QLatin1Char('&')));
    }
} // namespace

void TestQtWelshTranslation::initTestCase()
{
    QString error;
    m_messages = TsFile::read(qtWelshPath(), &error);
    QVERIFY2(!m_messages.isEmpty(), qPrintable(error));
}

void TestQtWelshTranslation::coversTheContextsWaymarkShows()
{
    QSet<QString> contexts;
    for (const TsMessage &message : std::as_const(m_messages))
        contexts.insert(message.context);
    // Context menus of line edits, text edits and spin boxes; standard buttons (generic and GNOME themes); the file
    // dialog and its file list; a message box's details button; scroll bar and tab bar menus and names; the print
    // dialog that the Forms tab opens.
    for (const char *needed : {"QLineEdit",
                               "QWidgetTextControl",
                               "QAbstractSpinBox",
                               "QDialogButtonBox",
                               "QPlatformTheme",
                               "QGnomeTheme",
                               "QMessageBox",
                               "QFileDialog",
                               "QFileSystemModel",
                               "QScrollBar",
                               "QTabBar",
                               "QPrintDialog",
                               "QPrintWidget",
                               "QPrintSettingsOutput",
                               "QPageSetupWidget"})
        QVERIFY2(contexts.contains(QLatin1String(needed)), needed);
}

void TestQtWelshTranslation::everyMessageIsFinished()
{
    QStringList unfinished;
    for (const TsMessage &message : std::as_const(m_messages)) {
        if (!message.finished || message.translations.isEmpty() || message.translations.first().trimmed().isEmpty())
            unfinished.append(message.context + QStringLiteral(": ") + message.source);
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
}

void TestQtWelshTranslation::everySourceIsQtsOwnText()
{
    // Qt's tr() sources are NUL-terminated literals in its libraries (UTF-8, or UTF-16 for the accessible action
    // names); a source that is not there never matches anything Qt translates.
    const QDir libraries(QLibraryInfo::path(QLibraryInfo::LibrariesPath));
    QByteArray qtText;
    for (const char *library : {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6PrintSupport.so.6"}) {
        QFile file(libraries.filePath(QLatin1String(library)));
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(file.fileName() + QStringLiteral(": ") + file.errorString()));
        qtText += file.readAll();
    }
    QStringList notQts;
    for (const TsMessage &message : std::as_const(m_messages)) {
        const QString terminated = message.source + QChar(0);
        const QByteArray utf16(reinterpret_cast<const char *>(terminated.utf16()), terminated.size() * 2);
        if (!qtText.contains(QByteArray(message.source.toUtf8() + '\0')) && !qtText.contains(utf16))
            notQts.append(message.context + QStringLiteral(": ") + message.source);
    }
    QVERIFY2(notQts.isEmpty(), qPrintable(notQts.join(QLatin1Char('\n'))));
}

void TestQtWelshTranslation::keepsPlaceholdersAndMnemonics()
{
    QStringList wrong;
    for (const TsMessage &message : std::as_const(m_messages)) {
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != placeholders(message.source))
                wrong.append(QStringLiteral("placeholders differ: ") + message.source);
            if (mnemonics(translation) != mnemonics(message.source))
                wrong.append(QStringLiteral("mnemonic lost or added: ") + message.source + QStringLiteral(" -> ") +
                             translation);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestQtWelshTranslation)
#include "TestQtWelshTranslation.moc"

#include "model/core/Translations.h"
#include "model/vault/EntitySchema.h"
#include "ui/caseload/CaseloadPanel.h"
#include "ui/caseload/RecordEditDialog.h"

#include <QAbstractSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeView>

#include "LayoutCheck.h"
#include "WindowTour.h"

/**
 * Issue 16 #19: Welsh words are longer than English ones, and a Welsh interface must not cut them. With the Welsh
 * translation loaded, the Add a person dialog, every record form and every tab of the person workspace are laid out
 * at 960×540 (1920×1080 at 200%), and no label may be narrower than its text, no field label may wrap over more than
 * two lines, and no spin box may cut the words it shows ("Eu terfyn eu hunain"). Column titles shown side by side
 * must tell their columns apart ("Signed off by" and "Signed off" were both "Cymeradwywyd").
 */
class TestWelshLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findsACutLabel();
    void findsHeadingsThatReadAlike();
    void cleanup();
    void recordFormsFitInWelsh_data();
    void recordFormsFitInWelsh();
    void addAPersonFitsInWelsh_data();
    void addAPersonFitsInWelsh();
    void workspaceTabsFitInWelsh_data();
    void workspaceTabsFitInWelsh();
    void headingsSideBySideDifferInWelsh();

public:
    /** Labels and spin boxes of `window` whose Welsh text does not fit, one line each. */
    static QStringList cutText(QWidget *window);
    /** Column titles of `window`'s tables and lists that share a title, or where one is the start of another. */
    static QStringList headingsAlike(QWidget *window);

private:
    static QString shownText(const QLabel *label);
    /** The test font's size, and a larger one (a desktop set to a bigger font), as TestSmallScreenLayout uses. */
    static void addFontSizes();
    static void useFontSize(int points);
    int m_defaultPoints = 9;
};

void TestWelshLayout::addFontSizes()
{
    QTest::addColumn<int>("points");
    for (int points : {9, 12})
        QTest::addRow("%d pt", points) << points;
}

void TestWelshLayout::useFontSize(int points)
{
    QFont font = QApplication::font();
    font.setPointSize(points);
    QApplication::setFont(font);
}

void TestWelshLayout::cleanup()
{
    useFontSize(m_defaultPoints);
}

void TestWelshLayout::initTestCase()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("cy")), QStringLiteral("cy"));
    m_defaultPoints = QApplication::font().pointSize();
}

void TestWelshLayout::cleanupTestCase()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
}

QString TestWelshLayout::shownText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    if (label->buddy()) {
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    }
    return text;
}

QStringList TestWelshLayout::cutText(QWidget *window)
{
    QStringList found;
    for (QWidget *control : LayoutCheck::shownControls(window)) {
        if (const auto *label = qobject_cast<const QLabel *>(control)) {
            const QString text = shownText(label);
            const QFontMetrics metrics = label->fontMetrics();
            const int width = label->contentsRect().width();
            if (!label->wordWrap()) {
                int widest = 0;
                for (const QString &line : text.split(QLatin1Char('\n')))
                    widest = qMax(widest, metrics.horizontalAdvance(line));
                if (width + 1 < widest)
                    found.append(LayoutCheck::describe(label) +
                                 QStringLiteral(" is %1 px wide but its text needs %2 px").arg(width).arg(widest));
                continue;
            }
            for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                if (metrics.horizontalAdvance(word) > width + 1)
                    found.append(LayoutCheck::describe(label) +
                                 QStringLiteral(" cuts the word \"%1\" at %2 px").arg(word).arg(width));
            }
            // A field's label is a heading for its field: two lines at most, or the form reads as a column of
            // broken words ("Enw cyntaf (gofynnol)" over three lines).
            const int lines =
                metrics.boundingRect(QRect(0, 0, qMax(1, width), 100000), Qt::TextWordWrap, text).height() /
                metrics.lineSpacing();
            if (label->buddy() && lines > 2)
                found.append(LayoutCheck::describe(label) +
                             QStringLiteral(" wraps over %1 lines at %2 px").arg(lines).arg(width));
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(control)) {
            const auto *edit = spin->findChild<QLineEdit *>();
            if (!edit)
                continue;
            const int needed = edit->fontMetrics().horizontalAdvance(spin->text());
            const QMargins margins = edit->textMargins();
            const int room = edit->contentsRect().width() - margins.left() - margins.right() - 4;
            if (room < needed)
                found.append(
                    LayoutCheck::describe(spin) +
                    QStringLiteral(" shows \"%1\" in %2 px but needs %3 px").arg(spin->text()).arg(room).arg(needed));
        }
    }
    return found;
}

QStringList TestWelshLayout::headingsAlike(QWidget *window)
{
    QStringList found;
    for (const QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (header->orientation() != Qt::Horizontal || !header->isVisibleTo(window) || !header->model())
            continue;
        QStringList titles;
        for (int section = 0; section < header->count(); ++section) {
            if (!header->isSectionHidden(section))
                titles.append(header->model()->headerData(section, Qt::Horizontal).toString().trimmed());
        }
        for (int i = 0; i < titles.size(); ++i) {
            for (int j = 0; j < titles.size(); ++j) {
                const QString &a = titles.at(i);
                const QString &b = titles.at(j);
                if (i == j || a.isEmpty() || b.isEmpty())
                    continue;
                // The same title twice, or one that a narrow column would elide into the other.
                if ((i < j && a.compare(b, Qt::CaseInsensitive) == 0) ||
                    b.startsWith(a + QLatin1Char(' '), Qt::CaseInsensitive))
                    found.append(
                        QStringLiteral("%1: \"%2\" and \"%3\"").arg(header->parentWidget()->objectName(), a, b));
            }
        }
    }
    return found;
}

void TestWelshLayout::findsACutLabel()
{
    QWidget window;
    window.resize(200, 200);
    auto *narrow = new QLabel(QStringLiteral("Uchafswm yr oriau yr wythnos"), &window);
    narrow->setGeometry(0, 0, 40, 20);
    auto *field = new QLineEdit(&window);
    field->setGeometry(0, 100, 100, 20);
    auto *tall = new QLabel(QStringLiteral("Cyfrifoldebau gofalu sydd ganddynt (gofynnol)"), &window);
    tall->setWordWrap(true);
    tall->setBuddy(field);
    tall->setGeometry(0, 30, 90, 60);
    auto *limit = new QSpinBox(&window);
    limit->setSpecialValueText(QStringLiteral("Eu terfyn eu hunain"));
    limit->setGeometry(100, 0, 60, 24);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = cutText(&window);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("shows \"Eu terfyn eu hunain\"")));
    QVERIFY(problems.at(0).contains(QStringLiteral("needs")) || problems.at(1).contains(QStringLiteral("needs")));
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("lines")));
}

void TestWelshLayout::findsHeadingsThatReadAlike()
{
    QWidget window;
    auto *view = new QTreeView(&window);
    view->setObjectName(QStringLiteral("versionsView"));
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Ffurflen"), QStringLiteral("Cymeradwywyd gan"), QStringLiteral("Cymeradwywyd")});
    view->setModel(&model);
    window.show();
    QCOMPARE(headingsAlike(&window), QStringList({"versionsView: \"Cymeradwywyd\" and \"Cymeradwywyd gan\""}));
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Ffurflen"), QStringLiteral("Cymeradwywyd gan"), QStringLiteral("Dyddiad cymeradwyo")});
    QCOMPARE(headingsAlike(&window), QStringList());
}

void TestWelshLayout::recordFormsFitInWelsh_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("points");
    for (int points : {9, 12}) {
        for (const EntityKind &kind : EntitySchema::instance().kinds())
            QTest::addRow("%s, %d pt", qPrintable(kind.key), points) << kind.key << points;
    }
}

void TestWelshLayout::recordFormsFitInWelsh()
{
    QFETCH(QString, kind);
    QFETCH(int, points);
    useFontSize(points);
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    const EntityKind *entity = EntitySchema::instance().kind(kind);
    QVERIFY(entity);
    RecordEditDialog dialog(vault->records(), *entity, QString(), Record());
    dialog.resize(dialog.sizeHint().boundedTo(LayoutCheck::SmallScreen));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    LayoutCheck::settle(&dialog);
    const QStringList problems = cutText(&dialog) + LayoutCheck::problems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestWelshLayout::addAPersonFitsInWelsh_data()
{
    addFontSizes();
}

void TestWelshLayout::addAPersonFitsInWelsh()
{
    QFETCH(int, points);
    useFontSize(points);
    WindowTour tour;
    tour.visitWorkspaceTabs([](const QString &, QWidget *) {});
    MainWindow *window = tour.window();
    QVERIFY(window);
    window->resize(LayoutCheck::SmallScreen);
    QStringList problems;
    QAction *add = window->findChild<QAction *>(QStringLiteral("newPersonAction"));
    QVERIFY(add);
    QVERIFY(WindowTour::inspectDialog([add] { add->trigger(); },
                                      [&problems](const QString &where, QWidget *dialog) {
                                          dialog->resize(dialog->size().boundedTo(LayoutCheck::SmallScreen));
                                          LayoutCheck::settle(dialog);
                                          for (const QString &problem : cutText(dialog))
                                              problems.append(where + QStringLiteral(": ") + problem);
                                      }));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestWelshLayout::workspaceTabsFitInWelsh_data()
{
    addFontSizes();
}

void TestWelshLayout::workspaceTabsFitInWelsh()
{
    QFETCH(int, points);
    useFontSize(points);
    WindowTour tour;
    QStringList problems;
    tour.visitWorkspaceTabs([&problems](const QString &where, QWidget *window) {
        window->resize(LayoutCheck::SmallScreen);
        LayoutCheck::settle(window);
        for (const QString &problem : cutText(window))
            problems.append(where + QStringLiteral(": ") + problem);
    });
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestWelshLayout::headingsSideBySideDifferInWelsh()
{
    WindowTour tour;
    QStringList alike;
    const auto check = [&alike](const QString &where, QWidget *window) {
        for (const QString &pair : headingsAlike(window))
            alike.append(where + QStringLiteral(": ") + pair);
    };
    tour.visitWorkspaceTabs(check);
    tour.visitDialogs(check);
    alike.removeDuplicates();
    QVERIFY2(alike.isEmpty(), qPrintable(alike.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestWelshLayout)
#include "TestWelshLayout.moc"

#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/shell/PersonWorkspace.h"
#include "ui/widgets/AccessibleStyle.h"
#include "ui/widgets/ColourContrast.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/Fixtures.h"

/**
 * The application style: a thick, high-contrast focus ring where Fusion drew a faint line (issue 16 #8), and
 * placeholder text dark enough to read (#15). Checked by drawing to an image and counting the ring's pixels.
 */
class TestAccessibleStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresContrastAsWcagDoes();
    void focusColourStandsOutFromTheWindow();
    void focusedButtonHasAThickRing();
    void unfocusedButtonHasNoRing();
    void focusRectangleIsThick();
    void focusedLineEditAndComboHaveARing();
    void focusedErrorSummaryHasARing();
    void placeholderTextIsReadable();
    void noOneSelectedMessageIsReadable();

private:
    AccessibleStyle m_style;
};

namespace
{
    QImage blank(const QSize &size, const QPalette &palette)
    {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Window));
        return image;
    }

    /** How many pixels thick the ring is at the middle of the image's top edge, counting from the edge inwards. */
    int ringDepth(const QImage &image, const QColor &ring)
    {
        int depth = 0;
        while (depth < image.height() && image.pixelColor(image.width() / 2, depth) == ring)
            ++depth;
        return depth;
    }

    bool edgesAreRing(const QImage &image, const QColor &ring)
    {
        const int midX = image.width() / 2;
        const int midY = image.height() / 2;
        return image.pixelColor(midX, 0) == ring && image.pixelColor(midX, image.height() - 1) == ring &&
               image.pixelColor(0, midY) == ring && image.pixelColor(image.width() - 1, midY) == ring;
    }
} // namespace

void TestAccessibleStyle::measuresContrastAsWcagDoes()
{
    QCOMPARE(ColourContrast::ratio(Qt::black, Qt::white), 21.0);
    QCOMPARE(ColourContrast::ratio(Qt::white, Qt::white), 1.0);
    // #767676 is the lightest grey that passes AA on white: 4.54:1.
    QVERIFY(qAbs(ColourContrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    // #777 on white is just short of 4.5:1; moving it towards black reaches it.
    QVERIFY(ColourContrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    const QColor darker = ColourContrast::atLeast(QColor(0x77, 0x77, 0x77), Qt::black, Qt::white, 4.5);
    QVERIFY(ColourContrast::ratio(darker, Qt::white) >= 4.5);
    QVERIFY(darker.red() < 0x77);
    // Half-transparent black over white shows as mid grey, not as black.
    QColor halfBlack(Qt::black);
    halfBlack.setAlpha(128);
    QVERIFY(ColourContrast::ratio(halfBlack, Qt::white) < 4.5);
}

void TestAccessibleStyle::focusColourStandsOutFromTheWindow()
{
    const QPalette palette = m_style.standardPalette();
    const QColor ring = AccessibleStyle::focusRingColour(palette);
    QVERIFY2(ColourContrast::ratio(ring, palette.color(QPalette::Window)) >= AccessibleStyle::TextContrast,
             qPrintable(ring.name()));
    QVERIFY(ColourContrast::ratio(ring, palette.color(QPalette::Button)) >= 3.0);
    // A dark palette gets a light ring.
    QPalette dark = palette;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    QVERIFY(ColourContrast::ratio(AccessibleStyle::focusRingColour(dark), dark.color(QPalette::Window)) >= 4.5);
}

void TestAccessibleStyle::focusedButtonHasAThickRing()
{
    QPushButton button(QStringLiteral("Start the form"));
    button.resize(160, 40);
    QStyleOptionButton option;
    option.initFrom(&button);
    option.text = button.text();
    option.palette = m_style.standardPalette();
    option.state |= QStyle::State_HasFocus;
    QImage image = blank(button.size(), option.palette);
    QPainter painter(&image);
    m_style.drawControl(QStyle::CE_PushButton, &option, &painter, &button);
    painter.end();
    const QColor ring = AccessibleStyle::focusRingColour(option.palette);
    QVERIFY(edgesAreRing(image, ring));
    QCOMPARE(ringDepth(image, ring), AccessibleStyle::FocusRingWidth);
}

void TestAccessibleStyle::unfocusedButtonHasNoRing()
{
    QPushButton button(QStringLiteral("Start the form"));
    button.resize(160, 40);
    QStyleOptionButton option;
    option.initFrom(&button);
    option.text = button.text();
    option.palette = m_style.standardPalette();
    option.state &= ~QStyle::State_HasFocus;
    QImage image = blank(button.size(), option.palette);
    QPainter painter(&image);
    m_style.drawControl(QStyle::CE_PushButton, &option, &painter, &button);
    painter.end();
    QCOMPARE(ringDepth(image, AccessibleStyle::focusRingColour(option.palette)), 0);
}

void TestAccessibleStyle::focusRectangleIsThick()
{
    // Check boxes, tabs, list rows and table cells all ask for PE_FrameFocusRect.
    QStyleOptionFocusRect option;
    option.rect = QRect(0, 0, 80, 24);
    option.palette = m_style.standardPalette();
    option.state = QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
    QImage image = blank(option.rect.size(), option.palette);
    QPainter painter(&image);
    m_style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
    painter.end();
    const QColor ring = AccessibleStyle::focusRingColour(option.palette);
    QVERIFY(edgesAreRing(image, ring));
    QCOMPARE(ringDepth(image, ring), AccessibleStyle::FocusRingWidth);
}

void TestAccessibleStyle::focusedLineEditAndComboHaveARing()
{
    const QPalette palette = m_style.standardPalette();
    const QColor ring = AccessibleStyle::focusRingColour(palette);

    QLineEdit edit;
    edit.resize(160, 30);
    QStyleOptionFrame frame;
    frame.initFrom(&edit);
    frame.palette = palette;
    frame.lineWidth = 1;
    frame.state |= QStyle::State_HasFocus;
    QImage image = blank(edit.size(), palette);
    QPainter painter(&image);
    m_style.drawPrimitive(QStyle::PE_PanelLineEdit, &frame, &painter, &edit);
    painter.end();
    QVERIFY(edgesAreRing(image, ring));
    QCOMPARE(ringDepth(image, ring), AccessibleStyle::FocusRingWidth);

    QComboBox combo;
    combo.resize(160, 30);
    QStyleOptionComboBox box;
    box.initFrom(&combo);
    box.palette = palette;
    box.subControls = QStyle::SC_All;
    box.state |= QStyle::State_HasFocus;
    image = blank(combo.size(), palette);
    painter.begin(&image);
    m_style.drawComplexControl(QStyle::CC_ComboBox, &box, &painter, &combo);
    painter.end();
    QVERIFY(edgesAreRing(image, ring));
}

void TestAccessibleStyle::focusedErrorSummaryHasARing()
{
    // The form's error summary: a framed label whose links take focus.
    QLabel summary(QStringLiteral("<a href=\"field:name\">Enter their name</a>"));
    summary.setFrameShape(QFrame::Box);
    summary.resize(200, 60);
    QStyleOptionFrame frame;
    frame.initFrom(&summary);
    frame.palette = m_style.standardPalette();
    frame.frameShape = QFrame::Box;
    frame.lineWidth = 1;
    frame.state |= QStyle::State_HasFocus;
    QImage image = blank(summary.size(), frame.palette);
    QPainter painter(&image);
    m_style.drawControl(QStyle::CE_ShapedFrame, &frame, &painter, &summary);
    painter.end();
    const QColor ring = AccessibleStyle::focusRingColour(frame.palette);
    QVERIFY(edgesAreRing(image, ring));
    QCOMPARE(ringDepth(image, ring), AccessibleStyle::FocusRingWidth);
}

void TestAccessibleStyle::placeholderTextIsReadable()
{
    // Fusion's own placeholder, half-transparent text, is 4.0:1 on white: short of WCAG AA.
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette plain = fusion->standardPalette();
    QVERIFY(ColourContrast::ratio(plain.color(QPalette::PlaceholderText), plain.color(QPalette::Base)) < 4.5);
    delete fusion;
    const QPalette palette = m_style.standardPalette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const double contrast = ColourContrast::ratio(palette.color(group, QPalette::PlaceholderText),
                                                      palette.color(group, QPalette::Base));
        QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
    }
    // Installed on the application, a search box inherits it.
    QApplication::setStyle(new AccessibleStyle);
    QLineEdit search;
    search.setPlaceholderText(QStringLiteral("Search by name, NI number or postcode"));
    const double contrast = ColourContrast::ratio(search.palette().color(QPalette::PlaceholderText),
                                                  search.palette().color(QPalette::Base));
    QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
}

void TestAccessibleStyle::noOneSelectedMessageIsReadable()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    PersonWorkspace workspace(vault->records(), VaultSetting::WorkCoach);
    // As the main window shows it until someone is chosen from the caseload.
    workspace.setEnabled(false);
    auto *name = workspace.findChild<QLabel *>("personNameLabel");
    QVERIFY(name->text().startsWith("No claimant selected"));
    const QPalette palette = name->palette();
    const double contrast = ColourContrast::ratio(palette.color(QPalette::Disabled, QPalette::WindowText),
                                                  palette.color(QPalette::Disabled, QPalette::Window));
    QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
}

QTEST_MAIN(TestAccessibleStyle)
#include "TestAccessibleStyle.moc"

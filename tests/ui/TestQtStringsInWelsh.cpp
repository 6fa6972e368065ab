#include "model/core/Translations.h"
#include "ui/widgets/FileDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <functional>
#include <memory>

/**
 * Issue 16 #18: in a Welsh interface, the text Qt itself puts on screen (context menus, standard buttons, the file
 * dialog, a message box's details button) is Welsh too. Debian ships no Welsh for Qt, so Waymark carries its own and
 * Translations::install loads it beside Waymark's. Each check builds the same widget in English and then in Welsh and
 * compares them piece by piece: every piece of Qt's text must change.
 */
class TestQtStringsInWelsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void englishLeavesQtsStringsAlone();
    void lineEditMenuIsWelsh();
    void textEditMenuIsWelsh();
    void standardButtonsAreWelsh();
    void fileDialogIsWelsh();
    void messageBoxDetailsButtonIsWelsh();
    void printDialogIsWelsh();
    void nativeFileDialogOnlyWhenItSpeaksTheAppLanguage();

private:
    using Texts = QMap<QString, QString>;
    /** Runs `collect` in English, then with Welsh installed, and fails on any text Welsh left as it was. */
    static void compareEnglishAndWelsh(const std::function<Texts()> &collect);
    static Texts menuTexts(QMenu *menu, const QString &prefix = QString());
    static void removeTranslators();
};

void TestQtStringsInWelsh::removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestQtStringsInWelsh::cleanup()
{
    removeTranslators();
    QLocale::setDefault(QLocale::system());
}

void TestQtStringsInWelsh::compareEnglishAndWelsh(const std::function<Texts()> &collect)
{
    removeTranslators();
    const Texts english = collect();
    QVERIFY(!english.isEmpty());
    QCOMPARE(Translations::install(*qApp, QStringLiteral("cy")), QStringLiteral("cy"));
    const Texts welsh = collect();
    QCOMPARE(welsh.keys(), english.keys());
    QStringList untranslated;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString shown = welsh.value(it.key());
        if (shown.trimmed().isEmpty() || shown == it.value())
            untranslated.append(QStringLiteral("%1: \"%2\"").arg(it.key(), it.value()));
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

TestQtStringsInWelsh::Texts TestQtStringsInWelsh::menuTexts(QMenu *menu, const QString &prefix)
{
    Texts texts;
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        QAction *action = actions.at(i);
        if (action->isSeparator())
            continue;
        // "&Undo\tCtrl+Z": the shortcut names the keys on the keyboard, which stay as printed on them.
        const QString key = prefix + QString::number(i);
        texts.insert(key, action->text().section(QLatin1Char('\t'), 0, 0));
        if (action->menu())
            texts.insert(menuTexts(action->menu(), key + QLatin1Char('.')));
    }
    return texts;
}

void TestQtStringsInWelsh::englishLeavesQtsStringsAlone()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en_GB")), QStringLiteral("en_GB"));
    QCOMPARE(QCoreApplication::translate("QLineEdit", "&Undo"), QStringLiteral("&Undo"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    removeTranslators();
    QCOMPARE(Translations::install(*qApp, QStringLiteral("cy")), QStringLiteral("cy"));
    QCOMPARE(QCoreApplication::translate("QLineEdit", "&Undo"), QStringLiteral("&Dadwneud"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Canslo"));
}

void TestQtStringsInWelsh::lineEditMenuIsWelsh()
{
    compareEnglishAndWelsh([] {
        QLineEdit edit(QStringLiteral("Siân Evans"));
        edit.selectAll();
        const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        return menuTexts(menu.get());
    });
}

void TestQtStringsInWelsh::textEditMenuIsWelsh()
{
    compareEnglishAndWelsh([] {
        QPlainTextEdit edit(QStringLiteral("Discussed a phased return to work."));
        edit.selectAll();
        const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        return menuTexts(menu.get());
    });
}

void TestQtStringsInWelsh::standardButtonsAreWelsh()
{
    compareEnglishAndWelsh([] {
        const QDialogButtonBox::StandardButtons all =
            QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save | QDialogButtonBox::Discard |
            QDialogButtonBox::Close | QDialogButtonBox::Yes | QDialogButtonBox::No | QDialogButtonBox::Apply |
            QDialogButtonBox::Reset | QDialogButtonBox::Help | QDialogButtonBox::Open | QDialogButtonBox::SaveAll |
            QDialogButtonBox::YesToAll | QDialogButtonBox::NoToAll | QDialogButtonBox::Abort | QDialogButtonBox::Retry |
            QDialogButtonBox::Ignore | QDialogButtonBox::RestoreDefaults;
        QDialogButtonBox box(all);
        Texts texts;
        for (QAbstractButton *button : box.buttons())
            texts.insert(QString::number(box.standardButton(button)), button->text());
        return texts;
    });
}

void TestQtStringsInWelsh::fileDialogIsWelsh()
{
    compareEnglishAndWelsh([] {
        QFileDialog dialog(nullptr, QStringLiteral("Choose a bundle"), QDir::tempPath());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.show();
        QApplication::processEvents();
        Texts texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisibleTo(&dialog) && !label->text().isEmpty())
                texts.insert(QStringLiteral("label ") + label->objectName(), label->text());
        }
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        for (int i = 0; i < buttons.size(); ++i) {
            if (buttons.at(i)->isVisibleTo(&dialog))
                texts.insert(QStringLiteral("button %1").arg(i), buttons.at(i)->text());
        }
        for (const QToolButton *button : dialog.findChildren<QToolButton *>()) {
            if (button->isVisibleTo(&dialog) && !button->toolTip().isEmpty())
                texts.insert(QStringLiteral("tool ") + button->objectName(), button->toolTip());
        }
        const auto *types = dialog.findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
        if (types)
            texts.insert(QStringLiteral("file types"), types->currentText());
        if (const auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
            for (int column = 0; column < tree->model()->columnCount(); ++column)
                texts.insert(QStringLiteral("column %1").arg(column),
                             tree->model()->headerData(column, Qt::Horizontal).toString());
        }
        return texts;
    });
}

void TestQtStringsInWelsh::messageBoxDetailsButtonIsWelsh()
{
    compareEnglishAndWelsh([] {
        QMessageBox box(QMessageBox::Warning,
                        QStringLiteral("Import"),
                        QStringLiteral("Some rows were not imported."),
                        QMessageBox::Yes | QMessageBox::No);
        box.setDetailedText(QStringLiteral("Row 3: no name."));
        Texts texts;
        for (QAbstractButton *button : box.buttons()) {
            const QMessageBox::ButtonRole role = box.buttonRole(button);
            texts.insert(QString::number(role) + QLatin1Char(' ') + QString::number(box.standardButton(button)),
                         button->text());
        }
        return texts;
    });
}

void TestQtStringsInWelsh::printDialogIsWelsh()
{
    // Print and Print the summary on the Forms tab open Qt's own print dialog on Linux.
    compareEnglishAndWelsh([] {
        QPrinter printer;
        QPrintDialog dialog(&printer);
        dialog.show();
        QApplication::processEvents();
        Texts texts;
        texts.insert(QStringLiteral("title"), dialog.windowTitle());
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (int i = 0; i < widgets.size(); ++i) {
            const QWidget *widget = widgets.at(i);
            if (!widget->isVisibleTo(&dialog))
                continue;
            const QString key = QStringLiteral("%1 %2").arg(i).arg(QLatin1String(widget->metaObject()->className()));
            if (const auto *label = qobject_cast<const QLabel *>(widget); label && !label->text().isEmpty())
                texts.insert(key, label->text());
            else if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
                     button && !button->text().isEmpty() && button->text() != QLatin1String("..."))
                texts.insert(key, button->text());
            else if (const auto *group = qobject_cast<const QGroupBox *>(widget); group && !group->title().isEmpty())
                texts.insert(key, group->title());
        }
        return texts;
    });
}

void TestQtStringsInWelsh::nativeFileDialogOnlyWhenItSpeaksTheAppLanguage()
{
    QLocale::setDefault(QLocale::system());
    QCOMPARE(FileDialog::usesNativeDialog(), QLocale::system().language() != QLocale::Welsh);
    QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    QVERIFY(!FileDialog::usesNativeDialog());
    // An app language other than the system's: the platform's dialog would speak the system's.
    QLocale::setDefault(QLocale(QLocale::system().language() == QLocale::French ? QLocale::German : QLocale::French));
    QVERIFY(!FileDialog::usesNativeDialog());
}

QTEST_MAIN(TestQtStringsInWelsh)
#include "TestQtStringsInWelsh.moc"

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QPair>
#include <QString>

/**
 * The one way ui/ asks a question or reports a problem in a modal box. Tests queue answers with
 * setNextAnswer() so no modal ever blocks them (KeePassXC's pattern).
 */
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    static QMessageBox::StandardButton question(QWidget *parent,
                                                const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    /**
     * Asks before an action, with the action's own verb on its button ("Finish and sign off") beside Cancel,
     * which is the default. True when the action was chosen. Tests answer it with Yes or Cancel.
     */
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action);
    /**
     * Asks what to do with changes not saved yet, before leaving them: "Save changes", "Discard changes" or
     * "Cancel" (the default, which stays). Returns QMessageBox::Save, Discard or Cancel; tests answer with those.
     */
    static QMessageBox::StandardButton askToSave(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    /** For tests: the next box returns `answer` at once instead of showing. */
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /** For tests: the text of the last box shown or answered. */
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon,
                                            QWidget *parent,
                                            const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QList<QPair<QMessageBox::StandardButton, QString>> &labels = {});
};

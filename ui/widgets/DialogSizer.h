#pragma once

#include <QObject>

class QWidget;

/**
 * Keeps a dialog as large as its text needs. Qt gives a window the minimum size of its layout, which counts a
 * word-wrapped label as one line, so a dialog could be made (or opened, when an error appeared) too small, and
 * its wrapped text was cut or drawn over the next line. A DialogSizer gives the dialog a minimum width in
 * characters, so it scales with the font and the display, and a minimum height that holds all of its wrapped text
 * at its present width; when a longer message appears the dialog grows to show it.
 */
class DialogSizer : public QObject
{
    Q_OBJECT

public:
    /** Sizes `dialog` to its text from now on, never narrower than `minimumCharacters` average characters. */
    static void fitToText(QWidget *dialog, int minimumCharacters);

    /** The width of `characters` average characters in `widget`'s font. */
    static int charactersWide(const QWidget *widget, int characters);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DialogSizer(QWidget *dialog, int minimumWidth);
    void fit();

    QWidget *m_dialog;
    int m_minimumWidth;
};

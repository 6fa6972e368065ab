#include "ui/widgets/MessageBox.h"

#include <QList>
#include <QPointer>
#include <QPushButton>

namespace
{
    QList<QMessageBox::StandardButton> &queuedAnswers()
    {
        static QList<QMessageBox::StandardButton> answers;
        return answers;
    }

    QString &lastShownText()
    {
        static QString text;
        return text;
    }
} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon,
                                             QWidget *parent,
                                             const QString &title,
                                             const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const QString &yesText)
{
    lastShownText() = text;
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    // On the heap behind a QPointer: a lock may delete the parent (and so the box) while it is open.
    QPointer<QMessageBox> box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    if (!yesText.isEmpty() && box->button(QMessageBox::Yes))
        box->button(QMessageBox::Yes)->setText(yesText);
    box->setAccessibleName(title);
    box->setAccessibleDescription(text);
    const int answer = box->exec();
    if (!box)
        return QMessageBox::Cancel;
    delete box.data();
    return static_cast<QMessageBox::StandardButton>(answer);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent,
                                                 const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    return show(QMessageBox::Question,
                parent,
                title,
                text,
                QMessageBox::Yes | QMessageBox::Cancel,
                QMessageBox::Cancel,
                action) == QMessageBox::Yes;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    queuedAnswers().append(answer);
}

QString MessageBox::lastText()
{
    return lastShownText();
}

#include "ui/widgets/MessageBox.h"

#include <QList>
#include <QPointer>

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
                                             QMessageBox::StandardButton defaultButton)
{
    lastShownText() = text;
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    // On the heap behind a QPointer: a lock may delete the parent (and so the box) while it is open.
    QPointer<QMessageBox> box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
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

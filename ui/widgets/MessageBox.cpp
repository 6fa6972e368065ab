#include "ui/widgets/MessageBox.h"

#include <QAbstractButton>
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
                                             const QList<QPair<QMessageBox::StandardButton, QString>> &labels)
{
    lastShownText() = text;
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    // On the heap behind a QPointer: a lock may delete the parent (and so the box) while it is open.
    QPointer<QMessageBox> box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    // Buttons say what they do ("Save changes"), not Yes or No.
    for (const auto &[button, label] : labels) {
        if (QAbstractButton *shown = box->button(button))
            shown->setText(label);
    }
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
                {{QMessageBox::Yes, action}}) == QMessageBox::Yes;
}

QMessageBox::StandardButton MessageBox::askToSave(QWidget *parent, const QString &title, const QString &text)
{
    const QMessageBox::StandardButton answer = show(QMessageBox::Question,
                                                    parent,
                                                    title,
                                                    text,
                                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                    QMessageBox::Cancel,
                                                    {{QMessageBox::Save, tr("&Save changes")},
                                                     {QMessageBox::Discard, tr("&Discard changes")},
                                                     {QMessageBox::Cancel, tr("Cancel")}});
    // A box closed some other way (a lock closes every dialog) stays, as Cancel does.
    return answer == QMessageBox::Save || answer == QMessageBox::Discard ? answer : QMessageBox::Cancel;
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

#include "ui/widgets/OpenWindows.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QToolTip>
#include <QWidget>

int OpenWindows::closeAllExcept(const QWidget *keep)
{
    QToolTip::hideText();
    // A popup closes itself and the next one under it becomes active; the bound stops a popup that refuses.
    for (int i = 0; i < 16 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();

    // Watched: rejecting one dialog may delete others (its children, or one with WA_DeleteOnClose).
    QList<QPointer<QDialog>> dialogs;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        auto *dialog = qobject_cast<QDialog *>(window);
        if (dialog && dialog != keep && dialog->isVisible())
            dialogs.append(dialog);
    }
    int closed = 0;
    for (const QPointer<QDialog> &dialog : std::as_const(dialogs)) {
        if (dialog && dialog->isVisible()) {
            dialog->reject();
            ++closed;
        }
    }
    return closed;
}

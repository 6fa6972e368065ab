#include "ui/widgets/ClearButton.h"

#include <QAction>
#include <QLineEdit>

void ClearButton::enable(QLineEdit *edit, const QString &accessibleName)
{
    edit->setClearButtonEnabled(true);
    // Qt's button takes its words from this action (its default action), and its accessible name from those words.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(accessibleName);
        clear->setToolTip(accessibleName);
    }
}

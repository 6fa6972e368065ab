#include "ui/widgets/DialogSizer.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

#include <algorithm>

DialogSizer::DialogSizer(QWidget *dialog, int minimumWidth)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_minimumWidth(minimumWidth)
{
    setObjectName(QStringLiteral("dialogSizer"));
}

void DialogSizer::fitToText(QWidget *dialog, int minimumCharacters)
{
    // Fitted when shown and whenever its layout changes, not now: the constructor calling this has not yet hidden
    // what starts hidden (error lines), and would leave the dialog sized for them.
    dialog->installEventFilter(new DialogSizer(dialog, charactersWide(dialog, minimumCharacters)));
}

int DialogSizer::charactersWide(const QWidget *widget, int characters)
{
    return widget->fontMetrics().averageCharWidth() * characters;
}

bool DialogSizer::eventFilter(QObject *watched, QEvent *event)
{
    // The layout has already handled a LayoutRequest when filters see it (QApplication sends it to the layout
    // first), so the sizes read in fit() are the new ones.
    if (watched == m_dialog &&
        (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    return QObject::eventFilter(watched, event);
}

void DialogSizer::fit()
{
    QLayout *layout = m_dialog->layout();
    if (!layout)
        return;
    // Set explicitly, the minimum replaces the layout's own, so it must never be less than the layout needs.
    const QSize least = layout->totalMinimumSize();
    const int width = std::max(m_minimumWidth, least.width());
    int height = least.height();
    if (layout->hasHeightForWidth())
        height = std::max(height, layout->totalMinimumHeightForWidth(std::max(width, m_dialog->width())));
    // A taller minimum than the dialog's height resizes it: a message that grew is shown whole.
    m_dialog->setMinimumSize(width, height);
}

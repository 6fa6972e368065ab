#include "ui/widgets/GripSplitter.h"

#include <QPainter>
#include <QSplitterHandle>

namespace
{
    class GripHandle : public QSplitterHandle
    {
    public:
        using QSplitterHandle::QSplitterHandle;

    protected:
        void paintEvent(QPaintEvent *) override
        {
            QPainter painter(this);
            const QColor ink = palette().color(QPalette::Mid);
            const QRect area = rect();
            const bool across = orientation() == Qt::Horizontal;
            // The line along the handle, then three dots at its middle: the grip people look for.
            painter.setPen(ink);
            if (across)
                painter.drawLine(area.center().x(), area.top(), area.center().x(), area.bottom());
            else
                painter.drawLine(area.left(), area.center().y(), area.right(), area.center().y());
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(palette().color(QPalette::Dark));
            painter.setPen(Qt::NoPen);
            const int dot = std::max(3, std::min(area.width(), area.height()) / 2);
            for (int i = -1; i <= 1; ++i) {
                const QPoint centre = across ? QPoint(area.center().x(), area.center().y() + i * dot * 2)
                                             : QPoint(area.center().x() + i * dot * 2, area.center().y());
                painter.drawEllipse(centre, dot / 2 + 1, dot / 2 + 1);
            }
        }
    };
} // namespace

GripSplitter::GripSplitter(Qt::Orientation orientation, QWidget *parent)
    : QSplitter(orientation, parent)
{
    setHandleWidth(HandleWidth);
    setChildrenCollapsible(false);
}

QSplitterHandle *GripSplitter::createHandle()
{
    return new GripHandle(orientation(), this);
}

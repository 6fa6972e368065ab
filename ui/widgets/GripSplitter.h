#pragma once

#include <QSplitter>

/**
 * A splitter whose handle can be seen and caught: a wider handle with a line and a grip drawn in the
 * palette's mid colour, where the platform style draws nothing at all. Panes never collapse to nothing by
 * an overshooting drag.
 */
class GripSplitter : public QSplitter
{
    Q_OBJECT

public:
    explicit GripSplitter(Qt::Orientation orientation, QWidget *parent = nullptr);

    static constexpr int HandleWidth = 8;

protected:
    QSplitterHandle *createHandle() override;
};

#pragma once

#include <QStyledItemDelegate>

/**
 * Draws a score in [0, 1] (read from a role) as a bar with its percentage beside it, so the number
 * carries the meaning and the bar only helps the eye.
 */
class ScoreBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScoreBarDelegate(int scoreRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

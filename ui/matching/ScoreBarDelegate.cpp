#include "ui/matching/ScoreBarDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>

ScoreBarDelegate::ScoreBarDelegate(int scoreRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(scoreRole)
{}

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the bar and number on top.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double score = std::clamp(index.data(m_role).toDouble(), 0.0, 1.0);
    const QFontMetrics metrics(opt.font);
    const int textWidth = metrics.horizontalAdvance(QStringLiteral("100%")) + 8;
    // The number gets the full row height; the bar sits inside it, thinner, so neither is clipped.
    const QRect area = opt.rect.adjusted(4, 0, -4, 0);
    const int inset = std::max(2, opt.rect.height() / 4);
    QRect track = area.adjusted(0, inset, 0, -inset);
    track.setRight(area.right() - textWidth);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (track.width() > 4) {
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Mid));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(track.adjusted(0, 0, -1, -1));
        QRect fill = track.adjusted(1, 1, -1, -1);
        fill.setWidth(int(fill.width() * score));
        painter->fillRect(fill, opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
    }
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    QRect textRect = area;
    textRect.setLeft(area.right() - textWidth + 4);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(std::max(size.width(), metrics.horizontalAdvance(QStringLiteral("100%")) * 3));
    size.setHeight(std::max(size.height(), metrics.height() + 4));
    return size;
}

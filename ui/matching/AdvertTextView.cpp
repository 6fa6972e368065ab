#include "ui/matching/AdvertTextView.h"

#include "model/core/DisplaySafe.h"

#include <QHelpEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolTip>
#include <QVBoxLayout>

AdvertTextView::AdvertTextView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("&Advert text:"), this))
    , m_text(new QTextBrowser(this))
    , m_recognised(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("advertText"));
    m_text->setAccessibleName(tr("Advert text, with the skills recognised in it highlighted"));
    m_text->setOpenLinks(false);
    m_text->setTabChangesFocus(true);
    m_text->viewport()->installEventFilter(this);
    m_heading->setBuddy(m_text);
    m_recognised->setObjectName(QStringLiteral("recognisedSkillsLabel"));
    m_recognised->setWordWrap(true);
    m_recognised->setTextFormat(Qt::PlainText);
    m_recognised->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recognised->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_recognised);
}

void AdvertTextView::showAdvert(const VacancyText &text, const Taxonomy &taxonomy)
{
    m_highlights = AdvertHighlights::of(text, taxonomy);
    m_text->clear();
    QTextCursor cursor(m_text->document());
    QTextCharFormat plain;
    QTextCharFormat marked;
    marked.setBackground(palette().color(QPalette::Highlight));
    marked.setForeground(palette().color(QPalette::HighlightedText));
    marked.setFontUnderline(true);
    // The advert came in a bundle: each piece is inserted as plain text (never as HTML) with control and
    // direction-override characters removed, piece by piece so the spans still line up.
    qint32 at = 0;
    for (const AdvertHighlight &h : std::as_const(m_highlights)) {
        cursor.insertText(DisplaySafe::multiLine(text.description.mid(at, h.begin - at)), plain);
        marked.setToolTip(AdvertHighlights::describe(h));
        cursor.insertText(DisplaySafe::singleLine(text.description.mid(h.begin, h.end - h.begin)), marked);
        at = h.end;
    }
    cursor.insertText(DisplaySafe::multiLine(text.description.mid(at)), plain);
    if (text.description.trimmed().isEmpty())
        m_text->setPlainText(tr("This vacancy came without an advert text."));
    m_text->moveCursor(QTextCursor::Start);
    m_recognised->setText(AdvertHighlights::summary(m_highlights, text.stale));
    m_recognised->setAccessibleName(m_recognised->text());
}

QList<QWidget *> AdvertTextView::focusWidgets() const
{
    return {m_text, m_recognised};
}

void AdvertTextView::showMessage(const QString &message)
{
    m_highlights.clear();
    m_text->setPlainText(message);
    m_recognised->clear();
    m_recognised->setAccessibleName(QString());
}

QString AdvertTextView::toolTipAt(int position) const
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(position);
    // The format of the character after the position, not the one before it.
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    return cursor.charFormat().toolTip();
}

bool AdvertTextView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(m_text->cursorForPosition(help->pos()).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_text->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

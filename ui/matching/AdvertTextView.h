#pragma once

#include "model/session/AdvertHighlights.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTextBrowser;
class Taxonomy;

/**
 * A vacancy's advert text with the skills Waymark recognised in it highlighted (issue 12 §5). Each highlight
 * is underlined as well as coloured, and names its concept and how sure the reading was in a tooltip; the
 * same names are listed in plain text under the advert, where a screen reader finds them.
 */
class AdvertTextView : public QWidget
{
    Q_OBJECT

public:
    /** One vacancy's advert text and reading, from the vault (VaultServices::vacancyText). */
    using Source = std::function<Result<VacancyText>(const QString &vacancyId)>;

    explicit AdvertTextView(QWidget *parent = nullptr);

    /** The widgets that take focus, in order, for the page's tab chain. */
    QList<QWidget *> focusWidgets() const;

    /** Shows the advert, highlighting the stated skills of its reading (labels from `taxonomy`). */
    void showAdvert(const VacancyText &text, const Taxonomy &taxonomy);
    /** Shows a message instead of an advert (none chosen, or it could not be read). */
    void showMessage(const QString &message);

    const QVector<AdvertHighlight> &highlights() const { return m_highlights; }
    /** The tooltip of the character at `position` in the advert text; empty outside a highlight. */
    QString toolTipAt(int position) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_heading;
    QTextBrowser *m_text;
    QLabel *m_recognised;
    QVector<AdvertHighlight> m_highlights;
};

#pragma once

#include "model/vault/SuggestionHistory.h"

#include <QDialog>
#include <QString>
#include <QVector>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTreeWidget;

/**
 * "Suggestions made about them": every suggestion shown about the person (SuggestionHistory), in the words shown,
 * with the decision taken, by whom and when, and what they said when they disagreed. The coach chooses one and
 * records that the person disagreed with the suggestion or with the decision, in a few words; that goes into the
 * person's right-of-access copy, and the audit log notes it (ids only).
 *
 * Keyboard: the list takes the focus first; Alt+W (what they said), Alt+T (the suggestion), Alt+D (the decision)
 * and Alt+R (record) follow it.
 */
class SuggestionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    SuggestionHistoryDialog(SuggestionHistory &history,
                            QString personId,
                            const QString &personName,
                            QWidget *parent = nullptr);

    /** The entries listed, oldest first. */
    const QVector<SuggestionEntry> &entries() const { return m_entries; }
    /** Chooses the entry at `row` in the list (oldest first). */
    void setCurrentRow(int row);
    /** Records a disagreement with the chosen entry from the form's answers; false (with a message) when refused. */
    bool recordDisagreement();

private:
    void reload(const QString &keepId);
    void showCurrent();
    int currentIndex() const;

    SuggestionHistory &m_history;
    QString m_personId;
    QVector<SuggestionEntry> m_entries;

    QTreeWidget *m_list;
    QTextBrowser *m_details;
    QRadioButton *m_aboutSuggestion;
    QRadioButton *m_aboutDecision;
    QButtonGroup *m_about;
    QLineEdit *m_reason;
    QPushButton *m_record;
    QLabel *m_message;
};

#pragma once

#include <QWidget>

class CaseFilterProxy;
class CaseListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

/**
 * The left side of the main window: search box, filters and the caseload table, or an empty state
 * that offers the next step when there is nobody yet.
 */
class CaseloadPanel : public QWidget
{
    Q_OBJECT

public:
    CaseloadPanel(CaseListModel &cases, const QString &personNoun, QWidget *parent = nullptr);

    void focusSearch();
    /** Types `text` into the search box (for "type anywhere to search"). */
    void typeIntoSearch(const QString &text);
    void selectPerson(const QString &personId);
    QString selectedPersonId() const;
    CaseFilterProxy *proxy() const { return m_proxy; }
    /** Wide enough for every column of the rows in view at their full width, so no name is cut short. */
    QSize sizeHint() const override;

Q_SIGNALS:
    void personSelected(const QString &personId);
    void addPersonRequested();

private:
    void refreshOwners();
    void updateCount();
    void emitSelection();

    CaseListModel &m_cases;
    CaseFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_owner;
    QComboBox *m_due;
    QTableView *m_view;
    QLabel *m_count;
    QStackedWidget *m_stack;
};

#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class YouthGuarantee;
class YouthGuaranteeModel;

/**
 * The youth guarantee view (docs/youth-guarantee.md): the open cases in the age band, overdue first, each overdue
 * row saying so in words. From it the coach records an offer (RecordOfferDialog), opens the person's record, and
 * changes the band and weeks, which are kept in the vault. Showing the list is audited once, with counts only.
 */
class YouthGuaranteeDialog : public QDialog
{
    Q_OBJECT

public:
    YouthGuaranteeDialog(YouthGuarantee &youth, QWidget *parent = nullptr);

    YouthGuaranteeModel *model() const { return m_model; }
    /** Records an offer for the selected person; the seam tests drive (the offer dialog is modal). */
    void recordOffer();

Q_SIGNALS:
    void openPersonRequested(const QString &personId);

private:
    void refresh();
    void openSelected();
    void saveSettings();
    void selectionChanged();
    QString selectedPersonId() const;

    YouthGuarantee &m_youth;
    YouthGuaranteeModel *m_model;
    QLabel *m_rule;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_record;
    QPushButton *m_open;
    QSpinBox *m_minAge;
    QSpinBox *m_maxAge;
    QSpinBox *m_weeks;
    QLabel *m_problem;
};

#pragma once

#include "model/employers/Employer.h"

#include <QDialog>
#include <QSet>
#include <QVector>

class EmployerDirectory;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

/**
 * Edit ▸ Employers: employers of the coach's own and those the vault's vacancies name, searched as the caseload
 * is. For the one chosen: its summary (open vacancies, people put forward, interviews, starts, last engagement),
 * its contacts and what was done with it. Logging an engagement is Alt+L and Enter. Opening the directory is
 * audited once, and each employer looked at once per opening, by id.
 */
class EmployersDialog : public QDialog
{
    Q_OBJECT

public:
    EmployersDialog(EmployerDirectory &directory, const QString &coachName, QWidget *parent = nullptr);

    void refresh();
    int shownCount() const;
    /** Selects the employer with this id; false when it is not listed. */
    bool selectEmployer(const QString &id);

private:
    void showSelected();
    void logEngagement();
    void addContact();
    void addEmployer();
    void editEmployer();
    const Employer *selected() const;
    QString details(const Employer &employer);

    EmployerDirectory &m_directory;
    QString m_coach;
    QLineEdit *m_search;
    QCheckBox *m_withVacancies;
    QLabel *m_count;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QPushButton *m_engage;
    QPushButton *m_contact;
    QPushButton *m_edit;
    QVector<Employer> m_employers;
    QSet<QString> m_viewed;
};

#pragma once

#include "model/employers/Employer.h"

#include <QDialog>

class EmployerDirectory;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

/**
 * Log an engagement with an employer: what happened (a visit is offered first), the day (today) and a short note.
 * Logging a visit made today is the dialog opening and Enter.
 */
class EngagementDialog : public QDialog
{
    Q_OBJECT

public:
    EngagementDialog(EmployerDirectory &directory,
                     const Employer &employer,
                     const QString &coachName,
                     QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    EmployerDirectory &m_directory;
    Employer m_employer;
    QString m_coach;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_problem;
    QString m_savedId;
};

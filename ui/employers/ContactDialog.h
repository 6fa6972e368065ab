#pragma once

#include "model/employers/Employer.h"

#include <QDialog>

class EmployerDirectory;
class QLabel;
class QLineEdit;

/** Add someone to speak to at an employer. Their details stay in the vault; the audit holds only ids. */
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(EmployerDirectory &directory, const Employer &employer, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    EmployerDirectory &m_directory;
    QString m_employerId;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLabel *m_problem;
    QString m_savedId;
};

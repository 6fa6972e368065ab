#pragma once

#include "model/employers/Employer.h"

#include <QDialog>

class EmployerDirectory;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/**
 * Add an employer by hand, or change one's address, postcode, website and notes. The name of an employer seen in
 * vacancies is its publisher's, so it is shown and not changed here.
 */
class EmployerEditDialog : public QDialog
{
    Q_OBJECT

public:
    EmployerEditDialog(EmployerDirectory &directory, const Employer &employer, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    EmployerDirectory &m_directory;
    Employer m_employer;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_website;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QString m_savedId;
};

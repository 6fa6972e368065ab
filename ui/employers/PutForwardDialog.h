#pragma once

#include <QDialog>

class PutForwards;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

/**
 * Put a person forward to an employer for a vacancy. Their details go to the employer only with their consent, so
 * the coach confirms the person agreed; the consent is recorded with the put-forward (model/employers/PutForwards).
 */
class PutForwardDialog : public QDialog
{
    Q_OBJECT

public:
    PutForwardDialog(PutForwards &putForwards,
                     const QString &personId,
                     const QString &personName,
                     const QString &vacancyId,
                     const QString &vacancyTitle,
                     const QString &employerName,
                     QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    PutForwards &m_putForwards;
    QString m_personId;
    QString m_vacancyId;
    QCheckBox *m_consent;
    QDateEdit *m_date;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QString m_savedId;
};

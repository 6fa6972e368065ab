#pragma once

#include "model/youth/YouthGuarantee.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

/**
 * Records an offer made to a young person (docs/youth-guarantee.md). The offers proposed from their plan, referrals
 * and shortlisted vacancies are listed first; choosing one fills in the form, which the coach checks and changes
 * before recording. "Somewhere else" records one by hand. Nothing is written until Record offer, and a refusal is
 * shown in the dialog, which stays open.
 */
class RecordOfferDialog : public QDialog
{
    Q_OBJECT

public:
    RecordOfferDialog(YouthGuarantee &youth,
                      const QString &personId,
                      const QString &personName,
                      QWidget *parent = nullptr);

    QString offerId() const { return m_offerId; }
    void accept() override;

private:
    void candidateChosen();

    YouthGuarantee &m_youth;
    QString m_personId;
    QVector<OfferCandidate> m_candidates;
    QString m_offerId;
    QListWidget *m_list;
    QComboBox *m_type;
    QDateEdit *m_date;
    QLineEdit *m_description;
    QComboBox *m_outcome;
    QLabel *m_source;
    QLabel *m_problem;
};

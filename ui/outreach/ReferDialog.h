#pragma once

#include "model/outreach/Partner.h"

#include <QDialog>
#include <QVector>

class PartnerDirectory;
class Referrals;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

/**
 * Refers the person open in the workspace to a local partner for one of its services. When the partner asks for
 * consent, the consent box must be ticked (the person agreed) before the referral can be made; Referrals records
 * the consent beside it and adds the action to the plan. A problem is shown in the dialog, which stays open.
 */
class ReferDialog : public QDialog
{
    Q_OBJECT

public:
    ReferDialog(PartnerDirectory &directory,
                Referrals &referrals,
                const QString &personId,
                const QString &personName,
                QWidget *parent = nullptr);

    QString referralId() const { return m_referralId; }
    void accept() override;

private:
    void partnerChosen();

    PartnerDirectory &m_directory;
    Referrals &m_referrals;
    QString m_personId;
    QVector<Partner> m_partners;
    QString m_referralId;
    QComboBox *m_partner;
    QComboBox *m_service;
    QLabel *m_how;
    QDateEdit *m_date;
    QCheckBox *m_consent;
    QPlainTextEdit *m_notes;
    QCheckBox *m_addToPlan;
    QLabel *m_problem;
};

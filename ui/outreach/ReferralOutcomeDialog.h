#pragma once

#include "model/vault/Record.h"

#include <QDialog>

class PartnerDirectory;
class Referrals;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

/**
 * Follows a referral: what came of it (offered, attended, started, completed, did not attend, declined), when, and
 * the notes. It is what Edit opens for a referral instead of the generic editor, because the partner, service and
 * consent stay as made and the outcome must move the plan's action with it (Referrals::recordOutcome).
 */
class ReferralOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralOutcomeDialog(Referrals &referrals,
                          const PartnerDirectory &directory,
                          const Record &referral,
                          QWidget *parent = nullptr);

    void accept() override;

private:
    Referrals &m_referrals;
    Record m_referral;
    QComboBox *m_outcome;
    QDateEdit *m_date;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
};

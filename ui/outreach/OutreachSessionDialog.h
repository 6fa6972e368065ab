#pragma once

#include "model/outreach/OutreachSessions.h"
#include "model/vault/Record.h"

#include <QDialog>
#include <QVector>

class PartnerDirectory;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;

/**
 * File ▸ Record an outreach session: quick to fill. The venue comes first, with the venues used before
 * offered as it is typed; choosing one fills in its partner, hours and topics as last time, so a repeat session
 * is the venue, two counts and Enter. People seen who are on the caseload can be ticked; others are only counted.
 */
class OutreachSessionDialog : public QDialog
{
    Q_OBJECT

public:
    OutreachSessionDialog(OutreachSessions &sessions,
                          PartnerDirectory &directory,
                          const QVector<PersonSummary> &caseload,
                          QWidget *parent = nullptr);

    QString sessionId() const { return m_sessionId; }
    void accept() override;

private:
    void venueChosen();
    OutreachSession edited() const;

    OutreachSessions &m_sessions;
    QString m_sessionId;
    /** The venue whose last session filled the fields, so editing them afterwards is not undone. */
    QString m_filledFrom;
    QComboBox *m_venue;
    QDateEdit *m_date;
    QComboBox *m_partner;
    QDoubleSpinBox *m_hours;
    QSpinBox *m_new;
    QSpinBox *m_returning;
    QVector<QCheckBox *> m_topics;
    QListWidget *m_people;
    QLabel *m_problem;
};

#pragma once

#include "model/outreach/Partner.h"
#include "model/outreach/PartnerVocabulary.h"

#include <QDialog>
#include <QMap>

class PartnerDirectory;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

/**
 * Adds or changes one of the coach's own partners. The directory checks what was typed (PartnerDirectory::check);
 * each problem is shown under its field and the dialog stays open, with the first field in trouble focused.
 */
class PartnerEditDialog : public QDialog
{
    Q_OBJECT

public:
    /** `partner` with an empty id adds a new one. */
    PartnerEditDialog(PartnerDirectory &directory, const Partner &partner, QWidget *parent = nullptr);

    /** The id of the partner saved, once accepted. */
    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    Partner edited() const;
    void showProblems(const QMap<QString, QString> &problems);

    PartnerDirectory &m_directory;
    Partner m_partner;
    QString m_savedId;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QListWidget *m_services;
    QCheckBox *m_english;
    QCheckBox *m_welsh;
    QLineEdit *m_otherLanguages;
    QPlainTextEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_opening;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_website;
    QPlainTextEdit *m_howToRefer;
    QCheckBox *m_consentNeeded;
    QMap<QString, QLabel *> m_problems;
    QMap<QString, QWidget *> m_fields;
};

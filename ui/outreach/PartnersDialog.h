#pragma once

#include "model/outreach/Partner.h"

#include <QDialog>
#include <QVector>

class PartnerDirectory;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

/**
 * Edit ▸ Local partners: the directory of local partners, searched and filtered like the caseload (text, service,
 * language), with the chosen partner's details beside the list. The coach's own partners can be added, changed
 * and removed; an admin's come from `partners` bundles and are read-only here.
 */
class PartnersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PartnersDialog(PartnerDirectory &directory, QWidget *parent = nullptr);

    void refresh();
    int shownCount() const;

private:
    void showSelected();
    void addPartner();
    void editPartner();
    void removePartner();
    const Partner *selected() const;
    QString details(const Partner &partner) const;

    PartnerDirectory &m_directory;
    QVector<Partner> m_partners;
    QLineEdit *m_search;
    QComboBox *m_service;
    QComboBox *m_language;
    QLabel *m_count;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

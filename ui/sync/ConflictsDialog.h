#pragma once

#include <QDialog>

class CaseloadSync;
class QLabel;
class QPushButton;
class QTableWidget;
class Vault;

/**
 * Fields two devices changed since they last synced: the value kept and the other one, with where and when
 * it came from. A person settles each: keep this value, or use the other one.
 */
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(Vault &vault, CaseloadSync &sync, QWidget *parent = nullptr);

    void reload();
    /** Settles the selected conflict. */
    void resolveSelected(bool useOther);

private:
    void updateButtons();

    Vault &m_vault;
    CaseloadSync &m_sync;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_keep;
    QPushButton *m_useOther;
};

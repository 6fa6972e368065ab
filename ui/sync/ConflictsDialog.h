#pragma once

#include <QDialog>

#include <memory>

class CaseloadSync;
class QPushButton;
class Vault;

// Only a forward declaration of the class uic generates from ConflictsDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class ConflictsDialog;
}

/**
 * Fields two devices changed since they last synced: the value kept and the other one, with where and when
 * it came from. A person settles each: keep this value, or use the other one.
 */
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(Vault &vault, CaseloadSync &sync, QWidget *parent = nullptr);
    ~ConflictsDialog() override;

    void reload();
    /** Settles the selected conflict. */
    void resolveSelected(bool useOther);

private:
    void updateButtons();

    Vault &m_vault;
    CaseloadSync &m_sync;
    std::unique_ptr<Ui::ConflictsDialog> m_ui;
    QPushButton *m_keep = nullptr;
    QPushButton *m_useOther = nullptr;
};

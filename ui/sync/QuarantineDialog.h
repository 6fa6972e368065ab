#pragma once

#include <QDialog>

#include <memory>

class QPushButton;
class QuarantineStore;

// Only a forward declaration of the class uic generates from QuarantineDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class QuarantineDialog;
}

/**
 * Items that authentic bundles carried but that failed their checks, set aside by the importer with the
 * reason: which bundle, who sent it, what was wrong and what it held. They can be exported as CSV to send
 * back to whoever published them.
 */
class QuarantineDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QuarantineDialog(QuarantineStore &store, QWidget *parent = nullptr);
    ~QuarantineDialog() override;

    void reload();
    /** Asks for a file name, warns that the file leaves the vault, then writes the CSV. */
    void exportForSender();

private:
    void showSelected();

    QuarantineStore &m_store;
    std::unique_ptr<Ui::QuarantineDialog> m_ui;
    QPushButton *m_export = nullptr;
};

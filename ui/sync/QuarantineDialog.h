#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QuarantineStore;

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

    void reload();
    /** Asks for a file name, warns that the file leaves the vault, then writes the CSV. */
    void exportForSender();

private:
    void showSelected();

    QuarantineStore &m_store;
    QTreeWidget *m_view;
    QPlainTextEdit *m_details;
    QSplitter *m_splitter;
    QLabel *m_empty;
    QLabel *m_status;
    QPushButton *m_export;
};

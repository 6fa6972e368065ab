#pragma once

#include <QDialog>
#include <QString>

#include <memory>

// Only a forward declaration of the class uic generates from PersonEraseDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class PersonEraseDialog;
}

/**
 * Confirms erasing a person: names exactly what will go and asks for the person's full name to be
 * typed. Erase stays disabled until the typed name matches (spaces and letter case aside).
 */
class PersonEraseDialog : public QDialog
{
    Q_OBJECT

public:
    /** `details` lists what will be erased; `noun` is the vault's word for the person ("claimant"). */
    PersonEraseDialog(const QString &fullName, const QString &noun, const QString &details, QWidget *parent = nullptr);
    ~PersonEraseDialog() override;

    bool nameMatches() const;

    /**
     * Shows the dialog and returns true only if the name was typed and Erase chosen. If a test has
     * queued a confirmation with setNextConfirmation(), returns at once whether that text matches.
     */
    static bool confirm(QWidget *parent, const QString &fullName, const QString &noun, const QString &details);
    /** For tests: the next confirm() behaves as if `typedName` had been typed and Erase chosen. */
    static void setNextConfirmation(const QString &typedName);
    /** For tests: the details text of the last confirm() call. */
    static QString lastDetails();

    static bool matches(const QString &typed, const QString &fullName);

private:
    QString m_fullName;
    std::unique_ptr<Ui::PersonEraseDialog> m_ui;
};

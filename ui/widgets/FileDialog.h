#pragma once

#include <QString>
#include <QStringList>

class QWidget;

/** The one way ui/ asks for a file name. Tests queue answers with setNextFileName(). */
class FileDialog
{
public:
    static QString
    openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter = {});
    static QString
    saveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter = {});
    /** Several existing files; empty when cancelled. */
    static QStringList
    openFileNames(QWidget *parent, const QString &caption, const QString &directory, const QString &filter = {});
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory);

    /**
     * Whether the platform's own dialog may be used: only when it speaks the app's language. The native dialog
     * follows the system locale, and no platform dialog is sure to speak Welsh, so a Welsh interface (or any
     * language other than the system's) gets Qt's dialog, which Waymark translates (issue 16 #18).
     */
    static bool usesNativeDialog();

    /** For tests: the next dialog returns `fileName` at once (an empty string means "cancelled"). */
    static void setNextFileName(const QString &fileName);
    /** For tests: the next dialog choosing several files returns `fileNames` at once. */
    static void setNextFileNames(const QStringList &fileNames);
    /** For tests: the file name or folder the last dialog suggested. */
    static QString lastSuggestion();
};

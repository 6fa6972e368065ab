#include "ui/widgets/FileDialog.h"

#include <QFileDialog>
#include <QLocale>
#include <QStringList>

namespace
{
    QStringList &queuedNames()
    {
        static QStringList names;
        return names;
    }

    QString &suggestion()
    {
        static QString last;
        return last;
    }

    QFileDialog::Options dialogOptions()
    {
        return FileDialog::usesNativeDialog() ? QFileDialog::Options() : QFileDialog::DontUseNativeDialog;
    }
} // namespace

bool FileDialog::usesNativeDialog()
{
    const QLocale::Language shown = QLocale().language();
    return shown != QLocale::Welsh && shown == QLocale::system().language();
}

QString
FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    suggestion() = directory;
    if (!queuedNames().isEmpty())
        return queuedNames().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, directory, filter, nullptr, dialogOptions());
}

QString
FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    suggestion() = directory;
    if (!queuedNames().isEmpty())
        return queuedNames().takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, directory, filter, nullptr, dialogOptions());
}

QStringList
FileDialog::openFileNames(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    suggestion() = directory;
    if (!queuedNames().isEmpty())
        return queuedNames().takeFirst().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter, nullptr, dialogOptions());
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    suggestion() = directory;
    if (!queuedNames().isEmpty())
        return queuedNames().takeFirst();
    return QFileDialog::getExistingDirectory(parent, caption, directory, QFileDialog::ShowDirsOnly | dialogOptions());
}

void FileDialog::setNextFileName(const QString &fileName)
{
    queuedNames().append(fileName);
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    queuedNames().append(fileNames.join(QLatin1Char('\n')));
}

QString FileDialog::lastSuggestion()
{
    return suggestion();
}

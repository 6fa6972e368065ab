// waymark-cli-manual OUTDIR: writes waymark-cli.1 and waymark.1 for the package. A build helper, not installed.
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

#include "ManualPage.h"

namespace
{
    bool write(const QString &path, const QString &text)
    {
        QSaveFile file(path);
        const QByteArray bytes = text.toUtf8();
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    }
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: waymark-cli-manual OUTDIR\n", stderr);
        return 2;
    }
    const QDir out(arguments.at(1));
    if (!QDir().mkpath(out.path()) || !write(out.filePath(QStringLiteral("waymark-cli.1")), ManualPage::cli()) ||
        !write(out.filePath(QStringLiteral("waymark.1")), ManualPage::gui())) {
        std::fputs("waymark-cli-manual: the pages could not be written\n", stderr);
        return 1;
    }
    return 0;
}

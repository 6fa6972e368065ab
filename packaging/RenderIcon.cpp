// Build-time helper: renders the scalable app icon to the fixed hicolor PNG sizes, so the
// package ships 16–512 px icons without adding rsvg-convert or Inkscape to the build deps.
// Usage: waymark-render-icon INPUT.svg OUTPUT_DIR SIZE...  (writes OUTPUT_DIR/<SIZE>.png)

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s INPUT.svg OUTPUT_DIR SIZE...\n", argv[0]);
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "error: cannot read SVG %s\n", argv[1]);
        return 1;
    }
    const QDir outputDir(QString::fromLocal8Bit(argv[2]));
    if (!outputDir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "error: cannot create %s\n", argv[2]);
        return 1;
    }
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "error: bad size %s\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter);
        }
        const QString path = outputDir.filePath(QString::number(size) + QStringLiteral(".png"));
        if (!image.save(path, "PNG")) {
            std::fprintf(stderr, "error: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}

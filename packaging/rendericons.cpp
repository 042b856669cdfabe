// tz-render-icons: renders an SVG icon to the PNG sizes of the freedesktop hicolor theme at
// build time, so the repository keeps only the SVG and the PNGs never drift from it.
// Usage: tz-render-icons SVG OUT_DIR CONTEXT NAME SIZE...
// writes OUT_DIR/<SIZE>x<SIZE>/<CONTEXT>/<NAME>.png for every SIZE.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "tz-render-icons: %s\n", qPrintable(message));
    return 1;
}

// A blank image means the SVG drew nothing (an unsupported feature, a wrong viewBox): an
// installed but invisible icon is worse than a failed build.
bool hasVisiblePixels(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6)
        return fail(QStringLiteral("usage: tz-render-icons SVG OUT_DIR CONTEXT NAME SIZE..."));
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read %1").arg(args.at(1)));
    for (qsizetype i = 5; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(QStringLiteral("bad size %1").arg(args.at(i)));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        if (!hasVisiblePixels(image))
            return fail(QStringLiteral("%1 renders blank at %2 px").arg(args.at(1)).arg(size));
        const QString dir = QStringLiteral("%1/%2x%2/%3").arg(args.at(2)).arg(size).arg(args.at(3));
        const QString file = QStringLiteral("%1/%2.png").arg(dir, args.at(4));
        if (!QDir().mkpath(dir) || !image.save(file, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}

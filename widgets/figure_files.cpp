#include "widgets/figure_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

#include "widgets/figure_painter.h"

namespace eqlab::widgets::figure {

namespace {

struct FigureFilesText {
    Q_DECLARE_TR_FUNCTIONS(FigureFiles)
};

constexpr double kPointsPerCm = 72.0 / 2.54;

QSizeF sizeInPoints(const Style& style) {
    return {style.widthCm * kPointsPerCm, style.heightCm * kPointsPerCm};
}

QByteArray number(double value) {
    return std::isfinite(value) ? QByteArray::number(value, 'g', 17) : QByteArray();
}

QByteArray field(const QString& text) {
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QString saveBytes(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return FigureFilesText::tr("cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

QString writeSvg(const Figure& figure, const QString& path, const Style& style) {
    const QSizeF size = sizeInPoints(style);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setResolution(72);  // user units are points; font sizes in points come out right
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(figure.name);
    QPainter painter;
    if (!painter.begin(&generator)) {
        return FigureFilesText::tr("cannot write %1").arg(path);
    }
    paint(painter, styled(figure, style), QRectF(QPointF(0, 0), size), style);
    painter.end();
    return QFileInfo(path).size() > 0 ? QString()
                                      : FigureFilesText::tr("cannot write %1").arg(path);
}

QString writePdf(const Figure& figure, const QString& path, const Style& style) {
    const QSizeF size = sizeInPoints(style);
    QPdfWriter writer(path);
    writer.setResolution(72);  // device units are points
    writer.setPageSize(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(figure.name);
    writer.setCreator(QStringLiteral("eqlab"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return FigureFilesText::tr("cannot write %1").arg(path);
    }
    paint(painter, styled(figure, style), QRectF(QPointF(0, 0), size), style);
    painter.end();
    return QFileInfo(path).size() > 0 ? QString()
                                      : FigureFilesText::tr("cannot write %1").arg(path);
}

QString writePng(const Figure& figure, const QString& path, const Style& style) {
    const QSize pixels = pngSize(style);
    const QSizeF size = sizeInPoints(style);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    // Logical 72 dpi while painting, so that a font's point size is one unit of the painter's
    // points; the painter's scale then draws text and lines finer at a higher scale (not a
    // blown-up bitmap).
    image.setDotsPerMeterX(qRound(72 / 0.0254));
    image.setDotsPerMeterY(qRound(72 / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(pixels.width() / size.width(), pixels.height() / size.height());
    paint(painter, styled(figure, style), QRectF(QPointF(0, 0), size), style);
    painter.end();
    const int dpm = qRound(96.0 * std::max(1, style.scale) / 0.0254);  // the real resolution
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        return FigureFilesText::tr("cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

}  // namespace

QStringList formats() {
    return {QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("png"),
            QStringLiteral("csv"), QStringLiteral("glb")};
}

QSize pngSize(const Style& style) {
    const int scale = std::clamp(style.scale, 1, 8);
    return {static_cast<int>(std::lround(style.widthCm / 2.54 * 96)) * scale,
            static_cast<int>(std::lround(style.heightCm / 2.54 * 96)) * scale};
}

QString writeFigure(const Figure& figure, const QString& path, const Style& style) {
    if (!(style.widthCm >= 1 && style.widthCm <= 100 && style.heightCm >= 1 &&
          style.heightCm <= 100)) {
        return FigureFilesText::tr("the figure's size must be between 1 and 100 cm, got %1 × %2 cm")
            .arg(style.widthCm)
            .arg(style.heightCm);
    }
    if (!(style.fontPt >= 2 && style.fontPt <= 72)) {
        return FigureFilesText::tr("the font size must be between 2 and 72 pt, got %1")
            .arg(style.fontPt);
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        return writeSvg(figure, path, style);
    }
    if (suffix == QLatin1String("pdf")) {
        return writePdf(figure, path, style);
    }
    if (suffix == QLatin1String("png")) {
        return writePng(figure, path, style);
    }
    if (suffix == QLatin1String("csv")) {
        return saveBytes(path, csvOf(figure));
    }
    if (suffix == QLatin1String("glb")) {
        const auto* scene = std::get_if<Scene>(&figure.content);
        if (!scene) {
            return FigureFilesText::tr("%1: only the 3-D views (orbits, Cayley graph) export glTF")
                .arg(path);
        }
        const Figure coloured = styled(figure, style);
        return saveBytes(path, glbOf(std::get<Scene>(coloured.content)));
    }
    return FigureFilesText::tr("%1: unknown format '%2' (known: %3)")
        .arg(path, suffix, formats().join(QStringLiteral(", ")));
}

QByteArray csvOf(const Figure& figure) {
    QByteArray csv;
    if (const auto* chart = std::get_if<Chart>(&figure.content)) {
        // The band's edges as two more columns when any series has one.
        const bool bands = std::any_of(chart->series.begin(), chart->series.end(),
                                       [](const Series& s) { return s.hasBand(); });
        csv = bands ? "series,x,y,low,high\n" : "series,x,y\n";
        for (const Series& s : chart->series) {
            for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
                csv += field(s.name) + ',' + number(s.x[i]) + ',' + number(s.y[i]);
                if (bands) {
                    csv += ',' + (s.hasBand() ? number(s.low[i]) : QByteArray()) + ',' +
                           (s.hasBand() ? number(s.high[i]) : QByteArray());
                }
                csv += '\n';
            }
        }
    } else if (const auto* grid = std::get_if<Grid>(&figure.content)) {
        csv = field(grid->rowTitle.isEmpty() ? QStringLiteral("row") : grid->rowTitle);
        for (int c = 0; c < grid->cols; ++c) {
            csv += ',' + field(c < grid->columnLabels.size() ? grid->columnLabels[c]
                                                             : QString::number(c));
        }
        csv += '\n';
        for (int r = 0; r < grid->rows; ++r) {
            csv += field(r < grid->rowLabels.size() ? grid->rowLabels[r] : QString::number(r));
            for (int c = 0; c < grid->cols; ++c) {
                const int i = r * grid->cols + c;
                csv += ',';
                if (!grid->text.isEmpty()) {
                    csv += field(i < grid->text.size() ? grid->text[i] : QString());
                } else if (static_cast<std::size_t>(i) < grid->values.size()) {
                    csv += number(grid->values[static_cast<std::size_t>(i)]);
                }
            }
            csv += '\n';
        }
    } else if (const auto* images = std::get_if<Images>(&figure.content)) {
        csv = "image,label,row,column,value\n";
        for (std::size_t i = 0; i < images->images.size(); ++i) {
            const auto& image = images->images[i];
            for (int r = 0; r < image.height; ++r) {
                for (int c = 0; c < image.width; ++c) {
                    const std::size_t k = static_cast<std::size_t>(r) * image.width + c;
                    csv +=
                        QByteArray::number(static_cast<qulonglong>(i)) + ',' + field(image.label) +
                        ',' + QByteArray::number(r) + ',' + QByteArray::number(c) + ',' +
                        (k < image.pixels.size() ? number(image.pixels[k]) : QByteArray()) + '\n';
                }
            }
        }
    } else if (const auto* scene = std::get_if<Scene>(&figure.content)) {
        csv = "point,label,x,y,z\n";
        for (std::size_t i = 0; i < scene->points.size(); ++i) {
            const auto& p = scene->points[i];
            csv += QByteArray::number(static_cast<qulonglong>(i)) + ',' +
                   field(static_cast<int>(i) < scene->labels.size()
                             ? scene->labels[static_cast<int>(i)]
                             : QString()) +
                   ',' + number(p[0]) + ',' + number(p[1]) + ',' + number(p[2]) + '\n';
        }
    }
    return csv;
}

QByteArray sceneLinesCsv(const Scene& scene) {
    QByteArray csv = "from,to,generator\n";
    for (const auto& line : scene.lines) {
        csv += QByteArray::number(line.from) + ',' + QByteArray::number(line.to) + ',' +
               field(line.kind < scene.lineNames.size() ? scene.lineNames[line.kind]
                                                        : QString::number(line.kind)) +
               '\n';
    }
    return csv;
}

QStringList writeFigureSet(const Figure& figure, const QString& dir, const QStringList& formats,
                           const Style& style) {
    QStringList problems;
    if (!QDir().mkpath(dir)) {
        return {FigureFilesText::tr("cannot create the folder %1").arg(dir)};
    }
    const QString stem = QDir(dir).filePath(figure.name);
    // The data first: it is there even when a picture cannot be drawn.
    if (QString p = saveBytes(stem + QStringLiteral(".csv"), csvOf(figure)); !p.isEmpty()) {
        problems << p;
    }
    if (const auto* scene = std::get_if<Scene>(&figure.content); scene && !scene->lines.empty()) {
        if (QString p = saveBytes(stem + QStringLiteral("-lines.csv"), sceneLinesCsv(*scene));
            !p.isEmpty()) {
            problems << p;
        }
    }
    for (const QString& format : formats) {
        if (format == QLatin1String("csv") ||
            (format == QLatin1String("glb") && !std::holds_alternative<Scene>(figure.content))) {
            continue;
        }
        if (QString p = writeFigure(figure, stem + QLatin1Char('.') + format, style);
            !p.isEmpty()) {
            problems << p;
        }
    }
    return problems;
}

}  // namespace eqlab::widgets::figure

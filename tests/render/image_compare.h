#pragma once

// Render tests compare a grabbed image with a baseline in tests/baselines/ (docs/testing.md).
//
// Tolerance: llvmpipe is deterministic for one Mesa build, but anti-aliasing and font hinting may
// shift edges by a pixel between builds. A pixel "differs" when any channel differs by more than
// kChannelTolerance; the images match when at most kMaxDifferingFraction of the pixels differ.
// A missing baseline is written to tests/render-output/ in the build folder for review and the
// test fails, saying where; copy the file into tests/baselines/ once it looks right.

#include <QDir>
#include <QImage>
#include <QString>
#include <QTest>

namespace eqlab::tests {

constexpr int kChannelTolerance = 48;
constexpr double kMaxDifferingFraction = 0.01;

struct ImageComparison {
    bool matched = false;
    QString message;  // why not, for QVERIFY2
    double differingFraction = 1.0;
};

inline ImageComparison compareWithBaseline(const QImage& grabbed, const QString& name) {
    ImageComparison result;
    const QImage image = grabbed.convertToFormat(QImage::Format_RGB32);
    const QString outputDir = QStringLiteral(EQLAB_RENDER_OUTPUT_DIR);
    QDir().mkpath(outputDir);
    const QString outputPath = outputDir + QLatin1Char('/') + name + QStringLiteral(".png");
    image.save(outputPath);

    const QString baselinePath =
        QStringLiteral(EQLAB_BASELINE_DIR) + QLatin1Char('/') + name + QStringLiteral(".png");
    QImage baseline(baselinePath);
    if (baseline.isNull()) {
        result.message =
            QStringLiteral("no baseline %1; wrote %2 for review").arg(baselinePath, outputPath);
        return result;
    }
    baseline = baseline.convertToFormat(QImage::Format_RGB32);
    if (baseline.size() != image.size()) {
        result.message = QStringLiteral("size %1x%2 differs from baseline %3x%4 (%5)")
                             .arg(image.width())
                             .arg(image.height())
                             .arg(baseline.width())
                             .arg(baseline.height())
                             .arg(outputPath);
        return result;
    }
    qint64 differing = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(baseline.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d =
                std::max({std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                          std::abs(qBlue(a[x]) - qBlue(b[x]))});
            differing += d > kChannelTolerance ? 1 : 0;
        }
    }
    result.differingFraction =
        static_cast<double>(differing) / (static_cast<double>(image.width()) * image.height());
    result.matched = result.differingFraction <= kMaxDifferingFraction;
    if (!result.matched) {
        result.message = QStringLiteral("%1% of pixels differ from %2 (allowed %3%); see %4")
                             .arg(100 * result.differingFraction, 0, 'f', 2)
                             .arg(baselinePath)
                             .arg(100 * kMaxDifferingFraction, 0, 'f', 2)
                             .arg(outputPath);
    }
    return result;
}

// Two colours within `tolerance` in each of red, green and blue.
inline bool coloursNear(const QColor& a, const QColor& b, int tolerance = 12) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// The fraction of pixels close to a colour: shows that something of that colour was drawn.
inline double fractionNear(const QImage& grabbed, QColor colour, int tolerance = 40) {
    const QImage image = grabbed.convertToFormat(QImage::Format_RGB32);
    qint64 near = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* p = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            near += std::abs(qRed(p[x]) - colour.red()) <= tolerance &&
                    std::abs(qGreen(p[x]) - colour.green()) <= tolerance &&
                    std::abs(qBlue(p[x]) - colour.blue()) <= tolerance;
        }
    }
    return static_cast<double>(near) / (static_cast<double>(image.width()) * image.height());
}

}  // namespace eqlab::tests

// In a Qt Test function: fails with the comparison's message when the image does not match.
#define EQLAB_COMPARE_BASELINE(image, name)                                                       \
    do {                                                                                          \
        const auto comparison = eqlab::tests::compareWithBaseline((image), QStringLiteral(name)); \
        QVERIFY2(comparison.matched, qPrintable(comparison.message));                             \
    } while (false)

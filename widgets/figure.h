#pragma once

// Figure: what a view plots, as plain values — a chart (series over two axes), a grid (a heat map
// or a table of text) or a 3-D scene (spheres and lines seen by a camera). The window's views and
// `eqlab run --figures` / `eqlab figure` build the same Figure from the same data
// (figure_builders.h); one painter draws it on any QPaintDevice (figure_painter.h) and the CSV
// beside each picture is written from the same values (figure_files.h), so the numbers in the CSV
// are the plotted ones.

#include <QColor>
#include <QString>
#include <QStringList>
#include <array>
#include <variant>
#include <vector>

namespace eqlab::widgets::figure {

enum class Dash { Solid, Dashed, Dotted, DashDot };

struct Series {
    QString name;
    std::vector<double> x, y;  // same length
    QColor colour;
    Dash dash = Dash::Solid;
    bool markers = false;  // a mark at every point (a series of few points)
    // An error band (e.g. a 95 % interval over seeds): empty, or the band's lower and upper edge
    // at every x. Drawn as a translucent area under the line, and as error bars at the marks.
    std::vector<double> low, high;
    bool hasBand() const {
        return !low.empty() && low.size() == x.size() && high.size() == x.size();
    }
};

struct Chart {
    QString title;
    QString xTitle, yTitle;
    bool logY = false;  // values <= 0 are drawn at 1e-16 (as the live chart does)
    bool padX = false;  // room left and right of the first and last x (marks and error bars)
    std::vector<Series> series;
};

// A heat map (values coloured by a map) or a table (text in cells, optionally tinted).
struct Grid {
    enum class Colours { Sequential, Diverging, Category, None };
    QString title;
    QString rowTitle, columnTitle, valueTitle;
    QStringList rowLabels, columnLabels;  // rows, cols entries
    int rows = 0, cols = 0;
    std::vector<double> values;  // rows × cols, row-major; NaN: an empty cell
    QStringList text;            // empty, or rows × cols: shown in the cells (tables)
    Colours colours = Colours::Sequential;
    bool logScale = false;  // Sequential only: decades (errors at round-off next to ~1)
};

// Small images side by side (learned filters), coloured by a diverging map with one range for
// all of them, so that their values compare.
struct Images {
    struct Image {
        QString label;
        int height = 0, width = 0;
        std::vector<double> pixels;  // height × width, row-major
    };
    QString title;
    QString valueTitle;
    std::vector<Image> images;
};

struct Camera {
    std::array<double, 3> position{0.6, -1.0, 0.8};  // looking at focal from here
    std::array<double, 3> focal{0, 0, 0};
    std::array<double, 3> up{0, 0, 1};
    double viewAngle = 30;  // degrees, vertical (VTK's default)
};

// Points drawn as spheres, lines between them, seen by a camera.
struct Scene {
    struct Line {
        int from = 0, to = 0;  // indices into points
        int kind = 0;          // index into lineNames/lineColours
    };
    QString title;
    std::vector<std::array<double, 3>> points;
    std::vector<QColor> pointColours;  // one per point
    QStringList labels;                // empty, or one per point
    double radius = 0.05;              // sphere radius in scene units
    std::vector<Line> lines;
    QStringList lineNames;  // legend entries ("a (order 5)")
    std::vector<QColor> lineColours;
    Camera camera;
};

struct Figure {
    QString name;  // file name stem: "loss", "orbit-explorer", "error-map-mlp-equivariance"
    std::variant<Chart, Grid, Scene, Images> content;
};

// How a figure is drawn: its size, font and look.
struct Style {
    double widthCm = 12.0, heightCm = 8.0;
    double fontPt = 9.0;
    QString fontFamily;  // empty: the application's font
    int scale = 1;       // PNG only: pixels = size at 96 dpi × scale, text and lines drawn finer
    bool paper = true;   // white, black text, colour-blind-safe colours; else the screen theme
    bool dark = false;   // with paper off: the dark theme
};

}  // namespace eqlab::widgets::figure

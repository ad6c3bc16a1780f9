#pragma once

// Writing figures to files: SVG, PDF and PNG drawn by the one figure painter (figure_painter.h),
// the CSV of what is plotted, and glTF 2.0 binary (.glb) for 3-D scenes. The format follows the
// file name's suffix. Works without a display: QPainter needs no OpenGL (with no X server, make the
// QGuiApplication with QT_QPA_PLATFORM=offscreen; docs/figures.md).

#include <QSize>
#include <QString>
#include <QStringList>

#include "widgets/figure.h"

namespace eqlab::widgets::figure {

// "svg", "pdf", "png", "csv", "glb": the formats writeFigure() knows.
QStringList formats();

// Writes the figure in the format of path's suffix. Returns the problem in words, or an empty
// string when the file was written.
QString writeFigure(const Figure& figure, const QString& path, const Style& style);

// The figure's size in pixels as a PNG (width and height in cm at 96 dpi, times the scale).
QSize pngSize(const Style& style);

// The CSV of what the figure plots: a chart's series as rows "series,x,y"; a grid as a table with
// its row and column labels; a scene's points "point,label,x,y,z" (its lines: sceneLinesCsv).
// Numbers are written with 17 significant digits, so reading them back gives the plotted values.
QByteArray csvOf(const Figure& figure);
QByteArray sceneLinesCsv(const Scene& scene);

// glTF 2.0 binary: one node per point (a sphere mesh, one per colour, placed and scaled by its
// node), the lines as one LINES primitive with per-vertex colours. Returns the file's bytes.
QByteArray glbOf(const Scene& scene);

// Writes figure.name + "." + format for each format into dir, plus the CSV beside them (and a
// .glb for scenes when asked). Returns one line per problem (an empty list: all written). The CSV
// is written first, so the data is there even when a picture fails.
QStringList writeFigureSet(const Figure& figure, const QString& dir, const QStringList& formats,
                           const Style& style);

}  // namespace eqlab::widgets::figure

#pragma once

// What the figure painter's parts share (internal to widgets/): colours, fonts and line widths
// from the style, a figure's title and its legend rows — used by figure_painter.cpp (charts,
// grids, images, the frame) and figure_scene_painter.cpp (3-D scenes).

#include <QColor>
#include <QFont>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <utility>
#include <vector>

#include "widgets/figure.h"

class QPainter;

namespace eqlab::widgets::figure::kit {

struct Colours {
    QColor background, foreground, grid;
};

Colours coloursOf(const Style& style);
QFont fontOf(const Style& style, double factor = 1.0, bool bold = false);
// Line widths grow with the font: 0.9 pt at 9 pt text.
double lineWidth(const Style& style);
// c moved towards white by the fraction towardsWhite.
QColor lighter(const QColor& c, double towardsWhite);

// The title across the top; returns the height it took.
double drawTitle(QPainter& painter, const QString& title, const QRectF& area, const Style& style,
                 const Colours& colours);
// Legend entries in rows across `width`: a short line in each entry's pen, then its name.
// Returns the height it takes; draws only when `draw`.
double legendRows(QPainter& painter, const std::vector<std::pair<QString, QPen>>& entries,
                  const QPointF& topLeft, double width, const Style& style, const Colours& colours,
                  bool draw);

// A 3-D scene (points as shaded spheres, lines, labels) drawn with the painter's algorithm.
void paintScene(QPainter& painter, const Scene& scene, const QRectF& full, const Style& style,
                const Colours& colours);

}  // namespace eqlab::widgets::figure::kit

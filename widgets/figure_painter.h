#pragma once

// The one painter of figures: draws a Figure (figure.h) with QPainter on any paint device — an
// image (PNG), QSvgGenerator (SVG), QPdfWriter (PDF) or a widget. No OpenGL: a 3-D scene is
// projected with its camera and drawn back to front (painter's algorithm), so vector output stays
// vector and figures can be made with no display (QT_QPA_PLATFORM=offscreen).

#include <QRectF>

#include "widgets/figure.h"

class QPainter;

namespace eqlab::widgets::figure {

// The figure with the style's colours: paper style recolours lines with Okabe–Ito colours and
// dashes and scene points with cividis (readable in greyscale and by colour-blind readers).
Figure styled(const Figure& figure, const Style& style);

// Draws `figure` into `area`, in points (1/72 inch). The painter's device must have a logical
// resolution of 72 dpi (figure_files.cpp sets it) so that font point sizes are points too; the
// painter's transform maps points to the device. Call with styled(figure, style).
void paint(QPainter& painter, const Figure& figure, const QRectF& area, const Style& style);

// Where a scene's points land in `area` (points), in point order, and their drawn radii: what
// paint() draws (tests check the projection with it).
std::vector<QPointF> projectScene(const Scene& scene, const QRectF& area,
                                  std::vector<double>* radii = nullptr);

// A camera that looks from `direction` at the scene's centre from far enough to see all of it.
Camera fitCamera(const Scene& scene, std::array<double, 3> direction = {0.6, -1.0, 0.8},
                 std::array<double, 3> up = {0, 0, 1});

}  // namespace eqlab::widgets::figure

// 3-D scenes of figures: a perspective projection fitted to the area, spheres and lines drawn
// farthest first, the camera that frames a scene (figure_painter.h: projectScene, fitCamera).

#include <QFontMetricsF>
#include <QPainter>
#include <QRadialGradient>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "widgets/figure_paint_kit.h"
#include "widgets/figure_painter.h"

namespace eqlab::widgets::figure {

namespace {

using namespace kit;
using Vec3 = std::array<double, 3>;

Vec3 sub(const Vec3& a, const Vec3& b) {
    return {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
}
double dot(const Vec3& a, const Vec3& b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
Vec3 cross(const Vec3& a, const Vec3& b) {
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
Vec3 normalized(const Vec3& a) {
    const double n = std::sqrt(dot(a, a));
    return n > 0 ? Vec3{a[0] / n, a[1] / n, a[2] / n} : Vec3{0, 0, 1};
}

// Camera coordinates: x right, y up, z depth (> 0 in front of the camera).
struct Projected {
    std::vector<Vec3> camera;  // per point
    std::vector<QPointF> screen;
    std::vector<double> radius;
};

Projected project(const Scene& scene, const QRectF& area) {
    const Camera& cam = scene.camera;
    const Vec3 forward = normalized(sub(cam.focal, cam.position));
    Vec3 right = cross(forward, cam.up);
    if (dot(right, right) < 1e-20) {  // up along the view: any perpendicular
        right = cross(forward, std::abs(forward[0]) < 0.9 ? Vec3{1, 0, 0} : Vec3{0, 1, 0});
    }
    right = normalized(right);
    const Vec3 up = cross(right, forward);
    Projected p;
    double minX = std::numeric_limits<double>::infinity(), maxX = -minX, minY = minX, maxY = -minX;
    std::vector<QPointF> unit;
    for (const Vec3& point : scene.points) {
        const Vec3 d = sub(point, cam.position);
        const Vec3 c{dot(d, right), dot(d, up), std::max(1e-9, dot(d, forward))};
        p.camera.push_back(c);
        const QPointF s(c[0] / c[2], c[1] / c[2]);
        const double r = scene.radius / c[2];
        unit.push_back(s);
        p.radius.push_back(r);
        minX = std::min(minX, s.x() - r), maxX = std::max(maxX, s.x() + r);
        minY = std::min(minY, s.y() - r), maxY = std::max(maxY, s.y() + r);
    }
    if (unit.empty()) {
        return p;
    }
    // Fit the projected scene into the area, uniformly, centred (as the view fits its camera).
    const double w = std::max(maxX - minX, 1e-9), h = std::max(maxY - minY, 1e-9);
    const double k = 0.94 * std::min(area.width() / w, area.height() / h);
    const QPointF centre = area.center();
    for (std::size_t i = 0; i < unit.size(); ++i) {
        p.screen.emplace_back(centre.x() + (unit[i].x() - (minX + maxX) / 2) * k,
                              centre.y() - (unit[i].y() - (minY + maxY) / 2) * k);
        p.radius[i] *= k;
    }
    return p;
}

QRectF sceneArea(QPainter& painter, const Scene& scene, QRectF area, const Style& style,
                 const Colours& colours, bool draw) {
    if (draw) {
        area.setTop(area.top() + drawTitle(painter, scene.title, area, style, colours));
    } else if (!scene.title.isEmpty()) {
        const QFontMetricsF m(fontOf(style, 1.15, true), painter.device());
        area.setTop(area.top() + 1.4 * m.height());
    }
    std::vector<std::pair<QString, QPen>> entries;
    for (int k = 0; k < scene.lineNames.size(); ++k) {
        const QColor c = k < static_cast<int>(scene.lineColours.size()) ? scene.lineColours[k]
                                                                        : colours.foreground;
        entries.emplace_back(scene.lineNames[k], QPen(c, 2.5 * lineWidth(style)));
    }
    const double h = legendRows(painter, entries, {}, area.width(), style, colours, false);
    if (draw) {
        legendRows(painter, entries, QPointF(area.left(), area.bottom() - h), area.width(), style,
                   colours, true);
    }
    area.setBottom(area.bottom() - h);
    return area;
}

}  // namespace

namespace kit {

void paintScene(QPainter& painter, const Scene& scene, const QRectF& full, const Style& style,
                const Colours& colours) {
    const QRectF area = sceneArea(painter, scene, full, style, colours, true);
    const Projected p = project(scene, area);
    // Painter's algorithm: spheres and lines, farthest first. A line sits at its midpoint's depth
    // (slightly behind a sphere at the same depth, so spheres cover the lines' ends).
    struct Item {
        double depth;
        int index;  // >= 0: point; < 0: line -index-1
    };
    std::vector<Item> items;
    for (std::size_t i = 0; i < p.camera.size(); ++i) {
        items.push_back({p.camera[i][2], static_cast<int>(i)});
    }
    for (std::size_t l = 0; l < scene.lines.size(); ++l) {
        const auto& line = scene.lines[l];
        if (line.from < 0 || line.to < 0 || line.from >= static_cast<int>(p.camera.size()) ||
            line.to >= static_cast<int>(p.camera.size())) {
            continue;
        }
        const double depth =
            (p.camera[line.from][2] + p.camera[line.to][2]) / 2 + 0.5 * scene.radius;
        items.push_back({depth, -static_cast<int>(l) - 1});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return a.depth > b.depth; });
    painter.setRenderHint(QPainter::Antialiasing);
    const double lw = lineWidth(style);
    for (const Item& item : items) {
        if (item.index < 0) {
            const auto& line = scene.lines[static_cast<std::size_t>(-item.index - 1)];
            const QColor c =
                line.kind >= 0 && line.kind < static_cast<int>(scene.lineColours.size())
                    ? scene.lineColours[line.kind]
                    : colours.foreground;
            painter.setPen(QPen(c, 1.1 * lw, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(p.screen[line.from], p.screen[line.to]);
            continue;
        }
        const auto i = static_cast<std::size_t>(item.index);
        const QColor c = i < scene.pointColours.size() ? scene.pointColours[i] : colours.foreground;
        const double r = p.radius[i];
        // Shaded like a lit sphere: a highlight up-left, darker towards the rim.
        QRadialGradient shade(p.screen[i] + QPointF(-0.35 * r, -0.35 * r), 1.3 * r);
        shade.setColorAt(0.0, lighter(c, 0.55));
        shade.setColorAt(0.6, c);
        shade.setColorAt(1.0, c.darker(150));
        painter.setBrush(shade);
        painter.setPen(QPen(c.darker(180), 0.4 * lw));
        painter.drawEllipse(p.screen[i], r, r);
    }
    if (!scene.labels.isEmpty() && scene.labels.size() <= 200) {
        painter.setFont(fontOf(style, 0.8));
        painter.setPen(colours.foreground);
        for (std::size_t i = 0;
             i < p.screen.size() && i < static_cast<std::size_t>(scene.labels.size()); ++i) {
            painter.drawText(p.screen[i] + QPointF(1.1 * p.radius[i], -1.1 * p.radius[i]),
                             scene.labels[static_cast<int>(i)]);
        }
    }
}

}  // namespace kit

std::vector<QPointF> projectScene(const Scene& scene, const QRectF& area,
                                  std::vector<double>* radii) {
    Projected p = project(scene, area);
    if (radii) {
        *radii = p.radius;
    }
    return p.screen;
}

Camera fitCamera(const Scene& scene, std::array<double, 3> direction, std::array<double, 3> up) {
    Camera camera;
    Vec3 centre{0, 0, 0};
    for (const Vec3& p : scene.points) {
        for (int k = 0; k < 3; ++k) {
            centre[k] += p[k] / static_cast<double>(scene.points.size());
        }
    }
    double reach = scene.radius;
    for (const Vec3& p : scene.points) {
        const Vec3 d = sub(p, centre);
        reach = std::max(reach, std::sqrt(dot(d, d)) + scene.radius);
    }
    const Vec3 dir = normalized(direction);
    const double distance = reach / std::sin(camera.viewAngle * M_PI / 360.0) * 1.1;
    camera.focal = centre;
    camera.position = {centre[0] + dir[0] * distance, centre[1] + dir[1] * distance,
                       centre[2] + dir[2] * distance};
    camera.up = up;
    return camera;
}

}  // namespace eqlab::widgets::figure

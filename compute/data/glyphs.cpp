#include "compute/data/glyphs.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/data/image_transform.h"

namespace eqlab::data {

namespace {

constexpr double kPi = std::numbers::pi;

// A segment a–b, or an arc of radius r about c from angle a0 counter-clockwise through sweep.
struct Stroke {
    bool arc = false;
    double ax = 0, ay = 0, bx = 0, by = 0;  // segment ends, or (ax, ay) the arc's centre
    double r = 0, a0 = 0, sweep = 0;        // arc: radius, start angle, sweep (radians)
};

Stroke seg(double ax, double ay, double bx, double by) {
    return {false, ax, ay, bx, by, 0, 0, 0};
}
Stroke arc(double cx, double cy, double r, double fromDeg, double sweepDeg) {
    return {true, cx, cy, 0, 0, r, fromDeg * kPi / 180.0, sweepDeg * kPi / 180.0};
}

// The strokes of each class, upright, within radius 0.75 of the origin.
const std::vector<std::vector<Stroke>>& glyphStrokes() {
    static const std::vector<std::vector<Stroke>> strokes = {
        {seg(-0.35, 0.6, -0.35, -0.6), seg(-0.35, -0.6, 0.4, -0.6)},   // L
        {seg(-0.5, 0.55, 0.5, 0.55), seg(0.0, 0.55, 0.0, -0.6)},       // T
        {arc(0.05, 0.0, 0.55, 50.0, 260.0)},                           // C
        {seg(-0.45, 0.55, 0.45, 0.55), seg(0.45, 0.55, -0.45, -0.55),  // Z
         seg(-0.45, -0.55, 0.45, -0.55)},
        {seg(0.25, 0.65, 0.25, -0.25), arc(-0.1, -0.25, 0.35, 0.0, -180.0)},  // J
        {seg(-0.45, 0.6, 0.0, -0.6), seg(0.0, -0.6, 0.45, 0.6)},              // V
    };
    return strokes;
}

double distanceToStroke(const Stroke& s, double px, double py) {
    if (!s.arc) {
        const double ex = s.bx - s.ax, ey = s.by - s.ay;
        const double len2 = ex * ex + ey * ey;
        double t = len2 > 0 ? ((px - s.ax) * ex + (py - s.ay) * ey) / len2 : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        return std::hypot(px - (s.ax + t * ex), py - (s.ay + t * ey));
    }
    const double vx = px - s.ax, vy = py - s.ay;
    // Angle of the point from the start of the arc, measured in the arc's direction, in [0, 2π).
    const double dir = s.sweep < 0 ? -1.0 : 1.0;
    double phi = dir * (std::atan2(vy, vx) - s.a0);
    phi = std::fmod(phi, 2 * kPi);
    if (phi < 0)
        phi += 2 * kPi;
    if (phi <= std::abs(s.sweep))
        return std::abs(std::hypot(vx, vy) - s.r);
    const double e0x = s.ax + s.r * std::cos(s.a0), e0y = s.ay + s.r * std::sin(s.a0);
    const double a1 = s.a0 + s.sweep;
    const double e1x = s.ax + s.r * std::cos(a1), e1y = s.ay + s.r * std::sin(a1);
    return std::min(std::hypot(px - e0x, py - e0y), std::hypot(px - e1x, py - e1y));
}

// The stroke after scaling by s, shifting by (dx, dy) and rotating by (c, sn).
Stroke posed(const Stroke& st, double s, double dx, double dy, double c, double sn,
             double radians) {
    auto move = [&](double& x, double& y) {
        const double X = s * x + dx, Y = s * y + dy;
        x = c * X - sn * Y;
        y = sn * X + c * Y;
    };
    Stroke out = st;
    move(out.ax, out.ay);
    if (st.arc) {
        out.r = s * st.r;
        out.a0 = st.a0 + radians;
    } else {
        move(out.bx, out.by);
    }
    return out;
}

}  // namespace

const std::vector<std::string>& glyphClassNames() {
    static const std::vector<std::string> names = {"L", "T", "C", "Z", "J", "V"};
    return names;
}

Eigen::VectorXd renderGlyph(int glyphClass, int n, const GlyphPose& pose) {
    const auto& all = glyphStrokes();
    if (glyphClass < 0 || glyphClass >= static_cast<int>(all.size()))
        throw Error(ErrorKind::InvalidArgument, "glyph: class must be between 0 and " +
                                                    std::to_string(all.size() - 1) + ", got " +
                                                    std::to_string(glyphClass));
    if (n < 3 || n > 256)
        throw Error(ErrorKind::InvalidArgument,
                    "glyph: size must be between 3 and 256, got " + std::to_string(n));
    double c = 1, sn = 0;
    cosSinDegrees(pose.degrees, c, sn);
    const double radians = pose.degrees * kPi / 180.0;
    std::vector<Stroke> strokes;
    for (const auto& st : all[static_cast<std::size_t>(glyphClass)])
        strokes.push_back(posed(st, pose.scale, pose.dx, pose.dy, c, sn, radians));

    const double pixel = 2.0 / n, h = 0.5 * (n - 1);
    Eigen::VectorXd image(n * n);
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col) {
            const double px = (col - h) * pixel, py = (h - row) * pixel;
            double d = std::numeric_limits<double>::infinity();
            for (const auto& st : strokes)
                d = std::min(d, distanceToStroke(st, px, py));
            image(row * n + col) = std::clamp(0.5 + (0.5 * pose.width - d) / pixel, 0.0, 1.0);
        }
    return image;
}

TaskData makeGlyphImages(const GlyphParams& params, std::uint64_t seed) {
    auto fail = [](const std::string& what) {
        throw Error(ErrorKind::InvalidArgument, "glyph images: " + what);
    };
    if (params.size < 5 || params.size > 64)
        fail("size must be between 5 and 64, got " + std::to_string(params.size));
    if (params.samples < 1)
        fail("samples must be at least 1, got " + std::to_string(params.samples));
    if (!(params.maxDegrees >= 0.0 && params.maxDegrees <= 360.0))
        fail("max_degrees must be between 0 and 360");
    if (!(params.noise >= 0.0))
        fail("noise must be >= 0");
    const int n = params.size;
    const int classes = static_cast<int>(glyphClassNames().size());

    TaskData d;
    d.imageChannels = 1;
    d.imageHeight = d.imageWidth = n;
    d.group = "C4";
    d.inputRep = "grid:" + std::to_string(n);
    d.classNames = glyphClassNames();
    d.classification = true;
    d.classes = classes;
    d.X.resize(n * n, params.samples);
    d.Y.resize(1, params.samples);

    Rng rng = Rng(seed).split(0x91f95);
    for (int s = 0; s < params.samples; ++s) {
        const int label = static_cast<int>(rng.below(static_cast<std::uint64_t>(classes)));
        GlyphPose pose;
        pose.degrees = rng.uniform(0.0, params.maxDegrees);
        if (params.jitter) {
            pose.scale = rng.uniform(0.85, 1.05);
            pose.dx = rng.uniform(-0.08, 0.08);
            pose.dy = rng.uniform(-0.08, 0.08);
            pose.width = rng.uniform(0.13, 0.19);
        }
        d.X.col(s) = renderGlyph(label, n, pose);
        if (params.noise > 0)
            for (int j = 0; j < n * n; ++j)
                d.X(j, s) += params.noise * rng.normal();
        d.Y(0, s) = label;
    }
    return d;
}

}  // namespace eqlab::data

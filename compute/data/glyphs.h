#pragma once

// Glyph images: procedural letters drawn from strokes (line segments and circular arcs),
// rasterised with anti-aliasing at any rotation angle (no fonts). The images of the "rotated
// glyphs" task and of the lesson on why only 90° is exact on a square grid.
//
// A glyph lives in the square [−1, 1]² (x right, y up) and stays within radius 0.95 of the
// centre, so rotating it never cuts it. Pixel (row, col) of an n × n image has its centre at
// ((col − (n−1)/2)·2/n, ((n−1)/2 − row)·2/n), and its value is the anti-aliased coverage
// clamp(½ + (w/2 − d)/pixel, 0, 1) with d the distance from the centre to the nearest stroke and w
// the stroke width. The value depends on the geometry only through distances, so a glyph drawn at
// θ + 90° is exactly (to round-off) the grid:n rotation of the glyph drawn at θ (tested).

#include <cstdint>
#include <string>
#include <vector>

#include "compute/data/tasks.h"

namespace eqlab::data {

// "L", "T", "C", "Z", "J", "V": no two are rotations of each other.
const std::vector<std::string>& glyphClassNames();

struct GlyphPose {
    double degrees = 0.0;       // counter-clockwise rotation about the image centre
    double scale = 1.0;         // of the glyph's strokes about their centre, before the rotation
    double dx = 0.0, dy = 0.0;  // shift of the glyph before the rotation, in [−1, 1]² units
    double width = 0.16;        // stroke width in [−1, 1]² units
};

// One glyph as an n × n image (row·n + col, values in [0, 1]). Error(InvalidArgument) for an
// unknown class or n < 3.
Eigen::VectorXd renderGlyph(int glyphClass, int n, const GlyphPose& pose);

struct GlyphParams {
    int size = 15;  // n
    int samples = 512;
    double maxDegrees = 360.0;  // angles uniform in [0, maxDegrees); 0 gives upright glyphs
    bool jitter = true;         // random scale 0.85–1.05, shift ±0.08, width 0.13–0.19
    double noise = 0.0;         // standard deviation of Gaussian pixel noise
};

// Deterministic in (params, seed). Result: n × n one-channel images, group "C4" acting by inputRep
// "grid:n" (the labels are invariant under every rotation; C4 is the part a square grid
// represents exactly), six classes.
TaskData makeGlyphImages(const GlyphParams& params, std::uint64_t seed);

}  // namespace eqlab::data

#pragma once

// A hand-made session snapshot for the lab's view tests: three runs (a plain MLP, the MLP with
// augmentation, an equivariant net) on C4 = {e, r, r², r³}, 200 steps, metrics every 20 steps,
// tables, filters and orbits with values chosen so that each view has something to show: the
// equivariant net's errors sit at round-off (1e-16), the MLP's near 0.3, so error charts span
// decades.

#include <cmath>
#include <memory>

#include "compute/train/session.h"

namespace eqlab::tests {

inline constexpr int kLabRuns = 3;
inline constexpr int kLabSteps = 200;
inline constexpr int kLabMetricEvery = 20;

// The invariance error of run r at layer l after step s (the numbers the charts show).
inline double labError(int run, int layer, std::int64_t step) {
    if (run == 2) {
        return 1e-16 * (1 + layer);  // equivariant: round-off
    }
    const double base = run == 0 ? 0.3 : 0.05;  // augmentation lowers it
    return base * (1 + 0.5 * layer) * std::exp(-static_cast<double>(step) / 400.0);
}

inline double labLoss(int run, std::int64_t step) {
    return (1.0 + 0.3 * run) * std::exp(-static_cast<double>(step) / 60.0) + 0.02 +
           0.01 * std::sin(0.7 * static_cast<double>(step) + run);
}

// A 5 × 5 "filter": an oriented bar rotated by quarter turns.
inline train::FilterImage labFilter(int channel, int rotation) {
    train::FilterImage f;
    f.height = f.width = 5;
    f.label = "ch " + std::to_string(channel) + ", r" + std::to_string(90 * rotation);
    f.pixels.resize(25);
    for (int y = 0; y < 5; ++y) {
        for (int x = 0; x < 5; ++x) {
            // Rotate (x, y) back by the rotation, then evaluate the base pattern.
            int u = x - 2, v = y - 2;
            for (int k = 0; k < rotation; ++k) {
                const int t = u;
                u = v;
                v = -t;
            }
            const double bar = channel == 0 ? (v == 0 ? 1.0 : -0.25 * std::abs(v))
                                            : (u == v ? 0.8 : (u == -v ? -0.6 : 0.0));
            f.pixels[static_cast<std::size_t>(y) * 5 + x] = bar + 0.1 * u;
        }
    }
    return f;
}

inline std::shared_ptr<train::SessionSnapshot> labSnapshot(std::int64_t steps = kLabSteps) {
    auto snapshot = std::make_shared<train::SessionSnapshot>();
    snapshot->step = steps;
    snapshot->totalSteps = 400;
    snapshot->group = "C4";
    snapshot->groupElementNames = {"e", "r", "r²", "r³"};
    snapshot->generatorEdges = {{1, 2, 3, 0}};  // g -> g·r
    const char* labels[kLabRuns] = {"mlp", "augmented", "equivariant"};
    const std::vector<std::string> layers = {"dense 1", "relu", "dense 2"};
    for (int r = 0; r < kLabRuns; ++r) {
        train::RunSnapshot run;
        run.label = labels[r];
        run.step = steps;
        run.layerNames = layers;
        run.parameterCount = 100 - 30 * r;
        for (std::int64_t s = 0; s < steps; ++s) {
            run.losses.push_back(labLoss(r, s));
        }
        for (std::int64_t s = 0; s <= steps; s += kLabMetricEvery) {
            metrics::MetricRecord record;
            record.step = s;
            record.values.push_back({"train_loss", labLoss(r, s)});
            record.values.push_back({"accuracy", 1.0 - 0.5 * std::exp(-s / 50.0)});
            for (int l = 0; l < 3; ++l) {
                record.values.push_back({"invariance_error/" + layers[l], labError(r, l, s)});
            }
            run.metrics.push_back(record);
        }
        // Equivariance error per element × layer: the identity moves nothing.
        metrics::MetricTable perElement;
        perElement.name = "equivariance_per_element";
        perElement.rowTitle = "group element";
        perElement.columnTitle = "layer";
        perElement.valueTitle = "relative error";
        perElement.rowLabels = snapshot->groupElementNames;
        perElement.columnLabels = layers;
        perElement.rows = 4;
        perElement.cols = 3;
        for (int g = 0; g < 4; ++g) {
            for (int l = 0; l < 3; ++l) {
                perElement.values.push_back(
                    g == 0 ? 0.0 : labError(r, l, steps) * (g == 2 ? 1.5 : 1.0) + 1e-16);
            }
        }
        run.tables.push_back(perElement);
        // Error versus rotation angle: zero at multiples of 90°, largest in between.
        metrics::MetricTable angle;
        angle.name = "error_vs_angle";
        angle.rowTitle = "";
        angle.columnTitle = "rotation angle (degrees)";
        angle.valueTitle = "relative error";
        angle.rows = 1;
        angle.cols = 25;
        for (int c = 0; c < 25; ++c) {
            const double degrees = 15.0 * c;
            angle.columnLabels.push_back(std::to_string(static_cast<int>(degrees)) + "°");
            const double off = std::abs(std::sin(degrees * M_PI / 90.0));
            angle.values.push_back(r == 2 ? 1e-15 + 0.2 * off : (0.3 - 0.1 * r) * (0.3 + off));
        }
        run.tables.push_back(angle);
        // Alignment: a permutation of 6 hidden units with signs, and a little noise.
        metrics::MetricTable alignment;
        alignment.name = "alignment";
        alignment.rowTitle = "unit of net A";
        alignment.columnTitle = "unit of net B";
        alignment.valueTitle = "correlation";
        alignment.rows = alignment.cols = 6;
        const int match[6] = {3, 0, 5, 1, 4, 2};
        for (int i = 0; i < 6; ++i) {
            for (int j = 0; j < 6; ++j) {
                alignment.values.push_back(j == match[i] ? (i % 2 ? -0.9 : 0.95)
                                                         : 0.05 * std::sin(i * 7 + j));
            }
        }
        run.tables.push_back(alignment);
        if (r == 2) {
            for (int channel = 0; channel < 2; ++channel) {
                for (int rotation = 0; rotation < 4; ++rotation) {
                    run.filters.push_back(labFilter(channel, rotation));
                }
            }
        } else {
            run.filters.push_back(labFilter(r, 0));
        }
        // Orbits: a square in layer 1, shrinking towards a point in later layers of the
        // equivariant net (which is invariant at its output).
        for (int l = 0; l < 3; ++l) {
            train::LayerOrbit orbit;
            orbit.layerName = layers[l];
            const double radius = r == 2 ? (l == 2 ? 0.0 : 1.0 / (1 + l)) : 1.0 - 0.2 * l;
            for (int g = 0; g < 4; ++g) {
                orbit.points.push_back(radius * std::cos(g * M_PI / 2));
                orbit.points.push_back(radius * std::sin(g * M_PI / 2));
                orbit.points.push_back(0.3 * l + 0.1 * g * (r != 2));
            }
            orbit.invarianceSpread = radius;
            run.orbit.push_back(orbit);
        }
        snapshot->runs.push_back(std::move(run));
    }
    return snapshot;
}

// Thumbnails of four samples: 6 × 6 grey ramps at different angles.
inline std::vector<train::FilterImage> labSamples() {
    std::vector<train::FilterImage> samples;
    for (int k = 0; k < 4; ++k) {
        train::FilterImage image;
        image.label = "sample " + std::to_string(k);
        image.height = image.width = 6;
        for (int y = 0; y < 6; ++y) {
            for (int x = 0; x < 6; ++x) {
                image.pixels.push_back(k % 2 ? x + k * y : y - k * x);
            }
        }
        samples.push_back(image);
    }
    return samples;
}

}  // namespace eqlab::tests

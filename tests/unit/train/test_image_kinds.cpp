// The image, point-set and pattern kinds through the experiment runner (the same path as
// `eqlab run`): task kinds, G-CNN and group-average layer kinds, the symmetry metric kinds, and
// augmentation in the session (bit-identical across thread counts); wrong combinations are
// refused with messages that name the place.

#include <QTest>

#include <cmath>

#include <cstring>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/train/experiment_run.h"
#include "experiment_helpers.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::train;
using eqlab::metrics::MetricTable;
using eqlab::tests::outcome;
using eqlab::tests::runExperimentJson;

namespace {

const MetricTable* table(const RunOutcome& o, const std::string& name) {
    for (const auto& t : o.tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

const char* kAveraging = R"({
  "eqlab_experiment": 1, "group": "D4",
  "task": {"kind": "polyomino", "cells": 3, "size": 5, "samples": 64, "noise": 0.1},
  "runs": [
    {"label": "mlp", "model": [{"type": "dense", "out": 8}, {"type": "activation", "function": "tanh"},
                               {"type": "dense", "out": 2}]},
    {"label": "augmented", "augment": true,
     "model": [{"type": "dense", "out": 8}, {"type": "activation", "function": "tanh"},
               {"type": "dense", "out": 2}]},
    {"label": "averaged", "model": [{"type": "group-average", "model": [
       {"type": "dense", "out": 8}, {"type": "activation", "function": "tanh"},
       {"type": "dense", "out": 2}]}]}],
  "loss": "cross-entropy", "steps": 12, "batch": 20, "chunk": 8,
  "metrics": {"every": 6, "compute": ["loss", "invariance", "orbit-spread"]}})";

const char* kGcnn = R"({
  "eqlab_experiment": 1, "group": "D4",
  "task": {"kind": "polyomino", "cells": 4, "size": 7, "samples": 32},
  "model": [{"type": "lift", "group": "D4", "channels": 2}, {"type": "activation", "function": "relu"},
            {"type": "gconv", "channels": 2}, {"type": "activation", "function": "relu"},
            {"type": "group-pool", "pool": "max"}, {"type": "global-avg-pool"},
            {"type": "dense", "out": 5}],
  "loss": "cross-entropy", "steps": 2, "batch": 16, "chunk": 8,
  "metrics": {"every": 1, "compute": ["invariance", {"kind": "layer-symmetry", "samples": 4},
                                      {"kind": "angle-curve", "samples": 4, "step_degrees": 45}]}})";

}  // namespace

class TestImageKinds : public QObject {
    Q_OBJECT
private slots:
    // Averaged: round-off. Augmented: trains on moved samples. Both bit-identical on 1 and 2
    // threads.
    void averagingAndAugmentation() {
        const auto one = runExperimentJson(kAveraging, 1), two = runExperimentJson(kAveraging, 2);
        for (const char* label : {"mlp", "augmented", "averaged"}) {
            const auto& a = outcome(one, label).batchLosses;
            const auto& b = outcome(two, label).batchLosses;
            QCOMPARE(a.size(), std::size_t(12));
            QVERIFY(std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
        }
        QVERIFY(outcome(one, "mlp").batchLosses[0] != outcome(one, "augmented").batchLosses[0]);
        QVERIFY(*outcome(one, "averaged").finalValue("invariance_error") <= 1e-14);
        QVERIFY(*outcome(one, "mlp").finalValue("invariance_error") > 1e-3);
        QVERIFY(*outcome(one, "averaged").finalValue("orbit_spread_output") <= 1e-13);
        QVERIFY(*outcome(one, "mlp").finalValue("orbit_spread_output") > 1e-3);
    }

    void gcnnLayersAndTables() {
        const auto r = runExperimentJson(kGcnn);
        const auto& o = r.runs.front();
        QVERIFY(*o.finalValue("invariance_error") <= 1e-13);
        QVERIFY(*o.finalValue("layer_error_max") <= 1e-13);
        QVERIFY(*o.finalValue("invariance_error_quarter_turns") <= 1e-13);
        QVERIFY(*o.finalValue("invariance_error_45deg") > 1e-3);
        const MetricTable* perElement = table(o, "symmetry_error_per_element_and_layer");
        QVERIFY(perElement);
        QCOMPARE(perElement->rows, 8);
        QCOMPARE(perElement->cols, 7);
        QCOMPARE(int(perElement->values.size()), 56);
        QCOMPARE(perElement->rowLabels[4], std::string("s"));
        const MetricTable* curve = table(o, "invariance_error_vs_angle");
        QVERIFY(curve);
        QCOMPARE(curve->columnLabels,
                 (std::vector<std::string>{"0", "45", "90", "135", "180", "225", "270", "315"}));
        // lift(D4) 1->2 3x3: 9·2 + 2; gconv 2x8 -> 2: 2·2·8·9 + 2; dense 2 -> 5: 15.
        QCOMPARE(o.parameterCount, std::int64_t(20 + 290 + 15));
    }

    // Point sets under O (the experiment's group overrides the task's I), averaged exactly.
    void pointSetsAveraged() {
        const auto r = runExperimentJson(R"({
          "eqlab_experiment": 1, "group": "O",
          "task": {"kind": "point-sets", "samples": 40},
          "model": [{"type": "group-average", "model": [{"type": "dense", "out": 8},
                     {"type": "activation", "function": "relu"}, {"type": "dense", "out": 5}]}],
          "loss": "cross-entropy", "steps": 2, "batch": 8, "chunk": 8})");
        QVERIFY(*r.runs.front().finalValue("invariance_error") <= 1e-13);
    }

    void stabilizerReconstruction() {
        const auto r = runExperimentJson(R"({
          "eqlab_experiment": 1,
          "task": {"kind": "binary-patterns", "size": 3, "symmetry": "D4"},
          "model": [{"type": "dense", "out": 3, "bias": false}, {"type": "activation", "function": "tanh"},
                    {"type": "dense", "out": 9, "bias": false}],
          "loss": "mse", "steps": 2, "batch": 64, "chunk": 16,
          "metrics": {"every": 1, "compute": ["stabilizer-reconstruction"]}})");
        const auto& o = r.runs.front();
        for (const char* name : {"recon_error_stab1", "recon_error_stab2", "recon_error_stab4",
                                 "recon_error_stab8", "recon_error_stab_ratio"})
            QVERIFY2(o.finalValue(name).has_value(), name);
        const MetricTable* t = table(o, "reconstruction_error_by_stabilizer");
        QVERIFY(t);
        QCOMPARE(t->columnLabels, (std::vector<std::string>{"1", "2", "4", "8"}));
    }

    // A few D4 orbits, each pattern |Stab| times, through the runner: the rankings (over orbits
    // too) and the table by pixel count and stabilizer are made, every stabilizer order a column.
    void stabilizerOrderOnOrbits() {
        const auto r = runExperimentJson(R"({
          "eqlab_experiment": 1,
          "task": {"kind": "binary-patterns", "orbits": "equal-count", "weighting": "orbit",
                   "test_fraction": 0},
          "model": [{"type": "dense", "out": 3}, {"type": "activation", "function": "tanh"},
                    {"type": "dense", "out": 9}],
          "loss": "mse", "steps": 2, "batch": 96, "chunk": 16,
          "metrics": {"every": 1, "compute": ["stabilizer-order", "stabilizer-reconstruction"]}})");
        const auto& o = r.runs.front();
        for (const char* name : {"stab_gamma", "stab_gamma_same_count", "stab_gamma_orbits",
                                 "count_gamma", "recon_error_stab1", "recon_error_stab8"})
            QVERIFY2(o.finalValue(name).has_value(), name);
        const MetricTable* t = table(o, "reconstruction_error_by_count_and_stabilizer");
        QVERIFY(t);
        QCOMPARE(t->columnLabels, (std::vector<std::string>{"1", "2", "4", "8"}));
        QCOMPARE(t->rows, 5);  // pixel counts 0 to 4; only 3 and 4 occur
        // The ranking of the share of its step-0 error each orbit still has: at step 0 every
        // share is 1, all ties, so exactly 0; after a step the shares differ.
        QCOMPARE(o.metrics.front().step, std::int64_t{0});
        bool found = false;
        for (const auto& value : o.metrics.front().values) {
            if (value.name == "stab_gamma_progress") {
                found = true;
                QCOMPARE(value.value, 0.0);
            }
        }
        QVERIFY(found);
        const double later = *o.finalValue("stab_gamma_progress");
        QVERIFY2(std::isfinite(later) && later != 0.0 && std::abs(later) <= 1.0,
                 qPrintable(QString::number(later)));
    }

    void refusals_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        const QString set =
            R"("task": {"kind": "set-max", "set_size": 4, "samples": 16}, "group": "S4")";
        const QString image =
            R"("task": {"kind": "polyomino", "size": 7, "samples": 16}, "group": "D4")";
        QTest::newRow("lift on a vector") << set + R"(, "model": [{"type": "lift", "channels": 2}])"
                                          << "model[0]: lift needs a square image, got 4 values";
        QTest::newRow("gconv on an image")
            << image + R"(, "model": [{"type": "gconv", "channels": 2}])"
            << "model[0]: gconv needs the maps of a lift or gconv layer";
        QTest::newRow("even kernel")
            << image + R"(, "model": [{"type": "lift", "channels": 2, "kernel": 4}])"
            << "model[0]: kernel must be odd";
        QTest::newRow("group-pool on an image")
            << image + R"(, "model": [{"type": "group-pool"}])"
            << "model[0]: group-pool needs maps with a group axis";
        QTest::newRow("averaging without a group")
            << R"("task": {"kind": "xor"}, "model": [{"type": "group-average", "model": [{"type": "dense", "out": 2}]}])"
            << "model[0]: group-average needs the experiment's \"group\"";
        QTest::newRow("equivariant average without out_rep")
            << set +
                   R"(, "model": [{"type": "group-average", "output": "equivariant", "model": [{"type": "dense", "out": 1}]}])"
            << "model[0]: an equivariant group-average needs \"out_rep\"";
        QTest::newRow("angle curve without images")
            << set +
                   R"(, "model": [{"type": "dense", "out": 1}], "metrics": {"compute": ["angle-curve"]})"
            << "'angle-curve' needs image inputs";
        QTest::newRow("augmentation without a group")
            << R"("task": {"kind": "xor"}, "augment": true, "model": [{"type": "dense", "out": 2}])"
            << "augment: augmentation needs a group acting on the task's input";
    }
    void refusals() {
        QFETCH(QString, json);
        QFETCH(QString, message);
        const std::string text =
            "{\"eqlab_experiment\": 1, \"steps\": 1, " + json.toStdString() + "}";
        try {
            runExperimentJson(text);
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find(message.toStdString()) != std::string::npos,
                     e.what());
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestImageKinds)
#include "test_image_kinds.moc"

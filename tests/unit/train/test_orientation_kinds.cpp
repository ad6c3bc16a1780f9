// The orient-lift / orient-conv layer kinds and the orientation-curve metric through the
// experiment runner (the path of `eqlab run`): exact at the quarter turn, the angles of the curve,
// the orientation-angle split only for N > 4, the parameter counts against plain CNN layers
// (docs/math-orientation.md §O.3), and wrong combinations refused with messages naming the place.

#include <QTest>

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

const char* kStacks = R"({
  "eqlab_experiment": 1, "group": "C4",
  "task": {"kind": "glyphs", "size": 9, "samples": 32},
  "runs": [
    {"label": "n8", "model": [
      {"type": "orient-lift", "orientations": 8, "channels": 2, "kernel": 5},
      {"type": "activation", "function": "leaky-relu"},
      {"type": "orient-conv", "channels": 2, "kernel": 3},
      {"type": "group-pool", "pool": "max"}, {"type": "global-avg-pool"}, {"type": "dense", "out": 6}]},
    {"label": "cnn", "model": [
      {"type": "orient-lift", "orientations": 1, "channels": 2, "kernel": 5},
      {"type": "activation", "function": "leaky-relu"},
      {"type": "orient-conv", "channels": 2, "kernel": 3},
      {"type": "global-avg-pool"}, {"type": "dense", "out": 6}]}],
  "loss": "cross-entropy", "steps": 2, "batch": 16, "chunk": 8,
  "metrics": {"every": 2, "compute": [{"kind": "orientation-curve", "samples": 4, "step_degrees": 15}]}})";

}  // namespace

class TestOrientationKinds : public QObject {
    Q_OBJECT
private slots:
    void curveAndParameterCounts() {
        const auto r = runExperimentJson(kStacks);
        const auto& n8 = outcome(r, "n8");
        QVERIFY(*n8.finalValue("orientation_error_quarter") <= 1e-12);
        // 45° is the one orientation angle of N = 8 inside (0°, 90°); no net is exact there.
        QVERIFY(*n8.finalValue("orientation_error_grid") > 1e-4);
        QVERIFY(*n8.finalValue("orientation_error_between") > 1e-4);
        const MetricTable* curve = nullptr;
        for (const auto& t : n8.tables)
            if (t.name == "orientation_error_vs_angle")
                curve = &t;
        QVERIFY(curve);
        QCOMPARE(curve->columnLabels,
                 (std::vector<std::string>{"0", "15", "30", "45", "60", "75", "90"}));
        QCOMPARE(curve->values.front(), 0.0);
        QCOMPARE(*n8.finalValue("orientation_error_grid"), curve->values[3]);
        // lift: 2·21 + 2 (P = 21 for k = 5); conv: 2·2·8·9 + 2 (P = 9 for k = 3).
        QCOMPARE(*n8.finalValue("conv_parameters"), 44.0 + 290.0);
        // Same channels: 2·25 + 2 and 2·2·9 + 2. Same maps (16): 16·25 + 16 and 16·16·9 + 16.
        QCOMPARE(*n8.finalValue("cnn_parameters_same_channels"), 52.0 + 38.0);
        QCOMPARE(*n8.finalValue("cnn_parameters_same_maps"), 416.0 + 2320.0);

        const auto& cnn = outcome(r, "cnn");
        QVERIFY(*cnn.finalValue("orientation_error_quarter") > 1e-3);
        QVERIFY(!cnn.finalValue("orientation_error_grid").has_value());
        QCOMPARE(*cnn.finalValue("conv_parameters"), 2.0 * 21 + 2 + 2.0 * 2 * 9 + 2);
    }

    void refusals_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        const QString image =
            R"("task": {"kind": "glyphs", "size": 9, "samples": 16}, "group": "C4")";
        QTest::newRow("orient-conv on an image")
            << image + R"(, "model": [{"type": "orient-conv", "channels": 2}])"
            << "model[0]: orient-conv needs the orientation stack of an orient-lift";
        QTest::newRow("gconv after orient-lift")
            << image +
                   R"(, "model": [{"type": "orient-lift", "orientations": 8, "channels": 2}, {"type": "gconv", "channels": 2}])"
            << "model[1]: gconv needs C4/D4 maps, got an orientation stack of 8";
        QTest::newRow("orient-lift after orient-lift")
            << image +
                   R"(, "model": [{"type": "orient-lift", "channels": 2}, {"type": "orient-lift", "channels": 2}])"
            << "model[1]: orient-lift needs a plain image";
        QTest::newRow("even kernel")
            << image + R"(, "model": [{"type": "orient-lift", "channels": 2, "kernel": 4}])"
            << "model[0]: kernel must be odd";
        QTest::newRow("orientation curve without images")
            << R"("task": {"kind": "set-max", "set_size": 4, "samples": 16}, "group": "S4", "model": [{"type": "dense", "out": 1}], "metrics": {"compute": ["orientation-curve"]})"
            << "'orientation-curve' needs image inputs";
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

EQLAB_TEST_APPLESS_MAIN(TestOrientationKinds)
#include "test_orientation_kinds.moc"

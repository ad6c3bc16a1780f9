// The per-layer symmetry error over training (compute/metrics/layer_error_history.h): a session of
// the group-convolution lesson records, at every step its metrics are evaluated and only then, one
// error per layer: the mean over the elements g ≠ e of that step's per-element table, and the
// layer × step table the view draws holds exactly those numbers.

#include <QTest>
#include <cmath>

#include "compute/io/experiment.h"
#include "compute/metrics/layer_error_history.h"
#include "compute/train/session.h"
#include "suite/suite.h"

using namespace eqlab;

namespace {

io::ExperimentSpec lesson() {
    io::ExperimentSpec spec =
        io::readExperimentFile(std::string(EQLAB_LESSONS_DIR) + "/group-convolution.eqlab.json");
    spec.steps = 12;
    spec.metricEvery = 4;
    return spec;
}

const metrics::MetricTable* layerTable(const train::RunSnapshot& run) {
    for (const auto& table : run.tables) {
        if (table.name == metrics::kLayerSymmetryTable) {
            return &table;
        }
    }
    return nullptr;
}

}  // namespace

class TestLayerErrorHistory : public QObject {
    Q_OBJECT

private slots:
    void summaryIsTheMeanOverTheNonIdentityRows() {
        metrics::MetricTable t;
        t.name = metrics::kLayerSymmetryTable;
        t.rows = 3;
        t.cols = 2;
        t.values = {0, 0, 1e-3, 4, 3e-3, 8};
        const auto s = metrics::layerErrorSummary(t);
        QCOMPARE(s.size(), std::size_t(2));
        QCOMPARE(s[0], 2e-3);
        QCOMPARE(s[1], 6.0);
    }

    void recordedAtTheMetricStepsOnly() {
        train::SessionOptions options;
        options.withOrbits = false;
        options.withFilters = false;
        train::ExperimentSession session(lesson(), options);
        std::vector<std::vector<std::vector<double>>> expected(2);  // run, step, layer
        std::vector<std::int64_t> steps;
        const auto check = [&] {
            const auto snapshot = session.snapshot();
            for (std::size_t r = 0; r < 2; ++r) {
                const auto& run = snapshot->runs[r];
                const auto* table = layerTable(run);
                QVERIFY(table);
                if (r == 0 && (steps.empty() || steps.back() != run.metrics.back().step)) {
                    steps.push_back(run.metrics.back().step);
                }
                if (expected[r].size() < steps.size()) {
                    expected[r].push_back(metrics::layerErrorSummary(*table));
                }
                // The latest point is the summary of the per-step table of that step.
                QCOMPARE(run.layerErrors.points.back().step, run.metrics.back().step);
                QVERIFY(run.layerErrors.points.back().error == metrics::layerErrorSummary(*table));
                QCOMPARE(run.layerErrors.layerNames, table->columnLabels);
            }
        };
        check();
        while (session.step()) {
            check();
        }
        QCOMPARE(steps, (std::vector<std::int64_t>{0, 4, 8, 12}));
        const auto snapshot = session.snapshot();
        for (std::size_t r = 0; r < 2; ++r) {
            const auto& run = snapshot->runs[r];
            // One point per metric record, no more (bounded by the schedule, not the steps).
            QCOMPARE(run.layerErrors.points.size(), run.metrics.size());
            const metrics::MetricTable history = metrics::layerErrorHistoryTable(run.layerErrors);
            QCOMPARE(history.cols, 4);
            QCOMPARE(history.rows, static_cast<int>(run.layerErrors.layerNames.size()));
            QCOMPARE(history.columnLabels.back(), std::string("12"));
            for (int c = 0; c < history.cols; ++c) {
                for (int l = 0; l < history.rows; ++l) {
                    QCOMPARE(history.values[std::size_t(l * history.cols + c)],
                             expected[r][std::size_t(c)][std::size_t(l)]);
                }
                // layer_error_mean of that step is the mean of the point over the layers.
                double mean = 0;
                for (double e : expected[r][std::size_t(c)]) {
                    mean += e;
                }
                mean /= static_cast<double>(history.rows);
                for (const auto& v : run.metrics[std::size_t(c)].values) {
                    if (v.name == "layer_error_mean") {
                        QVERIFY(std::abs(v.value - mean) <= 1e-12 * std::max(1.0, mean));
                    }
                }
            }
        }
        // The C4-CNN breaks the flips in its last layers; the D4-CNN stays at round-off.
        const auto& c4 = snapshot->runs[0].layerErrors.points.back().error;
        const auto& d4 = snapshot->runs[1].layerErrors.points.back().error;
        QVERIFY(c4.back() > 1e-3);
        QVERIFY(d4.back() < 1e-10);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestLayerErrorHistory)
#include "test_layer_error_history.moc"

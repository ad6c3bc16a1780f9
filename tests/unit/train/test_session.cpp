// The experiment session, the one runner behind `eqlab run` and the window: several runs side by
// side, numbers independent of how step() calls are spaced (pause/resume) and of snapshots taken
// between them, reset to the same numbers, orbit data that shows invariance, and clear errors.

#include <QTest>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/train/experiment_run.h"
#include "compute/train/session.h"
#include "suite/suite.h"
#include "unit/set_nets.h"

using eqlab::Error;
using eqlab::ErrorKind;
using eqlab::io::ExperimentSpec;
using eqlab::io::layer;
using eqlab::train::ExperimentSession;

namespace {

// An MLP and a DeepSets net on Σ x_i² under S4 (both runs share task and seed).
ExperimentSpec twoRuns(const std::string& dtype = "double") {
    ExperimentSpec spec;
    spec.name = "two-runs";
    spec.task = eqlab::io::task("set-sum-of-squares", {{"set_size", 4}, {"samples", 64}});
    spec.explicitRuns = true;
    eqlab::io::RunSpec mlp, deepsets;
    mlp.label = "mlp";
    mlp.layers = eqlab::tests::mlpOnSets(8);
    deepsets.label = "deepsets";
    deepsets.layers = eqlab::tests::deepSetsOnSets(2);
    deepsets.learningRate = 0.05;
    spec.runs = {mlp, deepsets};
    spec.steps = 60;
    spec.batch = 16;
    spec.chunk = 8;
    spec.metricEvery = 20;
    spec.seed = 11;
    spec.dtype = eqlab::io::parseDtype(dtype);
    return spec;
}

}  // namespace

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void runsSideBySide() {
        ExperimentSession session(twoRuns());
        QCOMPARE(session.runCount(), 2);
        QCOMPARE(session.runLabel(0), std::string("mlp"));
        QCOMPARE(session.runLabel(1), std::string("deepsets"));
        int steps = 0;
        while (session.step()) {
            ++steps;
        }
        QCOMPARE(steps, 60);
        QVERIFY(session.finished());
        QVERIFY(!session.step());
        const auto outcomes = session.outcomes();
        QCOMPARE(outcomes.size(), std::size_t(2));
        for (const auto& run : outcomes) {
            QCOMPARE(run.stepsDone, std::int64_t(60));
            QCOMPARE(run.batchLosses.size(), std::size_t(60));
            // Step 0, 20, 40, 60.
            QCOMPARE(run.metrics.size(), std::size_t(4));
            QCOMPARE(run.metrics.back().step, std::int64_t(60));
        }
        // The per-run learning rate applies: the runs differ (not a copy of one another).
        QVERIFY(outcomes[0].batchLosses != outcomes[1].batchLosses);
    }

    void pausingAndSnapshotsDoNotChangeTheNumbers() {
        ExperimentSession straight(twoRuns());
        while (straight.step()) {
        }
        ExperimentSession interrupted(twoRuns());
        for (int i = 0; i < 25; ++i) {
            interrupted.step();
        }
        // A "pause": snapshots (orbits and filters computed from the model) between steps.
        interrupted.setOrbitSample(3);
        const auto paused = interrupted.snapshot();
        QCOMPARE(paused->step, std::int64_t(25));
        QCOMPARE(paused->runs[0].losses.size(), std::size_t(25));
        (void)interrupted.snapshot();
        while (interrupted.step()) {
        }
        const auto a = straight.outcomes();
        const auto b = interrupted.outcomes();
        for (std::size_t r = 0; r < a.size(); ++r) {
            QCOMPARE(a[r].batchLosses, b[r].batchLosses);  // bit for bit
            QCOMPARE(*a[r].finalValue("train_loss"), *b[r].finalValue("train_loss"));
        }
    }

    void resetGivesTheSameNumbers() {
        ExperimentSession session(twoRuns("float"));
        for (int i = 0; i < 30; ++i) {
            session.step();
        }
        const auto first = session.outcomes();
        for (int i = 0; i < 10; ++i) {
            session.step();
        }
        session.reset();
        QCOMPARE(session.stepsDone(), std::int64_t(0));
        for (int i = 0; i < 30; ++i) {
            session.step();
        }
        const auto again = session.outcomes();
        for (std::size_t r = 0; r < first.size(); ++r) {
            QCOMPARE(first[r].batchLosses, again[r].batchLosses);
        }
    }

    void orbitsCollapseOnlyInTheInvariantNet() {
        ExperimentSession session(twoRuns());
        for (int i = 0; i < 10; ++i) {
            session.step();
        }
        const auto snapshot = session.snapshot();
        QCOMPARE(snapshot->group, std::string("S4"));
        QCOMPARE(snapshot->groupElementNames.size(), std::size_t(24));
        QVERIFY(!snapshot->generatorEdges.empty());
        for (const auto& edges : snapshot->generatorEdges) {
            QCOMPARE(edges.size(), std::size_t(24));
        }
        const auto& mlp = snapshot->runs[0];
        const auto& deepsets = snapshot->runs[1];
        QCOMPARE(mlp.orbit.size(), std::size_t(3));  // one per top-level layer
        QCOMPARE(deepsets.orbit.size(), std::size_t(3));
        for (const auto& layer : deepsets.orbit) {
            QCOMPARE(layer.points.size(), std::size_t(24 * 3));
        }
        // The generic sample's orbit has 24 distinct points at the input and in the equivariant
        // hidden layers; the invariant output maps it to one point (to round-off); the MLP's
        // output does not.
        QVERIFY(deepsets.orbit[0].invarianceSpread > 1e-3);
        QVERIFY2(deepsets.orbit[2].invarianceSpread < 1e-12,
                 qPrintable(QString::number(deepsets.orbit[2].invarianceSpread)));
        QVERIFY(mlp.orbit[2].invarianceSpread > 1e-6);
        QCOMPARE(mlp.parameterCount, std::int64_t(4 * 8 + 8 + 8 + 1));
    }

    void headlineChecksTheFinalValues() {
        ExperimentSpec spec = twoRuns();
        spec.headline = eqlab::io::Headline{"deepsets is invariant",
                                            {{"deepsets", "invariance_error", true, 1e-12},
                                             {"mlp", "invariance_error", false, 1e-3}}};
        const auto result = eqlab::train::runExperiment(spec, 2, nullptr);
        QVERIFY(result.headline && result.headline->holds);
        QCOMPARE(result.headline->checks.size(), std::size_t(2));
        QVERIFY(*result.headline->checks[0].value < 1e-12);
        // The same runs against a threshold they cannot meet: the headline does not hold.
        spec.headline->checks[1] = {"mlp", "invariance_error", true, 1e-12};
        const auto failed = eqlab::train::checkHeadline(spec, result.runs);
        QVERIFY(failed && !failed->holds);
        QVERIFY(failed->checks[0].holds && !failed->checks[1].holds);
        // A metric the run never computed cannot hold.
        spec.headline->checks = {{"mlp", "accuracy", false, 0.0}};
        const auto missing = eqlab::train::checkHeadline(spec, result.runs);
        QVERIFY(!missing->holds && !missing->checks[0].value);
    }

    void metricsThatDoNotApplyAreNamed() {
        ExperimentSpec spec = twoRuns();
        spec.metrics = {{"accuracy", {}}};  // a regression task
        try {
            ExperimentSession session(spec);
            QFAIL("accuracy on a regression task was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Parse);
            QVERIFY2(QString(error.detail()).contains("metrics.compute[0]") &&
                         QString(error.detail()).contains("classification"),
                     error.detail());
        }
    }

    void aWrongShapeNamesTheRunAndLayer() {
        ExperimentSpec spec = twoRuns();
        spec.runs[1].layers[2] = layer("equivariant", {}, {{"in", "perm"}, {"out", "trivial"}});
        try {
            ExperimentSession session(spec);
            QFAIL("a dimension mismatch was accepted");
        } catch (const Error& error) {
            QVERIFY2(QString(error.detail()).contains("runs[1].model[2]"), error.detail());
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSession)
#include "test_session.moc"

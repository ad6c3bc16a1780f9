// Experiment files and the experiment runner: every field validated with a message naming it,
// the canonical form round-trips, runs learn, equivariant runs are invariant to round-off,
// and the written files do not depend on the thread count.

#include <QtTest>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/io/run_edits.h"
#include "compute/io/run_files.h"
#include "compute/train/experiment_run.h"
#include "unit/set_nets.h"

using eqlab::Error;
using eqlab::ErrorKind;
using eqlab::io::ExperimentSpec;
using eqlab::io::layer;
using eqlab::io::parseExperiment;

// The last value of a metric of the (first) run.
double final(const eqlab::train::ExperimentResult& result, const std::string& metric) {
    const auto value = result.runs.front().finalValue(metric);
    if (!value) {
        throw Error(ErrorKind::Internal, "metric " + metric + " was not computed");
    }
    return *value;
}

namespace {

const char* kValid = R"({
  "eqlab_experiment": 1,
  "name": "xor",
  "task": {"kind": "xor"},
  "model": [{"type": "dense", "out": 8}, {"type": "activation", "function": "tanh"},
            {"type": "dense", "out": 2}],
  "loss": "cross-entropy",
  "optimizer": {"kind": "adam", "lr": 0.05},
  "seed": 1, "steps": 300, "batch": 4, "chunk": 2,
  "metrics": {"every": 25}
})";

// Two runs, a lesson and a headline: the parts of the schema lessons use.
const char* kLesson = R"({
  "eqlab_experiment": 1,
  "name": "sets",
  "lesson": {"title": "Sets", "watch": "the error", "try": "set-max", "source": "Deep Sets"},
  "group": "S4",
  "task": {"kind": "set-max", "set_size": 4, "samples": 32},
  "model": [{"type": "dense", "out": 8}, {"type": "activation", "function": "relu"},
            {"type": "dense", "out": 1}],
  "runs": [
    {"label": "mlp"},
    {"label": "equivariant", "lr": 0.1, "model": [
      {"type": "equivariant", "in": "perm", "out": "perm"},
      {"type": "activation", "function": "relu"},
      {"type": "equivariant", "in": "perm", "out": "trivial"}]}
  ],
  "metrics": {"every": 10, "compute": ["loss", {"kind": "invariance", "samples": 8}]},
  "steps": 20,
  "headline": {"text": "invariant", "checks": [
    {"run": "equivariant", "metric": "invariance_error", "below": 1e-12},
    {"run": "mlp", "metric": "invariance_error", "above": 1e-6}]}
})";

// What parsing `base` with `from` replaced by `to` (as the file `file`) reports: the parse
// error's text, or a text saying why there is none (so that the caller's check fails).
QString parseErrorOf(const char* base, const QString& from, const QString& to, const char* file) {
    QString text = QString::fromUtf8(base);
    if (!text.contains(from)) {
        return QStringLiteral("the test's text to replace is not in the experiment: ") + from;
    }
    text.replace(from, to);
    try {
        parseExperiment(text.toStdString(), file);
    } catch (const Error& error) {
        return error.kind() == ErrorKind::Parse ? QString::fromUtf8(error.detail())
                                                : QStringLiteral("another kind of error");
    }
    return QStringLiteral("a malformed experiment was accepted");
}

ExperimentSpec setExperiment(bool equivariant, const std::string& dtype = "double") {
    ExperimentSpec spec;
    spec.name = equivariant ? "deepsets" : "mlp";
    spec.group = "S4";
    spec.task = eqlab::io::task("set-sum-of-squares", {{"set_size", 4}, {"samples", 128}});
    eqlab::io::RunSpec run;
    run.label = spec.name;
    run.layers = equivariant ? eqlab::tests::deepSetsOnSets(3) : eqlab::tests::mlpOnSets(16);
    spec.runs = {run};
    spec.learningRate = 0.02;
    spec.steps = 200;
    spec.batch = 32;
    spec.chunk = 8;
    spec.metricEvery = 50;
    spec.seed = 5;
    spec.dtype = eqlab::io::parseDtype(dtype);
    return spec;
}

}  // namespace

class TestExperiment : public QObject {
    Q_OBJECT

private slots:
    void parsesAValidFile() {
        const ExperimentSpec spec = parseExperiment(kValid, "xor.eqlab.json");
        QCOMPARE(spec.name, std::string("xor"));
        QCOMPARE(spec.runs.size(), std::size_t(1));
        const auto& layers = spec.runs.front().layers;
        QCOMPARE(layers.size(), std::size_t(3));
        QCOMPARE(layers[0].params.integer("out"), std::int64_t(8));
        QCOMPARE(layers[1].params.text("function"), std::string("tanh"));
        QCOMPARE(spec.learningRate, 0.05);
        QCOMPARE(spec.steps, std::int64_t(300));
        QVERIFY(spec.loss == eqlab::io::LossKind::CrossEntropy);
    }

    void canonicalFormRoundTrips() {
        const ExperimentSpec spec = parseExperiment(kValid, "xor.eqlab.json");
        const std::string canonical = eqlab::io::experimentToJson(spec);
        const ExperimentSpec again = parseExperiment(canonical, "copy");
        QCOMPARE(eqlab::io::experimentToJson(again), canonical);
    }

    // The workbench's run edits keep the spec valid: what they give writes a file that parses
    // back to the same canonical text, and the headline follows renamed and removed runs.
    void runEditsKeepTheExperimentValid() {
        using namespace eqlab::io;
        ExperimentSpec spec = parseExperiment(kLesson, "sets.eqlab.json");
        const std::string first = spec.runs[0].label, second = spec.runs[1].label;
        const auto roundTrips = [](const ExperimentSpec& s) {
            const std::string text = experimentToJson(s);
            return experimentToJson(parseExperiment(text, "edited")) == text;
        };

        QCOMPARE(duplicateRun(spec, 0), 1);
        QCOMPARE(spec.runs[1].label, first + " copy");
        QCOMPARE(duplicateRun(spec, 0), 1);
        QCOMPARE(spec.runs[1].label, first + " copy 2");  // labels stay unique
        QVERIFY(roundTrips(spec));

        renameRun(spec, 0, "plain");
        for (const auto& check : spec.headline->checks) {
            QVERIFY(check.run != first);
        }
        QVERIFY(roundTrips(spec));
        QVERIFY_THROWS_EXCEPTION(Error, renameRun(spec, 0, second));  // taken
        QVERIFY_THROWS_EXCEPTION(Error, renameRun(spec, 0, ""));
        QVERIFY_THROWS_EXCEPTION(Error, renameRun(spec, 9, "x"));
        QCOMPARE(spec.runs[0].label, std::string("plain"));

        RunSpec added = spec.runs[0];
        added.label = "plain";
        QCOMPARE(addRun(spec, added), 4);
        QCOMPARE(spec.runs[4].label, std::string("plain 2"));

        // Removing a run drops its checks; the headline goes with its last check.
        const std::size_t checks = spec.headline->checks.size();
        removeRun(spec, 0);
        QVERIFY(spec.headline->checks.size() < checks);
        QVERIFY(roundTrips(spec));
        while (spec.runs.size() > 1) {
            removeRun(spec, 0);
        }
        QVERIFY(roundTrips(spec));
        QVERIFY_THROWS_EXCEPTION(Error, removeRun(spec, 0));  // the only run stays
        QCOMPARE(spec.runs.size(), std::size_t(1));

        // A single-run file becomes one with runs when a run is added.
        ExperimentSpec single = parseExperiment(kValid, "xor.eqlab.json");
        QVERIFY(!single.explicitRuns);
        addRun(single, single.runs[0]);
        QVERIFY(single.explicitRuns);
        QCOMPARE(single.runs[1].label, single.runs[0].label + " 2");
        QVERIFY(roundTrips(single));
    }

    void parsesRunsLessonsAndHeadlines() {
        const ExperimentSpec spec = parseExperiment(kLesson, "sets.eqlab.json");
        QVERIFY(spec.explicitRuns);
        QCOMPARE(spec.runs.size(), std::size_t(2));
        QCOMPARE(spec.runs[0].layers.size(), std::size_t(3));  // inherited from "model"
        QCOMPARE(spec.runs[0].layers[0].type, std::string("dense"));
        QVERIFY(!spec.runs[0].learningRate);
        QCOMPARE(*spec.runs[1].learningRate, 0.1);
        QCOMPARE(spec.runs[1].layers[2].params.text("out"), std::string("trivial"));
        QCOMPARE(spec.metrics.size(), std::size_t(2));
        QCOMPARE(spec.metrics[1].params.integer("samples"), std::int64_t(8));
        QCOMPARE(spec.lesson->title, std::string("Sets"));
        QCOMPARE(spec.headline->checks.size(), std::size_t(2));
        QVERIFY(spec.headline->checks[0].below && !spec.headline->checks[1].below);
        QCOMPARE(spec.headline->checks[1].threshold, 1e-6);
        // The canonical form keeps all of it.
        const std::string canonical = eqlab::io::experimentToJson(spec);
        QCOMPARE(eqlab::io::experimentToJson(parseExperiment(canonical, "copy")), canonical);
        // And it runs: the headline holds.
        const auto result = eqlab::train::runExperiment(spec, 1, nullptr);
        QVERIFY(result.headline && result.headline->holds);
        QCOMPARE(result.runs[1].metrics.front().values.size(), std::size_t(2));
    }

    void malformedLessonsNameTheField_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("duplicate label") << R"({"label": "equivariant", "lr")"
                                         << R"({"label": "mlp", "lr")"
                                         << "field 'runs[1].label'";
        QTest::newRow("below and above") << R"("below": 1e-12})"
                                         << R"("below": 1e-12, "above": 0})"
                                         << "field 'headline.checks[0]'";
        QTest::newRow("unknown run") << R"({"run": "mlp")"
                                     << R"({"run": "cnn")"
                                     << "field 'headline.checks[1].run'";
        QTest::newRow("unknown metric kind") << R"(["loss", )"
                                             << R"(["los", )"
                                             << "field 'metrics.compute[0]'";
        QTest::newRow("metric parameter") << R"("samples": 8)"
                                          << R"("samples": 0)"
                                          << "field 'metrics.compute[1].samples'";
        QTest::newRow("lesson without title") << R"("title": "Sets", )"
                                              << ""
                                              << "field 'lesson.title'";
        QTest::newRow("run typo") << R"({"label": "mlp"})"
                                  << R"({"label": "mlp", "agument": true})"
                                  << "field 'runs[0].agument'";
    }

    void malformedLessonsNameTheField() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        const QString detail = parseErrorOf(kLesson, from, to, "sets.eqlab.json");
        QVERIFY2(detail.contains(field), qPrintable(detail));
    }

    void malformedFilesNameTheField_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative lr") << R"("lr": 0.05)"
                                     << R"("lr": -0.1)"
                                     << "field 'optimizer.lr'";
        QTest::newRow("misspelt optimizer") << R"("optimizer": )"
                                            << R"("optimiser": )"
                                            << "field 'optimiser': unknown field";
        QTest::newRow("zero steps") << R"("steps": 300)"
                                    << R"("steps": 0)"
                                    << "field 'steps'";
        QTest::newRow("fractional batch") << R"("batch": 4)"
                                          << R"("batch": 4.5)"
                                          << "field 'batch': expected an integer";
        QTest::newRow("seed as text") << R"("seed": 1)"
                                      << R"("seed": "one")"
                                      << "field 'seed'";
        QTest::newRow("bad activation") << R"("function": "tanh")"
                                        << R"("function": "tanhh")"
                                        << "field 'model[1].function'";
        QTest::newRow("dense without out") << R"({"type": "dense", "out": 8})"
                                           << R"({"type": "dense"})"
                                           << "field 'model[0].out': missing";
        QTest::newRow("unknown task") << R"("kind": "xor")"
                                      << R"("kind": "mnist")"
                                      << "field 'task.kind'";
        QTest::newRow("no schema") << R"("eqlab_experiment": 1,)"
                                   << ""
                                   << "field 'eqlab_experiment'";
        QTest::newRow("future schema") << R"("eqlab_experiment": 1)"
                                       << R"("eqlab_experiment": 2)"
                                       << "field 'eqlab_experiment'";
        QTest::newRow("unknown layer type") << R"({"type": "dense", "out": 8})"
                                            << R"({"type": "convolution", "out": 8})"
                                            << "field 'model[0].type'";
        QTest::newRow("not JSON") << R"("seed": 1,)"
                                  << R"("seed": 1,,)"
                                  << "xor.eqlab.json";
    }

    void malformedFilesNameTheField() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        const QString detail = parseErrorOf(kValid, from, to, "xor.eqlab.json");
        QVERIFY2(detail.contains(field), qPrintable(detail));
        QVERIFY2(detail.startsWith("xor.eqlab.json"), qPrintable(detail));
    }

    void xorIsLearned() {
        const auto result = eqlab::train::runExperiment(parseExperiment(kValid, "xor"), 1, nullptr);
        QVERIFY(!result.divergence());
        QCOMPARE(result.runs.front().stepsDone, std::int64_t(300));
        QCOMPARE(final(result, "accuracy"), 1.0);
        QVERIFY(final(result, "train_loss") < 0.05);
        // step 0, 25, ..., 300
        QCOMPARE(result.runs.front().metrics.size(), std::size_t(300 / 25 + 1));
    }

    void equivariantNetIsInvariantAndMlpIsNot() {
        const auto deepsets = eqlab::train::runExperiment(setExperiment(true), 2, nullptr);
        const auto mlp = eqlab::train::runExperiment(setExperiment(false), 2, nullptr);
        QVERIFY(!deepsets.divergence() && !mlp.divergence());
        // Exact by construction (double): only round-off separates f(g·x) from f(x).
        QVERIFY2(final(deepsets, "invariance_error") < 1e-12,
                 qPrintable(QString::number(final(deepsets, "invariance_error"))));
        QVERIFY2(final(mlp, "invariance_error") > 1e-3,
                 qPrintable(QString::number(final(mlp, "invariance_error"))));
        // And it learns Σ x_i², which it can represent exactly (square activation).
        const auto& records = deepsets.runs.front().metrics;
        QVERIFY(final(deepsets, "train_loss") < 0.1 * records.front().values.front().value);
    }

    void filesDoNotDependOnTheThreadCount_data() {
        QTest::addColumn<QString>("dtype");
        QTest::newRow("double") << "double";
        QTest::newRow("float") << "float";
    }

    void filesDoNotDependOnTheThreadCount() {
        QFETCH(QString, dtype);
        for (bool equivariant : {false, true}) {
            const auto spec = setExperiment(equivariant, dtype.toStdString());
            const auto one = eqlab::train::runExperiment(spec, 1, nullptr);
            const auto two = eqlab::train::runExperiment(spec, 2, nullptr);
            QCOMPARE(eqlab::io::lossesCsv(one), eqlab::io::lossesCsv(two));
            QCOMPARE(eqlab::io::metricsCsv(one), eqlab::io::metricsCsv(two));
            QCOMPARE(eqlab::io::summaryJson(one), eqlab::io::summaryJson(two));
        }
    }

    void aDivergentRunIsReported() {
        ExperimentSpec spec = setExperiment(false);
        spec.optimizer = eqlab::io::OptimizerKind::Sgd;
        spec.learningRate = 1e6;
        const auto result = eqlab::train::runExperiment(spec, 2, nullptr);
        QVERIFY(result.divergence() != nullptr);
        QCOMPARE(result.divergence()->kind(), ErrorKind::Divergence);
        QVERIFY2(QString(result.divergence()->detail()).contains("step"),
                 result.divergence()->detail());
        QVERIFY(result.runs.front().stepsDone < spec.steps);
        QVERIFY(QString::fromStdString(eqlab::io::summaryJson(result)).contains("\"diverged\""));
    }

    void anEquivariantLayerNeedsAGroup() {
        // xor names no group and the experiment names none: known only when the model is built.
        QString text = kValid;
        text.replace(R"({"type": "dense", "out": 8})",
                     R"({"type": "equivariant", "in": "perm", "out": "perm"})");
        try {
            eqlab::train::runExperiment(parseExperiment(text.toStdString(), "xor"), 1, nullptr);
            QFAIL("an equivariant layer without a group was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Parse);
            QVERIFY2(QString(error.detail()).contains("model[0]") &&
                         QString(error.detail()).contains("group"),
                     error.detail());
        }
    }

    void aWrongRepresentationIsAParseError() {
        ExperimentSpec spec = setExperiment(true);
        spec.runs[0].layers[0].params.setText("in", "std*");
        QVERIFY_THROWS_EXCEPTION(Error, eqlab::train::runExperiment(spec, 1, nullptr));
        spec = setExperiment(true);
        spec.runs[0].layers[0].params.setText("in", "regular");  // dimension 24, the task gives 4
        try {
            eqlab::train::runExperiment(spec, 1, nullptr);
            QFAIL("a dimension mismatch was accepted");
        } catch (const Error& error) {
            QVERIFY2(QString(error.detail()).contains("model[0]"), error.detail());
        }
    }
};

QTEST_APPLESS_MAIN(TestExperiment)
#include "test_experiment.moc"

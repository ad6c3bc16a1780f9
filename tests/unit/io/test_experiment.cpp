// Experiment files and the experiment runner: every field validated with a message naming it,
// the canonical form round-trips, runs learn, equivariant runs are invariant to round-off,
// and the written files do not depend on the thread count.

#include <QTest>
#include <cmath>
#include <map>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/io/experiment.h"
#include "compute/io/field_path.h"
#include "compute/io/number_format.h"
#include "compute/io/run_edits.h"
#include "compute/train/experiment_run.h"
#include "compute/train/run_files.h"
#include "suite/suite.h"
#include "unit/io/xor_experiment.h"
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

    // Variants name runs by index: duplicating, adding and removing runs keeps every edit on the
    // run it was written for, and the edited experiment (variants included) reads back.
    void runEditsKeepVariantsOnTheirRuns() {
        using eqlab::io::experimentToJson;
        QString text = QString::fromUtf8(kLesson);
        text.replace(R"("steps": 20,)",
                     R"("steps": 20, "variants": [{"name": "v", "set": {"runs[0].augment": true, )"
                     R"("runs[1].model[0].out": "2*perm", "runs[1].model[2].in": "2*perm"}}, )"
                     R"({"name": "only mlp", "set": {"runs[0].lr": 0.5}}],)");
        ExperimentSpec spec = parseExperiment(text.toStdString(), "v.json");
        eqlab::io::duplicateRun(spec, 0);  // mlp, mlp copy, equivariant
        QCOMPARE(spec.variants[0].set[1].first, std::string("runs[2].model[0].out"));
        QCOMPARE(spec.variants[0].set[0].first, std::string("runs[0].augment"));
        ExperimentSpec again = parseExperiment(experimentToJson(spec), "c.json");
        QVERIFY(eqlab::io::applyVariant(again, again.variants[0]).runs[0].augment);
        eqlab::io::removeRun(spec, 0);  // mlp copy, equivariant: the mlp's edits go
        QCOMPARE(spec.variants.size(), std::size_t(1));
        QCOMPARE(spec.variants[0].set.size(), std::size_t(2));
        QCOMPARE(spec.variants[0].set[0].first, std::string("runs[1].model[0].out"));
        again = parseExperiment(experimentToJson(spec), "c.json");
        QCOMPARE(experimentToJson(again), experimentToJson(spec));
        // A single-run file's "model" edits follow it into "runs".
        QString single = QString::fromUtf8(kValid);
        single.replace(
            R"("metrics": {"every": 25})",
            R"("metrics": {"every": 25}, "variants": [{"name": "w", "set": {"model[0].out": 4}}])");
        ExperimentSpec one = parseExperiment(single.toStdString(), "s.json");
        eqlab::io::duplicateRun(one, 0);
        QCOMPARE(one.variants[0].set[0].first, std::string("runs[0].model[0].out"));
        QCOMPARE(
            eqlab::io::applyVariant(one, one.variants[0]).runs[0].layers[0].params.integer("out"),
            std::int64_t(4));
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
        // Typed settings: one of a few names, anything else names the field.
        QTest::newRow("unknown dtype")
            << R"("loss": "cross-entropy")"
            << R"("loss": "cross-entropy", "dtype": "half")"
            << "field 'dtype': expected one of double, float, got 'half'";
        QTest::newRow("unknown loss") << R"("loss": "cross-entropy")"
                                      << R"("loss": "hinge")"
                                      << "field 'loss': expected one of mse, cross-entropy, got "
                                         "'hinge'";
        QTest::newRow("unknown optimizer") << R"("kind": "adam")"
                                           << R"("kind": "rmsprop")"
                                           << "field 'optimizer.kind': expected one of sgd, "
                                              "momentum, adam, got 'rmsprop'";
        QTest::newRow("unknown schedule")
            << R"("seed": 1,)"
            << R"("schedule": {"kind": "step"}, "seed": 1,)"
            << "field 'schedule.kind': expected one of constant, cosine, got 'step'";
        // Test sets: xor has none; a drawn test set's size is an integer >= 0.
        QTest::newRow("xor has no test set") << R"({"kind": "xor"})"
                                             << R"({"kind": "xor", "test_samples": 8})"
                                             << "field 'task.test_samples': unknown field";
        // Variants: every path and every edited experiment is checked when the file is read.
        QTest::newRow("variant path not there")
            << R"("metrics": {"every": 25})"
            << R"("metrics": {"every": 25}, "variants": [{"name": "v", "set": {"runs[1].augment": true}}])"
            << "field 'variants[0].set': field path 'runs[1].augment': the document has no field "
               "'runs'";
        QTest::newRow("variant index out of range")
            << R"("metrics": {"every": 25})"
            << R"("metrics": {"every": 25}, "variants": [{"name": "v", "set": {"model[5].out": 3}}])"
            << "field 'variants[0].set': field path 'model[5].out': model has 3 entries (indices "
               "0 to 2)";
        QTest::newRow("variant malformed path")
            << R"("metrics": {"every": 25})"
            << R"("metrics": {"every": 25}, "variants": [{"name": "v", "set": {"model[x]": 3}}])"
            << "field 'variants[0].set': field path 'model[x]': expected an index";
        QTest::newRow("variant gives a bad experiment")
            << R"("metrics": {"every": 25})"
            << R"("metrics": {"every": 25}, "variants": [{"name": "v", "set": {"optimizer.lr": -1}}])"
            << "with variant 'v': field 'optimizer.lr'";
        QTest::newRow("variant without edits")
            << R"("metrics": {"every": 25})"
            << R"("metrics": {"every": 25}, "variants": [{"name": "v", "set": {}}])"
            << "field 'variants[0].set': expected a non-empty object";
        QTest::newRow("two variants of one name")
            << R"("metrics": {"every": 25})"
            << R"("metrics": {"every": 25}, "variants": [{"name": "v", "set": {"steps": 5}}, {"name": "v", "set": {"steps": 6}}])"
            << "field 'variants[1].name': two variants are named 'v'";
        // A name becomes the results folder, a label the weights file: never a path.
        QTest::newRow("name is a path") << R"("name": "xor")"
                                        << R"("name": "../../../../tmp/evil")"
                                        << "field 'name': '../../../../tmp/evil' contains '/'";
        QTest::newRow("name is dot dot") << R"("name": "xor")"
                                         << R"("name": "..")"
                                         << "field 'name': '..' is not a file name";
        QTest::newRow("name with a backslash") << R"("name": "xor")"
                                               << R"("name": "a\\b")"
                                               << "field 'name': 'a\\b' contains '\\'";
        QTest::newRow("name with a newline") << R"("name": "xor")"
                                             << R"("name": "a\nb")"
                                             << "field 'name': the name contains a control";
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

    void aRunLabelIsAFileName() {
        ExperimentSpec spec = setExperiment(false);
        QVERIFY_THROWS_EXCEPTION(Error, eqlab::io::renameRun(spec, 0, "../weights"));
        QVERIFY_THROWS_EXCEPTION(Error, eqlab::io::renameRun(spec, 0, ".."));
        eqlab::io::renameRun(spec, 0, "plain mlp");
        QCOMPARE(spec.runs[0].label, std::string("plain mlp"));
        const std::string text = eqlab::io::experimentToJson(spec);
        const std::string bad =
            QString::fromStdString(text).replace("\"plain mlp\"", "\"a/b\"").toStdString();
        try {
            parseExperiment(bad, "runs.eqlab.json");
            QFAIL("a label with '/' was accepted");
        } catch (const Error& error) {
            QVERIFY2(std::string(error.detail()).find("runs[0].label") != std::string::npos,
                     error.what());
        }
    }

    void aByteOrderMarkIsAccepted() {
        const std::string withMark = std::string("\xEF\xBB\xBF") + kValid;
        const ExperimentSpec spec = parseExperiment(withMark, "xor.eqlab.json");
        QCOMPARE(spec.name, std::string("xor"));
    }

    // A shared experiment names its data next to it: found from any working folder, and the
    // copy written with the results still finds it.
    void relativeDataFilesAreFoundNextToTheExperiment() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("data"));
        QFile csv(dir.filePath("data/points.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("a,b,y\n");
        for (int i = 0; i < 40; ++i) {
            csv.write(QByteArray::number(i % 7) + "," + QByteArray::number(i % 5) + "," +
                      QByteArray::number((i % 7) * 0.5) + "\n");
        }
        csv.close();
        const QString path = dir.filePath("shared.eqlab.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"eqlab_experiment": 1, "name": "shared",
            "task": {"kind": "csv", "path": "data/points.csv"},
            "model": [{"type": "dense", "out": 1}], "steps": 3})");
        file.close();
        const ExperimentSpec spec = eqlab::io::readExperimentFile(path.toStdString());
        QCOMPARE(QDir(QString::fromStdString(spec.directory)), QDir(dir.path()));
        // The working folder is elsewhere (the test's), yet the run finds the data.
        const auto result = eqlab::train::runExperiment(spec, 1, {});
        QCOMPARE(result.runs.front().stepsDone, std::int64_t{3});
        const ExperimentSpec copy = eqlab::io::withFilesResolved(spec);
        const QString resolved = QString::fromStdString(copy.task.params.text("path"));
        QVERIFY2(QFileInfo(resolved).isAbsolute(), qPrintable(resolved));
        QCOMPARE(QFileInfo(resolved).canonicalFilePath(),
                 QFileInfo(csv.fileName()).canonicalFilePath());
        // A missing file is named with the folder it was looked for in.
        ExperimentSpec missing = spec;
        missing.task.params.setText("path", "data/absent.csv");
        try {
            eqlab::train::runExperiment(missing, 1, {});
            QFAIL("a missing data file was accepted");
        } catch (const Error& error) {
            const QString detail = QString::fromUtf8(error.what());
            QVERIFY2(detail.contains(QDir(dir.path()).filePath("data/absent.csv")),
                     qPrintable(detail));
        }
    }

    void typedSettingsRoundTrip() {
        using namespace eqlab::io;
        QString text = QString::fromUtf8(kValid);
        text.replace(R"("kind": "adam")", R"("kind": "momentum")");
        text.replace(
            R"("seed": 1,)",
            R"("seed": 1, "dtype": "float", "schedule": {"kind": "cosine", "warmup": 3},)");
        const ExperimentSpec spec = parseExperiment(text.toStdString(), "t.json");
        QVERIFY(spec.loss == eqlab::io::LossKind::CrossEntropy);
        QVERIFY(spec.optimizer == eqlab::io::OptimizerKind::Momentum);
        QVERIFY(spec.schedule == ScheduleKind::Cosine);
        QVERIFY(spec.dtype == Dtype::Float);
        const std::string canonical = experimentToJson(spec);
        for (const char* piece : {R"("loss": "cross-entropy")", R"("kind": "momentum")",
                                  R"("kind": "cosine")", R"("dtype": "float")"}) {
            QVERIFY2(canonical.find(piece) != std::string::npos, piece);
        }
        QCOMPARE(experimentToJson(parseExperiment(canonical, "c.json")), canonical);
        // Every name reads back to its value.
        for (auto v : {eqlab::io::LossKind::Mse, eqlab::io::LossKind::CrossEntropy}) {
            QVERIFY(parseLossKind(settingName(v)) == v);
        }
        for (auto v : {eqlab::io::OptimizerKind::Sgd, eqlab::io::OptimizerKind::Momentum,
                       eqlab::io::OptimizerKind::Adam}) {
            QVERIFY(parseOptimizerKind(settingName(v)) == v);
        }
        for (auto v : {ScheduleKind::Constant, ScheduleKind::Cosine}) {
            QVERIFY(parseScheduleKind(settingName(v)) == v);
        }
        for (auto v : {Dtype::Double, Dtype::Float}) {
            QVERIFY(parseDtype(settingName(v)) == v);
        }
        try {
            parseDtype("half");
            QFAIL("half was accepted");
        } catch (const Error& e) {
            QCOMPARE(QString(e.detail()),
                     QStringLiteral("field 'dtype': expected one of double, float, got 'half'"));
        }
    }

    void jsonWriterRoundTrips() {
        // A string with a quote, a backslash and a newline.
        const char* text =
            "{\"a\": [1, 2.5, -0.001, 1e+300], \"b\": {\"c\": true, \"d\": null}, "
            "\"e\": \"q\\\"\\\\\\n\"}";
        const auto value = eqlab::json::parse(text, "t");
        const std::string written = eqlab::json::write(value);
        QCOMPARE(QString::fromStdString(written), QString::fromUtf8(text));
        QCOMPARE(eqlab::json::write(eqlab::json::parse(written, "again")), written);
    }

    void fieldPathsSetFields_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");  // the document after, or the error's text
        QTest::newRow("member")
            << "task.kind"
            << R"("set-max")"
            << R"({"optimizer": {"lr": 0.1}, "runs": [{"augment": false, "model": [{"out": 2}, {"out": 3}]}, {"augment": false}], "task": {"kind": "set-max"}})";
        QTest::newRow("new member")
            << "task.transforms"
            << R"("C4")"
            << R"({"optimizer": {"lr": 0.1}, "runs": [{"augment": false, "model": [{"out": 2}, {"out": 3}]}, {"augment": false}], "task": {"kind": "xor", "transforms": "C4"}})";
        QTest::newRow("in a list")
            << "runs[1].augment"
            << "true"
            << R"({"optimizer": {"lr": 0.1}, "runs": [{"augment": false, "model": [{"out": 2}, {"out": 3}]}, {"augment": true}], "task": {"kind": "xor"}})";
        QTest::newRow("nested lists")
            << "runs[0].model[1].out"
            << "7"
            << R"({"optimizer": {"lr": 0.1}, "runs": [{"augment": false, "model": [{"out": 2}, {"out": 7}]}, {"augment": false}], "task": {"kind": "xor"}})";
        QTest::newRow("a whole object")
            << "optimizer"
            << R"({"kind": "sgd"})"
            << R"({"optimizer": {"kind": "sgd"}, "runs": [{"augment": false, "model": [{"out": 2}, {"out": 3}]}, {"augment": false}], "task": {"kind": "xor"}})";
        QTest::newRow("empty") << ""
                               << "1"
                               << "field path '': empty";
        QTest::newRow("double dot") << "task..kind"
                                    << "1"
                                    << "field path 'task..kind': expected a field name at "
                                       "character 6";
        QTest::newRow("bad index") << "runs[one]"
                                   << "1"
                                   << "field path 'runs[one]': expected an index such as [0]";
        QTest::newRow("bad character") << "task/kind"
                                       << "1"
                                       << "field path 'task/kind': unexpected '/' at character 5";
        QTest::newRow("index out of range")
            << "runs[2].augment"
            << "true"
            << "field path 'runs[2].augment': runs has 2 entries (indices 0 to 1)";
        QTest::newRow("missing member on the way")
            << "schedule.kind"
            << R"("cosine")"
            << "field path 'schedule.kind': the document has no field 'schedule'";
        QTest::newRow("index into an object") << "task[0]"
                                              << "1"
                                              << "field path 'task[0]': task is object, not a list";
        QTest::newRow("member of a number")
            << "optimizer.lr.x"
            << "1"
            << "field path 'optimizer.lr.x': optimizer.lr is number, "
               "not an object";
    }

    void fieldPathsSetFields() {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const auto document = eqlab::json::parse(
            R"({"task": {"kind": "xor"}, "optimizer": {"lr": 0.1},
                "runs": [{"augment": false, "model": [{"out": 2}, {"out": 3}]}, {"augment": false}]})",
            "doc");
        QString got;
        try {
            got = QString::fromStdString(eqlab::json::write(eqlab::io::setField(
                document, path.toStdString(), eqlab::json::parse(value.toStdString(), "v"))));
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Parse);
            got = QString::fromUtf8(e.detail());
        }
        QVERIFY2(got.startsWith(expected), qPrintable(got));
        if (!expected.startsWith("field path")) {
            const auto after = eqlab::json::parse(got.toStdString(), "got");
            const auto* field = eqlab::io::findField(after, path.toStdString());
            QVERIFY(field);
            QCOMPARE(QString::fromStdString(eqlab::json::write(*field)), value);
        }
    }

    void variantsApplyAndRoundTrip() {
        QString text = QString::fromUtf8(kLesson);
        text.replace(R"("steps": 20,)", R"("steps": 20, "variants": [
            {"name": "max and more steps", "text": "watch", "set": {"steps": 40, "task.set_size": 4}},
            {"name": "augmented mlp", "set": {"runs[0].augment": true, "runs[1].model[0].out": "2*perm",
                                             "runs[1].model[2].in": "2*perm", "optimizer.lr": 0.5}}],)");
        const ExperimentSpec spec = parseExperiment(text.toStdString(), "v.json");
        QCOMPARE(spec.variants.size(), std::size_t(2));
        QCOMPARE(spec.variants[0].name, std::string("max and more steps"));
        QCOMPARE(spec.variants[0].text, std::string("watch"));
        QCOMPARE(spec.variants[1].set.size(), std::size_t(4));
        // The canonical form keeps them and reads back the same.
        const std::string canonical = eqlab::io::experimentToJson(spec);
        QVERIFY(canonical.find(R"("variants": [)") != std::string::npos);
        const ExperimentSpec again = parseExperiment(canonical, "c.json");
        QCOMPARE(eqlab::io::experimentToJson(again), canonical);
        // Applying one edits those fields, drops the variants and the headline, keeps the rest.
        const ExperimentSpec edited =
            eqlab::io::applyVariant(spec, *eqlab::io::findVariant(spec, "augmented mlp"));
        QVERIFY(edited.runs[0].augment && !edited.runs[1].augment);
        QCOMPARE(edited.runs[1].layers[0].params.text("out"), std::string("2*perm"));
        QCOMPARE(edited.learningRate, 0.5);
        QCOMPARE(edited.steps, std::int64_t(20));
        QVERIFY(edited.variants.empty() && !edited.headline && edited.lesson);
        QCOMPARE(eqlab::io::applyVariant(spec, spec.variants[0]).steps, std::int64_t(40));
        QVERIFY(eqlab::io::findVariant(spec, "nope") == nullptr);
        // An edit that does not fit the experiment names the variant and the path.
        eqlab::io::VariantSpec bad{
            "bad", "", {{"runs[7].augment", eqlab::json::Value::makeBool(true)}}};
        try {
            eqlab::io::applyVariant(spec, bad);
            QFAIL("a bad variant applied");
        } catch (const Error& e) {
            QVERIFY2(QString(e.detail()).contains("variant 'bad'") &&
                         QString(e.detail()).contains("runs[7].augment"),
                     e.detail());
        }
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
            QCOMPARE(eqlab::train::lossesCsv(one), eqlab::train::lossesCsv(two));
            QCOMPARE(eqlab::train::metricsCsv(one), eqlab::train::metricsCsv(two));
            QCOMPARE(eqlab::train::summaryJson(one), eqlab::train::summaryJson(two));
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
        QVERIFY(QString::fromStdString(eqlab::train::summaryJson(result)).contains("\"diverged\""));
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

EQLAB_TEST_APPLESS_MAIN(TestExperiment)
#include "test_experiment.moc"

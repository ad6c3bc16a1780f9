// Sweep files (compute/io/sweep.h): expansion into named runs in axis order, the errors naming the
// file, field and run, and the statistics of aggregation (compute/io/sweep_aggregate.h).

#include <QTest>
#include <cmath>
#include <map>
#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/io/experiment.h"
#include "compute/io/field_path.h"
#include "compute/io/number_format.h"
#include "compute/io/run_edits.h"
#include "compute/io/sweep.h"
#include "compute/io/sweep_aggregate.h"
#include "compute/train/experiment_run.h"
#include "suite/suite.h"
#include "unit/io/xor_experiment.h"
#include "unit/set_nets.h"

using eqlab::Error;
using eqlab::ErrorKind;
using eqlab::io::ExperimentSpec;
using eqlab::io::parseExperiment;

class TestSweepFile : public QObject {
    Q_OBJECT

private slots:
    void sweepExpandsTheCartesianProductInAxisOrder() {
        const ExperimentSpec base = parseExperiment(kValid, "xor.eqlab.json");
        const std::string text =
            R"({"eqlab_sweep": 1, "name": "grid", "experiment": "xor.eqlab.json",
          "axes": [{"path": "optimizer.lr", "name": "lr", "values": [0.05, 0.1]},
                   {"path": "batch", "values": [2, 4]},
                   {"path": "seed", "values": {"from": 1, "to": 3}}]})";
        const auto sweep = eqlab::io::parseSweep(text, "grid.sweep.json");
        QCOMPARE(sweep.experimentFile, std::string("xor.eqlab.json"));
        const auto runs = eqlab::io::expandSweep(sweep, base, "grid.sweep.json");
        QCOMPARE(runs.size(), std::size_t(12));
        QCOMPARE(runs[0].name, std::string("lr=0.05-batch=2-seed=1"));
        QCOMPARE(runs[1].name, std::string("lr=0.05-batch=2-seed=2"));
        QCOMPARE(runs[3].name, std::string("lr=0.05-batch=4-seed=1"));
        QCOMPARE(runs[11].name, std::string("lr=0.1-batch=4-seed=3"));
        QCOMPARE(runs[11].spec.learningRate, 0.1);
        QCOMPARE(runs[11].spec.batch, std::int64_t(4));
        QCOMPARE(runs[11].spec.seed, std::uint64_t(3));
        QCOMPARE(runs[0].spec.steps, base.steps);
        // The same file gives the same runs, to the byte of each experiment.
        const auto again = eqlab::io::expandSweep(eqlab::io::parseSweep(text, "grid.sweep.json"),
                                                  base, "grid.sweep.json");
        for (std::size_t i = 0; i < runs.size(); ++i) {
            QCOMPARE(again[i].name, runs[i].name);
            QCOMPARE(eqlab::io::experimentToJson(again[i].spec),
                     eqlab::io::experimentToJson(runs[i].spec));
        }
        // The manifest round-trips.
        const auto manifest = eqlab::io::manifestOf(sweep, runs);
        const auto read =
            eqlab::io::parseManifest(eqlab::io::manifestToJson(manifest), "sweep.json");
        QCOMPARE(read.runs.size(), std::size_t(12));
        QCOMPARE(read.runs[5].name, runs[5].name);
        QCOMPARE(read.runs[5].labels, (std::vector<std::string>{"0.05", "4", "3"}));
        QCOMPARE(read.axes[2].path, std::string("seed"));
        QCOMPARE(eqlab::io::manifestToJson(read), eqlab::io::manifestToJson(manifest));
    }

    void sweepLabelsMakeSafeFolderNames() {
        const ExperimentSpec base = parseExperiment(kValid, "xor.eqlab.json");
        const auto sweep = eqlab::io::parseSweep(
            R"({"eqlab_sweep": 1, "name": "s", "lesson": "xor", "axes": [
                {"path": "loss", "values": ["mse", "cross-entropy"]},
                {"path": "model", "labels": ["small", "wide"],
                 "values": [[{"type": "dense", "out": 2}],
                            [{"type": "dense", "out": 16}, {"type": "dense", "out": 2}]]}]})",
            "s.sweep.json");
        QCOMPARE(sweep.lesson, std::string("xor"));
        const auto runs = eqlab::io::expandSweep(sweep, base, "s.sweep.json");
        QCOMPARE(runs.size(), std::size_t(4));
        QCOMPARE(runs[3].name, std::string("loss=cross-entropy-model=wide"));
        QCOMPARE(runs[3].spec.runs[0].layers.size(), std::size_t(2));
    }

    void sweepErrorsNameTheFileAndField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString head = R"({"eqlab_sweep": 1, "name": "s", "experiment": "x.json", )";
        QTest::newRow("no axes") << head + R"("axes": []})"
                                 << "s.sweep.json: field 'axes'";
        QTest::newRow("both bases")
            << R"({"eqlab_sweep": 1, "name": "s", "experiment": "x", "lesson": "y", "axes": []})"
            << "exactly one of";
        QTest::newRow("version") << R"({"eqlab_sweep": 2, "name": "s"})"
                                 << "field 'eqlab_sweep'";
        QTest::newRow("unsafe name")
            << R"({"eqlab_sweep": 1, "name": "a/b", "lesson": "x", "axes": []})"
            << "field 'name'";
        QTest::newRow("unknown field") << head + R"("axis": []})"
                                       << "field 'axis': unknown field";
        QTest::newRow("bad path") << head + R"("axes": [{"path": "runs[x]", "values": [1]}]})"
                                  << "field 'axes[0].path'";
        QTest::newRow("no values") << head + R"("axes": [{"path": "seed", "values": []}]})"
                                   << "field 'axes[0].values'";
        QTest::newRow("bad range")
            << head + R"("axes": [{"path": "seed", "values": {"from": 3, "to": 1}}]})"
            << "field 'axes[0].values'";
        QTest::newRow("object without labels")
            << head + R"("axes": [{"path": "task", "values": [{"kind": "xor"}]}]})"
            << "field 'axes[0].values[0]': a list or an object needs \"labels\"";
        QTest::newRow("same label")
            << head + R"("axes": [{"path": "task.kind", "values": ["a b", "a/b"]}]})"
            << "field 'axes[0].values[1]': two values have the label 'a_b'";
        QTest::newRow("same axis name")
            << head +
                   R"("axes": [{"path": "seed", "values": [1]}, {"path": "task.seed", "values": [1]}]})"
            << "field 'axes[1].name': two axes are named 'seed'";
        QTest::newRow("labels count")
            << head + R"("axes": [{"path": "seed", "values": [1, 2], "labels": ["a"]}]})"
            << "field 'axes[0].labels'";
    }

    void sweepErrorsNameTheFileAndField() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            eqlab::io::parseSweep(text.toStdString(), "s.sweep.json");
            QFAIL("a malformed sweep was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Parse);
            const QString detail = QString::fromUtf8(error.detail());
            QVERIFY2(detail.startsWith(QStringLiteral("s.sweep.json: ")), qPrintable(detail));
            QVERIFY2(detail.contains(message), qPrintable(detail));
        }
    }

    void sweepValuesThatMakeABadExperimentNameTheRun() {
        const ExperimentSpec base = parseExperiment(kValid, "xor.eqlab.json");
        const auto expectError = [&](const char* text, const char* message) {
            try {
                eqlab::io::expandSweep(eqlab::io::parseSweep(text, "s.sweep.json"), base,
                                       "s.sweep.json");
                return QStringLiteral("accepted");
            } catch (const Error& error) {
                const QString detail = QString::fromUtf8(error.detail());
                return detail.contains(QString::fromUtf8(message)) ? QString() : detail;
            }
        };
        QCOMPARE(expectError(R"({"eqlab_sweep": 1, "name": "s", "lesson": "x", "axes": [
                     {"path": "optimizer.lr", "values": [0.1, -1]}]})",
                             "s.sweep.json run 'lr=-1': field 'optimizer.lr'"),
                 QString());
        QCOMPARE(expectError(R"({"eqlab_sweep": 1, "name": "s", "lesson": "x", "axes": [
                     {"path": "runs[4].augment", "values": [true]}]})",
                             "s.sweep.json: field 'axes[0].path': field path 'runs[4].augment'"),
                 QString());
    }

    void aggregateGivesMeanSdAndTInterval() {
        // Student's t 97.5 % quantiles (tables): df 1, 2, 4, 9, 30; the normal's as df grows.
        QVERIFY(std::abs(eqlab::io::studentT975(1) - 12.7062) < 1e-4);
        QVERIFY(std::abs(eqlab::io::studentT975(2) - 4.3027) < 1e-4);
        QVERIFY(std::abs(eqlab::io::studentT975(4) - 2.7764) < 1e-4);
        QVERIFY(std::abs(eqlab::io::studentT975(9) - 2.2622) < 1e-4);
        QVERIFY(std::abs(eqlab::io::studentT975(30) - 2.0423) < 1e-4);
        QVERIFY(std::abs(eqlab::io::studentT975(100000) - 1.95997) < 1e-4);

        // Two points (n = 10, 20) of three seeds: accuracy 0.5, 0.7, 0.9 at n=10
        // gives mean 0.7, sd 0.2, interval 0.7 ± 4.3027 · 0.2 / √3 = 0.7 ± 0.49683.
        eqlab::io::SweepManifest manifest;
        manifest.name = "m";
        manifest.axes = {{"n", "task.samples"}, {"seed", "seed"}};
        const auto number = eqlab::json::Value::makeNumber;
        for (int n : {10, 20}) {
            for (int seed : {1, 2, 3}) {
                manifest.runs.push_back({"n=" + std::to_string(n) + "-seed=" + std::to_string(seed),
                                         {std::to_string(n), std::to_string(seed)},
                                         {number(n), number(seed)}});
            }
        }
        const auto summary = [](double accuracy, double loss, bool holds) {
            return std::string(R"({"runs": [{"label": "mlp", "final": {"accuracy": )") +
                   eqlab::io::formatNumber(accuracy) + R"(, "loss": )" +
                   (std::isfinite(loss) ? eqlab::io::formatNumber(loss) : std::string("null")) +
                   R"(}}], "headline": {"holds": )" + (holds ? "true" : "false") + "}}";
        };
        const std::map<std::string, std::string> summaries{
            {"n=10-seed=1", summary(0.5, 1.0, true)},
            {"n=10-seed=2", summary(0.7, 2.0, true)},
            {"n=10-seed=3", summary(0.9, 3.0, false)},
            {"n=20-seed=1", summary(0.8, NAN, true)},   // diverged loss: left out
            {"n=20-seed=2", summary(1.0, 4.0, true)}};  // seed 3 has not finished
        const auto aggregate = eqlab::io::aggregateSweep(
            manifest, [&](const std::string& name) -> std::optional<std::string> {
                const auto it = summaries.find(name);
                return it == summaries.end() ? std::nullopt : std::optional(it->second);
            });
        QCOMPARE(aggregate.axes, std::vector<std::string>{"n"});
        QCOMPARE(aggregate.points.size(), std::size_t(2));
        QCOMPARE(aggregate.missing, std::vector<std::string>{"n=20-seed=3"});
        QCOMPARE(aggregate.rows.size(), std::size_t(6));
        const auto& accuracy = aggregate.rows[0];
        QCOMPARE(accuracy.metric, std::string("accuracy"));
        QCOMPARE(accuracy.stats.n, std::size_t(3));
        QVERIFY(std::abs(accuracy.stats.mean - 0.7) < 1e-12);
        QVERIFY(std::abs(accuracy.stats.sd - 0.2) < 1e-12);
        QVERIFY(std::abs(accuracy.stats.high - 0.7 - 0.49683) < 1e-4);
        QVERIFY(std::abs(accuracy.stats.low - 0.7 + 0.49683) < 1e-4);
        const auto& holds = aggregate.rows[2];
        QCOMPARE(holds.metric, std::string("headline_holds"));
        QVERIFY(std::abs(holds.stats.mean - 2.0 / 3.0) < 1e-12);
        const auto& loss20 = aggregate.rows[4];
        QCOMPARE(loss20.metric, std::string("loss"));
        QCOMPARE(loss20.stats.n, std::size_t(1));  // one value: no sd, no interval
        QVERIFY(std::isnan(loss20.stats.sd));
        const std::string csv = eqlab::io::aggregateCsv(aggregate);
        QVERIFY(csv.starts_with(
            "n,run,metric,seeds,mean,sd,ci95_low,ci95_high\n10,mlp,accuracy,3,0.7"));
        QVERIFY2(csv.find("\n20,mlp,loss,1,4,,,\n") != std::string::npos, csv.c_str());
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSweepFile)
#include "test_sweep_file.moc"

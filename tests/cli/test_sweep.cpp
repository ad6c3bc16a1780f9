// Sweeps through the real binary: `eqlab sweep` gives, run for run, the bytes `eqlab run` gives;
// a sweep resumes without redoing complete runs; a failing run fails the sweep but not the others;
// `eqlab aggregate` writes the statistics and figures; the Slurm job array (a real single-node
// Slurm, started by the CTest fixture scripts/slurm-localhost; test_sweep_slurm) gives the same
// files as the local sweep (test_sweep_slurm.cpp).

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "cli/sweep_cli.h"
#include "suite/suite.h"

class TestSweep : public QObject {
    Q_OBJECT

private slots:
    // Eight runs (steps × seed), each equal to `eqlab run --steps S --seed K` by itself.
    void sweepEqualsTheRunsOneByOne() {
        QTemporaryDir dir;
        const QString sweep = writeSweep(
            dir,
            R"([{"path": "steps", "values": [10, 20]}, {"path": "seed", "values": {"from": 1, "to": 4}}])");
        const Run result = runEqlab({"sweep", sweep, "--out", dir.filePath("sweep")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        QVERIFY2(result.out.contains("8 finished now"), qPrintable(result.out));
        const QStringList names = runNames(dir.filePath("sweep"));
        QCOMPARE(names.size(), 8);
        QCOMPARE(names.first(), QStringLiteral("steps=10-seed=1"));
        QCOMPARE(names.last(), QStringLiteral("steps=20-seed=4"));
        for (const QString& name : names) {
            const QStringList parts = name.split('-');
            const QString steps = parts[0].section('=', 1), seed = parts[1].section('=', 1);
            const Run one = runEqlab({"run", kXor, "--steps", steps, "--seed", seed, "--quiet",
                                   "--out", dir.filePath("one/" + name)});
            QVERIFY2(one.exitCode == 0, qPrintable(one.err));
            QCOMPARE(readAll(dir.filePath("sweep/" + name + "/sweep.done")),
                     QByteArray("finished\n"));
        }
        const QString difference = compareRuns(dir.filePath("sweep"), dir.filePath("one"), names);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The runs really differ (a sweep of copies would pass the comparison too).
        QVERIFY(readAll(dir.filePath("sweep/steps=10-seed=1/losses.csv")) !=
                readAll(dir.filePath("sweep/steps=10-seed=2/losses.csv")));
    }

    // A sweep killed part-way leaves complete runs (with sweep.done) and others; a restart runs
    // only the others. Simulated: markers removed from two runs, one of them half-written.
    void aRestartedSweepSkipsCompleteRuns() {
        QTemporaryDir dir;
        const QString sweep = writeSweep(
            dir,
            R"([{"path": "steps", "values": [15]}, {"path": "seed", "values": [1, 2, 3, 4]}])");
        const QString out = dir.filePath("out");
        QCOMPARE(runEqlab({"sweep", sweep, "--out", out, "--quiet"}).exitCode, 0);
        const QByteArray original = readAll(out + "/steps=15-seed=2/losses.csv");
        QVERIFY(QFile::remove(out + "/steps=15-seed=2/sweep.done"));
        QVERIFY(QFile::remove(out + "/steps=15-seed=2/summary.json"));  // killed while writing
        QVERIFY(QFile::remove(out + "/steps=15-seed=3/sweep.done"));
        write(out + "/steps=15-seed=3/losses.csv", "stale");
        // A complete run is not touched: a sentinel in its files stays.
        write(out + "/steps=15-seed=1/metrics.csv", "sentinel");
        const Run again = runEqlab({"sweep", sweep, "--out", out});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains("2 already complete; running 2"), qPrintable(again.out));
        QVERIFY2(again.out.contains("steps=15-seed=2 finished") &&
                     again.out.contains("steps=15-seed=3 finished") &&
                     !again.out.contains("seed=1 finished"),
                 qPrintable(again.out));
        QCOMPARE(readAll(out + "/steps=15-seed=1/metrics.csv"), QByteArray("sentinel"));
        QCOMPARE(readAll(out + "/steps=15-seed=2/losses.csv"), original);
        QVERIFY(readAll(out + "/steps=15-seed=3/losses.csv") != "stale");
        QVERIFY(QFile::exists(out + "/steps=15-seed=2/summary.json"));
        // A folder of another sweep is refused rather than mixed.
        const QString other = writeSweep(dir, R"([{"path": "seed", "values": [7]}])", "other");
        const Run mixed = runEqlab({"sweep", other, "--out", out});
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY2(mixed.err.contains("another sweep"), qPrintable(mixed.err));
    }

    void aFailingRunFailsTheSweepAndTheOthersFinish() {
        QTemporaryDir dir;
        write(
            dir.filePath("diverge.eqlab.json"),
            R"({"eqlab_experiment": 1, "name": "diverge", "task": {"kind": "set-sum-of-squares", "set_size": 4},
                  "model": [{"type": "dense", "out": 8}, {"type": "activation", "function": "relu"}, {"type": "dense", "out": 1}],
                  "optimizer": {"kind": "sgd", "lr": 0.001}, "steps": 40})");
        write(dir.filePath("s.sweep.json"),
              R"({"eqlab_sweep": 1, "name": "lr", "experiment": "diverge.eqlab.json",
                  "axes": [{"path": "optimizer.lr", "name": "lr", "values": [0.001, 1000000, 0.002]}]})");
        const QString out = dir.filePath("out");
        const Run result = runEqlab({"sweep", dir.filePath("s.sweep.json"), "--out", out});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("lr=1e+06: diverged"), qPrintable(result.err));
        QCOMPARE(readAll(out + "/lr=0.001/sweep.done"), QByteArray("finished\n"));
        QCOMPARE(readAll(out + "/lr=0.002/sweep.done"), QByteArray("finished\n"));
        QCOMPARE(readAll(out + "/lr=1e+06/sweep.done"), QByteArray("diverged\n"));
        // Still reported (not rerun) when the sweep is run again, and by --collect.
        const Run again = runEqlab({"sweep", dir.filePath("s.sweep.json"), "--out", out});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("lr=1e+06: diverged"), qPrintable(again.err));
        const Run collected = runEqlab({"sweep", "--collect", out});
        QCOMPARE(collected.exitCode, 1);
        QVERIFY2(collected.out.contains("2 of 3 runs finished, 1 diverged"),
                 qPrintable(collected.out));
    }

    void badSweepsNameTheFileAndField() {
        QTemporaryDir dir;
        const QString sweep = writeSweep(dir, R"([{"path": "optimizer.lr", "values": [0.1, -2]}])");
        Run result = runEqlab({"sweep", sweep, "--out", dir.filePath("out")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("xor.sweep.json run 'lr=-2': field 'optimizer.lr'"),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(dir.filePath("out")));
        write(
            dir.filePath("l.sweep.json"),
            R"({"eqlab_sweep": 1, "name": "l", "lesson": "no-such-lesson", "axes": [{"path": "seed", "values": [1]}]})");
        result = runEqlab({"sweep", dir.filePath("l.sweep.json"), "--out", dir.filePath("out")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("l.sweep.json: field 'lesson': no lesson named"),
                 qPrintable(result.err));
        result = runEqlab(
            {"sweep", sweep, "--out", dir.filePath("out"), "--jobs", "64", "--threads", "64"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("cores"), qPrintable(result.err));
        result = runEqlab({"sweep", "--collect", dir.filePath("nothing")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("sweep.json: no such file"), qPrintable(result.err));
        result = runEqlab({"aggregate", dir.filePath("nothing")});
        QCOMPARE(result.exitCode, 1);
    }

    // The statistics of aggregate.csv are the mean and sample sd of the seeds' final values.
    void aggregateGivesMeanSdAndFigures() {
        QTemporaryDir dir;
        const QString sweep = writeSweep(
            dir,
            R"([{"path": "steps", "values": [5, 10]}, {"path": "seed", "values": [1, 2, 3]}])");
        const QString out = dir.filePath("out");
        QCOMPARE(runEqlab({"sweep", sweep, "--out", out, "--quiet"}).exitCode, 0);
        const Run result = runEqlab({"aggregate", out, "--figures", "svg,png"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines =
            QString::fromUtf8(readAll(out + "/aggregate.csv")).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("steps,run,metric,seeds,mean,sd,ci95_low,ci95_high"));
        // By hand from the three summaries of steps=10.
        std::vector<double> losses;
        for (int seed = 1; seed <= 3; ++seed) {
            const QJsonObject summary =
                QJsonDocument::fromJson(
                    readAll(out + QStringLiteral("/steps=10-seed=%1/summary.json").arg(seed)))
                    .object();
            losses.push_back(summary["runs"]
                                 .toArray()[0]
                                 .toObject()["final"]
                                 .toObject()["train_loss"]
                                 .toDouble());
        }
        QCOMPARE(losses.size(), std::size_t(3));
        QVERIFY(losses[0] != losses[1]);
        const double mean = (losses[0] + losses[1] + losses[2]) / 3;
        double squares = 0;
        for (double v : losses) {
            squares += (v - mean) * (v - mean);
        }
        const double sd = std::sqrt(squares / 2);
        QString row;
        for (const QString& line : lines) {
            if (line.startsWith(QStringLiteral("10,model,train_loss,"))) {
                row = line;
            }
        }
        const QStringList cells = row.split(',');
        QCOMPARE(cells.size(), 8);
        QCOMPARE(cells[3], QStringLiteral("3"));
        QVERIFY(std::abs(cells[4].toDouble() - mean) <= 1e-12 * std::abs(mean));
        QVERIFY(std::abs(cells[5].toDouble() - sd) <= 1e-9 * sd);
        // 95 %: t(0.975, 2) = 4.3027 times sd / sqrt(3).
        QVERIFY(std::abs(cells[7].toDouble() - mean - 4.302653 * sd / std::sqrt(3.0)) < 1e-5 * sd);
        for (const char* file : {"aggregate-train_loss.svg", "aggregate-train_loss.png",
                                 "aggregate-train_loss.csv", "aggregate-accuracy.svg"}) {
            QVERIFY2(QFileInfo(out + "/figures/" + file).size() > 100, file);
        }
        QVERIFY(
            readAll(out + "/figures/aggregate-train_loss.csv").startsWith("series,x,y,low,high\n"));
    }

    // The job array's script, without Slurm: one task per run, each the local sweep's command.
    void slurmDryRunWritesTheJobArray() {
        QTemporaryDir dir;
        const QString sweep =
            writeSweep(dir, R"([{"path": "seed", "values": {"from": 1, "to": 4}}])");
        const QString out = dir.filePath("out");
        const Run result = runEqlab({"sweep", sweep, "--out", out, "--slurm", "--dry-run",
                                  "--partition", "short", "--time", "0:10:00", "--cpus", "2"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString script = QString::fromUtf8(readAll(out + "/sweep.sbatch"));
        QVERIFY(script.startsWith("#!/bin/bash\n"));
        for (const char* line :
             {"#SBATCH --array=0-3\n", "#SBATCH --cpus-per-task=2\n", "#SBATCH --partition=short\n",
              "#SBATCH --time=0:10:00\n", "  'seed=1'\n", "  'seed=4'\n"}) {
            QVERIFY2(script.contains(QString::fromUtf8(line)), line);
        }
        QVERIFY2(script.contains(QStringLiteral(
                     "run \"$folder/experiment.json\" --out \"$folder\" --quiet --threads 2 "
                     "--mark-complete")),
                 qPrintable(script));
        QVERIFY(script.contains(
            QStringLiteral("--output=%1/slurm-logs/%A_%a.out").arg(QDir(out).absolutePath())));
        QVERIFY(QFile::exists(out + "/seed=3/experiment.json"));
        const Run collected = runEqlab({"sweep", "--collect", out});
        QCOMPARE(collected.exitCode, 1);
        QVERIFY2(collected.err.contains("not complete: seed=1"), qPrintable(collected.err));
    }
};

EQLAB_TEST_GUILESS_MAIN(TestSweep)
#include "test_sweep.moc"

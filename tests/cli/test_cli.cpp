// Command-line tests: run the real eqlab binary and check exit codes, messages and files.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <limits>

#include "cli/eqlab_process.h"
#include "suite/suite.h"

namespace {

// The bytes of a safetensors file: the 8-byte little-endian length of header (or `length`), the
// header, the data.
QByteArray rawWeightsFile(const QByteArray& header, const QByteArray& data, qint64 length = -1) {
    QByteArray out(8, '\0');
    qToLittleEndian<quint64>(static_cast<quint64>(length < 0 ? header.size() : length),
                             reinterpret_cast<uchar*>(out.data()));
    return out + header + data;
}

// A safetensors file of F32 tensors, each filled with 0.25 (or NaN with nan = true): entries are
// (name, shape) pairs; `extraHeader` is appended inside the header object.
QByteArray weightsFile(const QList<QPair<QString, QList<qint64>>>& tensors, bool nan = false) {
    QJsonObject header;
    QByteArray data;
    for (const auto& [name, shape] : tensors) {
        qint64 count = 1;
        QJsonArray dims;
        for (const qint64 d : shape) {
            count *= d;
            dims.append(d);
        }
        const qint64 begin = data.size();
        for (qint64 i = 0; i < count; ++i) {
            const float value = nan ? std::numeric_limits<float>::quiet_NaN() : 0.25f;
            data.append(reinterpret_cast<const char*>(&value), 4);
        }
        header.insert(name, QJsonObject{{"dtype", "F32"},
                                        {"shape", dims},
                                        {"data_offsets", QJsonArray{begin, data.size()}}});
    }
    return rawWeightsFile(QJsonDocument(header).toJson(QJsonDocument::Compact), data);
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void helpExitsZero() {
        const Run run = runEqlab({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Usage: eqlab")));
        QVERIFY(run.out.contains(QStringLiteral("--lesson")));
        QVERIFY(run.err.isEmpty());
    }

    void versionExitsZero() {
        const Run run = runEqlab({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("eqlab %1").arg(QStringLiteral(EQLAB_VERSION)));
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("missing value") << QStringList{"--lesson"} << "lesson";
        QTest::newRow("unknown lesson")
            << QStringList{"--headless", "--lesson", "nope"} << "no lesson named 'nope'";
        QTest::newRow("unknown group")
            << QStringList{"--headless", "--lesson", "orbits", "--group", "Z9"} << "Z9";
        QTest::newRow("group for an experiment lesson")
            << QStringList{"--headless", "--group", "C4"} << "--group C4";
        QTest::newRow("screenshot without display")
            << QStringList{"--headless", "--screenshot", "x.png"} << "display";
    }

    void badArguments() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runEqlab(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QStringLiteral("eqlab: ")), qPrintable(run.err));
    }

    void groupJson_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("classes");
        QTest::addColumn<bool>("abelian");
        QTest::addColumn<QList<int>>("irrepDims");
        QTest::newRow("C4") << "C4" << 4 << 4 << true << QList<int>{1, 1, 1, 1};
        QTest::newRow("D4") << "D4" << 8 << 5 << false << QList<int>{1, 1, 1, 1, 2};
        QTest::newRow("Q8") << "Q8" << 8 << 5 << false << QList<int>{1, 1, 1, 1, 2};
        QTest::newRow("S4") << "S4" << 24 << 5 << false << QList<int>{1, 1, 2, 3, 3};
        QTest::newRow("I") << "I" << 60 << 5 << false << QList<int>{1, 3, 3, 4, 5};
        QTest::newRow("C3xC4") << "C3xC4" << 12 << 12 << true << QList<int>(12, 1);
    }

    void groupJson() {
        QFETCH(QString, group);
        QFETCH(int, order);
        QFETCH(int, classes);
        QFETCH(bool, abelian);
        QFETCH(QList<int>, irrepDims);
        const Run run = runEqlab({QStringLiteral("group"), group, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value("name").toString(), group);
        QCOMPARE(json.value("order").toInt(), order);
        QCOMPARE(json.value("num_classes").toInt(), classes);
        QCOMPARE(json.value("abelian").toBool(), abelian);
        int classTotal = 0;
        for (const auto& size : json.value("class_sizes").toArray()) {
            classTotal += size.toInt();
        }
        QCOMPARE(classTotal, order);
        QList<int> dims;
        for (const auto& dim : json.value("irrep_dims").toArray()) {
            dims << dim.toInt();
        }
        std::sort(dims.begin(), dims.end());
        QCOMPARE(dims, irrepDims);
    }

    void basisDimensions_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("dimension");
        QTest::newRow("S4 perm") << "S4"
                                 << "perm"
                                 << "perm" << 2;
        QTest::newRow("S5 perm") << "S5"
                                 << "perm"
                                 << "perm" << 2;
        QTest::newRow("C4 square") << "C4"
                                   << "perm"
                                   << "perm" << 4;
        QTest::newRow("D4 square") << "D4"
                                   << "perm"
                                   << "perm" << 3;
        QTest::newRow("D3 regular") << "D3"
                                    << "regular"
                                    << "regular" << 6;
        QTest::newRow("C5 shifts") << "C5"
                                   << "perm"
                                   << "perm" << 5;
        QTest::newRow("C5 invariants") << "C5"
                                       << "trivial"
                                       << "perm" << 1;
        QTest::newRow("O std*std") << "O"
                                   << "std"
                                   << "std*std" << 1;
        QTest::newRow("D4 grid:5") << "D4"
                                   << "grid:5"
                                   << "grid:5" << 91;  // Burnside: (625 + 3 + 4·25) / 8
    }

    void basisDimensions() {
        QFETCH(QString, group);
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(int, dimension);
        const Run run = runEqlab({"basis", "--group", group, "--in", in, "--out", out, "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("dimension").toInt(), dimension);
        QCOMPARE(json.value("character_dimension").toInt(), dimension);
    }

    void basisShowGivesEquivariantPattern() {
        const Run run = runEqlab(
            {"basis", "--group", "S3", "--in", "perm", "--out", "perm", "--json", "--show"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray pattern =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value("orbit_pattern").toArray();
        QCOMPARE(pattern.size(), 3);
        // lambda I + gamma 11^T: one orbit on the diagonal, one off it.
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(pattern[r].toArray()[c].toInt(), r == c ? pattern[0].toArray()[0].toInt()
                                                                 : pattern[0].toArray()[1].toInt());
            }
        }
        QVERIFY(pattern[0].toArray()[0].toInt() != pattern[0].toArray()[1].toInt());
    }

    void runGivesIdenticalFilesWhateverTheThreadCount() {
        QTemporaryDir dir;
        const QString experiment =
            QStringLiteral(EQLAB_SOURCE_DIR "/resources/experiments/deepsets.eqlab.json");
        const Run one = runEqlab(
            {"run", experiment, "--steps", "120", "--threads", "1", "--out", dir.filePath("one")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QVERIFY2(one.out.contains(dir.filePath("one")), qPrintable(one.out));  // says where
        const Run two = runEqlab(
            {"run", experiment, "--steps", "120", "--threads", "2", "--out", dir.filePath("two")});
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        for (const char* name : {"metrics.csv", "losses.csv", "summary.json", "experiment.json"}) {
            QFile a(dir.filePath(QStringLiteral("one/%1").arg(name)));
            QFile b(dir.filePath(QStringLiteral("two/%1").arg(name)));
            QVERIFY2(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly), name);
            const QByteArray bytes = a.readAll();
            QVERIFY(!bytes.isEmpty());
            QCOMPARE(bytes, b.readAll());
        }
        QFile summary(dir.filePath("one/summary.json"));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(summary.readAll()).object();
        QCOMPARE(json.value("status").toString(), QStringLiteral("finished"));
        const QJsonObject run = json.value("runs").toArray().at(0).toObject();
        QCOMPARE(run.value("steps_done").toInt(), 120);
        QVERIFY(run.value("final").toObject().value("invariance_error").toDouble() < 1e-12);
        // The copy of the experiment runs again to the same result.
        const Run again =
            runEqlab({"run", dir.filePath("one/experiment.json"), "--out", dir.filePath("again")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QFile a(dir.filePath("one/losses.csv"));
        QFile c(dir.filePath("again/losses.csv"));
        QVERIFY(a.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), c.readAll());
    }

    // eqlab check: an averaged net (float64) is invariant to round-off under every element of
    // D4 at its output; the plain MLP of the same lesson is not.
    void checkMeasuresATrainedNet() {
        QTemporaryDir dir;
        Run run = runEqlab({"run", "averaging", "--steps", "20", "--out", dir.path(), "--quiet"});
        QCOMPARE(run.exitCode, 0);
        const auto outputErrors = [&](const QString& weights) {
            const Run check = runEqlab({"check", "--weights", dir.filePath(weights), "--experiment",
                                        "averaging", "--json"});
            QJsonParseError error;
            const QJsonObject json = QJsonDocument::fromJson(check.out.toUtf8(), &error).object();
            QList<double> errors;
            if (check.exitCode != 0 || error.error != QJsonParseError::NoError) {
                qWarning() << check.err;
                return errors;
            }
            const QJsonArray layers = json.value("layers").toArray();
            const QJsonObject perElement = layers.last().toObject().value("per_element").toObject();
            for (const QString& element : json.value("elements").toVariant().toStringList()) {
                if (element != "e") {
                    errors << perElement.value(element).toDouble(-1);
                }
            }
            return errors;
        };
        const QList<double> averaged = outputErrors("averaged.safetensors");
        QCOMPARE(averaged.size(), 7);  // D4 without the identity
        for (const double e : averaged) {
            QVERIFY2(e >= 0 && e <= 1e-12, qPrintable(QString::number(e)));
        }
        const QList<double> mlp = outputErrors("mlp.safetensors");
        QCOMPARE(mlp.size(), 7);
        for (const double e : mlp) {
            QVERIFY2(e >= 1e-3, qPrintable(QString::number(e)));
        }
        // Bad input: a missing file, a group without the task's action on the input.
        run = runEqlab({"check", "--weights", dir.filePath("absent.safetensors"), "--experiment",
                        "averaging"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("absent.safetensors"), qPrintable(run.err));
        run = runEqlab({"check", "--weights", dir.filePath("mlp.safetensors"), "--experiment",
                        "averaging", "--group", "C8"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("C8"), qPrintable(run.err));
        run = runEqlab({"check", "--weights", dir.filePath("mlp.safetensors")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--experiment"), qPrintable(run.err));
    }

    // eqlab audit: a C4 group-convolution net is exactly C4-invariant and not flip-invariant, so
    // among the subgroups of D4 the largest it respects is C4.
    void auditFindsTheLargestRespectedSubgroup() {
        QTemporaryDir dir;
        Run run =
            runEqlab({"run", "group-convolution", "--steps", "3", "--out", dir.path(), "--quiet"});
        QCOMPARE(run.exitCode, 0);
        run = runEqlab({"audit", "--weights", dir.filePath("c4-cnn.safetensors"), "--experiment",
                        "group-convolution", "--groups", "D4", "--tolerance", "1e-9", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("group").toString(), QString("D4"));
        QCOMPARE(json.value("subgroups").toArray().size(), 10);  // the subgroups of D4
        const QJsonArray respected = json.value("respected").toArray();
        QCOMPARE(respected.size(), 1);
        QCOMPARE(respected.first().toObject().value("name").toString(), QString("C4"));
        QVERIFY(respected.first().toObject().value("error").toDouble(1) <= 1e-9);
        for (const auto& subgroup : json.value("subgroups").toArray()) {
            const QJsonObject s = subgroup.toObject();
            if (s.value("order").toInt() == 8) {
                QVERIFY(s.value("error").toDouble() > 1e-3);  // flips break it
            }
        }
        run = runEqlab({"audit", "--weights", dir.filePath("c4-cnn.safetensors"), "--experiment",
                        "group-convolution", "--tolerance", "-1"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--tolerance"), qPrintable(run.err));
    }

    void runRejectsBadExperiments() {
        QTemporaryDir dir;
        QFile bad(dir.filePath("bad.eqlab.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            R"({"eqlab_experiment": 1, "task": {"kind": "xor"}, "model": [{"type": "dense", "out": 2}], "optimizer": {"lr": -1}})");
        bad.close();
        Run run = runEqlab({"run", bad.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("optimizer.lr") && run.err.contains("bad.eqlab.json"),
                 qPrintable(run.err));
        run = runEqlab({"run", dir.filePath("missing.eqlab.json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("missing.eqlab.json"), qPrintable(run.err));
        run = runEqlab({"run", bad.fileName(), "--threads", "zero"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--threads"), qPrintable(run.err));
        // A shared file cannot make the run write outside the results folder.
        QFile evil(dir.filePath("evil.eqlab.json"));
        QVERIFY(evil.open(QIODevice::WriteOnly));
        evil.write(
            R"({"eqlab_experiment": 1, "name": "../../../../tmp/evil", "task": {"kind": "xor"}, "model": [{"type": "dense", "out": 2}], "steps": 2})");
        evil.close();
        run = runEqlab({"run", evil.fileName(), "--quiet"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("evil.eqlab.json") && run.err.contains("field 'name'") &&
                     run.err.contains("not a path"),
                 qPrintable(run.err));
    }

    // A model far too large for memory is refused before it allocates (exit 2, the file and the
    // sizes named), not killed by the kernel.
    void runRefusesAModelTooLargeForMemory() {
        QTemporaryDir dir;
        QFile file(dir.filePath("huge.eqlab.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray model = R"({"type": "dense", "out": 65536})";
        for (int i = 0; i < 8; ++i)
            model += R"(, {"type": "dense", "out": 65536})";
        file.write(
            R"({"eqlab_experiment": 1, "name": "huge", "task": {"kind": "xor"}, "model": [)" +
            model + R"(, {"type": "dense", "out": 2}], "steps": 2})");
        file.close();
        const Run run = runEqlab({"run", file.fileName(), "--out", dir.filePath("out")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("huge.eqlab.json") &&
                     run.err.contains("training this model needs at least") &&
                     run.err.contains("available"),
                 qPrintable(run.err));
    }

    void aDivergingRunExitsOneAndKeepsItsResults() {
        QTemporaryDir dir;
        QFile file(dir.filePath("diverge.eqlab.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"eqlab_experiment": 1, "name": "diverge", "task": {"kind": "set-sum-of-squares", "set_size": 4},
                      "model": [{"type": "dense", "out": 8}, {"type": "activation", "function": "relu"}, {"type": "dense", "out": 1}],
                      "optimizer": {"kind": "sgd", "lr": 1000000}, "steps": 100})");
        file.close();
        const Run run = runEqlab({"run", file.fileName(), "--out", dir.filePath("out")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("divergence at step"), qPrintable(run.err));
        QFile summary(dir.filePath("out/summary.json"));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(summary.readAll()).object().value("status").toString(),
                 QStringLiteral("diverged"));
    }

    // eqlab kinds --json lists every registered task, layer and metric kind with its parameters.
    void kindsJsonListsEveryKind() {
        const Run run = runEqlab({"kinds", "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject all = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const auto find = [&](const char* group, const QString& name) {
            for (const auto& kind : all.value(group).toArray()) {
                if (kind.toObject().value("name").toString() == name) {
                    return kind.toObject();
                }
            }
            return QJsonObject();
        };
        const auto param = [](const QJsonObject& kind, const QString& name) {
            for (const auto& p : kind.value("params").toArray()) {
                if (p.toObject().value("name").toString() == name) {
                    return p.toObject();
                }
            }
            return QJsonObject();
        };
        QVERIFY(all.value("tasks").toArray().size() >= 20);
        QVERIFY(all.value("layers").toArray().size() >= 15);
        QVERIFY(all.value("metrics").toArray().size() >= 20);
        for (const char* name : {"xor", "polyomino", "binary-patterns", "csv", "teacher"}) {
            QVERIFY2(!find("tasks", name).isEmpty(), name);
        }
        for (const char* name : {"dense", "activation", "group-average", "parity"}) {
            QVERIFY2(!find("layers", name).isEmpty(), name);
        }
        for (const char* name : {"loss", "test-loss", "test-accuracy", "test-invariance"}) {
            QVERIFY2(!find("metrics", name).isEmpty(), name);
        }
        // Every parameter says what it is.
        for (const char* group : {"tasks", "layers", "metrics"}) {
            for (const auto& kind : all.value(group).toArray()) {
                for (const auto& p : kind.toObject().value("params").toArray()) {
                    const QJsonObject o = p.toObject();
                    QVERIFY(!o.value("name").toString().isEmpty());
                    QVERIFY(!o.value("type").toString().isEmpty());
                    QVERIFY(!o.value("help").toString().isEmpty());
                    QVERIFY(o.contains("required") && o.contains("default"));
                }
            }
        }
        const QJsonObject polyomino = find("tasks", "polyomino");
        QCOMPARE(polyomino.value("test_set").toString(), QStringLiteral("draw"));
        QCOMPARE(param(polyomino, "test_samples").value("default").toInt(), 256);
        QCOMPARE(param(polyomino, "transforms").value("choices").toArray().size(), 2);
        QCOMPARE(param(polyomino, "cells").value("maximum").toInt(), 7);
        const QJsonObject csv = find("tasks", "csv");
        QCOMPARE(csv.value("test_set").toString(), QStringLiteral("hold-out"));
        QCOMPARE(param(csv, "test_fraction").value("default").toDouble(), 0.2);
        QVERIFY(param(csv, "path").value("required").toBool());
        QVERIFY(param(csv, "path").value("default").isNull());
        QCOMPARE(find("tasks", "xor").value("test_set").toString(), QStringLiteral("none"));
        QCOMPARE(find("metrics", "test-accuracy").value("columns").toArray().at(0).toString(),
                 QStringLiteral("test_accuracy"));

        const Run plain = runEqlab({"kinds"});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains("test_samples") && plain.out.contains("group-average"));
        QCOMPARE(runEqlab({"kinds", "--json", "--markdown"}).exitCode, 2);
    }

    // The kinds reference in docs/experiment-format.md is `eqlab kinds --markdown`, verbatim: a
    // kind or parameter added, renamed or removed without regenerating it fails here.
    void docsListEveryKindAndParameter() {
        QFile file(QStringLiteral(EQLAB_SOURCE_DIR "/docs/experiment-format.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString docs = QString::fromUtf8(file.readAll());
        const QString begin =
            QStringLiteral("<!-- generated by `eqlab kinds --markdown`: begin -->\n");
        const QString end = QStringLiteral("<!-- generated by `eqlab kinds --markdown`: end -->");
        const auto from = docs.indexOf(begin), to = docs.indexOf(end);
        QVERIFY2(from >= 0 && to > from,
                 "docs/experiment-format.md has no generated kinds section");
        const QString section = docs.mid(from + begin.size(), to - from - begin.size());
        const Run run = runEqlab({"kinds", "--markdown"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(section.trimmed() == run.out.trimmed(),
                 "docs/experiment-format.md's kinds section differs from `eqlab kinds "
                 "--markdown`: regenerate it");
        // And every kind and parameter the registries list is in it.
        const QJsonObject all =
            QJsonDocument::fromJson(runEqlab({"kinds", "--json"}).out.toUtf8()).object();
        int kinds = 0;
        // A name may be a layer kind and a metric kind (parity): look in the group's part.
        const std::pair<const char*, const char*> groups[] = {{"tasks", "### Task kinds"},
                                                              {"layers", "### Layer kinds"},
                                                              {"metrics", "### Metric kinds"}};
        for (const auto& [group, title] : groups) {
            const auto part = section.indexOf(QString::fromUtf8(title));
            QVERIFY2(part >= 0, title);
            for (const auto& value : all.value(group).toArray()) {
                const QJsonObject kind = value.toObject();
                const QString heading =
                    QStringLiteral("#### `%1`\n").arg(kind.value("name").toString());
                const auto at = section.indexOf(heading, part);
                QVERIFY2(at >= 0, qPrintable(heading));
                const auto next = section.indexOf(QStringLiteral("\n#### "), at + 1);
                const QString text = section.mid(at, next < 0 ? -1 : next - at);
                for (const auto& p : kind.value("params").toArray()) {
                    const QString row =
                        QStringLiteral("| `%1` |").arg(p.toObject().value("name").toString());
                    QVERIFY2(text.contains(row), qPrintable(heading + row));
                }
                ++kinds;
            }
        }
        QCOMPARE(section.count(QStringLiteral("#### `")), kinds);
    }

    // Every run writes its weights; a run from them with --steps 0 reports the same final
    // metrics, bit for bit.
    void runWritesWeightsAndStepsZeroReproducesTheMetrics() {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));
        Run run = runEqlab({"run", "deepsets", "--steps", "30", "--out", first, "--quiet"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo::exists(first + QStringLiteral("/mlp.safetensors")));
        const QString weights = first + QStringLiteral("/deepsets.safetensors");
        QVERIFY(QFileInfo::exists(weights));
        run = runEqlab({"run", "deepsets", "--steps", "0", "--weights", weights, "--out", second});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("deepsets started from the weights in")),
                 qPrintable(run.out));
        // The last row of the run "deepsets", without its step column.
        const auto lastRow = [](const QString& folder) {
            QFile csv(folder + QStringLiteral("/metrics.csv"));
            if (!csv.open(QIODevice::ReadOnly))
                return QStringList();
            QStringList row;
            for (const QByteArray& line : csv.readAll().split('\n')) {
                if (line.startsWith("deepsets,"))
                    row = QString::fromUtf8(line).split(QLatin1Char(','));
            }
            if (row.size() > 1)
                row.removeAt(1);
            return row;
        };
        const QStringList trained = lastRow(first), evaluated = lastRow(second);
        QVERIFY(trained.size() > 2);
        QCOMPARE(evaluated, trained);
    }

    void runRefusesBadWeights_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        // xor.eqlab.json: dense 2->8, tanh, dense 8->2.
        const QList<QPair<QString, QList<qint64>>> xor_{
            {"0.weight", {8, 2}}, {"0.bias", {8}}, {"2.weight", {2, 8}}, {"2.bias", {2}}};
        QTest::newRow("truncated")
            << QByteArray("\x05\0\0", 3) << QString("shorter than the 8-byte");
        QTest::newRow("header too long") << rawWeightsFile("{}", "", 4096)
                                         << QString("the header length 4096 goes beyond the end");
        QTest::newRow("overlapping offsets")
            << rawWeightsFile(R"({"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
                                  "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}})",
                              QByteArray(12, '\0'))
            << QString("tensors 'a' and 'b' overlap");
        QTest::newRow("shape times dtype")
            << rawWeightsFile(R"({"a": {"dtype": "F64", "shape": [2], "data_offsets": [0, 8]}})",
                              QByteArray(8, '\0'))
            << QString("the shape [2] of F64 needs 16 bytes but data_offsets [0, 8] hold 8");
        QTest::newRow("unknown dtype")
            << rawWeightsFile(R"({"a": {"dtype": "F16", "shape": [2], "data_offsets": [0, 4]}})",
                              QByteArray(4, '\0'))
            << QString("dtype 'F16' is not supported: eqlab reads F32 and F64");
        QTest::newRow("NaN") << weightsFile(xor_, true) << QString("holds NaN at element 0");
        auto extra = xor_;
        extra.append({"3.weight", {2, 2}});
        QTest::newRow("name the model lacks")
            << weightsFile(extra) << QString("the model has no tensor '3.weight'");
        auto wrong = xor_;
        wrong[2].second = {2, 7};
        QTest::newRow("wrong shape")
            << weightsFile(wrong)
            << QString(
                   "'2.weight' has shape [2, 7] but the model's layer 2 (dense 8->2) needs [2, 8]");
        auto missing = xor_;
        missing.removeAt(3);
        QTest::newRow("missing tensor") << weightsFile(missing) << QString("tensor '2.bias' [2]");
    }

    void runRefusesBadWeights() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bad.safetensors")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Run run = runEqlab({"run", EQLAB_SOURCE_DIR "/resources/experiments/xor.eqlab.json",
                                  "--steps", "0", "--weights", file.fileName(), "--out",
                                  dir.filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(file.fileName()) && run.err.contains(expected),
                 qPrintable(run.err));
    }

    void runWithWeightsNeedsARunWhenItIsAmbiguous() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("w.safetensors")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(weightsFile({{"0.weight", {2, 2}}}));
        file.close();
        Run run = runEqlab({"run", "deepsets", "--steps", "0", "--weights", file.fileName(),
                            "--out", dir.filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--run LABEL")) &&
                     run.err.contains(QStringLiteral("mlp, deepsets")),
                 qPrintable(run.err));
        run = runEqlab({"run", "deepsets", "--steps", "0", "--weights", file.fileName(), "--run",
                        "nope", "--out", dir.filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no run 'nope'")), qPrintable(run.err));
        run = runEqlab({"run", "deepsets", "--run", "mlp"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--weights")), qPrintable(run.err));
        run = runEqlab({"run", "deepsets", "--weights", dir.filePath(QStringLiteral("none"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(dir.filePath(QStringLiteral("none"))), qPrintable(run.err));
    }

    void runAppliesALessonVariant() {
        QTemporaryDir dir;
        const Run run = runEqlab({"run", "deepsets", "--variant", "set-max", "--steps", "5",
                                  "--out", dir.filePath("out")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile experiment(dir.filePath("out/experiment.json"));
        QVERIFY(experiment.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(experiment.readAll());
        QVERIFY(text.contains("\"kind\": \"set-max\"") && !text.contains("\"variants\""));
        QFile metrics(dir.filePath("out/metrics.csv"));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(metrics.readLine()).contains("test_loss"));
        // eqlab presets --json lists each lesson's variants by name.
        bool listed = false;
        const Run presets = runEqlab({"presets", "--json"});
        for (const auto& lesson : QJsonDocument::fromJson(presets.out.toUtf8()).array()) {
            for (const auto& v : lesson.toObject().value("variants").toArray()) {
                listed = listed || (lesson.toObject().value("name").toString() == "deepsets" &&
                                    v.toObject().value("name").toString() == "set-max");
            }
        }
        QVERIFY(listed);
        const Run bad = runEqlab({"run", "deepsets", "--variant", "nope", "--out", dir.path()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("nope") && bad.err.contains("set-max"), qPrintable(bad.err));
    }

    void badSubcommandArguments_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("kinds with an argument") << QStringList{"kinds", "dense"} << "--json";
        QTest::newRow("group without name") << QStringList{"group"} << "expected one group name";
        QTest::newRow("group C0") << QStringList{"group", "C0"} << "C0";
        QTest::newRow("group Z9") << QStringList{"group", "Z9", "--json"} << "Z9";
        QTest::newRow("group bad option") << QStringList{"group", "D4", "--frob"} << "frob";
        QTest::newRow("basis missing out")
            << QStringList{"basis", "--group", "S3", "--in", "perm"} << "--out";
        QTest::newRow("basis bad group")
            << QStringList{"basis", "--group", "Z9", "--in", "std", "--out", "std"} << "Z9";
        QTest::newRow("basis bad rep")
            << QStringList{"basis", "--group", "D4", "--in", "std**", "--out", "std"} << "std**";
        QTest::newRow("basis open paren")
            << QStringList{"basis", "--group", "D4", "--in", "(std", "--out", "std"} << "(std";
        QTest::newRow("grid on S3")
            << QStringList{"basis", "--group", "S3", "--in", "grid:4", "--out", "std"} << "grid";
        QTest::newRow("figure without view") << QStringList{"figure", "--group", "I"} << "view";
        QTest::newRow("figure bad format")
            << QStringList{"figure", "orbit", "--group", "I", "--out", "x.bmp"} << "x.bmp";
        QTest::newRow("figure table as glb")
            << QStringList{"figure", "table", "--group", "D4", "--out", "x.glb"} << "glb";
        QTest::newRow("figure bad group")
            << QStringList{"figure", "orbit", "--group", "Z9", "--out", "x.svg"} << "Z9";
        QTest::newRow("figure bad size")
            << QStringList{"figure", "orbit", "--group", "I", "--out", "x.svg", "--size", "0x3"}
            << "--size";
        QTest::newRow("run bad figures")
            << QStringList{"run", "deepsets", "--figures", "svg,gif"} << "gif";
    }

    void badSubcommandArguments() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runEqlab(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

EQLAB_TEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"

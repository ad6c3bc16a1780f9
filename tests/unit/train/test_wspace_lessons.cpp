// The equivariant-MLP, universality and weight-space pieces as registered kinds, and their three
// lessons end to end (resources/lessons/{equivariant-basis,universality,intertwiners}):
//   - task kinds state their group and action; csv/npy read a user's files; errors name fields;
//   - layer kinds: norm-activation keeps a rotation net equivariant (a pointwise one does not),
//     invariant-net of order 1 and 2, outer-product;
//   - a run's seed_offset changes its initialisation only; the alignment metric sees the other
//     run's model, at the same step;
//   - each lesson's headline holds (thresholds are justified in the lessons' HTML).

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>

#include "compute/core/decompositions.h"
#include "compute/core/error.h"
#include "compute/data/task_kinds.h"
#include "compute/groups/catalogue.h"
#include "compute/io/experiment.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/nn/layer_kinds.h"
#include "compute/train/experiment_run.h"
#include "suite/suite.h"

using namespace eqlab;

namespace {

std::string lessonFile(const char* name) {
    return std::string(EQLAB_LESSONS_DIR) + "/" + name + ".eqlab.json";
}

io::ExperimentSpec parse(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return io::parseExperiment(std::string_view(utf8.data(), std::size_t(utf8.size())), "t.json");
}

double finalValue(const train::ExperimentResult& r, const std::string& run,
                  const std::string& metric) {
    for (const auto& o : r.runs)
        if (o.label == run)
            if (const auto v = o.finalValue(metric))
                return *v;
    throw Error(ErrorKind::Internal, "no " + metric + " for run " + run);
}

// The message of the Error thrown while building or running spec (empty if none).
QString lessonErrorOf(const QString& text) {
    try {
        train::runExperiment(parse(text), 1, {});
    } catch (const Error& e) {
        return QString::fromUtf8(e.detail());
    }
    return {};
}

}  // namespace

class TestWspaceLessons : public QObject {
    Q_OBJECT
private slots:
    void kindsAreRegistered() {
        for (const char* name : {"set-pairwise-distance", "set-alternating", "teacher",
                                 "grid-roughness", "csv", "npy"})
            QVERIFY2(data::findTaskKind(name), name);
        for (const char* name : {"norm-activation", "outer-product", "invariant-net"})
            QVERIFY2(nn::findLayerKind(name), name);
        for (const char* name : {"parameters", "weight-symmetry", "alignment", "descramble"})
            QVERIFY2(metrics::findMetricKind(name), name);
    }

    void tasksStateTheirSymmetry() {
        auto make = [](const char* kind, std::vector<std::pair<std::string, double>> p) {
            const auto spec = io::task(kind, p);
            return data::findTaskKind(kind)->make(spec.params, 1);
        };
        const auto alt = make("set-alternating", {{"set_size", 4}, {"samples", 8}});
        QCOMPARE(alt.group, std::string("A4"));
        QCOMPARE(alt.inputRep, std::string("perm"));
        QCOMPARE(make("set-pairwise-distance", {{"set_size", 6}}).group, std::string("S6"));
        const auto grid = make("grid-roughness", {{"size", 5}, {"samples", 4}});
        QCOMPARE(grid.group, std::string("D4"));
        QCOMPARE(grid.inputRep, std::string("grid:5"));
        QCOMPARE(grid.imageHeight, 5);
        QCOMPARE(make("teacher", {{"inputs", 3}, {"samples", 10}}).X.rows(), Eigen::Index(3));
        // An odd number of samples cannot come in pairs.
        QVERIFY(lessonErrorOf(R"({"eqlab_experiment": 1,
            "task": {"kind": "set-alternating", "samples": 7},
            "model": [{"type": "dense", "out": 1}], "steps": 1})")
                    .contains("samples must be even"));
    }

    void userDataKinds() {
        QTemporaryDir dir;
        const QString csv = dir.path() + "/sets.csv";
        {
            std::ofstream out(csv.toStdString());
            out << "a,b,c,y\n";
            for (int i = 0; i < 40; ++i) {
                const double a = (i % 7) / 7.0, b = (i % 5) / 5.0, c = (i % 3) / 3.0;
                out << a << "," << b << "," << c << "," << a * a + b * b + c * c << "\n";
            }
        }
        // The user's data says it is S3-invariant: an equivariant net applies and is invariant.
        const QString text = QString(R"({"eqlab_experiment": 1,
            "task": {"kind": "csv", "path": "%1", "group": "S3", "input_rep": "perm"},
            "model": [{"type": "equivariant", "in": "perm", "out": "2*perm"},
                      {"type": "activation", "function": "square"},
                      {"type": "equivariant", "in": "2*perm", "out": "trivial"}],
            "steps": 20, "metrics": {"every": 10}})")
                                 .arg(csv);
        const auto r = train::runExperiment(parse(text), 1, {});
        QVERIFY(finalValue(r, "model", "invariance_error") < 1e-12);
        // A malformed file names itself and the line.
        {
            std::ofstream out(csv.toStdString());
            out << "a,b,c,y\n1,2,3,4\n1,2,x,4\n";
        }
        QVERIFY(lessonErrorOf(text).contains(csv + ": line 3, column 3 ('c'): expected a number"));
        QVERIFY(lessonErrorOf(QString(text).replace("sets.csv", "missing.csv"))
                    .contains("missing.csv"));
    }

    void normActivationKeepsRotationsEquivariant() {
        // D8 acting on the plane by 'std', layers built from their kinds as an experiment would:
        // through 3·std with a norm nonlinearity (and a product lift to (3·std)⊗(3·std)) the net
        // is exactly invariant; with a pointwise tanh it is not.
        const auto G = groups::makeGroup("D8");
        const auto plane = groups::makeRepresentation(G, "std");
        auto build = [&](const char* nonlinearity) {
            std::vector<LayerSpec> specs{
                io::layer("equivariant", {}, {{"in", "std"}, {"out", "3*std"}}),
                std::string(nonlinearity) == "tanh"
                    ? io::layer("activation", {}, {{"function", "tanh"}})
                    : io::layer("norm-activation", {}, {{"function", nonlinearity}}),
                io::layer("equivariant", {}, {{"in", "3*std"}, {"out", "3*std"}}),
                io::layer("norm-activation"),
                io::layer("outer-product"),
                io::layer("equivariant", {}, {{"in", "(3*std)*(3*std)"}, {"out", "trivial"}})};
            nn::BuildContext ctx;
            ctx.group = G;
            ctx.shape.dim = 2;
            ctx.shape.rep = "std";
            ctx.where = "model";
            nn::Model<double> m(nn::buildLayers<double>(specs, ctx));
            Rng rng(3);
            for (Eigen::Index i = 0; i < m.paramCount(); ++i)
                m.params()[i] = 0.5 * rng.normal();
            m.prepare();
            return m;
        };
        Rng rng(4);
        Eigen::MatrixXd X(2, 16);
        for (Eigen::Index i = 0; i < X.size(); ++i)
            X(i) = rng.normal();
        for (const char* f : {"relu", "sigmoid", "tanh"}) {
            auto m = build(f);
            const Eigen::MatrixXd Y = m.predict(X);
            double worst = 0;
            for (int g = 0; g < G->order(); ++g)
                worst = std::max(worst, (m.predict(plane.matrix(g) * X) - Y).norm() / Y.norm());
            qInfo("%s: invariance error %.2e", f, worst);
            if (std::string(f) == "tanh")
                QVERIFY(worst > 1e-3);
            else
                QVERIFY(worst < 1e-12);
        }
        // Without a known representation on its input the norm activation refuses.
        QVERIFY(lessonErrorOf(R"({"eqlab_experiment": 1, "group": "D8", "task": {"kind": "teacher"},
            "model": [{"type": "dense", "out": 4}, {"type": "norm-activation"},
                      {"type": "dense", "out": 1}], "steps": 1})")
                    .contains("model[1]: a norm activation needs features with a known "
                              "representation"));
    }

    void invariantNetKinds() {
        const QString text = R"({"eqlab_experiment": 1,
            "task": {"kind": "set-alternating", "set_size": 4, "samples": 32},
            "runs": [{"label": "one", "model": [{"type": "invariant-net", "order": 1}]},
                     {"label": "two", "model": [{"type": "invariant-net", "order": 2,
                                                 "outer_lift": false}]}],
            "steps": 3, "metrics": {"every": 3, "compute": ["loss", "invariance", "parameters"]}})";
        const auto r = train::runExperiment(parse(text), 1, {});
        QVERIFY(finalValue(r, "one", "invariance_error") < 1e-12);
        QVERIFY(finalValue(r, "two", "invariance_error") < 1e-12);
        QVERIFY(finalValue(r, "two", "parameters") > finalValue(r, "one", "parameters"));
        // Without a permutation action on the input there is nothing to be invariant to.
        QVERIFY(lessonErrorOf(R"({"eqlab_experiment": 1, "task": {"kind": "teacher"},
            "model": [{"type": "invariant-net"}], "steps": 1})")
                    .contains("model[0]: an invariant net needs the experiment's \"group\""));
    }

    void seedOffsetAndAlignment() {
        const QString text = R"({"eqlab_experiment": 1,
            "task": {"kind": "teacher", "inputs": 4, "hidden": 3, "samples": 64},
            "runs": [
              {"label": "a", "model": [{"type": "dense", "out": 3},
                 {"type": "activation", "function": "tanh"}, {"type": "dense", "out": 1}]},
              {"label": "same", "model": [{"type": "dense", "out": 3},
                 {"type": "activation", "function": "tanh"}, {"type": "dense", "out": 1}]},
              {"label": "b", "seed_offset": 5, "model": [{"type": "dense", "out": 3},
                 {"type": "activation", "function": "tanh"}, {"type": "dense", "out": 1}]}],
            "steps": 4, "metrics": {"every": 2, "compute": [
              "loss", {"kind": "alignment", "with": "a"}, "weight-symmetry", "descramble"]}})";
        const auto spec = parse(text);
        QCOMPARE(spec.runs[2].seedOffset, std::uint64_t(5));
        // The canonical form keeps the offset (and writes none where it is 0).
        const std::string canonical = io::experimentToJson(spec);
        QCOMPARE(io::experimentToJson(io::parseExperiment(canonical, "c.json")), canonical);
        QVERIFY(canonical.find("\"seed_offset\": 5") != std::string::npos);

        const auto r = train::runExperiment(spec, 1, {});
        // The same seed: the same net, at every step; another seed: another net.
        QCOMPARE(finalValue(r, "same", "distance_before"), 0.0);
        QCOMPARE(finalValue(r, "a", "distance_before"), 0.0);
        QVERIFY(finalValue(r, "b", "distance_before") > 0.3);
        QVERIFY(finalValue(r, "b", "distance_after") < finalValue(r, "b", "distance_before"));
        QVERIFY(finalValue(r, "b", "symmetry_error") < 1e-13);
        QVERIFY(finalValue(r, "b", "outside_error") > 1e-3);
        QVERIFY(finalValue(r, "b", "roughness_after") <= finalValue(r, "b", "roughness_before"));
        // The alignment table (|correlation| of matched units on the diagonal), then the
        // descramble view's two pictures of the 3 × 4 incoming weights: the same rows, moved and
        // (tanh is odd) perhaps negated, as the row labels say.
        for (const auto& o : r.runs)
            if (o.label == "b") {
                QCOMPARE(int(o.tables.size()), 3);
                QCOMPARE(o.tables[0].name, std::string("alignment_correlation"));
                QCOMPARE(o.tables[0].rows, 3);
                const auto& trained = o.tables[1];
                const auto& descrambled = o.tables[2];
                QCOMPARE(trained.name, std::string("descramble_weights_trained"));
                QCOMPARE(descrambled.name, std::string("descramble_weights_descrambled"));
                QCOMPARE(trained.rows, 3);
                QCOMPARE(trained.cols, 4);
                QCOMPARE(descrambled.rows, 3);
                QCOMPARE(int(descrambled.values.size()), 12);
                std::vector<int> seen;
                for (int k = 0; k < 3; ++k) {
                    const int from = std::abs(std::stoi(descrambled.rowLabels[k]));
                    const double sign = descrambled.rowLabels[k][0] == '-' ? -1.0 : 1.0;
                    seen.push_back(from);
                    for (int j = 0; j < 4; ++j)
                        QCOMPARE(descrambled.values[k * 4 + j],
                                 sign * trained.values[from * 4 + j]);
                }
                std::sort(seen.begin(), seen.end());
                QCOMPARE(seen, (std::vector<int>{0, 1, 2}));
                QVERIFY(finalValue(r, "b", "weight_roughness_ratio") > 0);
            }
        // A run to align with that does not exist, and a model that is not a two-layer net.
        QVERIFY(lessonErrorOf(QString(text).replace(R"("with": "a")", R"("with": "c")"))
                    .contains("metric 'alignment': no run labelled 'c' to align with (runs: a, "
                              "same, b)"));
        QVERIFY(lessonErrorOf(R"({"eqlab_experiment": 1, "task": {"kind": "teacher"},
            "model": [{"type": "dense", "out": 1}], "steps": 1,
            "metrics": {"compute": ["weight-symmetry"]}})")
                    .contains("metric 'weight-symmetry': multilayer net: no hidden layer"));
    }

    // A linear hidden layer (identity σ, symmetry group GL_h): descramble mixes its units with the
    // closed-form orthogonal Q instead of reordering them. The descrambled weights are Q W₁ (the
    // same Gram spectrum, rows no longer a signed permutation of W₁'s), rougher than no signed
    // permutation can make them, and group 'orthogonal' is refused for a pointwise σ.
    void descrambleLinearLayer() {
        const QString text = R"({"eqlab_experiment": 1,
            "task": {"kind": "linear-map", "inputs": 8, "width": 1, "samples": 256},
            "model": [{"type": "dense", "out": 4}, {"type": "activation", "function": "identity"},
                      {"type": "dense", "out": 8}],
            "steps": 200, "metrics": {"every": 200, "compute": [{"kind": "descramble"}]}})";
        const auto r = train::runExperiment(parse(text), 1, {});
        const auto permuted = train::runExperiment(
            parse(QString(text).replace(R"("kind": "descramble")",
                                        R"("kind": "descramble", "group": "signed-permutation")")),
            1, {});
        const auto& tables = r.runs.front().tables;
        QCOMPARE(int(tables.size()), 2);
        const auto matrix = [](const metrics::MetricTable& t) {
            Eigen::MatrixXd m(t.rows, t.cols);
            for (int i = 0; i < t.rows; ++i)
                for (int j = 0; j < t.cols; ++j)
                    m(i, j) = t.values[static_cast<std::size_t>(i * t.cols + j)];
            return m;
        };
        const Eigen::MatrixXd W1 = matrix(tables[0]), QW1 = matrix(tables[1]);
        QCOMPARE(tables[1].rowLabels, (std::vector<std::string>{"0", "1", "2", "3"}));
        // An orthogonal mix: W₁ W₁ᵀ and Q W₁ (Q W₁)ᵀ have the same eigenvalues.
        const auto eigenvalues = [](const Eigen::MatrixXd& W) {
            return eqlab::symmetricEigen(W * W.transpose()).values;
        };
        QVERIFY((eigenvalues(W1) - eigenvalues(QW1)).norm() < 1e-9 * W1.squaredNorm());
        // ... and not a signed permutation: some descrambled row is far from every ±row of W₁.
        double farthest = 0;
        for (int k = 0; k < 4; ++k) {
            double nearest = 1e300;
            for (int i = 0; i < 4; ++i)
                nearest = std::min(
                    {nearest, (QW1.row(k) - W1.row(i)).norm(), (QW1.row(k) + W1.row(i)).norm()});
            farthest = std::max(farthest, nearest);
        }
        QVERIFY(farthest > 0.1 * W1.norm());
        // The closed form minimises over all of O(4), the signed permutations among them.
        const double after = finalValue(r, "model", "roughness_after");
        QVERIFY(after < finalValue(permuted, "model", "roughness_after") * (1 - 1e-6));
        QVERIFY(std::abs(finalValue(r, "model", "roughness_before") -
                         finalValue(permuted, "model", "roughness_before")) < 1e-12);
        // input_roughness: ‖W₁ Dᵀ‖² / ‖W₁‖², D the differences of neighbouring inputs; an
        // orthogonal Q leaves it as it is.
        for (const Eigen::MatrixXd& W : {W1, QW1}) {
            const Eigen::MatrixXd d = W.rightCols(7) - W.leftCols(7);
            QVERIFY(std::abs(d.squaredNorm() / W.squaredNorm() -
                             finalValue(r, "model", "input_roughness")) < 1e-9);
        }
        QVERIFY(lessonErrorOf(QString(text)
                                  .replace(R"("function": "identity")", R"("function": "tanh")")
                                  .replace(R"("kind": "descramble")",
                                           R"("kind": "descramble", "group": "orthogonal")"))
                    .contains("metric 'descramble': group 'orthogonal' needs a linear hidden "
                              "layer"));
    }

    // Nets with two hidden layers: the weight-space metrics work layer by layer, and stitching a
    // run to an identical one changes nothing.
    void deepRunsAndStitching() {
        const QString deep = R"([{"type": "dense", "out": 5},
            {"type": "activation", "function": "tanh"}, {"type": "dense", "out": 5},
            {"type": "activation", "function": "tanh"}, {"type": "dense", "out": 1}])";
        const QString text = QString(R"({"eqlab_experiment": 1,
            "task": {"kind": "teacher", "inputs": 4, "hidden": 3, "samples": 64},
            "runs": [{"label": "a", "model": %1}, {"label": "same", "model": %1},
                     {"label": "b", "seed_offset": 3, "model": %1}],
            "steps": 4, "metrics": {"every": 2, "compute": [
              "loss", {"kind": "alignment", "with": "a"}, "weight-symmetry",
              {"kind": "stitching", "with": "a", "layer": 2}]}})")
                                 .arg(deep);
        const auto r = train::runExperiment(parse(text), 1, {});
        QCOMPARE(finalValue(r, "same", "distance_after"), 0.0);
        QCOMPARE(finalValue(r, "same", "stitched_loss_before"), finalValue(r, "same", "own_loss"));
        QCOMPARE(finalValue(r, "same", "stitched_loss_after"), finalValue(r, "same", "own_loss"));
        QCOMPARE(finalValue(r, "same", "peer_loss"), finalValue(r, "b", "peer_loss"));
        // The run stitched to itself reports nothing.
        for (const auto& o : r.runs)
            if (o.label == "a")
                for (const auto& v : o.metrics.back().values)
                    QVERIFY(v.name.find("stitch") == std::string::npos);
        QVERIFY(finalValue(r, "b", "distance_before") > 0.3);
        QVERIFY(finalValue(r, "b", "symmetry_error") < 1e-13);
        QVERIFY(finalValue(r, "b", "outside_error") > 1e-3);
        QVERIFY(finalValue(r, "b", "stitched_loss_before") != finalValue(r, "b", "own_loss"));
        for (const auto& o : r.runs)
            if (o.label == "b") {
                QCOMPARE(int(o.tables.size()), 2);  // alignment correlation, distance per layer
                QCOMPARE(o.tables[1].name, std::string("aligned_distance_per_layer"));
                QCOMPARE(o.tables[1].rows, 3);
                QCOMPARE(o.tables[1].cols, 2);
            }
        QVERIFY(lessonErrorOf(QString(text).replace(R"("layer": 2)", R"("layer": 3)"))
                    .contains("metric 'stitching': layer 3, but the nets have 2 hidden layers"));
        QVERIFY(lessonErrorOf(
                    QString(text).replace(R"("with": "a", "layer")", R"("with": "c", "layer")"))
                    .contains("metric 'stitching': no run labelled 'c' to stitch with"));
    }

    void lessons_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("equivariant-basis") << "equivariant-basis";
        QTest::newRow("universality") << "universality";
        QTest::newRow("intertwiners") << "intertwiners";
        QTest::newRow("descrambler") << "descrambler";
    }
    void lessons() {
        QFETCH(QString, name);
        const auto spec = io::readExperimentFile(lessonFile(qPrintable(name)));
        QVERIFY(spec.lesson && spec.headline);
        const auto r = train::runExperiment(spec, 0, {});
        for (const auto& run : r.runs) {
            QString line = QString::fromStdString(run.label) + ":";
            for (const auto& v : run.metrics.back().values)
                line +=
                    QString(" %1=%2").arg(QString::fromStdString(v.name)).arg(v.value, 0, 'g', 4);
            qInfo("%s", qPrintable(line));
        }
        QVERIFY(r.headline);
        for (const auto& c : r.headline->checks)
            QVERIFY2(c.holds, qPrintable(QString("%1 %2 = %3, wanted %4 %5")
                                             .arg(QString::fromStdString(c.check.run),
                                                  QString::fromStdString(c.check.metric))
                                             .arg(c.value ? *c.value : std::nan(""))
                                             .arg(c.check.below ? "below" : "above")
                                             .arg(c.check.threshold)));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestWspaceLessons)
#include "test_wspace_lessons.moc"

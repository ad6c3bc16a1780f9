// Trained weights in and out (docs/interop.md): every layer kind's named tensors tile its
// parameters; a model written and read back is the same bit for bit and gives the same outputs;
// loading checks names and shapes with messages naming the tensor; an MLP written by NumPy alone
// gives NumPy's outputs; the session's weights carry their metadata and reload.

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <set>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/core/rng.h"
#include "compute/io/experiment.h"
#include "compute/io/run_inputs.h"
#include "compute/io/safetensors.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/model_tensors.h"
#include "compute/train/session.h"
#include "compute/train/task_setup.h"
#include "compute/train/trained_net.h"
#include "suite/suite.h"

using eqlab::Error;
using eqlab::Tensor;
using eqlab::TensorDtype;
using eqlab::io::ExperimentSpec;
namespace nn = eqlab::nn;
namespace train = eqlab::train;

namespace {

// Every experiment eqlab ships: the lessons and the examples.
std::vector<std::string> shippedExperiments() {
    std::vector<std::string> files;
    for (const char* folder :
         {EQLAB_SOURCE_DIR "/resources/lessons", EQLAB_SOURCE_DIR "/resources/experiments"}) {
        const QDir dir(QString::fromUtf8(folder));
        for (const QString& name :
             dir.entryList({QStringLiteral("*.eqlab.json")}, QDir::Files, QDir::Name)) {
            files.push_back(dir.filePath(name).toStdString());
        }
    }
    return files;
}

train::TaskSetup setupOf(const ExperimentSpec& spec, std::size_t run) {
    if (const auto& inputs = spec.runs[run].inputs) {
        // A run on another run's codes: those of the source's initial weights (the shapes are
        // what matters here).
        const std::size_t source = eqlab::io::inputsSource(spec, run);
        const train::TaskSetup from = setupOf(spec, source);
        auto model = train::buildModel<double>(spec, from, source);
        const auto layers = static_cast<std::size_t>(inputs->layers);
        const auto codes = [&](const Eigen::MatrixXd& X) {
            return X.cols() == 0 ? Eigen::MatrixXd() : model->predictLayers(X, layers);
        };
        return train::codesSetup(from, *inputs, codes(from.task.X), codes(from.task.testX));
    }
    return spec.runs[run].task ? train::loadTask(spec, *spec.runs[run].task, "task")
                               : train::loadTask(spec, spec.task, "task");
}

// At most 8 training inputs of the task, as the model's scalar.
template <class S>
nn::Matrix<S> someInputs(const train::TaskSetup& setup) {
    const Eigen::Index n = std::min<Eigen::Index>(8, setup.task.X.cols());
    return setup.task.X.leftCols(n).template cast<S>();
}

// Every parameter lies in exactly one tensor: with params = 0, 1, 2, ... the tensors' values are
// a permutation of them. Returns "name [shape]" lines for the report.
template <class S>
std::string checkTiling(nn::Model<S>& model, const std::string& what) {
    std::iota(model.params().begin(), model.params().end(), S(0));
    const std::vector<Tensor> tensors = nn::modelTensors(model);
    std::vector<double> seen;
    std::set<std::string> names;
    std::string lines;
    for (const Tensor& t : tensors) {
        if (!names.insert(t.name).second)
            throw Error(eqlab::ErrorKind::Internal, what + ": two tensors named " + t.name);
        seen.insert(seen.end(), t.values.begin(), t.values.end());
        lines += "  " + t.name + " " + eqlab::shapeText(t.shape) + "\n";
    }
    std::sort(seen.begin(), seen.end());
    std::vector<double> expected(static_cast<std::size_t>(model.paramCount()));
    std::iota(expected.begin(), expected.end(), 0.0);
    if (seen != expected)
        throw Error(eqlab::ErrorKind::Internal,
                    what + ": the tensors do not hold every parameter exactly once");
    return lines;
}

// Random parameters -> file bytes -> a fresh model: same bits, same outputs.
template <class S>
void checkRoundTrip(const ExperimentSpec& spec, const train::TaskSetup& setup, std::size_t run) {
    auto original = train::buildModel<S>(spec, setup, run);
    eqlab::Rng rng(99);
    for (Eigen::Index i = 0; i < original->paramCount(); ++i)
        original->params()[i] = static_cast<S>(rng.normal() * 0.3);
    original->prepare();
    eqlab::io::SafetensorsFile file;
    file.tensors = nn::modelTensors(*original);
    const auto back = eqlab::io::parseSafetensors(eqlab::io::safetensorsBytes(file), "memory");
    for (const Tensor& t : back.tensors)
        QCOMPARE(t.dtype, (std::is_same_v<S, float> ? TensorDtype::F32 : TensorDtype::F64));

    ExperimentSpec other = spec;
    other.seed += 1000;  // a different initialisation, overwritten by the file
    auto loaded = train::buildModel<S>(other, setup, run);
    nn::loadModelTensors(*loaded, back.tensors, "memory");
    QVERIFY(std::memcmp(loaded->params().data(), original->params().data(),
                        sizeof(S) * static_cast<std::size_t>(original->paramCount())) == 0);
    const nn::Matrix<S> X = someInputs<S>(setup);
    const nn::Matrix<S> a = original->predict(X), b = loaded->predict(X);
    QCOMPARE(a.rows(), b.rows());
    QVERIFY2(std::memcmp(a.data(), b.data(), sizeof(S) * static_cast<std::size_t>(a.size())) == 0,
             (spec.name + " run " + spec.runs[run].label).c_str());
}

std::unique_ptr<nn::Model<double>> mlp(nn::Index in, nn::Index hidden, nn::Index out) {
    std::vector<nn::LayerPtr<double>> layers;
    layers.push_back(std::make_unique<nn::Dense<double>>(in, hidden));
    layers.push_back(std::make_unique<nn::Pointwise<double>>(nn::Activation::Tanh, hidden));
    layers.push_back(std::make_unique<nn::Dense<double>>(hidden, out));
    auto model = std::make_unique<nn::Model<double>>(std::move(layers));
    model->initialize(3);
    return model;
}

const char* kXor = R"({
  "eqlab_experiment": 1, "name": "xor", "task": {"kind": "xor"},
  "model": [{"type": "dense", "out": 8}, {"type": "activation", "function": "tanh"},
            {"type": "dense", "out": 2}],
  "loss": "cross-entropy", "optimizer": {"kind": "adam", "lr": 0.05},
  "seed": 1, "steps": 20, "batch": 4, "chunk": 2, "metrics": {"every": 5}
})";

const char* kNormActivation = R"({
  "eqlab_experiment": 1, "name": "norm-activation", "group": "D4",
  "task": {"kind": "grid-roughness", "size": 5, "samples": 16},
  "model": [{"type": "equivariant", "in": "grid:5", "out": "4*std"},
            {"type": "norm-activation", "function": "relu"},
            {"type": "equivariant", "in": "4*std", "out": "trivial"}]
})";

const char* kAffineInvolutive = R"({
  "eqlab_experiment": 1, "name": "affine-involutive",
  "task": {"kind": "involution", "samples": 16},
  "model": [{"type": "involutive", "coupling": "affine", "couplings": 2, "hidden": 4}]
})";

}  // namespace

class TestWeights : public QObject {
    Q_OBJECT

private slots:
    void denseLayersUsePyTorchNamesAndLayouts() {
        auto model = mlp(4, 8, 3);
        const std::vector<Tensor> t = nn::modelTensors(*model);
        QCOMPARE(t.size(), 4u);
        QCOMPARE(t[0].name, std::string("0.weight"));
        QCOMPARE(t[0].shape, (std::vector<std::int64_t>{8, 4}));
        QCOMPARE(t[1].name, std::string("0.bias"));
        QCOMPARE(t[1].shape, (std::vector<std::int64_t>{8}));
        QCOMPARE(t[2].name, std::string("2.weight"));
        QCOMPARE(t[2].shape, (std::vector<std::int64_t>{3, 8}));
        QCOMPARE(t[3].name, std::string("2.bias"));
        const auto& dense = dynamic_cast<const nn::Dense<double>&>(model->net().layer(2));
        for (int o = 0; o < 3; ++o) {
            for (int i = 0; i < 8; ++i)
                QCOMPARE(t[2].values[static_cast<std::size_t>(o * 8 + i)], dense.weight()(o, i));
            QCOMPARE(t[3].values[static_cast<std::size_t>(o)], dense.bias()(o));
        }
    }

    // Every shipped experiment's every run, float and double: the tensors tile the parameters,
    // and a round trip through the file format keeps every bit and every output.
    void everyShippedModelRoundTrips() {
        std::string report;
        int models = 0;
        for (const std::string& path : shippedExperiments()) {
            const ExperimentSpec spec = eqlab::io::readExperimentFile(path);
            for (std::size_t run = 0; run < spec.runs.size(); ++run) {
                const train::TaskSetup setup = setupOf(spec, run);
                auto model = train::buildModel<double>(spec, setup, run);
                const std::string what = spec.name + "/" + spec.runs[run].label;
                report += what + " (" + std::to_string(model->paramCount()) + " parameters)\n" +
                          checkTiling(*model, what);
                checkRoundTrip<double>(spec, setup, run);
                checkRoundTrip<float>(spec, setup, run);
                ++models;
            }
        }
        // Layer kinds no shipped experiment uses: norm-activation, affine couplings.
        for (const char* text : {kNormActivation, kAffineInvolutive}) {
            const ExperimentSpec spec = eqlab::io::parseExperiment(text, "extra");
            const train::TaskSetup setup = setupOf(spec, 0);
            auto model = train::buildModel<double>(spec, setup, 0);
            report += spec.name + "\n" + checkTiling(*model, spec.name);
            checkRoundTrip<double>(spec, setup, 0);
            checkRoundTrip<float>(spec, setup, 0);
        }
        QVERIFY2(report.find("  1.threshold [4]\n") != std::string::npos, report.c_str());
        QVERIFY(models >= 20);
        if (qEnvironmentVariableIsSet("EQLAB_PRINT_TENSORS"))
            qInfo().noquote() << QString::fromStdString(report);
    }

    void loadingNamesTheTensorAndBothShapes() {
        auto model = mlp(4, 8, 3);
        const nn::Vector<double> before = model->params();
        std::vector<Tensor> tensors = nn::modelTensors(*model);
        const auto expectError = [&](const std::vector<Tensor>& given, const QString& words) {
            try {
                nn::loadModelTensors(*model, given, "w.safetensors");
                QFAIL("no error");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), eqlab::ErrorKind::Parse);
                QVERIFY2(QString::fromUtf8(e.detail()).contains(words), e.detail());
                QVERIFY2(
                    QString::fromUtf8(e.detail()).startsWith(QStringLiteral("w.safetensors: ")),
                    e.detail());
            }
            QVERIFY(model->params() == before);  // untouched
        };
        auto wrong = tensors;
        wrong[2].shape = {3, 7};
        wrong[2].values.resize(21);
        expectError(wrong, QStringLiteral(
                               "'2.weight' has shape [3, 7] but the model's layer 2 (dense 8->3) "
                               "needs [3, 8]"));
        auto extra = tensors;
        extra.push_back({"5.weight", TensorDtype::F64, {1}, {0.0}});
        expectError(extra, QStringLiteral("the model has no tensor '5.weight'"));
        auto missing = tensors;
        missing.erase(missing.begin() + 1);
        expectError(missing, QStringLiteral("tensor '0.bias' [8] of the model's layer 0 "
                                            "(dense 4->8) is missing"));
    }

    void float64WeightsLoadIntoAFloat32Model() {
        auto source = mlp(4, 8, 3);
        std::vector<nn::LayerPtr<float>> layers;
        layers.push_back(std::make_unique<nn::Dense<float>>(4, 8));
        layers.push_back(std::make_unique<nn::Pointwise<float>>(nn::Activation::Tanh, 8));
        layers.push_back(std::make_unique<nn::Dense<float>>(8, 3));
        nn::Model<float> target(std::move(layers));
        nn::loadModelTensors(target, nn::modelTensors(*source), "w");
        QVERIFY(target.params() == source->params().cast<float>());
    }

    // The script docs/interop.md shows: NumPy alone writes an MLP's weights, inputs and its own
    // forward outputs; eqlab's model with those weights gives the same outputs to 1e-12.
    void numpyWrittenMlpMatchesNumpysForwardPass() {
        const QString python = QStringLiteral(EQLAB_PYTHON3);
        QVERIFY2(!python.isEmpty(),
                 "python3 was not found at configure time (scripts/setup-debian installs "
                 "python3-numpy)");
        QTemporaryDir dir;
        QProcess process;
        process.start(python,
                      {QStringLiteral(EQLAB_SOURCE_DIR "/docs/interop/numpy_mlp.py"), dir.path()});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());

        const std::string folder = dir.path().toStdString();
        const ExperimentSpec spec = eqlab::io::parseExperiment(
            R"({"eqlab_experiment": 1, "name": "numpy-mlp",
                "task": {"kind": "npy", "x": ")" +
                folder + R"(/x.npy", "y": ")" + folder +
                R"(/y.npy", "test_fraction": 0},
                "model": [{"type": "dense", "out": 16}, {"type": "activation", "function": "tanh"},
                          {"type": "dense", "out": 3}]})",
            "numpy-mlp");
        const train::TrainedNet net = train::loadTrainedNet(spec, folder + "/mlp.safetensors");
        QVERIFY(!net.isFloat());
        QCOMPARE(net.metadata.at("format"), std::string("eqlab-weights 1"));
        const Eigen::MatrixXd& X = net.setup.task.X;  // 6 × 10
        const Eigen::MatrixXd& Y = net.setup.task.Y;  // NumPy's outputs, 3 × 10
        QCOMPARE(X.cols(), Eigen::Index(10));
        const double difference = (net.predict(X) - Y).cwiseAbs().maxCoeff();
        qInfo("eqlab vs NumPy forward: max |difference| = %.3g", difference);
        QVERIFY2(difference <= 1e-12, QByteArray::number(difference).constData());

        // And back: NumPy's reader reads the file eqlab writes of that net, and its forward pass
        // on those weights gives the same outputs.
        eqlab::io::SafetensorsFile mine;
        mine.tensors = nn::modelTensors(*net.doubleModel);
        mine.metadata["run"] = "model";
        eqlab::io::writeSafetensors(folder + "/eqlab.safetensors", mine);
        QProcess reader;
        reader.start(
            python,
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import sys; sys.path.insert(0, sys.argv[1]); import numpy as np; "
                 "from numpy_mlp import read_safetensors, mlp_forward; "
                 "w, meta = read_safetensors(sys.argv[2] + '/eqlab.safetensors'); "
                 "x = np.load(sys.argv[2] + '/x.npy'); y = np.load(sys.argv[2] + '/y.npy'); "
                 "d = np.abs(mlp_forward(w, x) - y).max(); print(d); "
                 "sys.exit(0 if d <= 1e-12 and meta['run'] == 'model' else 1)"),
             QStringLiteral(EQLAB_SOURCE_DIR "/docs/interop"), dir.path()});
        QVERIFY(reader.waitForFinished(60000));
        QVERIFY2(reader.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0,
                 (reader.readAllStandardOutput() + reader.readAllStandardError()).constData());

        // docs/interop.md shows this very script.
        QFile script(QStringLiteral(EQLAB_SOURCE_DIR "/docs/interop/numpy_mlp.py"));
        QFile doc(QStringLiteral(EQLAB_SOURCE_DIR "/docs/interop.md"));
        QVERIFY(script.open(QIODevice::ReadOnly) && doc.open(QIODevice::ReadOnly));
        QVERIFY2(doc.readAll().contains("```python\n" + script.readAll() + "```"),
                 "docs/interop.md does not quote docs/interop/numpy_mlp.py as it is");
    }

    // A session's weights reload into a new session: its step-0 metrics are the first one's
    // final metrics, bit for bit.
    void sessionWeightsReloadWithTheirMetrics() {
        const ExperimentSpec spec = eqlab::io::parseExperiment(kXor, "xor");
        train::ExperimentSession first(spec);
        while (first.step()) {
        }
        const eqlab::io::SafetensorsFile weights = first.weights(0);
        QCOMPARE(weights.metadata.at("format"), std::string(train::kWeightsFormat));
        QCOMPARE(weights.metadata.at("run"), first.runLabel(0));
        QCOMPARE(weights.metadata.at("dtype"), std::string("float64"));
        QCOMPARE(weights.metadata.at("step"), std::string("20"));
        const ExperimentSpec again = eqlab::io::parseExperimentValue(
            eqlab::json::parse(weights.metadata.at("experiment")), "metadata");
        QCOMPARE(eqlab::io::experimentToJson(again), eqlab::io::experimentToJson(spec));

        ExperimentSpec evaluate = spec;
        evaluate.steps = 0;
        train::ExperimentSession second(evaluate);
        const std::uint64_t history = second.snapshot()->history;
        second.loadWeights(0, weights, "xor.safetensors");
        QVERIFY(second.snapshot()->history != history);
        const auto a = first.outcomes()[0].metrics.back().values;
        const auto b = second.outcomes()[0].metrics.back().values;
        QCOMPARE(b.size(), a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].name, a[i].name);
            QVERIFY2(std::memcmp(&a[i].value, &b[i].value, sizeof(double)) == 0, a[i].name.c_str());
        }
        QCOMPARE(second.outcomes()[0].metrics.size(), 1u);

        // A file that does not fit changes nothing and names the tensor.
        auto bad = weights;
        bad.tensors[0].shape = {8, 3};
        bad.tensors[0].values.resize(24);
        QVERIFY_THROWS_EXCEPTION(Error, second.loadWeights(0, bad, "bad.safetensors"));
    }

    void theRunIsChosenByLabelMetadataOrUniqueness() {
        const ExperimentSpec two = eqlab::io::parseExperiment(
            R"({"eqlab_experiment": 1, "name": "two", "group": "S4",
                "task": {"kind": "set-max", "set_size": 4, "samples": 16},
                "model": [{"type": "dense", "out": 4}, {"type": "dense", "out": 1}],
                "runs": [{"label": "a"}, {"label": "b"}]})",
            "two");
        eqlab::io::SafetensorsFile file;
        QCOMPARE(train::chooseWeightsRun(two, file, "b", "f"), 1u);
        QVERIFY_THROWS_EXCEPTION(Error, train::chooseWeightsRun(two, file, "", "f"));
        QVERIFY_THROWS_EXCEPTION(Error, train::chooseWeightsRun(two, file, "c", "f"));
        file.metadata["run"] = "b";
        QCOMPARE(train::chooseWeightsRun(two, file, "", "f"), 1u);
        QCOMPARE(train::chooseWeightsRun(two, file, "a", "f"), 0u);

        // A trained net of run b, with the symmetry table of S4 on its input.
        train::ExperimentSession session(two);
        const train::TrainedNet net =
            train::loadTrainedNet(two, session.weights(1), "b.safetensors");
        QCOMPARE(net.runLabel, std::string("b"));
        QVERIFY(net.setup.inputAction.has_value());
        const auto table = net.layerSymmetry(*net.setup.inputAction);
        QCOMPARE(table.error.rows(), Eigen::Index(24));
        QCOMPARE(table.error.cols(), Eigen::Index(2));
        QVERIFY(table.meanOverElements().maxCoeff() > 1e-3);  // a plain MLP is not invariant
    }
};

EQLAB_TEST_APPLESS_MAIN(TestWeights)
#include "test_weights.moc"

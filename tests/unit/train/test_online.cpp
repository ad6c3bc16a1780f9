// Online learning ("online": true, docs/experiment-format.md): every step trains on a fresh batch
// from the task's sampler. The NLGP sampler draws exactly what the task draws; the batches of
// successive steps are new samples (none repeats, none is a training or test sample) and a pure
// function of (seed, step); a session gives bit-identical numbers with 1 and 2 threads and other
// numbers than the same experiment on its fixed training set; tasks without a sampler are refused;
// the paper's D = 400 is allowed.
// Sign targets ("targets": "sign"): two classes as one ±1 target for MSE, accuracy from the sign.

#include <QTest>

#include <set>
#include <vector>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/data/nlgp.h"
#include "compute/data/target_encoding.h"
#include "compute/io/experiment.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/nn/dense.h"
#include "compute/nn/loss.h"
#include "compute/train/session.h"
#include "compute/train/task_setup.h"
#include "compute/train/trainer.h"
#include "suite/suite.h"

using namespace eqlab;
using eqlab::io::ExperimentSpec;

namespace {

// dense(6)-erf-dense(1) on 24-pixel NLGP data, MSE on ±1 labels, online SGD.
ExperimentSpec onlineNlgp(bool online = true) {
    ExperimentSpec spec;
    spec.name = "online-nlgp";
    spec.task = io::task("nlgp", {{"pixels", 24}, {"samples", 64}, {"test_samples", 64}});
    spec.runs.push_back(
        {"model",
         {io::layer("dense", {{"out", 6}}), io::layer("activation", {}, {{"function", "erf"}}),
          io::layer("dense", {{"out", 1}})},
         false,
         std::nullopt,
         std::nullopt});
    spec.loss = io::LossKind::Mse;
    spec.targets = io::TargetEncoding::Sign;
    spec.optimizer = io::OptimizerKind::Sgd;
    spec.learningRate = 0.05;
    spec.online = online;
    spec.steps = 40;
    spec.batch = 20;  // chunks of 8: 8, 8, 4
    spec.chunk = 8;
    spec.metricEvery = 20;
    spec.seed = 5;
    return spec;
}

train::RunOutcome runToTheEnd(const ExperimentSpec& spec, int threads) {
    train::SessionOptions options;
    options.threads = threads;
    options.withOrbits = false;
    options.withFilters = false;
    train::ExperimentSession session(spec, options);
    while (session.step()) {
    }
    return session.outcomes().front();
}

// The detail of the Error `f` throws contains `text` (and it throws).
template <class F>
bool throwsWith(F f, const char* text) {
    try {
        f();
    } catch (const Error& e) {
        if (!QString(e.detail()).contains(text)) {
            qWarning("error was: %s", e.detail());
            return false;
        }
        return true;
    }
    return false;
}

std::vector<double> metricNumbers(const train::RunOutcome& run) {
    std::vector<double> numbers;
    for (const auto& record : run.metrics) {
        for (const auto& value : record.values) {
            numbers.push_back(value.value);
        }
    }
    return numbers;
}

// The columns of X, each as a key (whole columns: at gain 10 many pixels are exactly ±1/√γ).
std::vector<std::vector<double>> columnKeys(const Eigen::MatrixXd& X) {
    std::vector<std::vector<double>> keys;
    for (Eigen::Index c = 0; c < X.cols(); ++c) {
        keys.emplace_back(X.col(c).data(), X.col(c).data() + X.rows());
    }
    return keys;
}

}  // namespace

class TestOnline : public QObject {
    Q_OBJECT

private slots:
    // The sampler factors the covariances once; its draws are the task's, bit for bit.
    void nlgpSamplerDrawsWhatTheTaskDraws() {
        for (const auto distribution :
             {data::RingDistribution::Nlgp, data::RingDistribution::GaussianClone}) {
            data::NlgpTaskConfig config;
            config.D = 12;
            config.samples = 9;
            config.distribution = distribution;
            const data::TaskData task = data::makeNlgpTask(config, 77);
            const data::TaskData drawn = data::NlgpSampler(config).draw(9, 77);
            QVERIFY(task.X == drawn.X);
            QVERIFY(task.Y == drawn.Y);
            QVERIFY(data::NlgpSampler(config).draw(9, 78).X != task.X);
        }
    }

    // The batches of a run: fresh every step (no column repeats across 50 steps, none is a
    // training or test column), balanced ±1 targets, and the same for the same (seed, step).
    void onlineBatchesAreFreshAndDeterministic() {
        const ExperimentSpec spec = onlineNlgp();
        const train::TaskSetup setup = train::loadTask(spec, spec.task, "task");
        QVERIFY(setup.sampler);
        QVERIFY(setup.task.signTargets);
        const Rng stream = Rng(spec.seed).split(train::kOnlineStream);
        std::set<std::vector<double>> seen;
        for (const auto& key : columnKeys(setup.task.X)) {
            seen.insert(key);
        }
        for (const auto& key : columnKeys(setup.task.testX)) {
            seen.insert(key);
        }
        const std::size_t fixed = seen.size();
        QCOMPARE(fixed, std::size_t(128));
        for (std::uint64_t k = 0; k < 50; ++k) {
            const data::TaskData batch = setup.sampler(stream.split(k).key(), 20);
            QCOMPARE(batch.X.rows(), Eigen::Index(24));
            QCOMPARE(batch.X.cols(), Eigen::Index(20));
            QCOMPARE(batch.Y.sum(), 0.0);  // ten of each class
            QCOMPARE(batch.Y.cwiseAbs().sum(), 20.0);
            for (const auto& key : columnKeys(batch.X)) {
                QVERIFY(seen.insert(key).second);
            }
            const data::TaskData again = setup.sampler(stream.split(k).key(), 20);
            QVERIFY(again.X == batch.X);
            QVERIFY(again.Y == batch.Y);
        }
        QCOMPARE(seen.size(), fixed + 50 * 20);
    }

    // The trainer asks its source once per step, in step order, for the configured batch size
    // (not clamped to the 4 columns of the dataset), and trains on what it gets.
    void trainerTrainsOnTheSourcesBatches() {
        auto data = std::make_shared<data::Dataset<double>>();
        data->X = Eigen::MatrixXd::Zero(2, 4);
        data->Y = Eigen::MatrixXd::Zero(1, 4);
        std::vector<std::pair<std::int64_t, std::size_t>> calls;
        auto run = [&](bool withSource) {
            std::vector<nn::LayerPtr<double>> layers;
            layers.push_back(std::make_unique<nn::Dense<double>>(2, 1));
            nn::Model<double> model(std::move(layers));
            model.initialize(3);
            train::TrainerConfig config;
            config.batchSize = 10;
            config.chunkSize = 4;
            train::Trainer<double> trainer(model, data, nn::makeLoss<double>(nn::LossKind::MSE),
                                           train::makeOptimizer<double>({}), config);
            if (withSource) {
                trainer.setBatchSource([&](std::int64_t k, std::size_t B,
                                           data::Dataset<double>& out) {
                    calls.emplace_back(k, B);
                    out.X = Eigen::MatrixXd::Constant(2, static_cast<Eigen::Index>(B), 1.0);
                    out.Y =
                        Eigen::MatrixXd::Constant(1, static_cast<Eigen::Index>(B), double(k + 1));
                });
            }
            for (int i = 0; i < 3; ++i) {
                trainer.step();
            }
            return trainer.losses();
        };
        const std::vector<double> fixed = run(false);
        const std::vector<double> online = run(true);
        QCOMPARE(calls.size(), std::size_t(3));
        for (std::size_t i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls[i].first, std::int64_t(i));
            QCOMPARE(calls[i].second, std::size_t(10));
        }
        // Zero inputs and targets give a loss of bias² only; the source's targets k + 1 do not.
        QVERIFY(online != fixed);
        QVERIFY(online[2] > 1.0);
    }

    // Same seed, 1 or 2 threads: bit-identical losses and metrics; another seed or the fixed
    // training set gives other numbers (the option is in effect).
    void onlineRunsAreDeterministicAcrossThreads() {
        const train::RunOutcome one = runToTheEnd(onlineNlgp(), 1);
        const train::RunOutcome two = runToTheEnd(onlineNlgp(), 2);
        QCOMPARE(one.batchLosses.size(), std::size_t(40));
        QVERIFY(one.batchLosses == two.batchLosses);
        QCOMPARE(one.metrics.size(), std::size_t(3));
        QVERIFY(metricNumbers(one) == metricNumbers(two));
        ExperimentSpec other = onlineNlgp();
        other.seed = 6;
        QVERIFY(runToTheEnd(other, 2).batchLosses != one.batchLosses);
        QVERIFY(runToTheEnd(onlineNlgp(false), 2).batchLosses != one.batchLosses);
    }

    // The paper's largest ring, D = 400 (the task allows up to 1024): an online session builds,
    // steps, and measures the IPR of 400-pixel rows, near 3/(D+2) at the start.
    void paperSizeRingTrains() {
        ExperimentSpec spec = onlineNlgp();
        spec.task = io::task("nlgp", {{"pixels", 400}, {"samples", 16}, {"test_samples", 16}});
        spec.metrics = {{"ipr", defaultParams(metrics::findMetricKind("ipr")->params)}};
        spec.steps = 3;
        spec.metricEvery = 3;
        const train::RunOutcome run = runToTheEnd(spec, 2);
        QCOMPARE(run.stepsDone, std::int64_t(3));
        const auto ipr = run.finalValue("ipr");
        QVERIFY(ipr && *ipr > 0.5 * 3.0 / 402 && *ipr < 2 * 3.0 / 402);
    }

    // The file form: "online" and "targets" round-trip through the canonical JSON, and are left
    // out of it when not set.
    void fileFormRoundTrips() {
        const ExperimentSpec spec = onlineNlgp();
        const std::string text = io::experimentToJson(spec);
        const ExperimentSpec back = io::parseExperiment(text, "online.eqlab.json");
        QVERIFY(back.online);
        QVERIFY(back.targets == io::TargetEncoding::Sign);
        QCOMPARE(io::experimentToJson(back), text);
        ExperimentSpec plain = onlineNlgp(false);
        plain.targets = io::TargetEncoding::Index;
        const std::string plainText = io::experimentToJson(plain);
        QVERIFY(text.find("\"online\": true") != std::string::npos);
        QVERIFY(plainText.find("\"online\"") == std::string::npos);
        QVERIFY(plainText.find("\"targets\"") == std::string::npos);
    }

    void badCombinationsAreRefused() {
        // A task without a sampler.
        ExperimentSpec xorOnline = onlineNlgp();
        xorOnline.task = io::task("xor");
        xorOnline.targets = io::TargetEncoding::Index;
        QVERIFY(throwsWith([&] { train::loadTask(xorOnline, xorOnline.task, "task"); },
                           "cannot draw fresh samples"));
        // A batch the NLGP sampler cannot draw (one sample gives one class only).
        ExperimentSpec single = onlineNlgp();
        single.batch = 1;
        QVERIFY(throwsWith([&] { train::loadTask(single, single.task, "task"); },
                           "online: NLGP task: samples must be >= 2"));
        // Sign targets need two classes, and the MSE loss.
        ExperimentSpec threeClasses = onlineNlgp(false);
        threeClasses.task = io::task("polyomino");
        QVERIFY(throwsWith([&] { train::loadTask(threeClasses, threeClasses.task, "task"); },
                           "two classes"));
        QVERIFY(throwsWith(
            [] {
                io::parseExperiment(R"({"eqlab_experiment": 1, "task": {"kind": "nlgp"},
                    "loss": "cross-entropy", "targets": "sign"})",
                                    "sign.eqlab.json");
            },
            "sign.eqlab.json: field 'targets'"));
    }

    // One output: the sign is the class.
    void signAccuracy() {
        Eigen::MatrixXd logits(1, 4), target(1, 4);
        logits << 0.3, -2.0, 0.1, -0.1;
        target << 1, -1, -1, 1;
        QCOMPARE(nn::classificationAccuracy<double>(logits, target), 0.5);
        data::TaskData task;
        task.classification = true;
        task.classes = 2;
        task.Y.resize(1, 3);
        task.Y << 0, 1, 1;
        task.testY.resize(1, 2);
        task.testY << 1, 0;
        data::encodeSignTargets(task);
        QCOMPARE(task.outputs(), 1);
        QCOMPARE(task.Y(0, 0), -1.0);
        QCOMPARE(task.Y(0, 2), 1.0);
        QCOMPARE(task.testY(0, 1), -1.0);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestOnline)
#include "test_online.moc"

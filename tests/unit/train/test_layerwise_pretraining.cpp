// Runs trained on another run's codes ("inputs", layer-wise pretraining): the file format checks
// the run it names, the session trains the stages one after the other on exactly the source's
// layer outputs (checked by rebuilding both nets from their weights), the numbers do not depend
// on the thread count or on a save and restore, and a source that diverges leaves its runs
// untrained with a message.

#include <QTest>

#include <cstring>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/io/run_edits.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/nn/model_tensors.h"
#include "compute/train/model_outline.h"
#include "compute/train/session.h"
#include "compute/train/task_setup.h"
#include "compute/train/trained_net.h"
#include "suite/suite.h"
#include "unit/train/experiment_helpers.h"

using eqlab::Error;
namespace io = eqlab::io;
namespace train = eqlab::train;

namespace {

// An autoencoder of the 512 binary 3 × 3 patterns, a second one of its 3 codes (tanh outputs),
// and a head on the second one's 2 codes trained to that run's targets (the first codes).
const char* kStages = R"({
  "eqlab_experiment": 1,
  "name": "stages",
  "group": "D4",
  "task": {"kind": "binary-patterns", "size": 3, "symmetry": "D4"},
  "runs": [
    {"label": "stage-1", "model": [{"type": "dense", "out": 3}, {"type": "activation", "function": "tanh"},
                                   {"type": "dense", "out": 9}]},
    {"label": "stage-2", "inputs": {"run": "stage-1", "layers": 2}, "model": [
      {"type": "dense", "out": 2}, {"type": "activation", "function": "tanh"}, {"type": "dense", "out": 3}]},
    {"label": "head", "inputs": {"run": "stage-2", "layers": 2, "targets": "task"},
     "model": [{"type": "dense", "out": 3}]}
  ],
  "loss": "mse",
  "optimizer": {"kind": "sgd", "lr": 0.05},
  "steps": 20,
  "batch": 64,
  "metrics": {"every": 5, "compute": ["loss", "test-loss"]}
})";

io::ExperimentSpec stages() {
    return io::parseExperiment(kStages, "stages.eqlab.json");
}

// Parsing kStages with `from` replaced by `to`: the parse error's text, or why there is none.
QString parseErrorWith(const QString& from, const QString& to) {
    QString text = QString::fromUtf8(kStages);
    if (!text.contains(from)) {
        return "the text to replace is not in the experiment: " + from;
    }
    text.replace(from, to);
    try {
        io::parseExperiment(text.toStdString(), "stages.eqlab.json");
    } catch (const Error& error) {
        return QString::fromUtf8(error.detail());
    }
    return QStringLiteral("accepted");
}

// The outputs of a model's first `layers` layers (all when -1), X: in × N.
Eigen::MatrixXd forward(eqlab::nn::Model<double>& model, const Eigen::MatrixXd& X,
                        int layers = -1) {
    return layers < 0 ? model.predict(X) : model.predictLayers(X, static_cast<std::size_t>(layers));
}

// Run `index`'s model built for `setup` with the session's final weights.
std::unique_ptr<eqlab::nn::Model<double>> trainedModel(const io::ExperimentSpec& spec,
                                                       const train::TaskSetup& setup,
                                                       const train::ExperimentSession& session,
                                                       int index) {
    auto model = train::buildModel<double>(spec, setup, static_cast<std::size_t>(index));
    eqlab::nn::loadModelTensors(*model, session.weights(index).tensors, "weights");
    return model;
}

// The mean MSE loss per sample, as the "loss" metric computes it.
double meanLoss(const Eigen::MatrixXd& prediction, const Eigen::MatrixXd& target) {
    Eigen::MatrixXd grad;
    return eqlab::nn::makeLoss<double>(eqlab::nn::LossKind::MSE)
               ->evaluate(prediction, target, grad) /
           static_cast<double>(target.cols());
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

}  // namespace

class TestLayerwisePretraining : public QObject {
    Q_OBJECT

private slots:
    void theFormatNamesAnEarlierRun_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown run")
            << R"("run": "stage-1")"
            << R"("run": "stage-9")"
            << "field 'runs[1].inputs.run': expected the label of an earlier run (stage-1), got "
               "'stage-9'";
        QTest::newRow("later run") << R"("run": "stage-1")"
                                   << R"("run": "head")"
                                   << "field 'runs[1].inputs.run'";
        QTest::newRow("itself") << R"("run": "stage-2", "layers": 2, "targets")"
                                << R"("run": "head", "layers": 2, "targets")"
                                << "expected the label of an earlier run (stage-1, stage-2)";
        QTest::newRow("too many layers") << R"("layers": 2})"
                                         << R"("layers": 4})"
                                         << "field 'runs[1].inputs.layers': expected an integer "
                                            "from 1 to 3, got 4";
        QTest::newRow("no layers") << R"("run": "stage-1", "layers": 2)"
                                   << R"("run": "stage-1")"
                                   << "field 'runs[1].inputs.layers': missing";
        QTest::newRow("targets") << R"("targets": "task")"
                                 << R"("targets": "labels")"
                                 << "field 'runs[2].inputs.targets': expected one of inputs, task";
        QTest::newRow("unknown field") << R"("layers": 2})"
                                       << R"("layers": 2, "layer": 1})"
                                       << "field 'runs[1].inputs.layer': unknown field";
        QTest::newRow("with a task")
            << R"({"label": "stage-2", "inputs")"
            << R"({"label": "stage-2", "task": {"kind": "xor"}, "inputs")"
            << "field 'runs[1].inputs': a run that trains on another run's codes has no task";
        QTest::newRow("with augmentation") << R"({"label": "stage-2", "inputs")"
                                           << R"({"label": "stage-2", "augment": true, "inputs")"
                                           << "has no augmentation";
        QTest::newRow("the first run")
            << R"("label": "stage-1", "model")"
            << R"("label": "stage-1", "inputs": {"run": "x", "layers": 1}, "model")"
            << "field 'runs[0].inputs.run': the first run has no earlier run";
    }
    void theFormatNamesAnEarlierRun() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        const QString detail = parseErrorWith(from, to);
        QVERIFY2(detail.startsWith("stages.eqlab.json: ") && detail.contains(message),
                 qPrintable(detail));
    }

    void theCanonicalTextKeepsTheInputs() {
        const io::ExperimentSpec spec = stages();
        QVERIFY(spec.runs[2].inputs.has_value());
        QCOMPARE(spec.runs[2].inputs->run, std::string("stage-2"));
        QCOMPARE(spec.runs[2].inputs->layers, 2);
        QVERIFY(spec.runs[2].inputs->targets == io::RunInputs::Targets::Task);
        QVERIFY(spec.runs[1].inputs->targets == io::RunInputs::Targets::Inputs);
        const std::string text = io::experimentToJson(spec);
        QCOMPARE(io::experimentToJson(io::parseExperiment(text, "again.eqlab.json")), text);
    }

    void runEditsFollowTheSource() {
        io::ExperimentSpec spec = stages();
        io::renameRun(spec, 0, "first");
        QCOMPARE(spec.runs[1].inputs->run, std::string("first"));
        QVERIFY_THROWS_EXCEPTION(Error, io::removeRun(spec, 0));  // stage-2 trains on its codes
        QCOMPARE(spec.runs.size(), std::size_t{3});
        io::removeRun(spec, 2);
        io::removeRun(spec, 1);  // nothing trains on its codes any more
        QCOMPARE(spec.runs.size(), std::size_t{1});
    }

    void inputsAreSetByAnEdit() {
        io::ExperimentSpec spec = stages();
        io::setRunInputs(spec, 2, 0, 1);  // the head on stage-1's first layer
        QCOMPARE(spec.runs[2].inputs->run, std::string("stage-1"));
        QCOMPARE(spec.runs[2].inputs->layers, 1);
        QVERIFY(spec.runs[2].inputs->targets == io::RunInputs::Targets::Task);  // kept
        QVERIFY_THROWS_EXCEPTION(Error, io::setRunInputs(spec, 1, 1, 1));       // itself
        QVERIFY_THROWS_EXCEPTION(Error, io::setRunInputs(spec, 1, 2, 1));       // a later run
        QVERIFY_THROWS_EXCEPTION(Error, io::setRunInputs(spec, 1, 0, 4));       // stage-1 has 3
        io::setRunInputs(spec, 1, -1, 1);
        QVERIFY(!spec.runs[1].inputs);
        spec.runs[1].augment = true;
        QVERIFY_THROWS_EXCEPTION(Error, io::setRunInputs(spec, 1, 0, 2));
        QVERIFY(!spec.runs[1].inputs);
        // What the edits make reads back as written.
        spec.runs[1].augment = false;
        io::setRunInputs(spec, 1, 0, 2);
        const std::string text = io::experimentToJson(spec);
        QCOMPARE(io::experimentToJson(io::parseExperiment(text, "edited.eqlab.json")), text);
    }

    void theOutlineShowsTheCodesShape() {
        const io::ExperimentSpec spec = stages();
        const train::TaskShape second = train::runTaskShape(spec, 1);
        QCOMPARE(second.input.dim, eqlab::nn::Index{3});
        QCOMPARE(second.outputs, 3);
        QVERIFY(second.input.rep.empty());  // no group acts on codes
        const train::TaskShape head = train::runTaskShape(spec, 2);
        QCOMPARE(head.input.dim, eqlab::nn::Index{2});
        QCOMPARE(head.outputs, 3);  // stage-2's targets: the first codes
        QVERIFY(train::outlineModel(spec.runs[2].layers, head).ok());
    }

    void stagesTrainOneAfterTheOther() {
        train::ExperimentSession session(stages(), {1, 0, false, false});
        QCOMPARE(session.totalSteps(), std::int64_t{60});
        // Before stage-1 has finished the others wait: no steps, no metrics.
        for (int i = 0; i < 20; ++i) {
            QVERIFY(session.step());
        }
        auto snapshot = session.snapshot();
        QCOMPARE(snapshot->totalSteps, std::int64_t{60});
        QCOMPARE(snapshot->runs[0].step, std::int64_t{20});
        QCOMPARE(snapshot->runs[1].step, std::int64_t{0});
        QVERIFY(snapshot->runs[1].metrics.empty());
        QVERIFY(!session.finished());
        session.step();
        snapshot = session.snapshot();
        QCOMPARE(snapshot->runs[1].step, std::int64_t{1});
        QCOMPARE(snapshot->runs[1].metrics.front().step, std::int64_t{0});
        QCOMPARE(snapshot->runs[2].step, std::int64_t{0});
        while (session.step()) {
        }
        QCOMPARE(session.stepsDone(), std::int64_t{60});
        for (const auto& run : session.outcomes()) {
            QCOMPARE(run.stepsDone, std::int64_t{20});
            QVERIFY(!run.divergence);
        }
    }

    void eachStageTrainsOnItsSourcesCodes() {
        const io::ExperimentSpec spec = stages();
        train::ExperimentSession session(spec, {1, 0, false, false});
        while (session.step()) {
        }
        const auto outcomes = session.outcomes();
        // Rebuild the chain from the weights: stage-1's first two layers make stage-2's data,
        // stage-2's make the head's; each run's final losses are those of its net on that data.
        const train::TaskSetup first = train::loadTask(spec, spec.task, "task");
        auto model1 = trainedModel(spec, first, session, 0);
        const train::TaskSetup second =
            train::codesSetup(first, *spec.runs[1].inputs, forward(*model1, first.task.X, 2),
                              forward(*model1, first.task.testX, 2));
        auto model2 = trainedModel(spec, second, session, 1);
        const train::TaskSetup third =
            train::codesSetup(second, *spec.runs[2].inputs, forward(*model2, second.task.X, 2),
                              forward(*model2, second.task.testX, 2));
        auto model3 = trainedModel(spec, third, session, 2);
        QVERIFY(third.task.Y == second.task.X);  // the head's targets: stage-2's targets
        const std::vector<std::pair<const train::TaskSetup*, eqlab::nn::Model<double>*>> runs = {
            {&first, model1.get()}, {&second, model2.get()}, {&third, model3.get()}};
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const auto& task = runs[i].first->task;
            const double train = meanLoss(forward(*runs[i].second, task.X), task.Y);
            const double test = meanLoss(forward(*runs[i].second, task.testX), task.testY);
            QVERIFY2(std::abs(*outcomes[i].finalValue("train_loss") - train) <= 1e-13 * train,
                     qPrintable(QString::number(i)));
            QVERIFY(std::abs(*outcomes[i].finalValue("test_loss") - test) <= 1e-13 * test);
        }
    }

    void theStabilizerRanksThePatternsOfTheCodes() {
        // The head's targets are not its inputs: the ranking of reconstructions applies to the
        // two autoencoders only.
        io::ExperimentSpec spec = stages();
        spec.runs.pop_back();
        const auto* kind = eqlab::metrics::findMetricKind("stabilizer-order");
        spec.metrics.push_back({kind->name, eqlab::defaultParams(kind->params)});
        train::ExperimentSession session(spec, {1, 0, false, false});
        while (session.step()) {
        }
        // Stage-2's errors are grouped by the D4 stabilizers of the patterns its codes come
        // from (no group acts on the codes themselves): sizes 1, 2, 4 and 8, as for stage-1.
        for (const auto& run : session.outcomes()) {
            QVERIFY(run.finalValue("stab_gamma_orbits").has_value());
            bool found = false;
            for (const auto& table : run.tables) {
                if (table.name == "reconstruction_error_by_count_and_stabilizer") {
                    found = true;
                    QCOMPARE(table.columnLabels, (std::vector<std::string>{"1", "2", "4", "8"}));
                }
            }
            QVERIFY2(found, run.label.c_str());
        }
    }

    void aTrainedNetOnCodesIsNotAuditedAlone() {
        const io::ExperimentSpec spec = stages();
        train::ExperimentSession session(spec, {1, 0, false, false});
        try {
            train::loadTrainedNet(spec, session.weights(1), "stage-2.safetensors", "stage-2");
            QFAIL("a net on codes was loaded without its inputs");
        } catch (const Error& error) {
            const QString detail = QString::fromUtf8(error.detail());
            QVERIFY2(detail.startsWith("stage-2.safetensors") &&
                         detail.contains("codes of run 'stage-1'"),
                     error.detail());
        }
        // Its source is a net on the task's data: that one loads.
        const auto net =
            train::loadTrainedNet(spec, session.weights(0), "stage-1.safetensors", "stage-1");
        QCOMPARE(net.runLabel, std::string("stage-1"));
    }

    void threadsDoNotChangeTheNumbers() {
        const auto one = eqlab::tests::runExperimentJson(kStages, 1);
        const auto two = eqlab::tests::runExperimentJson(kStages, 2);
        for (std::size_t i = 0; i < one.runs.size(); ++i) {
            QVERIFY(sameBits(one.runs[i].batchLosses, two.runs[i].batchLosses));
        }
    }

    void aRestoredSessionGoesOnInTheSecondStage() {
        const io::ExperimentSpec spec = stages();
        train::ExperimentSession straight(spec, {1, 0, false, false});
        for (int i = 0; i < 30; ++i) {
            straight.step();
        }
        std::vector<io::SafetensorsFile> weights;
        for (int run = 0; run < straight.runCount(); ++run) {
            weights.push_back(straight.weights(run));
        }
        train::ExperimentSession restored(spec, {1, 0, false, false});
        for (int run = 0; run < restored.runCount(); ++run) {
            restored.loadWeights(run, weights[static_cast<std::size_t>(run)], "w.safetensors");
        }
        restored.restoreHistories(straight.histories(), "history.json");
        QCOMPARE(restored.stepsDone(), std::int64_t{30});
        while (straight.step()) {
        }
        while (restored.step()) {
        }
        const auto a = straight.outcomes(), b = restored.outcomes();
        for (std::size_t i = 0; i < a.size(); ++i) {
            QVERIFY2(sameBits(a[i].batchLosses, b[i].batchLosses), a[i].label.c_str());
        }
        // A second stage that trained on a source that had not finished is refused.
        auto histories = straight.histories();
        histories[0].losses.pop_back();
        train::ExperimentSession other(spec, {1, 0, false, false});
        QVERIFY_THROWS_EXCEPTION(Error, other.restoreHistories(histories, "history.json"));
    }

    void aDivergedSourceLeavesItsRunsUntrained() {
        io::ExperimentSpec spec = stages();
        spec.runs[0].learningRate = 1e6;  // the loss grows ~1e12-fold a step: inf by step 30
        spec.steps = 40;
        train::ExperimentSession session(spec, {1, 0, false, false});
        while (session.step()) {
        }
        QVERIFY(session.finished());
        const auto outcomes = session.outcomes();
        QVERIFY(outcomes[0].divergence.has_value());
        for (std::size_t i = 1; i < outcomes.size(); ++i) {
            QCOMPARE(outcomes[i].stepsDone, std::int64_t{0});
            QVERIFY(outcomes[i].divergence.has_value());
            const QString detail = QString::fromUtf8(outcomes[i].divergence->detail());
            QVERIFY2(
                detail.contains("not trained") && detail.contains(i == 1 ? "stage-1" : "stage-2"),
                qPrintable(detail));
        }
        QVERIFY(session.snapshot()->runs[2].divergence.has_value());
    }
};

EQLAB_TEST_GUILESS_MAIN(TestLayerwisePretraining)
#include "test_layerwise_pretraining.moc"

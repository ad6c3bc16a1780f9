#include "compute/train/session.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "compute/core/json.h"
#include "compute/data/action_tasks.h"
#include "compute/data/task_kinds.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/io/run_inputs.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/metrics/orbit_embedding.h"
#include "compute/nn/layer_kinds.h"
#include "compute/nn/model.h"
#include "compute/nn/model_tensors.h"
#include "compute/train/augmentation.h"
#include "compute/train/filter_images.h"
#include "compute/train/task_setup.h"
#include "compute/train/trainer.h"

namespace eqlab::train {

namespace {

// What every run of a session shares: the task and the symmetry known on its input and target.
struct Shared : TaskSetup {
    io::ExperimentSpec spec;
    SessionOptions options;
    // A run trained on another run's codes (io::RunInputs): the task's input pattern of each
    // training column and the group's action on the patterns (metrics::MetricContext::patterns);
    // empty for the runs on the task's own data.
    Eigen::MatrixXd patterns;
    std::optional<groups::Representation> patternAction;
};

// Every run's model, for metrics that compare runs (alignment); only the list of the
// experiment's scalar type is filled.
struct Peers {
    std::vector<metrics::PeerRun<float>> floats;
    std::vector<metrics::PeerRun<double>> doubles;

    template <class S>
    std::vector<metrics::PeerRun<S>>& of() {
        if constexpr (std::is_same_v<S, float>) {
            return floats;
        } else {
            return doubles;
        }
    }
};

struct ChosenMetric {
    const metrics::MetricKind* kind;
    Params params;
};

// The metrics of a run: the experiment's list, or the defaults that apply.
std::vector<ChosenMetric> chooseMetrics(const Shared& shared) {
    metrics::MetricRequirements have;
    have.classification = shared.task.classification;
    have.inputAction = shared.inputAction.has_value();
    have.outputAction = shared.outputAction.has_value();
    have.bandLimited = shared.task.bandLimit >= 0;
    have.image = shared.task.imageHeight > 0;
    have.groupAction = shared.task.carriesElement && shared.group != nullptr;
    have.parity = shared.task.parity != 0;
    have.involution = shared.task.involution;
    have.testSet = shared.task.hasTest();
    have.patternAction = shared.patternAction.has_value();
    std::vector<ChosenMetric> chosen;
    if (shared.spec.metrics.empty()) {
        for (const char* name : {"loss", "accuracy", "invariance", "equivariance", "test-loss",
                                 "test-accuracy", "test-invariance", "test-equivariance"}) {
            const metrics::MetricKind* kind = metrics::findMetricKind(name);
            const bool invariance = std::string(name).ends_with("invariance");
            if (kind->whyNot(have).empty() && !(invariance && have.outputAction)) {
                chosen.push_back({kind, defaultParams(kind->params)});
            }
        }
        return chosen;
    }
    for (std::size_t i = 0; i < shared.spec.metrics.size(); ++i) {
        const auto& m = shared.spec.metrics[i];
        const metrics::MetricKind* kind = metrics::findMetricKind(m.kind);
        if (const std::string why = kind->whyNot(have); !why.empty()) {
            throw Error(ErrorKind::Parse, "metrics.compute[" + std::to_string(i) + "]: '" + m.kind +
                                              "' " + why + " (task '" + shared.spec.task.kind +
                                              "')");
        }
        chosen.push_back({kind, m.params});
    }
    return chosen;
}

class RunBase {
public:
    virtual ~RunBase() = default;
    virtual const std::string& label() const = 0;
    virtual bool going() const = 0;
    virtual bool diverged() const = 0;
    // A run trained on another run's codes waits for that run to finish (io::RunInputs); then
    // start() reads its data from its task (the session has put the codes there) and, with
    // `evaluate`, computes its step-0 metrics. A waiting run has no metrics and does not step.
    virtual bool waiting() const = 0;
    virtual void start(bool evaluate) = 0;
    // The outputs of the first `layers` layers for the inputs X (in × N), in double.
    virtual Eigen::MatrixXd codes(int layers, const Eigen::MatrixXd& X) const = 0;
    virtual void step() = 0;
    virtual void evaluateMetrics() = 0;
    virtual RunSnapshot snapshot(int orbitSample) const = 0;
    virtual RunOutcome outcome() const = 0;
    virtual double lastLoss() const = 0;
    virtual std::int64_t stepsDone() const = 0;
    virtual bool isFloat() const = 0;
    virtual std::vector<Tensor> tensors() const = 0;
    virtual void loadTensors(const std::vector<Tensor>& tensors, const std::string& path) = 0;
    virtual RunHistory history() const = 0;
    virtual void restore(const RunHistory& history) = 0;
};

template <class S>
class Run final : public RunBase {
public:
    Run(const Shared& shared, const io::RunSpec& spec, std::size_t index, Peers& peers)
        : shared_(shared), peers_(peers), spec_(spec), waiting_(spec.inputs.has_value()) {
        if (spec.augment && !shared.inputAction) {
            throw Error(ErrorKind::Parse,
                        (shared.spec.explicitRuns ? "runs[" + std::to_string(index) + "].augment"
                                                  : std::string("augment")) +
                            ": augmentation needs a group acting on the task's input (task '" +
                            shared.spec.task.kind + "' with group '" +
                            (shared.group ? shared.group->name() : std::string("none")) + "')");
        }
        model_ = buildModel<S>(shared.spec, shared, index);
        peers.of<S>().push_back({spec.label, model_.get()});

        dataset_ = std::make_shared<data::Dataset<S>>();
        dataset_->X = shared.task.X.template cast<S>();
        dataset_->Y = shared.task.Y.template cast<S>();
        if (shared.task.hasTest()) {
            testData_ = std::make_shared<data::Dataset<S>>();
            testData_->X = shared.task.testX.template cast<S>();
            testData_->Y = shared.task.testY.template cast<S>();
        }

        const io::ExperimentSpec& e = shared.spec;
        const nn::LossKind lossKind =
            e.loss == io::LossKind::CrossEntropy ? nn::LossKind::CrossEntropy : nn::LossKind::MSE;
        if (lossKind == nn::LossKind::CrossEntropy && !shared.task.classification) {
            throw Error(ErrorKind::Parse, "loss: cross-entropy needs a classification task; '" +
                                              e.task.kind + "' is a regression task: use \"mse\"");
        }
        OptimizerConfig optimizer;
        switch (e.optimizer) {
            case io::OptimizerKind::Sgd:
                optimizer.kind = OptimizerKind::SGD;
                break;
            case io::OptimizerKind::Momentum:
                optimizer.kind = OptimizerKind::Momentum;
                break;
            case io::OptimizerKind::Adam:
                optimizer.kind = OptimizerKind::Adam;
                break;
        }
        optimizer.momentum = e.momentum;
        optimizer.weightDecay = e.weightDecay;
        const double lr = spec.learningRate.value_or(e.learningRate);
        TrainerConfig config;
        config.batchSize = e.batch;
        config.chunkSize = e.chunk;
        config.seed = e.seed + spec.seedOffset;
        config.threads = shared.options.threads;
        config.schedule = e.schedule == io::ScheduleKind::Cosine
                              ? Schedule::cosine(lr, e.steps, 0.0, e.warmup)
                              : Schedule::constant(lr);
        evaluationLoss_ = nn::makeLoss<S>(lossKind);
        trainer_ = std::make_unique<Trainer<S>>(*model_, dataset_, nn::makeLoss<S>(lossKind),
                                                makeOptimizer<S>(optimizer), config);
        if (shared.sampler) {
            // Online: step k trains on a fresh batch, a pure function of (run seed, k).
            const Rng stream = Rng(config.seed).split(kOnlineStream);
            trainer_->setBatchSource([sampler = shared.sampler, stream](
                                         std::int64_t k, std::size_t B, data::Dataset<S>& out) {
                const data::TaskData batch =
                    sampler(stream.split(static_cast<std::uint64_t>(k)).key(), static_cast<int>(B));
                out.X = batch.X.template cast<S>();
                out.Y = batch.Y.template cast<S>();
            });
        }
        if (spec.augment) {
            // Each sample of each step is moved by a random element, drawn from the trainer's
            // per-sample stream (seed, step, position): deterministic across thread counts.
            trainer_->setAugmentation(
                shared.outputAction
                    ? groupAugmentation<S>(*shared.inputAction, *shared.outputAction)
                    : groupAugmentation<S>(*shared.inputAction));
        }
        metrics_ = chooseMetrics(shared);
        for (std::size_t i = 0; i < model_->layout().size(); ++i) {
            layerNames_.push_back(model_->layerName(i));
        }
    }

    const std::string& label() const override { return spec_.label; }
    bool going() const override {
        return !trainer_->divergence() && trainer_->stepsDone() < shared_.spec.steps;
    }
    bool diverged() const override { return trainer_->divergence().has_value(); }
    bool waiting() const override { return waiting_; }

    void start(bool evaluate) override {
        // The trainer reads the data through dataset_: filled in place, it trains on the codes.
        dataset_->X = shared_.task.X.template cast<S>();
        dataset_->Y = shared_.task.Y.template cast<S>();
        if (testData_) {
            testData_->X = shared_.task.testX.template cast<S>();
            testData_->Y = shared_.task.testY.template cast<S>();
        }
        waiting_ = false;
        clearMetrics();
        if (evaluate) {
            evaluateMetrics();
        }
    }

    Eigen::MatrixXd codes(int layers, const Eigen::MatrixXd& X) const override {
        if (X.cols() == 0) {
            return {};
        }
        const nn::Matrix<S> input = X.template cast<S>();
        return model_->predictLayers(input, static_cast<std::size_t>(layers))
            .template cast<double>();
    }
    void step() override {
        trainer_->step();
        // Mirror the trainer's new losses into the log that snapshots share.
        const auto& all = trainer_->losses();
        for (std::size_t i = losses_.size(); i < all.size(); ++i) {
            losses_.push_back(all[i]);
        }
    }

    void evaluateMetrics() override {
        if (waiting_ || (trainer_->divergence() && !records_.empty() &&
                         records_.back().step >= trainer_->divergence()->step)) {
            return;
        }
        metrics::MetricRecord record;
        record.step = trainer_->stepsDone();
        if (records_.empty()) {
            rememberStart();
        }
        std::vector<metrics::MetricTable> tables;
        for (const auto& chosen : metrics_) {
            metrics::MetricContext<S> context{
                *model_,
                shared_.task,
                *dataset_,
                shared_.group,
                shared_.inputAction ? &*shared_.inputAction : nullptr,
                shared_.outputAction ? &*shared_.outputAction : nullptr,
                *evaluationLoss_,
                chosen.params,
                &peers_.template of<S>(),
                testData_.get(),
                shared_.patternAction ? &shared_.patterns : nullptr,
                shared_.patternAction ? &*shared_.patternAction : nullptr,
                initialPredictions_ ? &*initialPredictions_ : nullptr};
            metrics::MetricOutput output;
            if constexpr (std::is_same_v<S, float>) {
                chosen.kind->evaluateFloat(context, output);
            } else {
                chosen.kind->evaluateDouble(context, output);
            }
            record.values.insert(record.values.end(), output.values.begin(), output.values.end());
            for (auto& table : output.tables) {
                tables.push_back(std::move(table));
            }
        }
        metrics::recordLayerErrors(layerErrors_, record.step, tables);
        records_.push_back(std::move(record));
        tables_ = std::move(tables);
    }

    RunSnapshot snapshot(int orbitSample) const override {
        RunSnapshot s;
        s.label = spec_.label;
        s.step = trainer_->stepsDone();
        s.losses = losses_;
        s.metrics = records_;
        s.tables = tables_;
        s.layerErrors = layerErrors_;
        s.layerNames = layerNames_;
        s.parameterCount = model_->paramCount();
        s.divergence = divergenceError();
        if (shared_.options.withFilters) {
            s.filters = modelFilterImages(*model_, shared_.task);
        }
        if (shared_.options.withOrbits &&
            (shared_.inputAction || (shared_.task.carriesElement && shared_.group))) {
            s.orbit = orbit(orbitSample);
        }
        return s;
    }

    double lastLoss() const override {
        const auto& losses = trainer_->losses();
        return losses.empty() ? std::nan("") : losses.back();
    }

    std::int64_t stepsDone() const override { return trainer_->stepsDone(); }
    bool isFloat() const override { return std::is_same_v<S, float>; }
    std::vector<Tensor> tensors() const override { return nn::modelTensors(*model_); }
    void loadTensors(const std::vector<Tensor>& tensors, const std::string& path) override {
        nn::loadModelTensors(*model_, tensors, path);
        if (trainer_->stepsDone() == 0 && !waiting_) {
            // The step-0 metrics described the initial weights: evaluate them again.
            clearMetrics();
            evaluateMetrics();
        }
    }

    RunHistory history() const override {
        return {spec_.label, trainer_->losses(), records_.toVector(), tables_};
    }

    void restore(const RunHistory& history) override {
        trainer_->resume(history.losses);
        // After a step the saved weights are no longer the starting ones.
        initialPredictions_.reset();
        if (history.losses.empty() && !waiting_) {
            rememberStart();
        }
        losses_ = AppendLog<double>();
        for (double loss : history.losses) {
            losses_.push_back(loss);
        }
        clearMetrics();
        for (const auto& record : history.metrics) {
            records_.push_back(record);
        }
        tables_ = history.tables;
        // The files keep the latest tables only: the history over training restarts from them.
        if (!history.metrics.empty()) {
            metrics::recordLayerErrors(layerErrors_, history.metrics.back().step, tables_);
        }
    }

    RunOutcome outcome() const override {
        RunOutcome o;
        o.label = spec_.label;
        o.stepsDone = trainer_->stepsDone();
        o.batchLosses = trainer_->losses();
        o.metrics = records_.toVector();
        o.tables = tables_;
        o.parameterCount = model_->paramCount();
        for (std::size_t i = 0; i < layerNames_.size(); ++i) {
            o.modelDescription += (i ? "; " : "") + layerNames_[i];
        }
        o.divergence = divergenceError();
        return o;
    }

private:
    // The metric history starts over (new data or new starting weights).
    void clearMetrics() {
        records_ = AppendLog<metrics::MetricRecord>();
        tables_.clear();
        layerErrors_ = metrics::LayerErrorHistory();
    }

    // Keeps the predictions of the weights the run starts from, when a chosen metric reads them.
    void rememberStart() {
        const bool used = std::any_of(metrics_.begin(), metrics_.end(), [](const auto& chosen) {
            return chosen.kind->usesInitialPredictions;
        });
        if (used) {
            initialPredictions_ = metrics::predictAll(*model_, dataset_->X);
        }
    }

    std::optional<Error> divergenceError() const {
        const auto& d = trainer_->divergence();
        if (!d) {
            return std::nullopt;
        }
        return Error(ErrorKind::Divergence, "divergence at step " + std::to_string(d->step) +
                                                ": non-finite " + d->where + " in " + d->layerName);
    }

    // The orbit {g·x} of one sample through every top-level layer, each embedded in 3-D. On a
    // group-action task (input [x; g]) the inputs are [x; g] for every g (the element rows in the
    // task's encoding, index or one-hot), so the first layer's output is the orbit {N_g(x)} of
    // the learned action.
    std::vector<LayerOrbit> orbit(int sample) const {
        const groups::Representation* action =
            shared_.inputAction ? &*shared_.inputAction : nullptr;
        const int order = action ? action->group().order() : shared_.group->order();
        const Eigen::Index column = std::clamp<Eigen::Index>(sample, 0, shared_.task.X.cols() - 1);
        const Eigen::VectorXd x = shared_.task.X.col(column);
        nn::Matrix<S> current(x.size(), order);  // dim × |G|, column g = ρ(g)x (or [x; g])
        const Eigen::Index points = x.size() - shared_.task.elementRows;
        const int oneHotOrder = shared_.task.elementOneHot ? shared_.task.elementRows : 0;
        for (int g = 0; g < order; ++g) {
            if (action) {
                current.col(g) = (action->matrix(g) * x).template cast<S>();
            } else {
                current.col(g) =
                    data::withElementRows(x.head(points), g, oneHotOrder).template cast<S>();
            }
        }
        model_->prepare();
        std::vector<LayerOrbit> layers;
        nn::Matrix<S> next;
        for (std::size_t i = 0; i < model_->net().size(); ++i) {
            nn::Cache<S> cache;
            model_->net().layer(i).forward(current, next, cache);
            current.swap(next);
            const Eigen::MatrixXd points = current.template cast<double>();
            LayerOrbit layer;
            layer.layerName = layerNames_[i];
            const Eigen::Matrix3Xd embedded = metrics::embedPoints(points);
            layer.points.assign(embedded.data(), embedded.data() + embedded.size());
            const Eigen::VectorXd mean = points.rowwise().mean();
            layer.invarianceSpread = (points.colwise() - mean).colwise().norm().mean();
            layers.push_back(std::move(layer));
        }
        return layers;
    }

    const Shared& shared_;
    Peers& peers_;
    io::RunSpec spec_;
    bool waiting_;  // trains on another run's codes, which are not made yet
    std::unique_ptr<nn::Model<S>> model_;
    std::shared_ptr<data::Dataset<S>> dataset_;
    std::shared_ptr<data::Dataset<S>> testData_;  // null when the task has no test set
    std::unique_ptr<nn::Loss<S>> evaluationLoss_;
    std::unique_ptr<Trainer<S>> trainer_;
    std::vector<ChosenMetric> metrics_;
    std::vector<std::string> layerNames_;
    AppendLog<double> losses_;  // the trainer's, shared with snapshots
    AppendLog<metrics::MetricRecord> records_;
    std::vector<metrics::MetricTable> tables_;
    metrics::LayerErrorHistory layerErrors_;
    std::optional<nn::Matrix<S>> initialPredictions_;  // of the training inputs, at step 0
};

std::unique_ptr<RunBase> makeRun(const Shared& shared, const io::RunSpec& spec, std::size_t index,
                                 Peers& peers) {
    if (shared.spec.dtype == io::Dtype::Float) {
        return std::make_unique<Run<float>>(shared, spec, index, peers);
    }
    return std::make_unique<Run<double>>(shared, spec, index, peers);
}

// Names a run history; unique across sessions too: a view may be fed by a new session after an
// old one.
std::uint64_t newHistory() {
    static std::atomic<std::uint64_t> next{1};
    return next++;
}

}  // namespace

struct ExperimentSession::Impl {
    Shared shared;
    std::vector<std::unique_ptr<Shared>> ownTasks;  // per run: null, or the run's own task
    // Per run: null, or the task of a run trained on another run's codes (made by build()).
    std::vector<std::unique_ptr<Shared>> codeTasks;
    std::vector<int> sourceOf;  // per run: the run whose codes it trains on, or -1
    std::vector<int> stage;     // per run: 0 on the task's data, source's stage + 1 on codes
    std::vector<std::unique_ptr<RunBase>> runs;
    Peers peers;
    std::int64_t step = 0;
    std::uint64_t history = 0;

    const Shared& taskOf(std::size_t i) const {
        if (codeTasks[i]) {
            return *codeTasks[i];
        }
        return ownTasks[i] ? *ownTasks[i] : shared;
    }

    // Puts the codes of run i's source (its layer outputs for its own training and test inputs)
    // into run i's task, with the patterns they stand for.
    void makeCodes(std::size_t i) {
        const io::RunInputs& inputs = *shared.spec.runs[i].inputs;
        const auto source = static_cast<std::size_t>(sourceOf[i]);
        const Shared& from = taskOf(source);
        const RunBase& run = *runs[source];
        if (!codeTasks[i]) {
            codeTasks[i] = std::make_unique<Shared>();
            codeTasks[i]->spec = shared.spec;
            codeTasks[i]->options = shared.options;
        }
        Shared& task = *codeTasks[i];
        static_cast<TaskSetup&>(task) =
            codesSetup(from, inputs, run.codes(inputs.layers, from.task.X),
                       run.codes(inputs.layers, from.task.testX));
        // The patterns of a chain of codes are those of its first run.
        task.patternAction = from.patternAction ? from.patternAction : from.inputAction;
        task.patterns = from.patternAction ? from.patterns : from.task.X;
    }

    // Run i waits for a source that will never finish (it diverged, or waits for one that did).
    bool blocked(std::size_t i) const {
        if (sourceOf[i] < 0 || !runs[i]->waiting()) {
            return false;
        }
        const auto source = static_cast<std::size_t>(sourceOf[i]);
        return runs[source]->diverged() || blocked(source);
    }
    bool active(std::size_t i) const { return runs[i]->waiting() ? !blocked(i) : runs[i]->going(); }
    std::optional<Error> blockedError(std::size_t i) const {
        if (!blocked(i)) {
            return std::nullopt;
        }
        return Error(ErrorKind::Divergence,
                     "not trained: run '" + runs[static_cast<std::size_t>(sourceOf[i])]->label() +
                         "', whose codes it trains on, did not finish");
    }

    void build() {
        runs.clear();
        peers = Peers{};
        step = 0;
        history = newHistory();
        const auto& specs = shared.spec.runs;
        codeTasks.clear();
        codeTasks.resize(specs.size());
        for (std::size_t i = 0; i < specs.size(); ++i) {
            if (specs[i].inputs) {
                // Until its source has trained, the codes are those of the source's initial
                // weights: they give the run its shapes; start() replaces them.
                makeCodes(i);
            }
            runs.push_back(makeRun(taskOf(i), specs[i], i, peers));
        }
        for (auto& run : runs) {
            run->evaluateMetrics();
        }
    }

    // Starts the waiting runs whose source finished in an earlier step.
    void startReadyRuns() {
        for (std::size_t i = 0; i < runs.size(); ++i) {
            if (!runs[i]->waiting()) {
                continue;
            }
            const RunBase& source = *runs[static_cast<std::size_t>(sourceOf[i])];
            if (!source.waiting() && !source.going() && !source.diverged()) {
                makeCodes(i);
                runs[i]->start(true);
                history = newHistory();  // the run's metrics started over
            }
        }
    }
};

ExperimentSession::ExperimentSession(const io::ExperimentSpec& spec, SessionOptions options)
    : impl_(std::make_unique<Impl>()) {
    Shared& shared = impl_->shared;
    shared.spec = spec;
    shared.options = options;
    static_cast<TaskSetup&>(shared) = loadTask(spec, spec.task, "task");
    // Runs with a task of their own (e.g. the same net on data and on its Gaussian clone) get
    // their own copy of what the runs share, made once: reset() rebuilds only the runs.
    impl_->ownTasks.resize(spec.runs.size());
    impl_->sourceOf.assign(spec.runs.size(), -1);
    impl_->stage = io::runStages(spec);
    for (std::size_t i = 0; i < spec.runs.size(); ++i) {
        if (spec.runs[i].inputs) {
            impl_->sourceOf[i] = static_cast<int>(io::inputsSource(spec, i));
        }
        if (spec.runs[i].task) {
            auto own = std::make_unique<Shared>();
            own->spec = spec;
            own->options = options;
            static_cast<TaskSetup&>(*own) =
                loadTask(spec, *spec.runs[i].task, "runs[" + std::to_string(i) + "].task");
            impl_->ownTasks[i] = std::move(own);
        }
    }
    impl_->build();
}

ExperimentSession::~ExperimentSession() = default;

const io::ExperimentSpec& ExperimentSession::spec() const {
    return impl_->shared.spec;
}
int ExperimentSession::runCount() const {
    return static_cast<int>(impl_->runs.size());
}
std::string ExperimentSession::runLabel(int run) const {
    return impl_->runs.at(run)->label();
}
std::int64_t ExperimentSession::stepsDone() const {
    return impl_->step;
}
std::int64_t ExperimentSession::totalSteps() const {
    // Runs on codes train after their source: each stage takes the experiment's steps.
    return impl_->shared.spec.steps * io::stageCount(impl_->shared.spec);
}

bool ExperimentSession::finished() const {
    for (std::size_t i = 0; i < impl_->runs.size(); ++i) {
        if (impl_->active(i)) {
            return false;
        }
    }
    return true;
}

bool ExperimentSession::step() {
    if (finished()) {
        return false;
    }
    const io::ExperimentSpec& spec = impl_->shared.spec;
    ++impl_->step;
    impl_->startReadyRuns();
    // Every run steps first, then the metrics are evaluated, so that metrics comparing runs
    // (alignment) see all of them at the same step.
    std::vector<char> stepped(impl_->runs.size(), 0);
    for (std::size_t i = 0; i < impl_->runs.size(); ++i) {
        if (!impl_->runs[i]->waiting() && impl_->runs[i]->going()) {
            impl_->runs[i]->step();
            stepped[i] = 1;
        }
    }
    for (std::size_t i = 0; i < impl_->runs.size(); ++i) {
        // A run that just diverged records its last good metrics no more; one that finished or
        // reached the schedule records them now.
        const std::int64_t done = impl_->runs[i]->stepsDone();
        const bool due = done % spec.metricEvery == 0 || done == spec.steps;
        if (stepped[i] && (due || !impl_->runs[i]->going())) {
            impl_->runs[i]->evaluateMetrics();
        }
    }
    return true;
}

void ExperimentSession::reset() {
    impl_->build();
}

void ExperimentSession::setOrbitSample(int sample) {
    impl_->shared.options.orbitSample = sample;
}

std::shared_ptr<const SessionSnapshot> ExperimentSession::snapshot() const {
    auto s = std::make_shared<SessionSnapshot>();
    const Shared& shared = impl_->shared;
    s->history = impl_->history;
    s->step = impl_->step;
    s->totalSteps = totalSteps();
    if (shared.group) {
        const groups::Group& group = *shared.group;
        s->group = group.name();
        for (int g = 0; g < group.order(); ++g) {
            s->groupElementNames.push_back(group.elementLabel(g));
        }
        for (int generator : group.generators()) {
            std::vector<int> edges;
            for (int g = 0; g < group.order(); ++g) {
                edges.push_back(group.multiply(generator, g));
            }
            s->generatorEdges.push_back(std::move(edges));
        }
    }
    for (std::size_t i = 0; i < impl_->runs.size(); ++i) {
        s->runs.push_back(impl_->runs[i]->snapshot(shared.options.orbitSample));
        if (auto blocked = impl_->blockedError(i)) {
            s->runs.back().divergence = std::move(blocked);
        }
    }
    return s;
}

std::vector<RunOutcome> ExperimentSession::outcomes() const {
    std::vector<RunOutcome> all;
    for (std::size_t i = 0; i < impl_->runs.size(); ++i) {
        all.push_back(impl_->runs[i]->outcome());
        if (auto blocked = impl_->blockedError(i)) {
            all.back().divergence = std::move(blocked);
        }
    }
    return all;
}

double ExperimentSession::lastLoss(int run) const {
    return impl_->runs.at(run)->lastLoss();
}

io::SafetensorsFile ExperimentSession::weights(int run) const {
    const RunBase& r = *impl_->runs.at(run);
    io::SafetensorsFile file;
    file.tensors = r.tensors();
    file.metadata["format"] = kWeightsFormat;
    file.metadata["run"] = r.label();
    // Data files named absolutely, as in the results' experiment.json: the copy works anywhere.
    file.metadata["experiment"] =
        json::write(io::experimentToValue(io::withFilesResolved(impl_->shared.spec)));
    file.metadata["dtype"] = r.isFloat() ? "float32" : "float64";
    file.metadata["step"] = std::to_string(r.stepsDone());
    return file;
}

void ExperimentSession::loadWeights(int run, const io::SafetensorsFile& file,
                                    const std::string& path) {
    RunBase& r = *impl_->runs.at(run);
    r.loadTensors(file.tensors, path);
    if (r.stepsDone() == 0) {
        // The run's metric history was replaced: views start over.
        impl_->history = newHistory();
    }
}

std::vector<RunHistory> ExperimentSession::histories() const {
    std::vector<RunHistory> all;
    for (const auto& run : impl_->runs) {
        all.push_back(run->history());
    }
    return all;
}

void ExperimentSession::restoreHistories(const std::vector<RunHistory>& histories,
                                         const std::string& path) {
    auto& runs = impl_->runs;
    if (histories.size() != runs.size()) {
        throw Error(ErrorKind::Parse, path + ": " + std::to_string(histories.size()) +
                                          " run histories for an experiment of " +
                                          std::to_string(runs.size()) + " runs");
    }
    std::int64_t step = 0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const RunHistory& h = histories[i];
        if (h.label != runs[i]->label()) {
            throw Error(ErrorKind::Parse, path + ": run " + std::to_string(i) + " is '" + h.label +
                                              "', the experiment's is '" + runs[i]->label() + "'");
        }
        const auto steps = static_cast<std::int64_t>(h.losses.size());
        if (steps > impl_->shared.spec.steps) {
            throw Error(ErrorKind::Parse, path + ": run '" + h.label + "' has " +
                                              std::to_string(steps) + " steps; the experiment " +
                                              std::to_string(impl_->shared.spec.steps));
        }
        const int source = impl_->sourceOf[i];
        if (steps > 0 && source >= 0 &&
            static_cast<std::int64_t>(histories[static_cast<std::size_t>(source)].losses.size()) !=
                impl_->shared.spec.steps) {
            throw Error(ErrorKind::Parse, path + ": run '" + h.label +
                                              "' trained on the codes of '" +
                                              histories[static_cast<std::size_t>(source)].label +
                                              "', which has not finished its steps");
        }
        // A run on codes trained after its source's stages.
        if (steps > 0) {
            step = std::max(step, impl_->stage[i] * impl_->shared.spec.steps + steps);
        }
    }
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (impl_->sourceOf[i] >= 0 && !histories[i].losses.empty()) {
            // It had trained: on the codes of its source's (loaded) weights; its saved history
            // follows. One that had not waits for its next step.
            impl_->makeCodes(i);
            runs[i]->start(false);
        }
        runs[i]->restore(histories[i]);
    }
    impl_->step = step;
    impl_->history = newHistory();
}

std::optional<double> RunOutcome::finalValue(const std::string& metric) const {
    for (auto record = metrics.rbegin(); record != metrics.rend(); ++record) {
        for (const auto& value : record->values) {
            if (value.name == metric) {
                return value.value;
            }
        }
    }
    return std::nullopt;
}

}  // namespace eqlab::train

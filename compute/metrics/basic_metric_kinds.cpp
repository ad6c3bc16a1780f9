// The basic metrics: the loss over the whole training set, classification accuracy, and the
// invariance / equivariance error of the whole net (docs/math.md §4.2, §4.3); each also on the
// held-out test set (test_loss, test_accuracy, test_invariance_error, test_equivariance_error), so
// the gap between the training and the test curves shows what a net generalises.

#include <algorithm>

#include "compute/metrics/metric_kinds.h"

namespace eqlab::metrics {

template <class S>
nn::Matrix<S> predictAll(nn::Model<S>& model, const nn::Matrix<S>& X) {
    model.prepare();
    nn::Matrix<S> out(model.outDim(), X.cols());
    nn::Cache<S> cache;
    nn::Matrix<S> chunk, y;
    for (Eigen::Index start = 0; start < X.cols(); start += 256) {
        const Eigen::Index n = std::min<Eigen::Index>(256, X.cols() - start);
        chunk = X.middleCols(start, n);
        model.forward(chunk, y, cache);
        out.middleCols(start, n) = y;
    }
    return out;
}

template nn::Matrix<float> predictAll<float>(nn::Model<float>&, const nn::Matrix<float>&);
template nn::Matrix<double> predictAll<double>(nn::Model<double>&, const nn::Matrix<double>&);

namespace {

std::string always(const MetricRequirements&) {
    return {};
}

std::string needsTest(const MetricRequirements& r) {
    return r.testSet ? std::string() : std::string("needs a task with a test set");
}

// Mean over the group and the first `samples` samples of ‖f(ρ_in(g)x) − ρ_out(g)f(x)‖ / ‖f(x)‖;
// with no output action ρ_out(g) = 1 (invariance). data: the training or the test set.
template <class S>
double symmetryError(MetricContext<S>& c, const data::Dataset<S>& data,
                     const groups::Representation* output) {
    const Eigen::Index n = std::min<Eigen::Index>(c.params.integer("samples"), data.X.cols());
    if (n == 0) {
        return 0.0;
    }
    const nn::Matrix<S> X = data.X.leftCols(n);
    const nn::Matrix<S> base = predictAll(c.model, X);
    const int order = c.inputAction->group().order();
    double total = 0.0;
    for (int g = 0; g < order; ++g) {
        const nn::Matrix<S> moved = (c.inputAction->matrix(g).template cast<S>() * X).eval();
        const nn::Matrix<S> out = predictAll(c.model, moved);
        const nn::Matrix<S> expected =
            output ? (output->matrix(g).template cast<S>() * base).eval() : base;
        for (Eigen::Index s = 0; s < n; ++s) {
            const double scale = std::max<double>(base.col(s).norm(), 1e-12);
            total += static_cast<double>((out.col(s) - expected.col(s)).norm()) / scale;
        }
    }
    return total / (static_cast<double>(n) * order);
}

}  // namespace

void appendBasicMetricKinds(std::vector<MetricKind>& kinds) {
    kinds.push_back(makeMetricKind(
        "loss", "mean loss over the whole training set", {}, {"train_loss"}, always,
        [](auto& c, MetricOutput& out) {
            const auto prediction = predictAll(c.model, c.data.X);
            std::decay_t<decltype(prediction)> grad;
            out.values.push_back({"train_loss", c.loss.evaluate(prediction, c.data.Y, grad) /
                                                    static_cast<double>(c.data.X.cols())});
        }));
    kinds.push_back(makeMetricKind(
        "accuracy", "fraction of training samples classified correctly", {}, {"accuracy"},
        [](const MetricRequirements& r) {
            return r.classification ? std::string() : std::string("needs a classification task");
        },
        [](auto& c, MetricOutput& out) {
            const auto prediction = predictAll(c.model, c.data.X);
            out.values.push_back({"accuracy", nn::classificationAccuracy(prediction, c.data.Y)});
        }));
    const auto samples = integerParam("samples", 64, 1, 1 << 16, "samples averaged over");
    kinds.push_back(makeMetricKind(
        "invariance", "mean over g and samples of |f(g.x) - f(x)| / |f(x)|", {samples},
        {"invariance_error"},
        [](const MetricRequirements& r) {
            return r.inputAction ? std::string()
                                 : std::string("needs a group acting on the task's input");
        },
        [](auto& c, MetricOutput& out) {
            out.values.push_back({"invariance_error", symmetryError(c, c.data, nullptr)});
        }));
    kinds.push_back(makeMetricKind(
        "equivariance", "mean over g and samples of |f(g.x) - g.f(x)| / |f(x)|", {samples},
        {"equivariance_error"},
        [](const MetricRequirements& r) {
            return r.inputAction && r.outputAction
                       ? std::string()
                       : std::string("needs a group acting on the task's input and target");
        },
        [](auto& c, MetricOutput& out) {
            out.values.push_back({"equivariance_error", symmetryError(c, c.data, c.outputAction)});
        }));

    // The same on the held-out test set (TaskData::testX, testY).
    kinds.push_back(makeMetricKind(
        "test-loss", "mean loss over the held-out test set", {}, {"test_loss"}, needsTest,
        [](auto& c, MetricOutput& out) {
            const auto prediction = predictAll(c.model, c.test->X);
            std::decay_t<decltype(prediction)> grad;
            out.values.push_back({"test_loss", c.loss.evaluate(prediction, c.test->Y, grad) /
                                                   static_cast<double>(c.test->X.cols())});
        }));
    kinds.push_back(makeMetricKind(
        "test-accuracy", "fraction of held-out test samples classified correctly", {},
        {"test_accuracy"},
        [](const MetricRequirements& r) {
            return !r.classification ? std::string("needs a classification task") : needsTest(r);
        },
        [](auto& c, MetricOutput& out) {
            const auto prediction = predictAll(c.model, c.test->X);
            out.values.push_back(
                {"test_accuracy", nn::classificationAccuracy(prediction, c.test->Y)});
        }));
    kinds.push_back(makeMetricKind(
        "test-invariance", "the invariance error on held-out test samples", {samples},
        {"test_invariance_error"},
        [](const MetricRequirements& r) {
            return !r.inputAction ? std::string("needs a group acting on the task's input")
                                  : needsTest(r);
        },
        [](auto& c, MetricOutput& out) {
            out.values.push_back({"test_invariance_error", symmetryError(c, *c.test, nullptr)});
        }));
    kinds.push_back(makeMetricKind(
        "test-equivariance", "the equivariance error on held-out test samples", {samples},
        {"test_equivariance_error"},
        [](const MetricRequirements& r) {
            return !(r.inputAction && r.outputAction)
                       ? std::string("needs a group acting on the task's input and target")
                       : needsTest(r);
        },
        [](auto& c, MetricOutput& out) {
            out.values.push_back(
                {"test_equivariance_error", symmetryError(c, *c.test, c.outputAction)});
        }));
}

}  // namespace eqlab::metrics

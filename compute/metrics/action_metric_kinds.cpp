// The metric kinds of group actions, involutions and parities (action_metrics.h):
//   group-law   group_law_violation (mean), group_law_violation_max   ‖N_g(N_h x) − N_gh x‖
//   log-det     log_det_mean, log_det_max_abs                          log|det J_{N_g}(x)|
//   involution  involution_error (mean), involution_error_max          ‖N(N(x)) − x‖
//   parity      parity_error (mean), parity_error_max                  ‖f(T x) − p·f(x)‖
// over the first `samples` training points (and all g, h ∈ G).

#include <algorithm>

#include "compute/metrics/action_metrics.h"
#include "compute/metrics/metric_kinds.h"

namespace eqlab::metrics {

namespace {

// The first `samples` training inputs in double, without the element rows of a group-action task.
template <class S>
Eigen::MatrixXd points(MetricContext<S>& c) {
    const Eigen::Index n = std::min<Eigen::Index>(c.params.integer("samples"), c.data.X.cols());
    const Eigen::Index d = c.data.X.rows() - (c.task.carriesElement ? c.task.elementRows : 0);
    return c.data.X.topLeftCorner(d, n).template cast<double>();
}

// groupMapOf's encoding argument for the task: 0 (index row) or |G| (one-hot rows).
template <class S>
int oneHotOrder(const MetricContext<S>& c) {
    return c.task.elementOneHot ? c.task.elementRows : 0;
}

ParamSpec samplesParam(std::int64_t fallback) {
    return integerParam("samples", fallback, 1, 1 << 14, "samples averaged over");
}

std::string needsGroupAction(const MetricRequirements& r) {
    return r.groupAction ? std::string()
                         : std::string("needs a group-action task (inputs [x; g] and a group)");
}

}  // namespace

void appendActionMetricKinds(std::vector<MetricKind>& kinds) {
    kinds.push_back(makeMetricKind(
        "group-law", "mean and max over g, h and samples of |N_g(N_h x) - N_gh x|",
        {samplesParam(16)}, {"group_law_violation", "group_law_violation_max"}, needsGroupAction,
        [](auto& c, MetricOutput& out) {
            const ErrorStats e =
                groupLawViolation(*c.group, groupMapOf(c.model, oneHotOrder(c)), points(c));
            out.values.push_back({"group_law_violation", e.mean});
            out.values.push_back({"group_law_violation_max", e.max});
        }));
    kinds.push_back(makeMetricKind(
        "log-det",
        "log|det J| of x -> N_g(x) over g and samples (exact for a group-action layer, else by "
        "central differences)",
        {samplesParam(16)}, {"log_det_mean", "log_det_max_abs"}, needsGroupAction,
        [](auto& c, MetricOutput& out) {
            const LogDetStats s = groupActionLogDet(c.model, *c.group, points(c), oneHotOrder(c));
            out.values.push_back({"log_det_mean", s.mean});
            out.values.push_back({"log_det_max_abs", s.maxAbs});
        }));
    kinds.push_back(makeMetricKind(
        "involution", "mean and max over samples of |N(N(x)) - x|", {samplesParam(64)},
        {"involution_error", "involution_error_max"},
        [](const MetricRequirements& r) {
            return r.involution ? std::string()
                                : std::string("needs a task whose target is an involution");
        },
        [](auto& c, MetricOutput& out) {
            const ErrorStats e = involutionError(pointMapOf(c.model), points(c));
            out.values.push_back({"involution_error", e.mean});
            out.values.push_back({"involution_error_max", e.max});
        }));
    kinds.push_back(makeMetricKind(
        "parity", "mean and max over samples of |f(T x) - p f(x)| for the task's T and p",
        {samplesParam(64)}, {"parity_error", "parity_error_max"},
        [](const MetricRequirements& r) {
            return r.parity ? std::string()
                            : std::string("needs a task with a parity (f(T x) = p f(x))");
        },
        [](auto& c, MetricOutput& out) {
            const ErrorStats e = parityError(pointMapOf(c.model), {c.task.parityA, c.task.parityC},
                                             c.task.parity, points(c));
            out.values.push_back({"parity_error", e.mean});
            out.values.push_back({"parity_error_max", e.max});
        }));
}

}  // namespace eqlab::metrics

#include "compute/train/experiment_run.h"

#include <cmath>

namespace eqlab::train {

const Error* ExperimentResult::divergence() const {
    for (const auto& run : runs) {
        if (run.divergence) {
            return &*run.divergence;
        }
    }
    return nullptr;
}

std::optional<HeadlineOutcome> checkHeadline(const io::ExperimentSpec& spec,
                                             const std::vector<RunOutcome>& runs) {
    if (!spec.headline) {
        return std::nullopt;
    }
    HeadlineOutcome outcome;
    outcome.text = spec.headline->text;
    outcome.holds = true;
    for (const auto& check : spec.headline->checks) {
        CheckOutcome c;
        c.check = check;
        for (const auto& run : runs) {
            if (run.label == check.run && !run.divergence) {
                c.value = run.finalValue(check.metric);
            }
        }
        c.holds = c.value && std::isfinite(*c.value) &&
                  (check.below ? *c.value < check.threshold : *c.value > check.threshold);
        outcome.holds = outcome.holds && c.holds;
        outcome.checks.push_back(c);
    }
    return outcome;
}

ExperimentResult runExperiment(const io::ExperimentSpec& spec, int threads,
                               const std::function<void(const ExperimentProgress&)>& progress,
                               std::shared_ptr<const SessionSnapshot>* finalSnapshot,
                               const InitialWeights* initial) {
    SessionOptions options;
    options.threads = threads;
    options.withOrbits = finalSnapshot != nullptr;
    options.withFilters = finalSnapshot != nullptr;
    ExperimentSession session(spec, options);
    if (initial) {
        session.loadWeights(initial->run, initial->file, initial->path);
    }
    while (session.step()) {
        if (progress) {
            progress({session.stepsDone(), session.totalSteps(), session.lastLoss(0)});
        }
    }
    if (finalSnapshot) {
        *finalSnapshot = session.snapshot();
    }
    ExperimentResult result;
    result.spec = spec;
    result.runs = session.outcomes();
    for (int i = 0; i < session.runCount(); ++i) {
        result.weights.push_back(session.weights(i));
    }
    result.headline = checkHeadline(spec, result.runs);
    return result;
}

}  // namespace eqlab::train

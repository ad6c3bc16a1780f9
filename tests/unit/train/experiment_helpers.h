#pragma once

// What the tests of experiment kinds share: run an experiment given as JSON text, find a run's
// outcome by its label. One copy, so that a unity build sees each helper once.

#include <QTest>

#include <string>

#include "compute/io/experiment.h"
#include "compute/train/experiment_run.h"

namespace eqlab::tests {

// The whole experiment on `threads` threads (the results do not depend on it).
inline train::ExperimentResult runExperimentJson(const std::string& json, int threads = 1) {
    return train::runExperiment(io::parseExperiment(json, "test.eqlab.json"), threads, {});
}

// The outcome of the run labelled `label`; the test stops if there is none.
inline const train::RunOutcome& outcome(const train::ExperimentResult& r,
                                        const std::string& label) {
    for (const auto& o : r.runs)
        if (o.label == label)
            return o;
    qFatal("no run %s", label.c_str());
}

}  // namespace eqlab::tests

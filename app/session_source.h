#pragma once

// What the training controller drives on its worker thread: an experiment session advanced step by
// step. The real one is eqlab::train::ExperimentSession (experimentSessionFactory below); the
// controller's tests drive fakes through the same small interface (a slow step, a failing
// constructor), which is why the controller does not name ExperimentSession itself.
//
// Threads: a SessionSource is created, stepped, reset, asked for snapshots and destroyed on the
// controller's worker thread only. The snapshots it returns are immutable and go to the GUI.

#include <cstdint>
#include <functional>
#include <memory>

#include "compute/io/experiment.h"
#include "compute/train/session.h"

namespace eqlab::app {

class SessionSource {
public:
    virtual ~SessionSource() = default;

    // One optimisation step of every run; false when there was nothing left to do.
    virtual bool step() = 0;
    // Back to step 0 with the same seed.
    virtual void reset() = 0;
    virtual bool finished() const = 0;
    virtual void setOrbitSample(int sample) = 0;
    virtual std::shared_ptr<const train::SessionSnapshot> snapshot() const = 0;
    // The experiment session itself, for work the controller runs on its thread between steps
    // (File > Save/Load Weights); null for sources that are not one (test fakes).
    virtual train::ExperimentSession* experimentSession() { return nullptr; }
};

// Called on the worker thread; may throw eqlab::Error (a bad group or representation in the spec).
using SessionFactory = std::function<std::unique_ptr<SessionSource>()>;

// A factory of real sessions: ExperimentSession(spec, options).
SessionFactory experimentSessionFactory(io::ExperimentSpec spec, train::SessionOptions options);

}  // namespace eqlab::app

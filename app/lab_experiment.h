#pragma once

// What the lab window needs to know about an experiment besides its snapshots: the settings the
// experiment panel edits (and the spec they give), thumbnails of the first training samples (to
// pick the orbit's sample), and one line per run for the panel. Shared by the window and its
// tests; no widgets here.

#include <QStringList>
#include <vector>

#include "compute/io/experiment.h"
#include "compute/train/session.h"
#include "widgets/experiment_panel.h"

namespace eqlab::app {

widgets::ExperimentSettings settingsOf(const io::ExperimentSpec& spec);
// The spec with the panel's settings. The group is left alone when settings.group is empty.
io::ExperimentSpec withSettings(io::ExperimentSpec spec,
                                const widgets::ExperimentSettings& settings);

// The first `count` training samples as images (image tasks: the first channel, height × width;
// other tasks: one row of the input's coordinates). The task is built from the spec exactly as the
// session builds it (same kind, parameters and seed), so thumbnail i is training sample i.
// Throws eqlab::Error for an unknown task kind.
std::vector<train::FilterImage> sampleThumbnails(const io::ExperimentSpec& spec, int count);

// "mlp — dense 32, tanh, dense 1: 225 parameters" (and "diverged at step 12" when it did).
QStringList runLines(const io::ExperimentSpec& spec, const train::SessionSnapshot& snapshot);

}  // namespace eqlab::app

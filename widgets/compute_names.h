#pragma once

// The window's words for what compute/ names in English. compute/ has no Qt: it gives stable ids
// ("test_invariance_error", a task kind's name, a filter's unit index) with English text for the
// command line and the files. These functions turn them into the user's language with tr() under
// fixed contexts (MetricNames, TaskKinds, LayerKinds, KindParameters, BasisMethods), and give
// compute's English back for anything they do not know (a user's own column, a newer kind).
// File names and keys never go through here: they stay English (figure_builders' fileStem of
// displayName()).

#include <QString>
#include <string>

#include "compute/train/session_snapshot.h"

namespace eqlab::widgets {

// A metric value's or table's name for titles, legends and pickers:
// "test_invariance_error" -> "test invariance error" in English, "Test-Invarianzfehler" in German.
// "layer 2/invariance_error" translates the part after the slash.
QString metricName(const std::string& id);
// An axis title or row/column label of a metric table ("rotation angle (degrees)", "error").
QString tableText(const std::string& english);
// A task kind's, layer kind's one-line summary and a kind parameter's help (ParamSpec::help).
QString taskSummary(const std::string& english);
QString layerSummary(const std::string& english);
QString paramHelp(const std::string& english);
// A filter image's label: "unit 3" / "sample 3" / "out 1, in 0, r^2" translated, else its own
// label.
QString filterLabel(const train::FilterImage& image);
// The short caption under a filter image: a G-CNN filter's copies are captioned with their group
// element only ("r^2"), the identity copy also with its channels ("0→1: e"); else filterLabel.
QString filterCaption(const train::FilterImage& image);
// How an equivariant basis was found (groups::BasisSummary::method: "orbits", "isotypic").
QString basisMethod(const std::string& id);

// Whether the tables above hold an entry (tests: every kind compute registers has its words).
namespace computenames {
bool knowsMetric(const std::string& id);
bool knowsTableText(const std::string& english);
bool knowsTaskSummary(const std::string& english);
bool knowsLayerSummary(const std::string& english);
bool knowsParamHelp(const std::string& english);
}  // namespace computenames

}  // namespace eqlab::widgets

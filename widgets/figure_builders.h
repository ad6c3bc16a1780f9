#pragma once

// The figures of eqlab's views, built from the values the views receive: a session snapshot's
// histories and tables, an OrbitScene, the group view's and the weight-sharing view's data. The
// window's Export and `eqlab run --figures` / `eqlab figure` both build figures here, so a figure
// made either way comes from the same code.

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "compute/train/session_snapshot.h"
#include "widgets/figure.h"
#include "widgets/group_view_data.h"
#include "widgets/orbit_scene.h"
#include "widgets/weight_sharing_data.h"

namespace eqlab::widgets::figure {

// The metric charts of the lab: the mini-batch loss (no prefixes) or the scheduled metrics whose
// names start with a prefix, each run's series as the live chart draws them.
struct MetricChartSpec {
    QString name;          // "loss", "accuracy", "symmetry", "receptive-fields"
    QStringList prefixes;  // empty: the mini-batch loss
    QString title, xTitle, yTitle;
};
std::vector<MetricChartSpec> metricChartSpecs();
Figure metricChart(const train::SessionSnapshot& snapshot, const MetricChartSpec& spec);

// A table (error per element × layer, alignment) as a heat map; signed tables (alignment,
// correlations) diverge around zero.
Figure tableHeatMap(const metrics::MetricTable& table, const QString& name, const QString& title);
// One-row tables of that name in every run as curves, one per run (error vs angle, spectra).
Figure tableCurves(const train::SessionSnapshot& snapshot, const std::string& tableName,
                   const QString& name);

// A 3-D scene: the OrbitScene as the orbit view draws it (spheres coloured by element, lines by
// generator), seen by `camera` (the view's; by default one fitted from the view's start angle).
Figure sceneFigure(const OrbitScene& scene, const QString& name,
                   const std::optional<Camera>& camera = std::nullopt);
// The orbit of a run's layer from a snapshot (the orbits-by-layer view).
Figure layerOrbit(const train::SessionSnapshot& snapshot, int run, int layer, const QString& name,
                  const std::optional<Camera>& camera = std::nullopt);

// A run's learned filters (the filter view).
Figure filters(const train::RunSnapshot& run, const QString& name);

// The group view's tables and the weight-sharing matrix.
Figure multiplicationTable(const GroupViewData& data);
Figure characterTable(const GroupViewData& data);
Figure weightSharing(const WeightSharingData& data);

// Every figure the lesson's training views would show for this snapshot (charts with something
// to plot, each run's tables and layer orbits): what `eqlab run --figures` and File > Export All
// write.
std::vector<Figure> lessonFigures(const train::SessionSnapshot& snapshot);

// "error vs angle" -> "error-vs-angle": a name safe in a file name.
QString fileStem(const QString& text);

}  // namespace eqlab::widgets::figure

#pragma once

// How a metric chart names and draws its series — one rule for the live chart (MetricChartView)
// and the exported figure (figure::metricChart), so a figure's legend is the window's legend.
// With one number per run, the colour names the run and a held-out twin ("test_accuracy" of
// "accuracy") is the same colour, dashed, labelled "run (test)". With several numbers per run
// (one per layer), the colour follows the number and the dash the run.

#include <QColor>
#include <QString>
#include <string>
#include <vector>

namespace eqlab::widgets {

struct MetricSeriesKey {
    int run = 0;
    int metric = 0;    // index among the run's plotted metrics
    std::string name;  // the metric's name; empty for the mini-batch loss
};

struct MetricSeriesLook {
    QString label;
    QColor colour;
    enum class Dash { Solid, Dashed, Dotted } dash = Dash::Solid;
};

// keys sorted by (run, metric); runLabels: every run's label. Returns one look per key.
std::vector<MetricSeriesLook> metricSeriesLooks(const std::vector<MetricSeriesKey>& keys,
                                                const std::vector<std::string>& runLabels);

}  // namespace eqlab::widgets

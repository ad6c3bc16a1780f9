#pragma once

// MetricChartView: numbers of every run over the training steps — the mini-batch loss, or
// scheduled metrics picked by name (accuracy; invariance or equivariance error per layer; the
// inverse participation ratio of receptive fields) — as a live chart. With one number per run
// each run has its colour (palette.h runColour); with several (one per layer) the colour follows
// the layer and the dash the run. The y axis turns logarithmic when the values span two decades
// or more (ValueScale's rule); values at or below zero are then drawn at 1e-16 (ChartView).
//
// Snapshots carry whole histories (shared, append-only); the view reads only the entries that are
// new since its last snapshot and keeps at most kMaxPoints points per series, so a long run stays
// cheap on the GUI thread however many steps it has.

#include <QStringList>
#include <cstdint>
#include <string>
#include <vector>

#include "widgets/chart_view.h"
#include "widgets/snapshot_view.h"
#include "widgets/value_scale.h"

namespace eqlab::widgets {

class MetricChartView : public ChartView, public SnapshotView {
    Q_OBJECT

public:
    explicit MetricChartView(QWidget* parent = nullptr);

    // Plot the mini-batch loss (x = step, from 0).
    void plotBatchLoss();
    // Plot the scheduled metrics whose names start with one of these prefixes (x = step).
    void plotMetrics(const QStringList& prefixes);
    void setScaleMode(ValueScale::Mode mode);

    // Long runs are thinned: of a history of n entries (steps for the loss, metric records
    // otherwise) the series keep every strideFor(n)-th, so at most kMaxPoints points each (a chart
    // of 10^5 points costs ~0.3 s a frame under a software renderer). The stride is the smallest
    // power of two s with n <= kMaxPoints · s: it doubles as the run grows, and between doublings
    // the series only grow.
    static constexpr std::size_t kMaxPoints = 2000;
    static std::size_t strideFor(std::size_t entries);

    void showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) override;
    void setViewStyle(const ViewStyle& style) override { ChartView::setViewStyle(style); }
    bool hasContent() const override { return seriesCount() > 0; }

    // The labels of the plotted series, in legend order (for tests).
    QStringList seriesLabels() const;

private:
    // One plotted series: a run's loss, or one metric of a run.
    struct Line {
        int run = 0;
        int metric = 0;                  // index among the run's plotted metrics
        std::string name;                // the metric's name; empty for the loss
        std::vector<std::size_t> entry;  // history index of each kept point
        std::vector<double> x, y;
        std::size_t shown = 0;  // points the chart has
        int series = -1;        // the chart's series index
    };
    void startOver(const train::SessionSnapshot& snapshot);
    bool readNewEntries(const train::SessionSnapshot& snapshot);  // true: a new line appeared
    void thin(std::size_t stride);
    int lineOf(int run, const std::string& metricName);  // -1: not plotted
    void rebuild(int runs);

    bool batchLoss_ = true;
    QStringList prefixes_;
    ValueScale::Mode mode_ = ValueScale::Mode::Auto;

    bool restart_ = true;        // the next snapshot starts a new picture
    std::uint64_t history_ = 0;  // SessionSnapshot::history of the picture
    std::vector<std::string> runLabels_;
    std::vector<std::size_t> read_;  // per run: history entries read so far
    std::size_t stride_ = 1;
    std::vector<Line> lines_;
    // Per run: every metric name met so far and its line (-1: does not match the prefixes).
    std::vector<std::vector<std::pair<std::string, int>>> known_;
};

}  // namespace eqlab::widgets

#pragma once

// MetricChartView: numbers of every run over the training steps — the mini-batch loss, or
// scheduled metrics picked by name (accuracy; invariance or equivariance error per layer; the
// inverse participation ratio of receptive fields) — as a live chart. With one number per run
// each run has its colour (palette.h runColour); with several (one per layer) the colour follows
// the layer and the dash the run. The y axis turns logarithmic when the values span two decades
// or more (ValueScale's rule); values at or below zero are then drawn at 1e-16 (ChartView).
//
// Snapshots carry whole histories; the view appends only what is new, so a long run stays cheap.

#include <QStringList>
#include <vector>

#include "widgets/chart_view.h"
#include "widgets/snapshot_view.h"
#include "widgets/value_scale.h"

namespace eqlab::widgets {

class MetricChartView : public ChartView, public SnapshotView {
    Q_OBJECT

public:
    explicit MetricChartView(QWidget* parent = nullptr);

    // Plot the mini-batch loss (x = step, from 0): of every step up to kMaxLossPoints steps, of
    // every lossStride(steps)-th step beyond.
    void plotBatchLoss();
    static constexpr std::size_t kMaxLossPoints = 2000;
    // The smallest power of two s with steps <= kMaxLossPoints · s.
    static std::size_t lossStride(std::size_t steps);
    // Plot the scheduled metrics whose names start with one of these prefixes (x = step).
    void plotMetrics(const QStringList& prefixes);
    void setScaleMode(ValueScale::Mode mode);

    void showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) override;
    void setViewStyle(const ViewStyle& style) override { ChartView::setViewStyle(style); }
    bool hasContent() const override { return seriesCount() > 0; }

    // The labels of the plotted series, in legend order (for tests).
    QStringList seriesLabels() const;

private:
    struct Series {
        QString label;
        int run = 0, metric = 0;
        std::vector<double> x, y;
    };
    std::vector<Series> collect(const train::SessionSnapshot& snapshot) const;
    void rebuild(const std::vector<Series>& series, int runs, int metrics);

    bool batchLoss_ = true;
    QStringList prefixes_;
    ValueScale::Mode mode_ = ValueScale::Mode::Auto;
    struct Shown {
        QString label;
        std::size_t count = 0;
        double lastX = 0;
    };
    std::vector<Shown> shown_;
};

}  // namespace eqlab::widgets

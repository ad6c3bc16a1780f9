#include "widgets/metric_chart_view.h"

#include <algorithm>

#include "widgets/palette.h"

namespace eqlab::widgets {

namespace {

// A series' name in the legend: "invariance_error/conv 1" -> "conv 1" (one metric per layer),
// "invariance_error_45deg" -> "invariance error 45deg".
QString shortName(const std::string& name) {
    const auto slash = name.rfind('/');
    return slash != std::string::npos && slash + 1 < name.size()
               ? displayName(name.substr(slash + 1))
               : displayName(name);
}

}  // namespace

MetricChartView::MetricChartView(QWidget* parent) : ChartView(parent) {}

void MetricChartView::plotBatchLoss() {
    batchLoss_ = true;
    prefixes_.clear();
    shown_.clear();
    clearSeries();
}

void MetricChartView::plotMetrics(const QStringList& prefixes) {
    batchLoss_ = false;
    prefixes_ = prefixes;
    shown_.clear();
    clearSeries();
}

void MetricChartView::setScaleMode(ValueScale::Mode mode) {
    mode_ = mode;
    shown_.clear();  // rebuilt on the next snapshot
}

std::size_t MetricChartView::lossStride(std::size_t steps) {
    std::size_t stride = 1;
    while (steps > kMaxLossPoints * stride) {
        stride *= 2;
    }
    return stride;
}

std::vector<MetricChartView::Series> MetricChartView::collect(
    const train::SessionSnapshot& snapshot) const {
    std::vector<Series> series;
    const int runs = static_cast<int>(snapshot.runs.size());
    for (int r = 0; r < runs; ++r) {
        const auto& run = snapshot.runs[static_cast<std::size_t>(r)];
        const QString runLabel = QString::fromStdString(run.label);
        if (batchLoss_) {
            // Every stride-th step's loss: the stride doubles as the run grows, so a chart keeps
            // at most kMaxLossPoints points (a chart of 10^5 points costs ~0.3 s a frame under a
            // software renderer) and only grows between doublings.
            const std::size_t stride = lossStride(run.losses.size());
            Series s{runLabel, r, 0, {}, {}};
            s.x.reserve(run.losses.size() / stride + 1);
            s.y.reserve(run.losses.size() / stride + 1);
            for (std::size_t i = 0; i < run.losses.size(); i += stride) {
                s.x.push_back(static_cast<double>(i));
                s.y.push_back(run.losses[i]);
            }
            series.push_back(std::move(s));
            continue;
        }
        // One series per metric name that matches, in the order the names first appear.
        std::vector<std::string> names;
        const std::size_t first = series.size();
        for (const auto& record : run.metrics) {
            for (const auto& value : record.values) {
                const QString name = QString::fromStdString(value.name);
                const auto prefix =
                    std::find_if(prefixes_.begin(), prefixes_.end(),
                                 [&](const QString& p) { return name.startsWith(p); });
                // The mean over samples is plotted; its "_max" companion would double the legend.
                if (prefix == prefixes_.end() || name.endsWith(QStringLiteral("_max"))) {
                    continue;
                }
                auto at = std::find(names.begin(), names.end(), value.name);
                if (at == names.end()) {
                    names.push_back(value.name);
                    series.push_back(
                        {shortName(value.name), r, static_cast<int>(names.size()) - 1, {}, {}});
                    at = names.end() - 1;
                }
                Series& s = series[first + static_cast<std::size_t>(at - names.begin())];
                s.x.push_back(static_cast<double>(record.step));
                s.y.push_back(value.value);
            }
        }
    }
    // Labels: the run when each run has one series, "run · metric" when runs have several.
    int metrics = 0;
    for (const auto& s : series) {
        metrics = std::max(metrics, s.metric + 1);
    }
    for (auto& s : series) {
        const QString run =
            QString::fromStdString(snapshot.runs[static_cast<std::size_t>(s.run)].label);
        if (batchLoss_ || metrics == 1) {
            s.label = run;
        } else if (runs > 1) {
            s.label = QStringLiteral("%1 · %2").arg(run, s.label);
        }
    }
    return series;
}

void MetricChartView::rebuild(const std::vector<Series>& series, int runs, int metrics) {
    clearSeries();
    shown_.clear();
    for (const auto& s : series) {
        const int index = setSeries(s.label, s.x, s.y);
        if (metrics <= 1) {
            setSeriesPen(index, runColour(s.run));
        } else {
            const Dash dash = runs <= 1 || s.run == 0 ? Dash::Solid
                              : s.run == 1            ? Dash::Dashed
                                                      : Dash::Dotted;
            setSeriesPen(index, elementColour(s.metric, metrics), dash);
        }
        shown_.push_back({s.label, s.x.size(), s.x.empty() ? 0.0 : s.x.back()});
    }
    setLegendInline(series.size() <= 4);  // many series: the legend beside the plot
}

void MetricChartView::showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    const std::vector<Series> series = collect(*snapshot);
    if (series.empty() && shown_.empty() && seriesCount() == 0) {
        return;  // nothing to plot, and nothing plotted
    }
    std::vector<double> all;
    int runs = 0, metrics = 0;
    for (const auto& s : series) {
        all.insert(all.end(), s.y.begin(), s.y.end());
        runs = std::max(runs, s.run + 1);
        metrics = std::max(metrics, s.metric + 1);
    }
    setLogY(ValueScale::fit(all, mode_).logarithmic());

    // Append when every series only grew since the last picture; rebuild otherwise (a reset, a
    // new experiment, a new series).
    bool grew = series.size() == shown_.size() && !shown_.empty();
    for (std::size_t i = 0; grew && i < series.size(); ++i) {
        const Shown& shown = shown_[i];
        grew = series[i].label == shown.label && series[i].x.size() >= shown.count &&
               (shown.count == 0 || series[i].x[shown.count - 1] == shown.lastX);
    }
    if (!grew) {
        rebuild(series, runs, metrics);
        return;
    }
    for (std::size_t i = 0; i < series.size(); ++i) {
        const Series& s = series[i];
        Shown& shown = shown_[i];
        if (s.x.size() == shown.count) {
            continue;
        }
        std::vector<double> x(s.x.begin() + static_cast<std::ptrdiff_t>(shown.count), s.x.end());
        std::vector<double> y(s.y.begin() + static_cast<std::ptrdiff_t>(shown.count), s.y.end());
        appendPoints(static_cast<int>(i), x, y);
        shown.count = s.x.size();
        shown.lastX = s.x.back();
    }
}

QStringList MetricChartView::seriesLabels() const {
    QStringList labels;
    for (int i = 0; i < seriesCount(); ++i) {
        labels << seriesName(i);
    }
    return labels;
}

}  // namespace eqlab::widgets

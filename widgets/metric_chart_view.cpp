#include "widgets/metric_chart_view.h"

#include <algorithm>
#include <limits>
#include <numeric>

#include "widgets/metric_series_look.h"
#include "widgets/palette.h"

namespace eqlab::widgets {

namespace {

std::size_t historySize(const train::RunSnapshot& run, bool batchLoss) {
    return batchLoss ? run.losses.size() : run.metrics.size();
}

}  // namespace

MetricChartView::MetricChartView(QWidget* parent) : ChartView(parent) {
    setPlaceholderText(tr("Nothing to plot yet: this chart fills while the experiment trains."));
}

void MetricChartView::plotBatchLoss() {
    batchLoss_ = true;
    prefixes_.clear();
    restart_ = true;
    lines_.clear();
    clearSeries();
}

void MetricChartView::plotMetrics(const QStringList& prefixes) {
    batchLoss_ = false;
    prefixes_ = prefixes;
    restart_ = true;
    lines_.clear();
    clearSeries();
}

void MetricChartView::setScaleMode(ValueScale::Mode mode) {
    mode_ = mode;
    restart_ = true;  // rebuilt on the next snapshot
}

std::size_t MetricChartView::strideFor(std::size_t entries) {
    std::size_t stride = 1;
    while (entries > kMaxPoints * stride) {
        stride *= 2;
    }
    return stride;
}

void MetricChartView::startOver(const train::SessionSnapshot& snapshot) {
    restart_ = false;
    history_ = snapshot.history;
    runLabels_.clear();
    for (const auto& run : snapshot.runs) {
        runLabels_.push_back(run.label);
    }
    read_.assign(runLabels_.size(), 0);
    known_.assign(runLabels_.size(), {});
    stride_ = 1;
    lines_.clear();
}

int MetricChartView::lineOf(int run, const std::string& metricName) {
    auto& known = known_[static_cast<std::size_t>(run)];
    for (const auto& [name, line] : known) {
        if (name == metricName) {
            return line;
        }
    }
    bool plotted = batchLoss_;
    if (!plotted) {
        const QString name = QString::fromStdString(metricName);
        // The mean over samples is plotted; its "_max" companion would double the legend.
        plotted = !name.endsWith(QStringLiteral("_max")) &&
                  std::any_of(prefixes_.begin(), prefixes_.end(),
                              [&](const QString& prefix) { return name.startsWith(prefix); });
    }
    int line = -1;
    if (plotted) {
        const auto metricsOfRun = std::count_if(lines_.begin(), lines_.end(),
                                                [&](const Line& l) { return l.run == run; });
        line = static_cast<int>(lines_.size());
        lines_.push_back({run, static_cast<int>(metricsOfRun), metricName, {}, {}, {}, 0, -1});
    }
    known.emplace_back(metricName, line);
    return line;
}

bool MetricChartView::readNewEntries(const train::SessionSnapshot& snapshot) {
    const std::size_t linesBefore = lines_.size();
    for (std::size_t r = 0; r < snapshot.runs.size(); ++r) {
        const auto& run = snapshot.runs[r];
        const int runIndex = static_cast<int>(r);
        const std::size_t n = historySize(run, batchLoss_);
        if (batchLoss_) {
            Line& line = lines_[static_cast<std::size_t>(lineOf(runIndex, {}))];
            // The first entry at or after read_[r] that the stride keeps.
            for (std::size_t i = (read_[r] + stride_ - 1) / stride_ * stride_; i < n;
                 i += stride_) {
                line.entry.push_back(i);
                line.x.push_back(static_cast<double>(i));
                line.y.push_back(run.losses[i]);
            }
        } else {
            for (std::size_t i = read_[r]; i < n; ++i) {
                const metrics::MetricRecord& record = run.metrics[i];
                for (const auto& value : record.values) {
                    const int l = lineOf(runIndex, value.name);
                    if (l >= 0 && i % stride_ == 0) {
                        Line& line = lines_[static_cast<std::size_t>(l)];
                        line.entry.push_back(i);
                        line.x.push_back(static_cast<double>(record.step));
                        line.y.push_back(value.value);
                    }
                }
            }
        }
        read_[r] = n;
    }
    return lines_.size() != linesBefore;
}

void MetricChartView::thin(std::size_t stride) {
    for (Line& line : lines_) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < line.entry.size(); ++i) {
            if (line.entry[i] % stride == 0) {
                line.entry[kept] = line.entry[i];
                line.x[kept] = line.x[i];
                line.y[kept] = line.y[i];
                ++kept;
            }
        }
        line.entry.resize(kept);
        line.x.resize(kept);
        line.y.resize(kept);
    }
    stride_ = stride;
}

void MetricChartView::rebuild(int /*runs*/) {
    std::vector<std::size_t> order(lines_.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::pair(lines_[a].run, lines_[a].metric) <
               std::pair(lines_[b].run, lines_[b].metric);
    });
    std::vector<MetricSeriesKey> keys;
    for (std::size_t index : order) {
        keys.push_back({lines_[index].run, lines_[index].metric, lines_[index].name});
    }
    const std::vector<MetricSeriesLook> looks = metricSeriesLooks(keys, runLabels_);
    for (std::size_t i = 0; i < order.size(); ++i) {
        Line& line = lines_[order[i]];
        line.series = setSeries(looks[i].label, line.x, line.y);
        line.shown = line.x.size();
        setSeriesPen(line.series, looks[i].colour, static_cast<Dash>(looks[i].dash));
    }
    // Many series: the legend beside the plot, unless the chart is too narrow to give it room.
    setLegendInline(lines_.size() <= 4 || (lines_.size() <= 8 && width() < 700));
}

void MetricChartView::showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    const train::SessionSnapshot& s = *snapshot;
    // A new picture after a reset, a new experiment or new settings; otherwise only the entries
    // that are new since the last snapshot are read.
    bool over = restart_ || s.history != history_ || s.runs.size() != runLabels_.size();
    for (std::size_t r = 0; !over && r < s.runs.size(); ++r) {
        over = s.runs[r].label != runLabels_[r] || historySize(s.runs[r], batchLoss_) < read_[r];
    }
    if (over) {
        startOver(s);
    }
    std::size_t longest = 0;
    for (const auto& run : s.runs) {
        longest = std::max(longest, historySize(run, batchLoss_));
    }
    bool rebuilt = over;
    if (const std::size_t stride = std::max(stride_, strideFor(longest)); stride != stride_) {
        thin(stride);
        rebuilt = true;
    }
    rebuilt = readNewEntries(s) || rebuilt;
    setPlaceholderText(
        s.step > 0 && lines_.empty()
            ? tr("This experiment computes nothing for this chart.")
            : tr("Nothing to plot yet: this chart fills while the experiment trains."));
    if (lines_.empty()) {
        if (seriesCount() > 0) {
            clearSeries();
        }
        return;  // nothing to plot
    }
    if (rebuilt) {
        clearSeries();
    }
    std::vector<double> all;
    for (const Line& line : lines_) {
        all.insert(all.end(), line.y.begin(), line.y.end());
    }
    setLogY(ValueScale::fit(all, mode_).logarithmic());
    // While every point has one step (the metrics at step 0), show it on the run's whole span.
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (const Line& line : lines_) {
        for (double x : line.x) {
            low = std::min(low, x);
            high = std::max(high, x);
        }
    }
    if (low == high) {
        const double from = std::min(0.0, low);
        const double to = std::max(low + 1, static_cast<double>(s.totalSteps));
        setXRange(from - 0.03 * (to - from), to);  // the points clear of the axis
    } else {
        autoXRange();
    }
    if (rebuilt) {
        rebuild(static_cast<int>(runLabels_.size()));
        return;
    }
    for (Line& line : lines_) {
        if (line.shown == line.x.size()) {
            continue;
        }
        const auto from = static_cast<std::ptrdiff_t>(line.shown);
        appendPoints(line.series, std::vector<double>(line.x.begin() + from, line.x.end()),
                     std::vector<double>(line.y.begin() + from, line.y.end()));
        line.shown = line.x.size();
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

#include "widgets/curve_panel.h"

#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "widgets/chart_view.h"
#include "widgets/choice_bar.h"
#include "widgets/compute_names.h"
#include "widgets/palette.h"
#include "widgets/value_scale.h"

namespace eqlab::widgets {

CurvePanel::CurvePanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    choices_ = new ChoiceBar(this);
    table_ = choices_->addChoice(tr("&Curve:"),
                                 tr("Which measured curve to plot, every run in its colour"));
    layout->addWidget(choices_);
    chart_ = new ChartView(this);
    layout->addWidget(chart_, 1);
    filter_ = [](const metrics::MetricTable& table) { return table.rows == 1; };
    connect(choices_, &ChoiceBar::changed, this, [this] {
        shown_.clear();
        refresh();
    });
}

bool CurvePanel::hasContent() const {
    return chart_->seriesCount() > 0;
}

void CurvePanel::setTableFilter(TableFilter filter) {
    filter_ = std::move(filter);
    shown_.clear();
    refresh();
}

void CurvePanel::setViewStyle(const ViewStyle& style) {
    chart_->setViewStyle(style);
}

double CurvePanel::columnPosition(const std::string& label, int index) {
    static const QRegularExpression number(QStringLiteral("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?"));
    const auto match = number.match(QString::fromStdString(label));
    bool ok = false;
    const double value = match.hasMatch() ? match.captured(0).toDouble(&ok) : 0.0;
    return ok ? value : static_cast<double>(index);
}

void CurvePanel::showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    refresh();
}

void CurvePanel::refresh() {
    if (!snapshot_) {
        return;
    }
    QStringList names;
    for (const auto& run : snapshot_->runs) {
        for (const auto& table : run.tables) {
            const QString name = metricName(table.name);
            if (filter_(table) && !names.contains(name)) {
                names << name;
            }
        }
    }
    choices_->setItems(table_, names);
    const QString chosen = choices_->currentText(table_);

    // One series per run that has the table.
    std::vector<std::vector<double>> data;
    std::vector<int> runs;
    const metrics::MetricTable* any = nullptr;
    for (std::size_t r = 0; r < snapshot_->runs.size(); ++r) {
        for (const auto& table : snapshot_->runs[r].tables) {
            if (metricName(table.name) != chosen || !filter_(table) ||
                table.values.size() < static_cast<std::size_t>(table.cols)) {
                continue;
            }
            std::vector<double> x, y(table.values.begin(), table.values.begin() + table.cols);
            for (int c = 0; c < table.cols; ++c) {
                x.push_back(columnPosition(
                    c < static_cast<int>(table.columnLabels.size()) ? table.columnLabels[c] : "",
                    c));
            }
            data.push_back(std::move(x));
            data.push_back(std::move(y));
            runs.push_back(static_cast<int>(r));
            any = &table;
            break;
        }
    }
    if (data == shown_ && chart_->seriesCount() == static_cast<int>(runs.size())) {
        return;  // the same curves: no redraw
    }
    shown_ = data;
    chart_->clearSeries();
    if (!any) {
        chart_->setTitle(tr("No curves yet"));
        return;
    }
    std::vector<double> all;
    for (std::size_t i = 1; i < data.size(); i += 2) {
        all.insert(all.end(), data[i].begin(), data[i].end());
    }
    chart_->setLogY(ValueScale::fit(all).logarithmic());
    chart_->setTitle(metricName(any->name));
    chart_->setAxisTitles(tableText(any->columnTitle), tableText(any->valueTitle));
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const auto& run = snapshot_->runs[static_cast<std::size_t>(runs[i])];
        const auto& x = data[2 * i];
        const int series = chart_->setSeries(QString::fromStdString(run.label), x, data[2 * i + 1]);
        chart_->setSeriesPen(series, runColour(runs[i]));
        for (double position : x) {
            low = std::min(low, position);
            high = std::max(high, position);
        }
    }
    // The x-axis spans the curves' columns (0° to 90°, not on to a round 100).
    if (low < high) {
        chart_->setXRange(low, high);
    } else {
        chart_->autoXRange();
    }
}

}  // namespace eqlab::widgets

#include "widgets/error_map_panel.h"

#include <QVBoxLayout>

#include "compute/metrics/layer_error_history.h"
#include "widgets/choice_bar.h"
#include "widgets/compute_names.h"
#include "widgets/heat_map_view.h"

namespace eqlab::widgets {

ErrorMapPanel::ErrorMapPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    choices_ = new ChoiceBar(this);
    run_ = choices_->addChoice(tr("&Run:"), tr("Whose errors to show"));
    table_ = choices_->addChoice(
        tr("&Table:"), tr("Which table of errors to show: per group element and layer at this "
                          "step, or per layer over the training steps"));
    layout->addWidget(choices_);
    map_ = new HeatMapView(this);
    layout->addWidget(map_, 1);
    filter_ = [](const metrics::MetricTable& table) { return table.rows > 1; };
    connect(choices_, &ChoiceBar::changed, this, &ErrorMapPanel::refresh);
}

bool ErrorMapPanel::hasContent() const {
    return map_->table().rows > 0;
}

void ErrorMapPanel::setTableFilter(TableFilter filter) {
    filter_ = std::move(filter);
    refresh();
}

void ErrorMapPanel::showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    choices_->setItems(run_, runLabels(*snapshot_));
    refresh();
}

void ErrorMapPanel::refresh() {
    if (!snapshot_) {
        return;
    }
    // The run's tables that pass the filter, then its per-layer history over training (layer ×
    // step) when layer-symmetry has been evaluated: one more table to pick.
    const int run = choices_->currentIndex(run_);
    std::vector<const metrics::MetricTable*> offered;
    metrics::MetricTable history;
    if (run >= 0 && run < static_cast<int>(snapshot_->runs.size())) {
        const train::RunSnapshot& r = snapshot_->runs[static_cast<std::size_t>(run)];
        for (const auto& table : r.tables) {
            if (filter_(table)) {
                offered.push_back(&table);
            }
        }
        if (r.layerErrors.points.size() > 0) {
            history = metrics::layerErrorHistoryTable(r.layerErrors);
            offered.push_back(&history);
        }
    }
    QStringList names;
    for (const auto* table : offered) {
        names << metricName(table->name);
    }
    choices_->setItems(table_, names);
    const QString chosen = choices_->currentText(table_);
    for (const auto* table : offered) {
        if (metricName(table->name) == chosen) {
            // Errors over training span decades (round-off next to O(1)): colour = log10 error.
            map_->setScaleMode(table == &history ? ValueScale::Mode::Log : ValueScale::Mode::Auto);
            map_->setTable(*table);
            return;
        }
    }
    map_->setTable({});
}

}  // namespace eqlab::widgets

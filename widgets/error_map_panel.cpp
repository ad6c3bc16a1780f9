#include "widgets/error_map_panel.h"

#include <QVBoxLayout>

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
    table_ = choices_->addChoice(tr("&Table:"),
                                 tr("Which table of errors (per group element and layer) to show"));
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
    const int run = choices_->currentIndex(run_);
    QStringList names;
    const std::vector<metrics::MetricTable>* tables = nullptr;
    if (run >= 0 && run < static_cast<int>(snapshot_->runs.size())) {
        tables = &snapshot_->runs[static_cast<std::size_t>(run)].tables;
        for (const auto& table : *tables) {
            if (filter_(table)) {
                names << metricName(table.name);
            }
        }
    }
    choices_->setItems(table_, names);
    const QString chosen = choices_->currentText(table_);
    if (tables) {
        for (const auto& table : *tables) {
            if (filter_(table) && metricName(table.name) == chosen) {
                map_->setTable(table);
                return;
            }
        }
    }
    map_->setTable({});
}

}  // namespace eqlab::widgets

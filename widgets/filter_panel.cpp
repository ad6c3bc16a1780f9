#include "widgets/filter_panel.h"

#include <QVBoxLayout>

#include "widgets/choice_bar.h"
#include "widgets/filter_grid_view.h"

namespace eqlab::widgets {

FilterPanel::FilterPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    choices_ = new ChoiceBar(this);
    run_ = choices_->addChoice(tr("&Run:"), tr("Whose filters to show"));
    layout->addWidget(choices_);
    grid_ = new FilterGridView(this);
    layout->addWidget(grid_, 1);
    connect(choices_, &ChoiceBar::changed, this, &FilterPanel::refresh);
}

void FilterPanel::showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    choices_->setItems(run_, runLabels(*snapshot_, [](const train::RunSnapshot& run) {
                           return !run.filters.empty();
                       }));
    refresh();
}

bool FilterPanel::hasContent() const {
    return grid_->filterCount() > 0;
}

void FilterPanel::refresh() {
    if (!snapshot_) {
        return;
    }
    const QString chosen = choices_->currentText(run_);
    for (const auto& run : snapshot_->runs) {
        if (QString::fromStdString(run.label) == chosen) {
            grid_->setFilters(run.filters);
            return;
        }
    }
    grid_->setFilters({});
}

}  // namespace eqlab::widgets

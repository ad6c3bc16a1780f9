#include "widgets/filter_panel.h"

#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

#include "widgets/choice_bar.h"
#include "widgets/filter_grid_view.h"

namespace eqlab::widgets {

FilterPanel::FilterPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    choices_ = new ChoiceBar(this);
    run_ = choices_->addChoice(tr("&Run:"), tr("Whose filters to show"));
    layer_ = choices_->addChoice(
        tr("&Layer:"), tr("The layer whose filters to show; a G-CNN layer shows each filter in a "
                          "row with its copies transformed by every group element"));
    layout->addWidget(choices_);
    grid_ = new FilterGridView(this);
    layout->addWidget(grid_, 1);
    connect(choices_, &ChoiceBar::changed, this, &FilterPanel::refresh);
}

void FilterPanel::showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    const QString before = choices_->currentText(run_);
    const QStringList runs =
        runLabels(*snapshot_, [](const train::RunSnapshot& run) { return !run.filters.empty(); });
    choices_->setItems(run_, runs);
    if (!runs.contains(before)) {
        // A new experiment: start on the run whose filters have the most copies (a G-CNN's or
        // an orientation stack's over an MLP's rows, N = 8 over N = 4), the first of equals.
        int best = 0, bestCopies = -1;
        for (const auto& run : snapshot_->runs) {
            const int index = static_cast<int>(runs.indexOf(QString::fromStdString(run.label)));
            if (index >= 0 && run.filters.front().copies > bestCopies) {
                best = index;
                bestCopies = run.filters.front().copies;
            }
        }
        const QSignalBlocker block(choices_);
        choices_->setCurrentIndex(run_, best);
    }
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
    const train::RunSnapshot* run = nullptr;
    for (const auto& r : snapshot_->runs) {
        if (QString::fromStdString(r.label) == chosen) {
            run = &r;
        }
    }
    if (!run) {
        choices_->setItems(layer_, {});
        choices_->setChoiceVisible(layer_, false);
        grid_->setFilters({});
        return;
    }
    // The layers that have filters, in order (-1: images that name no layer).
    std::vector<int> layers;
    QStringList names;
    for (const auto& f : run->filters) {
        if (std::find(layers.begin(), layers.end(), f.layer) == layers.end()) {
            layers.push_back(f.layer);
            names << (f.layer >= 0 && f.layer < static_cast<int>(run->layerNames.size())
                          ? QString::fromStdString(run->layerNames[std::size_t(f.layer)])
                          : tr("filters"));
        }
    }
    {
        const QSignalBlocker block(choices_);  // refresh() is already drawing the new choice
        choices_->setItems(layer_, names);
    }
    choices_->setChoiceVisible(layer_, names.size() > 1);  // an MLP's first layer: no choice
    const int pick = choices_->currentIndex(layer_);
    const int layer = pick >= 0 && pick < static_cast<int>(layers.size())
                          ? layers[std::size_t(pick)]
                          : (layers.empty() ? -1 : layers.front());
    std::vector<train::FilterImage> shown;
    for (const auto& f : run->filters) {
        if (f.layer == layer) {
            shown.push_back(f);
        }
    }
    grid_->setColumns(shown.empty() ? 0 : shown.front().copies);
    grid_->setFilters(std::move(shown));
}

}  // namespace eqlab::widgets

#include "widgets/alignment_panel.h"

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "widgets/choice_bar.h"
#include "widgets/compute_names.h"
#include "widgets/matrix_pattern_view.h"

namespace eqlab::widgets {

AlignmentPanel::AlignmentPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    choices_ = new ChoiceBar(this);
    run_ = choices_->addChoice(tr("&Run:"), tr("Whose matched hidden units to show"));
    table_ = choices_->addChoice(tr("&Matrix:"), tr("Which matching of hidden units to show"));
    layout->addWidget(choices_);
    matrix_ = new MatrixPatternView(this);
    matrix_->setColouring(MatrixPatternView::Colouring::ByValue);
    layout->addWidget(matrix_, 1);
    filter_ = [](const metrics::MetricTable& table) { return table.rows > 1 && table.cols > 1; };
    connect(choices_, &ChoiceBar::changed, this, &AlignmentPanel::refresh);
}

void AlignmentPanel::setTableFilter(TableFilter filter) {
    filter_ = std::move(filter);
    refresh();
}

void AlignmentPanel::showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    choices_->setItems(run_, runLabels(*snapshot_, [this](const train::RunSnapshot& run) {
                           return std::any_of(run.tables.begin(), run.tables.end(), filter_);
                       }));
    refresh();
}

void AlignmentPanel::refresh() {
    if (!snapshot_) {
        return;
    }
    const QString run = choices_->currentText(run_);
    const train::RunSnapshot* chosen = nullptr;
    for (const auto& r : snapshot_->runs) {
        if (QString::fromStdString(r.label) == run) {
            chosen = &r;
        }
    }
    QStringList names;
    if (chosen) {
        for (const auto& table : chosen->tables) {
            if (filter_(table)) {
                names << metricName(table.name);
            }
        }
    }
    choices_->setItems(table_, names);
    const QString name = choices_->currentText(table_);
    if (chosen) {
        for (const auto& table : chosen->tables) {
            if (metricName(table.name) != name || !filter_(table) ||
                table.values.size() != static_cast<std::size_t>(table.rows) * table.cols) {
                continue;
            }
            double range = 0;
            for (double v : table.values) {
                range = std::max(range, std::isfinite(v) ? std::abs(v) : 0.0);
            }
            matrix_->setAxisTitles(tableText(table.rowTitle), tableText(table.columnTitle));
            matrix_->setValueName(tableText(table.valueTitle));
            matrix_->setValueRange(range > 0 ? range : 1.0);
            matrix_->setMatrix(table.rows, table.cols, {}, table.values, 0);
            shown_ = true;
            return;
        }
    }
    matrix_->setMatrix(0, 0, {}, {}, 0);
    shown_ = false;
}

}  // namespace eqlab::widgets

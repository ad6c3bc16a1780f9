#include "widgets/descramble_panel.h"

#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "widgets/choice_bar.h"
#include "widgets/compute_names.h"
#include "widgets/matrix_pattern_view.h"

namespace eqlab::widgets {

namespace {

constexpr const char* kTrained = "descramble_weights_trained";
constexpr const char* kDescrambled = "descramble_weights_descrambled";

const metrics::MetricTable* findTable(const train::RunSnapshot& run, const char* name) {
    for (const auto& table : run.tables) {
        if (table.name == name &&
            table.values.size() == static_cast<std::size_t>(table.rows) * table.cols &&
            table.rows > 0 && table.cols > 0) {
            return &table;
        }
    }
    return nullptr;
}

// The latest value of a metric, NaN when the run has none yet.
double latest(const train::RunSnapshot& run, const char* name) {
    for (std::size_t i = run.metrics.size(); i-- > 0;) {
        for (const auto& v : run.metrics[i].values) {
            if (v.name == name) {
                return v.value;
            }
        }
    }
    return std::nan("");
}

void drawTable(MatrixPatternView* view, const metrics::MetricTable& table, double range) {
    view->setAxisTitles(tableText(table.rowTitle), tableText(table.columnTitle));
    view->setValueName(tableText(table.valueTitle));
    view->setValueRange(range);
    view->setMatrix(table.rows, table.cols, {}, table.values, 0);
}

}  // namespace

bool DescramblePanel::isDescrambleTable(const metrics::MetricTable& table) {
    return table.name == kTrained || table.name == kDescrambled;
}

DescramblePanel::DescramblePanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    choices_ = new ChoiceBar(this);
    run_ = choices_->addChoice(tr("&Run:"), tr("Whose hidden layer to show"));
    layout->addWidget(choices_);
    // One above the other: a layer's weight matrix is usually wider than tall (units × inputs),
    // and the two pictures are compared column by column.
    auto* pictures = new QVBoxLayout;
    pictures->setContentsMargins(4, 2, 4, 2);
    const auto title = [this](const QString& text, const QString& tip) {
        auto* label = new QLabel(text, this);
        label->setAlignment(Qt::AlignCenter);
        label->setToolTip(tip);
        return label;
    };
    trained_ = new MatrixPatternView(this);
    descrambled_ = new MatrixPatternView(this);
    for (auto* view : {trained_, descrambled_}) {
        view->setColouring(MatrixPatternView::Colouring::ByValue);
        // A layer is usually much wider than tall: in the middle of its half of the panel.
        view->setCentred(true);
    }
    pictures->addWidget(
        title(tr("As trained"),
              tr("The incoming weights of each hidden unit (one row per unit) in the order "
                 "training left them")));
    pictures->addWidget(trained_, 1);
    pictures->addWidget(
        title(tr("Descrambled"),
              tr("The same rows reordered (and sign-flipped where the activation allows it) so "
                 "that neighbouring units compute the most similar outputs; for a linear layer, "
                 "mixed by the orthogonal matrix that does so best")));
    pictures->addWidget(descrambled_, 1);
    layout->addLayout(pictures, 1);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setContentsMargins(6, 2, 6, 4);
    summary_->setToolTip(
        tr("Roughness: the summed squared difference between neighbouring "
           "units' outputs on the training inputs"));
    layout->addWidget(summary_);
    connect(choices_, &ChoiceBar::changed, this, &DescramblePanel::refresh);
}

void DescramblePanel::showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    choices_->setItems(run_, runLabels(*snapshot_, [](const train::RunSnapshot& run) {
                           return findTable(run, kTrained) && findTable(run, kDescrambled);
                       }));
    refresh();
}

void DescramblePanel::refresh() {
    shown_ = false;
    if (snapshot_) {
        const QString chosen = choices_->currentText(run_);
        for (const auto& run : snapshot_->runs) {
            const auto* before = findTable(run, kTrained);
            const auto* after = findTable(run, kDescrambled);
            if (QString::fromStdString(run.label) != chosen || !before || !after) {
                continue;
            }
            // One colour scale for both: the same weights, their rows moved (or, for a linear
            // layer, mixed orthogonally, which may make an entry larger).
            double range = 0;
            for (const auto* table : {before, after}) {
                for (double v : table->values) {
                    range = std::max(range, std::isfinite(v) ? std::abs(v) : 0.0);
                }
            }
            drawTable(trained_, *before, range > 0 ? range : 1.0);
            drawTable(descrambled_, *after, range > 0 ? range : 1.0);
            const double ratio = latest(run, "roughness_ratio");
            const double weights = latest(run, "weight_roughness_ratio");
            summary_->setText(
                std::isfinite(ratio) && std::isfinite(weights)
                    ? tr("Roughness across units after descrambling: %1 of the trained order's "
                         "for the outputs, %2 for the weights.")
                          .arg(ratio, 0, 'g', 3)
                          .arg(weights, 0, 'g', 3)
                    : QString());
            shown_ = true;
            return;
        }
    }
    trained_->setMatrix(0, 0, {}, {}, 0);
    descrambled_->setMatrix(0, 0, {}, {}, 0);
    summary_->clear();
}

}  // namespace eqlab::widgets

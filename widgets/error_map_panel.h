#pragma once

// ErrorMapPanel: a heat map of a run's table — the equivariance (or invariance) error per group
// element × layer — with the run and the table picked above it. Which tables it offers is the
// window's choice (a TableFilter, e.g. tables with more than one row); when the run has evaluated
// layer-symmetry it also offers the per-layer error over training (layer × step, log colours;
// compute/metrics/layer_error_history.h).

#include <QWidget>

#include "widgets/snapshot_view.h"

namespace eqlab::widgets {

class ChoiceBar;
class HeatMapView;

class ErrorMapPanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    explicit ErrorMapPanel(QWidget* parent = nullptr);

    void setTableFilter(TableFilter filter);
    void showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) override;
    void setViewStyle(const ViewStyle&) override {}  // follows the application's palette
    bool hasContent() const override;

    HeatMapView* heatMap() const { return map_; }
    ChoiceBar* choices() const { return choices_; }

private:
    void refresh();

    ChoiceBar* choices_ = nullptr;
    int run_ = 0, table_ = 0;
    HeatMapView* map_ = nullptr;
    TableFilter filter_;
    std::shared_ptr<const train::SessionSnapshot> snapshot_;
};

}  // namespace eqlab::widgets

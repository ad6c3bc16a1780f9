#pragma once

// FilterPanel: the filter view — the chosen run's learned filters of the chosen layer, updating
// live: for a G-CNN layer (lift, gconv) one row per filter, its transformed copies under the group
// side by side (as compute/train/filter_images.h takes them from the layer); for an MLP the first
// layer's rows reshaped as images.

#include <QWidget>

#include "widgets/snapshot_view.h"

namespace eqlab::widgets {

class ChoiceBar;
class FilterGridView;

class FilterPanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    explicit FilterPanel(QWidget* parent = nullptr);

    void showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) override;
    void setViewStyle(const ViewStyle&) override {}  // follows the application's palette
    bool hasContent() const override;

    FilterGridView* grid() const { return grid_; }
    ChoiceBar* choices() const { return choices_; }
    int layerChoice() const { return layer_; }

private:
    void refresh();

    ChoiceBar* choices_ = nullptr;
    int run_ = 0;
    int layer_ = 0;
    FilterGridView* grid_ = nullptr;
    std::shared_ptr<const train::SessionSnapshot> snapshot_;
};

}  // namespace eqlab::widgets

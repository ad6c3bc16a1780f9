#pragma once

// FilterPanel: the filter view — the chosen run's learned filters (with their transformed copies
// for a G-CNN, or first-layer rows reshaped as images for an MLP), updating live.

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

private:
    void refresh();

    ChoiceBar* choices_ = nullptr;
    int run_ = 0;
    FilterGridView* grid_ = nullptr;
    std::shared_ptr<const train::SessionSnapshot> snapshot_;
};

}  // namespace eqlab::widgets

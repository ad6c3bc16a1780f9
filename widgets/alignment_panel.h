#pragma once

// AlignmentPanel: the alignment view — how two nets' hidden units match modulo their intertwiner
// group (the matched permutation, or the correlation of units, as a signed matrix with a colour
// bar), from a run's table; the run and the table are picked above it.

#include <QWidget>

#include "widgets/snapshot_view.h"

namespace eqlab::widgets {

class ChoiceBar;
class MatrixPatternView;

class AlignmentPanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    explicit AlignmentPanel(QWidget* parent = nullptr);

    void setTableFilter(TableFilter filter);
    void showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) override;
    void setViewStyle(const ViewStyle&) override {}  // follows the application's palette
    bool hasContent() const override { return shown_; }

    MatrixPatternView* matrix() const { return matrix_; }
    ChoiceBar* choices() const { return choices_; }

private:
    void refresh();

    ChoiceBar* choices_ = nullptr;
    int run_ = 0, table_ = 0;
    MatrixPatternView* matrix_ = nullptr;
    TableFilter filter_;
    std::shared_ptr<const train::SessionSnapshot> snapshot_;
    bool shown_ = false;
};

}  // namespace eqlab::widgets

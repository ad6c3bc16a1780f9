#pragma once

// DescramblePanel: the descramble view — a hidden layer's incoming weights one above the other, as
// training left them (units in an arbitrary order) and descrambled (reordered, and sign-flipped
// for an odd σ, or for a linear layer mixed by an orthogonal matrix: the symmetry that makes
// neighbouring units' outputs most alike; docs/math.md §4.12), with the roughness across units
// before and after. It draws the two tables the
// `descramble` metric puts in the run's snapshot; the run is picked above.

#include <QWidget>

#include "widgets/snapshot_view.h"

class QLabel;

namespace eqlab::widgets {

class ChoiceBar;
class MatrixPatternView;

class DescramblePanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    explicit DescramblePanel(QWidget* parent = nullptr);

    // The tables this view draws (other table views leave them out).
    static bool isDescrambleTable(const metrics::MetricTable& table);

    void showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) override;
    void setViewStyle(const ViewStyle&) override {}  // follows the application's palette
    bool hasContent() const override { return shown_; }

    MatrixPatternView* trained() const { return trained_; }
    MatrixPatternView* descrambled() const { return descrambled_; }
    QLabel* summary() const { return summary_; }
    ChoiceBar* choices() const { return choices_; }

private:
    void refresh();

    ChoiceBar* choices_ = nullptr;
    int run_ = 0;
    MatrixPatternView* trained_ = nullptr;
    MatrixPatternView* descrambled_ = nullptr;
    QLabel* summary_ = nullptr;
    std::shared_ptr<const train::SessionSnapshot> snapshot_;
    bool shown_ = false;
};

}  // namespace eqlab::widgets

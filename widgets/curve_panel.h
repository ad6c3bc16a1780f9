#pragma once

// CurvePanel: one-row tables as curves, one per run — the error versus rotation angle, or a
// spectrum (harmonic distortion per frequency). x comes from the column labels when they are
// numbers ("15°", "k=3" read as 15 and 3), else the column index; the axis titles and units are
// the table's. Spectra and errors span decades: the y axis turns logarithmic by itself.

#include <QWidget>
#include <vector>

#include "widgets/snapshot_view.h"

namespace eqlab::widgets {

class ChoiceBar;
class ChartView;

class CurvePanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    explicit CurvePanel(QWidget* parent = nullptr);

    void setTableFilter(TableFilter filter);
    void showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) override;
    void setViewStyle(const ViewStyle& style) override;
    bool hasContent() const override;

    // The x value of a column label: the first number in it, or the index when there is none.
    static double columnPosition(const std::string& label, int index);

    ChartView* chart() const { return chart_; }
    ChoiceBar* choices() const { return choices_; }

private:
    void refresh();

    ChoiceBar* choices_ = nullptr;
    int table_ = 0;
    ChartView* chart_ = nullptr;
    TableFilter filter_;
    std::shared_ptr<const train::SessionSnapshot> snapshot_;
    std::vector<std::vector<double>> shown_;  // x then y of every series drawn, to skip redraws
};

}  // namespace eqlab::widgets

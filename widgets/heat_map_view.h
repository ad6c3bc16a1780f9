#pragma once

// HeatMapView: a MetricTable as a grid of coloured cells — e.g. the equivariance error per group
// element (rows) × layer (columns) — with row and column labels, axis titles with units (the
// table's), and a colour bar. The colour scale is linear or logarithmic (ValueScale: automatic
// when the values span decades, as errors at round-off next to errors near 1 do). Cells big
// enough show their value; hovering any cell shows its row, column and value.

#include <QWidget>

#include "compute/train/session_snapshot.h"
#include "widgets/value_scale.h"

namespace eqlab::widgets {

class HeatMapView : public QWidget {
    Q_OBJECT

public:
    explicit HeatMapView(QWidget* parent = nullptr);

    void setTable(const metrics::MetricTable& table);
    const metrics::MetricTable& table() const { return table_; }
    void setScaleMode(ValueScale::Mode mode);
    const ValueScale& scale() const { return scale_; }

    // What hovering at this position shows (empty outside the cells).
    QString valueTextAt(QPointF position) const;
    // The centre of cell (row, col) in widget coordinates, and the colour it is drawn with.
    QPointF cellCentre(int row, int col) const;
    QColor cellColour(int row, int col) const;

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {220, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        QRectF cells;
        QRectF bar;
        bool verticalColumnLabels = false;
    };
    Geometry geometry() const;
    double value(int row, int col) const;

    metrics::MetricTable table_;
    ValueScale::Mode mode_ = ValueScale::Mode::Auto;
    ValueScale scale_;
};

}  // namespace eqlab::widgets

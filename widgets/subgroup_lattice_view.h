#pragma once

// SubgroupLatticeView: the Hasse diagram of a group's subgroups (docs/math.md §4.13). One row per
// subgroup order, the trivial group at the bottom and the whole group at the top, rows evenly
// spaced by rank; edges join each subgroup to those covering it. Conjugate subgroups sit next to
// each other, and the rows are ordered to keep edges short (barycentres of the neighbours). Nodes
// are coloured by their error (the heat map's colour map and scale, with a colour bar); the
// largest respected subgroups of the audit have a thick outline. Rows too crowded for a label per
// node draw dots and one label per conjugacy class ("C2 ×10"). Hovering a node shows its
// generators and error; clicking selects it.

#include <QWidget>

#include "widgets/subgroup_lattice_data.h"
#include "widgets/value_scale.h"

namespace eqlab::widgets {

class SubgroupLatticeView : public QWidget {
    Q_OBJECT

public:
    explicit SubgroupLatticeView(QWidget* parent = nullptr);

    void setData(const LatticeViewData& data);
    const LatticeViewData& data() const { return data_; }
    const ValueScale& scale() const { return scale_; }

    // Where node i is drawn (widget coordinates), its fill colour, the node under a position
    // (-1: none) and what hovering there shows (empty outside the nodes).
    QRectF nodeRect(int node) const;
    QColor nodeColour(int node) const;
    int nodeAt(QPointF position) const;
    QString toolTipAt(QPointF position) const;
    // The rows, bottom first, each left to right (node indices).
    const std::vector<std::vector<int>>& rows() const { return rows_; }

    int selected() const { return selected_; }
    void setSelected(int node);

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {260, 200}; }

signals:
    void nodeSelected(int node);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Geometry {
        QRectF plot;
        QRectF bar;  // empty without errors
        std::vector<QRectF> boxes;
        std::vector<bool> compactRow;
        double rowHeight = 0;
    };
    void arrange();
    Geometry computeGeometry() const;
    bool hasErrors() const;

    LatticeViewData data_;
    ValueScale scale_;
    std::vector<std::vector<int>> rows_;
    std::vector<int> rowOf_;
    Geometry geometry_;
    int selected_ = -1;
};

}  // namespace eqlab::widgets

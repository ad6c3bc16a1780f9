#pragma once

// FilterGridView: small images in a grid, each with its label — learned filters and their
// transformed copies (G-CNNs), rows of a first dense layer reshaped to the input image (MLPs), or
// training samples as thumbnails to pick from. Filters share one colour scale (a diverging map
// symmetric about zero, with a colour bar), so a dead filter looks dead next to a live one;
// samples use grey from their minimum to their maximum. Hovering names the filter, the pixel and
// its value; in selectable mode a click picks an image (filterClicked) and the pick is outlined.

#include <QImage>
#include <QWidget>
#include <vector>

#include "compute/train/session_snapshot.h"

namespace eqlab::widgets {

class FilterGridView : public QWidget {
    Q_OBJECT

public:
    enum class Colouring { Diverging, Grey };

    explicit FilterGridView(QWidget* parent = nullptr);

    void setFilters(std::vector<train::FilterImage> filters);
    int filterCount() const { return static_cast<int>(filters_.size()); }
    void setColouring(Colouring colouring);
    // One row (a strip of thumbnails, names on hover only) instead of the squarest grid.
    void setSingleRow(bool singleRow);
    // A fixed number of columns (a G-CNN filter and its |G| copies per row); 0: the layout that
    // gives the largest images.
    void setColumns(int columns);
    int columns() const { return geometry().columns; }
    void setSelectable(bool selectable);
    void setSelected(int index);
    int selected() const { return selected_; }
    // The largest |value| (diverging) that the colour bar's ends stand for.
    double colourRange() const { return range_; }

    // The rectangle filter i is drawn in (empty when not shown), and what hovering shows.
    QRectF imageRect(int index) const;
    QString valueTextAt(QPointF position) const;

    // At most this many images are drawn (a 784-wide first layer has far more rows).
    static constexpr int kMaxShown = 256;

    QSize sizeHint() const override { return {420, 320}; }
    QSize minimumSizeHint() const override { return {120, 60}; }

signals:
    void filterClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        int columns = 1;
        double unit = 0;  // screen pixels per image pixel
        double cellWidth = 0, cellHeight = 0;
        bool labels = false;
        QRectF bar;
    };
    Geometry geometry() const;
    void rebuildImages();

    std::vector<train::FilterImage> filters_;
    std::vector<QImage> images_;
    Colouring colouring_ = Colouring::Diverging;
    bool singleRow_ = false;
    int columns_ = 0;
    bool selectable_ = false;
    int selected_ = -1;
    double range_ = 1.0;
    int maxHeight_ = 1, maxWidth_ = 1;
};

}  // namespace eqlab::widgets

#pragma once

// MatrixPatternView: a matrix drawn cell by cell, coloured by category (which basis element a cell
// belongs to) or by signed value (a diverging map with a colour bar). Large matrices (784 × 784)
// are drawn as an image scaled to the widget. Hovering shows a cell's row, column and value.

#include <QImage>
#include <QWidget>
#include <vector>

namespace eqlab::widgets {

class MatrixPatternView : public QWidget {
    Q_OBJECT

public:
    enum class Colouring { ByCategory, ByValue };

    explicit MatrixPatternView(QWidget* parent = nullptr);

    // categories and values: rows·cols, row-major (either may be empty).
    // categoryCount: how many categories there are (for the legend).
    void setMatrix(int rows, int cols, std::vector<int> categories, std::vector<double> values,
                   int categoryCount);
    void setColouring(Colouring colouring);
    // Axis titles (default: output index (row), input index (column)) and, by value, what a value
    // is called in the tooltip (default: weight) and the |value| the colour bar's ends stand for.
    void setAxisTitles(const QString& rowTitle, const QString& columnTitle);
    void setValueName(const QString& name);
    void setValueRange(double range);
    // Centre the matrix vertically in the room left (default: at the top).
    void setCentred(bool centred) {
        centred_ = centred;
        update();
    }
    Colouring colouring() const { return colouring_; }
    // The picture as drawn (one pixel per cell), for tests and export.
    const QImage& cellImage() const { return image_; }
    QSize sizeHint() const override { return {420, 420}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void rebuildImage();
    QRectF matrixRect() const;

    int rows_ = 0, cols_ = 0, categoryCount_ = 0;
    std::vector<int> categories_;
    std::vector<double> values_;
    Colouring colouring_ = Colouring::ByCategory;
    QString rowTitle_, columnTitle_, valueName_;
    double valueRange_ = 1.0;
    bool centred_ = false;
    QImage image_;
};

}  // namespace eqlab::widgets

#pragma once

// CayleyTableView: the multiplication table of a group as a coloured grid. Cell (a, b) has the
// colour of the product a·b (the orbit view's element colours); hovering names the product.

#include <QStringList>
#include <QWidget>
#include <vector>

namespace eqlab::widgets {

class CayleyTableView : public QWidget {
    Q_OBJECT

public:
    explicit CayleyTableView(QWidget* parent = nullptr);

    // table: order × order, row-major, table[a·order + b] = a·b. labels: one per element.
    void setTable(int order, const std::vector<int>& table, const QStringList& labels);
    int order() const { return order_; }
    QSize sizeHint() const override { return {420, 420}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF gridRect() const;

    int order_ = 0;
    std::vector<int> table_;
    QStringList labels_;
};

}  // namespace eqlab::widgets

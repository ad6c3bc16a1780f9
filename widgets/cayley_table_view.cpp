#include "widgets/cayley_table_view.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include "widgets/palette.h"

namespace eqlab::widgets {

namespace {
constexpr int kHeader = 44;             // room for row and column labels, in pixels
constexpr double kMinLabelCell = 18.0;  // smaller cells get no text
}  // namespace

CayleyTableView::CayleyTableView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(200, 200);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void CayleyTableView::setTable(int order, const std::vector<int>& table,
                               const QStringList& labels) {
    order_ = order;
    table_ = table;
    labels_ = labels;
    update();
}

QRectF CayleyTableView::gridRect() const {
    const double side = std::max(0, std::min(width(), height()) - kHeader - 8);
    return {static_cast<double>(kHeader), static_cast<double>(kHeader), side, side};
}

void CayleyTableView::paintEvent(QPaintEvent*) {
    if (order_ <= 0) {
        return;
    }
    QPainter painter(this);
    const QRectF grid = gridRect();
    const double cell = grid.width() / order_;
    const bool text = cell >= kMinLabelCell;
    QFont font = painter.font();
    font.setPointSizeF(std::clamp(cell * 0.3, 6.0, 11.0));
    painter.setFont(font);

    for (int a = 0; a < order_; ++a) {
        for (int b = 0; b < order_; ++b) {
            const int product = table_[static_cast<std::size_t>(a) * order_ + b];
            const QRectF rect(grid.left() + b * cell, grid.top() + a * cell, cell, cell);
            const QColor fill = elementColour(product, order_);
            painter.fillRect(rect, fill);
            if (text && product < labels_.size()) {
                painter.setPen(textColourOn(fill));  // the dark end of the ramp takes light text
                painter.drawText(rect, Qt::AlignCenter, labels_[product]);
            }
        }
    }
    painter.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < order_ && text; ++i) {
        const QString label = i < labels_.size() ? labels_[i] : QString::number(i);
        painter.drawText(QRectF(grid.left() + i * cell, grid.top() - kHeader, cell, kHeader - 4),
                         Qt::AlignHCenter | Qt::AlignBottom, label);
        painter.drawText(QRectF(0, grid.top() + i * cell, kHeader - 4, cell),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    if (!text) {
        painter.drawText(QRectF(0, 0, width(), kHeader - 8), Qt::AlignCenter,
                         tr("row a, column b: the colour of a·b (hover for names)"));
    }
}

bool CayleyTableView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && order_ > 0) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QRectF grid = gridRect();
        const double cell = grid.width() / order_;
        const int b = static_cast<int>((help->pos().x() - grid.left()) / cell);
        const int a = static_cast<int>((help->pos().y() - grid.top()) / cell);
        if (a >= 0 && b >= 0 && a < order_ && b < order_ && grid.contains(help->pos())) {
            const int product = table_[static_cast<std::size_t>(a) * order_ + b];
            const auto name = [this](int i) {
                return i < labels_.size() ? labels_[i] : QString::number(i);
            };
            QToolTip::showText(help->globalPos(),
                               tr("%1 · %2 = %3").arg(name(a), name(b), name(product)), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

}  // namespace eqlab::widgets

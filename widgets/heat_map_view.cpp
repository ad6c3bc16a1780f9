#include "widgets/heat_map_view.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "widgets/compute_names.h"
#include "widgets/palette.h"

namespace eqlab::widgets {

namespace {

constexpr double kBarWidth = 16.0;
constexpr double kGap = 6.0;
constexpr double kMaxColumnLabel = 120.0;  // longer vertical labels are elided

QString label(const std::vector<std::string>& labels, int i) {
    return i < static_cast<int>(labels.size()) ? tableText(labels[i]) : QString::number(i);
}

}  // namespace

HeatMapView::HeatMapView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void HeatMapView::setTable(const metrics::MetricTable& table) {
    table_ = table;
    if (table_.values.size() != static_cast<std::size_t>(table_.rows) * table_.cols) {
        table_.rows = table_.cols = 0;  // a malformed table draws nothing rather than garbage
        table_.values.clear();
    }
    scale_ = ValueScale::fit(table_.values, mode_);
    update();
}

void HeatMapView::setScaleMode(ValueScale::Mode mode) {
    mode_ = mode;
    scale_ = ValueScale::fit(table_.values, mode_);
    update();
}

double HeatMapView::value(int row, int col) const {
    return table_.values[static_cast<std::size_t>(row) * table_.cols + col];
}

HeatMapView::Geometry HeatMapView::geometry() const {
    Geometry g;
    if (table_.rows <= 0 || table_.cols <= 0) {
        return g;
    }
    const QFontMetricsF fm(font());
    const double line = fm.height();
    double rowLabels = 0, columnLabels = 0, tickLabels = 0;
    for (int r = 0; r < table_.rows; ++r) {
        rowLabels = std::max(rowLabels, fm.horizontalAdvance(label(table_.rowLabels, r)));
    }
    for (int c = 0; c < table_.cols; ++c) {
        columnLabels = std::max(columnLabels, fm.horizontalAdvance(label(table_.columnLabels, c)));
    }
    for (double tick : scale_.ticks()) {
        tickLabels = std::max(tickLabels, fm.horizontalAdvance(ValueScale::format(tick)));
    }
    const double left = line + kGap + rowLabels + kGap;
    const double right = 2 * kGap + kBarWidth + kGap + tickLabels + kGap + line;
    const double top = kGap + line / 2;  // room for the bar's top label
    const double cellWidth = (width() - left - right) / table_.cols;
    g.verticalColumnLabels = columnLabels + 4 > cellWidth;
    const double bottom =
        (g.verticalColumnLabels ? std::min(columnLabels, kMaxColumnLabel) : line) + kGap + line +
        kGap;
    g.cells = QRectF(left, top, std::max(0.0, width() - left - right),
                     std::max(0.0, height() - top - bottom));
    g.bar = QRectF(g.cells.right() + 2 * kGap, g.cells.top(), kBarWidth,
                   std::min(g.cells.height(), 260.0));
    return g;
}

QPointF HeatMapView::cellCentre(int row, int col) const {
    const Geometry g = geometry();
    const double w = g.cells.width() / std::max(table_.cols, 1);
    const double h = g.cells.height() / std::max(table_.rows, 1);
    return {g.cells.left() + (col + 0.5) * w, g.cells.top() + (row + 0.5) * h};
}

QColor HeatMapView::cellColour(int row, int col) const {
    const double v = value(row, col);
    return std::isnan(v) ? QColor(160, 160, 160) : sequentialColour(scale_.position(v));
}

void HeatMapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QColor text = palette().color(QPalette::Text);
    if (table_.rows <= 0 || table_.cols <= 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No table yet: train a few steps."));
        return;
    }
    const Geometry g = geometry();
    if (g.cells.width() < 4 || g.cells.height() < 4) {
        return;
    }
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double w = g.cells.width() / table_.cols;
    const double h = g.cells.height() / table_.rows;

    // Cells, with their value when there is room.
    const bool valuesFit = w >= fm.horizontalAdvance(QStringLiteral("0.000e-00")) && h >= line + 2;
    for (int r = 0; r < table_.rows; ++r) {
        for (int c = 0; c < table_.cols; ++c) {
            const QRectF cell(g.cells.left() + c * w, g.cells.top() + r * h, w, h);
            const QColor colour = cellColour(r, c);
            painter.fillRect(cell.adjusted(0, 0, 0.5, 0.5), colour);  // no hairline gaps
            // A cell without a value (NaN: e.g. no pattern with that pixel count and stabilizer)
            // stays a blank grey cell rather than saying "nan".
            if (valuesFit && !std::isnan(value(r, c))) {
                painter.setPen(textColourOn(colour));
                painter.drawText(cell, Qt::AlignCenter, ValueScale::format(value(r, c)));
            }
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(g.cells);

    // Row labels (every k-th when rows are thinner than a line of text) and the row title.
    painter.setPen(text);
    const int rowStride = std::max(1, static_cast<int>(std::ceil(line / h)));
    for (int r = 0; r < table_.rows; r += rowStride) {
        painter.drawText(QRectF(0, g.cells.top() + r * h, g.cells.left() - kGap, h),
                         Qt::AlignRight | Qt::AlignVCenter, label(table_.rowLabels, r));
    }
    painter.save();
    painter.translate(line / 2 + 2, g.cells.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-g.cells.height() / 2, -line / 2, g.cells.height(), line),
                     Qt::AlignCenter, tableText(table_.rowTitle));
    painter.restore();

    // Column labels, vertical when they do not fit across, and the column title.
    const int colStride =
        g.verticalColumnLabels ? std::max(1, static_cast<int>(std::ceil(line / w))) : 1;
    double labelsBottom = g.cells.bottom() + kGap + line;
    for (int c = 0; c < table_.cols; c += colStride) {
        const QString name = label(table_.columnLabels, c);
        if (!g.verticalColumnLabels) {
            painter.drawText(QRectF(g.cells.left() + c * w, g.cells.bottom() + kGap / 2, w, line),
                             Qt::AlignHCenter | Qt::AlignTop, name);
            continue;
        }
        const QString elided = fm.elidedText(name, Qt::ElideRight, kMaxColumnLabel);
        const double length = fm.horizontalAdvance(elided);
        labelsBottom = std::max(labelsBottom, g.cells.bottom() + kGap + length);
        painter.save();
        painter.translate(g.cells.left() + (c + 0.5) * w, g.cells.bottom() + kGap / 2);
        painter.rotate(-90);
        painter.drawText(QRectF(-length, -line / 2, length, line),
                         Qt::AlignRight | Qt::AlignVCenter, elided);
        painter.restore();
    }
    painter.drawText(QRectF(g.cells.left(), labelsBottom + kGap / 2, g.cells.width(), line),
                     Qt::AlignCenter, tableText(table_.columnTitle));

    // The colour bar: top = high, with ticks, and the value's title beside it.
    QLinearGradient gradient(g.bar.bottomLeft(), g.bar.topLeft());
    for (int k = 0; k <= 16; ++k) {
        gradient.setColorAt(k / 16.0, sequentialColour(k / 16.0));
    }
    painter.fillRect(g.bar, gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(g.bar);
    painter.setPen(text);
    double widest = 0;
    for (double tick : scale_.ticks()) {
        const double y = g.bar.bottom() - scale_.position(tick) * g.bar.height();
        const QString name = ValueScale::format(tick);
        widest = std::max(widest, fm.horizontalAdvance(name));
        painter.drawLine(QPointF(g.bar.right(), y), QPointF(g.bar.right() + 3, y));
        painter.drawText(QRectF(g.bar.right() + kGap, y - line / 2, 200, line),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
    }
    painter.save();
    painter.translate(g.bar.right() + kGap + widest + kGap + line / 2, g.bar.center().y());
    painter.rotate(-90);
    const QString valueTitle =
        tableText(table_.valueTitle) + (scale_.logarithmic() ? tr(" (log scale)") : QString());
    painter.drawText(QRectF(-150, -line / 2, 300, line), Qt::AlignCenter, valueTitle);
    painter.restore();
}

QString HeatMapView::valueTextAt(QPointF position) const {
    const Geometry g = geometry();
    if (table_.rows <= 0 || table_.cols <= 0 || !g.cells.contains(position)) {
        return {};
    }
    const int c = std::min(table_.cols - 1, static_cast<int>((position.x() - g.cells.left()) /
                                                             g.cells.width() * table_.cols));
    const int r = std::min(table_.rows - 1, static_cast<int>((position.y() - g.cells.top()) /
                                                             g.cells.height() * table_.rows));
    const double v = value(r, c);
    QString text = tr("%1: %2\n%3: %4\n%5: %6")
                       .arg(tableText(table_.rowTitle), label(table_.rowLabels, r),
                            tableText(table_.columnTitle), label(table_.columnLabels, c),
                            tableText(table_.valueTitle))
                       .arg(QString::number(v, 'g', 6));
    if (scale_.logarithmic() && v < scale_.low()) {
        text += tr(" (drawn at %1)").arg(ValueScale::format(scale_.low()));
    }
    return text;
}

bool HeatMapView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = valueTextAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

}  // namespace eqlab::widgets

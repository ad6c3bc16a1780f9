#include "widgets/figure_painter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "widgets/figure_paint_kit.h"
#include "widgets/palette.h"
#include "widgets/value_scale.h"

namespace eqlab::widgets::figure {

namespace kit {

Colours coloursOf(const Style& style) {
    if (style.paper || !style.dark) {
        return {Qt::white, Qt::black, QColor(225, 225, 225)};
    }
    return {QColor(38, 40, 46), QColor(225, 227, 232), QColor(70, 73, 82)};
}

QFont fontOf(const Style& style, double factor, bool bold) {
    QFont font;
    if (!style.fontFamily.isEmpty()) {
        font.setFamily(style.fontFamily);
    }
    font.setPointSizeF(std::max(1.0, style.fontPt * factor));
    font.setBold(bold);
    return font;
}

// Line widths grow with the font: 0.9 pt at 9 pt text.
double lineWidth(const Style& style) {
    return 0.1 * style.fontPt;
}

QColor lighter(const QColor& c, double towardsWhite) {
    const auto mix = [&](float v) { return static_cast<float>(v + (1.0 - v) * towardsWhite); };
    return QColor::fromRgbF(mix(c.redF()), mix(c.greenF()), mix(c.blueF()));
}

// The title across the top; returns the height it took.
double drawTitle(QPainter& painter, const QString& title, const QRectF& area, const Style& style,
                 const Colours& colours) {
    if (title.isEmpty()) {
        return 0;
    }
    const QFont font = fontOf(style, 1.15, true);
    painter.setFont(font);
    painter.setPen(colours.foreground);
    const QFontMetricsF metrics(font, painter.device());
    const QRectF box(area.left(), area.top(), area.width(), 3 * metrics.height());
    const QRectF used =
        painter.boundingRect(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
    painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
    return used.height() + 0.4 * metrics.height();
}

// Legend entries in rows across `width`: a short line in each entry's pen, then its name.
// Returns the height it takes; draws only when `draw`.
double legendRows(QPainter& painter, const std::vector<std::pair<QString, QPen>>& entries,
                  const QPointF& topLeft, double width, const Style& style, const Colours& colours,
                  bool draw) {
    if (entries.empty()) {
        return 0;
    }
    const QFont font = fontOf(style, 0.9);
    const QFontMetricsF metrics(font, painter.device());
    const double sample = 2.0 * metrics.height(), gap = 0.8 * metrics.height();
    double x = 0, y = 0;
    painter.setFont(font);
    for (const auto& [name, pen] : entries) {
        const double w = sample + 0.3 * metrics.height() + metrics.horizontalAdvance(name);
        if (x > 0 && x + w > width) {
            x = 0;
            y += metrics.height() * 1.15;
        }
        if (draw) {
            const double mid = topLeft.y() + y + metrics.height() / 2;
            painter.setPen(pen);
            painter.drawLine(QPointF(topLeft.x() + x, mid), QPointF(topLeft.x() + x + sample, mid));
            painter.setPen(colours.foreground);
            painter.drawText(QPointF(topLeft.x() + x + sample + 0.3 * metrics.height(),
                                     topLeft.y() + y + metrics.ascent()),
                             name);
        }
        x += w + gap;
    }
    return y + metrics.height() * 1.3;
}

}  // namespace kit

namespace {

using namespace kit;

QString tickText(double value) {
    if (std::abs(value) < 1e-12) {
        return QStringLiteral("0");
    }
    return QString::number(value, 'g', 6);
}

// About `count` round ticks (1, 2, 5 × 10^k) covering [low, high].
std::vector<double> linearTicks(double low, double high, int count = 5) {
    const double span = high - low;
    if (!(span > 0) || !std::isfinite(span)) {
        return {low};
    }
    const double raw = span / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    std::vector<double> ticks;
    for (double t = std::ceil(low / step - 1e-9) * step; t <= high + 1e-9 * step; t += step) {
        ticks.push_back(std::abs(t) < 1e-12 * step ? 0.0 : t);
    }
    return ticks;
}

Qt::PenStyle penStyle(Dash dash) {
    switch (dash) {
        case Dash::Dashed:
            return Qt::DashLine;
        case Dash::Dotted:
            return Qt::DotLine;
        case Dash::DashDot:
            return Qt::DashDotLine;
        default:
            return Qt::SolidLine;
    }
}

// ---- charts ---------------------------------------------------------------------------------

void paintChart(QPainter& painter, const Chart& chart, QRectF area, const Style& style,
                const Colours& colours) {
    area.setTop(area.top() + drawTitle(painter, chart.title, area, style, colours));
    const double lw = lineWidth(style);
    std::vector<std::pair<QString, QPen>> entries;
    for (const Series& s : chart.series) {
        if (!s.name.isEmpty() && chart.series.size() > 1) {
            QPen pen(s.colour, 1.6 * lw, penStyle(s.dash), Qt::FlatCap);
            entries.emplace_back(s.name, pen);
        }
    }
    const double legendHeight =
        legendRows(painter, entries, area.topLeft(), area.width(), style, colours, false);
    legendRows(painter, entries, area.topLeft(), area.width(), style, colours, true);
    area.setTop(area.top() + legendHeight);

    // Ranges; y on a log axis is log10(max(y, 1e-16)).
    const auto yOf = [&](double y) {
        return chart.logY ? std::log10(std::max(y, ValueScale::kLogFloor)) : y;
    };
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const Series& s : chart.series) {
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            if (std::isfinite(s.x[i]) && std::isfinite(s.y[i])) {
                x0 = std::min(x0, s.x[i]);
                x1 = std::max(x1, s.x[i]);
                y0 = std::min(y0, yOf(s.y[i]));
                y1 = std::max(y1, yOf(s.y[i]));
                if (s.hasBand() && std::isfinite(s.low[i]) && std::isfinite(s.high[i])) {
                    y0 = std::min(y0, yOf(s.low[i]));
                    y1 = std::max(y1, yOf(s.high[i]));
                }
            }
        }
    }
    if (!std::isfinite(x0)) {
        x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    }
    if (x1 - x0 <= 0) {
        x0 -= 0.5, x1 += 0.5;
    }
    if (chart.padX) {
        const double pad = 0.06 * (x1 - x0);
        x0 -= pad, x1 += pad;
    }
    if (y1 - y0 <= 0) {
        y0 -= chart.logY ? 1 : std::max(0.5, std::abs(y0) * 0.1);
        y1 += chart.logY ? 1 : std::max(0.5, std::abs(y1) * 0.1);
    }
    std::vector<double> yTicks;
    if (chart.logY) {
        y0 = std::floor(y0), y1 = std::ceil(y1);
        const int step = std::max(1, static_cast<int>(std::ceil((y1 - y0) / 8)));
        for (double t = y0; t <= y1 + 1e-9; t += step) {
            yTicks.push_back(t);
        }
    } else {
        const double pad = 0.04 * (y1 - y0);
        y0 -= pad, y1 += pad;
        yTicks = linearTicks(y0, y1);
    }
    const std::vector<double> xTicks = linearTicks(x0, x1);
    const auto yLabel = [&](double t) {
        return chart.logY ? QStringLiteral("1e%1").arg(static_cast<int>(std::lround(t)))
                          : tickText(t);
    };

    const QFont font = fontOf(style);
    const QFont tickFont = fontOf(style, 0.9);
    const QFontMetricsF metrics(font, painter.device()), tickMetrics(tickFont, painter.device());
    double tickWidth = 0;
    for (double t : yTicks) {
        tickWidth = std::max(tickWidth, tickMetrics.horizontalAdvance(yLabel(t)));
    }
    const double tick = 0.35 * metrics.height();
    const double left =
        (chart.yTitle.isEmpty() ? 0 : metrics.height() * 1.2) + tickWidth + tick * 2;
    const double bottom =
        tickMetrics.height() + tick * 2 + (chart.xTitle.isEmpty() ? 0 : metrics.height() * 1.2);
    const double right = tickMetrics.horizontalAdvance(tickText(xTicks.back())) / 2 + tick;
    const QRectF plot(area.left() + left, area.top() + tickMetrics.height() / 2,
                      std::max(1.0, area.width() - left - right),
                      std::max(1.0, area.height() - bottom - tickMetrics.height() / 2));
    const auto px = [&](double x) { return plot.left() + (x - x0) / (x1 - x0) * plot.width(); };
    const auto py = [&](double y) { return plot.bottom() - (y - y0) / (y1 - y0) * plot.height(); };

    // Grid, frame, ticks and their labels.
    painter.setFont(tickFont);
    for (double t : yTicks) {
        const double y = py(t);
        if (y < plot.top() - 0.5 || y > plot.bottom() + 0.5) {
            continue;
        }
        painter.setPen(QPen(colours.grid, 0.6 * lw));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QPen(colours.foreground, lw));
        painter.drawLine(QPointF(plot.left() - tick, y), QPointF(plot.left(), y));
        painter.drawText(QRectF(area.left(), y - tickMetrics.height() / 2,
                                plot.left() - tick * 2 - area.left(), tickMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, yLabel(t));
    }
    for (double t : xTicks) {
        const double x = px(t);
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5) {
            continue;
        }
        painter.setPen(QPen(colours.grid, 0.6 * lw));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(QPen(colours.foreground, lw));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tick));
        painter.drawText(QRectF(x - 40 * tickMetrics.height(), plot.bottom() + tick * 1.5,
                                80 * tickMetrics.height(), tickMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, tickText(t));
    }
    painter.setPen(QPen(colours.foreground, lw));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    painter.setFont(font);
    if (!chart.xTitle.isEmpty()) {
        painter.drawText(QRectF(plot.left(), area.bottom() - metrics.height() * 1.1, plot.width(),
                                metrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom,
                         metrics.elidedText(chart.xTitle, Qt::ElideRight, plot.width()));
    }
    if (!chart.yTitle.isEmpty()) {
        painter.save();
        painter.translate(area.left(), plot.center().y());
        painter.rotate(-90);
        painter.drawText(
            QRectF(-plot.height() / 2 - 2 * metrics.height(), 0,
                   plot.height() + 4 * metrics.height(), metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop,
            metrics.elidedText(chart.yTitle, Qt::ElideRight, plot.height() + 3 * metrics.height()));
        painter.restore();
    }

    // The series, clipped to the plot.
    painter.save();
    painter.setClipRect(plot);
    painter.setRenderHint(QPainter::Antialiasing);
    // Error bands first, under every line: a translucent area between the edges (a run of
    // finite points each), and a bar with caps at every mark.
    for (const Series& s : chart.series) {
        if (!s.hasBand()) {
            continue;
        }
        QColor fill = s.colour;
        fill.setAlphaF(0.2f);
        std::vector<QPointF> upper, lower;
        const auto flush = [&] {
            if (upper.size() > 1) {
                QPolygonF area;
                for (const QPointF& p : upper) {
                    area << p;
                }
                for (auto it = lower.rbegin(); it != lower.rend(); ++it) {
                    area << *it;
                }
                painter.setPen(Qt::NoPen);
                painter.setBrush(fill);
                painter.drawPolygon(area);
            }
            upper.clear();
            lower.clear();
        };
        for (std::size_t i = 0; i < s.x.size(); ++i) {
            if (!std::isfinite(s.x[i]) || !std::isfinite(s.low[i]) || !std::isfinite(s.high[i])) {
                flush();
                continue;
            }
            upper.emplace_back(px(s.x[i]), py(yOf(s.high[i])));
            lower.emplace_back(px(s.x[i]), py(yOf(s.low[i])));
        }
        flush();
        if (s.markers || s.x.size() == 1) {
            painter.setPen(QPen(s.colour, lw, Qt::SolidLine, Qt::FlatCap));
            const double cap = 3.0 * lw;
            for (std::size_t i = 0; i < s.x.size(); ++i) {
                if (std::isfinite(s.x[i]) && std::isfinite(s.low[i]) && std::isfinite(s.high[i])) {
                    const double x = px(s.x[i]), a = py(yOf(s.low[i])), b = py(yOf(s.high[i]));
                    painter.drawLine(QPointF(x, a), QPointF(x, b));
                    painter.drawLine(QPointF(x - cap, a), QPointF(x + cap, a));
                    painter.drawLine(QPointF(x - cap, b), QPointF(x + cap, b));
                }
            }
        }
    }
    for (const Series& s : chart.series) {
        QPainterPath path;
        bool pen = false;
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            if (!std::isfinite(s.x[i]) || !std::isfinite(s.y[i])) {
                pen = false;  // a gap
                continue;
            }
            const QPointF p(px(s.x[i]), py(yOf(s.y[i])));
            pen ? path.lineTo(p) : path.moveTo(p);
            pen = true;
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(s.colour, 1.6 * lw, penStyle(s.dash), Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        if (s.markers || s.x.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(s.colour);
            for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
                if (std::isfinite(s.x[i]) && std::isfinite(s.y[i])) {
                    painter.drawEllipse(QPointF(px(s.x[i]), py(yOf(s.y[i]))), 2.2 * lw, 2.2 * lw);
                }
            }
        }
    }
    painter.restore();
}

// ---- grids (heat maps and tables) -----------------------------------------------------------

double luminance(const QColor& c) {
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

struct CellColouring {
    Grid::Colours kind;
    ValueScale scale;
    double maxAbs = 1, maxValue = 0;
    bool paper = true;

    QColor operator()(double v) const {
        if (!std::isfinite(v)) {
            return {};
        }
        switch (kind) {
            case Grid::Colours::Sequential:
                return sequentialColour(scale.position(v));
            case Grid::Colours::Diverging:
                return divergingColour(maxAbs > 0 ? v / maxAbs : 0.0);
            case Grid::Colours::Category: {
                const int n = static_cast<int>(maxValue) + 1;
                const int i = static_cast<int>(std::lround(v));
                return lighter(
                    paper ? cividisColour(n > 1 ? double(i) / (n - 1) : 0.0) : elementColour(i, n),
                    paper ? 0.35 : 0.45);
            }
            default:
                return {};
        }
    }
};

void paintGrid(QPainter& painter, const Grid& grid, QRectF area, const Style& style,
               const Colours& colours) {
    area.setTop(area.top() + drawTitle(painter, grid.title, area, style, colours));
    if (grid.rows <= 0 || grid.cols <= 0) {
        return;
    }
    CellColouring colouring{grid.colours, {}, 0, 0, style.paper};
    std::vector<double> finite;
    for (double v : grid.values) {
        if (std::isfinite(v)) {
            finite.push_back(v);
            colouring.maxAbs = std::max(colouring.maxAbs, std::abs(v));
            colouring.maxValue = std::max(colouring.maxValue, v);
        }
    }
    if (colouring.maxAbs == 0) {
        colouring.maxAbs = 1;
    }
    colouring.scale =
        ValueScale::fit(finite, grid.logScale ? ValueScale::Mode::Log : ValueScale::Mode::Linear);
    const bool bar =
        grid.colours == Grid::Colours::Sequential || grid.colours == Grid::Colours::Diverging;

    const QFont font = fontOf(style), labelFont = fontOf(style, 0.85);
    const QFontMetricsF metrics(font, painter.device()), labelMetrics(labelFont, painter.device());
    // Labels: as many as fit, every k-th otherwise.
    double rowLabelWidth = 0, colLabelWidth = 0;
    for (const QString& l : grid.rowLabels) {
        rowLabelWidth = std::max(rowLabelWidth, labelMetrics.horizontalAdvance(l));
    }
    {  // long row labels are shortened in the middle, not allowed to squeeze the cells
        const double most = 0.3 * area.width();
        rowLabelWidth = std::min(rowLabelWidth, most);
    }
    for (const QString& l : grid.columnLabels) {
        colLabelWidth = std::max(colLabelWidth, labelMetrics.horizontalAdvance(l));
    }
    const double pad = 0.4 * metrics.height();
    const double barWidth = bar ? 1.0 * metrics.height() : 0;
    double barLabels = 0;
    std::vector<double> barTicks;
    if (bar) {
        if (grid.colours == Grid::Colours::Diverging) {
            barTicks = {-colouring.maxAbs, 0.0, colouring.maxAbs};
        } else {
            barTicks = colouring.scale.ticks();
        }
        for (double t : barTicks) {
            barLabels = std::max(barLabels, labelMetrics.horizontalAdvance(ValueScale::format(t)));
        }
    }
    const double rightSpace = bar ? pad * 2 + barWidth + pad + barLabels +
                                        (grid.valueTitle.isEmpty() ? 0 : metrics.height() * 1.3)
                                  : 0;
    const double left =
        (grid.rowTitle.isEmpty() ? 0 : metrics.height() * 1.3) + rowLabelWidth + pad;
    const double availableWidth = area.width() - left - rightSpace;
    const bool vertical = colLabelWidth + pad > availableWidth / grid.cols;
    const double colLabelHeight =
        vertical ? std::min(colLabelWidth, area.height() * 0.3) : labelMetrics.height();
    const double bottom =
        colLabelHeight + pad + (grid.columnTitle.isEmpty() ? 0 : metrics.height() * 1.3);
    double cellW = std::max(1.0, availableWidth / grid.cols);
    double cellH = std::max(1.0, (area.height() - bottom) / grid.rows);
    if (!grid.text.isEmpty()) {  // tables: square-ish cells look like tables
        cellW = std::min(cellW, cellH * 4);
        cellH = std::min(cellH, cellW);
    }
    const QRectF cells(area.left() + left, area.top(), cellW * grid.cols, cellH * grid.rows);

    // Cells.
    const bool showValues = grid.text.isEmpty() && grid.rows * grid.cols <= 120 &&
                            cellW > labelMetrics.horizontalAdvance(QStringLiteral("0.000e-00")) &&
                            cellH > labelMetrics.height() * 1.1;
    double textPt = std::min(style.fontPt * 0.85, cellH * 0.55);
    if (!grid.text.isEmpty()) {
        QFont probe = fontOf(style, 0.85);
        double widest = 0;
        for (const QString& t : grid.text) {
            widest = std::max(widest, QFontMetricsF(probe, painter.device()).horizontalAdvance(t));
        }
        if (widest > 0) {
            textPt = std::min(textPt, style.fontPt * 0.85 * (cellW * 0.9) / widest);
        }
    }
    QFont cellFont = fontOf(style);
    cellFont.setPointSizeF(std::max(2.0, textPt));
    painter.setFont(cellFont);
    for (int r = 0; r < grid.rows; ++r) {
        for (int c = 0; c < grid.cols; ++c) {
            const std::size_t i = static_cast<std::size_t>(r) * grid.cols + c;
            const double v =
                i < grid.values.size() ? grid.values[i] : std::numeric_limits<double>::quiet_NaN();
            const QRectF cell(cells.left() + c * cellW, cells.top() + r * cellH, cellW, cellH);
            const QColor fill = colouring(v);
            painter.setPen(grid.text.isEmpty() && grid.rows * grid.cols > 400
                               ? QPen(Qt::NoPen)
                               : QPen(colours.grid, 0.4 * lineWidth(style)));
            painter.setBrush(fill.isValid() ? QBrush(fill) : QBrush(colours.background));
            painter.drawRect(cell);
            const QString text =
                !grid.text.isEmpty() && i < static_cast<std::size_t>(grid.text.size())
                    ? grid.text[static_cast<int>(i)]
                : showValues && std::isfinite(v) ? ValueScale::format(v)
                                                 : QString();
            if (!text.isEmpty()) {
                const QColor back = fill.isValid() ? fill : colours.background;
                painter.setPen(luminance(back) < 0.45 ? Qt::white : Qt::black);
                painter.drawText(cell, Qt::AlignCenter, text);
            }
        }
    }
    painter.setPen(QPen(colours.foreground, lineWidth(style)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cells);

    // Row and column labels, every k-th when they would overlap.
    painter.setFont(labelFont);
    painter.setPen(colours.foreground);
    const int rowStep = std::max(1, static_cast<int>(std::ceil(labelMetrics.height() / cellH)));
    for (int r = 0; r < grid.rows && r < grid.rowLabels.size(); r += rowStep) {
        painter.drawText(
            QRectF(area.left(), cells.top() + r * cellH, left - pad, cellH),
            Qt::AlignRight | Qt::AlignVCenter,
            labelMetrics.elidedText(grid.rowLabels[r], Qt::ElideMiddle, rowLabelWidth));
    }
    const int colStep = std::max(
        1, static_cast<int>(
               std::ceil((vertical ? labelMetrics.height() : colLabelWidth + pad) / cellW)));
    for (int c = 0; c < grid.cols && c < grid.columnLabels.size(); c += colStep) {
        const double x = cells.left() + (c + 0.5) * cellW;
        if (vertical) {
            painter.save();
            painter.translate(x, cells.bottom() + pad / 2);
            painter.rotate(-90);
            painter.drawText(
                QRectF(-colLabelHeight, -labelMetrics.height() / 2, colLabelHeight,
                       labelMetrics.height()),
                Qt::AlignRight | Qt::AlignVCenter,
                labelMetrics.elidedText(grid.columnLabels[c], Qt::ElideMiddle, colLabelHeight));
            painter.restore();
        } else {
            painter.drawText(
                QRectF(x - cellW * colStep / 2, cells.bottom() + pad / 2, cellW * colStep,
                       labelMetrics.height()),
                Qt::AlignHCenter | Qt::AlignTop,
                labelMetrics.elidedText(grid.columnLabels[c], Qt::ElideMiddle, cellW * colStep));
        }
    }
    painter.setFont(font);
    if (!grid.columnTitle.isEmpty()) {
        painter.drawText(QRectF(cells.left(), cells.bottom() + pad + colLabelHeight, cells.width(),
                                metrics.height() * 1.3),
                         Qt::AlignHCenter | Qt::AlignBottom, grid.columnTitle);
    }
    if (!grid.rowTitle.isEmpty()) {
        painter.save();
        painter.translate(area.left(), cells.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-cells.height() / 2 - 3 * metrics.height(), 0,
                                cells.height() + 6 * metrics.height(), metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, grid.rowTitle);
        painter.restore();
    }

    // The colour bar.
    if (bar) {
        const QRectF barRect(cells.right() + pad * 2, cells.top(), barWidth,
                             std::max(cells.height(), 4 * metrics.height()));
        const int steps = 64;
        painter.setPen(Qt::NoPen);
        for (int k = 0; k < steps; ++k) {
            const double t = (k + 0.5) / steps;
            const QColor c = grid.colours == Grid::Colours::Diverging ? divergingColour(2 * t - 1)
                                                                      : sequentialColour(t);
            painter.setBrush(c);
            const double y0 = barRect.bottom() - (k + 1) * barRect.height() / steps;
            painter.drawRect(
                QRectF(barRect.left(), y0, barRect.width(), barRect.height() / steps + 0.05));
        }
        painter.setPen(QPen(colours.foreground, 0.6 * lineWidth(style)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(barRect);
        painter.setFont(labelFont);
        for (double t : barTicks) {
            const double pos = grid.colours == Grid::Colours::Diverging
                                   ? (colouring.maxAbs > 0 ? (t / colouring.maxAbs + 1) / 2 : 0.5)
                                   : colouring.scale.position(t);
            const double y = barRect.bottom() - pos * barRect.height();
            painter.drawText(QRectF(barRect.right() + pad / 2, y - labelMetrics.height() / 2,
                                    barLabels + pad, labelMetrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, ValueScale::format(t));
        }
        if (!grid.valueTitle.isEmpty()) {
            painter.setFont(font);
            painter.save();
            // Rotated by -90°, the text's height runs to the right of this x.
            painter.translate(barRect.right() + pad + barLabels + 0.2 * metrics.height(),
                              barRect.center().y());
            painter.rotate(-90);
            painter.drawText(QRectF(-barRect.height(), 0, 2 * barRect.height(), metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, grid.valueTitle);
            painter.restore();
        }
    }
}

// ---- images (filters) -----------------------------------------------------------------------

void paintImages(QPainter& painter, const Images& images, QRectF area, const Style& style,
                 const Colours& colours) {
    area.setTop(area.top() + drawTitle(painter, images.title, area, style, colours));
    const int n = static_cast<int>(images.images.size());
    if (n == 0) {
        return;
    }
    double range = 0;
    for (const auto& image : images.images) {
        for (double v : image.pixels) {
            if (std::isfinite(v)) {
                range = std::max(range, std::abs(v));
            }
        }
    }
    range = range > 0 ? range : 1;
    const QFont labelFont = fontOf(style, 0.75), font = fontOf(style);
    const QFontMetricsF labels(labelFont, painter.device()), metrics(font, painter.device());
    // The colour bar on the right; tiles in the rest, as many columns as make them largest.
    const double pad = 0.4 * metrics.height();
    const double barWidth = metrics.height();
    const double barSpace = pad * 2 + barWidth + pad +
                            labels.horizontalAdvance(ValueScale::format(-range)) +
                            (images.valueTitle.isEmpty() ? 0 : metrics.height() * 1.3);
    const QRectF tiles(area.left(), area.top(), area.width() - barSpace, area.height());
    // Tiles of the images' shape (height / width), a 1-D filter drawn as a strip no thinner
    // than 0.15 of its width (its pixels then stretched); as many columns as make them largest.
    int tallest = 1, widest = 1;
    for (const auto& image : images.images) {
        tallest = std::max(tallest, image.height);
        widest = std::max(widest, image.width);
    }
    const double aspect = std::clamp(double(tallest) / widest, 0.15, 1 / 0.15);
    int bestColumns = 1;
    double bestWidth = 0;
    for (int columns = 1; columns <= n; ++columns) {
        const int rows = (n + columns - 1) / columns;
        const double width = std::min(tiles.width() / columns - pad,
                                      (tiles.height() / rows - pad - labels.height()) / aspect);
        if (width > bestWidth) {
            bestWidth = width, bestColumns = columns;
        }
    }
    const double tileW = std::max(1.0, bestWidth), tileH = tileW * aspect;
    for (int i = 0; i < n; ++i) {
        const auto& image = images.images[static_cast<std::size_t>(i)];
        const int row = i / bestColumns, column = i % bestColumns;
        const QPointF corner(tiles.left() + column * (tileW + pad),
                             tiles.top() + row * (tileH + pad + labels.height()));
        const bool valid =
            image.height > 0 && image.width > 0 &&
            image.pixels.size() == static_cast<std::size_t>(image.height) * image.width;
        if (valid) {
            QImage picture(image.width, image.height, QImage::Format_RGB32);
            for (int r = 0; r < image.height; ++r) {
                for (int c = 0; c < image.width; ++c) {
                    const double v = image.pixels[static_cast<std::size_t>(r) * image.width + c];
                    picture.setPixel(c, r, divergingColour(v / range).rgb());
                }
            }
            // Square pixels where the tile allows (a 2-D filter), unsmoothed.
            const double scale = std::min(tileW / image.width, tileH / image.height);
            const QSizeF size = double(image.height) / image.width < 0.15
                                    ? QSizeF(tileW, tileH)
                                    : QSizeF(image.width * scale, image.height * scale);
            const QRectF target(corner, size);
            painter.drawImage(target, picture);
            painter.setPen(QPen(colours.foreground, 0.4 * lineWidth(style)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(target);
        }
        painter.setFont(labelFont);
        painter.setPen(colours.foreground);
        painter.drawText(
            QRectF(corner.x() - pad / 2, corner.y() + tileH, tileW + pad, labels.height()),
            Qt::AlignHCenter | Qt::AlignTop,
            labels.elidedText(image.label, Qt::ElideRight, tileW + pad));
    }
    // The colour bar.
    const QRectF bar(tiles.right() + pad * 2, area.top(), barWidth,
                     std::min(area.height(), std::max(tileH, 4 * metrics.height())));
    const int steps = 64;
    painter.setPen(Qt::NoPen);
    for (int k = 0; k < steps; ++k) {
        painter.setBrush(divergingColour(2 * (k + 0.5) / steps - 1));
        painter.drawRect(QRectF(bar.left(), bar.bottom() - (k + 1) * bar.height() / steps,
                                bar.width(), bar.height() / steps + 0.05));
    }
    painter.setPen(QPen(colours.foreground, 0.6 * lineWidth(style)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    painter.setFont(labelFont);
    for (double t : {-range, 0.0, range}) {
        const double y = bar.bottom() - (t / range + 1) / 2 * bar.height();
        painter.drawText(
            QRectF(bar.right() + pad / 2, y - labels.height() / 2, barSpace, labels.height()),
            Qt::AlignLeft | Qt::AlignVCenter, ValueScale::format(t));
    }
}

}  // namespace

Figure styled(const Figure& figure, const Style& style) {
    if (!style.paper) {
        return figure;
    }
    Figure out = figure;
    if (auto* chart = std::get_if<Chart>(&out.content)) {
        if (chart->series.size() > 1) {
            static constexpr Dash kDashes[] = {Dash::Solid, Dash::Dashed, Dash::Dotted,
                                               Dash::DashDot};
            // Series that share a colour on screen (a run and its held-out twin) share one here;
            // when the screen already tells series apart by dash, the dashes stay.
            std::vector<QRgb> colours;
            bool dashed = false;
            for (const auto& series : chart->series) {
                dashed = dashed || series.dash != Dash::Solid;
            }
            for (std::size_t i = 0; i < chart->series.size(); ++i) {
                const QRgb rgb = chart->series[i].colour.rgb();
                auto it = std::find(colours.begin(), colours.end(), rgb);
                if (it == colours.end()) {
                    colours.push_back(rgb);
                    it = colours.end() - 1;
                }
                const auto group = static_cast<int>(it - colours.begin());
                chart->series[i].colour = okabeItoColour(group);
                if (!dashed) {
                    chart->series[i].dash = kDashes[i % 4];
                }
            }
        } else if (!chart->series.empty()) {
            chart->series[0].colour = okabeItoColour(0);
        }
    } else if (auto* scene = std::get_if<Scene>(&out.content)) {
        const auto n = scene->pointColours.size();
        for (std::size_t i = 0; i < n; ++i) {
            scene->pointColours[i] = cividisColour(n > 1 ? 0.9 * i / (n - 1) : 0.0);
        }
        for (std::size_t k = 0; k < scene->lineColours.size(); ++k) {
            scene->lineColours[k] = okabeItoColour(static_cast<int>(k));
        }
    }
    return out;
}

void paint(QPainter& painter, const Figure& figure, const QRectF& area, const Style& style) {
    const Colours colours = coloursOf(style);
    painter.save();
    painter.fillRect(area, colours.background);
    const double margin = 0.5 * style.fontPt;
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
    if (const auto* chart = std::get_if<Chart>(&figure.content)) {
        paintChart(painter, *chart, inner, style, colours);
    } else if (const auto* grid = std::get_if<Grid>(&figure.content)) {
        paintGrid(painter, *grid, inner, style, colours);
    } else if (const auto* scene = std::get_if<Scene>(&figure.content)) {
        paintScene(painter, *scene, inner, style, colours);
    } else if (const auto* images = std::get_if<Images>(&figure.content)) {
        paintImages(painter, *images, inner, style, colours);
    }
    painter.restore();
}

}  // namespace eqlab::widgets::figure

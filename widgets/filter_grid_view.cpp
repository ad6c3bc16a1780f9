#include "widgets/filter_grid_view.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "widgets/compute_names.h"
#include "widgets/palette.h"
#include "widgets/value_scale.h"

namespace eqlab::widgets {

namespace {
constexpr double kFilterGap = 6.0;
constexpr double kFilterBarWidth = 14.0;
constexpr double kMinUnitForLabels = 2.5;  // smaller images get no caption
}  // namespace

FilterGridView::FilterGridView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void FilterGridView::setFilters(std::vector<train::FilterImage> filters) {
    if (filters.size() > static_cast<std::size_t>(kMaxShown)) {
        filters.resize(kMaxShown);
    }
    filters_ = std::move(filters);
    if (selected_ >= filterCount()) {
        selected_ = -1;
    }
    rebuildImages();
}

void FilterGridView::setColouring(Colouring colouring) {
    colouring_ = colouring;
    rebuildImages();
}

void FilterGridView::setSingleRow(bool singleRow) {
    singleRow_ = singleRow;
    update();
}

void FilterGridView::setColumns(int columns) {
    columns_ = std::max(0, columns);
    update();
}

void FilterGridView::setSelectable(bool selectable) {
    selectable_ = selectable;
    setCursor(selectable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void FilterGridView::setSelected(int index) {
    selected_ = index >= 0 && index < filterCount() ? index : -1;
    update();
}

void FilterGridView::rebuildImages() {
    images_.clear();
    maxHeight_ = maxWidth_ = 1;
    range_ = 0;
    for (const auto& f : filters_) {
        for (double v : f.pixels) {
            if (std::isfinite(v)) {
                range_ = std::max(range_, std::abs(v));
            }
        }
    }
    if (range_ == 0) {
        range_ = 1.0;
    }
    for (const auto& f : filters_) {
        const bool valid = f.height > 0 && f.width > 0 &&
                           f.pixels.size() == static_cast<std::size_t>(f.height) * f.width;
        QImage image(valid ? f.width : 1, valid ? f.height : 1, QImage::Format_RGB32);
        image.fill(QColor(160, 160, 160));
        if (valid) {
            maxHeight_ = std::max(maxHeight_, f.height);
            maxWidth_ = std::max(maxWidth_, f.width);
            double low = 0, high = 1;
            if (colouring_ == Colouring::Grey) {
                const auto [lo, hi] = std::minmax_element(f.pixels.begin(), f.pixels.end());
                low = *lo;
                high = *hi > *lo ? *hi : *lo + 1.0;
            }
            for (int r = 0; r < f.height; ++r) {
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
                for (int c = 0; c < f.width; ++c) {
                    const double v = f.pixels[static_cast<std::size_t>(r) * f.width + c];
                    if (colouring_ == Colouring::Diverging) {
                        line[c] = divergingColour(v / range_).rgb();
                    } else {
                        const int grey =
                            static_cast<int>(std::lround(255 * (v - low) / (high - low)));
                        line[c] = qRgb(grey, grey, grey);
                    }
                }
            }
        }
        images_.push_back(std::move(image));
    }
    update();
}

FilterGridView::Geometry FilterGridView::geometry() const {
    Geometry g;
    const int n = filterCount();
    if (n == 0) {
        return g;
    }
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const bool bar = colouring_ == Colouring::Diverging;
    // The colour bar, its labels and its title (written downwards beside them).
    const double barSpace = bar ? 2 * kFilterGap + kFilterBarWidth + 4 +
                                      fm.horizontalAdvance(QStringLiteral("−0.000")) + 4 + line +
                                      kFilterGap
                                : 0;
    const double availableWidth = std::max(1.0, width() - barSpace - kFilterGap);
    const double availableHeight = std::max(1.0, height() - kFilterGap);
    // The column count that gives the largest images; captions only when the images are big.
    const auto unitFor = [&](int columns, bool labels) {
        const int rows = (n + columns - 1) / columns;
        const double cellW = availableWidth / columns - kFilterGap;
        const double cellH = availableHeight / rows - kFilterGap - (labels ? line : 0);
        return std::min(cellW / maxWidth_, cellH / maxHeight_);
    };
    // Captions when they cost little: the best layout with them against the best without.
    const int first = columns_ > 0 ? std::min(columns_, n) : singleRow_ ? n : 1;
    const int last = columns_ > 0 ? first : n;
    double bestWith = -1, bestWithout = -1;
    int columnsWith = first, columnsWithout = first;  // also before the first layout
    for (int columns = first; columns <= last; ++columns) {
        if (const double unit = unitFor(columns, true); unit > bestWith) {
            bestWith = unit;
            columnsWith = columns;
        }
        if (const double unit = unitFor(columns, false); unit > bestWithout) {
            bestWithout = unit;
            columnsWithout = columns;
        }
    }
    g.labels = !singleRow_ && bestWith >= kMinUnitForLabels && bestWith >= 0.7 * bestWithout;
    g.columns = g.labels ? columnsWith : columnsWithout;
    const double best = g.labels ? bestWith : bestWithout;
    g.unit = std::max(best, 0.5);
    g.cellWidth = g.unit * maxWidth_ + kFilterGap;
    g.cellHeight = g.unit * maxHeight_ + kFilterGap + (g.labels ? line : 0);
    if (bar) {
        g.bar = QRectF(kFilterGap + g.columns * g.cellWidth + kFilterGap, kFilterGap,
                       kFilterBarWidth, std::min(200.0, std::max(60.0, height() - 2 * kFilterGap)));
    }
    return g;
}

QRectF FilterGridView::imageRect(int index) const {
    if (index < 0 || index >= filterCount()) {
        return {};
    }
    const Geometry g = geometry();
    const int row = index / g.columns;
    const int col = index % g.columns;
    const auto& f = filters_[static_cast<std::size_t>(index)];
    return {kFilterGap + col * g.cellWidth, kFilterGap + row * g.cellHeight,
            g.unit * std::max(f.width, 1), g.unit * std::max(f.height, 1)};
}

void FilterGridView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (filters_.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No filters to show."));
        return;
    }
    const Geometry g = geometry();
    const QFontMetricsF fm(font());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);  // one block per weight
    for (int i = 0; i < filterCount(); ++i) {
        const QRectF image = imageRect(i);
        painter.drawImage(image, images_[static_cast<std::size_t>(i)]);
        const auto& f = filters_[static_cast<std::size_t>(i)];
        if (f.blockWidth > 0 && f.blockHeight > 0) {
            // A filter on the group: gaps between its blocks (one per input group element).
            painter.setPen(QPen(palette().color(QPalette::Base), std::max(1.0, g.unit / 4)));
            for (int b = f.blockWidth; b < f.width; b += f.blockWidth) {
                const double x = image.left() + b * g.unit;
                painter.drawLine(QPointF(x, image.top()), QPointF(x, image.bottom()));
            }
            for (int b = f.blockHeight; b < f.height; b += f.blockHeight) {
                const double y = image.top() + b * g.unit;
                painter.drawLine(QPointF(image.left(), y), QPointF(image.right(), y));
            }
        }
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(image);
        if (i == selected_) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.drawRect(image.adjusted(-2, -2, 2, 2));
        }
        if (g.labels) {
            painter.setPen(palette().color(QPalette::Text));
            const QString label = fm.elidedText(filterCaption(f), Qt::ElideRight, g.cellWidth - 2);
            painter.drawText(
                QRectF(image.left(), image.bottom() + 1, g.cellWidth - kFilterGap, fm.height()),
                Qt::AlignLeft | Qt::AlignTop, label);
        }
    }
    if (!g.bar.isEmpty()) {
        QLinearGradient gradient(g.bar.topLeft(), g.bar.bottomLeft());
        for (int k = 0; k <= 10; ++k) {
            gradient.setColorAt(k / 10.0, divergingColour(1.0 - k / 5.0));
        }
        painter.fillRect(g.bar, gradient);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(g.bar);
        painter.setPen(palette().color(QPalette::Text));
        const double x = g.bar.right() + 4;
        painter.drawText(QPointF(x, g.bar.top() + fm.ascent() / 2),
                         QStringLiteral("+") + ValueScale::format(range_));
        painter.drawText(QPointF(x, g.bar.center().y() + fm.ascent() / 2), QStringLiteral("0"));
        painter.drawText(QPointF(x, g.bar.bottom() + fm.ascent() / 2),
                         QStringLiteral("−") + ValueScale::format(range_));
        painter.save();
        painter.translate(x + fm.horizontalAdvance(QStringLiteral("−0.000")) + 4,
                          g.bar.center().y());
        painter.rotate(90);
        painter.drawText(QRectF(-100, -fm.height(), 200, fm.height()), Qt::AlignCenter,
                         tr("weight"));
        painter.restore();
    }
}

QString FilterGridView::valueTextAt(QPointF position) const {
    for (int i = 0; i < filterCount(); ++i) {
        const QRectF image = imageRect(i);
        if (!image.contains(position)) {
            continue;
        }
        const auto& f = filters_[static_cast<std::size_t>(i)];
        const int c = std::min(
            f.width - 1, static_cast<int>((position.x() - image.left()) / image.width() * f.width));
        const int r = std::min(f.height - 1, static_cast<int>((position.y() - image.top()) /
                                                              image.height() * f.height));
        if (r < 0 || c < 0 || f.pixels.size() != static_cast<std::size_t>(f.height) * f.width) {
            return filterLabel(f);
        }
        return tr("%1\nrow %2, column %3: %4")
            .arg(filterLabel(f))
            .arg(r)
            .arg(c)
            .arg(f.pixels[static_cast<std::size_t>(r) * f.width + c], 0, 'g', 5);
    }
    return {};
}

void FilterGridView::mousePressEvent(QMouseEvent* event) {
    if (!selectable_ || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    for (int i = 0; i < filterCount(); ++i) {
        if (imageRect(i)
                .adjusted(-kFilterGap / 2, -kFilterGap / 2, kFilterGap / 2, kFilterGap / 2)
                .contains(event->position())) {
            setSelected(i);
            emit filterClicked(i);
            return;
        }
    }
}

bool FilterGridView::event(QEvent* event) {
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

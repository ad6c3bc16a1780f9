#include "widgets/matrix_pattern_view.h"

#include <algorithm>

#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

#include "widgets/palette.h"

namespace eqlab::widgets {

namespace {
constexpr int kMarginLeft = 56;    // "output index" axis
constexpr int kMarginBottom = 40;  // "input index" axis
constexpr int kMarginRight = 70;   // colour bar
constexpr int kMarginTop = 8;
}  // namespace

MatrixPatternView::MatrixPatternView(QWidget* parent)
    : QWidget(parent),
      rowTitle_(tr("output index (row)")),
      columnTitle_(tr("input index (column)")),
      valueName_(tr("weight")) {
    setMouseTracking(true);
    setMinimumSize(200, 200);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void MatrixPatternView::setMatrix(int rows, int cols, std::vector<int> categories,
                                  std::vector<double> values, int categoryCount) {
    categoryCount_ = categoryCount;
    rows_ = rows;
    cols_ = cols;
    categories_ = std::move(categories);
    values_ = std::move(values);
    rebuildImage();
}

void MatrixPatternView::setColouring(Colouring colouring) {
    colouring_ = colouring;
    rebuildImage();
}

void MatrixPatternView::setAxisTitles(const QString& rowTitle, const QString& columnTitle) {
    rowTitle_ = rowTitle;
    columnTitle_ = columnTitle;
    update();
}

void MatrixPatternView::setValueName(const QString& name) {
    valueName_ = name;
}

void MatrixPatternView::setValueRange(double range) {
    valueRange_ = range > 0 ? range : 1.0;
    rebuildImage();
}

void MatrixPatternView::rebuildImage() {
    image_ = QImage(std::max(cols_, 1), std::max(rows_, 1), QImage::Format_RGB32);
    image_.fill(Qt::white);
    const auto cells = static_cast<std::size_t>(rows_) * cols_;
    for (int r = 0; r < rows_; ++r) {
        auto* line = reinterpret_cast<QRgb*>(image_.scanLine(r));
        for (int c = 0; c < cols_; ++c) {
            const std::size_t i = static_cast<std::size_t>(r) * cols_ + c;
            QColor colour = Qt::white;
            if (colouring_ == Colouring::ByCategory && categories_.size() == cells) {
                colour = categories_[i] >= 0 ? categoryColour(categories_[i]) : QColor(Qt::white);
            } else if (colouring_ == Colouring::ByValue && values_.size() == cells) {
                colour = divergingColour(values_[i] / valueRange_);
            }
            line[c] = colour.rgb();
        }
    }
    update();
}

QRectF MatrixPatternView::matrixRect() const {
    const double availableW = width() - kMarginLeft - kMarginRight;
    const double availableH = height() - kMarginTop - kMarginBottom;
    if (rows_ <= 0 || cols_ <= 0 || availableW <= 0 || availableH <= 0) {
        return {};
    }
    const double scale = std::min(availableW / cols_, availableH / rows_);
    // Centred (if asked) in the height left over: a wide matrix (few units, many inputs) then
    // sits in the middle of its panel rather than at its top.
    const double top = kMarginTop + (centred_ ? (availableH - rows_ * scale) / 2 : 0.0);
    return {static_cast<double>(kMarginLeft), top, cols_ * scale, rows_ * scale};
}

void MatrixPatternView::paintEvent(QPaintEvent*) {
    const QRectF rect = matrixRect();
    if (rect.isEmpty()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);  // crisp cells
    painter.drawImage(rect, image_);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect);

    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(rect.left(), rect.bottom() + 4, rect.width(), 18),
                     Qt::AlignLeft | Qt::AlignTop, QStringLiteral("0"));
    painter.drawText(QRectF(rect.left(), rect.bottom() + 4, rect.width(), 18),
                     Qt::AlignRight | Qt::AlignTop, QString::number(cols_ - 1));
    painter.drawText(QRectF(rect.left(), rect.bottom() + 18, rect.width(), 18), Qt::AlignCenter,
                     columnTitle_);
    // The row title runs up the left side; a short matrix would cut it, so it may be longer than
    // the matrix is tall (as long as the widget allows), kept inside the widget.
    const double titleLength = std::min(
        std::max(rect.height(), fontMetrics().horizontalAdvance(rowTitle_) + 8.0), height() - 4.0);
    const double titleCentre =
        std::clamp(rect.center().y(), 2 + titleLength / 2, height() - 2 - titleLength / 2);
    painter.save();
    painter.translate(rect.left() - 22, titleCentre);
    painter.rotate(-90);
    painter.drawText(
        QRectF(-titleLength / 2, -16, titleLength, 18), Qt::AlignCenter,
        fontMetrics().elidedText(rowTitle_, Qt::ElideRight, static_cast<int>(titleLength)));
    painter.restore();

    // Colour bar (by value) or a note (by category) on the right.
    const QRectF bar(rect.right() + 16, rect.top(), 14, std::min(rect.height(), 200.0));
    if (colouring_ == Colouring::ByValue) {
        QLinearGradient gradient(bar.topLeft(), bar.bottomLeft());
        for (int k = 0; k <= 10; ++k) {
            gradient.setColorAt(k / 10.0, divergingColour(1.0 - k / 5.0));
        }
        painter.fillRect(bar, gradient);
        painter.drawRect(bar);
        const QString range = QString::number(valueRange_, 'g', 3);
        painter.drawText(QPointF(bar.right() + 4, bar.top() + 10), QStringLiteral("+") + range);
        painter.drawText(QPointF(bar.right() + 4, bar.center().y() + 4), QStringLiteral("0"));
        painter.drawText(QPointF(bar.right() + 4, bar.bottom()), QStringLiteral("−") + range);
    } else {
        const int swatches = std::min(categoryCount_, 8);
        for (int k = 0; k < swatches; ++k) {
            painter.fillRect(QRectF(bar.left(), bar.top() + k * 16, 14, 14), categoryColour(k));
            painter.drawText(QPointF(bar.left() + 18, bar.top() + k * 16 + 12), QString::number(k));
        }
        painter.drawText(QRectF(bar.left() - 8, bar.top() + swatches * 16 + 2, 70, 60),
                         Qt::TextWordWrap,
                         categoryCount_ > swatches ? tr("… %1 basis elements").arg(categoryCount_)
                                                   : tr("basis elements"));
    }
}

bool MatrixPatternView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QRectF rect = matrixRect();
        if (!rect.contains(help->pos())) {
            QToolTip::hideText();
            return true;
        }
        const int c = std::min(
            cols_ - 1, static_cast<int>((help->pos().x() - rect.left()) / rect.width() * cols_));
        const int r = std::min(
            rows_ - 1, static_cast<int>((help->pos().y() - rect.top()) / rect.height() * rows_));
        const std::size_t i = static_cast<std::size_t>(r) * cols_ + c;
        QString text = tr("row %1, column %2").arg(r).arg(c);
        if (i < categories_.size()) {
            text += categories_[i] >= 0 ? tr("\nbasis element %1").arg(categories_[i])
                                        : tr("\nalways zero");
        }
        if (i < values_.size()) {
            text += QStringLiteral("\n%1 %2").arg(valueName_).arg(values_[i], 0, 'g', 5);
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

}  // namespace eqlab::widgets

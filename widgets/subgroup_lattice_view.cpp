#include "widgets/subgroup_lattice_view.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "widgets/palette.h"

namespace eqlab::widgets {

namespace {

constexpr double kLatticeBarWidth = 16.0;
constexpr double kLatticeGap = 6.0;
constexpr double kClassGap = 1.0;  // extra room between conjugacy classes, in node slots
constexpr double kDot = 12.0;      // node size in crowded rows

}  // namespace

SubgroupLatticeView::SubgroupLatticeView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void SubgroupLatticeView::setData(const LatticeViewData& data) {
    data_ = data;
    const int n = static_cast<int>(data_.nodes.size());
    // Covers naming missing nodes draw nothing rather than crash.
    std::erase_if(data_.covers, [n](const std::pair<int, int>& c) {
        return c.first < 0 || c.second < 0 || c.first >= n || c.second >= n;
    });
    std::vector<double> errors;
    for (const LatticeNode& node : data_.nodes)
        errors.push_back(node.error);
    scale_ = ValueScale::fit(errors);
    selected_ = -1;
    arrange();
    geometry_ = computeGeometry();
    update();
}

void SubgroupLatticeView::setSelected(int node) {
    selected_ = node >= 0 && node < static_cast<int>(data_.nodes.size()) ? node : -1;
    update();
}

bool SubgroupLatticeView::hasErrors() const {
    return std::any_of(data_.nodes.begin(), data_.nodes.end(),
                       [](const LatticeNode& n) { return !std::isnan(n.error); });
}

// Rows by order; within a row conjugacy classes stay together, ordered by the mean position of
// their neighbours in the rows below (going up) and above (going down), a few sweeps.
void SubgroupLatticeView::arrange() {
    rows_.clear();
    rowOf_.assign(data_.nodes.size(), 0);
    std::map<int, std::vector<int>> byOrder;
    for (int i = 0; i < static_cast<int>(data_.nodes.size()); ++i)
        byOrder[data_.nodes[static_cast<size_t>(i)].order].push_back(i);
    for (auto& [order, members] : byOrder) {
        // Start in "organ pipe" order: the largest classes at the ends, single (normal)
        // subgroups in the middle, where they tend to have the most neighbours.
        std::map<int, std::vector<int>> classes;
        for (int i : members)
            classes[data_.nodes[static_cast<size_t>(i)].conjugacyClass].push_back(i);
        std::vector<const std::vector<int>*> bySize;
        for (const auto& [cls, nodes] : classes)
            bySize.push_back(&nodes);
        std::stable_sort(bySize.begin(), bySize.end(),
                         [](const auto* a, const auto* b) { return a->size() > b->size(); });
        std::vector<const std::vector<int>*> left, right;
        for (size_t k = 0; k < bySize.size(); ++k) {
            if (k % 2 == 0)
                left.push_back(bySize[k]);
            else
                right.insert(right.begin(), bySize[k]);
        }
        left.insert(left.end(), right.begin(), right.end());
        members.clear();
        for (const auto* nodes : left)
            members.insert(members.end(), nodes->begin(), nodes->end());
        for (int i : members)
            rowOf_[static_cast<size_t>(i)] = static_cast<int>(rows_.size());
        rows_.push_back(members);
    }
    std::vector<double> position(data_.nodes.size(), 0.5);
    const auto place = [&](const std::vector<int>& row) {
        for (size_t k = 0; k < row.size(); ++k)
            position[static_cast<size_t>(row[k])] = (k + 0.5) / row.size();
    };
    for (const auto& row : rows_)
        place(row);
    const int count = static_cast<int>(rows_.size());
    for (int sweep = 0; sweep < 6; ++sweep) {
        const bool up = sweep % 2 == 0;
        for (int step = 1; step < count; ++step) {
            const int r = up ? step : count - 1 - step;
            std::vector<int>& row = rows_[static_cast<size_t>(r)];
            std::map<int, std::pair<double, int>> sums;  // node -> (sum, count) of neighbours
            for (auto [lower, upper] : data_.covers) {
                const int self = up ? upper : lower, other = up ? lower : upper;
                if (rowOf_[static_cast<size_t>(self)] == r) {
                    auto& s = sums[self];
                    s.first += position[static_cast<size_t>(other)];
                    ++s.second;
                }
            }
            std::map<int, double> key;
            for (int i : row) {
                const auto it = sums.find(i);
                key[i] = it == sums.end() ? position[static_cast<size_t>(i)]
                                          : it->second.first / it->second.second;
            }
            std::map<int, std::pair<double, int>> classKey;
            for (int i : row) {
                auto& c = classKey[data_.nodes[static_cast<size_t>(i)].conjugacyClass];
                c.first += key[i];
                ++c.second;
            }
            // Classes by the mean of their members' keys; ties keep the current order, which has
            // every class in one piece.
            std::map<int, double> classNow;
            for (int i : row)
                classNow[data_.nodes[static_cast<size_t>(i)].conjugacyClass] +=
                    position[static_cast<size_t>(i)];
            std::stable_sort(row.begin(), row.end(), [&](int a, int b) {
                const int cla = data_.nodes[static_cast<size_t>(a)].conjugacyClass;
                const int clb = data_.nodes[static_cast<size_t>(b)].conjugacyClass;
                const auto& ca = classKey[cla];
                const auto& cb = classKey[clb];
                const double ka = ca.first / ca.second, kb = cb.first / cb.second;
                if (cla != clb)
                    return ka != kb ? ka < kb
                                    : classNow[cla] / ca.second < classNow[clb] / cb.second;
                return key[a] < key[b];
            });
            place(row);
        }
    }
}

SubgroupLatticeView::Geometry SubgroupLatticeView::computeGeometry() const {
    Geometry g;
    const QFontMetricsF fm(font());
    const double line = fm.height();
    double rowLabels = 0;
    for (const auto& row : rows_) {
        rowLabels =
            std::max(rowLabels, fm.horizontalAdvance(QString::number(data_.nodes[row[0]].order)));
    }
    double right = kLatticeGap;
    if (hasErrors()) {
        double tickLabels = 0;
        for (double tick : scale_.ticks())
            tickLabels = std::max(tickLabels, fm.horizontalAdvance(ValueScale::format(tick)));
        right = 3 * kLatticeGap + kLatticeBarWidth + kLatticeGap + tickLabels + kLatticeGap + line;
    }
    const double left =
        kLatticeGap + std::max(rowLabels, fm.horizontalAdvance(tr("order"))) + 2 * kLatticeGap;
    const double top =
        kLatticeGap + 2 * line + kLatticeGap;  // the title, and the rows' "order" header
    const double bottom = kLatticeGap + line + kLatticeGap;  // the legend
    g.plot = QRectF(left, top, std::max(0.0, width() - left - right),
                    std::max(0.0, height() - top - bottom));
    if (hasErrors()) {
        g.bar = QRectF(g.plot.right() + 3 * kLatticeGap, g.plot.top() + line / 2, kLatticeBarWidth,
                       std::min(g.plot.height() - line, 260.0));
    }
    const int count = static_cast<int>(rows_.size());
    if (count == 0)
        return g;
    g.rowHeight = g.plot.height() / count;
    g.boxes.assign(data_.nodes.size(), QRectF());
    g.compactRow.assign(rows_.size(), false);
    const double boxHeight = std::min(line + 6, std::max(8.0, g.rowHeight - 10));
    for (int r = 0; r < count; ++r) {
        const auto& row = rows_[static_cast<size_t>(r)];
        // Slots: one per node and kClassGap between classes.
        std::vector<double> slot;
        double units = 0;
        double widest = 0;
        for (size_t k = 0; k < row.size(); ++k) {
            if (k > 0 &&
                data_.nodes[row[k]].conjugacyClass != data_.nodes[row[k - 1]].conjugacyClass)
                units += kClassGap;
            slot.push_back(units);
            units += 1;
            widest = std::max(widest, fm.horizontalAdvance(data_.nodes[row[k]].name) + 10);
        }
        const double unit = g.plot.width() / units;
        const bool compact = unit < widest + 4;
        g.compactRow[static_cast<size_t>(r)] = compact;
        // Crowded rows put the dot above the class label, so both fit in the row.
        const double y = g.plot.bottom() - (r + 0.5) * g.rowHeight - (compact ? line / 2 : 0);
        for (size_t k = 0; k < row.size(); ++k) {
            const double x = g.plot.left() + (slot[k] + 0.5) * unit;
            const double w =
                compact ? std::min(kDot, unit - 1)
                        : std::max(22.0, fm.horizontalAdvance(data_.nodes[row[k]].name) + 10);
            const double h = compact ? std::min(kDot, boxHeight) : boxHeight;
            g.boxes[static_cast<size_t>(row[k])] = QRectF(x - w / 2, y - h / 2, w, h);
        }
    }
    return g;
}

void SubgroupLatticeView::resizeEvent(QResizeEvent* event) {
    geometry_ = computeGeometry();
    QWidget::resizeEvent(event);
}

QRectF SubgroupLatticeView::nodeRect(int node) const {
    return node >= 0 && node < static_cast<int>(geometry_.boxes.size())
               ? geometry_.boxes[static_cast<size_t>(node)]
               : QRectF();
}

QColor SubgroupLatticeView::nodeColour(int node) const {
    const double e = data_.nodes.at(static_cast<size_t>(node)).error;
    return std::isnan(e) ? QColor(190, 190, 190) : sequentialColour(scale_.position(e));
}

int SubgroupLatticeView::nodeAt(QPointF position) const {
    for (int i = 0; i < static_cast<int>(geometry_.boxes.size()); ++i) {
        if (geometry_.boxes[static_cast<size_t>(i)].adjusted(-2, -2, 2, 2).contains(position))
            return i;
    }
    return -1;
}

QString SubgroupLatticeView::toolTipAt(QPointF position) const {
    const int i = nodeAt(position);
    if (i < 0)
        return {};
    const LatticeNode& n = data_.nodes[static_cast<size_t>(i)];
    int conjugates = 0;
    for (const LatticeNode& m : data_.nodes)
        conjugates += m.conjugacyClass == n.conjugacyClass;
    QString text = tr("%1, order %2\ngenerated by %3")
                       .arg(n.name)
                       .arg(n.order)
                       .arg(n.generators.isEmpty() ? tr("nothing (the trivial subgroup)")
                                                   : n.generators.join(QStringLiteral(", ")));
    text +=
        QLatin1Char('\n') +
        (std::isnan(n.error)
             ? tr("error: not measured")
             : tr("error: %1 (largest over its elements)").arg(QString::number(n.error, 'g', 6)));
    text += QLatin1Char('\n') + (n.normal ? tr("normal subgroup")
                                          : tr("one of %1 conjugate subgroups").arg(conjugates));
    if (n.respected)
        text += QLatin1Char('\n') + tr("largest respected: error within the tolerance %1")
                                        .arg(QString::number(data_.tolerance, 'g', 6));
    return text;
}

void SubgroupLatticeView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::Text);
    if (data_.nodes.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No subgroup lattice yet: audit a net."));
        return;
    }
    const Geometry& g = geometry_;
    const QFontMetricsF fm(font());
    const double line = fm.height();
    int classes = 0;
    for (const LatticeNode& n : data_.nodes)
        classes = std::max(classes, n.conjugacyClass + 1);

    // Title.
    painter.setPen(text);
    painter.drawText(QRectF(kLatticeGap, kLatticeGap, width() - 2 * kLatticeGap, line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Subgroups of %1: %2 in %3 conjugacy classes")
                         .arg(data_.group)
                         .arg(data_.nodes.size())
                         .arg(classes));

    // Row labels: the order of the subgroups in each row.
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(kLatticeGap, g.plot.top() - line - 2, g.plot.left(), line),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("order"));
    painter.setPen(text);
    for (size_t r = 0; r < rows_.size(); ++r) {
        const QRectF box = g.boxes[static_cast<size_t>(rows_[r][0])];
        painter.drawText(
            QRectF(kLatticeGap, box.center().y() - line / 2, g.plot.left() - 3 * kLatticeGap, line),
            Qt::AlignRight | Qt::AlignVCenter,
            QString::number(data_.nodes[static_cast<size_t>(rows_[r][0])].order));
    }

    // Conjugacy classes of more than one subgroup: a faint band behind their nodes.
    QColor band = text;
    band.setAlphaF(0.07);
    painter.setPen(Qt::NoPen);
    painter.setBrush(band);
    for (const auto& row : rows_) {
        for (size_t k = 0; k < row.size();) {
            size_t end = k;
            const int cls = data_.nodes[static_cast<size_t>(row[k])].conjugacyClass;
            while (end < row.size() &&
                   data_.nodes[static_cast<size_t>(row[end])].conjugacyClass == cls)
                ++end;
            if (end - k > 1) {
                const QRectF first = g.boxes[static_cast<size_t>(row[k])];
                const QRectF last = g.boxes[static_cast<size_t>(row[end - 1])];
                painter.drawRoundedRect(
                    QRectF(first.topLeft(), last.bottomRight()).adjusted(-4, -3, 4, 3), 6, 6);
            }
            k = end;
        }
    }

    // Edges under the nodes, fainter when there are many.
    QColor edge = palette().color(QPalette::Text);
    edge.setAlphaF(
        std::clamp(0.35 * std::sqrt(100.0 / std::max<size_t>(1, data_.covers.size())), 0.12, 0.35));
    painter.setPen(QPen(edge, 1.0));
    for (auto [lower, upper] : data_.covers) {
        const QRectF a = g.boxes[static_cast<size_t>(lower)];
        const QRectF b = g.boxes[static_cast<size_t>(upper)];
        painter.drawLine(QPointF(a.center().x(), a.top()), QPointF(b.center().x(), b.bottom()));
    }

    // Nodes: filled by error; the respected ones outlined thick; the selected one ringed.
    for (int i = 0; i < static_cast<int>(data_.nodes.size()); ++i) {
        const LatticeNode& n = data_.nodes[static_cast<size_t>(i)];
        const QRectF box = g.boxes[static_cast<size_t>(i)];
        const bool compact = g.compactRow[static_cast<size_t>(rowOf_[static_cast<size_t>(i)])];
        const QColor fill = nodeColour(i);
        painter.setBrush(fill);
        painter.setPen(n.respected ? QPen(text, 3.0) : QPen(palette().color(QPalette::Mid), 1.0));
        if (compact)
            painter.drawEllipse(box);
        else
            painter.drawRoundedRect(box, 4, 4);
        if (i == selected_) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
            painter.drawRoundedRect(box.adjusted(-4, -4, 4, 4), 6, 6);
        }
        if (!compact) {
            painter.setPen(textColourOn(fill));
            painter.drawText(box, Qt::AlignCenter, n.name);
        }
    }
    // Crowded rows: one label per conjugacy class, under its dots.
    painter.setPen(text);
    for (size_t r = 0; r < rows_.size(); ++r) {
        if (!g.compactRow[r])
            continue;
        const auto& row = rows_[r];
        for (size_t k = 0; k < row.size();) {
            size_t end = k;
            const int cls = data_.nodes[static_cast<size_t>(row[k])].conjugacyClass;
            while (end < row.size() &&
                   data_.nodes[static_cast<size_t>(row[end])].conjugacyClass == cls)
                ++end;
            const QRectF first = g.boxes[static_cast<size_t>(row[k])];
            const QRectF last = g.boxes[static_cast<size_t>(row[end - 1])];
            const double span = std::max(last.right() - first.left(), 8.0);
            const double centre = (first.left() + last.right()) / 2;
            const QString name = data_.nodes[static_cast<size_t>(row[k])].name;
            const QString label = end - k > 1 ? tr("%1 ×%2").arg(name).arg(end - k) : name;
            const double room = std::max(span + 4, fm.horizontalAdvance(label));
            painter.drawText(QRectF(centre - room / 2, first.bottom() + 1, room, line),
                             Qt::AlignCenter, fm.elidedText(label, Qt::ElideRight, room));
            k = end;
        }
    }

    // Legend.
    const double legendY = height() - kLatticeGap - line;
    const QRectF sample(g.plot.left(), legendY + 2, 22, line - 4);
    painter.setBrush(palette().color(QPalette::Base));
    painter.setPen(QPen(text, 3.0));
    painter.drawRoundedRect(sample, 3, 3);
    painter.setPen(text);
    const QString legend =
        std::isnan(data_.tolerance)
            ? tr("largest respected subgroups")
            : tr("largest respected subgroups, one per conjugacy class (error ≤ %1)")
                  .arg(ValueScale::format(data_.tolerance));
    painter.drawText(
        QRectF(sample.right() + kLatticeGap, legendY, width() - sample.right() - 2 * kLatticeGap,
               line),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(legend, Qt::ElideRight, width() - sample.right() - 2 * kLatticeGap));

    // Colour bar with ticks and the tolerance marked.
    if (g.bar.isEmpty())
        return;
    QLinearGradient gradient(g.bar.bottomLeft(), g.bar.topLeft());
    for (int k = 0; k <= 16; ++k)
        gradient.setColorAt(k / 16.0, sequentialColour(k / 16.0));
    painter.fillRect(g.bar, gradient);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(g.bar);
    painter.setPen(text);
    double widest = 0;
    for (double tick : scale_.ticks()) {
        const double y = g.bar.bottom() - scale_.position(tick) * g.bar.height();
        const QString name = ValueScale::format(tick);
        widest = std::max(widest, fm.horizontalAdvance(name));
        painter.drawLine(QPointF(g.bar.right(), y), QPointF(g.bar.right() + 3, y));
        painter.drawText(QRectF(g.bar.right() + kLatticeGap, y - line / 2, 200, line),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
    }
    if (!std::isnan(data_.tolerance)) {
        const double y = g.bar.bottom() - scale_.position(data_.tolerance) * g.bar.height();
        painter.setPen(QPen(text, 2.0));
        painter.drawLine(QPointF(g.bar.left() - 5, y), QPointF(g.bar.right(), y));
        painter.drawText(QRectF(g.bar.left() - 5 - 40, y - line / 2, 36, line),
                         Qt::AlignRight | Qt::AlignVCenter, tr("tol."));
    }
    painter.save();
    painter.translate(g.bar.right() + kLatticeGap + widest + kLatticeGap + line / 2,
                      g.bar.center().y());
    painter.rotate(-90);
    const QString title = tr("error") + (scale_.logarithmic() ? tr(" (log scale)") : QString());
    painter.drawText(QRectF(-150, -line / 2, 300, line), Qt::AlignCenter, title);
    painter.restore();
}

bool SubgroupLatticeView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void SubgroupLatticeView::mousePressEvent(QMouseEvent* event) {
    const int node = nodeAt(event->position());
    if (node != selected_) {
        setSelected(node);
        emit nodeSelected(node);
    }
    QWidget::mousePressEvent(event);
}

}  // namespace eqlab::widgets

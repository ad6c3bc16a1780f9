#include "widgets/chart_view.h"

#include <vtkAxis.h>
#include <vtkBrush.h>
#include <vtkChartLegend.h>
#include <vtkChartXY.h>
#include <vtkColorSeries.h>
#include <vtkContextScene.h>
#include <vtkContextView.h>
#include <vtkDoubleArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkNew.h>
#include <vtkPen.h>
#include <vtkPlot.h>
#include <vtkPlotPoints.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkStringArray.h>
#include <vtkTable.h>
#include <vtkTextProperty.h>
#include <vtkTooltipItem.h>

#include <QPainter>
#include <QString>
#include <algorithm>
#include <cmath>
#include <limits>

#include "widgets/value_scale.h"

namespace eqlab::widgets {

namespace {

// "12, 0.0345": a point's x and y for its tooltip (the plotted y may be a logarithm).
vtkStdString pointLabel(double x, double y) {
    return (QString::number(x, 'g', 6) + QStringLiteral(", ") + QString::number(y, 'g', 6))
        .toStdString();
}

}  // namespace

struct ChartView::Internals {
    vtkNew<vtkContextView> contextView;
    vtkNew<vtkChartXY> chart;
    vtkNew<vtkColorSeries> colors;
    struct Series {
        vtkSmartPointer<vtkTable> table;  // x, and y as plotted (log10 on a log axis)
        vtkSmartPointer<vtkPlot> plot;
        vtkSmartPointer<vtkStringArray> tooltips;  // "x, y" of every point, y as given
        std::vector<double> y;                     // y as given
        bool line = false;  // a line plot (its one point may be doubled in the table)
        double low = std::numeric_limits<double>::infinity(), high = -low;  // of y as given
        void took(double value) {
            y.push_back(value);
            low = std::min(low, value);
            high = std::max(high, value);
        }
    };
    std::vector<Series> series;
    ViewStyle style;
    QString placeholder;
    // On a log axis the y values are plotted as log10(max(y, kLogFloor)) on a linear axis with
    // ticks at whole decades: VTK's own log axis labels every decade (17 labels from 1e-16 to 1)
    // and refuses values <= 0.
    bool logY = false;

    // Sparse lines (metrics every k steps) show their points as markers; a line of one point
    // holds it twice in its table, because VTK 9.1 logs an error for every paint of a line with
    // fewer than two points (and the one value, e.g. at step 0, is worth seeing).
    static constexpr std::size_t kMarkedPoints = 60;
    void markSparse(Series& s) const {
        if (auto* points = vtkPlotPoints::SafeDownCast(s.plot); points && s.line) {
            const bool sparse = s.y.size() <= kMarkedPoints;
            points->SetMarkerStyle(sparse ? vtkPlotPoints::CIRCLE : vtkPlotPoints::NONE);
            points->SetMarkerSize(static_cast<float>(style.presentation ? 8 : 5));
        }
    }

    // An inline legend sits at the right edge, where the lines end: at the top, the bottom or in
    // the middle, wherever fewest series end (thirds of the plotted range; ties in that order).
    // A falling loss leaves the top free, a rising accuracy the bottom, errors at 1 and 1e-16 the
    // middle of a log axis.
    void placeLegend() {
        vtkChartLegend* legend = chart->GetLegend();
        double low = std::numeric_limits<double>::infinity(), high = -low;
        for (const auto& s : series) {
            if (!s.y.empty()) {
                low = std::min(low, plotted(s.low));
                high = std::max(high, plotted(s.high));
            }
        }
        int ends[3] = {0, 0, 0};  // bottom, middle, top third
        for (const auto& s : series) {
            if (!s.y.empty() && high > low) {
                const double f = (plotted(s.y.back()) - low) / (high - low);
                ++ends[std::clamp(static_cast<int>(f * 3), 0, 2)];
            }
        }
        const int fewest = *std::min_element(ends, ends + 3);
        legend->SetVerticalAlignment(!legend->GetInline() || ends[2] == fewest ? vtkChartLegend::TOP
                                     : ends[0] == fewest ? vtkChartLegend::BOTTOM
                                                         : vtkChartLegend::CENTER);
    }

    double plotted(double y) const {
        return logY ? std::log10(std::max(y, ValueScale::kLogFloor)) : y;
    }

    void updateLogAxis() {
        vtkAxis* axis = chart->GetAxis(vtkAxis::LEFT);
        if (!logY) {
            axis->SetCustomTickPositions(nullptr, nullptr);
            axis->SetBehavior(vtkAxis::AUTO);
            return;
        }
        std::vector<double> all;
        for (const auto& s : series) {
            all.insert(all.end(), s.y.begin(), s.y.end());
        }
        const ValueScale scale = ValueScale::fit(all, ValueScale::Mode::Log);
        vtkNew<vtkDoubleArray> positions;
        vtkNew<vtkStringArray> labels;
        for (double tick : scale.ticks()) {
            positions->InsertNextValue(std::log10(tick));
            labels->InsertNextValue(ValueScale::format(tick).toStdString());
        }
        axis->SetBehavior(vtkAxis::FIXED);
        // A little room below the floor and above the top, so lines there stay visible.
        axis->SetRange(std::log10(scale.low()) - 0.3, std::log10(scale.high()) + 0.1);
        axis->SetCustomTickPositions(positions, labels);
    }

    void styleAxis(vtkAxis* axis) const {
        const QColor fg = style.foreground();
        axis->GetTitleProperties()->SetColor(fg.redF(), fg.greenF(), fg.blueF());
        axis->GetTitleProperties()->SetFontSize(style.fontSize(12));
        axis->GetLabelProperties()->SetColor(fg.redF(), fg.greenF(), fg.blueF());
        axis->GetLabelProperties()->SetFontSize(style.fontSize(12));
        axis->GetPen()->SetColor(fg.red(), fg.green(), fg.blue());
        axis->GetPen()->SetWidth(style.presentation ? 2.0f : 1.0f);
        const QColor grid = style.grid();
        axis->GetGridPen()->SetColor(grid.red(), grid.green(), grid.blue());
    }

    void applyStyle() {
        const QColor bg = style.background();
        const QColor fg = style.foreground();
        contextView->GetRenderer()->SetBackground(bg.redF(), bg.greenF(), bg.blueF());
        chart->GetTitleProperties()->SetColor(fg.redF(), fg.greenF(), fg.blueF());
        chart->GetTitleProperties()->SetFontSize(style.fontSize(14));
        for (int a = 0; a < 4; ++a) {
            styleAxis(chart->GetAxis(a));
        }
        vtkChartLegend* legend = chart->GetLegend();
        legend->GetLabelProperties()->SetColor(fg.redF(), fg.greenF(), fg.blueF());
        legend->SetLabelSize(style.fontSize(12));
        legend->GetBrush()->SetColor(bg.red(), bg.green(), bg.blue(), 210);
        legend->GetPen()->SetColor(style.grid().red(), style.grid().green(), style.grid().blue());
        if (vtkTooltipItem* tooltip = chart->GetTooltip()) {
            tooltip->GetTextProperties()->SetFontSize(style.fontSize(12));
        }
        for (auto& s : series) {
            s.plot->SetWidth(static_cast<float>(style.lineWidth()));
            markSparse(s);
        }
    }
};

ChartView::ChartView(QWidget* parent) : VtkView(parent), c(std::make_unique<Internals>()) {
    // Below this a chart's axis title no longer fits beside its ticks ("mini-batch lo"): a taller
    // view beside it (the descrambled layer's) must not squeeze it further.
    setMinimumHeight(170);
    c->contextView->SetRenderWindow(renderWindow());
    c->contextView->SetInteractor(interactor());
    c->contextView->GetScene()->AddItem(c->chart);
    c->chart->SetShowLegend(true);
    c->chart->GetLegend()->SetHorizontalAlignment(vtkChartLegend::RIGHT);
    c->chart->GetLegend()->SetVerticalAlignment(vtkChartLegend::TOP);
    c->colors->SetColorScheme(vtkColorSeries::BREWER_QUALITATIVE_SET1);
    c->applyStyle();
}

ChartView::~ChartView() = default;

void ChartView::setTitle(const QString& title) {
    c->chart->SetTitle(title.toStdString());
    requestRender();
}

void ChartView::setAxisTitles(const QString& x, const QString& y) {
    c->chart->GetAxis(vtkAxis::BOTTOM)->SetTitle(x.toStdString());
    c->chart->GetAxis(vtkAxis::LEFT)->SetTitle(y.toStdString());
    requestRender();
}

void ChartView::setLogY(bool logarithmic) {
    if (logarithmic == c->logY) {
        return;
    }
    c->logY = logarithmic;
    for (auto& s : c->series) {
        auto* ys = vtkDoubleArray::SafeDownCast(s.table->GetColumn(1));
        for (vtkIdType i = 0; i < ys->GetNumberOfValues(); ++i) {  // a doubled point too
            ys->SetValue(i, c->plotted(s.y[std::min(static_cast<std::size_t>(i), s.y.size() - 1)]));
        }
        s.table->Modified();
    }
    c->updateLogAxis();
    c->placeLegend();
    c->chart->RecalculateBounds();
    requestRender();
}

bool ChartView::logY() const {
    return c->logY;
}

void ChartView::setXRange(double low, double high) {
    vtkAxis* axis = c->chart->GetAxis(vtkAxis::BOTTOM);
    double range[2];
    axis->GetRange(range);
    if (axis->GetBehavior() == vtkAxis::FIXED && range[0] == low && range[1] == high) {
        return;
    }
    axis->SetBehavior(vtkAxis::FIXED);
    axis->SetRange(low, high);
    requestRender();
}

void ChartView::autoXRange() {
    vtkAxis* axis = c->chart->GetAxis(vtkAxis::BOTTOM);
    if (axis->GetBehavior() != vtkAxis::AUTO) {
        axis->SetBehavior(vtkAxis::AUTO);
        c->chart->RecalculateBounds();
        requestRender();
    }
}

Qt::Alignment ChartView::legendAlignment() const {
    switch (c->chart->GetLegend()->GetVerticalAlignment()) {
        case vtkChartLegend::BOTTOM:
            return Qt::AlignBottom;
        case vtkChartLegend::CENTER:
            return Qt::AlignVCenter;
        default:
            return Qt::AlignTop;
    }
}

void ChartView::setLegendInline(bool inside) {
    c->chart->GetLegend()->SetInline(inside);
    c->placeLegend();
    requestRender();
}

void ChartView::setViewStyle(const ViewStyle& style) {
    c->style = style;
    c->applyStyle();
    requestRender();
}

void ChartView::setPlaceholderText(const QString& text) {
    c->placeholder = text;
    update();
}

QString ChartView::placeholderText() const {
    return c->placeholder;
}

void ChartView::paintEvent(QPaintEvent* event) {
    if (hasVisibleSeries() || c->placeholder.isEmpty()) {
        VtkView::paintEvent(event);
        return;
    }
    // No VTK render for empty axes: the background and what the chart is waiting for.
    QPainter painter(this);
    painter.fillRect(rect(), c->style.background());
    QColor text = c->style.foreground();
    text.setAlphaF(0.6f);
    painter.setPen(text);
    QFont font = painter.font();
    font.setPixelSize(c->style.fontSize(13));
    painter.setFont(font);
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     c->placeholder);
}

bool ChartView::hasVisibleSeries() const {
    return std::any_of(c->series.begin(), c->series.end(),
                       [](const Internals::Series& s) { return s.plot->GetVisible(); });
}

const ViewStyle& ChartView::viewStyle() const {
    return c->style;
}

int ChartView::setSeries(const QString& name, const std::vector<double>& x,
                         const std::vector<double>& y, Style style) {
    const std::string label = name.toStdString();
    int index = -1;
    for (std::size_t i = 0; i < c->series.size(); ++i) {
        if (c->series[i].plot->GetLabel() == label) {
            index = static_cast<int>(i);
        }
    }
    if (index >= 0) {
        c->chart->RemovePlotInstance(c->series[index].plot);
    } else {
        c->series.emplace_back();
        index = static_cast<int>(c->series.size()) - 1;
    }

    // Columns grow with InsertNextValue: SetNumberOfRows on a filled table corrupts it (VTK 9.1).
    vtkNew<vtkTable> table;
    vtkNew<vtkDoubleArray> xs;
    xs->SetName("x");
    vtkNew<vtkDoubleArray> ys;
    ys->SetName(label.c_str());
    vtkNew<vtkStringArray> tooltips;
    const std::size_t n = std::min(x.size(), y.size());
    const bool line = style == Style::Line;
    for (std::size_t i = 0; i < (line && n == 1 ? 2 : n); ++i) {
        const std::size_t at = std::min(i, n - 1);
        xs->InsertNextValue(x[at]);
        ys->InsertNextValue(c->plotted(y[at]));
        tooltips->InsertNextValue(pointLabel(x[at], y[at]));
    }
    table->AddColumn(xs);
    table->AddColumn(ys);

    const int type = style == Style::Points ? vtkChart::POINTS
                     : style == Style::Bars ? vtkChart::BAR
                                            : vtkChart::LINE;
    vtkPlot* plot = c->chart->AddPlot(type);
    plot->SetInputData(table, 0, 1);
    plot->SetLabel(label);
    plot->SetIndexedLabels(tooltips);
    plot->SetTooltipLabelFormat("%l: %i");
    const vtkColor3ub color = c->colors->GetColorRepeating(index);
    plot->SetColor(color.GetRed(), color.GetGreen(), color.GetBlue(), 255);
    plot->SetWidth(static_cast<float>(c->style.lineWidth()));
    c->series[index] = {table, plot, tooltips, {}, line};
    for (std::size_t i = 0; i < n; ++i) {
        c->series[index].took(y[i]);
    }
    c->markSparse(c->series[index]);
    plot->SetVisible(n >= 1);
    if (c->logY) {
        c->updateLogAxis();
    }
    c->placeLegend();
    requestRender();
    return index;
}

void ChartView::setSeriesPen(int series, const QColor& colour, Dash dash) {
    if (series < 0 || series >= seriesCount()) {
        return;
    }
    vtkPlot* plot = c->series[series].plot;
    plot->SetColor(colour.red(), colour.green(), colour.blue(), 255);
    plot->GetPen()->SetLineType(dash == Dash::Dashed   ? vtkPen::DASH_LINE
                                : dash == Dash::Dotted ? vtkPen::DOT_LINE
                                                       : vtkPen::SOLID_LINE);
    requestRender();
}

void ChartView::appendPoint(int series, double x, double y) {
    appendPoints(series, {x}, {y});
}

void ChartView::appendPoints(int series, const std::vector<double>& x,
                             const std::vector<double>& y) {
    if (series < 0 || series >= seriesCount() || x.empty()) {
        return;
    }
    auto& s = c->series[series];
    auto* xs = vtkDoubleArray::SafeDownCast(s.table->GetColumn(0));
    auto* ys = vtkDoubleArray::SafeDownCast(s.table->GetColumn(1));
    const std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i) {
        const bool doubled = xs->GetNumberOfValues() > static_cast<vtkIdType>(s.y.size());
        if (doubled) {  // the one point's copy becomes the new point
            xs->SetValue(1, x[i]);
            ys->SetValue(1, c->plotted(y[i]));
            s.tooltips->SetValue(1, pointLabel(x[i], y[i]));
        } else {
            xs->InsertNextValue(x[i]);
            ys->InsertNextValue(c->plotted(y[i]));
            s.tooltips->InsertNextValue(pointLabel(x[i], y[i]));
        }
        s.took(y[i]);
    }
    if (s.line && s.y.size() == 1 && xs->GetNumberOfValues() == 1) {  // doubled, as in setSeries
        xs->InsertNextValue(xs->GetValue(0));
        ys->InsertNextValue(ys->GetValue(0));
        s.tooltips->InsertNextValue(s.tooltips->GetValue(0));
    }
    s.table->Modified();
    c->markSparse(s);
    s.plot->SetVisible(true);
    if (c->logY) {
        c->updateLogAxis();
    }
    c->placeLegend();
    c->chart->RecalculateBounds();
    requestRender();
}

void ChartView::clearSeries() {
    c->chart->ClearPlots();
    c->series.clear();
    requestRender();
}

int ChartView::seriesCount() const {
    return static_cast<int>(c->series.size());
}

QString ChartView::seriesName(int series) const {
    if (series < 0 || series >= seriesCount()) {
        return {};
    }
    return QString::fromStdString(c->series[series].plot->GetLabel());
}

std::pair<double, double> ChartView::lastPoint(int series) const {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const int n = pointCount(series);
    if (n == 0) {
        return {nan, nan};
    }
    const auto& s = c->series[series];
    return {s.table->GetValue(n - 1, 0).ToDouble(), s.y.back()};
}

QString ChartView::tooltipOf(int series, int point) const {
    if (point < 0 || point >= pointCount(series)) {
        return {};
    }
    return seriesName(series) + QStringLiteral(": ") +
           QString::fromStdString(c->series[series].tooltips->GetValue(point));
}

void ChartView::mouseMoveEvent(QMouseEvent* event) {
    VtkView::mouseMoveEvent(event);
    requestRender();  // the chart's tooltip follows the mouse
}

int ChartView::pointCount(int series) const {
    if (series < 0 || series >= seriesCount()) {
        return 0;
    }
    return static_cast<int>(c->series[series].y.size());
}

}  // namespace eqlab::widgets

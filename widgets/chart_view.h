#pragma once

// ChartView: a live 2-D chart (VTK's vtkChartXY in a VtkView). Series are plain values; the view
// keeps one vtkTable per series and grows it row by row, so appending a point during training is
// cheap. Hovering a point shows its series, x and y (VTK's chart tooltip). Only the GUI thread may
// call it.

#include <QColor>
#include <QString>
#include <memory>
#include <vector>

#include "widgets/view_style.h"
#include "widgets/vtk_view.h"

namespace eqlab::widgets {

class ChartView : public VtkView {
    Q_OBJECT

public:
    enum class Style { Line, Points, Bars };
    enum class Dash { Solid, Dashed, Dotted };

    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setTitle(const QString& title);
    void setAxisTitles(const QString& x, const QString& y);
    // A log y axis: values are drawn at log10(max(y, 1e-16)) with ticks at whole decades
    // (ValueScale); lastPoint() and the tooltips keep the values as given.
    void setLogY(bool logarithmic);
    bool logY() const;
    // A fixed x range, e.g. while every point has the same x (an automatic axis would then span
    // ±1e-7 around it); autoXRange() returns to the automatic one.
    void setXRange(double low, double high);
    void autoXRange();
    // The legend inside the plot area (default) or beside it (for many series). Inside, it sits
    // at the right edge above, below or between the lines' ends, wherever fewest lines end.
    void setLegendInline(bool inside);
    Qt::Alignment legendAlignment() const;  // Qt::AlignTop, AlignVCenter or AlignBottom
    // What the chart says instead of drawing empty axes while no series is drawn.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const;
    // Colours, fonts and line widths (theme, presentation mode).
    void setViewStyle(const ViewStyle& style);
    const ViewStyle& viewStyle() const;

    // Replaces (or creates) a series with the given points. Returns its index.
    int setSeries(const QString& name, const std::vector<double>& x, const std::vector<double>& y,
                  Style style = Style::Line);
    // A series' colour and dash (by default: a categorical colour by index, solid).
    void setSeriesPen(int series, const QColor& colour, Dash dash = Dash::Solid);
    // Appends one point, or many, to an existing series.
    void appendPoint(int series, double x, double y);
    void appendPoints(int series, const std::vector<double>& x, const std::vector<double>& y);
    void clearSeries();

    int seriesCount() const;
    int pointCount(int series) const;
    // Some series is drawn (a line needs two points).
    bool hasVisibleSeries() const;
    QString seriesName(int series) const;
    // The last point of a series (for tests): {x, y}, or NaNs when it has none.
    std::pair<double, double> lastPoint(int series) const;
    // What hovering over a point shows: "series: x, y".
    QString tooltipOf(int series, int point) const;

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Internals;
    std::unique_ptr<Internals> c;
};

}  // namespace eqlab::widgets

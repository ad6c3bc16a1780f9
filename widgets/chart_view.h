#pragma once

// ChartView: a live 2-D chart (VTK's vtkChartXY in a VtkView). Series are plain values; the view
// keeps one vtkTable per series and grows it row by row, so appending a point during training is
// cheap. Only the GUI thread may call it.

#include <QString>
#include <memory>
#include <vector>

#include "widgets/vtk_view.h"

namespace eqlab::widgets {

class ChartView : public VtkView {
    Q_OBJECT

public:
    enum class Style { Line, Points, Bars };

    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setTitle(const QString& title);
    void setAxisTitles(const QString& x, const QString& y);
    void setLogY(bool logarithmic);

    // Replaces (or creates) a series with the given points. Returns its index.
    int setSeries(const QString& name, const std::vector<double>& x, const std::vector<double>& y,
                  Style style = Style::Line);
    // Appends one point to an existing series.
    void appendPoint(int series, double x, double y);
    void clearSeries();

    int seriesCount() const;
    int pointCount(int series) const;

private:
    struct Internals;
    std::unique_ptr<Internals> c;
};

}  // namespace eqlab::widgets

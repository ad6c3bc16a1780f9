#include "widgets/chart_view.h"

#include <vtkAxis.h>
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
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkTable.h>
#include <vtkTextProperty.h>

namespace eqlab::widgets {

struct ChartView::Internals {
    vtkNew<vtkContextView> contextView;
    vtkNew<vtkChartXY> chart;
    vtkNew<vtkColorSeries> colors;
    struct Series {
        vtkSmartPointer<vtkTable> table;
        vtkSmartPointer<vtkPlot> plot;
    };
    std::vector<Series> series;
};

ChartView::ChartView(QWidget* parent) : VtkView(parent), c(std::make_unique<Internals>()) {
    c->contextView->SetRenderWindow(renderWindow());
    c->contextView->SetInteractor(interactor());
    c->contextView->GetRenderer()->SetBackground(1.0, 1.0, 1.0);
    c->contextView->GetScene()->AddItem(c->chart);
    c->chart->SetShowLegend(true);
    c->chart->GetLegend()->SetHorizontalAlignment(vtkChartLegend::RIGHT);
    c->chart->GetLegend()->SetVerticalAlignment(vtkChartLegend::TOP);
    c->chart->GetTitleProperties()->SetFontSize(14);
    c->colors->SetColorScheme(vtkColorSeries::BREWER_QUALITATIVE_SET1);
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
    c->chart->GetAxis(vtkAxis::LEFT)->SetLogScale(logarithmic);
    requestRender();
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
    const std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i) {
        xs->InsertNextValue(x[i]);
        ys->InsertNextValue(y[i]);
    }
    table->AddColumn(xs);
    table->AddColumn(ys);

    const int type = style == Style::Points ? vtkChart::POINTS
                     : style == Style::Bars ? vtkChart::BAR
                                            : vtkChart::LINE;
    vtkPlot* plot = c->chart->AddPlot(type);
    plot->SetInputData(table, 0, 1);
    plot->SetLabel(label);
    const vtkColor3ub color = c->colors->GetColorRepeating(index);
    plot->SetColor(color.GetRed(), color.GetGreen(), color.GetBlue(), 255);
    plot->SetWidth(2.0f);
    c->series[index] = {table, plot};
    requestRender();
    return index;
}

void ChartView::appendPoint(int series, double x, double y) {
    if (series < 0 || series >= static_cast<int>(c->series.size())) {
        return;
    }
    auto& s = c->series[series];
    vtkDoubleArray::SafeDownCast(s.table->GetColumn(0))->InsertNextValue(x);
    vtkDoubleArray::SafeDownCast(s.table->GetColumn(1))->InsertNextValue(y);
    s.table->Modified();
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

int ChartView::pointCount(int series) const {
    if (series < 0 || series >= seriesCount()) {
        return 0;
    }
    return static_cast<int>(c->series[series].table->GetNumberOfRows());
}

}  // namespace eqlab::widgets

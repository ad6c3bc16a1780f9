#include "widgets/orbit_view.h"

#include <algorithm>
#include <cmath>

#include <vtkActor.h>
#include <vtkBillboardTextActor3D.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkCoordinate.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGlyph3DMapper.h>
#include <vtkIntArray.h>
#include <vtkLegendBoxActor.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkSmartPointer.h>
#include <vtkSphereSource.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkTextRenderer.h>

#include "widgets/palette.h"

namespace eqlab::widgets {

struct OrbitView::Internals {
    OrbitScene scene;
    vtkNew<vtkRenderer> renderer;

    vtkNew<vtkPolyData> pointData;
    vtkNew<vtkSphereSource> sphere;
    vtkNew<vtkGlyph3DMapper> pointMapper;
    vtkNew<vtkActor> pointActor;
    vtkNew<vtkLookupTable> elementColors;
    vtkNew<vtkScalarBarActor> elementBar;

    vtkNew<vtkPolyData> edgeData;
    vtkNew<vtkPolyDataMapper> edgeMapper;
    vtkNew<vtkActor> edgeActor;
    vtkNew<vtkLookupTable> generatorColors;
    vtkNew<vtkLegendBoxActor> generatorLegend;
    vtkNew<vtkPolyData> legendSymbol;  // a short line, drawn in the generator's colour

    vtkNew<vtkTextActor> title;
    std::vector<vtkSmartPointer<vtkBillboardTextActor3D>> labels;
    bool labelsVisible = false;
    double radius = 0.05;
    double fittedExtent = 0.0;  // the scene's extent when the camera was last fitted to it

    // The whole scene in view, seen from where the camera looks now, with a little margin.
    void fitCamera() {
        renderer->ResetCamera();
        renderer->GetActiveCamera()->Zoom(1.1);
    }
    ViewStyle style;

    // The title at its style's size, or smaller when it would run past the right edge of a narrow
    // view (VTK neither wraps nor clips text actors): first down to 70 % on one line, then on two
    // lines (broken at the last ": ") down to 9 pt.
    std::string fullTitle;
    void fitTitle(int viewWidth, int dpi) {
        vtkTextProperty* property = title->GetTextProperty();
        vtkTextRenderer* measure = vtkTextRenderer::GetInstance();
        const int base = style.fontSize(16);
        const auto fits = [&](const std::string& text, int size) {
            property->SetFontSize(size);
            int box[4] = {0, 0, 0, 0};
            return !measure || !measure->GetBoundingBox(property, text, box, dpi) ||
                   box[1] - box[0] <= 0.95 * viewWidth;
        };
        title->SetInput(fullTitle.c_str());
        for (int size = base; size >= std::max(9, base * 7 / 10); --size) {
            if (fits(fullTitle, size)) {
                return;
            }
        }
        std::string twoLines = fullTitle;
        if (const auto colon = twoLines.rfind(": "); colon != std::string::npos) {
            twoLines.replace(colon, 2, ":\n");
            title->SetInput(twoLines.c_str());
        }
        for (int size = base; size > 9; --size) {
            if (fits(twoLines, size)) {
                return;
            }
        }
    }

    // About 12 pt per entry (the legend scales its text to fill its box).
    void sizeLegend() {
        const int entries = std::max(1, generatorLegend->GetNumberOfEntries());
        qsizetype longest = 1;
        for (const auto& name : scene.generatorNames) {
            longest = std::max(longest, name.size());
        }
        // ~7 px per character of 12 pt text, and room for the symbol.
        generatorLegend->SetPosition2(
            (40.0 + 7.0 * static_cast<double>(longest)) * style.fontScale(),
            (22 * entries + 2 * generatorLegend->GetPadding()) * style.fontScale());
    }

    void rebuildLabels() {
        for (auto& label : labels) {
            renderer->RemoveViewProp(label);
        }
        labels.clear();
        if (!labelsVisible) {
            return;
        }
        const int n = std::min<int>(
            static_cast<int>(scene.points.size()),
            std::min<int>(static_cast<int>(scene.labels.size()), OrbitView::kMaxLabels));
        for (int i = 0; i < n; ++i) {
            vtkNew<vtkBillboardTextActor3D> label;
            label->SetInput(scene.labels[i].toUtf8().constData());
            const auto& p = scene.points[static_cast<std::size_t>(i)];
            label->SetPosition(p[0] + 1.2 * radius, p[1] + 1.2 * radius, p[2]);
            const QColor fg = style.foreground();
            label->GetTextProperty()->SetFontSize(style.fontSize(13));
            label->GetTextProperty()->SetColor(fg.redF(), fg.greenF(), fg.blueF());
            label->GetTextProperty()->SetFontFamilyToArial();
            renderer->AddViewProp(label);
            labels.emplace_back(label);
        }
    }
};

namespace {

constexpr double kBackground[3] = {1.0, 1.0, 1.0};

void styleText(vtkTextProperty* text, int size) {
    text->SetFontSize(size);
    text->SetColor(0.1, 0.1, 0.1);
    text->SetFontFamilyToArial();
    text->ShadowOff();
}

}  // namespace

OrbitView::OrbitView(QWidget* parent) : VtkView(parent), o(std::make_unique<Internals>()) {
    o->renderer->SetBackground(kBackground[0], kBackground[1], kBackground[2]);
    o->renderer->SetUseFXAA(true);
    renderWindow()->AddRenderer(o->renderer);

    o->sphere->SetThetaResolution(24);
    o->sphere->SetPhiResolution(16);
    o->pointMapper->SetSourceConnection(o->sphere->GetOutputPort());
    o->pointMapper->SetInputData(o->pointData);
    o->pointMapper->SetScalarModeToUsePointData();
    o->pointMapper->SetLookupTable(o->elementColors);
    o->pointMapper->ScalingOff();
    o->pointActor->SetMapper(o->pointMapper);
    o->pointActor->GetProperty()->SetSpecular(0.3);
    o->renderer->AddActor(o->pointActor);

    o->edgeMapper->SetInputData(o->edgeData);
    o->edgeMapper->SetScalarModeToUseCellData();
    o->edgeMapper->SetLookupTable(o->generatorColors);
    o->edgeActor->SetMapper(o->edgeMapper);
    o->edgeActor->GetProperty()->SetLineWidth(2.0f);
    o->edgeActor->GetProperty()->SetOpacity(0.8);
    o->renderer->AddActor(o->edgeActor);

    o->elementBar->SetLookupTable(o->elementColors);
    o->elementBar->SetNumberOfLabels(2);
    o->elementBar->SetLabelFormat("%.0f");
    o->elementBar->UnconstrainedFontSizeOn();  // fixed point sizes, not scaled to the bar
    o->elementBar->SetMaximumWidthInPixels(70);
    o->elementBar->SetPosition(0.86, 0.1);
    o->elementBar->SetWidth(0.12);
    o->elementBar->SetHeight(0.55);
    o->elementBar->SetTextPositionToPrecedeScalarBar();
    styleText(o->elementBar->GetTitleTextProperty(), 12);
    styleText(o->elementBar->GetLabelTextProperty(), 11);
    o->elementBar->GetLabelTextProperty()->ItalicOff();
    o->elementBar->GetTitleTextProperty()->ItalicOff();
    o->elementBar->SetVisibility(false);  // until a scene has elements to colour
    o->renderer->AddViewProp(o->elementBar);

    o->generatorLegend->SetPosition(0.02, 0.02);
    // The box in pixels (relative to its corner): the legend scales its text to fill the box, so
    // a box in viewport fractions gave unreadable text in small views.
    o->generatorLegend->GetPosition2Coordinate()->SetCoordinateSystemToDisplay();
    o->sizeLegend();
    o->generatorLegend->BorderOff();
    o->generatorLegend->UseBackgroundOff();
    styleText(o->generatorLegend->GetEntryTextProperty(), 12);
    o->generatorLegend->GetProperty()->SetLineWidth(3.0f);
    o->renderer->AddViewProp(o->generatorLegend);
    // Every entry needs a symbol (VTK 9.1 prints "Symbol is not defined" to stdout otherwise).
    vtkNew<vtkPoints> ends;
    ends->InsertNextPoint(0, 0, 0);
    ends->InsertNextPoint(1, 0, 0);
    vtkNew<vtkCellArray> segment;
    const vtkIdType ids[2] = {0, 1};
    segment->InsertNextCell(2, ids);
    o->legendSymbol->SetPoints(ends);
    o->legendSymbol->SetLines(segment);

    styleText(o->title->GetTextProperty(), 16);
    o->title->GetTextProperty()->BoldOn();
    o->title->SetPosition(10, 10);
    o->title->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
    o->title->GetTextProperty()->SetVerticalJustificationToTop();  // a second line goes down
    o->title->SetPosition(0.02, 0.98);
    o->renderer->AddViewProp(o->title);
}

OrbitView::~OrbitView() = default;

const OrbitScene& OrbitView::scene() const {
    return o->scene;
}

int OrbitView::pointCount() const {
    return static_cast<int>(o->pointData->GetNumberOfPoints());
}

int OrbitView::edgeCount() const {
    return static_cast<int>(o->edgeData->GetNumberOfCells());
}

void OrbitView::setScene(const OrbitScene& scene) {
    const bool firstScene = o->scene.points.empty();
    o->scene = scene;
    const auto n = static_cast<vtkIdType>(scene.points.size());

    // Spheres: one point per group element, scalar = element index.
    vtkNew<vtkPoints> points;
    points->SetNumberOfPoints(n);
    vtkNew<vtkIntArray> element;
    element->SetName("element");
    element->SetNumberOfValues(n);
    double extent = 0.0;
    for (vtkIdType i = 0; i < n; ++i) {
        const auto& p = scene.points[static_cast<std::size_t>(i)];
        points->SetPoint(i, p[0], p[1], p[2]);
        element->SetValue(i, static_cast<int>(i));
        extent = std::max({extent, std::abs(p[0]), std::abs(p[1]), std::abs(p[2])});
    }
    o->pointData->SetPoints(points);
    o->pointData->GetPointData()->SetScalars(element);
    o->pointData->Modified();
    const double radius = extent > 0 ? 0.045 * extent : 0.05;
    o->sphere->SetRadius(radius);
    // Large orbits (|S5| = 120) draw coarser spheres: a software renderer spends its time on the
    // triangles (24 × 16 per sphere: ~40 ms a frame for 120 of them under llvmpipe), and the
    // spheres are small there anyway.
    const bool large = n > kFineSpheres;
    o->sphere->SetThetaResolution(large ? 12 : 24);
    o->sphere->SetPhiResolution(large ? 8 : 16);
    o->radius = radius;

    // The table holds elementColour itself (one entry per element, value i -> entry i), so the
    // colour bar, the points, the Cayley table and an exported figure agree.
    const int count = static_cast<int>(n);
    o->elementColors->SetNumberOfTableValues(std::max(count, 1));
    for (int i = 0; i < std::max(count, 1); ++i) {
        const QColor c = elementColour(i, count);
        o->elementColors->SetTableValue(i, c.redF(), c.greenF(), c.blueF(), 1.0);
    }
    o->elementColors->SetTableRange(0, std::max<vtkIdType>(n - 1, 1));
    o->pointMapper->SetScalarRange(0, std::max<vtkIdType>(n - 1, 1));
    o->elementBar->SetTitle(tr("element").toUtf8().constData());
    o->elementBar->SetVisibility(n > 1);

    // Lines: g·x -> s·g·x for every element g and generator s, scalar = generator index.
    vtkNew<vtkCellArray> lines;
    vtkNew<vtkIntArray> generator;
    generator->SetName("generator");
    for (const auto& edge : scene.edges) {
        if (edge.from < 0 || edge.to < 0 || edge.from >= n || edge.to >= n) {
            continue;
        }
        const vtkIdType ids[2] = {edge.from, edge.to};
        lines->InsertNextCell(2, ids);
        generator->InsertNextValue(edge.generator);
    }
    o->edgeData->SetPoints(points);
    o->edgeData->SetLines(lines);
    o->edgeData->GetCellData()->SetScalars(generator);
    o->edgeData->Modified();

    const int generators = std::max<int>(static_cast<int>(scene.generatorNames.size()), 1);
    o->generatorColors->SetNumberOfTableValues(generators);
    for (int g = 0; g < generators; ++g) {
        const QColor c = generatorColour(g);
        o->generatorColors->SetTableValue(g, c.redF(), c.greenF(), c.blueF(), 1.0);
    }
    o->generatorColors->SetTableRange(0, std::max(generators - 1, 1));
    o->edgeMapper->SetScalarRange(0, std::max(generators - 1, 1));

    o->generatorLegend->SetNumberOfEntries(static_cast<int>(scene.generatorNames.size()));
    for (int g = 0; g < static_cast<int>(scene.generatorNames.size()); ++g) {
        double rgba[4];
        o->generatorColors->GetTableValue(g, rgba);
        o->generatorLegend->SetEntry(g, o->legendSymbol.Get(),
                                     scene.generatorNames[g].toUtf8().constData(), rgba);
    }
    o->sizeLegend();

    o->fullTitle = scene.title.toStdString();
    fitTitle();
    o->rebuildLabels();

    // While a net trains its orbits grow or shrink by orders of magnitude: refit the zoom when
    // the extent leaves [1/3, 1.5] × the fitted one, keeping the direction the user turned to.
    if (firstScene) {
        resetCamera();
        o->fittedExtent = extent;
    } else if (extent > 1.5 * o->fittedExtent || extent < o->fittedExtent / 3) {
        o->fitCamera();
        o->fittedExtent = extent;
    }
    requestRender();
}

void OrbitView::setViewStyle(const ViewStyle& style) {
    o->style = style;
    const QColor bg = style.background();
    const QColor fg = style.foreground();
    o->renderer->SetBackground(bg.redF(), bg.greenF(), bg.blueF());
    const auto text = [&](vtkTextProperty* property, int size) {
        property->SetFontSize(style.fontSize(size));
        property->SetColor(fg.redF(), fg.greenF(), fg.blueF());
    };
    text(o->title->GetTextProperty(), 16);
    text(o->elementBar->GetTitleTextProperty(), 12);
    text(o->elementBar->GetLabelTextProperty(), 11);
    text(o->generatorLegend->GetEntryTextProperty(), 12);
    o->elementBar->SetMaximumWidthInPixels(static_cast<int>(70 * style.fontScale()));
    o->generatorLegend->GetProperty()->SetLineWidth(static_cast<float>(style.lineWidth() + 1));
    o->sizeLegend();
    o->edgeActor->GetProperty()->SetLineWidth(static_cast<float>(style.lineWidth()));
    fitTitle();
    o->rebuildLabels();
    requestRender();
}

int OrbitView::titleFontSize() const {
    return o->title->GetTextProperty()->GetFontSize();
}

void OrbitView::fitTitle() {
    const qreal ratio = devicePixelRatioF();
    o->fitTitle(qRound(width() * ratio), qRound(72 * ratio));
}

void OrbitView::resizeEvent(QResizeEvent* event) {
    fitTitle();
    VtkView::resizeEvent(event);
}

void OrbitView::setLabelsVisible(bool visible) {
    o->labelsVisible = visible;
    o->rebuildLabels();
    requestRender();
}

bool OrbitView::labelsVisible() const {
    return o->labelsVisible;
}

void OrbitView::resetCamera() {
    vtkCamera* camera = o->renderer->GetActiveCamera();
    camera->SetPosition(0.6, -1.0, 0.8);
    camera->SetFocalPoint(0, 0, 0);
    camera->SetViewUp(0, 0, 1);
    o->fitCamera();
    requestRender();
}

figure::Camera OrbitView::camera() const {
    vtkCamera* c = o->renderer->GetActiveCamera();
    figure::Camera camera;
    c->GetPosition(camera.position.data());
    c->GetFocalPoint(camera.focal.data());
    c->GetViewUp(camera.up.data());
    camera.viewAngle = c->GetViewAngle();
    return camera;
}

}  // namespace eqlab::widgets

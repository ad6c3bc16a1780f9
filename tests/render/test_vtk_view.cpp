// Render tests of the VTK-in-Qt6 widget: a known scene against its baseline, two views side by
// side both drawing, a live chart, and reparenting (which recreates the OpenGL context).

#include <QApplication>
#include <QHBoxLayout>
#include <QPainter>
#include <QTest>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCubeSource.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkNew.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>

#include "render/image_compare.h"
#include "suite/suite.h"
#include "widgets/chart_view.h"
#include "widgets/orbit_view.h"
#include "widgets/vtk_view.h"

using eqlab::widgets::ChartView;
using eqlab::widgets::OrbitView;
using eqlab::widgets::VtkView;

namespace {

// A sphere (or cube) of one colour on a grey background, seen from a fixed camera.
void addShape(VtkView* view, bool cube, double r, double g, double b) {
    vtkNew<vtkRenderer> renderer;
    renderer->SetBackground(0.2, 0.2, 0.25);
    vtkNew<vtkPolyDataMapper> mapper;
    if (cube) {
        vtkNew<vtkCubeSource> source;
        mapper->SetInputConnection(source->GetOutputPort());
    } else {
        vtkNew<vtkSphereSource> source;
        source->SetThetaResolution(32);
        source->SetPhiResolution(32);
        mapper->SetInputConnection(source->GetOutputPort());
    }
    vtkNew<vtkActor> actor;
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(r, g, b);
    actor->GetProperty()->SetAmbient(0.6);
    actor->GetProperty()->SetDiffuse(0.4);
    actor->GetProperty()->SetSpecular(0.0);
    actor->RotateX(30);
    actor->RotateY(30);
    renderer->AddActor(actor);
    renderer->GetActiveCamera()->SetPosition(0, 0, 4);
    renderer->GetActiveCamera()->SetFocalPoint(0, 0, 0);
    renderer->ResetCameraClippingRange();
    view->renderWindow()->AddRenderer(renderer);
}

QColor centrePixel(const QImage& image) {
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

}  // namespace

class TestVtkView : public QObject {
    Q_OBJECT

private slots:
    void knownSceneMatchesBaseline() {
        VtkView view;
        view.setFixedSize(320, 240);
        addShape(&view, false, 0.9, 0.3, 0.1);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grabFramebuffer();
        QCOMPARE(image.size(), QSize(320, 240) * view.devicePixelRatio());
        // The background is opaque grey, not transparent black (the alpha clear in paintGL).
        QCOMPARE(image.pixelColor(2, 2).alpha(), 255);
        QVERIFY2(std::abs(image.pixelColor(2, 2).red() - 51) <= 2, "background is not grey");
        const auto comparison =
            eqlab::tests::compareWithBaseline(image, QStringLiteral("vtk_view_sphere"));
        QVERIFY2(comparison.matched, qPrintable(comparison.message));
    }

    void twoViewsSideBySideBothRender() {
        QWidget window;
        auto* layout = new QHBoxLayout(&window);
        auto* left = new VtkView(&window);
        auto* right = new VtkView(&window);
        layout->addWidget(left);
        layout->addWidget(right);
        addShape(left, false, 0.9, 0.1, 0.1);
        addShape(right, true, 0.1, 0.2, 0.9);
        window.resize(640, 260);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage a = left->grabFramebuffer();
        const QImage b = right->grabFramebuffer();
        QVERIFY2(centrePixel(a).red() > 150 && centrePixel(a).blue() < 100,
                 "left view lost its red sphere");
        QVERIFY2(centrePixel(b).blue() > 150 && centrePixel(b).red() < 100,
                 "right view lost its blue cube");
        QVERIFY(left->framesPainted() > 0);
        QVERIFY(right->framesPainted() > 0);
        QImage both(a.width() + b.width(), std::max(a.height(), b.height()), QImage::Format_RGB32);
        QPainter painter(&both);
        painter.drawImage(0, 0, a);
        painter.drawImage(a.width(), 0, b);
        painter.end();
        const auto comparison =
            eqlab::tests::compareWithBaseline(both, QStringLiteral("vtk_view_two_views"));
        QVERIFY2(comparison.matched, qPrintable(comparison.message));
    }

    void reparentingKeepsRendering() {
        QWidget first;
        QWidget second;
        auto* view = new VtkView(&first);
        view->setFixedSize(200, 160);
        addShape(view, false, 0.1, 0.8, 0.2);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QVERIFY(centrePixel(view->grabFramebuffer()).green() > 150);
        view->setParent(&second);  // a new top-level: a new OpenGL context
        view->show();
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QVERIFY2(centrePixel(view->grabFramebuffer()).green() > 150, "black after reparenting");
    }

    void liveChartDrawsItsSeries() {
        ChartView chart;
        chart.setFixedSize(400, 260);
        chart.setTitle(QStringLiteral("loss"));
        chart.setAxisTitles(QStringLiteral("step"), QStringLiteral("value"));
        const int series = chart.setSeries(QStringLiteral("loss"), {0, 1, 2}, {3, 2, 1.5});
        for (int i = 3; i < 50; ++i) {
            chart.appendPoint(series, i, 1.0 + 1.0 / i);
        }
        QCOMPARE(chart.pointCount(series), 50);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage image = chart.grabFramebuffer();
        // Brewer Set1's first colour is red (228, 26, 28): the line must be there.
        QVERIFY2(eqlab::tests::fractionNear(image, QColor(228, 26, 28), 50) > 0.001,
                 "no red line drawn");
        const auto comparison =
            eqlab::tests::compareWithBaseline(image, QStringLiteral("chart_view_series"));
        QVERIFY2(comparison.matched, qPrintable(comparison.message));
    }

    // VTK neither wraps nor clips a text actor: a long title in a narrow view gets smaller.
    void orbitTitleShrinksToFitANarrowView() {
        OrbitView view;
        eqlab::widgets::OrbitScene scene;
        scene.title = QStringLiteral("augmented · layer 2 (dense 64->5): orbit spread 0.0123");
        scene.points = {{1, 0, 0}, {-1, 0, 0}};
        view.resize(900, 300);
        view.setScene(scene);
        QCOMPARE(view.titleFontSize(), 16);
        view.resize(260, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY2(view.titleFontSize() < 16 && view.titleFontSize() >= 9,
                 qPrintable(QString::number(view.titleFontSize())));
        view.resize(900, 300);
        QTRY_COMPARE(view.titleFontSize(), 16);
    }

    // Hovering a point draws VTK's tooltip into the picture (the mouse reaches the chart through
    // the view's interactor, and each move repaints).
    void hoveringAPointShowsItsTooltip() {
        ChartView chart;
        chart.setFixedSize(400, 260);
        std::vector<double> x;
        for (int i = 0; i <= 200; ++i) {  // a dense row of points across the plot's middle
            x.push_back(i);
        }
        chart.setSeries(QStringLiteral("row"), x, std::vector<double>(x.size(), 0.0),
                        ChartView::Style::Points);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage before = chart.grabFramebuffer();
        int mostChanged = 0;
        for (int row = 80; row < 180 && mostChanged < 300; row += 3) {
            QMouseEvent move(QEvent::MouseMove, QPointF(200, row),
                             chart.mapToGlobal(QPointF(200, row)), Qt::NoButton, Qt::NoButton,
                             Qt::NoModifier);
            QApplication::sendEvent(&chart, &move);
            const QImage after = chart.grabFramebuffer();
            int changed = 0;
            for (int py = 0; py < after.height(); ++py) {
                for (int px = 0; px < after.width(); ++px) {
                    changed += after.pixel(px, py) != before.pixel(px, py);
                }
            }
            mostChanged = std::max(mostChanged, changed);
        }
        QVERIFY2(mostChanged >= 300,
                 qPrintable(QStringLiteral("at most %1 pixels changed").arg(mostChanged)));
    }

    void orbitViewDrawsOneSpherePerElement() {
        OrbitView view;
        view.setFixedSize(360, 300);
        eqlab::widgets::OrbitScene scene;
        scene.title = QStringLiteral("C6 on the plane");
        scene.generatorNames = {QStringLiteral("a")};
        for (int k = 0; k < 6; ++k) {
            const double angle = k * M_PI / 3;
            scene.points.push_back({std::cos(angle), std::sin(angle), 0.0});
            scene.edges.push_back({k, (k + 1) % 6, 0});
        }
        view.setScene(scene);
        QCOMPARE(view.pointCount(), 6);
        QCOMPARE(view.edgeCount(), 6);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto comparison = eqlab::tests::compareWithBaseline(view.grabFramebuffer(),
                                                                  QStringLiteral("orbit_view_c6"));
        QVERIFY2(comparison.matched, qPrintable(comparison.message));
    }
};

namespace {
int runVtkViewSuite(int argc, char** argv) {
    VtkView::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestVtkView test;
    return QTest::qExec(&test, argc, argv);
}
}  // namespace
EQLAB_TEST_SUITE_MAIN(runVtkViewSuite)

#include "test_vtk_view.moc"

// The per-layer symmetry error over training in the error-map view: beside the per-element table
// of the current step, the panel offers the run's history (layers × recorded steps), drawn with a
// logarithmic colour scale in the project's sequential palette, and matches its baseline.

#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <cmath>

#include "compute/metrics/layer_error_history.h"
#include "render/image_compare.h"
#include "suite/suite.h"
#include "widgets/choice_bar.h"
#include "widgets/error_map_panel.h"
#include "widgets/heat_map_view.h"
#include "widgets/palette.h"

using namespace eqlab;
using namespace eqlab::widgets;

namespace {

constexpr int kLayers = 3, kSteps = 6;

// Layer l's error at recorded step s: the first layer exact (round-off), the later ones falling
// from O(1) by a decade per recorded step.
double error(int layer, int step) {
    return layer == 0 ? 1e-16 * (1 + step) : std::pow(10.0, -step) * layer / 2.0;
}

std::shared_ptr<const train::SessionSnapshot> historySnapshot() {
    auto snapshot = std::make_shared<train::SessionSnapshot>();
    snapshot->history = 1;
    train::RunSnapshot run;
    run.label = "c4-cnn";
    metrics::MetricTable table;  // the per-element table of the last step
    table.name = metrics::kLayerSymmetryTable;
    table.rowTitle = "group element g";
    table.columnTitle = "layer (output of)";
    table.valueTitle = "mean |f(g.x) - g.f(x)| / |f(x)|";
    table.rows = 2;
    table.cols = kLayers;
    table.rowLabels = {"e", "r"};
    for (int l = 0; l < kLayers; ++l) {
        table.columnLabels.push_back("layer " + std::to_string(l));
    }
    for (int r = 0; r < 2; ++r) {
        for (int l = 0; l < kLayers; ++l) {
            table.values.push_back(r == 0 ? 0.0 : error(l, kSteps - 1));
        }
    }
    for (int s = 0; s < kSteps; ++s) {
        std::vector<metrics::MetricTable> tables = {table};
        for (int l = 0; l < kLayers; ++l) {
            tables[0].values[std::size_t(kLayers + l)] = error(l, s);
        }
        metrics::recordLayerErrors(run.layerErrors, 50 * s, tables);
    }
    run.tables.push_back(table);
    snapshot->runs.push_back(std::move(run));
    return snapshot;
}

}  // namespace

class TestLayerErrorView : public QObject {
    Q_OBJECT

private slots:
    void showsTheLayersOverTheSteps() {
        ErrorMapPanel panel;
        panel.setFixedSize(460, 300);
        panel.showSnapshot(historySnapshot());
        QComboBox* tables = panel.choices()->combo(1);
        QCOMPARE(tables->count(), 2);  // this step's table, then the history
        QCOMPARE(panel.heatMap()->table().rows, 2);
        panel.choices()->setCurrentIndex(1, 1);
        const HeatMapView* map = panel.heatMap();
        QCOMPARE(map->table().rows, kLayers);
        QCOMPARE(map->table().cols, kSteps);
        QCOMPARE(map->table().columnLabels[3], std::string("150"));
        QVERIFY(map->scale().logarithmic());  // colour = log10 error
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage image = panel.grab().toImage();
        for (int l = 0; l < kLayers; ++l) {
            for (int s = 0; s < kSteps; ++s) {
                QCOMPARE(map->table().values[std::size_t(l * kSteps + s)], error(l, s));
                const QColor colour = map->cellColour(l, s);
                QCOMPARE(colour, sequentialColour(map->scale().position(error(l, s))));
                const QPoint at = map->mapTo(&panel, map->cellCentre(l, s).toPoint());
                QVERIFY2(eqlab::tests::coloursNear(image.pixelColor(at), colour, 16),
                         qPrintable(QStringLiteral("layer %1, step %2").arg(l).arg(s)));
            }
        }
        // A decade apart is a colour apart.
        QVERIFY(map->cellColour(2, 0) != map->cellColour(2, 3));
        EQLAB_COMPARE_BASELINE(image, "layer_error_history");
        // Back to this step's table: the usual automatic scale.
        panel.choices()->setCurrentIndex(1, 0);
        QCOMPARE(map->table().rows, 2);
    }
};

EQLAB_TEST_WIDGETS_MAIN(TestLayerErrorView)

#include "test_layer_error_view.moc"

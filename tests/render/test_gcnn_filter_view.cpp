// The filter view on a G-CNN: fed the filter images compute takes from a real lift and gconv layer
// (compute/train/filter_images.h), it offers both layers, lays out each filter in a row with its
// |G| transformed copies, draws the copies' pixels in the shared diverging colours, and matches
// its baseline picture.

#include <QApplication>
#include <QComboBox>
#include <QTest>

#include "compute/nn/activation.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/model.h"
#include "compute/nn/orient_conv.h"
#include "compute/train/filter_images.h"
#include "render/image_compare.h"
#include "suite/suite.h"
#include "widgets/choice_bar.h"
#include "widgets/filter_grid_view.h"
#include "widgets/filter_panel.h"
#include "widgets/palette.h"

using namespace eqlab;
using namespace eqlab::widgets;

namespace {

// A snapshot of one run: the filter images of `layers` (initialised from `seed`) on size × size
// one-channel images, under the run label and layer names given.
std::shared_ptr<const train::SessionSnapshot> snapshotOf(std::vector<nn::LayerPtr<double>> layers,
                                                         std::uint64_t seed, int size,
                                                         std::string label,
                                                         std::vector<std::string> layerNames) {
    nn::Model<double> model(std::move(layers));
    model.initialize(seed);
    data::TaskData task;
    task.imageHeight = task.imageWidth = size;
    task.imageChannels = 1;
    auto snapshot = std::make_shared<train::SessionSnapshot>();
    snapshot->history = 1;
    train::RunSnapshot run;
    run.label = std::move(label);
    run.layerNames = std::move(layerNames);
    run.filters = train::modelFilterImages(model, task);
    snapshot->runs.push_back(std::move(run));
    return snapshot;
}

// lift D4 (1 → 2 channels) · relu · gconv D4 (2 → 2): 2 lifting filters, 4 group filters.
std::shared_ptr<const train::SessionSnapshot> gcnnSnapshot() {
    constexpr int size = 7, P = size * size;
    std::vector<nn::LayerPtr<double>> l;
    l.push_back(
        std::make_unique<nn::GroupConv2d<double>>(nn::PlanarGroup::D4, true, 1, 2, size, 3, 1));
    l.push_back(std::make_unique<nn::Pointwise<double>>(nn::Activation::ReLU, P * 2 * 8));
    l.push_back(
        std::make_unique<nn::GroupConv2d<double>>(nn::PlanarGroup::D4, false, 2, 2, size, 3, 1));
    return snapshotOf(std::move(l), 3, size, "d4-cnn",
                      {"lifting-conv D4", "relu", "group-conv D4"});
}

// orient-lift N = 8 (1 → 2 channels, 5 × 5 disc) · relu · orient-conv N = 8 (2 → 1): 2 lifting
// filters and 2 orientation filters, each with its 8 turned copies.
std::shared_ptr<const train::SessionSnapshot> orientationSnapshot() {
    constexpr int size = 11, N = 8;
    std::vector<nn::LayerPtr<double>> l;
    l.push_back(std::make_unique<nn::OrientConv2d<double>>(N, true, 1, 2, size, 5, 2));
    l.push_back(std::make_unique<nn::Pointwise<double>>(nn::Activation::ReLU, size * size * 2 * N));
    l.push_back(std::make_unique<nn::OrientConv2d<double>>(N, false, 2, 1, size, 3, 1));
    return snapshotOf(std::move(l), 2, size, "n8", {"orient-lift N8", "relu", "orient-conv N8"});
}

}  // namespace

class TestGcnnFilterView : public QObject {
    Q_OBJECT

private slots:
    void showsEachFilterWithItsCopies() {
        const auto snapshot = gcnnSnapshot();
        const auto& filters = snapshot->runs[0].filters;
        FilterPanel panel;
        panel.setFixedSize(460, 300);
        panel.showSnapshot(snapshot);
        QComboBox* layers = panel.choices()->combo(panel.layerChoice());
        QCOMPARE(layers->count(), 2);  // the lift and the gconv; relu has no filters
        QCOMPARE(layers->itemText(0), QStringLiteral("lifting-conv D4"));
        QCOMPARE(layers->itemText(1), QStringLiteral("group-conv D4"));
        FilterGridView* grid = panel.grid();
        QCOMPARE(grid->filterCount(), 2 * 8);  // 2 filters × 8 elements of D4
        QCOMPARE(grid->columns(), 8);          // one filter per row
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Every tile shows its copy: the centre pixel of tile i has copy i's centre weight.
        QImage image = panel.grab().toImage();
        for (int i = 0; i < grid->filterCount(); ++i) {
            const QRectF tile = grid->imageRect(i);
            QVERIFY(!tile.isEmpty());
            QCOMPARE(qRound(tile.top()), qRound(grid->imageRect(i - i % 8).top()));  // same row
            const double weight = filters[std::size_t(i)].pixels[4];
            const QPoint centre = grid->mapTo(&panel, tile.center().toPoint());
            QVERIFY2(eqlab::tests::coloursNear(image.pixelColor(centre),
                                               divergingColour(weight / grid->colourRange()), 16),
                     qPrintable(QStringLiteral("tile %1").arg(i)));
        }
        QVERIFY(grid->valueTextAt(grid->imageRect(9).center())
                    .startsWith(QStringLiteral("out 1, in 0, r")));
        EQLAB_COMPARE_BASELINE(image, "gcnn_lifting_filters");

        panel.choices()->setCurrentIndex(panel.layerChoice(), 1);
        QCOMPARE(grid->filterCount(), 4 * 8);  // 2 × 2 channel pairs × 8 elements
        QCOMPARE(grid->columns(), 8);
        const QRectF tile = grid->imageRect(0);
        // 8 blocks of 3 × 3, one per input element: 4 rotations above, 4 mirrors below.
        QCOMPARE(tile.width(), 2 * tile.height());
        image = panel.grab().toImage();
        EQLAB_COMPARE_BASELINE(image, "gcnn_group_filters");
    }

    // An orientation stack: each filter in a row with its copies turned by 45°, named by their
    // angles; an orient-conv filter has one block per input orientation (two rows of four).
    void showsTurnedOrientationFilters() {
        const auto snapshot = orientationSnapshot();
        FilterPanel panel;
        panel.setFixedSize(560, 260);
        panel.showSnapshot(snapshot);
        FilterGridView* grid = panel.grid();
        QCOMPARE(grid->filterCount(), 2 * 8);
        QCOMPARE(grid->columns(), 8);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(grid->valueTextAt(grid->imageRect(10).center())
                    .startsWith(QStringLiteral("out 1, in 0, 90°\n")));
        QImage image = panel.grab().toImage();
        EQLAB_COMPARE_BASELINE(image, "orientation_lifting_filters");

        panel.choices()->setCurrentIndex(panel.layerChoice(), 1);
        QCOMPARE(grid->filterCount(), 2 * 8);  // 2 input channels × 8 orientations
        const QRectF tile = grid->imageRect(0);
        QCOMPARE(tile.width(), 2 * tile.height());  // 8 blocks of 3 × 3: two rows of four
        image = panel.grab().toImage();
        EQLAB_COMPARE_BASELINE(image, "orientation_group_filters");
    }
};

EQLAB_TEST_WIDGETS_MAIN(TestGcnnFilterView)

#include "test_gcnn_filter_view.moc"

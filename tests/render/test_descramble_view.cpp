// The descramble view (widgets/descramble_panel.h) fed a hand-made snapshot with the two tables the
// `descramble` metric makes: a band of local receptive fields (the descrambled picture) and the
// same rows shuffled, some negated (as trained). Both pictures are drawn, cell for cell from their
// tables on one colour scale, with the roughness ratios under them.

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <cmath>
#include <set>

#include "suite/suite.h"
#include "widgets/choice_bar.h"
#include "widgets/descramble_panel.h"
#include "widgets/matrix_pattern_view.h"
#include "widgets/palette.h"

using namespace eqlab;
using namespace eqlab::widgets;

namespace {

constexpr int kUnits = 8, kInputs = 24;
constexpr int kOrder[kUnits] = {5, 2, 7, 0,
                                3, 6, 1, 4};  // descrambled row k = trained row kOrder[k]
constexpr int kSign[kUnits] = {1, -1, 1, 1, -1, 1, 1, -1};

// Unit k of the descrambled layer: a bump centred at input 3k, peak +1.
double band(int k, int j) {
    const double u = j - 3.0 * k - 1.5;
    return std::exp(-u * u / 8.0) - 0.1;
}

metrics::MetricTable table(const char* name, bool descrambled) {
    metrics::MetricTable t;
    t.name = name;
    t.rowTitle = descrambled ? "hidden unit, descrambled" : "hidden unit, as trained";
    t.columnTitle = "input";
    t.valueTitle = "incoming weight";
    t.rows = kUnits;
    t.cols = kInputs;
    t.values.resize(std::size_t(kUnits) * kInputs);
    for (int k = 0; k < kUnits; ++k) {
        t.rowLabels.push_back(std::to_string(k));
        for (int j = 0; j < kInputs; ++j) {
            if (descrambled)
                t.values[k * kInputs + j] = band(k, j);
            else  // trained row kOrder[k] holds descrambled row k, times its sign
                t.values[kOrder[k] * kInputs + j] = kSign[k] * band(k, j);
        }
    }
    for (int j = 0; j < kInputs; ++j)
        t.columnLabels.push_back(std::to_string(j));
    return t;
}

std::shared_ptr<const train::SessionSnapshot> snapshot(bool withTables) {
    auto s = std::make_shared<train::SessionSnapshot>();
    s->history = 1;
    s->step = s->totalSteps = 100;
    for (const char* label : {"plain", "mlp"}) {
        train::RunSnapshot run;
        run.label = label;
        run.step = 100;
        if (withTables && std::string(label) == "mlp") {
            run.tables.push_back(table("descramble_weights_trained", false));
            run.tables.push_back(table("descramble_weights_descrambled", true));
            run.metrics.push_back(
                {100, {{"roughness_ratio", 0.25}, {"weight_roughness_ratio", 0.125}}});
        }
        s->runs.push_back(std::move(run));
    }
    return s;
}

int colours(const QImage& image) {
    std::set<QRgb> seen;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

}  // namespace

class TestDescrambleView : public QObject {
    Q_OBJECT
private slots:
    void showsBothPictures() {
        DescramblePanel panel;
        panel.setFixedSize(480, 420);
        panel.showSnapshot(snapshot(true));
        QVERIFY(panel.hasContent());
        // Only the run with the tables is offered.
        QCOMPARE(panel.choices()->currentText(0), QStringLiteral("mlp"));
        const QImage& before = panel.trained()->cellImage();
        const QImage& after = panel.descrambled()->cellImage();
        QCOMPARE(before.size(), QSize(kInputs, kUnits));
        QCOMPARE(after.size(), QSize(kInputs, kUnits));
        QVERIFY(colours(before) > 4);
        QVERIFY(colours(after) > 4);
        // One colour scale (the largest |weight|): the descrambled row k is the trained row
        // kOrder[k], in the opposite colours where it was negated.
        double range = 0;
        for (int k = 0; k < kUnits; ++k)
            for (int j = 0; j < kInputs; ++j)
                range = std::max(range, std::abs(band(k, j)));
        for (int k = 0; k < kUnits; ++k)
            for (int j = 0; j < kInputs; ++j) {
                QCOMPARE(after.pixel(j, k), divergingColour(band(k, j) / range).rgb());
                QCOMPARE(before.pixel(j, kOrder[k]),
                         divergingColour(kSign[k] * band(k, j) / range).rgb());
            }
        QVERIFY(panel.summary()->text().contains(QStringLiteral("0.25")));
        QVERIFY(panel.summary()->text().contains(QStringLiteral("0.125")));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage shown = panel.grab().toImage();
        // Both pictures are on screen, one above the other: the rectangle each view covers has
        // many colours.
        for (auto* view : {panel.trained(), panel.descrambled()}) {
            QVERIFY(view->isVisible() && view->height() > 60);
            QVERIFY(colours(shown.copy(QRect(view->mapTo(&panel, QPoint(0, 0)), view->size()))) >
                    10);
        }
    }

    void emptyWithoutTheTables() {
        DescramblePanel panel;
        panel.showSnapshot(snapshot(true));
        QVERIFY(panel.hasContent());
        panel.showSnapshot(snapshot(false));
        QVERIFY(!panel.hasContent());
        QCOMPARE(colours(panel.trained()->cellImage()), 1);  // blank
        QCOMPARE(colours(panel.descrambled()->cellImage()), 1);
        QVERIFY(panel.summary()->text().isEmpty());
    }
};

EQLAB_TEST_WIDGETS_MAIN(TestDescrambleView)

#include "test_descramble_view.moc"

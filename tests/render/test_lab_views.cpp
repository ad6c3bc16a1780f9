// Render tests of the lab's views, each fed the hand-made snapshot of lab_snapshot.h: what each
// view holds (series, points, scales, colours, hover texts) is checked exactly, and its picture
// against a baseline (image_compare.h).

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <set>

#include "compute/groups/catalogue.h"
#include "compute/groups/subgroups.h"
#include "compute/metrics/symmetry_audit.h"
#include "render/image_compare.h"
#include "render/lab_snapshot.h"
#include "suite/suite.h"
#include "widgets/alignment_panel.h"
#include "widgets/chart_view.h"
#include "widgets/choice_bar.h"
#include "widgets/curve_panel.h"
#include "widgets/error_map_panel.h"
#include "widgets/figure_builders.h"
#include "widgets/figure_files.h"
#include "widgets/figure_painter.h"
#include "widgets/filter_grid_view.h"
#include "widgets/filter_panel.h"
#include "widgets/heat_map_view.h"
#include "widgets/layer_orbit_panel.h"
#include "widgets/matrix_pattern_view.h"
#include "widgets/metric_chart_view.h"
#include "widgets/orbit_view.h"
#include "widgets/palette.h"
#include "widgets/subgroup_lattice_view.h"
#include "widgets/value_scale.h"
#include "widgets/vtk_view.h"

using namespace eqlab::widgets;
using eqlab::tests::compareWithBaseline;
using eqlab::tests::labSnapshot;

namespace {

// Runs an external checker (pdftoppm, rsvg-convert) when installed: it must succeed and print
// nothing on stderr. Returns an empty string when fine or when the tool is missing.
QString externalCheck(const QString& tool, const QStringList& arguments) {
    if (QStandardPaths::findExecutable(tool).isEmpty()) {
        return {};
    }
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return QStringLiteral("%1 failed: %2")
            .arg(tool, QString::fromUtf8(process.readAllStandardError()));
    }
    const QByteArray err = process.readAllStandardError();
    return err.isEmpty() ? QString()
                         : QStringLiteral("%1 said: %2").arg(tool, QString::fromUtf8(err));
}

// Every figure a lesson's views export: training figures of the lab snapshot, a Cayley graph,
// a multiplication and a character table, a weight-sharing matrix.
std::vector<figure::Figure> everyViewsFigures() {
    std::vector<figure::Figure> figures = figure::lessonFigures(*labSnapshot());
    GroupViewData group;
    group.name = QStringLiteral("C4");
    group.order = 4;
    group.elementLabels = {QStringLiteral("e"), QStringLiteral("r"), QStringLiteral("r^2"),
                           QStringLiteral("r^3")};
    for (int a = 0; a < 4; ++a) {
        for (int b = 0; b < 4; ++b) {
            group.table.push_back((a + b) % 4);
        }
        group.cayleyGraph.points.push_back({std::cos(a * M_PI / 2), std::sin(a * M_PI / 2), 0});
        group.cayleyGraph.edges.push_back({a, (a + 1) % 4, 0});
    }
    group.cayleyGraph.generatorNames = {QStringLiteral("r")};
    group.classHeaders = group.elementLabels;
    group.irrepHeaders = {QStringLiteral("χ0"), QStringLiteral("χ1"), QStringLiteral("χ2"),
                          QStringLiteral("χ3")};
    for (int i = 0; i < 4; ++i) {
        group.characters.push_back(
            {QStringLiteral("1"), QStringLiteral("i"), QStringLiteral("-1"), QStringLiteral("-i")});
    }
    figures.push_back(figure::sceneFigure(group.cayleyGraph, QStringLiteral("cayley")));
    figures.push_back(figure::multiplicationTable(group));
    figures.push_back(figure::characterTable(group));
    WeightSharingData sharing;
    sharing.title = QStringLiteral("perm → perm of C4");
    sharing.rows = sharing.cols = 4;
    sharing.dimension = 4;
    for (int i = 0; i < 16; ++i) {
        sharing.values.push_back(std::sin(i * 0.7));
        sharing.cellBasis.push_back(i % 4);
    }
    figures.push_back(figure::weightSharing(sharing));
    return figures;
}

// A CSV line split at commas (the figures quote fields with commas; none here).
std::vector<QByteArrayList> csvRows(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    std::vector<QByteArrayList> rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.isEmpty()) {
            rows.push_back(line.split(','));
        }
    }
    return rows;
}

// The lattice view's data for a catalogue group and made-up element errors, filled the way the
// application does: one node per subgroup of the lattice, coloured by the audit's errors.
LatticeViewData latticeData(const std::string& group, const std::vector<double>& errors,
                            double tolerance) {
    const auto lattice = eqlab::groups::subgroupLattice(*eqlab::groups::makeGroup(group));
    const auto audit = eqlab::metrics::auditSymmetry(lattice, errors, tolerance);
    LatticeViewData data;
    data.group = QString::fromStdString(group);
    data.tolerance = tolerance;
    for (size_t i = 0; i < lattice.subgroups.size(); ++i) {
        const auto& s = lattice.subgroups[i];
        LatticeNode node;
        node.name = QString::fromStdString(s.name);
        node.order = s.order;
        for (const auto& g : s.generatorLabels)
            node.generators << QString::fromStdString(g);
        node.error = audit.errors[i];
        node.conjugacyClass = s.conjugacyClass;
        node.normal = s.normal;
        node.respected =
            std::count(audit.respected.begin(), audit.respected.end(), static_cast<int>(i)) > 0;
        data.nodes.push_back(node);
    }
    data.covers = lattice.covers;
    return data;
}

}  // namespace

class TestLabViews : public QObject {
    Q_OBJECT

private slots:
    void valueScaleChoosesLogForDecades() {
        const ValueScale log = ValueScale::fit({1e-16, 2e-16, 0.3, 0.0});
        QVERIFY(log.logarithmic());
        QCOMPARE(log.low(), 1e-16);
        QCOMPARE(log.high(), 1.0);
        QCOMPARE(log.position(1e-16), 0.0);
        QCOMPARE(log.position(0.0), 0.0);  // zero is drawn at the floor
        QCOMPARE(log.position(1.0), 1.0);
        QVERIFY(std::abs(log.position(1e-8) - 0.5) < 1e-12);
        QVERIFY(log.ticks().front() < 1e-12);
        QCOMPARE(log.ticks().back(), 1.0);
        QVERIFY(log.ticks().size() <= 7);

        const ValueScale linear = ValueScale::fit({0.1, 0.5, 0.9});
        QVERIFY(!linear.logarithmic());
        QCOMPARE(linear.low(), 0.0);  // errors and losses start at zero
        QCOMPARE(linear.high(), 0.9);
        const std::vector<double> ticks = linear.ticks();
        QCOMPARE(ticks.size(), std::size_t(5));
        for (std::size_t i = 0; i < ticks.size(); ++i) {
            QVERIFY(std::abs(ticks[i] - 0.2 * static_cast<double>(i)) < 1e-12);
        }
        QVERIFY(!ValueScale::fit({-1e-3, 1.0}).logarithmic());  // negative: never log
        QVERIFY(ValueScale::fit({0.5, 0.6}, ValueScale::Mode::Log).logarithmic());

        QCOMPARE(ValueScale::format(1e-12), QStringLiteral("1e-12"));
        QCOMPARE(ValueScale::format(2.5e-7), QStringLiteral("2.5e-7"));
        QCOMPARE(ValueScale::format(0.035), QStringLiteral("0.035"));
        QCOMPARE(ValueScale::format(12.5), QStringLiteral("12.5"));
        QCOMPARE(ValueScale::format(0.0), QStringLiteral("0"));
    }

    void lossChartHasEveryStepOfEveryRun() {
        MetricChartView chart;
        chart.setFixedSize(460, 300);
        chart.setTitle(QStringLiteral("mini-batch loss"));
        chart.setAxisTitles(QStringLiteral("step"), QStringLiteral("loss"));
        chart.plotBatchLoss();
        chart.showSnapshot(labSnapshot());
        QCOMPARE(chart.seriesLabels(), (QStringList{"mlp", "augmented", "equivariant"}));
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(chart.pointCount(r), eqlab::tests::kLabSteps);
            QCOMPARE(chart.lastPoint(r).first, eqlab::tests::kLabSteps - 1.0);
            QCOMPARE(chart.lastPoint(r).second,
                     eqlab::tests::labLoss(r, eqlab::tests::kLabSteps - 1));
        }
        QVERIFY(!chart.logY());  // 0.01 .. 1.3: not two decades
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage image = chart.grabFramebuffer();
        QVERIFY2(eqlab::tests::fractionNear(image, runColour(1), 30) > 0.001,
                 "no vermillion run drawn");
        EQLAB_COMPARE_BASELINE(image, "lab_loss_chart");
    }

    void errorChartIsLogarithmicAndGrowsIncrementally() {
        MetricChartView chart;
        chart.setFixedSize(460, 300);
        chart.setAxisTitles(QStringLiteral("step"), QStringLiteral("relative error"));
        chart.plotMetrics({QStringLiteral("invariance_error")});
        chart.showSnapshot(labSnapshot(100));
        QCOMPARE(chart.seriesCount(), 9);  // 3 runs × 3 layers
        QCOMPARE(chart.seriesLabels()[0], QStringLiteral("mlp · dense 1"));
        QCOMPARE(chart.seriesLabels()[8], QStringLiteral("equivariant · dense 2"));
        QVERIFY(chart.logY());             // 1e-16 next to 0.3
        QCOMPARE(chart.pointCount(0), 6);  // steps 0, 20, ..., 100

        // More steps: the same series, longer.
        chart.showSnapshot(labSnapshot(eqlab::tests::kLabSteps));
        QCOMPARE(chart.seriesCount(), 9);
        QCOMPARE(chart.pointCount(0), 11);
        QCOMPARE(chart.lastPoint(4).second, eqlab::tests::labError(1, 1, 200));
        QCOMPARE(chart.lastPoint(8).second, eqlab::tests::labError(2, 2, 200));
        // Hovering shows the value as measured, not its logarithm.
        QCOMPARE(chart.tooltipOf(8, 10), QStringLiteral("equivariant · dense 2: 200, 3e-16"));

        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        EQLAB_COMPARE_BASELINE(chart.grabFramebuffer(), "lab_error_chart");

        // A reset: back to one point per series.
        chart.showSnapshot(labSnapshot(0));
        QCOMPARE(chart.seriesCount(), 9);
        QCOMPARE(chart.pointCount(0), 1);
    }

    // Long runs: every stride-th step's loss, the stride a power of two that keeps at most
    // kMaxPoints points; between doublings the chart only grows.
    void lossChartThinsLongRuns() {
        MetricChartView chart;
        chart.plotBatchLoss();
        auto snapshotWith = [](std::size_t steps) {
            auto s = std::make_shared<eqlab::train::SessionSnapshot>();
            s->step = static_cast<std::int64_t>(steps);
            eqlab::train::RunSnapshot run;
            run.label = "mlp";
            for (std::size_t i = 0; i < steps; ++i) {
                run.losses.push_back(1.0 / double(i + 1));
            }
            s->runs.push_back(run);
            return std::shared_ptr<const eqlab::train::SessionSnapshot>(s);
        };
        constexpr std::size_t kMax = MetricChartView::kMaxPoints;
        QCOMPARE(MetricChartView::strideFor(kMax), std::size_t(1));
        QCOMPARE(MetricChartView::strideFor(kMax + 1), std::size_t(2));
        QCOMPARE(MetricChartView::strideFor(4 * kMax + 1), std::size_t(8));

        chart.showSnapshot(snapshotWith(kMax));
        QCOMPARE(chart.pointCount(0), int(kMax));
        chart.showSnapshot(snapshotWith(3 * kMax / 2));  // stride 2: steps 0, 2, 4, ...
        QCOMPARE(chart.pointCount(0), int(3 * kMax / 4));
        QCOMPARE(chart.lastPoint(0).first, double(3 * kMax / 2 - 2));
        QCOMPARE(chart.lastPoint(0).second, 1.0 / double(3 * kMax / 2 - 1));  // as measured
        chart.showSnapshot(snapshotWith(3 * kMax / 2 + 8));  // the same stride: appended
        QCOMPARE(chart.pointCount(0), int(3 * kMax / 4 + 4));
        chart.showSnapshot(snapshotWith(4 * kMax + 8));  // stride 8: rebuilt
        QCOMPARE(chart.pointCount(0), int(kMax / 2 + 1));
    }

    // Metric histories are thinned the same way (by record); a snapshot of another history (a
    // reset, a new session) starts the picture over even when it is longer than the last one.
    void metricChartThinsLongRunsAndStartsOverOnANewHistory() {
        MetricChartView chart;
        chart.plotMetrics({QStringLiteral("accuracy")});
        auto snapshotWith = [](std::uint64_t history, std::size_t records, double scale = 0.001) {
            auto s = std::make_shared<eqlab::train::SessionSnapshot>();
            s->history = history;
            eqlab::train::RunSnapshot run;
            run.label = "mlp";
            for (std::size_t i = 0; i < records; ++i) {
                run.metrics.push_back({std::int64_t(10 * i), {{"accuracy", scale * double(i)}}});
            }
            s->runs.push_back(run);
            return std::shared_ptr<const eqlab::train::SessionSnapshot>(s);
        };
        constexpr std::size_t kMax = MetricChartView::kMaxPoints;
        chart.showSnapshot(snapshotWith(7, kMax + 1));  // stride 2: records 0, 2, ..., kMax
        QCOMPARE(chart.pointCount(0), int(kMax / 2 + 1));
        QCOMPARE(chart.lastPoint(0).first, double(10 * kMax));
        chart.showSnapshot(snapshotWith(7, kMax + 5));  // appended: records kMax + 2, kMax + 4
        QCOMPARE(chart.pointCount(0), int(kMax / 2 + 3));
        QCOMPARE(chart.lastPoint(0).second, 0.001 * double(kMax + 4));
        QCOMPARE(chart.tooltipOf(0, 1), QStringLiteral("mlp: 20, 0.002"));
        chart.showSnapshot(snapshotWith(8, kMax + 9, 0.002));  // another history: read again
        QCOMPARE(chart.pointCount(0), int(kMax / 2 + 5));
        QCOMPARE(chart.tooltipOf(0, 1), QStringLiteral("mlp: 20, 0.004"));
        chart.showSnapshot(snapshotWith(9, 10));
        QCOMPARE(chart.pointCount(0), 10);
        QCOMPARE(chart.lastPoint(0).first, 90.0);
    }

    // An empty chart says what it waits for instead of drawing empty axes (and renders nothing
    // with VTK); once an experiment has trained without computing its metrics, it says so.
    void emptyChartSaysWhatItWaitsFor() {
        MetricChartView chart;
        chart.setFixedSize(320, 200);
        chart.plotMetrics({QStringLiteral("ipr")});
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage empty = chart.grab().toImage();
        QCOMPARE(chart.framesPainted(), qint64(0));
        const double background = eqlab::tests::fractionNear(empty, ViewStyle{}.background(), 4);
        QVERIFY2(background > 0.9 && background < 1.0, "no placeholder text on the background");
        QVERIFY(chart.placeholderText().contains(QStringLiteral("Nothing to plot yet")));

        chart.showSnapshot(labSnapshot());  // 200 steps, and no "ipr" among the metrics
        QCOMPARE(chart.seriesCount(), 0);
        QVERIFY(chart.placeholderText().contains(QStringLiteral("computes nothing")));

        // One value per run (metrics at step 0 only): drawn, as a marker.
        chart.plotMetrics({QStringLiteral("accuracy")});
        chart.showSnapshot(labSnapshot(0));
        QVERIFY(chart.hasVisibleSeries());
        QCOMPARE(chart.pointCount(0), 1);
        QCOMPARE(chart.lastPoint(0).first, 0.0);
        QCOMPARE(chart.tooltipOf(0, 0), QStringLiteral("mlp: 0, 0.5"));
        chart.showSnapshot(labSnapshot(eqlab::tests::kLabMetricEvery));  // the second value
        QCOMPARE(chart.pointCount(0), 2);
        QCOMPARE(chart.lastPoint(0).first, double(eqlab::tests::kLabMetricEvery));
        chart.showSnapshot(labSnapshot());
        const QImage drawn = chart.grab().toImage();
        QVERIFY(chart.framesPainted() > 0);
        // The runs' accuracies coincide here: the last run's line lies on top.
        QVERIFY2(eqlab::tests::fractionNear(drawn, runColour(2), 30) > 0.001, "no run drawn");
    }

    // The inline legend goes where the lines do not end: above a falling loss, below a rising
    // accuracy, between errors near 1 and at round-off on a log axis.
    void inlineLegendAvoidsTheLinesEnds() {
        MetricChartView loss;
        loss.plotBatchLoss();
        loss.showSnapshot(labSnapshot());
        QCOMPARE(loss.legendAlignment(), Qt::AlignTop);
        MetricChartView accuracy;
        accuracy.plotMetrics({QStringLiteral("accuracy")});
        accuracy.showSnapshot(labSnapshot());
        QCOMPARE(accuracy.legendAlignment(), Qt::AlignBottom);
        MetricChartView error;
        error.plotMetrics({QStringLiteral("invariance_error/relu")});
        error.showSnapshot(labSnapshot());
        QVERIFY(error.logY());
        QCOMPARE(error.seriesCount(), 3);
        QCOMPARE(error.legendAlignment(), Qt::AlignVCenter);
    }

    void accuracyChartHasOneSeriesPerRun() {
        MetricChartView chart;
        chart.plotMetrics({QStringLiteral("accuracy")});
        chart.showSnapshot(labSnapshot());
        QCOMPARE(chart.seriesLabels(), (QStringList{"mlp", "augmented", "equivariant"}));
        QCOMPARE(chart.lastPoint(2).second, 1.0 - 0.5 * std::exp(-200 / 50.0));
        QVERIFY(!chart.logY());
    }

    void heatMapShowsErrorPerElementAndLayer() {
        HeatMapView map;
        map.setFixedSize(460, 300);
        const auto snapshot = labSnapshot();
        const auto& table = snapshot->runs[0].tables[0];
        map.setTable(table);
        QVERIFY(!map.scale().logarithmic());  // the identity's error is 0, the others ~0.1-0.4
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        const QImage image = map.grab().toImage();
        // The largest value (r², dense 2) is drawn at the top of the scale, zero at the bottom.
        // Sample a corner of the cell: its centre holds the value's text.
        const auto cornerOf = [&](int row, int col) {
            const QPointF c = map.cellCentre(row, col);
            return image.pixelColor(QPoint(qRound(c.x()) - 20, qRound(c.y()) - 10));
        };
        QVERIFY(eqlab::tests::coloursNear(cornerOf(0, 0), sequentialColour(0.0)));
        QVERIFY(eqlab::tests::coloursNear(cornerOf(2, 2), map.cellColour(2, 2)));
        QVERIFY(map.scale().position(table.values[2 * 3 + 2]) > 0.9);
        const QString hover = map.valueTextAt(map.cellCentre(2, 1));
        QVERIFY2(hover.contains(QStringLiteral("r²")) && hover.contains(QStringLiteral("relu")),
                 qPrintable(hover));
        QVERIFY2(hover.contains(QString::number(table.values[2 * 3 + 1], 'g', 6)),
                 qPrintable(hover));
        QVERIFY(map.valueTextAt(QPointF(1, 1)).isEmpty());
        EQLAB_COMPARE_BASELINE(image, "lab_heat_map");
    }

    void subgroupLatticeOfD4() {
        SubgroupLatticeView view;
        view.setFixedSize(560, 400);
        // D4's element k + 4j is r^k s^j: rotations nearly respected, reflections not.
        const auto data = latticeData("D4", {0, 1e-3, 2e-3, 1e-3, 0.3, 0.5, 0.3, 0.5}, 0.01);
        view.setData(data);
        QCOMPARE(static_cast<int>(view.rows().size()), 4);  // orders 1, 2, 4, 8
        QCOMPARE(view.rows()[1].size(), size_t{5});
        QVERIFY(view.scale().logarithmic());
        int c4 = -1;
        for (int i = 0; i < 10; ++i) {
            if (data.nodes[static_cast<size_t>(i)].respected) {
                QCOMPARE(c4, -1);
                c4 = i;
            }
        }
        QCOMPARE(data.nodes[static_cast<size_t>(c4)].name, QStringLiteral("C4"));
        // Conjugate subgroups sit side by side in their row.
        for (const auto& row : view.rows()) {
            std::set<int> seen;
            for (size_t k = 0; k < row.size(); ++k) {
                const int cls = data.nodes[static_cast<size_t>(row[k])].conjugacyClass;
                if (k > 0 && cls != data.nodes[static_cast<size_t>(row[k - 1])].conjugacyClass)
                    QVERIFY2(!seen.count(cls), "a conjugacy class split in its row");
                seen.insert(cls);
            }
        }
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        const QRectF box = view.nodeRect(c4);
        // Above the name, inside the thick outline of a respected node.
        QVERIFY(eqlab::tests::coloursNear(
            image.pixelColor(QPoint(qRound(box.center().x()), qRound(box.top()) + 3)),
            view.nodeColour(c4)));
        // The whole group (largest error) is drawn at the top of the scale, above C4.
        QVERIFY(view.nodeRect(9).center().y() < box.center().y());
        QVERIFY(view.scale().position(0.5) > view.scale().position(0.002) + 0.5);
        const QString hover = view.toolTipAt(box.center());
        QVERIFY2(hover.contains(QStringLiteral("C4")) && hover.contains(QStringLiteral("r")) &&
                     hover.contains(QStringLiteral("0.002")),
                 qPrintable(hover));
        QVERIFY(view.toolTipAt(QPointF(1, 1)).isEmpty());
        QSignalSpy selected(&view, &SubgroupLatticeView::nodeSelected);
        QTest::mouseClick(&view, Qt::LeftButton, {}, box.center().toPoint());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(view.selected(), c4);
        view.setSelected(-1);
        EQLAB_COMPARE_BASELINE(view.grab().toImage(), "lattice_d4");
    }

    void subgroupLatticeOfS4StaysReadable() {
        SubgroupLatticeView view;
        view.setFixedSize(640, 480);
        std::vector<double> errors(24);
        for (int g = 1; g < 24; ++g)
            errors[static_cast<size_t>(g)] = 0.02 * ((g * 7) % 11) + 1e-4 * g;
        view.setData(latticeData("S4", errors, 0.05));
        QCOMPARE(view.data().nodes.size(), size_t{30});
        // Every node has its own box, no two overlap, all inside the widget.
        for (int a = 0; a < 30; ++a) {
            QVERIFY(QRectF(view.rect()).contains(view.nodeRect(a)));
            for (int b = a + 1; b < 30; ++b)
                QVERIFY(!view.nodeRect(a).intersects(view.nodeRect(b)));
        }
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        EQLAB_COMPARE_BASELINE(view.grab().toImage(), "lattice_s4");
    }

    void subgroupLatticeOfS5UsesClassLabels() {
        SubgroupLatticeView view;
        view.setFixedSize(640, 480);
        view.setData(latticeData("S5", std::vector<double>(120, 0.0), 0.0));
        QCOMPARE(view.data().nodes.size(), size_t{156});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        image.save(QStringLiteral(EQLAB_RENDER_OUTPUT_DIR) + QStringLiteral("/lattice_s5.png"));
        for (int a = 0; a < 156; ++a) {
            for (int b = a + 1; b < 156; ++b)
                QVERIFY(!view.nodeRect(a).intersects(view.nodeRect(b)));
        }
    }

    void errorMapPanelFollowsTheChosenRun() {
        ErrorMapPanel panel;
        panel.resize(480, 320);
        panel.showSnapshot(labSnapshot());
        // Tables with more than one row: the per-element errors and the alignment.
        QCOMPARE(panel.choices()->combo(1)->count(), 2);
        QCOMPARE(panel.heatMap()->table().name, std::string("equivariance_per_element"));
        panel.choices()->setCurrentIndex(0, 2);                       // the equivariant net
        QCOMPARE(panel.heatMap()->table().values[3], 1e-16 + 1e-16);  // r, dense 1
        panel.setTableFilter([](const eqlab::metrics::MetricTable& t) {
            return t.name.find("equivariance") != std::string::npos;
        });
        QCOMPARE(panel.choices()->combo(1)->count(), 1);
        QCOMPARE(panel.choices()->currentIndex(0), 2);  // still the equivariant net
    }

    void curvesVersusAngle() {
        QCOMPARE(CurvePanel::columnPosition("30°", 2), 30.0);
        QCOMPARE(CurvePanel::columnPosition("k=3", 7), 3.0);
        QCOMPARE(CurvePanel::columnPosition("dense", 4), 4.0);
        CurvePanel panel;
        panel.setFixedSize(460, 320);
        panel.showSnapshot(labSnapshot());
        ChartView* chart = panel.chart();
        QCOMPARE(chart->seriesCount(), 3);
        QCOMPARE(chart->pointCount(0), 25);
        QCOMPARE(chart->lastPoint(0).first, 360.0);
        QVERIFY(chart->logY());  // the equivariant net is at 1e-15 on the grid angles
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        EQLAB_COMPARE_BASELINE(panel.grab().toImage(), "lab_curves");
    }

    void filterPanelShowsTheRunsFilters() {
        FilterPanel panel;
        panel.setFixedSize(460, 300);
        panel.showSnapshot(labSnapshot());
        QCOMPARE(panel.choices()->combo(0)->count(), 3);
        QCOMPARE(panel.grid()->filterCount(), 1);
        panel.choices()->setCurrentIndex(0, 2);
        FilterGridView* grid = panel.grid();
        QCOMPARE(grid->filterCount(), 8);    // 2 channels × 4 rotations
        QCOMPARE(grid->colourRange(), 1.2);  // the largest |weight|: 1 + 0.1·2
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage image = panel.grab().toImage();
        // Filter 0's centre weight (row 2, column 2) is 1.0: a strong red.
        const QRectF first = grid->imageRect(0);
        const QPointF centre = grid->mapTo(&panel, first.center().toPoint());
        QVERIFY(eqlab::tests::coloursNear(image.pixelColor(centre.toPoint()),
                                          divergingColour(1.0 / 1.2), 16));
        const QString hover = grid->valueTextAt(first.center());
        QVERIFY2(hover.contains(QStringLiteral("ch 0, r0")) &&
                     hover.contains(QStringLiteral("row 2, column 2: 1")),
                 qPrintable(hover));
        EQLAB_COMPARE_BASELINE(image, "lab_filters");
    }

    void layerOrbitPanelPicksLayerAndSample() {
        LayerOrbitPanel panel;
        panel.setFixedSize(460, 380);
        panel.setSamples(eqlab::tests::labSamples());
        panel.showSnapshot(labSnapshot());
        OrbitView* view = panel.orbitView();
        QCOMPARE(view->pointCount(), 4);
        QCOMPARE(view->edgeCount(), 4);  // one generator, r
        QCOMPARE(view->scene().generatorNames, QStringList{QStringLiteral("r")});
        QCOMPARE(view->scene().labels.size(), 4);
        panel.choices()->setCurrentIndex(panel.layerChoice(), 1);
        QVERIFY2(view->scene().title.contains(QStringLiteral("mlp · relu")),
                 qPrintable(view->scene().title));
        QCOMPARE(view->scene().points[1][0], 0.8 * std::cos(M_PI / 2));

        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy chosen(&panel, &LayerOrbitPanel::sampleChosen);
        QTest::mouseClick(panel.samples(), Qt::LeftButton, {},
                          panel.samples()->imageRect(2).center().toPoint());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen[0][0].toInt(), 2);
        QCOMPARE(panel.samples()->selected(), 2);

        // The equivariant net's last layer is invariant: the orbit is one point.
        panel.choices()->setCurrentIndex(panel.runChoice(), 2);
        panel.choices()->setCurrentIndex(panel.layerChoice(), 2);
        for (const auto& p : view->scene().points) {
            QCOMPARE(p[0], 0.0);
            QCOMPARE(p[1], 0.0);
        }
        panel.choices()->setCurrentIndex(panel.layerChoice(), 0);
        QTest::qWait(50);
        EQLAB_COMPARE_BASELINE(panel.grab().toImage(), "lab_layer_orbit");
    }

    void alignmentPanelShowsTheSignedMatch() {
        AlignmentPanel panel;
        panel.setFixedSize(420, 360);
        panel.setTableFilter(
            [](const eqlab::metrics::MetricTable& t) { return t.name == "alignment"; });
        panel.showSnapshot(labSnapshot());
        const QImage& cells = panel.matrix()->cellImage();
        QCOMPARE(cells.size(), QSize(6, 6));
        // Row 0 matches unit 3 with +0.95 (the colour bar's end, the table's largest |value|),
        // row 1 unit 0 with −0.9.
        QCOMPARE(cells.pixel(3, 0), divergingColour(1.0).rgb());
        QCOMPARE(cells.pixel(0, 1), divergingColour(-0.9 / 0.95).rgb());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        EQLAB_COMPARE_BASELINE(panel.grab().toImage(), "lab_alignment");
    }

    void darkPresentationStyle() {
        MetricChartView chart;
        chart.setFixedSize(460, 300);
        chart.plotBatchLoss();
        ViewStyle style;
        style.dark = true;
        style.presentation = true;
        chart.setViewStyle(style);
        chart.setAxisTitles(QStringLiteral("step"), QStringLiteral("loss"));
        chart.showSnapshot(labSnapshot());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage image = chart.grabFramebuffer();
        QVERIFY(eqlab::tests::coloursNear(image.pixelColor(3, 3), style.background(), 4));
        EQLAB_COMPARE_BASELINE(image, "lab_chart_dark_presentation");
    }
    // Figures (docs/figures.md): every view's figure is written as SVG, PDF, PNG and CSV, and each
    // file parses (and renders with rsvg-convert / pdftoppm when installed, quietly).
    void everyViewExportsSvgPdfPngCsv() {
        const auto figures = everyViewsFigures();
        QStringList names;
        for (const auto& f : figures) {
            names << f.name;
        }
        for (const char* expected :
             {"loss", "accuracy", "symmetry", "error-map-mlp-equivariance-per-element",
              "alignment-mlp-alignment", "layer-orbit-mlp-0", "curves-error-vs-angle", "cayley",
              "multiplication-table", "character-table", "weight-sharing", "filters-mlp"}) {
            QVERIFY2(names.contains(QString::fromLatin1(expected)),
                     qPrintable(names.join(QStringLiteral(", "))));
        }
        QTemporaryDir dir;
        figure::Style style;
        style.widthCm = 10;
        style.heightCm = 7;
        for (const auto& f : figures) {
            const QStringList problems = figure::writeFigureSet(
                f, dir.path(),
                {QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("png")}, style);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            const QString stem = dir.filePath(f.name);
            QSvgRenderer svg(stem + QStringLiteral(".svg"));
            QVERIFY2(svg.isValid(), qPrintable(f.name));
            QCOMPARE(QImage(stem + QStringLiteral(".png")).size(), figure::pngSize(style));
            QFile pdf(stem + QStringLiteral(".pdf"));
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(5) == "%PDF-");
            QVERIFY(csvRows(stem + QStringLiteral(".csv")).size() > 1);
            QString problem =
                externalCheck(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                               stem + QStringLiteral(".pdf"), stem + QStringLiteral("-pdf")});
            QVERIFY2(problem.isEmpty(), qPrintable(f.name + QLatin1Char(' ') + problem));
            problem = externalCheck(QStringLiteral("rsvg-convert"),
                                    {stem + QStringLiteral(".svg"), QStringLiteral("-o"),
                                     stem + QStringLiteral("-svg.png")});
            QVERIFY2(problem.isEmpty(), qPrintable(f.name + QLatin1Char(' ') + problem));
        }
    }

    // PNG at 1× to 4×: the size is the requested one times the scale, and the picture is drawn
    // at that resolution: a 4× picture differs from the 1× one blown up (which would match it
    // pixel for pixel) wherever text or lines have edges.
    void pngScalesItsSize() {
        const auto figure = figure::metricChart(*labSnapshot(), figure::metricChartSpecs()[0]);
        QTemporaryDir dir;
        figure::Style style;
        style.widthCm = 8;
        style.heightCm = 5;
        for (int scale = 1; scale <= 4; ++scale) {
            style.scale = scale;
            const QString path = dir.filePath(QStringLiteral("loss-%1.png").arg(scale));
            QVERIFY(figure::writeFigure(figure, path, style).isEmpty());
            const QImage image(path);
            QCOMPARE(image.width(), qRound(8 / 2.54 * 96) * scale);
            QCOMPARE(image.height(), qRound(5 / 2.54 * 96) * scale);
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 96 * scale);
        }
        const QImage one(dir.filePath(QStringLiteral("loss-1.png")));
        const QImage four(dir.filePath(QStringLiteral("loss-4.png")));
        const QImage blownUp =
            one.scaled(four.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation)
                .convertToFormat(four.format());
        qint64 differ = 0;
        for (int y = 0; y < four.height(); ++y) {
            for (int x = 0; x < four.width(); ++x) {
                differ +=
                    !eqlab::tests::coloursNear(four.pixelColor(x, y), blownUp.pixelColor(x, y), 64);
            }
        }
        const double fraction = double(differ) / (four.width() * four.height());
        QVERIFY2(fraction > 0.01, qPrintable(QString::number(fraction)));
    }

    // The CSV holds the plotted numbers: every series of the loss chart, point for point, and
    // they are the snapshot's losses; the chart's series are the live chart's.
    void csvValuesEqualThePlottedOnes() {
        const auto snapshot = labSnapshot();
        const auto f = figure::metricChart(*snapshot, figure::metricChartSpecs()[0]);
        const auto& chart = std::get<figure::Chart>(f.content);
        MetricChartView live;
        live.plotBatchLoss();
        live.showSnapshot(snapshot);
        QStringList names;
        for (const auto& series : chart.series) {
            names << series.name;
        }
        QCOMPARE(names, live.seriesLabels());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loss.csv"));
        QVERIFY(figure::writeFigure(f, path, {}).isEmpty());
        const auto rows = csvRows(path);
        QCOMPARE(rows.front(), (QByteArrayList{"series", "x", "y"}));
        std::size_t row = 1;
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const auto& series = chart.series[s];
            QCOMPARE(series.x.size(), std::size_t(eqlab::tests::kLabSteps));
            for (std::size_t i = 0; i < series.x.size(); ++i, ++row) {
                QCOMPARE(QString::fromUtf8(rows[row][0]), series.name);
                QCOMPARE(rows[row][1].toDouble(), series.x[i]);
                QCOMPARE(rows[row][2].toDouble(), series.y[i]);
                QCOMPARE(series.y[i],
                         eqlab::tests::labLoss(static_cast<int>(s), static_cast<std::int64_t>(i)));
            }
        }
        QCOMPARE(row, rows.size());
        // A heat map's CSV is its table.
        const auto map =
            figure::tableHeatMap(snapshot->runs[0].tables[0], QStringLiteral("map"), QString());
        const QByteArray csv = figure::csvOf(map);
        const auto& table = snapshot->runs[0].tables[0];
        const QList<QByteArray> lines = csv.split('\n');
        for (int r = 0; r < table.rows; ++r) {
            const QByteArrayList cells = lines[r + 1].split(',');
            for (int c = 0; c < table.cols; ++c) {
                QCOMPARE(cells[c + 1].toDouble(),
                         table.values[static_cast<std::size_t>(r * table.cols + c)]);
            }
        }
    }

    // A 3-D scene is projected with its camera and drawn back to front: one circle per point in
    // the SVG, nearer points over farther ones.
    void sceneSvgHasOnePointMarkPerPoint() {
        const auto f = figure::layerOrbit(*labSnapshot(), 0, 0, QStringLiteral("orbit"));
        const auto& scene = std::get<figure::Scene>(f.content);
        QCOMPARE(scene.points.size(), std::size_t(4));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orbit.svg"));
        QVERIFY(figure::writeFigure(f, path, {}).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("<circle"), 4);
        // Looking down the z axis, x to the right: the projection keeps left and right.
        figure::Scene top = scene;
        top.camera.position = {0, 0, 10};
        top.camera.focal = {0, 0, 0};
        top.camera.up = {0, 1, 0};
        const auto points = figure::projectScene(top, QRectF(0, 0, 100, 100));
        QVERIFY(points[0].x() > points[2].x());  // (r, 0) right of (-r, 0)
        QVERIFY(points[1].y() < points[3].y());  // (0, r) above (0, -r)
    }

    // glTF 2.0 binary: header, a JSON chunk, a BIN chunk, every buffer view inside the buffer,
    // one node per point (plus one for the lines).
    void glbIsValid() {
        const auto f = figure::layerOrbit(*labSnapshot(), 0, 0, QStringLiteral("orbit"));
        const auto& scene = std::get<figure::Scene>(f.content);
        const QByteArray glb = figure::glbOf(scene);
        const auto u32 = [&](qsizetype at) {
            return qFromLittleEndian<quint32>(glb.constData() + at);
        };
        QCOMPARE(u32(0), quint32(0x46546C67));
        QCOMPARE(u32(4), quint32(2));
        QCOMPARE(qsizetype(u32(8)), glb.size());
        const quint32 jsonLength = u32(12);
        QCOMPARE(u32(16), quint32(0x4E4F534A));
        QCOMPARE(jsonLength % 4, quint32(0));
        const QJsonObject json = QJsonDocument::fromJson(glb.mid(20, jsonLength)).object();
        QCOMPARE(json[QStringLiteral("asset")][QStringLiteral("version")].toString(),
                 QStringLiteral("2.0"));
        const quint32 binLength = u32(20 + jsonLength);
        QCOMPARE(u32(24 + jsonLength), quint32(0x004E4942));
        QCOMPARE(qsizetype(28 + jsonLength + binLength), glb.size());
        const auto buffer =
            json[QStringLiteral("buffers")][0][QStringLiteral("byteLength")].toInteger();
        QVERIFY(buffer <= binLength);
        for (const auto view : json[QStringLiteral("bufferViews")].toArray()) {
            const auto o = view.toObject();
            QVERIFY(o[QStringLiteral("byteOffset")].toInteger() +
                        o[QStringLiteral("byteLength")].toInteger() <=
                    buffer);
        }
        int spheres = 0;
        for (const auto node : json[QStringLiteral("nodes")].toArray()) {
            const int mesh = node.toObject()[QStringLiteral("mesh")].toInt();
            const auto primitive =
                json[QStringLiteral("meshes")][mesh][QStringLiteral("primitives")][0].toObject();
            spheres += primitive[QStringLiteral("mode")].toInt(4) == 4;
        }
        QCOMPARE(spheres, 4);
        QCOMPARE(json[QStringLiteral("nodes")].toArray().size(), 5);  // and the lines
    }
};

namespace {
int runLabViewsSuite(int argc, char** argv) {
    VtkView::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestLabViews test;
    return QTest::qExec(&test, argc, argv);
}
}  // namespace
EQLAB_TEST_SUITE_MAIN(runLabViewsSuite)

#include "test_lab_views.moc"

// compute/ names things in English (metric ids, kind summaries, parameter help, "unit 3"); the
// window shows them in the user's language through widgets/compute_names.h. Every kind compute
// registers has its words there; in German the views show German metric names, axis titles and
// filter labels, while the figures' file names stay the English ones.

#include <QComboBox>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

#include "app/group_study.h"
#include "app/language.h"
#include "compute/data/task_kinds.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/nn/layer_kinds.h"
#include "compute/train/session_snapshot.h"
#include "suite/suite.h"
#include "widgets/choice_bar.h"
#include "widgets/compute_names.h"
#include "widgets/curve_panel.h"
#include "widgets/error_map_panel.h"
#include "widgets/figure_builders.h"
#include "widgets/filter_grid_view.h"
#include "widgets/heat_map_view.h"
#include "widgets/metric_chart_view.h"
#include "widgets/param_form.h"
#include "window_suite.h"

using namespace eqlab;
using eqlab::tests::warnings;

namespace {

// One run with the names compute's metrics really use: the symmetry metrics, the angle-curve
// table, the layer-symmetry table and a first dense layer's filters.
std::shared_ptr<train::SessionSnapshot> snapshotWithComputeNames() {
    auto snapshot = std::make_shared<train::SessionSnapshot>();
    snapshot->history = 1;
    snapshot->step = 20;
    snapshot->totalSteps = 100;
    train::RunSnapshot run;
    run.label = "mlp";
    run.step = 20;
    for (int s = 0; s < 20; ++s) {
        run.losses.push_back(1.0 / (1 + s));
    }
    for (std::int64_t s = 0; s <= 20; s += 10) {
        metrics::MetricRecord record;
        record.step = s;
        record.values.push_back({"invariance_error", 0.3 / (1 + s)});
        record.values.push_back({"equivariance_error", 0.4 / (1 + s)});
        run.metrics.push_back(record);
    }
    metrics::MetricTable curve;
    curve.name = "invariance_error_vs_angle";
    curve.columnTitle = "rotation angle (degrees)";
    curve.valueTitle = "mean |f(R x) - f(x)| / |f(x)|, R bilinear";
    curve.rowLabels = {"invariance error"};
    curve.rows = 1;
    curve.cols = 3;
    curve.columnLabels = {"0°", "15°", "30°"};
    curve.values = {0.0, 0.2, 0.1};
    run.tables.push_back(curve);
    metrics::MetricTable perElement;
    perElement.name = "symmetry_error_per_element_and_layer";
    perElement.rowTitle = "group element g";
    perElement.columnTitle = "layer (output of)";
    perElement.valueTitle = "mean |f(g.x) - g.f(x)| / |f(x)|";
    perElement.rowLabels = {"e", "r"};
    perElement.columnLabels = {"dense 1", "relu"};
    perElement.rows = perElement.cols = 2;
    perElement.values = {0.0, 0.0, 0.3, 0.2};
    run.tables.push_back(perElement);
    for (int unit = 0; unit < 2; ++unit) {
        train::FilterImage filter;
        filter.label = "unit " + std::to_string(unit);
        filter.subject = train::FilterImage::Subject::Unit;
        filter.index = unit;
        filter.height = filter.width = 3;
        filter.pixels = {0, 1, 0, 1, -1, 1, 0, 1, 0};
        run.filters.push_back(filter);
    }
    snapshot->runs.push_back(std::move(run));
    return snapshot;
}

QStringList comboItems(const QComboBox* combo) {
    QStringList items;
    for (int i = 0; combo && i < combo->count(); ++i) {
        items << combo->itemText(i);
    }
    return items;
}

QStringList figureNames(const train::SessionSnapshot& snapshot) {
    QStringList names;
    for (const auto& figure : widgets::figure::lessonFigures(snapshot)) {
        names << figure.name;
    }
    return names;
}

}  // namespace

class TestComputeNames : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { warnings.clear(); }
    void cleanup() {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        app::installTranslations(QStringLiteral("en"));
    }

    // A kind added to compute without its words in compute_names.cpp fails here, by name.
    void everyRegisteredKindHasItsWords() {
        using namespace widgets::computenames;
        QStringList missing;
        for (const auto& kind : metrics::metricKinds()) {
            for (const auto& column : kind.columns) {
                if (!knowsMetric(column)) {
                    missing << QStringLiteral("metric %1: value %2")
                                   .arg(QString::fromStdString(kind.name),
                                        QString::fromStdString(column));
                }
            }
        }
        const auto checkParams = [&](const char* what, const std::string& kind,
                                     const std::vector<ParamSpec>& params) {
            for (const auto& p : params) {
                if (!knowsParamHelp(p.help)) {
                    missing << QStringLiteral("%1 %2: help of %3")
                                   .arg(QLatin1String(what), QString::fromStdString(kind),
                                        QString::fromStdString(p.name));
                }
            }
        };
        for (const auto& kind : data::taskKinds()) {
            if (!knowsTaskSummary(kind.summary)) {
                missing
                    << QStringLiteral("task %1: summary").arg(QString::fromStdString(kind.name));
            }
            checkParams("task", kind.name, kind.params);
        }
        for (const auto& kind : nn::layerKinds()) {
            if (!knowsLayerSummary(kind.summary)) {
                missing
                    << QStringLiteral("layer %1: summary").arg(QString::fromStdString(kind.name));
            }
            checkParams("layer", kind.name, kind.params);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no entry in compute_names.cpp for:\n") +
                            missing.join('\n')));
        // The tables' own words (those of the snapshot above are real compute titles).
        for (const char* title : {"rotation angle (degrees)", "group element g",
                                  "layer (output of)", "mean |f(g.x) - g.f(x)| / |f(x)|"}) {
            QVERIFY2(knowsTableText(title), title);
        }
    }

    // An unknown name (a user's CSV column, a newer compute's text) reads as compute wrote it.
    void unknownNamesFallBackToEnglish() {
        QVERIFY(app::installTranslations(QStringLiteral("de")));
        QCOMPARE(widgets::metricName("my_column"), QStringLiteral("my column"));
        QCOMPARE(widgets::tableText("something new"), QStringLiteral("something new"));
        QCOMPARE(widgets::taskSummary("a task of my own"), QStringLiteral("a task of my own"));
        train::FilterImage image;
        image.label = "ch 1, r90";
        QCOMPARE(widgets::filterLabel(image), QStringLiteral("ch 1, r90"));
        // A prefix before the slash stays; the metric after it is translated.
        QCOMPARE(widgets::metricName("dense 1/invariance_error"),
                 QStringLiteral("dense 1/Invarianzfehler"));
        QCOMPARE(widgets::tableText("matched hidden unit of 'mlp'"),
                 QStringLiteral("zugeordnetes verborgenes Neuron von 'mlp'"));
    }

    void viewsSpeakTheLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("invariance");
        QTest::addColumn<QString>("equivariance");
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QString>("angle");
        QTest::addColumn<QString>("perElement");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("unit");
        QTest::newRow("en") << "en"
                            << "invariance error"
                            << "equivariance error"
                            << "invariance error vs angle"
                            << "rotation angle (degrees)"
                            << "symmetry error per element and layer"
                            << "group element g"
                            << "unit 1";
        QTest::newRow("de") << "de"
                            << "Invarianzfehler"
                            << "Äquivarianzfehler"
                            << "Invarianzfehler über dem Winkel"
                            << "Drehwinkel (Grad)"
                            << "Symmetriefehler je Element und Schicht"
                            << "Gruppenelement g"
                            << "Neuron 1";
        QTest::newRow("nl") << "nl"
                            << "invariantiefout"
                            << "equivariantiefout"
                            << "invariantiefout tegen de hoek"
                            << "rotatiehoek (graden)"
                            << "symmetriefout per element en laag"
                            << "groepselement g"
                            << "neuron 1";
    }
    void viewsSpeakTheLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, invariance);
        QFETCH(QString, equivariance);
        QFETCH(QString, curve);
        QFETCH(QString, angle);
        QFETCH(QString, perElement);
        QFETCH(QString, element);
        QFETCH(QString, unit);
        QVERIFY(app::installTranslations(language));
        const auto snapshot = snapshotWithComputeNames();

        // The chart's legend: two quantities of one run, each by its name.
        widgets::MetricChartView chart;
        chart.plotMetrics({QStringLiteral("invariance"), QStringLiteral("equivariance")});
        chart.showSnapshot(snapshot);
        QCOMPARE(chart.seriesLabels(), (QStringList{invariance, equivariance}));

        // The curve view's choice bar names the table; its axis title is the table's.
        widgets::CurvePanel curves;
        curves.showSnapshot(snapshot);
        const auto* curveBar = curves.findChild<widgets::ChoiceBar*>();
        QVERIFY(curveBar);
        QCOMPARE(comboItems(curveBar->combo(0)), QStringList{curve});

        // The error map's choice bar and its hover text (axis titles).
        widgets::ErrorMapPanel map;
        map.resize(500, 400);
        map.showSnapshot(snapshot);
        QCOMPARE(comboItems(map.choices()->combo(1)), QStringList{perElement});
        auto* heat = map.heatMap();
        heat->resize(500, 400);
        const QString hover = heat->valueTextAt(heat->cellCentre(1, 0));
        QVERIFY2(hover.startsWith(element + QStringLiteral(": r\n")), qPrintable(hover));

        // The filter view's label of a hidden unit.
        widgets::FilterGridView filters;
        filters.resize(400, 300);
        filters.setFilters(snapshot->runs[0].filters);
        const QString filterText = filters.valueTextAt(filters.imageRect(1).center());
        QVERIFY2(filterText.startsWith(unit + QLatin1Char('\n')), qPrintable(filterText));

        // Exported figures: the titles translated, the axis title too.
        const auto figures = widgets::figure::lessonFigures(*snapshot);
        const auto curveFigure =
            std::find_if(figures.begin(), figures.end(), [](const widgets::figure::Figure& f) {
                return f.name.startsWith(QStringLiteral("curves-"));
            });
        QVERIFY(curveFigure != figures.end());
        const auto& curveChart = std::get<widgets::figure::Chart>(curveFigure->content);
        QCOMPARE(curveChart.title, curve);
        QCOMPARE(curveChart.xTitle, angle);
    }

    // The figures' file names are the English ones in every language (scripts and docs name them).
    void figureFileNamesStayEnglish() {
        const auto snapshot = snapshotWithComputeNames();
        QVERIFY(app::installTranslations(QStringLiteral("en")));
        const QStringList english = figureNames(*snapshot);
        QVERIFY(english.contains(QStringLiteral("curves-invariance-error-vs-angle")));
        QVERIFY(
            english.contains(QStringLiteral("error-map-mlp-symmetry-error-per-element-and-layer")));
        QVERIFY(app::installTranslations(QStringLiteral("de")));
        QCOMPARE(figureNames(*snapshot), english);
        QVERIFY(app::installTranslations(QStringLiteral("nl")));
        QCOMPARE(figureNames(*snapshot), english);
    }

    // The workbench's editors: a task kind's summary and a layer's parameter help in German.
    void editorsSpeakGerman() {
        QVERIFY(app::installTranslations(QStringLiteral("de")));
        const data::TaskKind* xor_ = data::findTaskKind("xor");
        QVERIFY(xor_);
        QCOMPARE(widgets::taskSummary(xor_->summary),
                 QStringLiteral("2 Eingaben in {-1,1}^2, Klasse x1 != x2 (4 Proben)"));
        const nn::LayerKind* dense = nn::findLayerKind("dense");
        QVERIFY(dense);
        QCOMPARE(widgets::layerSummary(dense->summary),
                 QStringLiteral("vollständig verbundene Schicht, W x + b (bricht jede Symmetrie)"));
        widgets::ParamForm form;
        form.setParams(dense->params, defaultParams(dense->params));
        auto* bias = form.findChild<QWidget*>(QStringLiteral("bias"));
        QVERIFY(bias);
        QCOMPARE(bias->toolTip(), QStringLiteral("einen Bias hinzufügen"));
        // The weight-sharing view names how the basis was found.
        QCOMPARE(app::weightSharingData(QStringLiteral("C4"), QStringLiteral("perm"),
                                        QStringLiteral("perm"))
                     .method,
                 QStringLiteral("Bahnen"));
        QCOMPARE(app::weightSharingData(QStringLiteral("C4"), QStringLiteral("std"),
                                        QStringLiteral("std"))
                     .method,
                 QStringLiteral("isotypisch"));
    }
};

EQLAB_TEST_SUITE_MAIN(eqlab::tests::runWindowSuite<TestComputeNames>)
#include "test_compute_names.moc"

#include "widgets/figure_builders.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

#include "widgets/compute_names.h"
#include "widgets/curve_panel.h"
#include "widgets/descramble_panel.h"
#include "widgets/figure_painter.h"
#include "widgets/metric_series_look.h"
#include "widgets/palette.h"
#include "widgets/snapshot_view.h"
#include "widgets/value_scale.h"

namespace eqlab::widgets::figure {

namespace {

struct FiguresText {
    Q_DECLARE_TR_FUNCTIONS(Figures)
};

bool matches(const std::string& metric, const QStringList& prefixes) {
    const QString name = QString::fromStdString(metric);
    return !name.endsWith(QStringLiteral("_max")) &&
           std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const QString& prefix) { return name.startsWith(prefix); });
}

// Tables of matched hidden units (the alignment view) rather than errors (the heat map).
bool isAlignment(const metrics::MetricTable& table) {
    for (const char* word : {"alignment", "permutation", "match", "correlation"}) {
        if (table.name.find(word) != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace

QString fileStem(const QString& text) {
    QString stem = text.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    stem.replace(QRegularExpression(QStringLiteral("^-+|-+$")), QString());
    return stem.isEmpty() ? QStringLiteral("figure") : stem;
}

std::vector<MetricChartSpec> metricChartSpecs() {
    // Held-out twins (test_...) start with the same words only for the symmetry metrics, so they
    // are named beside them; a chart draws a twin dashed in its run's colour.
    return {
        {QStringLiteral("loss"),
         {},
         FiguresText::tr("Loss"),
         FiguresText::tr("step"),
         FiguresText::tr("mini-batch loss")},
        {QStringLiteral("generalisation"),
         {QStringLiteral("train_loss"), QStringLiteral("test_loss")},
         FiguresText::tr("Train/test"),
         FiguresText::tr("step"),
         FiguresText::tr("loss (dashed: test set)")},
        {QStringLiteral("accuracy"),
         {QStringLiteral("accuracy"), QStringLiteral("test_accuracy")},
         FiguresText::tr("Accuracy"),
         FiguresText::tr("step"),
         FiguresText::tr("accuracy (dashed: test set)")},
        {QStringLiteral("symmetry"),
         {QStringLiteral("invariance"), QStringLiteral("equivariance"),
          QStringLiteral("test_invariance"), QStringLiteral("test_equivariance"),
          QStringLiteral("rotation_error"), QStringLiteral("harmonic_distortion"),
          QStringLiteral("aliased_power"), QStringLiteral("aliasing_error"),
          QStringLiteral("group_law"), QStringLiteral("involution"), QStringLiteral("parity")},
         FiguresText::tr("Symmetry error"),
         FiguresText::tr("step"),
         FiguresText::tr("relative error |f(g·x) - g·f(x)| / |f(x)|")},
        {QStringLiteral("receptive-fields"),
         {QStringLiteral("ipr")},
         FiguresText::tr("Receptive fields"),
         FiguresText::tr("step"),
         FiguresText::tr("inverse participation ratio (1/D spread, 1 local)")},
        // Model stitching of two runs (the stitching metric): the stitched nets beside the two
        // originals.
        {QStringLiteral("stitching"),
         {QStringLiteral("stitched_loss"), QStringLiteral("own_loss"), QStringLiteral("peer_loss")},
         FiguresText::tr("Stitching"),
         FiguresText::tr("step"),
         FiguresText::tr("mean loss")},
    };
}

Figure metricChart(const train::SessionSnapshot& snapshot, const MetricChartSpec& spec) {
    Chart chart;
    chart.title = spec.title;
    chart.xTitle = spec.xTitle;
    chart.yTitle = spec.yTitle;
    const bool loss = spec.prefixes.isEmpty();
    const int runs = static_cast<int>(snapshot.runs.size());
    struct Line {
        int run, metric;
        std::string name;
        Series series;
    };
    std::vector<Line> lines;
    for (int r = 0; r < runs; ++r) {
        const auto& run = snapshot.runs[static_cast<std::size_t>(r)];
        if (loss) {
            Series s;
            for (std::size_t i = 0; i < run.losses.size(); ++i) {
                s.x.push_back(static_cast<double>(i));
                s.y.push_back(run.losses[i]);
            }
            lines.push_back({r, 0, {}, std::move(s)});
            continue;
        }
        std::vector<std::string> names;  // this run's plotted metrics, in first-seen order
        for (std::size_t i = 0; i < run.metrics.size(); ++i) {
            const metrics::MetricRecord& record = run.metrics[i];
            for (const auto& value : record.values) {
                if (!matches(value.name, spec.prefixes)) {
                    continue;
                }
                auto it = std::find(names.begin(), names.end(), value.name);
                if (it == names.end()) {
                    names.push_back(value.name);
                    lines.push_back({r, static_cast<int>(names.size()) - 1, value.name, {}});
                    it = names.end() - 1;
                }
                const int metric = static_cast<int>(it - names.begin());
                for (Line& line : lines) {
                    if (line.run == r && line.metric == metric) {
                        line.series.x.push_back(static_cast<double>(record.step));
                        line.series.y.push_back(value.value);
                    }
                }
            }
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return std::pair(a.run, a.metric) < std::pair(b.run, b.metric);
    });
    std::vector<MetricSeriesKey> keys;
    std::vector<std::string> runLabels;
    for (const Line& line : lines) {
        keys.push_back({line.run, line.metric, line.name});
    }
    for (const auto& run : snapshot.runs) {
        runLabels.push_back(run.label);
    }
    // The live chart's legend, colours and dashes (widgets/metric_series_look.h).
    const std::vector<MetricSeriesLook> looks = metricSeriesLooks(keys, runLabels);
    std::vector<double> all;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& line = lines[i];
        line.series.name = looks[i].label;
        line.series.colour = looks[i].colour;
        line.series.dash = static_cast<Dash>(looks[i].dash);
        line.series.markers = line.series.x.size() <= 30;
        all.insert(all.end(), line.series.y.begin(), line.series.y.end());
        if (!line.series.x.empty()) {
            chart.series.push_back(std::move(line.series));
        }
    }
    chart.logY = ValueScale::fit(all).logarithmic();
    return {spec.name, chart};
}

Figure tableHeatMap(const metrics::MetricTable& table, const QString& name, const QString& title) {
    Grid grid;
    grid.title = title;
    grid.rowTitle = tableText(table.rowTitle);
    grid.columnTitle = tableText(table.columnTitle);
    grid.valueTitle = tableText(table.valueTitle);
    grid.rows = table.rows;
    grid.cols = table.cols;
    grid.values = table.values;
    for (const auto& l : table.rowLabels) {
        grid.rowLabels << tableText(l);
    }
    for (const auto& l : table.columnLabels) {
        grid.columnLabels << tableText(l);
    }
    const bool signedValues =
        std::any_of(table.values.begin(), table.values.end(), [](double v) { return v < 0; });
    grid.colours = signedValues ? Grid::Colours::Diverging : Grid::Colours::Sequential;
    grid.logScale = !signedValues && ValueScale::fit(table.values).logarithmic();
    return {name, grid};
}

Figure tableCurves(const train::SessionSnapshot& snapshot, const std::string& tableName,
                   const QString& name) {
    Chart chart;
    chart.title = metricName(tableName);
    std::vector<double> all;
    for (std::size_t r = 0; r < snapshot.runs.size(); ++r) {
        for (const auto& table : snapshot.runs[r].tables) {
            if (table.name != tableName || table.rows != 1) {
                continue;
            }
            chart.xTitle = tableText(table.columnTitle);
            chart.yTitle = tableText(table.valueTitle);
            Series s;
            s.name = QString::fromStdString(snapshot.runs[r].label);
            s.colour = runColour(static_cast<int>(r));
            for (int c = 0; c < table.cols; ++c) {
                s.x.push_back(
                    CurvePanel::columnPosition(c < static_cast<int>(table.columnLabels.size())
                                                   ? table.columnLabels[static_cast<std::size_t>(c)]
                                                   : std::string(),
                                               c));
                s.y.push_back(table.values[static_cast<std::size_t>(c)]);
            }
            s.markers = s.x.size() <= 30;
            all.insert(all.end(), s.y.begin(), s.y.end());
            chart.series.push_back(std::move(s));
        }
    }
    chart.logY = ValueScale::fit(all).logarithmic();
    return {name, chart};
}

Figure sceneFigure(const OrbitScene& orbit, const QString& name,
                   const std::optional<Camera>& camera) {
    Scene scene;
    scene.title = orbit.title;
    scene.points = orbit.points;
    double extent = 0;
    for (const auto& p : orbit.points) {
        extent = std::max({extent, std::abs(p[0]), std::abs(p[1]), std::abs(p[2])});
    }
    scene.radius = extent > 0 ? 0.045 * extent : 0.05;  // as the orbit view sizes its spheres
    const int n = static_cast<int>(orbit.points.size());
    for (int i = 0; i < n; ++i) {
        scene.pointColours.push_back(elementColour(i, n));
    }
    for (const auto& edge : orbit.edges) {
        if (edge.from != edge.to && edge.from >= 0 && edge.to >= 0 && edge.from < n &&
            edge.to < n) {
            scene.lines.push_back({edge.from, edge.to, edge.generator});
        }
    }
    scene.lineNames = orbit.generatorNames;
    for (int k = 0; k < orbit.generatorNames.size(); ++k) {
        scene.lineColours.push_back(generatorColour(k));
    }
    if (orbit.labels.size() == n && n <= 24) {  // more labels than that hide the picture
        scene.labels = orbit.labels;
    }
    scene.camera = camera ? *camera : fitCamera(scene);
    return {name, scene};
}

Figure layerOrbit(const train::SessionSnapshot& snapshot, int run, int layer, const QString& name,
                  const std::optional<Camera>& camera) {
    // The scene the orbits-by-layer view draws (LayerOrbitPanel::sceneOf), without labels.
    OrbitScene orbit;
    if (run >= 0 && run < static_cast<int>(snapshot.runs.size())) {
        const auto& orbits = snapshot.runs[static_cast<std::size_t>(run)].orbit;
        if (layer >= 0 && layer < static_cast<int>(orbits.size())) {
            const train::LayerOrbit& o = orbits[static_cast<std::size_t>(layer)];
            for (std::size_t g = 0; g + 2 < o.points.size(); g += 3) {
                orbit.points.push_back({o.points[g], o.points[g + 1], o.points[g + 2]});
            }
            for (std::size_t k = 0; k < snapshot.generatorEdges.size(); ++k) {
                const auto& images = snapshot.generatorEdges[k];
                for (std::size_t g = 0; g < images.size() && g < orbit.points.size(); ++g) {
                    orbit.edges.push_back({static_cast<int>(g), images[g], static_cast<int>(k)});
                }
                const int s = images.empty() ? -1 : images[0];
                orbit.generatorNames
                    << (s >= 0 && s < static_cast<int>(snapshot.groupElementNames.size())
                            ? QString::fromStdString(snapshot.groupElementNames[s])
                            : FiguresText::tr("generator %1").arg(k + 1));
            }
            orbit.title =
                FiguresText::tr("%1 · %2: orbit spread %3")
                    .arg(QString::fromStdString(snapshot.runs[static_cast<std::size_t>(run)].label),
                         QString::fromStdString(o.layerName))
                    .arg(o.invarianceSpread, 0, 'g', 3);
        }
    }
    return sceneFigure(orbit, name, camera);
}

Figure filters(const train::RunSnapshot& run, const QString& name) {
    Images images;
    images.title = FiguresText::tr("%1: learned filters").arg(QString::fromStdString(run.label));
    images.valueTitle = FiguresText::tr("weight");
    for (const auto& f : run.filters) {
        images.images.push_back({filterLabel(f), f.height, f.width, f.pixels});
    }
    return {name, images};
}

Figure multiplicationTable(const GroupViewData& data) {
    Grid grid;
    grid.title = FiguresText::tr("Multiplication table of %1 (row · column)").arg(data.name);
    grid.rows = grid.cols = data.order;
    grid.rowLabels = grid.columnLabels = data.elementLabels;
    grid.colours = Grid::Colours::Category;
    for (int v : data.table) {
        grid.values.push_back(v);
        grid.text << (v >= 0 && v < data.elementLabels.size() ? data.elementLabels[v]
                                                              : QString::number(v));
    }
    return {QStringLiteral("multiplication-table"), grid};
}

Figure characterTable(const GroupViewData& data) {
    Grid grid;
    grid.title = FiguresText::tr("Character table of %1").arg(data.name);
    grid.rows = static_cast<int>(data.characters.size());
    grid.cols = static_cast<int>(data.classHeaders.size());
    grid.rowLabels = data.irrepHeaders;
    grid.columnLabels = data.classHeaders;
    grid.colours = Grid::Colours::None;
    for (const QStringList& row : data.characters) {
        for (int c = 0; c < grid.cols; ++c) {
            grid.text << (c < row.size() ? row[c] : QString());
            grid.values.push_back(std::nan(""));
        }
    }
    return {QStringLiteral("character-table"), grid};
}

Figure weightSharing(const WeightSharingData& data) {
    Grid grid;
    grid.title = FiguresText::tr("%1: %2 free parameters").arg(data.title).arg(data.dimension);
    grid.rows = data.rows;
    grid.cols = data.cols;
    grid.rowTitle = FiguresText::tr("output");
    grid.columnTitle = FiguresText::tr("input");
    grid.valueTitle = FiguresText::tr("a random equivariant W");
    grid.values = data.values;
    grid.colours = Grid::Colours::Diverging;
    for (int r = 0; r < data.rows; ++r) {
        grid.rowLabels << QString::number(r);
    }
    for (int c = 0; c < data.cols; ++c) {
        grid.columnLabels << QString::number(c);
    }
    return {QStringLiteral("weight-sharing"), grid};
}

std::vector<Figure> lessonFigures(const train::SessionSnapshot& snapshot) {
    std::vector<Figure> figures;
    for (const MetricChartSpec& spec : metricChartSpecs()) {
        Figure f = metricChart(snapshot, spec);
        if (!std::get<Chart>(f.content).series.empty()) {
            figures.push_back(std::move(f));
        }
    }
    std::vector<std::string> curveTables;
    for (std::size_t r = 0; r < snapshot.runs.size(); ++r) {
        const auto& run = snapshot.runs[r];
        const QString runStem = fileStem(QString::fromStdString(run.label));
        for (const auto& table : run.tables) {
            if (table.rows == 1) {
                if (std::find(curveTables.begin(), curveTables.end(), table.name) ==
                    curveTables.end()) {
                    curveTables.push_back(table.name);
                }
                continue;
            }
            const QString kind =
                DescramblePanel::isDescrambleTable(table) ? QStringLiteral("descramble")
                : isAlignment(table) && table.cols > 1    ? QStringLiteral("alignment")
                                                          : QStringLiteral("error-map");
            figures.push_back(
                tableHeatMap(table, kind + '-' + runStem + '-' + fileStem(displayName(table.name)),
                             QStringLiteral("%1 · %2").arg(QString::fromStdString(run.label),
                                                           metricName(table.name))));
        }
        if (!run.filters.empty()) {
            figures.push_back(filters(run, QStringLiteral("filters-") + runStem));
        }
        for (std::size_t l = 0; l < run.orbit.size(); ++l) {
            figures.push_back(layerOrbit(snapshot, static_cast<int>(r), static_cast<int>(l),
                                         QStringLiteral("layer-orbit-%1-%2").arg(runStem).arg(l)));
        }
    }
    for (const auto& name : curveTables) {
        figures.push_back(
            tableCurves(snapshot, name, QStringLiteral("curves-") + fileStem(displayName(name))));
    }
    return figures;
}

}  // namespace eqlab::widgets::figure

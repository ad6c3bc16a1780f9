// eqlab aggregate DIR [--figures LIST]: the statistics of a sweep's complete runs
// (compute/io/sweep_aggregate.h) — per point (the runs that differ only by seed), run label and
// metric: n, mean, standard deviation and the Student-t 95 % interval of the mean — into
// DIR/aggregate.csv, and one figure per metric with the interval as an error band into
// DIR/figures (SVG, PDF, PNG and the CSV of what is plotted, drawn by the views' figure painter).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "app/cli/sweep_folder.h"
#include "app/figure_export.h"
#include "compute/core/error.h"
#include "compute/io/atomic_file.h"
#include "compute/io/sweep_aggregate.h"
#include "widgets/figure.h"

namespace eqlab::app {

namespace {

struct AggregateCommandText {
    Q_DECLARE_TR_FUNCTIONS(AggregateCommand)
};

namespace fig = widgets::figure;

// One chart per metric: the mean over seeds against the first numeric axis (e.g. the training-set
// size), a series per run label (and per value of the other axes), the 95 % interval as a band.
// Without a numeric axis the points (or, for a sweep over seeds alone, the runs) are numbered.
std::vector<fig::Figure> aggregateFigures(const io::SweepAggregate& aggregate) {
    std::optional<std::size_t> xAxis;
    for (std::size_t a = 0; a < aggregate.axes.size() && !xAxis; ++a) {
        const bool numeric = std::all_of(aggregate.points.begin(), aggregate.points.end(),
                                         [&](const auto& p) { return p.values[a].isNumber(); });
        if (numeric) {
            xAxis = a;
        }
    }
    std::vector<std::string> metrics;
    for (const auto& row : aggregate.rows) {
        if (!row.run.empty() &&
            std::find(metrics.begin(), metrics.end(), row.metric) == metrics.end()) {
            metrics.push_back(row.metric);
        }
    }
    // The series' names in order of appearance (the same in every chart).
    const auto seriesName = [&](const io::AggregateRow& row) {
        QString name = QString::fromStdString(row.run);
        for (std::size_t a = 0; a < aggregate.axes.size(); ++a) {
            if (xAxis && a == *xAxis) {
                continue;
            }
            if (!xAxis && aggregate.points.size() > 1) {
                continue;  // the points are the x axis
            }
            name += QStringLiteral(", %1=%2").arg(
                QString::fromStdString(aggregate.axes[a]),
                QString::fromStdString(aggregate.points[row.point].labels[a]));
        }
        return name;
    };
    QStringList names;
    for (const auto& row : aggregate.rows) {
        if (!row.run.empty() && !names.contains(seriesName(row))) {
            names << seriesName(row);
        }
    }
    const bool numberedRuns = !xAxis && aggregate.points.size() <= 1;
    QString xTitle;
    if (xAxis) {
        xTitle = QString::fromStdString(aggregate.axes[*xAxis]);
    } else if (numberedRuns) {
        xTitle = AggregateCommandText::tr("run (%1)").arg(names.join(QStringLiteral(", ")));
    } else {
        QStringList axes;
        for (const auto& axis : aggregate.axes) {
            axes << QString::fromStdString(axis);
        }
        xTitle = AggregateCommandText::tr("point (%1)").arg(axes.join(QStringLiteral(", ")));
    }

    std::vector<fig::Figure> figures;
    for (const auto& metric : metrics) {
        fig::Chart chart;
        chart.title = AggregateCommandText::tr("%1: mean and 95 % interval over seeds")
                          .arg(QString::fromStdString(metric));
        chart.xTitle = xTitle;
        chart.padX = true;
        chart.yTitle = QString::fromStdString(metric);
        bool positive = true;
        double lowest = std::numeric_limits<double>::infinity(), highest = 0;
        for (int s = 0; s < names.size(); ++s) {
            fig::Series series;
            series.name = names[s];
            series.markers = true;
            series.colour = QColor::fromHsvF(static_cast<float>(s) / names.size(), 0.8f, 0.75f);
            std::vector<std::tuple<double, double, double, double>> points;  // x, mean, low, high
            for (const auto& row : aggregate.rows) {
                if (row.metric != metric || row.run.empty() || seriesName(row) != names[s] ||
                    row.stats.n == 0) {
                    continue;
                }
                const double x = xAxis ? aggregate.points[row.point].values[*xAxis].asNumber()
                                 : numberedRuns ? s + 1.0
                                                : static_cast<double>(row.point + 1);
                points.emplace_back(x, row.stats.mean, row.stats.low, row.stats.high);
                positive = positive && row.stats.mean > 0;
                lowest = std::min(lowest, row.stats.mean);
                highest = std::max(highest, row.stats.mean);
            }
            std::sort(points.begin(), points.end());
            for (const auto& [x, mean, low, high] : points) {
                series.x.push_back(x);
                series.y.push_back(mean);
                series.low.push_back(low);
                series.high.push_back(high);
            }
            if (!series.x.empty()) {
                chart.series.push_back(std::move(series));
            }
        }
        // Errors spanning decades (invariance errors at round-off next to ~1) on a log axis.
        chart.logY = positive && std::isfinite(lowest) && highest / lowest > 1e3;
        QString stem = QString::fromStdString(metric);
        stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
        figures.push_back({QStringLiteral("aggregate-") + stem, chart});
    }
    return figures;
}

int runAggregateCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption figures(QStringLiteral("figures"), QString(), QStringLiteral("list"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({figures, quiet, help});
    const FigureStyleOptions styleOptions;
    styleOptions.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("eqlab aggregate")} + arguments)) {
        printError(AggregateCommandText::tr("eqlab aggregate: %1\n").arg(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(AggregateCommandText::tr(
                     "Usage: eqlab aggregate DIR [--figures svg,pdf,png]\n\n"
                     "The statistics of a sweep's complete runs in DIR (eqlab sweep): per\n"
                     "point (the runs that differ only by seed), run and metric, the mean,\n"
                     "the standard deviation and the 95 % interval of the mean (Student's\n"
                     "t with n - 1 degrees of freedom) into DIR/aggregate.csv, and a figure\n"
                     "per metric with the interval as a band into DIR/figures (default\n"
                     "svg,pdf,png, each with its CSV). docs/sweeps.md.\n") +
                 FigureStyleOptions::helpText());
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(
            AggregateCommandText::tr("eqlab aggregate: expected the folder of a sweep, e.g. 'eqlab "
                                     "aggregate results'\n"));
        return kExitUsage;
    }
    QStringList formats;
    fig::Style style;
    QString problem;
    if (!parseFormats(parser.isSet(figures) ? parser.value(figures) : QStringLiteral("svg,pdf,png"),
                      formats, problem) ||
        !styleOptions.read(parser, style, problem)) {
        printError(AggregateCommandText::tr("eqlab aggregate: %1\n").arg(problem));
        return kExitUsage;
    }
    const QString dir = parser.positionalArguments().first();
    try {
        const io::SweepManifest manifest = readSweepFolder(dir);
        const io::SweepAggregate aggregate =
            io::aggregateSweep(manifest, [&](const std::string& run) -> std::optional<std::string> {
                if (runState(dir, run) == RunState::Incomplete) {
                    return std::nullopt;
                }
                QFile file(QDir(runFolder(dir, run)).filePath(QStringLiteral("summary.json")));
                if (!file.open(QIODevice::ReadOnly)) {
                    return std::nullopt;
                }
                return file.readAll().toStdString();
            });
        const QString csvPath = QDir(dir).filePath(QStringLiteral("aggregate.csv"));
        io::writeFileAtomically(csvPath.toStdString(), io::aggregateCsv(aggregate));
        if (!aggregate.missing.empty()) {
            QStringList missing;
            for (const auto& name : aggregate.missing) {
                missing << QString::fromStdString(name);
            }
            printError(
                AggregateCommandText::tr("eqlab aggregate: %n run(s) not complete, left out: %1\n",
                                         nullptr, static_cast<int>(missing.size()))
                    .arg(missing.join(QStringLiteral(", "))));
        }
        if (!parser.isSet(quiet)) {
            printOut(AggregateCommandText::tr(
                         "eqlab aggregate: %1: %2 points from %3 complete runs; %4\n")
                         .arg(QString::fromStdString(manifest.name))
                         .arg(aggregate.points.size())
                         .arg(manifest.runs.size() - aggregate.missing.size())
                         .arg(QDir(csvPath).absolutePath()));
            for (const auto& row : aggregate.rows) {
                QStringList point;
                for (std::size_t a = 0; a < aggregate.axes.size(); ++a) {
                    point << QStringLiteral("%1=%2").arg(
                        QString::fromStdString(aggregate.axes[a]),
                        QString::fromStdString(aggregate.points[row.point].labels[a]));
                }
                const QString where =
                    (point + QStringList{QString::fromStdString(row.run)}).join(QLatin1Char(' '));
                printOut(AggregateCommandText::tr("  %1  %2  %3 ± %4 (95 %: %5 to %6, n = %7)\n")
                             .arg(where.trimmed(), -14)
                             .arg(QString::fromStdString(row.metric), -18)
                             .arg(row.stats.mean, 0, 'g', 4)
                             .arg(row.stats.sd, 0, 'g', 2)
                             .arg(row.stats.low, 0, 'g', 4)
                             .arg(row.stats.high, 0, 'g', 4)
                             .arg(row.stats.n));
            }
        }
        const int problems = writeFiguresReporting(
            aggregateFigures(aggregate), QDir(dir).filePath(QStringLiteral("figures")), formats,
            style, QStringLiteral("eqlab aggregate"), parser.isSet(quiet));
        return problems == 0 ? kExitOk : kExitFailure;
    } catch (const Error& error) {
        printError(AggregateCommandText::tr("eqlab aggregate: %1\n").arg(error.detail()));
        return error.kind() == ErrorKind::Io ? kExitFailure : kExitUsage;
    }
}

}  // namespace

Subcommand aggregateSubcommand() {
    return {QStringLiteral("aggregate"),
            AggregateCommandText::tr(
                "Mean, sd and 95 % intervals over the seeds of a sweep, as CSV and figures "
                "(eqlab aggregate results)."),
            &runAggregateCommand};
}

}  // namespace eqlab::app

// eqlab figure VIEW --group G [--rep R] [--rep-out R2] [--format F] --out FILE: one figure of the
// group explorer's views (orbit, cayley, table, characters, weight-sharing) without a window, in
// the format of FILE's suffix (svg, pdf, png, csv, glb); the CSV of what is plotted is written
// beside it.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "app/figure_export.h"
#include "app/group_study.h"
#include "app/orbit_study.h"
#include "compute/core/error.h"
#include "widgets/figure_builders.h"
#include "widgets/figure_files.h"

namespace eqlab::app {

namespace {

struct FigureCommandText {
    Q_DECLARE_TR_FUNCTIONS(FigureCommand)
};

const QStringList& viewNames() {
    static const QStringList names{QStringLiteral("orbit"), QStringLiteral("cayley"),
                                   QStringLiteral("table"), QStringLiteral("characters"),
                                   QStringLiteral("weight-sharing")};
    return names;
}

widgets::figure::Figure buildFigure(const QString& view, const QString& group, QString rep,
                                    QString repOut) {
    namespace fig = widgets::figure;
    if (view == QLatin1String("orbit")) {
        const OrbitStudy study = studyOrbit(group, rep.isEmpty() ? QStringLiteral("std") : rep, {});
        return fig::sceneFigure(orbitScene(study), QStringLiteral("orbit"));
    }
    if (view == QLatin1String("weight-sharing")) {
        if (rep.isEmpty()) {
            std::tie(rep, repOut) = defaultWeightSharingPair(group);
        }
        return fig::weightSharing(weightSharingData(group, rep, repOut.isEmpty() ? rep : repOut));
    }
    const widgets::GroupViewData data = groupViewData(group);
    if (view == QLatin1String("cayley")) {
        return fig::sceneFigure(data.cayleyGraph, QStringLiteral("cayley"));
    }
    if (view == QLatin1String("table")) {
        return fig::multiplicationTable(data);
    }
    return fig::characterTable(data);
}

int runFigureCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"), QString(), QStringLiteral("name"));
    const QCommandLineOption rep(QStringLiteral("rep"), QString(), QStringLiteral("rep"));
    const QCommandLineOption repOut(QStringLiteral("rep-out"), QString(), QStringLiteral("rep"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("f"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("file"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({group, rep, repOut, format, out, help});
    const FigureStyleOptions styleOptions;
    styleOptions.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("eqlab figure")} + arguments)) {
        printError(FigureCommandText::tr("eqlab figure: %1\n").arg(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(FigureCommandText::tr(
                     "Usage: eqlab figure VIEW --group G [--rep R] [--rep-out R2] "
                     "[--format F] --out FILE\n\n"
                     "Draws one of the group explorer's views without a window.\n"
                     "VIEW: %1.\n"
                     "--rep is the representation the orbit lives in (default std), or the\n"
                     "input of the weight-sharing matrix (--rep-out its output, default the\n"
                     "same). The format follows FILE's suffix (svg, pdf, png, csv, glb) or\n"
                     "--format; the CSV of what is drawn is written beside the picture.\n"
                     "No display is needed (docs/figures.md).\n\n")
                     .arg(viewNames().join(QStringLiteral(", "))) +
                 FigureStyleOptions::helpText());
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1 ||
        !viewNames().contains(parser.positionalArguments().first())) {
        printError(
            FigureCommandText::tr("eqlab figure: expected one view (%1), e.g. 'eqlab figure orbit "
                                  "--group I --rep std --out orbit.svg'\n")
                .arg(viewNames().join(QStringLiteral(", "))));
        return kExitUsage;
    }
    if (!parser.isSet(group) || !parser.isSet(out)) {
        printError(FigureCommandText::tr("eqlab figure: --group and --out are needed\n"));
        return kExitUsage;
    }
    widgets::figure::Style style;
    QString problem;
    if (!styleOptions.read(parser, style, problem)) {
        printError(FigureCommandText::tr("eqlab figure: %1\n").arg(problem));
        return kExitUsage;
    }
    QString path = parser.value(out);
    QString suffix = QFileInfo(path).suffix().toLower();
    if (parser.isSet(format)) {
        const QString wanted = parser.value(format).toLower();
        if (suffix != wanted) {
            path += QLatin1Char('.') + wanted;
            suffix = wanted;
        }
    }
    if (!widgets::figure::formats().contains(suffix)) {
        printError(
            FigureCommandText::tr("eqlab figure: cannot tell the format of '%1' (known: %2)\n")
                .arg(path, widgets::figure::formats().join(QStringLiteral(", "))));
        return kExitUsage;
    }
    const QString view = parser.positionalArguments().first();
    if (suffix == QLatin1String("glb") && view != QLatin1String("orbit") &&
        view != QLatin1String("cayley")) {
        printError(FigureCommandText::tr("eqlab figure: only orbit and cayley are 3-D (glb)\n"));
        return kExitUsage;
    }
    widgets::figure::Figure figure;
    try {
        figure = buildFigure(view, parser.value(group), parser.value(rep), parser.value(repOut));
    } catch (const Error& error) {
        printError(FigureCommandText::tr("eqlab figure: %1\n").arg(error.detail()));
        return kExitUsage;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        printError(FigureCommandText::tr("eqlab figure: cannot create the folder %1\n")
                       .arg(info.absolutePath()));
        return kExitFailure;
    }
    // The data first, so it is there even when the picture fails.
    const QString csvPath =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".csv");
    int status = kExitOk;
    if (QString p = widgets::figure::writeFigure(figure, csvPath, style); !p.isEmpty()) {
        printError(FigureCommandText::tr("eqlab figure: %1\n").arg(p));
        status = kExitFailure;
    }
    if (suffix != QLatin1String("csv")) {
        if (QString p = widgets::figure::writeFigure(figure, path, style); !p.isEmpty()) {
            printError(FigureCommandText::tr("eqlab figure: %1\n").arg(p));
            return kExitFailure;
        }
    }
    if (status == kExitOk) {
        printOut(FigureCommandText::tr("eqlab figure: wrote %1 (data: %2)\n")
                     .arg(info.absoluteFilePath(), csvPath));
    }
    return status;
}

}  // namespace

Subcommand figureSubcommand() {
    return {QStringLiteral("figure"),
            FigureCommandText::tr(
                "Draw an explorer view to a file (eqlab figure orbit --group I --out o.svg)."),
            &runFigureCommand};
}

}  // namespace eqlab::app

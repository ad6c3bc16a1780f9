// eqlab run EXPERIMENT [--variant NAME] [--out DIR] [--steps N] [--seed S] [--threads T]
//           [--weights FILE [--run LABEL]]:
// trains headless (with one of the file's lesson variants applied, if asked, and starting from
// the weights of a safetensors file, if given) and writes metrics.csv, losses.csv, summary.json,
// experiment.json and <run>.safetensors per run. The same experiment and seed
// give byte-identical files whatever the thread count. With --figures svg,pdf,png it also draws
// every figure the lesson's views would show at the end of training into DIR/figures, each with
// its CSV (widgets/figure_builders.h: the code the window's Export uses).

#include <unistd.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "app/experiment_lessons.h"
#include "app/figure_export.h"
#include "compute/core/error.h"
#include "compute/io/atomic_file.h"
#include "compute/io/experiment.h"
#include "compute/io/run_inputs.h"
#include "compute/io/safetensors.h"
#include "compute/io/sweep.h"
#include "compute/train/experiment_run.h"
#include "compute/train/run_files.h"
#include "compute/train/trained_net.h"
#include "widgets/figure_builders.h"

namespace eqlab::app {

namespace {

struct RunCommandText {
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

// Parses a whole non-negative integer option; false (and a message) otherwise.
bool integerOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                   qint64 minimum, qint64& value) {
    if (!parser.isSet(option)) {
        return true;
    }
    bool ok = false;
    value = parser.value(option).toLongLong(&ok);
    if (!ok || value < minimum) {
        printError(RunCommandText::tr("eqlab run: --%1 expects a whole number >= %2, got '%3'\n")
                       .arg(option.names().first())
                       .arg(minimum)
                       .arg(parser.value(option)));
        return false;
    }
    return true;
}

int runRunCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("dir"));
    const QCommandLineOption steps(QStringLiteral("steps"), QString(), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("s"));
    const QCommandLineOption threads(QStringLiteral("threads"), QString(), QStringLiteral("t"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QString());
    const QCommandLineOption variant(QStringLiteral("variant"), QString(), QStringLiteral("name"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption figures(QStringLiteral("figures"), QString(), QStringLiteral("list"));
    const QCommandLineOption weights(QStringLiteral("weights"), QString(), QStringLiteral("file"));
    const QCommandLineOption runOption(QStringLiteral("run"), QString(), QStringLiteral("label"));
    const QCommandLineOption markComplete(QStringLiteral("mark-complete"), QString());
    parser.addOptions({out, steps, seed, threads, quiet, variant, help, figures, weights, runOption,
                       markComplete});
    const FigureStyleOptions styleOptions;
    styleOptions.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("eqlab run")} + arguments)) {
        printError(RunCommandText::tr("eqlab run: %1\n").arg(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(
            RunCommandText::tr(
                "Usage: eqlab run EXPERIMENT.eqlab.json|LESSON [--variant NAME] [--out DIR] "
                "[--steps N] [--seed S] [--threads T] [--weights FILE [--run LABEL]] "
                "[--quiet]\n\n"
                "Trains an experiment (a file, or a lesson's name: eqlab presets)\n"
                "without a window and writes metrics.csv,\n"
                "losses.csv, summary.json, experiment.json and each run's weights at\n"
                "the end, <run>.safetensors, into DIR (default: eqlab-results/<name>).\n"
                "The files do not depend on --threads.\n"
                "--variant NAME applies one of the file's \"variants\" (a lesson's\n"
                "things to try) first; a variant has no headline.\n"
                "The format: docs/experiment-format.md.\n\n"
                "  --weights FILE       Start from the weights in a safetensors file (one\n"
                "                       written by eqlab run, or by NumPy/PyTorch as in\n"
                "                       docs/interop.md); with --steps 0 the net is only\n"
                "                       evaluated. They go into the run the file's\n"
                "                       metadata names, or the only run.\n"
                "  --run LABEL          The run that --weights is for.\n"
                "  --figures LIST       Also draw every figure of the lesson's views at the\n"
                "                       end (LIST: svg,pdf,png,glb) into DIR/figures, each\n"
                "                       with its CSV; no display needed.\n"
                "  --mark-complete      Write DIR/sweep.done (finished or diverged) last,\n"
                "                       once every result is written (eqlab sweep uses it).\n") +
            FigureStyleOptions::helpText());
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(
            RunCommandText::tr("eqlab run: expected one experiment file, e.g. 'eqlab run "
                               "xor.eqlab.json'\n"));
        return kExitUsage;
    }
    QStringList figureFormats;
    widgets::figure::Style figureStyle;
    if (parser.isSet(figures)) {
        QString problem;
        if (!parseFormats(parser.value(figures), figureFormats, problem) ||
            !styleOptions.read(parser, figureStyle, problem)) {
            printError(RunCommandText::tr("eqlab run: %1\n").arg(problem));
            return kExitUsage;
        }
    }
    qint64 stepCount = -1, seedValue = -1, threadCount = 0;
    if (!integerOption(parser, steps, 0, stepCount) || !integerOption(parser, seed, 0, seedValue) ||
        !integerOption(parser, threads, 1, threadCount)) {
        return kExitUsage;
    }

    // A file, or else the name of a lesson (eqlab presets).
    QString file = parser.positionalArguments().first();
    io::ExperimentSpec spec;
    try {
        const auto lesson = QFileInfo::exists(file) ? std::nullopt : loadExperimentLesson(file);
        if (lesson) {
            spec = lesson->spec;
            file = RunCommandText::tr("lesson %1").arg(lesson->name);
        } else if (!QFileInfo::exists(file)) {
            printError(RunCommandText::tr(
                           "eqlab run: '%1' is neither a file nor a lesson ('eqlab presets' "
                           "lists the lessons)\n")
                           .arg(file));
            return kExitUsage;
        } else {
            spec = io::readExperimentFile(file.toStdString());
        }
        if (parser.isSet(variant)) {
            const std::string name = parser.value(variant).toStdString();
            const io::VariantSpec* chosen = io::findVariant(spec, name);
            if (!chosen) {
                QStringList names;
                for (const auto& v : spec.variants) {
                    names << QString::fromStdString(v.name);
                }
                printError(RunCommandText::tr("eqlab run: %1 has no variant '%2' (variants: %3)\n")
                               .arg(file, parser.value(variant),
                                    names.isEmpty() ? RunCommandText::tr("none")
                                                    : names.join(QStringLiteral(", "))));
                return kExitUsage;
            }
            spec = io::applyVariant(spec, *chosen);
        }
    } catch (const Error& error) {
        printError(RunCommandText::tr("eqlab run: %1\n").arg(error.detail()));
        return kExitUsage;
    }
    if (parser.isSet(runOption) && !parser.isSet(weights)) {
        printError(
            RunCommandText::tr("eqlab run: --run chooses the run that --weights is for; give "
                               "--weights FILE too\n"));
        return kExitUsage;
    }
    if (stepCount >= 0) {
        spec.steps = stepCount;
        spec.warmup = std::min<std::int64_t>(spec.warmup, spec.steps);
    }
    if (seedValue >= 0) {
        spec.seed = static_cast<std::uint64_t>(seedValue);
    }
    // The weights file: read and checked now, loaded into its run before the first step.
    std::optional<train::InitialWeights> initial;
    if (parser.isSet(weights)) {
        initial.emplace();
        initial->path = parser.value(weights).toStdString();
        try {
            initial->file = io::readSafetensors(initial->path);
        } catch (const Error& error) {
            printError(RunCommandText::tr("eqlab run: --weights: %1\n").arg(error.detail()));
            return kExitUsage;
        }
        try {
            initial->run = static_cast<int>(train::chooseWeightsRun(
                spec, initial->file, parser.value(runOption).toStdString(), initial->path));
        } catch (const Error& error) {
            printError(RunCommandText::tr("eqlab run: %1 (choose one with --run LABEL)\n")
                           .arg(error.detail()));
            return kExitUsage;
        }
    }
    const QString folder =
        parser.isSet(out)
            ? parser.value(out)
            : QStringLiteral("eqlab-results/%1").arg(QString::fromStdString(spec.name));

    // A progress line, redrawn in place, only when a person is watching a terminal.
    const bool showProgress = !parser.isSet(quiet) && isatty(fileno(stderr));
    QElapsedTimer clock;
    clock.start();
    qint64 lastDraw = -1000;
    const auto progress = [&](const train::ExperimentProgress& p) {
        if (!showProgress || (clock.elapsed() - lastDraw < 100 && p.step != p.totalSteps)) {
            return;
        }
        lastDraw = clock.elapsed();
        const double rate = p.step / std::max(1e-3, clock.elapsed() / 1000.0);
        const double eta = (p.totalSteps - p.step) / std::max(rate, 1e-9);
        printError(RunCommandText::tr("\r  step %1/%2  loss %3  %4 steps/s  ETA %5 s   ")
                       .arg(p.step)
                       .arg(p.totalSteps)
                       .arg(p.loss, 0, 'g', 4)
                       .arg(rate, 0, 'f', 0)
                       .arg(eta, 0, 'f', 1));
    };

    try {
        std::shared_ptr<const train::SessionSnapshot> last;
        const train::ExperimentResult result = train::runExperiment(
            spec, static_cast<int>(threadCount), progress,
            figureFormats.isEmpty() ? nullptr : &last, initial ? &*initial : nullptr);
        if (showProgress) {
            printError(QStringLiteral("\n"));
        }
        train::writeRunFiles(result, folder.toStdString());
        const QString where = QDir(folder).absolutePath();
        int figureProblems = 0;
        if (last) {
            figureProblems = writeFiguresReporting(
                widgets::figure::lessonFigures(*last),
                QDir(folder).filePath(QStringLiteral("figures")), figureFormats, figureStyle,
                QStringLiteral("eqlab run"), parser.isSet(quiet));
        }
        if (parser.isSet(markComplete)) {
            // Last, and all or nothing: a folder with the marker holds complete results.
            io::writeFileAtomically(
                QDir(folder).filePath(QString::fromLatin1(io::kRunCompleteMarker)).toStdString(),
                result.divergence() ? "diverged\n" : "finished\n");
        }
        if (const Error* divergence = result.divergence()) {
            printError(
                RunCommandText::tr("eqlab run: %1: %2. The last good parameters were kept; results "
                                   "up to there are in %3\n")
                    .arg(file, divergence->detail(), where));
            return kExitFailure;
        }
        if (!parser.isSet(quiet)) {
            const int stages = io::stageCount(spec);
            if (stages > 1) {
                // Runs on other runs' codes train after them (layer-wise pretraining).
                printOut(RunCommandText::tr("eqlab run: %1: %2 stages of %3 steps; results in %4\n")
                             .arg(QString::fromStdString(spec.name))
                             .arg(stages)
                             .arg(spec.steps)
                             .arg(where));
            } else {
                printOut(RunCommandText::tr("eqlab run: %1: %2 steps; results in %3\n")
                             .arg(QString::fromStdString(spec.name))
                             .arg(spec.steps)
                             .arg(where));
            }
            if (initial) {
                printOut(RunCommandText::tr("  run %1 started from the weights in %2\n")
                             .arg(QString::fromStdString(spec.runs[initial->run].label),
                                  QString::fromStdString(initial->path)));
            }
            for (const auto& run : result.runs) {
                if (run.metrics.empty()) {
                    continue;  // never started (it waits for codes of a run that stopped)
                }
                QString line = QStringLiteral("  %1:").arg(QString::fromStdString(run.label), -12);
                for (const auto& value : run.metrics.back().values) {
                    line += QStringLiteral("  %1 %2")
                                .arg(QString::fromStdString(value.name))
                                .arg(value.value, 0, 'g', 4);
                }
                printOut(line + QLatin1Char('\n'));
            }
            if (result.headline) {
                printOut((result.headline->holds
                              ? RunCommandText::tr("  shown: %1\n")
                              : RunCommandText::tr("  NOT shown this time: %1\n"))
                             .arg(QString::fromStdString(result.headline->text)));
            }
        }
        return figureProblems == 0 ? kExitOk : kExitFailure;
    } catch (const Error& error) {
        printError(RunCommandText::tr("eqlab run: %1: %2\n").arg(file, error.detail()));
        return error.kind() == ErrorKind::Io ? kExitFailure : kExitUsage;
    }
}

}  // namespace

Subcommand runSubcommand() {
    return {QStringLiteral("run"),
            RunCommandText::tr(
                "Train an experiment headless (eqlab run xor.eqlab.json --out results)."),
            &runRunCommand};
}

}  // namespace eqlab::app

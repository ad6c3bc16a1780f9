// eqlab sweep SWEEP --out DIR [--jobs N] [--threads T]: expands a sweep file (compute/io/sweep.h)
// and runs its experiments on this machine, several at a time, each as a child `eqlab run
// DIR/<run>/experiment.json --out DIR/<run> --mark-complete`. Child processes rather than threads:
// every run is then exactly what `eqlab run` does (the same program, the same code path, the same
// bytes, also on a cluster), a run that crashes or runs out of memory takes only itself down, and a
// killed sweep leaves no half-written marker. A run whose folder has sweep.done is skipped, so a
// killed sweep resumes where it stopped.
//
// eqlab sweep SWEEP --out DIR --slurm [...]: writes the same folder and DIR/sweep.sbatch, a Slurm
// job array with one task per run that runs the same command, and submits it with sbatch.
// eqlab sweep --collect DIR: says which runs are complete and which are not.

#include <sys/prctl.h>
#include <unistd.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <deque>
#include <memory>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "app/cli/sweep_folder.h"
#include "compute/core/error.h"
#include "compute/io/atomic_file.h"

namespace eqlab::app {

namespace {

struct SweepCommandText {
    Q_DECLARE_TR_FUNCTIONS(SweepCommand)
};

// The arguments of `eqlab run` for one run of the sweep: the same locally and on a cluster.
QStringList runArguments(const QString& dir, const std::string& run, int threads) {
    const QString folder = runFolder(dir, run);
    return {QStringLiteral("run"),     QDir(folder).filePath(QStringLiteral("experiment.json")),
            QStringLiteral("--out"),   folder,
            QStringLiteral("--quiet"), QStringLiteral("--threads"),
            QString::number(threads),  QStringLiteral("--mark-complete")};
}

QString seconds(double s) {
    if (s < 100) {
        return SweepCommandText::tr("%1 s").arg(s, 0, 'f', s < 10 ? 1 : 0);
    }
    if (s < 6000) {
        return SweepCommandText::tr("%1 min").arg(s / 60, 0, 'f', 1);
    }
    return SweepCommandText::tr("%1 h").arg(s / 3600, 0, 'f', 1);
}

// ---- local ------------------------------------------------------------------------------------

int runLocally(const LoadedSweep& sweep, const QString& dir, int jobs, int threads, bool quiet) {
    const QString program = QCoreApplication::applicationFilePath();
    std::deque<std::size_t> pending;
    int skipped = 0, finished = 0, diverged = 0, failed = 0;
    QStringList problems;
    for (std::size_t i = 0; i < sweep.runs.size(); ++i) {
        switch (runState(dir, sweep.runs[i].name)) {
            case RunState::Incomplete:
                pending.push_back(i);
                break;
            case RunState::Finished:
                ++skipped;
                break;
            case RunState::Diverged:
                ++skipped;
                ++diverged;
                problems << SweepCommandText::tr(
                                "  %1: diverged (an earlier run of the sweep; see %2)")
                                .arg(QString::fromStdString(sweep.runs[i].name),
                                     runFolder(dir, sweep.runs[i].name));
                break;
        }
    }
    const int total = static_cast<int>(sweep.runs.size());
    const int toRun = static_cast<int>(pending.size());
    if (!quiet) {
        printOut(SweepCommandText::tr(
                     "eqlab sweep: %1: %2 runs, %3 already complete; running %4, %5 at a "
                     "time with %6 thread(s) each\n")
                     .arg(QString::fromStdString(sweep.spec.name))
                     .arg(total)
                     .arg(skipped)
                     .arg(toRun)
                     .arg(jobs)
                     .arg(threads));
    }
    const bool showProgress = !quiet && isatty(fileno(stderr));
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    int running = 0, done = 0;

    const auto drawProgress = [&] {
        if (!showProgress) {
            return;
        }
        const double elapsed = clock.elapsed() / 1000.0;
        const QString eta =
            done > 0 ? seconds(elapsed / done * (toRun - done)) : QStringLiteral("?");
        printError(
            SweepCommandText::tr("\r  [%1/%2] %3 running, %4 failed, elapsed %5, ETA %6      ")
                .arg(done + skipped)
                .arg(total)
                .arg(running)
                .arg(failed + diverged)
                .arg(seconds(elapsed), eta));
    };
    std::function<void()> startNext;
    startNext = [&] {
        while (running < jobs && !pending.empty()) {
            const std::size_t index = pending.front();
            pending.pop_front();
            const std::string& name = sweep.runs[index].name;
            auto* process = new QProcess(&loop);
            process->setProcessChannelMode(QProcess::MergedChannels);
            // A sweep that is killed takes its runs with it (they would otherwise finish unseen,
            // and race the restarted sweep for the same folder).
            process->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
            auto started = std::make_shared<QElapsedTimer>();
            started->start();
            QObject::connect(
                process, &QProcess::finished, &loop,
                [&, process, index, started](int code, QProcess::ExitStatus status) {
                    const std::string& runName = sweep.runs[index].name;
                    const QString name = QString::fromStdString(runName);
                    const RunState state = runState(dir, runName);
                    const double took = started->elapsed() / 1000.0;
                    QString outcome;
                    if (status == QProcess::NormalExit && code == kExitOk &&
                        state == RunState::Finished) {
                        ++finished;
                        outcome = SweepCommandText::tr("finished");
                    } else if (state == RunState::Diverged) {
                        ++diverged;
                        outcome = SweepCommandText::tr("diverged");
                        problems << SweepCommandText::tr(
                                        "  %1: diverged (results up to there in %2)")
                                        .arg(name, runFolder(dir, runName));
                    } else {
                        ++failed;
                        outcome = SweepCommandText::tr("FAILED");
                        const QString output =
                            QString::fromUtf8(process->readAll()).trimmed().right(2000);
                        problems << SweepCommandText::tr("  %1: failed (%2): %3")
                                        .arg(name,
                                             status == QProcess::NormalExit
                                                 ? SweepCommandText::tr("exit code %1").arg(code)
                                                 : SweepCommandText::tr("crashed"),
                                             output.isEmpty() ? SweepCommandText::tr("no output")
                                                              : output);
                    }
                    ++done;
                    --running;
                    if (!quiet && !showProgress) {
                        printOut(SweepCommandText::tr("  [%1/%2] %3 %4 (%5)\n")
                                     .arg(done + skipped)
                                     .arg(total)
                                     .arg(name, outcome, seconds(took)));
                    }
                    process->deleteLater();
                    startNext();
                    drawProgress();
                    if (running == 0 && pending.empty()) {
                        loop.quit();
                    }
                });
            QObject::connect(process, &QProcess::errorOccurred, &loop,
                             [&, process, index](QProcess::ProcessError error) {
                                 if (error != QProcess::FailedToStart) {
                                     return;  // finished() reports the rest
                                 }
                                 ++failed;
                                 ++done;
                                 --running;
                                 problems
                                     << SweepCommandText::tr("  %1: could not start %2: %3")
                                            .arg(QString::fromStdString(sweep.runs[index].name),
                                                 program, process->errorString());
                                 process->deleteLater();
                                 startNext();
                                 if (running == 0 && pending.empty()) {
                                     loop.quit();
                                 }
                             });
            ++running;
            process->start(program, runArguments(dir, name, threads));
        }
    };
    if (!pending.empty()) {
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, &loop, drawProgress);
        timer.start(500);
        QTimer::singleShot(0, &loop, [&] {
            startNext();
            drawProgress();
        });
        loop.exec();
        if (showProgress) {
            printError(QStringLiteral("\n"));
        }
    }
    const QString where = QDir(dir).absolutePath();
    if (!problems.isEmpty()) {
        printError(SweepCommandText::tr("eqlab sweep: %1 of %2 runs did not finish:\n%3\n")
                       .arg(diverged + failed)
                       .arg(total)
                       .arg(problems.join(QLatin1Char('\n'))));
    }
    if (!quiet) {
        printOut(SweepCommandText::tr(
                     "eqlab sweep: %1 finished now, %2 complete before, %3 diverged, %4 "
                     "failed, in %5; results in %6 (eqlab aggregate %6)\n")
                     .arg(finished)
                     .arg(skipped)
                     .arg(diverged)
                     .arg(failed)
                     .arg(seconds(clock.elapsed() / 1000.0), where));
    }
    return problems.isEmpty() ? kExitOk : kExitFailure;
}

// ---- Slurm ------------------------------------------------------------------------------------

// A word for bash, in single quotes.
QString shellQuote(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

struct SlurmOptions {
    QString partition, time;
    int cpus = 1;
};

// The job array: task i runs the i-th run of the manifest, with the arguments a local sweep gives
// `eqlab run` (its output goes to DIR/slurm-logs/<job>_<task>.out).
QString sbatchScript(const LoadedSweep& sweep, const QString& dir, const QString& program,
                     const QString& partition, const QString& time, int cpus) {
    const QString absolute = QDir(dir).absolutePath();
    QString script = QStringLiteral("#!/bin/bash\n");
    script +=
        QStringLiteral(
            "# eqlab sweep %1: %2 runs as a Slurm job array, written by eqlab sweep --slurm.\n"
            "# Task i runs `eqlab run` of DIR/<run i>/experiment.json into DIR/<run i>; a "
            "run\n# whose folder has sweep.done is complete and skipped. "
            "`eqlab sweep --collect DIR` says\n# what has finished.\n")
            .arg(QString::fromStdString(sweep.spec.name))
            .arg(sweep.runs.size());
    script += QStringLiteral("#SBATCH --job-name=eqlab-%1\n")
                  .arg(QString::fromStdString(sweep.spec.name));
    script += QStringLiteral("#SBATCH --array=0-%1\n").arg(sweep.runs.size() - 1);
    script += QStringLiteral("#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=%1\n").arg(cpus);
    script += QStringLiteral("#SBATCH --output=%1/slurm-logs/%A_%a.out\n").arg(absolute);
    if (!partition.isEmpty()) {
        script += QStringLiteral("#SBATCH --partition=%1\n").arg(partition);
    }
    if (!time.isEmpty()) {
        script += QStringLiteral("#SBATCH --time=%1\n").arg(time);
    }
    script += QStringLiteral("\nset -eu\nruns=(\n");
    for (const auto& run : sweep.runs) {
        script += QStringLiteral("  %1\n").arg(shellQuote(QString::fromStdString(run.name)));
    }
    script += QStringLiteral(")\nrun=\"${runs[$SLURM_ARRAY_TASK_ID]}\"\n");
    script += QStringLiteral("folder=%1/\"$run\"\n").arg(shellQuote(absolute));
    script += QStringLiteral("if [ -f \"$folder/%1\" ]; then exit 0; fi\n")
                  .arg(QString::fromLatin1(io::kRunCompleteMarker));
    script += QStringLiteral(
                  "exec %1 run \"$folder/experiment.json\" --out \"$folder\" --quiet --threads %2 "
                  "--mark-complete\n")
                  .arg(shellQuote(program))
                  .arg(cpus);
    return script;
}

int submitToSlurm(const LoadedSweep& sweep, const QString& dir, const SlurmOptions& options,
                  bool dryRun) {
    QDir().mkpath(QDir(dir).filePath(QStringLiteral("slurm-logs")));
    const QString scriptPath = QDir(dir).filePath(QStringLiteral("sweep.sbatch"));
    io::writeFileAtomically(scriptPath.toStdString(),
                            sbatchScript(sweep, dir, QCoreApplication::applicationFilePath(),
                                         options.partition, options.time, options.cpus)
                                .toStdString());
    if (dryRun) {
        printOut(SweepCommandText::tr("eqlab sweep: %1 runs; the job array is %2 (not submitted: "
                                      "sbatch %2 submits it)\n")
                     .arg(sweep.runs.size())
                     .arg(QDir(scriptPath).absolutePath()));
        return kExitOk;
    }
    QProcess sbatch;
    sbatch.start(QStringLiteral("sbatch"),
                 {QStringLiteral("--parsable"), QDir(scriptPath).absolutePath()});
    if (!sbatch.waitForStarted(10000)) {
        printError(
            SweepCommandText::tr("eqlab sweep: cannot run sbatch (%1); the job array is %2\n")
                .arg(sbatch.errorString(), QDir(scriptPath).absolutePath()));
        return kExitFailure;
    }
    sbatch.waitForFinished(120000);
    if (sbatch.exitStatus() != QProcess::NormalExit || sbatch.exitCode() != 0) {
        printError(SweepCommandText::tr("eqlab sweep: sbatch failed: %1\n")
                       .arg(QString::fromUtf8(sbatch.readAllStandardError()).trimmed()));
        return kExitFailure;
    }
    const QString job = QString::fromUtf8(sbatch.readAllStandardOutput()).trimmed();
    printOut(SweepCommandText::tr(
                 "eqlab sweep: submitted job array %1 (%2 tasks); 'eqlab sweep --collect %3' "
                 "says what has finished\n")
                 .arg(job)
                 .arg(sweep.runs.size())
                 .arg(dir));
    return kExitOk;
}

// ---- collect ----------------------------------------------------------------------------------

int collect(const QString& dir, bool quiet) {
    const io::SweepManifest manifest = readSweepFolder(dir);
    QStringList incomplete, diverged;
    for (const auto& run : manifest.runs) {
        switch (runState(dir, run.name)) {
            case RunState::Finished:
                break;
            case RunState::Diverged:
                diverged << QString::fromStdString(run.name);
                break;
            case RunState::Incomplete:
                incomplete << QString::fromStdString(run.name);
                break;
        }
    }
    const int total = static_cast<int>(manifest.runs.size());
    const int finished = total - static_cast<int>(incomplete.size() + diverged.size());
    if (!quiet) {
        printOut(SweepCommandText::tr(
                     "eqlab sweep: %1: %2 of %3 runs finished, %4 diverged, %5 not complete "
                     "in %6\n")
                     .arg(QString::fromStdString(manifest.name))
                     .arg(finished)
                     .arg(total)
                     .arg(diverged.size())
                     .arg(incomplete.size())
                     .arg(QDir(dir).absolutePath()));
    }
    for (const QString& name : diverged) {
        printError(SweepCommandText::tr("  diverged: %1\n").arg(name));
    }
    for (const QString& name : incomplete) {
        printError(SweepCommandText::tr("  not complete: %1\n").arg(name));
    }
    if (!incomplete.isEmpty() &&
        QFileInfo::exists(QDir(dir).filePath(QStringLiteral("slurm-logs")))) {
        printError(SweepCommandText::tr("  (the tasks' output is in %1)\n")
                       .arg(QDir(dir).filePath(QStringLiteral("slurm-logs"))));
    }
    return incomplete.isEmpty() && diverged.isEmpty() ? kExitOk : kExitFailure;
}

int runSweepCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("dir"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QString(), QStringLiteral("n"));
    const QCommandLineOption threads(QStringLiteral("threads"), QString(), QStringLiteral("t"));
    const QCommandLineOption slurm(QStringLiteral("slurm"), QString());
    const QCommandLineOption partition(QStringLiteral("partition"), QString(), QStringLiteral("p"));
    const QCommandLineOption time(QStringLiteral("time"), QString(), QStringLiteral("t"));
    const QCommandLineOption cpus(QStringLiteral("cpus"), QString(), QStringLiteral("c"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QString());
    const QCommandLineOption collectOption(QStringLiteral("collect"), QString(),
                                           QStringLiteral("dir"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions(
        {out, jobs, threads, slurm, partition, time, cpus, dryRun, collectOption, quiet, help});
    if (!parser.parse(QStringList{QStringLiteral("eqlab sweep")} + arguments)) {
        printError(SweepCommandText::tr("eqlab sweep: %1\n").arg(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(SweepCommandText::tr(
            "Usage: eqlab sweep SWEEP.sweep.json --out DIR [--jobs N] [--threads T]\n"
            "       eqlab sweep SWEEP.sweep.json --out DIR --slurm [--partition P] [--time T]\n"
            "                   [--cpus C] [--dry-run]\n"
            "       eqlab sweep --collect DIR\n\n"
            "Runs every experiment of a sweep (a base experiment and axes of values:\n"
            "docs/sweeps.md), each as 'eqlab run' into DIR/<run>. Runs that are complete\n"
            "(DIR/<run>/sweep.done) are skipped, so a killed sweep resumes.\n\n"
            "  --jobs N       Runs at a time (default: the cores / T). N x T <= cores.\n"
            "  --threads T    Threads per run (default 1); the results do not depend on it.\n"
            "  --slurm        Write DIR/sweep.sbatch, a Slurm job array of one task per run,\n"
            "                 and submit it with sbatch (--dry-run: only write it).\n"
            "  --partition P, --time T, --cpus C   The tasks' Slurm partition, time limit\n"
            "                 and CPUs (default 1).\n"
            "  --collect DIR  Say which runs of the sweep in DIR are complete.\n"
            "Then 'eqlab aggregate DIR' gives the mean, sd and 95 % interval over seeds.\n"));
        return kExitOk;
    }
    try {
        if (parser.isSet(collectOption)) {
            if (!parser.positionalArguments().isEmpty()) {
                printError(SweepCommandText::tr("eqlab sweep: --collect takes the folder only\n"));
                return kExitUsage;
            }
            return collect(parser.value(collectOption), parser.isSet(quiet));
        }
        if (parser.positionalArguments().size() != 1 || !parser.isSet(out)) {
            printError(SweepCommandText::tr(
                "eqlab sweep: expected a sweep file and --out DIR, e.g. 'eqlab "
                "sweep seeds.sweep.json --out results'\n"));
            return kExitUsage;
        }
        const auto number = [&](const QCommandLineOption& option, int fallback, int& value) {
            value = fallback;
            if (!parser.isSet(option)) {
                return true;
            }
            bool ok = false;
            value = parser.value(option).toInt(&ok);
            if (!ok || value < 1) {
                printError(SweepCommandText::tr(
                               "eqlab sweep: --%1 expects a whole number >= 1, got '%2'\n")
                               .arg(option.names().first(), parser.value(option)));
                return false;
            }
            return true;
        };
        const int cores = std::max(1, QThread::idealThreadCount());
        int threadCount = 1, jobCount = 1, cpuCount = 1;
        if (!number(threads, 1, threadCount) ||
            !number(jobs, std::max(1, cores / threadCount), jobCount) ||
            !number(cpus, 1, cpuCount)) {
            return kExitUsage;
        }
        if (!parser.isSet(slurm) && jobCount * threadCount > cores) {
            printError(
                SweepCommandText::tr("eqlab sweep: --jobs %1 x --threads %2 is more than the %3 "
                                     "cores of this machine\n")
                    .arg(jobCount)
                    .arg(threadCount)
                    .arg(cores));
            return kExitUsage;
        }
        const QString sweepFile = parser.positionalArguments().first();
        if (!QFileInfo::exists(sweepFile)) {
            printError(SweepCommandText::tr("eqlab sweep: no file '%1'\n").arg(sweepFile));
            return kExitUsage;
        }
        LoadedSweep sweep;
        try {
            sweep = loadSweep(sweepFile);
        } catch (const Error& error) {
            printError(SweepCommandText::tr("eqlab sweep: %1\n").arg(error.detail()));
            return kExitUsage;
        }
        const QString dir = parser.value(out);
        try {
            prepareSweepFolder(sweep, dir);
        } catch (const Error& error) {
            printError(SweepCommandText::tr("eqlab sweep: %1\n").arg(error.detail()));
            return error.kind() == ErrorKind::Io ? kExitFailure : kExitUsage;
        }
        if (parser.isSet(slurm)) {
            return submitToSlurm(sweep, dir,
                                 {parser.value(partition), parser.value(time), cpuCount},
                                 parser.isSet(dryRun));
        }
        return runLocally(sweep, dir, jobCount, threadCount, parser.isSet(quiet));
    } catch (const Error& error) {
        printError(SweepCommandText::tr("eqlab sweep: %1\n").arg(error.detail()));
        return error.kind() == ErrorKind::Io ? kExitFailure : kExitUsage;
    }
}

}  // namespace

Subcommand sweepSubcommand() {
    return {
        QStringLiteral("sweep"),
        SweepCommandText::tr("Run a sweep of experiments here or as a Slurm job array (eqlab sweep "
                             "seeds.sweep.json --out results)."),
        &runSweepCommand};
}

}  // namespace eqlab::app

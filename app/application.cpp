#include "app/application.h"

#include <malloc.h>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>
#include <memory>

#include "app/autosave.h"
#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "app/experiment_lessons.h"
#include "app/figure_export.h"
#include "app/headless_lesson.h"
#include "app/language.h"
#include "app/latency_probe.h"
#include "app/lessons.h"
#include "app/main_window.h"
#include "app/training_controller.h"
#include "app/window_host.h"
#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "widgets/experiment_panel.h"
#include "widgets/vtk_view.h"

namespace eqlab::app {

namespace {

struct ApplicationText {
    Q_DECLARE_TR_FUNCTIONS(Application)
};

QStringList argumentsOf(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

bool haveDisplay() {
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland")) {
        return false;  // offscreen/minimal platforms cannot host VTK (docs/vtk-in-qt6.md)
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// Glibc returns big blocks to the kernel at once; here a fresh page costs ~10 µs on first touch
// (docs/performance.md), so keep freed memory for reuse.
void tuneAllocator() {
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
}

QString helpText() {
    QString text;
    text += ApplicationText::tr(
        "Usage: eqlab [options] [EXPERIMENT.eqlab.json]\n"
        "       eqlab <command> [arguments]   (eqlab <command> --help for its options)\n\n"
        "eqlab (Equivariance Lab) trains small equivariant, invariant and involutive\n"
        "networks and shows the orbits of data under a finite group, the learned\n"
        "filters, and how much each layer breaks the symmetry.\n\n"
        "Without a command, eqlab opens its window with a lesson, or with the\n"
        "experiment file given. With no display it runs the lesson (or trains the\n"
        "experiment, as 'eqlab run' does) headless and writes its results to a folder.\n\n");
    text += ApplicationText::tr("Options:\n");
    text += ApplicationText::tr("  -h, --help             Show this help and exit.\n");
    text += ApplicationText::tr("  -v, --version          Show the version and exit.\n");
    text += ApplicationText::tr(
                "  --lesson <name>        Open this lesson (default: %1). Lessons: %2.\n")
                .arg(defaultLessonName(),
                     (experimentLessonNames() + lessonNames()).join(QStringLiteral(", ")));
    text += ApplicationText::tr(
        "  --group <name>         Start with this group instead of the lesson's.\n");
    text += ApplicationText::tr(
        "  --headless             Run the lesson without a window, even with a display.\n");
    text +=
        ApplicationText::tr("  --out <dir>            Where headless results go (default: %1).\n")
            .arg(QStringLiteral("./eqlab-results/<lesson>"));
    text += ApplicationText::tr(
        "  --screenshot <file>    Open the window, save a PNG of it once drawn, exit.\n");
    text += ApplicationText::tr(
        "  --train                Start training the lesson's experiment at once.\n");
    text += ApplicationText::tr(
        "  --screenshot-step <n>  With --screenshot: train exactly n steps, then save it.\n");
    text += ApplicationText::tr(
        "  --screenshot-width <w> With --screenshot: scale the picture to w pixels wide.\n");
    text +=
        ApplicationText::tr("  --dark, --presentation Dark theme; large fonts and thick lines.\n");
    text += ApplicationText::tr(
        "  --restore-session      Restore the session autosaved by a window that did not\n"
        "                         end cleanly (without asking; prints the step restored).\n");
    text += ApplicationText::tr(
                "  --autosave-interval <s>\n"
                "                         Save the window's session every s seconds\n"
                "                         (default %1; 0: never).\n")
                .arg(Autosave::kDefaultIntervalMs / 1000);
    text += ApplicationText::tr(
        "  --latency-probe <s>    Train for s seconds and print the window's event-loop\n"
        "                         latency (percentiles of a 10 ms timer's lateness).\n");
    const auto commands = subcommands();
    if (!commands.empty()) {
        text += ApplicationText::tr("\nCommands:\n");
        for (const auto& command : commands) {
            text += QStringLiteral("  %1%2\n").arg(command.name, -23).arg(command.summary);
        }
    }
    return text;
}

// `eqlab FILE.eqlab.json`: an experiment file rather than a command.
bool isExperimentPath(const QString& argument) {
    return argument.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

struct GuiOptions {
    QString lesson;          // empty: a plain start, the first lesson, training at once
    QString experimentFile;  // opened instead of the lesson when set
    QString group;
    QString screenshot;
    QString show;
    bool train = false;          // start training once the experiment is built
    qint64 screenshotStep = -1;  // with screenshot: train exactly this many steps, then grab
    int screenshotWidth = 0;     // > 0: the picture scaled to this width (lesson thumbnails)
    double latencySeconds = 0;   // > 0: measure the event loop's latency while training, exit
    bool dark = false, presentation = false;
    bool restoreSession = false;  // --restore-session: restore without asking
    bool offerRestore = false;    // a plain start: ask whether to restore a pending autosave
    int autosaveMs = Autosave::kDefaultIntervalMs;  // 0: no autosave
};

// A pending autosave (the last window did not end cleanly) is restored when asked for
// (--restore-session) or when the user says so at a plain start; any other start leaves it for
// the next plain one and does not autosave itself. True when the window now shows it.
bool restoreSession(MainWindow& window, const GuiOptions& options) {
    Autosave* autosave = window.autosave();
    if (!autosave->isPending() || (!options.restoreSession && !options.offerRestore)) {
        return false;
    }
    if (!options.restoreSession) {
        QMessageBox question(
            QMessageBox::Question, ApplicationText::tr("Restore the last session?"),
            ApplicationText::tr("eqlab did not end cleanly last time. Restore the "
                                "experiment, its trained weights and its curves as they "
                                "were last autosaved?"));
        QPushButton* restore =
            question.addButton(ApplicationText::tr("Restore"), QMessageBox::AcceptRole);
        question.addButton(ApplicationText::tr("Discard"), QMessageBox::DestructiveRole);
        question.setDefaultButton(restore);
        question.exec();
        if (question.clickedButton() != restore) {
            autosave->discard();
            return false;
        }
    }
    QObject::connect(autosave, &Autosave::restored, &window, [&window, autosave](qint64 step) {
        printOut(ApplicationText::tr("eqlab: restored the session at step %1 from %2\n")
                     .arg(step)
                     .arg(QDir::toNativeSeparators(autosave->folder())));
        window.statusBar()->showMessage(
            ApplicationText::tr("Session restored at step %1").arg(step));
    });
    QObject::connect(
        autosave, &Autosave::restoreFailed, &window, [&window, &options](const QString& problem) {
            printError(ApplicationText::tr("eqlab: cannot restore the session: %1\n").arg(problem));
            if (options.restoreSession) {
                QApplication::exit(kExitFailure);
            } else {
                QMessageBox::warning(&window, ApplicationText::tr("Cannot restore the session"),
                                     problem);
            }
        });
    if (autosave->restore()) {
        return true;
    }
    printError(
        ApplicationText::tr("eqlab: cannot restore the session: %1\n").arg(autosave->problem()));
    if (!options.restoreSession) {
        QMessageBox::warning(nullptr, ApplicationText::tr("Cannot restore the session"),
                             autosave->problem());
    }
    return false;
}

// Prints the event loop's latency while the lesson trains (restarting it when it finishes).
void probeLatency(MainWindow& window, double seconds) {
    auto* probe = new LatencyProbe(10, &window);
    auto* controller = window.controller();
    auto* clock = new QElapsedTimer;
    // The lesson's own step count can be done in a second; the probe measures training, not
    // resets, so the experiment is first rebuilt with the most steps the panel allows.
    auto* panel = window.experimentPanel();
    auto raised = std::make_shared<bool>(false);
    QObject::connect(controller, &TrainingController::stateChanged, &window,
                     [controller, probe, clock, panel, raised](TrainingController::State state) {
                         if (state != TrainingController::State::Paused || clock->isValid()) {
                             return;
                         }
                         if (!*raised) {
                             *raised = true;
                             panel->commitMaximumSteps();  // the experiment is rebuilt
                             if (controller->state() == TrainingController::State::Loading) {
                                 return;  // trains at the next Paused
                             }
                         }
                         clock->start();
                         probe->start();
                         controller->start();
                     });
    QTimer::singleShot(static_cast<int>(seconds * 1000), &window, [probe, clock, controller] {
        probe->stop();
        const LatencyProbe::Result r = probe->result();
        const double elapsed = clock->isValid() ? clock->elapsed() / 1000.0 : 0.0;
        printOut(ApplicationText::tr(
                     "eqlab: event-loop latency while training: p50 %1 ms, p99 %2 ms, "
                     "max %3 ms (%4 timer events of 10 ms in %5 s); %6 snapshots delivered "
                     "(%7 per s)\n")
                     .arg(r.p50, 0, 'f', 2)
                     .arg(r.p99, 0, 'f', 2)
                     .arg(r.max, 0, 'f', 2)
                     .arg(r.samples)
                     .arg(elapsed, 0, 'f', 1)
                     .arg(controller->deliveredCount())
                     .arg(elapsed > 0 ? controller->deliveredCount() / elapsed : 0.0, 0, 'f', 1));
        delete clock;
        QApplication::exit(r.samples > 0 ? kExitOk : kExitFailure);
    });
}

void grabAndExit(MainWindow& window, const QString& path, int width) {
    const bool saved = window.saveScreenshot(path, width);
    if (saved) {
        printOut(ApplicationText::tr("eqlab: wrote %1\n").arg(QDir(path).absolutePath()));
    } else {
        printError(ApplicationText::tr("eqlab: could not write the screenshot %1\n").arg(path));
    }
    QApplication::exit(saved ? kExitOk : kExitFailure);
}

int runGui(int argc, char** argv, const GuiOptions& options) {
    widgets::VtkView::setDefaultSurfaceFormat();
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("eqlab"));
    QApplication::setApplicationVersion(QStringLiteral(EQLAB_VERSION));
    installTranslations(chosenLanguage());
    // The host rebuilds the window when the user switches the language (app/window_host.h); the
    // scripted modes below (screenshots, latency) keep to the first window.
    WindowHost host;
    MainWindow& window = *host.window();
    if (options.dark || options.presentation) {
        window.setTheme(options.dark, options.presentation);
    }
    const bool restored = restoreSession(window, options);
    if (options.restoreSession && !restored) {
        if (!window.autosave()->problem().isEmpty()) {
            return kExitFailure;
        }
        printError(ApplicationText::tr("eqlab: no autosaved session in %1\n")
                       .arg(QDir::toNativeSeparators(window.autosave()->folder())));
        return kExitUsage;
    }
    if (restored) {
        // The experiment is the autosave's.
    } else if (!options.experimentFile.isEmpty() || !options.lesson.isEmpty()) {
        if (options.experimentFile.isEmpty()) {
            window.openLessonNamed(options.lesson);
        } else if (!window.openExperimentFile(options.experimentFile)) {
            return kExitUsage;  // checked before the window was made; a race with the file system
        }
        if (options.train) {
            window.trainWhenBuilt();
        }
    } else {
        window.openFirstLesson();
    }
    if (options.autosaveMs > 0 && (restored || !window.autosave()->isPending())) {
        window.autosave()->setInterval(options.autosaveMs);
        window.autosave()->start();
        host.setAutosaveInterval(options.autosaveMs);
    }
    if (!options.group.isEmpty() && !window.selectGroup(options.group)) {
        printError(ApplicationText::tr("eqlab: unknown group '%1'. Run 'eqlab --help'.\n")
                       .arg(options.group));
        return kExitUsage;
    }
    if (!options.show.isEmpty() && !window.showView(options.show)) {
        printError(ApplicationText::tr("eqlab: unknown view '%1'. Run 'eqlab --help'.\n")
                       .arg(options.show));
        return kExitUsage;
    }
    // 1600 x 1000 where the screen has room, else the whole screen (a 1366 x 768 laptop or
    // projector): the window never starts larger than what can be seen.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    window.resize(std::min(1600, screen.width()), std::min(1000, screen.height()));
    window.show();
    auto* controller = window.controller();
    if (options.latencySeconds > 0) {
        probeLatency(window, options.latencySeconds);
    } else if (options.screenshotStep > 0) {
        // Once built, exactly screenshotStep steps: the picture is of a known step, whatever the
        // machine's speed.
        QObject::connect(controller, &TrainingController::stateChanged, &window,
                         [controller, &options](TrainingController::State state) {
                             if (state == TrainingController::State::Paused &&
                                 controller->latest() && controller->latest()->step == 0) {
                                 controller->step(static_cast<int>(options.screenshotStep));
                             }
                         });
    }
    if (!options.screenshot.isEmpty() && options.screenshotStep >= 0) {
        QObject::connect(
            controller, &TrainingController::snapshotReady, &window,
            [&window, &options](const std::shared_ptr<const train::SessionSnapshot>& snapshot) {
                if (snapshot->step == options.screenshotStep) {
                    // Let every view draw this picture, then grab the whole window.
                    QTimer::singleShot(1500, &window, [&window, &options] {
                        grabAndExit(window, options.screenshot, options.screenshotWidth);
                    });
                }
            });
    } else if (!options.screenshot.isEmpty() && restored) {
        // The picture of the restored session, once its weights are in.
        QObject::connect(window.autosave(), &Autosave::restored, &window, [&window, &options] {
            QTimer::singleShot(1500, &window, [&window, &options] {
                grabAndExit(window, options.screenshot, options.screenshotWidth);
            });
        });
    } else if (!options.screenshot.isEmpty()) {
        // Give the views a few frames to draw, then grab the whole window, VTK views included.
        QTimer::singleShot(1500, &window, [&window, &options] {
            grabAndExit(window, options.screenshot, options.screenshotWidth);
        });
    }
    const int code = QApplication::exec();
    host.window()->autosave()->finish();  // ended cleanly (closed, or a scripted run that is done)
    return code;
}

}  // namespace

int runApplication(int argc, char** argv) {
    tuneAllocator();
    const QStringList arguments = argumentsOf(argc, argv);

    // eqlab <command> ...: a subcommand, never a window.
    if (arguments.size() > 1 && !arguments[1].startsWith(QLatin1Char('-')) &&
        !isExperimentPath(arguments[1])) {
        // Figures need a QGuiApplication (fonts, QPainter) but never a display: prepared to run
        // on the offscreen platform (app/figure_export.h, docs/figures.md).
        std::unique_ptr<QCoreApplication> application;
        if (argumentsWantFigures(arguments[1], arguments.mid(2))) {
            prepareFigureApplication();
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("eqlab"));
        installTranslations(QString());
        const auto commands = subcommands();
        const Subcommand* command = findSubcommand(commands, arguments[1]);
        if (!command) {
            printError(ApplicationText::tr(
                           "eqlab: unknown command '%1'. Run 'eqlab --help' for the list.\n")
                           .arg(arguments[1]));
            return kExitUsage;
        }
        return command->run(arguments.mid(2));
    }

    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption lessonOption(QStringLiteral("lesson"), QString(),
                                          QStringLiteral("name"));
    const QCommandLineOption groupOption(QStringLiteral("group"), QString(),
                                         QStringLiteral("name"));
    const QCommandLineOption headless(QStringLiteral("headless"), QString());
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("dir"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(),
                                        QStringLiteral("file"));
    const QCommandLineOption show(QStringLiteral("show"), QString(), QStringLiteral("view"));
    const QCommandLineOption train(QStringLiteral("train"), QString());
    const QCommandLineOption screenshotStep(QStringLiteral("screenshot-step"), QString(),
                                            QStringLiteral("steps"));
    const QCommandLineOption screenshotWidth(QStringLiteral("screenshot-width"), QString(),
                                             QStringLiteral("pixels"));
    const QCommandLineOption latency(QStringLiteral("latency-probe"), QString(),
                                     QStringLiteral("seconds"));
    const QCommandLineOption dark(QStringLiteral("dark"), QString());
    const QCommandLineOption presentation(QStringLiteral("presentation"), QString());
    const QCommandLineOption restoreOption(QStringLiteral("restore-session"), QString());
    const QCommandLineOption autosaveOption(QStringLiteral("autosave-interval"), QString(),
                                            QStringLiteral("seconds"));
    parser.addOptions({help, version, lessonOption, groupOption, headless, out, screenshot,
                       screenshotWidth, show, train, screenshotStep, latency, dark, presentation,
                       restoreOption, autosaveOption});
    if (!parser.parse(arguments)) {
        printError(ApplicationText::tr("eqlab: %1\nRun 'eqlab --help' for the options.\n")
                       .arg(parser.errorText()));
        return kExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !isExperimentPath(positional[0]))) {
        printError(ApplicationText::tr("eqlab: unexpected argument '%1'. Run 'eqlab --help'.\n")
                       .arg(positional.last()));
        return kExitUsage;
    }
    const QString experimentFile = positional.value(0);
    if (parser.isSet(help)) {
        printOut(helpText());
        return kExitOk;
    }
    if (parser.isSet(version)) {
        printOut(QStringLiteral("eqlab %1\n").arg(QStringLiteral(EQLAB_VERSION)));
        return kExitOk;
    }

    const bool noWindow = parser.isSet(headless) || !haveDisplay();
    if (noWindow && parser.isSet(screenshot)) {
        printError(ApplicationText::tr(
            "eqlab: --screenshot needs a display (try xvfb-run -a eqlab ...).\n"));
        return kExitUsage;
    }
    if (!experimentFile.isEmpty()) {
        if (parser.isSet(lessonOption)) {
            printError(ApplicationText::tr(
                "eqlab: give either an experiment file or --lesson, not both.\n"));
            return kExitUsage;
        }
        try {
            io::readExperimentFile(experimentFile.toStdString());  // say what is wrong up front
        } catch (const Error& error) {
            printError(
                ApplicationText::tr("eqlab: %1\n").arg(QString::fromStdString(error.detail())));
            return kExitUsage;
        }
        if (noWindow) {
            QCoreApplication application(argc, argv);
            installTranslations(QString());
            printOut(
                ApplicationText::tr("eqlab: no window; training %1 headless as 'eqlab run' does.\n")
                    .arg(experimentFile));
            QStringList runArguments{experimentFile};
            if (parser.isSet(out)) {
                runArguments << QStringLiteral("--out") << parser.value(out);
            }
            const auto commands = subcommands();
            return findSubcommand(commands, QStringLiteral("run"))->run(runArguments);
        }
    }
    // The default is the course's first lesson that trains (app/lessons.h).
    const QString lessonName =
        parser.isSet(lessonOption) ? parser.value(lessonOption) : defaultLessonName();
    const std::optional<Lesson> lesson = loadLesson(lessonName);
    const bool experimentLesson = experimentLessonNames().contains(lessonName);
    if (!lesson && !experimentLesson) {
        printError(ApplicationText::tr("eqlab: no lesson named '%1'. Lessons: %2.\n")
                       .arg(lessonName,
                            (experimentLessonNames() + lessonNames()).join(QStringLiteral(", "))));
        return kExitUsage;
    }

    if (noWindow) {
        const QString outDir = parser.isSet(out)
                                   ? parser.value(out)
                                   : QStringLiteral("eqlab-results/%1").arg(lessonName);
        if (!lesson) {
            // An experiment lesson trains as `eqlab run NAME` does; its group is the lesson's.
            if (parser.isSet(groupOption)) {
                printError(ApplicationText::tr(
                               "eqlab: --group %1: without a window only the orbit lessons "
                               "take a group (--lesson orbits); the lesson '%2' trains "
                               "with the group its experiment names.\n")
                               .arg(parser.value(groupOption), lessonName));
                return kExitUsage;
            }
            QCoreApplication application(argc, argv);
            installTranslations(QString());
            printOut((parser.isSet(headless)
                          ? ApplicationText::tr(
                                "eqlab: training lesson '%1' headless as 'eqlab run' does.\n")
                          : ApplicationText::tr(
                                "eqlab: no display found; training lesson '%1' headless as "
                                "'eqlab run' does.\n"))
                         .arg(lessonName));
            const auto commands = subcommands();
            return findSubcommand(commands, QStringLiteral("run"))
                ->run({lessonName, QStringLiteral("--out"), outDir});
        }
        QCoreApplication application(argc, argv);
        installTranslations(QString());
        if (!parser.isSet(headless)) {
            printOut(ApplicationText::tr("eqlab: no display found; running lesson '%1' headless.\n")
                         .arg(lesson->name));
        }
        return runHeadlessLesson(*lesson, parser.value(groupOption), outDir);
    }
    GuiOptions options;
    // A plain `eqlab` (nothing scripted, nothing chosen) is a first start: the default lesson,
    // training at once.
    const bool plainStart = !parser.isSet(lessonOption) && experimentFile.isEmpty() &&
                            !parser.isSet(groupOption) && !parser.isSet(screenshot) &&
                            !parser.isSet(latency);
    options.lesson = plainStart ? QString() : lessonName;
    options.experimentFile = experimentFile;
    options.group = parser.value(groupOption);
    options.screenshot = parser.value(screenshot);
    options.show = parser.value(show);
    options.train = parser.isSet(train);
    options.dark = parser.isSet(dark);
    options.presentation = parser.isSet(presentation);
    options.restoreSession = parser.isSet(restoreOption);
    options.offerRestore = !parser.isSet(lessonOption) && experimentFile.isEmpty() &&
                           !parser.isSet(screenshot) && !parser.isSet(latency);
    bool ok = true;
    if (options.restoreSession && (parser.isSet(lessonOption) || !experimentFile.isEmpty() ||
                                   parser.isSet(screenshotStep) || parser.isSet(latency))) {
        printError(
            ApplicationText::tr("eqlab: --restore-session opens the autosaved experiment: not with "
                                "--lesson, a file, --screenshot-step or --latency-probe.\n"));
        return kExitUsage;
    }
    if (parser.isSet(autosaveOption)) {
        const double seconds = parser.value(autosaveOption).toDouble(&ok);
        if (!ok || seconds < 0) {
            printError(ApplicationText::tr(
                "eqlab: --autosave-interval needs a number of seconds >= 0.\n"));
            return kExitUsage;
        }
        options.autosaveMs = static_cast<int>(seconds * 1000);
    }
    if (parser.isSet(screenshotStep)) {
        options.screenshotStep = parser.value(screenshotStep).toLongLong(&ok);
        if (!ok || options.screenshotStep < 0 || !parser.isSet(screenshot)) {
            printError(
                ApplicationText::tr("eqlab: --screenshot-step needs a number of steps >= 0 and "
                                    "--screenshot FILE.\n"));
            return kExitUsage;
        }
    }
    if (parser.isSet(screenshotWidth)) {
        options.screenshotWidth = parser.value(screenshotWidth).toInt(&ok);
        if (!ok || options.screenshotWidth < 16 || options.screenshotWidth > 4000 ||
            !parser.isSet(screenshot)) {
            printError(
                ApplicationText::tr("eqlab: --screenshot-width needs a width in pixels from 16 to "
                                    "4000 and --screenshot FILE.\n"));
            return kExitUsage;
        }
    }
    if (parser.isSet(latency)) {
        options.latencySeconds = parser.value(latency).toDouble(&ok);
        if (!ok || options.latencySeconds <= 0 || (!experimentLesson && experimentFile.isEmpty())) {
            printError(
                ApplicationText::tr("eqlab: --latency-probe needs a number of seconds > 0 and an "
                                    "experiment lesson (--lesson NAME).\n"));
            return kExitUsage;
        }
    }
    return runGui(argc, argv, options);
}

}  // namespace eqlab::app

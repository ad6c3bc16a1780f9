#include "app/application.h"

#include <malloc.h>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "app/headless_lesson.h"
#include "app/language.h"
#include "app/lessons.h"
#include "app/main_window.h"
#include "widgets/vtk_view.h"

namespace eqlab::app {

namespace {

struct Text {
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
// (PERFORMANCE.md), so keep freed memory for reuse.
void tuneAllocator() {
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
}

QString helpText() {
    QString text;
    text += Text::tr(
        "Usage: eqlab [options]\n"
        "       eqlab <command> [arguments]   (eqlab <command> --help for its options)\n\n"
        "eqlab (Equivariance Lab) trains small equivariant, invariant and involutive\n"
        "networks and shows the orbits of data under a finite group, the learned\n"
        "filters, and how much each layer breaks the symmetry.\n\n"
        "Without a command, eqlab opens its window with a lesson. With no display it\n"
        "runs the lesson headless and writes its results to a folder.\n\n");
    text += Text::tr("Options:\n");
    text += Text::tr("  -h, --help             Show this help and exit.\n");
    text += Text::tr("  -v, --version          Show the version and exit.\n");
    text += Text::tr("  --lesson <name>        Open this lesson (default: %1). Lessons: %2.\n")
                .arg(defaultLessonName(), lessonNames().join(QStringLiteral(", ")));
    text += Text::tr("  --group <name>         Start with this group instead of the lesson's.\n");
    text += Text::tr(
        "  --headless             Run the lesson without a window, even with a display.\n");
    text += Text::tr("  --out <dir>            Where headless results go (default: %1).\n")
                .arg(QStringLiteral("./eqlab-results/<lesson>"));
    text +=
        Text::tr("  --screenshot <file>    Open the window, save a PNG of it once drawn, exit.\n");
    const auto commands = subcommands();
    if (!commands.empty()) {
        text += Text::tr("\nCommands:\n");
        for (const auto& command : commands) {
            text += QStringLiteral("  %1%2\n").arg(command.name, -23).arg(command.summary);
        }
    }
    return text;
}

int runGui(int argc, char** argv, const Lesson& lesson, const QString& group,
           const QString& screenshot, const QString& show) {
    widgets::VtkView::setDefaultSurfaceFormat();
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("eqlab"));
    QApplication::setApplicationVersion(QStringLiteral(EQLAB_VERSION));
    installTranslations(QString());
    MainWindow window;
    window.openLesson(lesson);
    if (!group.isEmpty() && !window.selectGroup(group)) {
        printError(Text::tr("eqlab: unknown group '%1'. Run 'eqlab --help'.\n").arg(group));
        return kExitUsage;
    }
    if (!show.isEmpty() && !window.showView(show)) {
        printError(Text::tr("eqlab: unknown view '%1'. Run 'eqlab --help'.\n").arg(show));
        return kExitUsage;
    }
    window.resize(1400, 860);
    window.show();
    if (!screenshot.isEmpty()) {
        // Give the views a few frames to draw, then grab the whole window, VTK views included.
        QTimer::singleShot(1500, &window, [&window, &screenshot] {
            const bool saved = window.saveScreenshot(screenshot);
            if (saved) {
                printOut(Text::tr("eqlab: wrote %1\n").arg(QDir(screenshot).absolutePath()));
            } else {
                printError(Text::tr("eqlab: could not write the screenshot %1\n").arg(screenshot));
            }
            QApplication::exit(saved ? kExitOk : kExitFailure);
        });
    }
    return QApplication::exec();
}

}  // namespace

int runApplication(int argc, char** argv) {
    tuneAllocator();
    const QStringList arguments = argumentsOf(argc, argv);

    // eqlab <command> ...: a subcommand, never a window.
    if (arguments.size() > 1 && !arguments[1].startsWith(QLatin1Char('-'))) {
        QCoreApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("eqlab"));
        installTranslations(QString());
        const auto commands = subcommands();
        const Subcommand* command = findSubcommand(commands, arguments[1]);
        if (!command) {
            printError(Text::tr("eqlab: unknown command '%1'. Run 'eqlab --help' for the list.\n")
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
    parser.addOptions({help, version, lessonOption, groupOption, headless, out, screenshot, show});
    if (!parser.parse(arguments)) {
        printError(
            Text::tr("eqlab: %1\nRun 'eqlab --help' for the options.\n").arg(parser.errorText()));
        return kExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(Text::tr("eqlab: unexpected argument '%1'. Run 'eqlab --help'.\n")
                       .arg(parser.positionalArguments().first()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(helpText());
        return kExitOk;
    }
    if (parser.isSet(version)) {
        printOut(QStringLiteral("eqlab %1\n").arg(QStringLiteral(EQLAB_VERSION)));
        return kExitOk;
    }

    const QString lessonName =
        parser.isSet(lessonOption) ? parser.value(lessonOption) : defaultLessonName();
    const std::optional<Lesson> lesson = loadLesson(lessonName);
    if (!lesson) {
        printError(Text::tr("eqlab: no lesson named '%1'. Lessons: %2.\n")
                       .arg(lessonName, lessonNames().join(QStringLiteral(", "))));
        return kExitUsage;
    }

    if (parser.isSet(headless) || !haveDisplay()) {
        if (parser.isSet(screenshot)) {
            printError(
                Text::tr("eqlab: --screenshot needs a display (try xvfb-run -a eqlab ...).\n"));
            return kExitUsage;
        }
        QCoreApplication application(argc, argv);
        installTranslations(QString());
        if (!parser.isSet(headless)) {
            printOut(Text::tr("eqlab: no display found; running lesson '%1' headless.\n")
                         .arg(lesson->name));
        }
        const QString outDir = parser.isSet(out)
                                   ? parser.value(out)
                                   : QStringLiteral("eqlab-results/%1").arg(lesson->name);
        return runHeadlessLesson(*lesson, parser.value(groupOption), outDir);
    }
    return runGui(argc, argv, *lesson, parser.value(groupOption), parser.value(screenshot),
                  parser.value(show));
}

}  // namespace eqlab::app

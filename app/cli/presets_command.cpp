// eqlab presets [--json]: the lessons compiled into eqlab, each runnable with `eqlab run NAME`.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "app/experiment_lessons.h"
#include "compute/core/error.h"

namespace eqlab::app {

namespace {

struct PresetsCommandText {
    Q_DECLARE_TR_FUNCTIONS(PresetsCommand)
};

QJsonObject lessonJson(const ExperimentLesson& lesson) {
    const io::ExperimentSpec& spec = lesson.spec;
    QJsonArray architectures, runs;
    for (const auto& run : spec.runs) {
        architectures.append(QString::fromStdString(run.label));
        runs.append(QJsonObject{{QStringLiteral("label"), QString::fromStdString(run.label)},
                                {QStringLiteral("architecture"), describeArchitecture(run)}});
    }
    QJsonArray variants;
    for (const auto& variant : spec.variants) {
        variants.append(
            QJsonObject{{QStringLiteral("name"), QString::fromStdString(variant.name)},
                        {QStringLiteral("text"), QString::fromStdString(variant.text)}});
    }
    return {{QStringLiteral("name"), lesson.name},
            {QStringLiteral("title"), QString::fromStdString(spec.lesson->title)},
            {QStringLiteral("group"), QString::fromStdString(spec.group)},
            {QStringLiteral("task"), QString::fromStdString(spec.task.kind)},
            {QStringLiteral("architectures"), architectures},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("steps"), static_cast<qint64>(spec.steps)},
            {QStringLiteral("watch"), QString::fromStdString(spec.lesson->watch)},
            {QStringLiteral("try"), QString::fromStdString(spec.lesson->tryThis)},
            {QStringLiteral("variants"), variants},
            {QStringLiteral("source"), QString::fromStdString(spec.lesson->source)},
            {QStringLiteral("headline"), QString::fromStdString(spec.headline->text)}};
}

int runPresetsCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({json, help});
    if (!parser.parse(QStringList{QStringLiteral("eqlab presets")} + arguments) ||
        !parser.positionalArguments().isEmpty()) {
        printError(PresetsCommandText::tr("eqlab presets: %1\n")
                       .arg(parser.errorText().isEmpty()
                                ? PresetsCommandText::tr("takes no arguments besides --json")
                                : parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(PresetsCommandText::tr(
            "Usage: eqlab presets [--json]\n\n"
            "Lists the lessons compiled into eqlab. Run one headless with\n"
            "'eqlab run NAME'; its summary.json says whether the lesson's effect\n"
            "showed. docs/lessons.md describes each.\n"));
        return kExitOk;
    }
    try {
        QJsonArray all;
        QString table;
        for (const QString& name : experimentLessonNames()) {
            const auto lesson = loadExperimentLesson(name);
            all.append(lessonJson(*lesson));
            QStringList labels;
            for (const auto& run : lesson->spec.runs) {
                labels << QString::fromStdString(run.label);
            }
            table +=
                QStringLiteral("%1  %2\n%3  %4: %5\n")
                    .arg(name, -28)
                    .arg(QString::fromStdString(lesson->spec.lesson->title))
                    .arg(QString(), -28)
                    .arg(lesson->spec.group.empty() ? PresetsCommandText::tr("no group")
                                                    : QString::fromStdString(lesson->spec.group),
                         labels.join(PresetsCommandText::tr(" vs ")));
        }
        if (parser.isSet(json)) {
            printOut(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)));
        } else {
            printOut(table);
        }
        return kExitOk;
    } catch (const Error& error) {
        printError(PresetsCommandText::tr("eqlab presets: %1\n").arg(error.detail()));
        return kExitFailure;
    }
}

}  // namespace

Subcommand presetsSubcommand() {
    return {QStringLiteral("presets"),
            PresetsCommandText::tr(
                "List the lessons (eqlab presets --json); run one with eqlab run NAME."),
            &runPresetsCommand};
}

}  // namespace eqlab::app

#include "app/experiment_lessons.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "app/language.h"
#include "app/lesson_texts.h"
#include "compute/core/error.h"

namespace eqlab::app {

namespace {
const QString kSuffix = QStringLiteral(".eqlab.json");

struct ArchitectureText {
    Q_DECLARE_TR_FUNCTIONS(ArchitectureText)
};
}  // namespace

QStringList experimentLessonNames() {
    QStringList names;
    const auto files =
        QDir(kLessonDir).entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        names << file.chopped(kSuffix.size());
    }
    return names;
}

std::optional<ExperimentLesson> loadExperimentLesson(const QString& name) {
    QFile file(kLessonDir + QLatin1Char('/') + name + kSuffix);
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    ExperimentLesson lesson;
    lesson.name = name;
    lesson.text = QString::fromUtf8(file.readAll());
    const std::string source = "lesson " + name.toStdString();
    lesson.spec = io::parseExperiment(lesson.text.toStdString(), source);
    if (!lesson.spec.lesson || !lesson.spec.headline) {
        throw Error(ErrorKind::Parse, source + ": a lesson needs \"lesson\" and \"headline\"");
    }
    QFile html(kLessonDir + QLatin1Char('/') + name + QStringLiteral(".html"));
    if (!html.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::Parse,
                    source + ": its text " + name.toStdString() + ".html is missing");
    }
    const io::LessonInfo& info = *lesson.spec.lesson;
    LessonTexts english{QString::fromStdString(info.title),
                        QString::fromStdString(info.watch),
                        QString::fromStdString(info.tryThis),
                        QString::fromStdString(lesson.spec.headline->text),
                        {},
                        {},
                        QString::fromUtf8(html.readAll())};
    for (const auto& variant : lesson.spec.variants) {
        english.variantNames << QString::fromStdString(variant.name);
        english.variantTexts << QString::fromStdString(variant.text);
    }
    lesson.texts = translatedLessonTexts(name, currentLanguage(), english);
    lesson.html = lesson.texts.html;
    const LessonGuideFile guide = loadLessonGuide(name, currentLanguage());
    lesson.guide = guide.guide;
    lesson.views = guide.views;
    return lesson;
}

QString describeArchitecture(const io::RunSpec& run) {
    QStringList parts;
    for (const auto& layer : run.layers) {
        QString part = QString::fromStdString(layer.type);
        if (layer.params.has("out") && layer.type == "dense") {
            part += QLatin1Char(' ') + QString::number(layer.params.integer("out"));
        } else if (layer.params.has("function")) {
            part = QString::fromStdString(layer.params.text("function"));
        } else if (layer.params.has("in") && layer.params.has("out")) {
            part += QStringLiteral(" %1→%2").arg(QString::fromStdString(layer.params.text("in")),
                                                 QString::fromStdString(layer.params.text("out")));
        }
        parts << part;
    }
    QString text = parts.join(QStringLiteral(", "));
    if (run.augment) {
        text += ArchitectureText::tr(" (augmented)");
    }
    if (run.inputs) {
        text += ArchitectureText::tr(" (on the codes of %1)")
                    .arg(QString::fromStdString(run.inputs->run));
    }
    return text;
}

}  // namespace eqlab::app

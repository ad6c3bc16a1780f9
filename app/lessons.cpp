#include "app/lessons.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/language.h"
#include "app/lesson_texts.h"

namespace eqlab::app {

namespace {}

QString defaultLessonName() {
    // The first start shows a lesson that trains and fills its views: the course's first
    // (invariance by averaging, by augmentation, or not at all: three nets side by side, trained in
    // about a second). The orbit lesson before it in the course trains nothing.
    return QStringLiteral("averaging");
}

QStringList lessonNames() {
    QStringList names;
    const auto files =
        QDir(kLessonDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        // <name>.eqlab.json files are experiment lessons (app/experiment_lessons.h); guides and
        // the course are not lessons (app/lesson_texts.h).
        if (!file.endsWith(QStringLiteral(".eqlab.json")) &&
            !file.endsWith(QStringLiteral(".guide.json")) &&
            file != QStringLiteral("course.json")) {
            names << file.chopped(5);
        }
    }
    return names;
}

std::optional<Lesson> loadLesson(const QString& name) {
    QFile file(QStringLiteral("%1/%2.json").arg(kLessonDir, name));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Lesson lesson;
    lesson.name = name;
    lesson.title = json.value(QStringLiteral("title")).toString();
    lesson.group = json.value(QStringLiteral("group")).toString();
    lesson.representation =
        json.value(QStringLiteral("representation")).toString(QStringLiteral("std"));
    for (const auto& value : json.value(QStringLiteral("point")).toArray()) {
        lesson.point << value.toDouble();
    }
    QFile html(QStringLiteral("%1/%2.html").arg(kLessonDir, name));
    if (html.open(QIODevice::ReadOnly)) {
        lesson.html = QString::fromUtf8(html.readAll());
    }
    if (lesson.title.isEmpty() || lesson.group.isEmpty()) {
        return std::nullopt;
    }
    LessonTexts texts;
    texts.title = lesson.title;
    texts.html = lesson.html;
    texts = translatedLessonTexts(name, currentLanguage(), texts);
    lesson.title = texts.title;
    lesson.html = texts.html;
    const LessonGuideFile guide = loadLessonGuide(name, currentLanguage());
    lesson.guide = guide.guide;
    lesson.views = guide.views;
    return lesson;
}

}  // namespace eqlab::app

#include "app/lesson_texts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eqlab::app {

namespace {

QString lessonFile(const QString& language, const QString& file) {
    return language == QLatin1String("en")
               ? QStringLiteral("%1/%2").arg(kLessonDir, file)
               : QStringLiteral("%1/%2/%3").arg(kLessonDir, language, file);
}

// The JSON object in a compiled-in file; empty when there is none (a lesson without that
// translation). A malformed file is a bug in eqlab's resources that tests/unit/test_lesson_texts
// reports, so here it only means "not translated".
QJsonObject readObject(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A file in `language`, or the English one where that language has none.
QJsonObject readTranslatedObject(const QString& language, const QString& file,
                                 const QJsonObject& english) {
    const QJsonObject translated =
        language == QLatin1String("en") ? QJsonObject() : readObject(lessonFile(language, file));
    return translated.isEmpty() ? english : translated;
}

void replaceIfGiven(QString& field, const QJsonObject& json, const char* key) {
    const QString value = json.value(QLatin1String(key)).toString();
    if (!value.isEmpty()) {
        field = value;
    }
}

}  // namespace

LessonTexts translatedLessonTexts(const QString& name, const QString& language,
                                  LessonTexts english) {
    if (language == QLatin1String("en") || language.isEmpty()) {
        return english;
    }
    LessonTexts texts = std::move(english);
    const QJsonObject json = readObject(lessonFile(language, name + QStringLiteral(".json")));
    replaceIfGiven(texts.title, json, "title");
    replaceIfGiven(texts.watch, json, "watch");
    replaceIfGiven(texts.tryText, json, "try");
    replaceIfGiven(texts.headline, json, "headline");
    const QJsonArray variants = json.value(QStringLiteral("variants")).toArray();
    for (int i = 0; i < variants.size() && i < texts.variantNames.size(); ++i) {
        const QJsonObject variant = variants.at(i).toObject();
        replaceIfGiven(texts.variantNames[i], variant, "name");
        if (i < texts.variantTexts.size()) {
            replaceIfGiven(texts.variantTexts[i], variant, "text");
        }
    }
    QFile html(lessonFile(language, name + QStringLiteral(".html")));
    if (html.open(QIODevice::ReadOnly)) {
        texts.html = QString::fromUtf8(html.readAll());
    }
    return texts;
}

LessonGuideFile loadLessonGuide(const QString& name, const QString& language) {
    const QString file = name + QStringLiteral(".guide.json");
    const QJsonObject english = readObject(lessonFile(QStringLiteral("en"), file));
    const QJsonObject json = readTranslatedObject(language, file, english);
    LessonGuideFile guide;
    guide.part = json.value(QStringLiteral("part")).toString();
    // The views are the same in every language: the English guide names them.
    for (const auto& view : english.value(QStringLiteral("views")).toArray()) {
        guide.views << view.toString();
    }
    guide.guide.aim = json.value(QStringLiteral("aim")).toString();
    for (const auto& value : json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        guide.guide.steps.append({step.value(QStringLiteral("do")).toString(),
                                  step.value(QStringLiteral("watch")).toString(),
                                  step.value(QStringLiteral("ask")).toString()});
    }
    return guide;
}

QList<CoursePart> loadCourse(const QString& language) {
    const QString file = QStringLiteral("course.json");
    const QJsonObject json =
        readTranslatedObject(language, file, readObject(lessonFile(QStringLiteral("en"), file)));
    QList<CoursePart> parts;
    for (const auto& value : json.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject part = value.toObject();
        CoursePart entry{part.value(QStringLiteral("title")).toString(), {}};
        for (const auto& lesson : part.value(QStringLiteral("lessons")).toArray()) {
            entry.lessons << lesson.toString();
        }
        parts.append(entry);
    }
    return parts;
}

}  // namespace eqlab::app

#pragma once

// A lesson's texts in the language eqlab is shown in (app/language.h), and its guided steps.
//
// English is the lesson's own files (resources/lessons/<name>.eqlab.json or <name>.json, and
// <name>.html, <name>.guide.json). A translation lives beside them in resources/lessons/<lang>/:
// <name>.json with the fields "title", "watch", "try", "headline" and "variants" [{name, text}],
// <name>.html, and <name>.guide.json. What a translation lacks is shown in English, so a lesson
// never goes blank. The course (resources/lessons/course.json, translated as <lang>/course.json)
// orders the lessons into the lecture's parts.

#include <QList>
#include <QString>
#include <QStringList>

#include "widgets/lesson_panel.h"

namespace eqlab::app {

// Where the lessons' files are compiled into the program (Qt's resource system).
inline const QString kLessonDir = QStringLiteral(":/lessons");

struct LessonTexts {
    QString title;
    QString watch;
    QString tryText;
    QString headline;
    QStringList variantNames;  // in the order of the experiment's variants
    QStringList variantTexts;
    QString html;
};

// `english` with each field the translation into `language` has replaced ("en": unchanged).
LessonTexts translatedLessonTexts(const QString& name, const QString& language,
                                  LessonTexts english);

struct LessonGuideFile {
    QString part;  // the course part the lesson belongs to
    widgets::LessonGuide guide;
    QStringList views;  // the views the lesson uses (app/lab_views.h names); empty: all
};
// The lesson's guide in `language`, else in English; empty when the lesson has none.
LessonGuideFile loadLessonGuide(const QString& name, const QString& language);

struct CoursePart {
    QString title;
    QStringList lessons;  // lesson names, in teaching order
};
// The course in `language` (part titles), else in English.
QList<CoursePart> loadCourse(const QString& language);

}  // namespace eqlab::app

#pragma once

// Lessons: presets compiled into the program (resources/lessons/<name>.json + <name>.html), with
// title, text and guide in the language eqlab is shown in (app/lesson_texts.h).

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

#include "widgets/lesson_panel.h"

namespace eqlab::app {

struct Lesson {
    QString name;                // "orbits": the file name and what --lesson takes
    QString title;               // shown in the window
    QString group;               // catalogue name, e.g. "I"
    QString representation;      // e.g. "std"
    QVector<double> point;       // the starting point; empty: a point in general position
    QString html;                // the lesson text
    widgets::LessonGuide guide;  // its guided steps
    QStringList views;           // the views it uses (app/lab_views.h names)
};

// The lesson a plain start opens and trains (an experiment lesson, app/experiment_lessons.h).
QString defaultLessonName();
QStringList lessonNames();
// The lesson, or nothing when there is none of that name (or its file is malformed, which is a bug
// in eqlab's resources: a unit test loads every lesson).
std::optional<Lesson> loadLesson(const QString& name);

}  // namespace eqlab::app

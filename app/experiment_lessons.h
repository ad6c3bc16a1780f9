#pragma once

// Experiment lessons: presets compiled into the program, each an experiment file
// (resources/lessons/<name>.eqlab.json, with "lesson" and "headline") plus its text
// (resources/lessons/<name>.html). `eqlab presets` lists them, `eqlab run NAME` runs one, and the
// window opens them. (The orbit lessons of app/lessons.h are views, not experiments.)

#include <QString>
#include <QStringList>
#include <optional>

#include "app/lesson_texts.h"
#include "compute/io/experiment.h"

namespace eqlab::app {

struct ExperimentLesson {
    QString name;       // "invariance-by-averaging": the file name and what `eqlab run` takes
    QString html;       // the lesson text (in the language eqlab is shown in)
    LessonTexts texts;  // title, watch, variants ... in that language (html too)
    widgets::LessonGuide guide;  // its guided steps in that language
    QStringList views;           // the views it uses (app/lab_views.h names); empty: all
    QString text;                // the experiment file as compiled in
    io::ExperimentSpec spec;     // parsed (lesson and headline are present)
};

QStringList experimentLessonNames();
// Error(Parse) when the compiled-in file is malformed (a bug in eqlab's resources: a test loads
// every lesson); nothing when there is no lesson of that name.
std::optional<ExperimentLesson> loadExperimentLesson(const QString& name);

// A short description of a run's architecture: "dense 16, tanh, dense 1".
QString describeArchitecture(const io::RunSpec& run);

}  // namespace eqlab::app

#pragma once

#include <QString>

#include "app/lessons.h"

namespace eqlab::app {

// Runs a lesson without a window and writes its results (CSV + JSON) into outDir, saying where.
// group, when not empty, replaces the lesson's group. Returns an exit code.
int runHeadlessLesson(const Lesson& lesson, const QString& group, const QString& outDir);

}  // namespace eqlab::app

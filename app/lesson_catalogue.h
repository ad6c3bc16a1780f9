#pragma once

// The lessons as the browser shows them (widgets/lesson_browser.h): the course's parts in order
// (app/lesson_texts.h, course.json), each lesson with its title, group and aim in the language
// eqlab is shown in, and its picture (resources/lessons/thumbnails/<name>.png, made from the
// lesson itself by scripts/screenshots --thumbnails). A lesson the course does not name yet is
// still shown, in a last part, so none is ever unreachable.

#include <QList>

#include "widgets/lesson_browser.h"

namespace eqlab::app {

QList<widgets::CoursePartCards> lessonCatalogue();

}  // namespace eqlab::app

#include "app/lesson_catalogue.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

#include "app/experiment_lessons.h"
#include "app/language.h"
#include "app/lesson_texts.h"
#include "app/lessons.h"
#include "compute/core/error.h"

namespace eqlab::app {

namespace {

struct LessonCatalogue {
    Q_DECLARE_TR_FUNCTIONS(LessonCatalogue)
};

std::optional<widgets::LessonCard> cardOf(const QString& name) {
    widgets::LessonCard card;
    card.name = name;
    try {
        if (const auto lesson = loadExperimentLesson(name)) {
            card.title = lesson->texts.title;
            card.group = QString::fromStdString(lesson->spec.group);
            card.aim = lesson->guide.aim;
        } else if (const auto view = loadLesson(name)) {
            card.title = view->title;
            card.group = view->group;
            card.aim = view->guide.aim;
        } else {
            return std::nullopt;
        }
    } catch (const Error&) {
        return std::nullopt;  // a malformed compiled-in lesson: tests/cli/test_lessons names it
    }
    card.picture = QPixmap(QStringLiteral(":/lessons/thumbnails/%1.png").arg(name));
    return card;
}

}  // namespace

QList<widgets::CoursePartCards> lessonCatalogue() {
    QList<widgets::CoursePartCards> parts;
    QSet<QString> shown;
    for (const CoursePart& part : loadCourse(currentLanguage())) {
        widgets::CoursePartCards cards{part.title, {}};
        for (const QString& name : part.lessons) {
            if (auto card = cardOf(name)) {
                cards.lessons << *card;
                shown << name;
            }
        }
        parts << cards;
    }
    widgets::CoursePartCards more{LessonCatalogue::tr("More lessons"), {}};
    for (const QString& name : experimentLessonNames() + lessonNames()) {
        if (!shown.contains(name)) {
            if (auto card = cardOf(name)) {
                more.lessons << *card;
            }
        }
    }
    if (!more.lessons.isEmpty()) {
        parts << more;
    }
    return parts;
}

}  // namespace eqlab::app

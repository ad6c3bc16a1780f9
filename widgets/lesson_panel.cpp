#include "widgets/lesson_panel.h"

namespace eqlab::widgets {

LessonPanel::LessonPanel(QWidget* parent) : QTextBrowser(parent) {
    setOpenExternalLinks(true);
    setMinimumWidth(260);
}

void LessonPanel::showLesson(const QString& title, const QString& html) {
    setHtml(QStringLiteral("<h3>%1</h3>%2").arg(title.toHtmlEscaped(), html));
}

}  // namespace eqlab::widgets

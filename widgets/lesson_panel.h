#pragma once

// LessonPanel: the right-hand panel with the lesson's text (HTML from resources/lessons/).

#include <QTextBrowser>

namespace eqlab::widgets {

class LessonPanel : public QTextBrowser {
    Q_OBJECT

public:
    explicit LessonPanel(QWidget* parent = nullptr);
    void showLesson(const QString& title, const QString& html);
};

}  // namespace eqlab::widgets

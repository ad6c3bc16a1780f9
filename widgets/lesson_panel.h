#pragma once

// LessonPanel: the right-hand panel. Above, the lesson's guided steps, one at a time with Back and
// Next (what to press, what to watch, a question for the class), so a lecturer can walk a class
// through the lesson beside the views; below, the lesson's text (HTML from resources/lessons/).
// A lesson without a guide (an experiment of one's own) shows the text only.

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QFrame;
class QResizeEvent;

namespace eqlab::widgets {

struct GuideStep {
    QString action;    // what to press or change
    QString watch;     // what to look at, and what it shows
    QString question;  // a question for the class
};

struct LessonGuide {
    QString aim;  // one line: what the lesson should make clear
    QList<GuideStep> steps;
};

class LessonPanel : public QWidget {
    Q_OBJECT

public:
    explicit LessonPanel(QWidget* parent = nullptr);
    // Shows the lesson's title and text, and its guide from the first step (none: hidden).
    void showLesson(const QString& title, const QString& html, const LessonGuide& guide = {});

    int stepCount() const { return static_cast<int>(guide_.steps.size()); }
    int currentStep() const { return step_; }  // 0-based
    QString text() const;                      // the lesson text as plain text
    QString guideText() const;                 // the shown step as plain text
    // Whether the shown step is visible whole (its wrapped text not cut off).
    bool guideFits() const;

public slots:
    void nextStep();
    void previousStep();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showStep();
    // The step's wrapped text gets the height it needs; the lesson text below takes the rest.
    void fitGuide();

    QFrame* guideBox_ = nullptr;
    QLabel* stepTitle_ = nullptr;
    QLabel* stepBody_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
    QTextBrowser* text_ = nullptr;
    LessonGuide guide_;
    int step_ = 0;
};

}  // namespace eqlab::widgets

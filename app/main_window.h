#pragma once

// The main window only assembles panels and views and wires them to the orbit study; each panel
// and view is a self-contained class in widgets/.

#include <QMainWindow>

#include "app/lessons.h"

namespace eqlab::widgets {
class ChartView;
class GroupPanel;
class LessonPanel;
class OrbitView;
}  // namespace eqlab::widgets

namespace eqlab::app {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void openLesson(const Lesson& lesson);
    // Picks a group (with the current representation); false for an unknown name.
    bool selectGroup(const QString& group);
    bool saveScreenshot(const QString& path);

    widgets::OrbitView* orbitView() const { return orbitView_; }
    widgets::ChartView* factsChart() const { return factsChart_; }
    widgets::GroupPanel* groupPanel() const { return groupPanel_; }

private:
    void createMenus();
    void showOrbit();
    void saveScreenshotInteractively();

    widgets::GroupPanel* groupPanel_ = nullptr;
    widgets::OrbitView* orbitView_ = nullptr;
    widgets::ChartView* factsChart_ = nullptr;
    widgets::LessonPanel* lessonPanel_ = nullptr;
};

}  // namespace eqlab::app

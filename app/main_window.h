#pragma once

// The main window only assembles panels and views and wires them to the orbit study; each panel
// and view is a self-contained class in widgets/.

#include <QMainWindow>

#include "app/lessons.h"

namespace eqlab::widgets {
class ChartView;
class GroupPanel;
class GroupView;
class WeightSharingView;
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
    widgets::GroupView* groupView() const { return groupView_; }
    widgets::WeightSharingView* weightSharingView() const { return weightSharingView_; }
    // Brings the dock holding this widget to the front.
    void raiseDockOf(QWidget* content);
    // Brings a view to the front by name (lesson, group, cayley-table, characters,
    // weight-sharing); false for an unknown name.
    bool showView(const QString& name);

private:
    void createMenus();
    void showOrbit();
    void showGroup();
    void showWeightSharing();
    void saveScreenshotInteractively();

    widgets::GroupPanel* groupPanel_ = nullptr;
    widgets::OrbitView* orbitView_ = nullptr;
    widgets::ChartView* factsChart_ = nullptr;
    widgets::LessonPanel* lessonPanel_ = nullptr;
    widgets::GroupView* groupView_ = nullptr;
    widgets::WeightSharingView* weightSharingView_ = nullptr;
    QString shownGroup_;  // the group the group and weight-sharing views show
};

}  // namespace eqlab::app

#pragma once

// The main window: the lab. Left, the experiment panel (lesson, group, seed, steps, learning rate,
// Train/Step/Reset) tabbed with the group explorer's panel; centre, every view in a dock
// (LabViews); right, the lesson's text; below, a status line and the training progress. The
// window only assembles these and wires them to the training controller; panels and views are
// self-contained classes in widgets/, the experiment helpers in app/lab_experiment.h.

#include <QElapsedTimer>
#include <QMainWindow>
#include <functional>
#include <optional>

#include "app/experiment_lessons.h"
#include "app/lessons.h"
#include "app/session_source.h"
#include "widgets/view_style.h"

class QAction;

namespace eqlab::widgets {
class ChartView;
class ExperimentPanel;
class GroupPanel;
class GroupView;
class LessonPanel;
class OrbitView;
class TrainingProgress;
class WeightSharingView;
}  // namespace eqlab::widgets

namespace eqlab::app {

class LabViews;
class TrainingController;
class WeightSharingSolver;

// Makes the session factory for an experiment: real sessions by default, fakes in tests.
using SessionMaker = std::function<SessionFactory(const io::ExperimentSpec&)>;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr, SessionMaker sessions = {});
    ~MainWindow() override;

    // An orbit lesson: the group explorer.
    void openLesson(const Lesson& lesson);
    // An experiment lesson: trains in the window.
    void openExperimentLesson(const ExperimentLesson& lesson);
    // Either kind, by name; false when there is none of that name.
    bool openLessonNamed(const QString& name);
    // The group of the open experiment (checked like typing it), or the explorer's; false for an
    // unknown name.
    bool selectGroup(const QString& group);
    bool saveScreenshot(const QString& path);

    widgets::OrbitView* orbitView() const;
    widgets::ChartView* factsChart() const;
    widgets::GroupPanel* groupPanel() const { return groupPanel_; }
    widgets::GroupView* groupView() const;
    widgets::WeightSharingView* weightSharingView() const;
    WeightSharingSolver* weightSharingSolver() const { return weightSharingSolver_; }
    widgets::ExperimentPanel* experimentPanel() const { return experimentPanel_; }
    widgets::TrainingProgress* progress() const { return progress_; }
    LabViews* views() const { return views_; }
    TrainingController* controller() const { return controller_; }
    QAction* trainAction() const { return trainAction_; }
    QAction* stepAction() const { return stepAction_; }
    QAction* resetAction() const { return resetAction_; }
    QAction* presentationAction() const { return presentationAction_; }
    QAction* darkAction() const { return darkAction_; }
    const widgets::ViewStyle& viewStyle() const { return style_; }

    // Brings the dock holding this widget to the front.
    void raiseDockOf(QWidget* content);
    // Brings a view to the front by name (lesson, experiment, explore, group, cayley-table,
    // characters, weight-sharing and the views of LabViews); false for an unknown name.
    bool showView(const QString& name);
    void setTheme(bool dark, bool presentation);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createMenus();
    void connectTraining();
    void openSpec(const io::ExperimentSpec& spec);
    void showSnapshot(const std::shared_ptr<const train::SessionSnapshot>& snapshot);
    // The run lines, the progress bar and the status line, as the views begin to show a snapshot.
    void showSnapshotInPanels(const std::shared_ptr<const train::SessionSnapshot>& snapshot);
    void showTrainingState();
    void showOrbit();
    void showGroup();
    void showWeightSharing();
    void saveScreenshotInteractively();
    void restoreSettings();
    void saveSettings() const;
    void balanceSideDocks();
    void balanceSideDocksSoon();

    SessionMaker sessions_;
    TrainingController* controller_ = nullptr;
    widgets::ExperimentPanel* experimentPanel_ = nullptr;
    widgets::GroupPanel* groupPanel_ = nullptr;
    widgets::LessonPanel* lessonPanel_ = nullptr;
    widgets::TrainingProgress* progress_ = nullptr;
    LabViews* views_ = nullptr;
    WeightSharingSolver* weightSharingSolver_ = nullptr;
    QAction* trainAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QAction* resetAction_ = nullptr;
    QAction* presentationAction_ = nullptr;
    QAction* darkAction_ = nullptr;
    widgets::ViewStyle style_;
    QString shownGroup_;  // the group the group and weight-sharing views show
    std::optional<ExperimentLesson> experiment_;  // the open experiment lesson
    io::ExperimentSpec spec_;  // what is training (the lesson + the panel's edits)
    bool thumbnailsShown_ = false;
    bool arranged_ = false;
    bool sideDocksBalanced_ = false;  // set once the side docks were sized (or restored)  // the
                                      // views with content were brought to the front
    QElapsedTimer clock_;             // for the progress's speed
};

}  // namespace eqlab::app

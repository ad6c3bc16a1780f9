#pragma once

// The main window hosts two editors (app/editor.h): the lab, which edits and trains an experiment
// (app/lab_editor.h), and the group explorer (app/explorer_editor.h). Left, the editors' panels
// in tabbed docks; centre, every view in a dock (LabViews); right, the lesson's text; below, a
// status line and the training progress. The window assembles these, owns the menus (files,
// training, view), the layout and the settings; it knows nothing of the editors' insides.

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSet>
#include <functional>
#include <optional>

#include "app/experiment_lessons.h"
#include "app/lab_editor.h"
#include "app/lessons.h"
#include "widgets/view_style.h"

class QAction;
class QDockWidget;
class QMenu;

namespace eqlab::widgets {
class ChartView;
class ExperimentPanel;
class GroupPanel;
class GroupView;
class LessonBrowser;
class LessonPanel;
class OrbitView;
class TrainingProgress;
class WeightSharingView;
}  // namespace eqlab::widgets

namespace eqlab::app {

class Autosave;
class Editor;
class ExplorerEditor;
class LabEditor;
class LabViews;
class TrainingController;
class WeightSharingSolver;

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
    // A plain first start: the default lesson (the course's first that trains), training at once,
    // so that every view it shows fills while a new user watches.
    void openFirstLesson();
    // Called right after opening an experiment: starts training once its session is built and
    // ready at step 0.
    void trainWhenBuilt();
    // File > Lessons… (Ctrl+L): every lesson as a card, ordered as a course; a window-modal
    // dialog that opens the lesson picked and closes (deleted on close).
    widgets::LessonBrowser* showLessonBrowser();
    // An experiment file (.eqlab.json) in the lab; false (after a dialog naming the file and the
    // problem) when it cannot be read, or when the user kept unsaved changes.
    bool openExperimentFile(const QString& path);
    // The group of the open experiment (checked like typing it), or the explorer's; false for an
    // unknown name.
    bool selectGroup(const QString& group);
    // The whole window as a PNG; scaled to `width` pixels wide when > 0.
    bool saveScreenshot(const QString& path, int width = 0);

    widgets::OrbitView* orbitView() const;
    widgets::ChartView* factsChart() const;
    widgets::GroupPanel* groupPanel() const;
    widgets::GroupView* groupView() const;
    widgets::WeightSharingView* weightSharingView() const;
    WeightSharingSolver* weightSharingSolver() const;
    widgets::ExperimentPanel* experimentPanel() const;
    widgets::TrainingProgress* progress() const { return progress_; }
    LabViews* views() const { return views_; }
    LabEditor* lab() const { return lab_; }
    ExplorerEditor* explorer() const { return explorer_; }
    TrainingController* controller() const;
    QAction* trainAction() const { return trainAction_; }
    QAction* stepAction() const { return stepAction_; }
    QAction* resetAction() const { return resetAction_; }
    QAction* presentationAction() const { return presentationAction_; }
    QAction* darkAction() const { return darkAction_; }
    const widgets::ViewStyle& viewStyle() const { return style_; }

    // Brings the dock holding this widget to the front.
    void raiseDockOf(QWidget* content);
    // Brings a view to the front by name (lesson, experiment, model, explore, group,
    // cayley-table, characters, weight-sharing and the views of LabViews); false for an unknown
    // name.
    bool showView(const QString& name);
    void setTheme(bool dark, bool presentation);
    // The window's layout (geometry, docks, views) as one value, for the autosave.
    QByteArray layoutState() const;
    void restoreLayoutState(const QByteArray& state);
    // Saves the session every few seconds (started by the application, not by the window).
    Autosave* autosave() const { return autosave_; }
    // The lesson opened last (either kind); empty before any.
    QString lessonName() const { return lessonName_; }

signals:
    // View > Language: the user picked another language ("de", "nl", "en"); the window's owner
    // rebuilds the window in it (app/window_host.h).
    void languageRequested(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addEditor(Editor* editor);
    void activate(Editor* editor);
    void createMenus();
    void createFileMenu();
    void fillRecentMenu();
    void openInteractively();
    void showTrainingState();
    void updateTitle();
    void saveScreenshotInteractively();
    void restoreSettings();
    void saveSettings() const;
    void balanceSideDocks();
    int wideDockWidth() const;
    void balanceSideDocksSoon();

    widgets::LessonPanel* lessonPanel_ = nullptr;
    widgets::TrainingProgress* progress_ = nullptr;
    LabViews* views_ = nullptr;
    ExplorerEditor* explorer_ = nullptr;
    LabEditor* lab_ = nullptr;
    Autosave* autosave_ = nullptr;
    Editor* active_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* trainAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QAction* resetAction_ = nullptr;
    QAction* presentationAction_ = nullptr;
    QAction* darkAction_ = nullptr;
    widgets::ViewStyle style_;
    QSet<QDockWidget*> wideDocks_;  // panels that want more room when shown
    bool sideDocksBalanced_ = false;
    QString lessonName_;  // set once the side docks were sized (or restored)
};

}  // namespace eqlab::app

#pragma once

// LabEditor: the workbench. It holds the experiment being edited (ExperimentDocument: a lesson or
// a file), trains it on the training controller's worker thread, and feeds the lab's views. Its
// panels: the experiment's settings with Train/Step/Reset (ExperimentPanel), and the runs compared
// side by side (RunListPanel) with the selected run's layers (ModelBuilder), and the task
// (TaskEditor; File > Open data… puts a user's CSV or .npy file there). Every edit goes through the
// document and rebuilds the session, so what trains is always what Save would write. Files: open,
// save, save as, with the unsaved changes asked about before they could be lost.

#include <QElapsedTimer>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include "app/editor.h"
#include "app/experiment_lessons.h"
#include "app/session_source.h"
#include "app/user_data_file.h"

namespace eqlab::widgets {
class ExperimentPanel;
class LessonPanel;
class ModelBuilder;
class RunListPanel;
class TaskEditor;
class TrainingProgress;
}  // namespace eqlab::widgets

namespace eqlab::app {

class ExperimentDocument;
class WeightsAudit;
class ExplorerEditor;
class LabViews;
class TrainingController;

// Makes the session factory for an experiment: real sessions by default, fakes in tests.
using SessionMaker = std::function<SessionFactory(const io::ExperimentSpec&)>;

class LabEditor : public Editor {
    Q_OBJECT

public:
    // What to do with unsaved changes before they would be lost.
    enum class UnsavedChoice { Save, Discard, Cancel };
    using UnsavedQuestion = std::function<UnsavedChoice(const QString& documentName)>;

    struct Context {
        LabViews* views;
        widgets::LessonPanel* lessonPanel;
        widgets::TrainingProgress* progress;
        ExplorerEditor* explorer;  // follows the experiment's group
        QWidget* window;           // parent of dialogs
    };

    LabEditor(const Context& context, SessionMaker sessions);
    ~LabEditor() override;

    QString id() const override { return QStringLiteral("lab"); }
    QList<Panel> panels() const override;
    void activate() override;
    // Asks about unsaved changes (Save / Discard / Cancel); false: keep the document.
    bool mayClose() override;

    void openLesson(const ExperimentLesson& lesson);
    // A new, untitled experiment: a D4 image task and one run without layers, for the builder.
    void newExperiment();
    // The experiment an autosave kept (ExperimentDocument::restore), without asking about the
    // current one: the window starts with it.
    void openRestored(const io::ExperimentSpec& spec, const QString& path,
                      std::optional<ExperimentLesson> lesson, bool modified);
    // Reads the file; on a problem shows a dialog naming the file and the problem (the document
    // stays as it was) and returns false.
    bool openFile(const QString& path);
    // Save to the document's file, or ask for one; false when nothing was written.
    bool save();
    bool saveAs();
    // Writes to path without a dialog; false (with a dialog) when the file cannot be written.
    bool saveTo(const QString& path);
    // A user's CSV or .npy file as the experiment's task (runs whose model does not fit it become
    // plain MLPs); false, after a dialog naming the file, line and problem, when it cannot be read.
    bool openData(const QString& path, const UserDataChoice& choice);
    // File > Open data…: asks for the file and how its targets are read.
    bool openDataInteractively();
    // File > Audit Weights…: which subgroups of the experiment's group a trained net (its
    // safetensors file) respects, shown in the Symmetry audit view; a dialog names a file that
    // does not fit the experiment. auditWeights() starts it without the file dialog.
    void auditWeightsInteractively();
    void auditWeights(const QString& path);
    // File > Save Weights… / Load Weights…: a run's trained weights to a safetensors file, or
    // weights from one into the run it names (or the only run) — between two steps, on the
    // training thread. The result is said in the status bar; a problem in a dialog naming the file.
    void saveWeightsInteractively();
    void loadWeightsInteractively();
    void saveWeights(int run, const QString& path);
    void loadWeights(const QString& path);
    WeightsAudit* weightsAudit() const { return weightsAudit_; }
    // The experiment's group (checked like typing it); false for an unknown name.
    bool selectGroup(const QString& group);
    // Stops training for good (the window closes).
    void stop();
    // Pauses training (another editor takes the window).
    void pause();

    // How unsaved changes are asked about (a dialog by default; tests answer directly).
    void setUnsavedQuestion(UnsavedQuestion question) { askUnsaved_ = std::move(question); }

    ExperimentDocument* document() const { return document_; }
    TrainingController* controller() const { return controller_; }
    widgets::ExperimentPanel* experimentPanel() const { return experimentPanel_; }
    widgets::RunListPanel* runList() const { return runList_; }
    QWidget* modelPanel() const { return modelPanel_; }
    QWidget* taskPanel() const { return taskPanel_; }
    widgets::ModelBuilder* modelBuilder() const { return builder_; }
    widgets::TaskEditor* taskEditor() const { return taskEditor_; }
    // The run the model panel edits.
    int currentRun() const { return currentRun_; }

signals:
    // The document's name or modified state changed (the window's title follows).
    void documentChanged();

private:
    void connectPanels();
    void connectTraining();
    // The document changed: panels show it and a new session trains it.
    void documentEdited();
    void edit(const std::function<void(io::ExperimentSpec&)>& change);
    void showRunList();
    void showVariants();
    // Shows the open lesson's views only (all of them for an experiment of one's own).
    void focusLessonViews();
    // A variant's name and text in the language eqlab is shown in.
    std::pair<QString, QString> variantTexts(int variant) const;
    void showSnapshot(const std::shared_ptr<const train::SessionSnapshot>& snapshot);
    void showSnapshotInPanels(const std::shared_ptr<const train::SessionSnapshot>& snapshot);
    void showTrainingState();
    void showProblem(const QString& title, const QString& text);

    Context context_;
    SessionMaker sessions_;
    std::optional<QString> focusedLesson_;  // whose views are shown; none yet: nothing focused
    ExperimentDocument* document_ = nullptr;
    TrainingController* controller_ = nullptr;
    widgets::ExperimentPanel* experimentPanel_ = nullptr;
    widgets::RunListPanel* runList_ = nullptr;
    QWidget* modelPanel_ = nullptr;
    QWidget* taskPanel_ = nullptr;
    widgets::ModelBuilder* builder_ = nullptr;
    widgets::TaskEditor* taskEditor_ = nullptr;
    WeightsAudit* weightsAudit_ = nullptr;
    bool builderEditing_ = false;  // the edit being applied comes from the builder
    bool taskEditing_ = false;     // ... from the task editor
    UnsavedQuestion askUnsaved_;
    int currentRun_ = 0;
    bool thumbnailsShown_ = false;
    bool arranged_ = false;
    QElapsedTimer clock_;  // for the progress's speed
};

}  // namespace eqlab::app

#pragma once

// The model builder (a dock's widget): one run's layers as rows of a tree — kind, its parameters
// in short, the feature shape after it and its parameter count — with wrappers (group-average,
// parity) holding their nested layers as child rows. Selecting a row shows the layer's
// parameters in a ParamForm. Layers are added from the registry's kinds (after the selected row,
// in the same list), removed (Delete), moved (Alt+Up / Alt+Down); an architecture template for
// the task and group replaces the whole run.
//
// Every edit is described at once with train::outlineModel: a layer that does not fit what it
// receives is shown in red, and a line under the tree says why ("model[2]: gconv needs ...").
// runEdited() is emitted only for runs that build and give what the task needs; the builder
// never trains.

#include <QWidget>
#include <optional>
#include <vector>

#include "compute/io/experiment.h"
#include "compute/train/model_outline.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace eqlab::widgets {

class ParamForm;

class ModelBuilder : public QWidget {
    Q_OBJECT

public:
    explicit ModelBuilder(QWidget* parent = nullptr);

    // The experiment whose run `run` is edited (an index into spec.runs; a spec without runs gets
    // an empty one). Makes the task once to know the input (a wrong task or group is shown in
    // the message line). Emits nothing.
    void setExperiment(const io::ExperimentSpec& spec, int run = 0);
    // Edits another run of the same experiment.
    void setRun(int run);

    int runIndex() const { return run_; }
    // The run as edited so far (also when it does not build).
    const io::RunSpec& run() const { return spec_; }
    // The description of the edited run: shapes, parameter counts, the first problem.
    const train::ModelOutline& outline() const { return outline_; }
    // The message line under the tree: the problem, or the total parameter count.
    QString message() const;

    // Parts, for the caller's layout and for tests (also found by objectName: "layers",
    // "parameters", "add-layer", "remove-layer", "move-up", "move-down", "templates",
    // "apply-template", "augment", "message").
    QTreeWidget* tree() const { return tree_; }
    ParamForm* form() const { return form_; }
    QMenu* kindMenu() const { return kindMenu_; }
    QComboBox* templates() const { return templates_; }

public slots:
    // Adds a layer of the kind (defaults filled for what it receives) after the selected one, in
    // the same list; at the end of the model when nothing is selected. Selects it.
    void addLayer(const QString& kind);
    void removeSelectedLayer();
    // delta −1: up, +1: down, within its list.
    void moveSelectedLayer(int delta);
    // A template of train::modelTemplates() by name ("d4-gcnn"); false (and a message) when it
    // does not apply to the task.
    bool applyTemplate(const QString& name);

signals:
    // The edited run builds and gives what the task needs.
    void runEdited(int run, const eqlab::io::RunSpec& spec);

private:
    using Path = std::vector<int>;  // top-level index, then indices into nested lists

    void edited(const Path& select);
    void rebuildTree(const Path& select);
    void showSelected();
    void updateTemplates();
    void checkAugmentation();
    Path selectedPath() const;
    QTreeWidgetItem* itemAt(const Path& path) const;
    void paramsEdited(const Params& params);

    io::ExperimentSpec experiment_;
    int run_ = 0;
    io::RunSpec spec_;
    std::optional<train::TaskShape> task_;
    QString taskError_;
    train::ModelOutline outline_;
    Path formPath_;  // the layer the form shows

    QTreeWidget* tree_ = nullptr;
    ParamForm* form_ = nullptr;
    QLabel* formTitle_ = nullptr;
    QLabel* message_ = nullptr;
    QToolButton* add_ = nullptr;
    QMenu* kindMenu_ = nullptr;
    QPushButton* remove_ = nullptr;
    QPushButton* up_ = nullptr;
    QPushButton* down_ = nullptr;
    QComboBox* templates_ = nullptr;
    QPushButton* apply_ = nullptr;
    QCheckBox* augment_ = nullptr;
};

}  // namespace eqlab::widgets

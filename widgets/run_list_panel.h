#pragma once

// RunListPanel: the runs an experiment compares, side by side. Add a run, duplicate the selected
// one, rename it in place (F2 or a double click), remove it (Delete); for the selected run, train
// with augmentation or not, its own learning rate (empty: the experiment's), and its inputs: the
// task's data or the codes of an earlier run after some of its layers (layer-wise pretraining).
// Edits are checked as they are made — a label must be non-empty and unique, a learning rate a
// number > 0 — and a wrong one is explained under the list and not sent. The panel only emits what
// the user asked; the lab applies it to the experiment.

#include <QStringList>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

namespace eqlab::widgets {

class RunListPanel : public QWidget {
    Q_OBJECT

public:
    struct RunEntry {
        QString label;
        QString summary;  // tooltip: the architecture in a line
        bool augment = false;
        std::optional<double> learningRate;
        // Trains on the codes of an earlier run (its index) after `codeLayers` of that run's
        // layers; -1: on the task's data.
        int codesOf = -1;
        int codeLayers = 1;
        int layerCount = 0;  // the run's own layers: how deep a later run may take its codes
    };

    explicit RunListPanel(QWidget* parent = nullptr);

    // Fills the list (no signals); current is clamped to the list.
    void setRuns(const QList<RunEntry>& runs, int current);
    int currentRun() const;
    int runCount() const;
    // The problem with the last edit, empty when there is none.
    QString problem() const;

    QListWidget* list() const { return list_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* duplicateButton() const { return duplicate_; }
    QPushButton* removeButton() const { return remove_; }
    QCheckBox* augmentEditor() const { return augment_; }
    QLineEdit* learningRateEditor() const { return learningRate_; }
    QComboBox* inputsEditor() const { return inputs_; }
    QSpinBox* codeLayersEditor() const { return codeLayers_; }

signals:
    void currentRunChanged(int run);
    void addRequested();
    void duplicateRequested(int run);
    void removeRequested(int run);
    void renameRequested(int run, const QString& label);
    void runSettingsChanged(int run, bool augment, std::optional<double> learningRate);
    // codesOf: the earlier run whose codes it trains on, or -1 for the task's data.
    void runInputsChanged(int run, int codesOf, int layers);

private:
    void showCurrent();
    void itemEdited(QListWidgetItem* item);
    // Checks the selected run's editors; send: emit runSettingsChanged when valid and changed.
    void commitSettings(bool send);
    // Sends the selected run's inputs when the user changed them.
    void commitInputs();
    // The "after layer" box for codes of run `source` (its layer count; disabled for -1).
    void showCodeLayers(int source);
    void showProblem(const QString& problem);

    QListWidget* list_ = nullptr;
    QPushButton* add_ = nullptr;
    QPushButton* duplicate_ = nullptr;
    QPushButton* remove_ = nullptr;
    QCheckBox* augment_ = nullptr;
    QLineEdit* learningRate_ = nullptr;
    QComboBox* inputs_ = nullptr;
    QSpinBox* codeLayers_ = nullptr;
    QLabel* problem_ = nullptr;
    QList<RunEntry> runs_;
    bool updating_ = false;
};

}  // namespace eqlab::widgets

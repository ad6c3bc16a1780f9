#pragma once

// RunListPanel: the runs an experiment compares, side by side. Add a run, duplicate the selected
// one, rename it in place (F2 or a double click), remove it (Delete); for the selected run, train
// with augmentation or not, and its own learning rate (empty: the experiment's). Edits are checked
// as they are made — a label must be non-empty and unique, a learning rate a number > 0 — and a
// wrong one is explained under the list and not sent. The panel only emits what the user asked;
// the lab applies it to the experiment.

#include <QStringList>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace eqlab::widgets {

class RunListPanel : public QWidget {
    Q_OBJECT

public:
    struct RunEntry {
        QString label;
        QString summary;  // tooltip: the architecture in a line
        bool augment = false;
        std::optional<double> learningRate;
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

signals:
    void currentRunChanged(int run);
    void addRequested();
    void duplicateRequested(int run);
    void removeRequested(int run);
    void renameRequested(int run, const QString& label);
    void runSettingsChanged(int run, bool augment, std::optional<double> learningRate);

private:
    void showCurrent();
    void itemEdited(QListWidgetItem* item);
    // Checks the selected run's editors; send: emit runSettingsChanged when valid and changed.
    void commitSettings(bool send);
    void showProblem(const QString& problem);

    QListWidget* list_ = nullptr;
    QPushButton* add_ = nullptr;
    QPushButton* duplicate_ = nullptr;
    QPushButton* remove_ = nullptr;
    QCheckBox* augment_ = nullptr;
    QLineEdit* learningRate_ = nullptr;
    QLabel* problem_ = nullptr;
    QList<RunEntry> runs_;
    bool updating_ = false;
};

}  // namespace eqlab::widgets

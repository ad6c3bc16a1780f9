#pragma once

// The task of an experiment: a kind from the task registry (its summary as tooltip) and a
// ParamForm for its parameters. Each valid edit makes the task once to check it (a CSV file that
// cannot be read, a size the generator refuses) and shows the problem in a red line instead of
// emitting; taskEdited() carries only tasks that could be made.

#include <QWidget>

#include "compute/io/experiment.h"

class QComboBox;
class QLabel;

namespace eqlab::widgets {

class ParamForm;

class TaskEditor : public QWidget {
    Q_OBJECT

public:
    explicit TaskEditor(QWidget* parent = nullptr);

    // Shows the task (an unknown kind shows the first registered one's defaults). Emits nothing.
    void setTask(const io::TaskSpec& task);
    // The task as edited (its last valid parameters).
    const io::TaskSpec& task() const { return task_; }
    // The problem shown under the form, or empty.
    QString message() const;

    // Parts, for tests (also by objectName "task-kind", "task-parameters", "task-message").
    QComboBox* kindBox() const { return kind_; }
    ParamForm* form() const { return form_; }

signals:
    void taskEdited(const eqlab::io::TaskSpec& task);

private:
    void kindChosen();
    void paramsEdited(const Params& params);
    // Makes the task; shows why not and returns false when it cannot be made.
    bool check();

    io::TaskSpec task_;
    QComboBox* kind_ = nullptr;
    QLabel* summary_ = nullptr;
    ParamForm* form_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace eqlab::widgets

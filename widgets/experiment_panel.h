#pragma once

// ExperimentPanel: the lab's left-hand panel. Pick a lesson (or preset); edit what a teacher
// changes in class — the group, the seed, the number of steps, the learning rate — each checked as
// you type (a wrong value is outlined and explained, and nothing is sent); drive training with
// Train/Pause, Step and Reset; read the runs being compared and their parameter counts. The panel
// computes nothing: it validates and emits commands.

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace eqlab::widgets {

struct ExperimentSettings {
    QString group;  // empty: the experiment has none
    quint64 seed = 1;
    qint64 steps = 500;
    double learningRate = 0.01;
    bool operator==(const ExperimentSettings&) const = default;
};

class ExperimentPanel : public QWidget {
    Q_OBJECT

public:
    // What the buttons can do, mirroring the training controller's state.
    enum class RunState { Empty, Loading, Paused, Running, Finished, Failed };

    struct LessonEntry {
        QString name;   // what --lesson takes
        QString title;  // what the picker shows
    };

    explicit ExperimentPanel(QWidget* parent = nullptr);

    void setLessons(const QList<LessonEntry>& lessons);
    // The lesson's variants ("Try" suggestions made edits), by name with a line on what to watch
    // as tooltip; current: the applied one, -1 for the lesson as written (no signal). An empty
    // list hides the picker.
    void setVariants(const QStringList& names, const QStringList& tips, int current);
    int currentVariant() const;
    void setCurrentLesson(const QString& name);  // no signal
    QString currentLesson() const;

    // Fills the editors (no signal). groupEditable: false when the experiment has no group.
    void setSettings(const ExperimentSettings& settings, bool groupEditable);
    ExperimentSettings settings() const;
    // The most steps the editor allows, committed as if typed (settingsChanged when that is a
    // change): for measurements that must not run out of steps.
    void commitMaximumSteps();
    // Whether every editor holds a valid value; problem() says what is wrong otherwise.
    bool isValid() const;
    QString problem() const;

    void setRunState(RunState state);
    // One line per run: "mlp — dense 32, tanh, dense 1: 225 parameters".
    void setRuns(const QStringList& lines);

    QComboBox* lessonPicker() const { return lessons_; }
    QComboBox* variantPicker() const { return variants_; }
    QComboBox* groupEditor() const { return group_; }
    QSpinBox* seedEditor() const { return seed_; }
    QSpinBox* stepsEditor() const { return steps_; }
    QLineEdit* learningRateEditor() const { return learningRate_; }
    QPushButton* trainButton() const { return train_; }
    QPushButton* stepButton() const { return step_; }
    QPushButton* resetButton() const { return reset_; }

signals:
    void lessonChosen(const QString& name);
    // A variant was picked: its index, or -1 for the lesson as written.
    void variantChosen(int variant);
    // A valid edit was committed (Enter, focus out, a pick from the list).
    void settingsChanged(const eqlab::widgets::ExperimentSettings& settings);
    void trainToggled();
    void stepRequested();
    void resetRequested();

private:
    void validate();
    void commit();

    QComboBox* lessons_ = nullptr;
    QComboBox* variants_ = nullptr;
    QComboBox* group_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QSpinBox* steps_ = nullptr;
    QLineEdit* learningRate_ = nullptr;
    QLabel* problem_ = nullptr;
    QPushButton* train_ = nullptr;
    QPushButton* step_ = nullptr;
    QPushButton* reset_ = nullptr;
    QLabel* runs_ = nullptr;
    bool updating_ = false;
    bool groupEditable_ = true;
    QString groupProblem_, rateProblem_;
    ExperimentSettings committed_;
};

}  // namespace eqlab::widgets

Q_DECLARE_METATYPE(eqlab::widgets::ExperimentSettings)

#include "widgets/experiment_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/io/experiment.h"

namespace eqlab::widgets {

namespace {
// The experiment format's bounds (docs/experiment-format.md): lr in (0, 1e6].
constexpr int kMaxSteps = 10'000'000;
const QString kBadStyle = QStringLiteral("border: 1px solid #b00020;");
}  // namespace

ExperimentPanel::ExperimentPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);

    auto* lessonBox = new QGroupBox(tr("Lesson"), this);
    auto* lessonLayout = new QVBoxLayout(lessonBox);
    lessons_ = new QComboBox(lessonBox);
    lessons_->setToolTip(tr("A lesson: an experiment and its explanation"));
    lessons_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    lessons_->setMinimumContentsLength(18);
    lessons_->setPlaceholderText(tr("(an experiment of your own)"));
    lessonLayout->addWidget(lessons_);
    variants_ = new QComboBox(lessonBox);
    variants_->setToolTip(tr("Try: the lesson's suggestions, each one click away"));
    variants_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    variants_->setMinimumContentsLength(18);
    variants_->hide();
    lessonLayout->addWidget(variants_);
    layout->addWidget(lessonBox);

    auto* settingsBox = new QGroupBox(tr("Experiment"), this);
    auto* form = new QFormLayout(settingsBox);
    group_ = new QComboBox(settingsBox);
    group_->setEditable(true);
    group_->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& name : groups::catalogueExamples()) {
        group_->addItem(QString::fromStdString(name));
    }
    group_->setToolTip(
        tr("The group the equivariant layers and the symmetry metrics use: Cn, Dn, Sn, An, V4, "
           "Q8, T, O, I or a product such as C3xC4"));
    form->addRow(tr("&Group:"), group_);
    seed_ = new QSpinBox(settingsBox);
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setToolTip(tr("Initialisation, data and batch order all derive from the seed"));
    form->addRow(tr("S&eed:"), seed_);
    steps_ = new QSpinBox(settingsBox);
    steps_->setRange(1, kMaxSteps);
    steps_->setSingleStep(100);
    steps_->setToolTip(tr("Optimisation steps of every run"));
    form->addRow(tr("S&teps:"), steps_);
    learningRate_ = new QLineEdit(settingsBox);
    learningRate_->setToolTip(tr("The optimiser's learning rate: a number > 0, e.g. 0.01 or 1e-3"));
    form->addRow(tr("&Learning rate:"), learningRate_);
    problem_ = new QLabel(settingsBox);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem_->hide();
    form->addRow(problem_);
    layout->addWidget(settingsBox);

    auto* buttons = new QHBoxLayout();
    train_ = new QPushButton(tr("Train"), this);
    train_->setToolTip(tr("Train or pause (Space)"));
    step_ = new QPushButton(tr("Step"), this);
    step_->setToolTip(tr("One step of every run (S)"));
    reset_ = new QPushButton(tr("Reset"), this);
    reset_->setToolTip(tr("Back to step 0 with the same seed (R)"));
    for (auto* button : {train_, step_, reset_}) {
        button->setFocusPolicy(Qt::TabFocus);  // Space belongs to Train/Pause, not to a button
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);

    auto* runsBox = new QGroupBox(tr("Runs compared"), this);
    auto* runsLayout = new QVBoxLayout(runsBox);
    runs_ = new QLabel(runsBox);
    runs_->setWordWrap(true);
    runs_->setTextFormat(Qt::PlainText);
    runsLayout->addWidget(runs_);
    layout->addWidget(runsBox);
    layout->addStretch(1);

    connect(lessons_, &QComboBox::activated, this,
            [this](int index) { emit lessonChosen(lessons_->itemData(index).toString()); });
    connect(variants_, &QComboBox::activated, this,
            [this](int index) { emit variantChosen(index - 1); });
    connect(group_, &QComboBox::currentTextChanged, this, [this] { validate(); });
    connect(group_, &QComboBox::activated, this, [this] { commit(); });
    connect(group_->lineEdit(), &QLineEdit::editingFinished, this, [this] { commit(); });
    connect(learningRate_, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(learningRate_, &QLineEdit::editingFinished, this, [this] { commit(); });
    connect(seed_, &QSpinBox::editingFinished, this, [this] { commit(); });
    connect(steps_, &QSpinBox::editingFinished, this, [this] { commit(); });
    connect(train_, &QPushButton::clicked, this, &ExperimentPanel::trainToggled);
    connect(step_, &QPushButton::clicked, this, &ExperimentPanel::stepRequested);
    connect(reset_, &QPushButton::clicked, this, &ExperimentPanel::resetRequested);
    setRunState(RunState::Empty);
}

void ExperimentPanel::setLessons(const QList<LessonEntry>& lessons) {
    const QSignalBlocker blocker(lessons_);
    lessons_->clear();
    for (const auto& lesson : lessons) {
        lessons_->addItem(lesson.title, lesson.name);
        lessons_->setItemData(lessons_->count() - 1, lesson.title, Qt::ToolTipRole);
    }
}

void ExperimentPanel::setVariants(const QStringList& names, const QStringList& tips, int current) {
    const QSignalBlocker blocker(variants_);
    variants_->clear();
    variants_->addItem(tr("The lesson as written"));
    variants_->setItemData(0, tr("Back to the lesson's own experiment"), Qt::ToolTipRole);
    for (int i = 0; i < names.size(); ++i) {
        variants_->addItem(tr("Try: %1").arg(names[i]));
        variants_->setItemData(i + 1, tips.value(i), Qt::ToolTipRole);
    }
    variants_->setCurrentIndex(current + 1);
    variants_->setVisible(!names.isEmpty());
}

int ExperimentPanel::currentVariant() const {
    return variants_->currentIndex() - 1;
}

void ExperimentPanel::setCurrentLesson(const QString& name) {
    const QSignalBlocker blocker(lessons_);
    lessons_->setCurrentIndex(lessons_->findData(name));
}

QString ExperimentPanel::currentLesson() const {
    return lessons_->currentData().toString();
}

void ExperimentPanel::setSettings(const ExperimentSettings& settings, bool groupEditable) {
    updating_ = true;
    groupEditable_ = groupEditable;
    group_->setEnabled(groupEditable);
    group_->setCurrentText(groupEditable ? settings.group : tr("(none)"));
    seed_->setValue(static_cast<int>(std::min<quint64>(settings.seed, seed_->maximum())));
    steps_->setValue(static_cast<int>(std::min<qint64>(settings.steps, steps_->maximum())));
    learningRate_->setText(QString::number(settings.learningRate, 'g', 6));
    updating_ = false;
    committed_ = settings;
    validate();
}

ExperimentSettings ExperimentPanel::settings() const {
    ExperimentSettings s;
    s.group = groupEditable_ ? group_->currentText().trimmed() : QString();
    s.seed = static_cast<quint64>(seed_->value());
    s.steps = steps_->value();
    bool ok = false;
    const double rate = QLocale::c().toDouble(learningRate_->text().trimmed(), &ok);
    s.learningRate = ok ? rate : committed_.learningRate;
    return s;
}

bool ExperimentPanel::isValid() const {
    return groupProblem_.isEmpty() && rateProblem_.isEmpty();
}

QString ExperimentPanel::problem() const {
    return problem_->text();
}

void ExperimentPanel::validate() {
    if (updating_) {
        return;
    }
    // The group: parsed by the compute library, whose message names what was expected.
    groupProblem_.clear();
    if (groupEditable_) {
        try {
            groups::makeGroup(group_->currentText().trimmed().toStdString());
        } catch (const Error& error) {
            groupProblem_ = tr("Group: %1").arg(QString::fromUtf8(error.detail()));
        }
    }
    group_->setStyleSheet(groupProblem_.isEmpty() ? QString() : kBadStyle);

    // The learning rate: a number in (0, 1e6], written with a dot ("0.01", "1e-3").
    rateProblem_.clear();
    bool ok = false;
    const double rate = QLocale::c().toDouble(learningRate_->text().trimmed(), &ok);
    if (!ok || !std::isfinite(rate)) {
        rateProblem_ = tr("Learning rate: expected a number such as 0.01 or 1e-3, got '%1'")
                           .arg(learningRate_->text());
    } else if (rate <= 0 || rate > io::kMaxLearningRate) {
        rateProblem_ = tr("Learning rate: expected a number > 0 and <= %1, got %2")
                           .arg(io::kMaxLearningRate)
                           .arg(learningRate_->text().trimmed());
    }
    learningRate_->setStyleSheet(rateProblem_.isEmpty() ? QString() : kBadStyle);

    const QString problem =
        groupProblem_.isEmpty() ? rateProblem_ : groupProblem_ + QLatin1Char('\n') + rateProblem_;
    problem_->setText(problem.trimmed());
    problem_->setVisible(!problem.trimmed().isEmpty());
}

void ExperimentPanel::commit() {
    if (updating_) {
        return;
    }
    validate();
    const ExperimentSettings now = settings();
    if (!isValid() || now == committed_) {
        return;
    }
    committed_ = now;
    emit settingsChanged(now);
}

void ExperimentPanel::commitMaximumSteps() {
    steps_->setValue(steps_->maximum());
    commit();
}

void ExperimentPanel::setRunState(RunState state) {
    const bool ready = state == RunState::Paused;
    train_->setText(state == RunState::Running ? tr("Pause") : tr("Train"));
    train_->setEnabled(ready || state == RunState::Running);
    step_->setEnabled(ready);
    reset_->setEnabled(ready || state == RunState::Running || state == RunState::Finished);
}

void ExperimentPanel::setRuns(const QStringList& lines) {
    runs_->setText(lines.join(QLatin1Char('\n')));
}

}  // namespace eqlab::widgets

#include "widgets/run_list_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "compute/io/experiment.h"

namespace eqlab::widgets {

RunListPanel::RunListPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    list_ = new QListWidget(this);
    list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    list_->setToolTip(tr("The runs trained side by side; F2 renames, Delete removes"));
    list_->setMaximumHeight(list_->fontMetrics().height() * 7);
    // Reached by Tab and click (a keyboard user picks a run with the arrow keys), never given the
    // focus on its own: the lab's single-key shortcuts (S steps, R resets) go to the window first.
    list_->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(list_);

    auto* buttons = new QHBoxLayout();
    add_ = new QPushButton(tr("&Add"), this);
    add_->setToolTip(tr("A new run: a plain MLP for this task"));
    duplicate_ = new QPushButton(tr("D&uplicate"), this);
    duplicate_->setToolTip(tr("A copy of the selected run, to change one thing in it"));
    remove_ = new QPushButton(tr("Remo&ve"), this);
    remove_->setToolTip(tr("Remove the selected run (Delete)"));
    for (auto* button : {add_, duplicate_, remove_}) {
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);

    auto* form = new QFormLayout();
    augment_ = new QCheckBox(tr("Train on g·x for a random g"), this);
    augment_->setToolTip(
        tr("Data augmentation: every sample is transformed by a random group element at every "
           "step"));
    form->addRow(tr("Au&gment:"), augment_);
    learningRate_ = new QLineEdit(this);
    learningRate_->setPlaceholderText(tr("the experiment's"));
    learningRate_->setToolTip(
        tr("This run's learning rate, a number > 0; empty: the experiment's"));
    form->addRow(tr("Run's &rate:"), learningRate_);
    inputs_ = new QComboBox(this);
    inputs_->setToolTip(
        tr("What the run trains on: the task's data, or the codes of an earlier run once that "
           "run has finished (layer-wise pretraining)"));
    codeLayers_ = new QSpinBox(this);
    codeLayers_->setPrefix(tr("after layer "));
    codeLayers_->setToolTip(
        tr("The codes are the outputs of this many of the earlier run's layers"));
    auto* inputsRow = new QHBoxLayout();
    inputsRow->addWidget(inputs_, 1);
    inputsRow->addWidget(codeLayers_);
    auto* inputsLabel = new QLabel(tr("&Inputs:"), this);
    inputsLabel->setBuddy(inputs_);  // Alt+I reaches the choice
    form->addRow(inputsLabel, inputsRow);
    layout->addLayout(form);

    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem_->hide();
    layout->addWidget(problem_);

    auto* removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    list_->addAction(removeKey);
    connect(removeKey, &QAction::triggered, remove_, &QPushButton::click);

    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (updating_) {
            return;
        }
        showCurrent();
        emit currentRunChanged(row);
    });
    connect(list_, &QListWidget::itemChanged, this, &RunListPanel::itemEdited);
    connect(add_, &QPushButton::clicked, this, &RunListPanel::addRequested);
    connect(duplicate_, &QPushButton::clicked, this,
            [this] { emit duplicateRequested(currentRun()); });
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (runCount() <= 1) {
            showProblem(tr("An experiment needs at least one run."));
            return;
        }
        emit removeRequested(currentRun());
    });
    connect(augment_, &QCheckBox::toggled, this, [this] { commitSettings(true); });
    connect(inputs_, &QComboBox::activated, this, [this] { commitInputs(); });
    connect(codeLayers_, &QSpinBox::valueChanged, this, [this] { commitInputs(); });
    // Checked as typed, sent when the edit is finished (each send restarts the experiment).
    connect(learningRate_, &QLineEdit::textChanged, this, [this] { commitSettings(false); });
    connect(learningRate_, &QLineEdit::editingFinished, this, [this] { commitSettings(true); });
}

void RunListPanel::setRuns(const QList<RunEntry>& runs, int current) {
    updating_ = true;
    runs_ = runs;
    {
        const QSignalBlocker blocker(list_);
        list_->clear();
        for (const auto& run : runs) {
            auto* item = new QListWidgetItem(run.label, list_);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setToolTip(run.summary);
        }
        list_->setCurrentRow(runs.isEmpty() ? -1 : std::clamp(current, 0, int(runs.size()) - 1));
    }
    showCurrent();
    remove_->setEnabled(runs.size() > 1);
    updating_ = false;
}

int RunListPanel::currentRun() const {
    return list_->currentRow();
}

int RunListPanel::runCount() const {
    return list_->count();
}

QString RunListPanel::problem() const {
    return problem_->isHidden() ? QString() : problem_->text();
}

void RunListPanel::showCurrent() {
    const int run = currentRun();
    const bool has = run >= 0 && run < runs_.size();
    const bool wasUpdating = updating_;
    updating_ = true;
    {
        const QSignalBlocker a(augment_), b(learningRate_);
        augment_->setChecked(has && runs_[run].augment);
        learningRate_->setText(has && runs_[run].learningRate
                                   ? QLocale::c().toString(*runs_[run].learningRate, 'g', 17)
                                   : QString());
        learningRate_->setStyleSheet(QString());
    }
    {
        // The task's data, or the codes of any run listed before this one.
        const QSignalBlocker c(inputs_), l(codeLayers_);
        inputs_->clear();
        inputs_->addItem(tr("the task's data"));
        for (int i = 0; has && i < run; ++i) {
            inputs_->addItem(tr("codes of %1").arg(runs_[i].label));
        }
        const int source = has ? runs_[run].codesOf : -1;
        const bool onCodes = source >= 0 && source < run;
        inputs_->setCurrentIndex(onCodes ? source + 1 : 0);
        showCodeLayers(onCodes ? source : -1);
        codeLayers_->setValue(has ? runs_[run].codeLayers : 1);
        // Nothing acts on codes: a run on codes is never augmented.
        augment_->setEnabled(has && !onCodes);
    }
    inputs_->setEnabled(has && run > 0);
    learningRate_->setEnabled(has);
    duplicate_->setEnabled(has);
    updating_ = wasUpdating;
    showProblem(QString());
}

void RunListPanel::itemEdited(QListWidgetItem* item) {
    const int run = list_->row(item);
    if (run < 0 || run >= runs_.size()) {
        return;
    }
    const QString label = item->text().trimmed();
    QString why;
    if (label.isEmpty()) {
        why = tr("A run needs a label.");
    } else {
        for (int i = 0; i < runs_.size(); ++i) {
            if (i != run && runs_[i].label == label) {
                why = tr("Another run is labelled “%1”.").arg(label);
            }
        }
    }
    if (!why.isEmpty()) {
        const QSignalBlocker blocker(list_);
        item->setText(runs_[run].label);  // back to the label it had
        showProblem(why);
        return;
    }
    showProblem(QString());
    if (label != runs_[run].label) {
        runs_[run].label = label;
        emit renameRequested(run, label);
    }
}

void RunListPanel::commitSettings(bool send) {
    const int run = currentRun();
    if (updating_ || run < 0 || run >= runs_.size()) {
        return;
    }
    std::optional<double> rate;
    const QString text = learningRate_->text().trimmed();
    if (!text.isEmpty()) {
        bool ok = false;
        const double value = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(value) || value <= 0 || value > io::kMaxLearningRate) {
            learningRate_->setStyleSheet(QStringLiteral("border: 1px solid #b00020;"));
            showProblem(tr("The run's learning rate must be a number > 0 and ≤ %1, e.g. 0.01; "
                           "leave it empty for the experiment's.")
                            .arg(io::kMaxLearningRate));
            return;
        }
        rate = value;
    }
    learningRate_->setStyleSheet(QString());
    showProblem(QString());
    if (!send || (runs_[run].augment == augment_->isChecked() && runs_[run].learningRate == rate)) {
        return;
    }
    runs_[run].augment = augment_->isChecked();
    runs_[run].learningRate = rate;
    emit runSettingsChanged(run, runs_[run].augment, rate);
}

void RunListPanel::commitInputs() {
    const int run = currentRun();
    if (updating_ || run < 0 || run >= runs_.size()) {
        return;
    }
    const int source = inputs_->currentIndex() - 1;
    {
        const QSignalBlocker blocker(codeLayers_);
        showCodeLayers(source);
    }
    const int layers = codeLayers_->value();
    RunEntry& entry = runs_[run];
    if (entry.codesOf == source && (source < 0 || entry.codeLayers == layers)) {
        return;
    }
    entry.codesOf = source;
    entry.codeLayers = layers;
    emit runInputsChanged(run, source, layers);
}

void RunListPanel::showCodeLayers(int source) {
    codeLayers_->setRange(1, std::max(1, source >= 0 ? runs_[source].layerCount : 1));
    codeLayers_->setEnabled(source >= 0);
}

void RunListPanel::showProblem(const QString& problem) {
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
}

}  // namespace eqlab::widgets

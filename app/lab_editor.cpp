#include "app/lab_editor.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "app/experiment_document.h"
#include "app/explorer_editor.h"
#include "app/lab_experiment.h"
#include "app/lab_views.h"
#include "app/training_controller.h"
#include "app/weights_audit.h"
#include "compute/core/error.h"
#include "compute/io/run_edits.h"
#include "compute/io/run_inputs.h"
#include "compute/io/safetensors.h"
#include "compute/train/experiment_run.h"
#include "compute/train/model_outline.h"
#include "compute/train/model_templates.h"
#include "compute/train/trained_net.h"
#include "widgets/experiment_panel.h"
#include "widgets/layer_orbit_panel.h"
#include "widgets/lesson_panel.h"
#include "widgets/model_builder.h"
#include "widgets/run_list_panel.h"
#include "widgets/subgroup_lattice_view.h"
#include "widgets/task_editor.h"
#include "widgets/training_progress.h"

namespace eqlab::app {

namespace {

constexpr int kThumbnails = 8;

widgets::ExperimentPanel::RunState runState(TrainingController::State state) {
    using S = TrainingController::State;
    using R = widgets::ExperimentPanel::RunState;
    switch (state) {
        case S::Empty:
            return R::Empty;
        case S::Loading:
            return R::Loading;
        case S::Paused:
            return R::Paused;
        case S::Running:
            return R::Running;
        case S::Finished:
            return R::Finished;
        case S::Failed:
            return R::Failed;
    }
    return R::Empty;
}

// The headline of a finished lesson, checked on the runs as the window saw them.
std::optional<train::HeadlineOutcome> headlineOf(const io::ExperimentSpec& spec,
                                                 const train::SessionSnapshot& snapshot) {
    std::vector<train::RunOutcome> runs;
    for (const auto& run : snapshot.runs) {
        train::RunOutcome outcome;
        outcome.label = run.label;
        outcome.stepsDone = run.step;
        outcome.metrics = run.metrics.toVector();
        outcome.tables = run.tables;
        outcome.parameterCount = run.parameterCount;
        outcome.divergence = run.divergence;
        runs.push_back(std::move(outcome));
    }
    return train::checkHeadline(spec, runs);
}

QString experimentFilter() {
    return LabEditor::tr("eqlab experiments (*.eqlab.json *.json);;All files (*)");
}

}  // namespace

LabEditor::LabEditor(const Context& context, SessionMaker sessions)
    : Editor(context.window), context_(context), sessions_(std::move(sessions)) {
    if (!sessions_) {
        sessions_ = [](const io::ExperimentSpec& spec) {
            return experimentSessionFactory(spec, train::SessionOptions{});
        };
    }
    askUnsaved_ = [this](const QString& name) {
        const auto answer = QMessageBox::question(
            context_.window, tr("Unsaved changes"),
            tr("The experiment “%1” has changes that are not saved. Save them?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? UnsavedChoice::Save
               : answer == QMessageBox::Discard ? UnsavedChoice::Discard
                                                : UnsavedChoice::Cancel;
    };
    document_ = new ExperimentDocument(this);
    controller_ = new TrainingController(this);
    weightsAudit_ = new WeightsAudit(this);
    connect(weightsAudit_, &WeightsAudit::finished, this,
            [this](const widgets::LatticeViewData& data, const QString& summary) {
                context_.views->auditView()->setData(data);
                context_.views->raiseView(QStringLiteral("audit"));
                emit statusMessage(summary);
            });
    connect(weightsAudit_, &WeightsAudit::failed, this, [this](const QString& message) {
        showProblem(tr("Cannot audit the weights"), message);
    });
    experimentPanel_ = new widgets::ExperimentPanel(context.window);

    // In a scroll area: the model's editors may be wider than the dock a projector leaves them.
    auto* scroll = new QScrollArea(context.window);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* model = new QWidget(scroll);
    auto* modelLayout = new QVBoxLayout(model);
    runList_ = new widgets::RunListPanel(model);
    modelLayout->addWidget(runList_);
    builder_ = new widgets::ModelBuilder(model);
    // The run list already says whether a run augments; one switch for it is enough.
    if (auto* augment = builder_->findChild<QWidget*>(QStringLiteral("augment"))) {
        augment->hide();
    }
    modelLayout->addWidget(builder_, 1);
    scroll->setWidget(model);
    modelPanel_ = scroll;

    auto* taskScroll = new QScrollArea(context.window);
    taskScroll->setWidgetResizable(true);
    taskScroll->setFrameShape(QFrame::NoFrame);
    taskEditor_ = new widgets::TaskEditor(taskScroll);
    taskScroll->setWidget(taskEditor_);
    taskPanel_ = taskScroll;

    connectPanels();
    connectTraining();
}

LabEditor::~LabEditor() {
    controller_->stop();  // join the worker before the views go
}

QList<Editor::Panel> LabEditor::panels() const {
    return {{QStringLiteral("experiment"), tr("Experiment"), experimentPanel_},
            {QStringLiteral("model"), tr("Model"), modelPanel_, true},
            {QStringLiteral("task"), tr("Task"), taskPanel_}};
}

void LabEditor::activate() {
    focusLessonViews();
}

void LabEditor::focusLessonViews() {
    const auto& lesson = document_->lesson();
    focusedLesson_ = lesson ? lesson->name : QString();
    context_.views->focusOn(lesson ? lesson->views : QStringList{});
}

void LabEditor::connectPanels() {
    connect(experimentPanel_, &widgets::ExperimentPanel::settingsChanged, this,
            [this](const widgets::ExperimentSettings& settings) {
                edit([&](io::ExperimentSpec& spec) { spec = withSettings(spec, settings); });
            });
    connect(experimentPanel_, &widgets::ExperimentPanel::variantChosen, this, [this](int variant) {
        if (variant == document_->variant() || !mayClose()) {
            showVariants();  // the picker shows what trains
            return;
        }
        try {
            document_->applyVariant(variant);
        } catch (const Error& error) {
            showProblem(tr("Cannot apply the variant"), QString::fromStdString(error.detail()));
            showVariants();
        }
    });
    connect(runList_, &widgets::RunListPanel::currentRunChanged, this, [this](int run) {
        currentRun_ = std::max(0, run);
        builder_->setRun(currentRun_);
    });
    connect(builder_, &widgets::ModelBuilder::runEdited, this,
            [this](int run, const io::RunSpec& edited) {
                const QScopedValueRollback<bool> fromBuilder(builderEditing_, true);
                edit([&](io::ExperimentSpec& spec) {
                    io::RunSpec& target = spec.runs.at(static_cast<std::size_t>(run));
                    target.layers = edited.layers;  // label, augmentation, rate: the run list's
                });
            });
    connect(taskEditor_, &widgets::TaskEditor::taskEdited, this, [this](const io::TaskSpec& task) {
        const QScopedValueRollback<bool> fromEditor(taskEditing_, true);
        edit([&](io::ExperimentSpec& spec) { spec.task = task; });
    });
    connect(runList_, &widgets::RunListPanel::addRequested, this, [this] {
        edit([this](io::ExperimentSpec& spec) {
            // A new run starts as the first run's architecture without its extras: the
            // simplest thing that trains on this task, ready to be changed.
            io::RunSpec run = spec.runs.front();
            run.label = "run";
            run.augment = false;
            run.learningRate.reset();
            run.seedOffset = 0;
            currentRun_ = io::addRun(spec, std::move(run));
        });
    });
    connect(runList_, &widgets::RunListPanel::duplicateRequested, this, [this](int run) {
        edit([&](io::ExperimentSpec& spec) { currentRun_ = io::duplicateRun(spec, run); });
    });
    connect(
        runList_, &widgets::RunListPanel::renameRequested, this,
        [this](int run, const QString& label) {
            edit([&](io::ExperimentSpec& spec) { io::renameRun(spec, run, label.toStdString()); });
        });
    connect(runList_, &widgets::RunListPanel::removeRequested, this, [this](int run) {
        edit([&](io::ExperimentSpec& spec) {
            io::removeRun(spec, run);
            currentRun_ = std::min(run, static_cast<int>(spec.runs.size()) - 1);
        });
    });
    connect(runList_, &widgets::RunListPanel::runSettingsChanged, this,
            [this](int run, bool augment, std::optional<double> rate) {
                edit([&](io::ExperimentSpec& spec) {
                    io::RunSpec& target = spec.runs.at(run);
                    target.augment = augment;
                    target.learningRate = rate;
                    if (const std::string why = io::whyNotOnCodes(target); !why.empty()) {
                        throw Error(ErrorKind::InvalidArgument,
                                    "run '" + target.label + "': " + why);
                    }
                });
            });
    connect(
        runList_, &widgets::RunListPanel::runInputsChanged, this,
        [this](int run, int codesOf, int layers) {
            edit([&](io::ExperimentSpec& spec) { io::setRunInputs(spec, run, codesOf, layers); });
        });
    connect(document_, &ExperimentDocument::specChanged, this, &LabEditor::documentEdited);
    connect(document_, &ExperimentDocument::modifiedChanged, this, &LabEditor::documentChanged);
    connect(document_, &ExperimentDocument::pathChanged, this, &LabEditor::documentChanged);
}

void LabEditor::connectTraining() {
    connect(experimentPanel_, &widgets::ExperimentPanel::trainToggled, controller_,
            &TrainingController::toggle);
    connect(experimentPanel_, &widgets::ExperimentPanel::stepRequested, controller_,
            [this] { controller_->step(); });
    connect(experimentPanel_, &widgets::ExperimentPanel::resetRequested, controller_,
            &TrainingController::reset);
    connect(context_.views->layerOrbits(), &widgets::LayerOrbitPanel::sampleChosen, controller_,
            &TrainingController::setOrbitSample);
    connect(controller_, &TrainingController::snapshotReady, this, &LabEditor::showSnapshot);
    connect(context_.views, &LabViews::snapshotShown, this, &LabEditor::showSnapshotInPanels);
    connect(controller_, &TrainingController::stateChanged, this, &LabEditor::showTrainingState);
}

void LabEditor::edit(const std::function<void(io::ExperimentSpec&)>& change) {
    io::ExperimentSpec spec = document_->spec();
    try {
        change(spec);
    } catch (const Error& error) {
        showProblem(tr("Cannot change the experiment"), QString::fromStdString(error.detail()));
        showRunList();  // the panels show the experiment as it still is
        return;
    }
    document_->setSpec(spec);
}

void LabEditor::openLesson(const ExperimentLesson& lesson) {
    if (!mayClose()) {
        return;
    }
    currentRun_ = 0;
    document_->openLesson(lesson);
    emit activationRequested();
}

void LabEditor::newExperiment() {
    if (!mayClose()) {
        return;
    }
    // An image task under D4 and one run with no layers yet: the model builder's starting point.
    io::ExperimentSpec spec;
    spec.name = "untitled";
    spec.group = "D4";
    spec.task = io::task("polyomino");
    spec.loss = io::LossKind::CrossEntropy;
    spec.runs.push_back(io::RunSpec{"model", {}, false, std::nullopt, std::nullopt});
    currentRun_ = 0;
    document_->openNew(spec);
    emit activationRequested();
    emit statusMessage(tr("A new experiment: add layers in the Model panel, or apply a template"));
}

void LabEditor::openRestored(const io::ExperimentSpec& spec, const QString& path,
                             std::optional<ExperimentLesson> lesson, bool modified) {
    currentRun_ = 0;
    document_->restore(spec, path, std::move(lesson), modified);
    emit activationRequested();
}

bool LabEditor::openFile(const QString& path) {
    if (!mayClose()) {
        return false;
    }
    try {
        document_->openFile(path);
    } catch (const Error& error) {
        showProblem(
            tr("Cannot open the experiment"),
            tr("%1\n\n%2")
                .arg(QDir::toNativeSeparators(path), QString::fromStdString(error.detail())));
        return false;
    }
    currentRun_ = 0;
    emit activationRequested();
    return true;
}

bool LabEditor::openData(const QString& path, const UserDataChoice& choice) {
    io::TaskSpec task;
    try {
        task = openUserData(path.toStdString(), choice);
    } catch (const Error& error) {
        showProblem(tr("Cannot open the data"), QString::fromStdString(error.detail()));
        return false;
    }
    edit([&](io::ExperimentSpec& spec) {
        spec.task = task;
        spec.loss = choice.classification ? io::LossKind::CrossEntropy : io::LossKind::Mse;
        // A run whose model does not fit the new data starts again as a plain MLP for it.
        const train::TaskShape dataShape = train::taskShape(spec);
        for (std::size_t i = 0; i < spec.runs.size(); ++i) {
            io::RunSpec& run = spec.runs[i];
            // A run on another run's codes is checked against the codes of the source as it is
            // now (replaced above when it did not fit).
            std::optional<train::TaskShape> shape = dataShape;
            if (run.inputs) {
                try {
                    shape = train::runTaskShape(spec, i);
                } catch (const Error&) {
                    shape.reset();  // the source cannot make codes: the session will say so
                }
            }
            if (shape && !train::outlineModel(run.layers, *shape).ok()) {
                const train::TemplateResult mlp =
                    train::makeTemplate(train::ModelTemplate::PlainMlp, *shape);
                if (mlp.applies()) {
                    run.layers = mlp.run.layers;
                    run.augment = false;
                }
            }
        }
    });
    emit statusMessage(tr("Training on %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool LabEditor::openDataInteractively() {
    const QString path = QFileDialog::getOpenFileName(
        context_.window, tr("Open Data"), QString(),
        tr("Data (*.csv *.npy);;CSV tables (*.csv);;NumPy arrays (*.npy);;All files (*)"));
    if (path.isEmpty()) {
        return false;
    }
    QDialog dialog(context_.window);
    dialog.setWindowTitle(tr("Open Data"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("How the file's targets are to be read:"), &dialog));
    auto* classification = new QCheckBox(tr("Class indices (classification)"), &dialog);
    classification->setToolTip(
        tr("Targets are whole numbers 0, 1, 2, …: trained with cross-entropy. Otherwise they are "
           "values to fit, trained with the mean squared error."));
    form->addRow(classification);
    auto* targets = new QSpinBox(&dialog);
    targets->setRange(1, 1000);
    targets->setToolTip(tr("CSV: how many of the last columns are targets"));
    targets->setEnabled(path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive));
    form->addRow(tr("Target columns (CSV):"), targets);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Train on the file's data (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Keep the current task (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    UserDataChoice choice;
    choice.classification = classification->isChecked();
    choice.targets = targets->value();
    return openData(path, choice);
}

bool LabEditor::save() {
    if (document_->path().isEmpty()) {
        return saveAs();
    }
    return saveTo(document_->path());
}

bool LabEditor::saveAs() {
    const QString suggested =
        document_->path().isEmpty()
            ? QString::fromStdString(document_->spec().name) + QStringLiteral(".eqlab.json")
            : document_->path();
    const QString path = QFileDialog::getSaveFileName(context_.window, tr("Save Experiment As"),
                                                      suggested, experimentFilter());
    if (path.isEmpty()) {
        return false;
    }
    return saveTo(withExperimentSuffix(path));
}

bool LabEditor::saveTo(const QString& path) {
    try {
        document_->saveAs(path);
    } catch (const Error& error) {
        showProblem(tr("Cannot save the experiment"), QString::fromStdString(error.detail()));
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool LabEditor::mayClose() {
    if (!document_->isModified()) {
        return true;
    }
    switch (askUnsaved_(document_->displayName())) {
        case UnsavedChoice::Save:
            return save();
        case UnsavedChoice::Discard:
            return true;
        case UnsavedChoice::Cancel:
            return false;
    }
    return false;
}

bool LabEditor::selectGroup(const QString& group) {
    widgets::ExperimentSettings settings = experimentPanel_->settings();
    settings.group = group;
    experimentPanel_->setSettings(settings, true);
    if (!experimentPanel_->isValid()) {
        return false;
    }
    edit([&](io::ExperimentSpec& spec) { spec = withSettings(spec, settings); });
    return true;
}

void LabEditor::stop() {
    controller_->stop();
}

void LabEditor::pause() {
    if (controller_->state() == TrainingController::State::Running) {
        controller_->pause();
    }
}

void LabEditor::documentEdited() {
    const io::ExperimentSpec& spec = document_->spec();
    const auto& lesson = document_->lesson();
    if (!focusedLesson_ || *focusedLesson_ != (lesson ? lesson->name : QString())) {
        focusLessonViews();  // another lesson (or none): its views; an edit keeps the user's
    }
    experimentPanel_->setCurrentLesson(lesson ? lesson->name : QString());
    experimentPanel_->setSettings(settingsOf(spec), !spec.group.empty());
    const io::ExperimentSpec& original = document_->original();
    const widgets::LessonGuide guide = lesson ? lesson->guide : widgets::LessonGuide{};
    const QString title =
        lesson ? lesson->texts.title
               : QString::fromStdString(original.lesson ? original.lesson->title : std::string());
    if (const int variant = document_->variant(); variant >= 0 && original.lesson) {
        const auto [name, text] = variantTexts(variant);
        context_.lessonPanel->showLesson(
            title,
            tr("<p style=\"background-color: #fff3cd; padding: 4px;\"><b>Trying: %1.</b> %2 "
               "(<i>The lesson as written</i> in the Experiment panel goes back.)</p>")
                    .arg(name.toHtmlEscaped(), text.toHtmlEscaped()) +
                (lesson ? lesson->html : QString()),
            guide);
    } else if (spec.lesson) {
        context_.lessonPanel->showLesson(
            lesson ? lesson->texts.title : QString::fromStdString(spec.lesson->title),
            lesson ? lesson->html : QString(), guide);
    } else {
        context_.lessonPanel->showLesson(
            document_->displayName(),
            tr("<p>An experiment of your own: %1 run(s) on the task <i>%2</i>.</p>")
                .arg(spec.runs.size())
                .arg(QString::fromStdString(spec.task.kind).toHtmlEscaped()));
    }
    showVariants();
    context_.explorer->followGroup(QString::fromStdString(spec.group));
    currentRun_ = std::clamp(currentRun_, 0, static_cast<int>(spec.runs.size()) - 1);
    showRunList();
    if (!builderEditing_) {
        builder_->setExperiment(spec, currentRun_);  // the builder's own edit is shown already
    }
    if (!taskEditing_) {
        taskEditor_->setTask(spec.task);
    }

    context_.views->clearTraining();
    context_.views->layerOrbits()->setSamples({});
    thumbnailsShown_ = false;
    arranged_ = false;
    context_.progress->restart();
    clock_.restart();
    controller_->open(sessions_(spec));
    emit documentChanged();
}

std::pair<QString, QString> LabEditor::variantTexts(int variant) const {
    const auto& lesson = document_->lesson();
    const auto index = static_cast<qsizetype>(variant);
    if (lesson && index < lesson->texts.variantNames.size() &&
        index < lesson->texts.variantTexts.size()) {
        return {lesson->texts.variantNames.at(index), lesson->texts.variantTexts.at(index)};
    }
    const io::VariantSpec& spec =
        document_->original().variants.at(static_cast<std::size_t>(variant));
    return {QString::fromStdString(spec.name), QString::fromStdString(spec.text)};
}

void LabEditor::showVariants() {
    QStringList names, tips;
    const int count = static_cast<int>(document_->original().variants.size());
    for (int variant = 0; variant < count; ++variant) {
        const auto [name, text] = variantTexts(variant);
        names << name;
        tips << text;
    }
    experimentPanel_->setVariants(names, tips, document_->variant());
}

void LabEditor::showRunList() {
    QList<widgets::RunListPanel::RunEntry> runs;
    const auto& specs = document_->spec().runs;
    for (const auto& run : specs) {
        widgets::RunListPanel::RunEntry entry{QString::fromStdString(run.label),
                                              describeArchitecture(run), run.augment,
                                              run.learningRate};
        entry.layerCount = static_cast<int>(run.layers.size());
        if (run.inputs) {
            const auto source = io::findRun(document_->spec(), run.inputs->run);
            entry.codesOf = source ? static_cast<int>(*source) : -1;
            entry.codeLayers = run.inputs->layers;
        }
        runs.append(entry);
    }
    runList_->setRuns(runs, currentRun_);
}

void LabEditor::showSnapshot(const std::shared_ptr<const train::SessionSnapshot>& snapshot) {
    // While training the views follow paced; otherwise (the first picture, a step, a reset) at
    // once, so that what the user just did shows.
    if (arranged_ && controller_->state() == TrainingController::State::Running) {
        context_.views->showSnapshot(snapshot);
    } else {
        context_.views->showSnapshotNow(snapshot);
    }
    if (!arranged_) {
        arranged_ = true;  // the first picture of this experiment: show what it has
        context_.views->raiseViewsWithContent();
    }
    const bool orbits = std::any_of(snapshot->runs.begin(), snapshot->runs.end(),
                                    [](const auto& run) { return !run.orbit.empty(); });
    if (orbits && !thumbnailsShown_) {
        thumbnailsShown_ = true;
        try {
            context_.views->layerOrbits()->setSamples(
                sampleThumbnails(document_->spec(), kThumbnails));
            context_.views->layerOrbits()->setSelectedSample(0);
        } catch (const Error&) {
            // No thumbnails: the orbit is still shown, for sample 0.
        }
    }
}

void LabEditor::showSnapshotInPanels(
    const std::shared_ptr<const train::SessionSnapshot>& snapshot) {
    if (snapshot->runs.empty()) {
        return;  // the views were cleared for a new experiment
    }
    experimentPanel_->setRuns(runLines(document_->spec(), *snapshot));
    context_.progress->update(snapshot->step, snapshot->totalSteps, clock_.elapsed() / 1000.0,
                              controller_->state() == TrainingController::State::Running);
    if (controller_->state() == TrainingController::State::Paused) {
        emit statusMessage(
            tr("Paused at step %1 of %2").arg(snapshot->step).arg(snapshot->totalSteps));
    }
}

void LabEditor::showTrainingState() {
    using S = TrainingController::State;
    const S state = controller_->state();
    if (state != S::Running) {
        context_.views->flushSnapshots();  // paused or finished: the views show the last step
    }
    experimentPanel_->setRunState(runState(state));
    const auto latest = controller_->latest();
    switch (state) {
        case S::Empty:
            break;
        case S::Loading:
            emit statusMessage(tr("Building the experiment…"));
            break;
        case S::Running:
            clock_.restart();
            emit statusMessage(tr("Training…"));
            break;
        case S::Paused:
            if (latest) {
                context_.progress->update(latest->step, latest->totalSteps,
                                          clock_.elapsed() / 1000.0, false);
            }
            break;
        case S::Finished: {
            QString message = tr("Finished: %1 steps").arg(latest ? latest->step : 0);
            if (const auto headline =
                    latest ? headlineOf(document_->spec(), *latest) : std::nullopt) {
                message += headline->holds ? tr(" — as the lesson says: %1")
                                                 .arg(QString::fromStdString(headline->text))
                                           : tr(" — the lesson's headline did not show this time");
            }
            emit statusMessage(message);
            if (latest) {
                context_.progress->update(latest->step, latest->totalSteps,
                                          clock_.elapsed() / 1000.0, false);
            }
            break;
        }
        case S::Failed:
            emit statusMessage(tr("The experiment cannot run: %1").arg(controller_->failure()));
            break;
    }
}

void LabEditor::auditWeightsInteractively() {
    const QString path =
        QFileDialog::getOpenFileName(context_.window, tr("Audit Weights"), QString(),
                                     tr("Weights (*.safetensors);;All files (*)"));
    if (!path.isEmpty()) {
        auditWeights(path);
    }
}

void LabEditor::auditWeights(const QString& path) {
    if (weightsAudit_->running()) {
        emit statusMessage(tr("An audit is still running"));
        return;
    }
    emit statusMessage(tr("Auditing %1 against %2…").arg(path, document_->displayName()));
    // Errors up to 1e-6 count as respected: round-off of an exactly symmetric net in float32.
    weightsAudit_->start(document_->spec(), path, 1e-6);
}

void LabEditor::saveWeightsInteractively() {
    const auto& runs = document_->spec().runs;
    int run = 0;
    if (runs.size() > 1) {
        QStringList labels;
        for (const auto& r : runs) {
            labels << QString::fromStdString(r.label);
        }
        bool ok = false;
        const QString label = QInputDialog::getItem(context_.window, tr("Save Weights"),
                                                    tr("The run whose weights to save:"), labels,
                                                    std::max(0, currentRun_), false, &ok);
        if (!ok) {
            return;
        }
        run = static_cast<int>(labels.indexOf(label));
    }
    const QString path = QFileDialog::getSaveFileName(
        context_.window, tr("Save Weights"),
        QString::fromStdString(runs.at(run).label) + QStringLiteral(".safetensors"),
        tr("Weights (*.safetensors)"));
    if (!path.isEmpty()) {
        saveWeights(run, path);
    }
}

void LabEditor::loadWeightsInteractively() {
    const QString path =
        QFileDialog::getOpenFileName(context_.window, tr("Load Weights"), QString(),
                                     tr("Weights (*.safetensors);;All files (*)"));
    if (!path.isEmpty()) {
        loadWeights(path);
    }
}

void LabEditor::saveWeights(int run, const QString& path) {
    QPointer<LabEditor> self(this);
    controller_->runOnSession([self, run, path](train::ExperimentSession* session) {
        QString problem;
        try {
            if (!session) {
                throw Error(ErrorKind::InvalidArgument, "nothing is trained yet");
            }
            io::writeSafetensors(path.toStdString(), session->weights(run));
        } catch (const std::exception& error) {
            problem = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, problem] {
                if (!self) {
                    return;
                }
                if (!problem.isEmpty()) {
                    self->showProblem(tr("Cannot save the weights"),
                                      tr("%1: %2").arg(path, problem));
                } else {
                    emit self->statusMessage(tr("Weights saved to %1").arg(path));
                }
            },
            Qt::QueuedConnection);
    });
}

void LabEditor::loadWeights(const QString& path) {
    QPointer<LabEditor> self(this);
    controller_->runOnSession([self, path](train::ExperimentSession* session) {
        QString problem, label;
        try {
            if (!session) {
                throw Error(ErrorKind::InvalidArgument, "nothing is open to load them into");
            }
            const std::string file = path.toStdString();
            const io::SafetensorsFile weights = io::readSafetensors(file);
            const auto run = train::chooseWeightsRun(session->spec(), weights, "", file);
            session->loadWeights(static_cast<int>(run), weights, file);
            label = QString::fromStdString(session->runLabel(static_cast<int>(run)));
        } catch (const Error& error) {
            problem = QString::fromUtf8(error.detail());
        } catch (const std::exception& error) {
            problem = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, problem, label] {
                if (!self) {
                    return;
                }
                if (!problem.isEmpty()) {
                    self->showProblem(tr("Cannot load the weights"), problem);
                } else {
                    emit self->statusMessage(tr("Run %1 continues from %2").arg(label, path));
                }
            },
            Qt::QueuedConnection);
    });
}

void LabEditor::showProblem(const QString& title, const QString& text) {
    emit statusMessage(text);
    // Window-modal but not blocking: training and the event loop go on, tests can read it.
    auto* box =
        new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, context_.window);
    box->setObjectName(QStringLiteral("eqlab-problem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace eqlab::app

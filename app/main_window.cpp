#include "app/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <numeric>

#include "app/group_study.h"
#include "app/lab_experiment.h"
#include "app/lab_views.h"
#include "app/orbit_study.h"
#include "app/theme.h"
#include "app/training_controller.h"
#include "app/weight_sharing_solver.h"
#include "compute/core/error.h"
#include "compute/train/experiment_run.h"
#include "widgets/chart_view.h"
#include "widgets/experiment_panel.h"
#include "widgets/group_panel.h"
#include "widgets/group_view.h"
#include "widgets/layer_orbit_panel.h"
#include "widgets/lesson_panel.h"
#include "widgets/orbit_view.h"
#include "widgets/training_progress.h"
#include "widgets/weight_sharing_view.h"

namespace eqlab::app {

namespace {

constexpr int kLayoutVersion = 1;  // bump when the docks change, so an old layout is ignored
constexpr int kThumbnails = 8;

QSettings settings() {
    return QSettings(QStringLiteral("eqlab"), QStringLiteral("eqlab"));
}

QDockWidget* dock(const QString& title, const QString& objectName, QWidget* content,
                  QMainWindow* window) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);  // saveState() needs names
    dock->setWidget(content);
    return dock;
}

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

}  // namespace

MainWindow::MainWindow(QWidget* parent, SessionMaker sessions)
    : QMainWindow(parent), sessions_(std::move(sessions)) {
    setWindowTitle(tr("eqlab — Equivariance Lab"));
    setObjectName(QStringLiteral("eqlab-main-window"));
    if (!sessions_) {
        sessions_ = [](const io::ExperimentSpec& spec) {
            return experimentSessionFactory(spec, train::SessionOptions{});
        };
    }
    controller_ = new TrainingController(this);

    views_ = new LabViews(this);
    setCentralWidget(views_);

    experimentPanel_ = new widgets::ExperimentPanel(this);
    QDockWidget* experimentDock =
        dock(tr("Experiment"), QStringLiteral("experiment"), experimentPanel_, this);
    addDockWidget(Qt::LeftDockWidgetArea, experimentDock);
    groupPanel_ = new widgets::GroupPanel(this);
    tabifyDockWidget(experimentDock,
                     dock(tr("Explore"), QStringLiteral("explore"), groupPanel_, this));
    experimentDock->raise();

    lessonPanel_ = new widgets::LessonPanel(this);
    addDockWidget(Qt::RightDockWidgetArea,
                  dock(tr("Lesson"), QStringLiteral("lesson"), lessonPanel_, this));

    progress_ = new widgets::TrainingProgress(this);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->showMessage(tr("Ready"));

    QList<widgets::ExperimentPanel::LessonEntry> lessons;
    for (const QString& name : experimentLessonNames()) {
        try {
            if (const auto lesson = loadExperimentLesson(name)) {
                lessons.append({name, QString::fromStdString(lesson->spec.lesson->title)});
            }
        } catch (const Error&) {
            // A malformed compiled-in lesson is a bug that tests/cli/test_lessons reports.
        }
    }
    for (const QString& name : lessonNames()) {
        if (const auto lesson = loadLesson(name)) {
            lessons.append({name, lesson->title});
        }
    }
    experimentPanel_->setLessons(lessons);

    createMenus();
    connectTraining();
    connect(groupPanel_, &widgets::GroupPanel::selectionChanged, this, [this] {
        showOrbit();
        showGroup();
    });
    weightSharingSolver_ = new WeightSharingSolver(this);
    connect(weightSharingSolver_, &WeightSharingSolver::solved, weightSharingView(),
            &widgets::WeightSharingView::setData);
    connect(weightSharingSolver_, &WeightSharingSolver::failed, this, [this](const QString& why) {
        weightSharingView()->showProblem(tr("Cannot solve for this pair: %1").arg(why));
    });
    connect(weightSharingView(), &widgets::WeightSharingView::representationsChanged, this,
            [this] { showWeightSharing(); });
    connect(groupPanel_, &widgets::GroupPanel::pointChanged, this, [this] { showOrbit(); });
    restoreSettings();
}

MainWindow::~MainWindow() {
    controller_->stop();  // join the worker before the views go
}

widgets::OrbitView* MainWindow::orbitView() const {
    return views_->explorerOrbit();
}
widgets::ChartView* MainWindow::factsChart() const {
    return views_->factsChart();
}
widgets::GroupView* MainWindow::groupView() const {
    return views_->groupView();
}
widgets::WeightSharingView* MainWindow::weightSharingView() const {
    return views_->weightSharingView();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* screenshot = file->addAction(tr("Save &Screenshot…"));
    screenshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(screenshot, &QAction::triggered, this, &MainWindow::saveScreenshotInteractively);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Single keys, as a teacher presses them; text fields keep their letters (Qt gives an editor
    // with focus the key first).
    QMenu* training = menuBar()->addMenu(tr("&Training"));
    trainAction_ = training->addAction(tr("&Train / Pause"));
    trainAction_->setShortcut(QKeySequence(Qt::Key_Space));
    connect(trainAction_, &QAction::triggered, controller_, &TrainingController::toggle);
    stepAction_ = training->addAction(tr("&Step"));
    stepAction_->setShortcut(QKeySequence(Qt::Key_S));
    connect(stepAction_, &QAction::triggered, controller_, [this] { controller_->step(); });
    resetAction_ = training->addAction(tr("&Reset"));
    resetAction_->setShortcut(QKeySequence(Qt::Key_R));
    connect(resetAction_, &QAction::triggered, controller_, &TrainingController::reset);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    presentationAction_ = view->addAction(tr("&Presentation Mode"));
    presentationAction_->setCheckable(true);
    presentationAction_->setShortcut(QKeySequence(Qt::Key_F5));
    darkAction_ = view->addAction(tr("&Dark Theme"));
    darkAction_->setCheckable(true);
    darkAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    const auto restyle = [this] {
        setTheme(darkAction_->isChecked(), presentationAction_->isChecked());
    };
    connect(presentationAction_, &QAction::toggled, this, restyle);
    connect(darkAction_, &QAction::toggled, this, restyle);
    view->addSeparator();
    QMenu* docks = view->addMenu(tr("&Views"));
    for (QAction* action : views_->createPopupMenu()->actions()) {
        docks->addAction(action);
    }
    QAction* resetLayout = view->addAction(tr("Reset &Layout"));
    connect(resetLayout, &QAction::triggered, views_, &LabViews::resetLayout);
    QAction* resetCamera = view->addAction(tr("Reset &Camera"));
    resetCamera->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(resetCamera, &QAction::triggered, orbitView(), &widgets::OrbitView::resetCamera);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About eqlab"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About eqlab"),
                           tr("<b>eqlab %1</b> — Equivariance Lab.<br>Train small equivariant "
                              "networks and watch the symmetry.")
                               .arg(QStringLiteral(EQLAB_VERSION)));
    });
}

void MainWindow::connectTraining() {
    connect(experimentPanel_, &widgets::ExperimentPanel::trainToggled, controller_,
            &TrainingController::toggle);
    connect(experimentPanel_, &widgets::ExperimentPanel::stepRequested, controller_,
            [this] { controller_->step(); });
    connect(experimentPanel_, &widgets::ExperimentPanel::resetRequested, controller_,
            &TrainingController::reset);
    connect(experimentPanel_, &widgets::ExperimentPanel::lessonChosen, this,
            [this](const QString& name) { openLessonNamed(name); });
    connect(experimentPanel_, &widgets::ExperimentPanel::settingsChanged, this,
            [this](const widgets::ExperimentSettings& settings) {
                if (experiment_) {
                    openSpec(withSettings(experiment_->spec, settings));
                }
            });
    connect(views_->layerOrbits(), &widgets::LayerOrbitPanel::sampleChosen, controller_,
            &TrainingController::setOrbitSample);
    connect(controller_, &TrainingController::snapshotReady, this, &MainWindow::showSnapshot);
    connect(views_, &LabViews::snapshotShown, this, &MainWindow::showSnapshotInPanels);
    connect(controller_, &TrainingController::stateChanged, this, &MainWindow::showTrainingState);
}

void MainWindow::openLesson(const Lesson& lesson) {
    controller_->stop();
    experiment_.reset();
    views_->clearTraining();
    progress_->restart();
    experimentPanel_->setCurrentLesson(lesson.name);
    lessonPanel_->showLesson(lesson.title, lesson.html);
    if (!lesson.point.isEmpty()) {
        groupPanel_->setPoint(lesson.point);
    }
    groupPanel_->setSelection(lesson.group, lesson.representation);
    if (!lesson.point.isEmpty()) {
        groupPanel_->setPoint(lesson.point);
        showOrbit();
    }
    raiseDockOf(groupPanel_);
    views_->showExplorerViews();
}

void MainWindow::openExperimentLesson(const ExperimentLesson& lesson) {
    experiment_ = lesson;
    const io::ExperimentSpec& spec = lesson.spec;
    experimentPanel_->setCurrentLesson(lesson.name);
    experimentPanel_->setSettings(settingsOf(spec), !spec.group.empty());
    lessonPanel_->showLesson(QString::fromStdString(spec.lesson->title), lesson.html);
    if (!spec.group.empty()) {
        // The group and weight-sharing views show the experiment's group.
        groupPanel_->setSelection(QString::fromStdString(spec.group), QStringLiteral("perm")) ||
            groupPanel_->setSelection(QString::fromStdString(spec.group), QStringLiteral("std"));
    } else if (shownGroup_.isEmpty()) {
        // No finite group in this experiment (SO(2), say) and none explored yet: the group views
        // start on the rotations of the plane by multiples of 45°, a finite stand-in for SO(2).
        groupPanel_->setSelection(QStringLiteral("C8"), QStringLiteral("std"));
    }
    raiseDockOf(experimentPanel_);
    views_->showTrainingViews();
    openSpec(spec);
}

bool MainWindow::openLessonNamed(const QString& name) {
    try {
        if (const auto lesson = loadExperimentLesson(name)) {
            openExperimentLesson(*lesson);
            return true;
        }
    } catch (const Error& error) {
        statusBar()->showMessage(tr("Cannot open the lesson: %1").arg(error.detail()));
        return false;
    }
    if (const auto lesson = loadLesson(name)) {
        openLesson(*lesson);
        return true;
    }
    return false;
}

void MainWindow::openSpec(const io::ExperimentSpec& spec) {
    spec_ = spec;
    views_->clearTraining();
    views_->layerOrbits()->setSamples({});
    thumbnailsShown_ = false;
    arranged_ = false;
    progress_->restart();
    clock_.restart();
    controller_->open(sessions_(spec));
}

void MainWindow::showSnapshot(const std::shared_ptr<const train::SessionSnapshot>& snapshot) {
    // While training the views follow paced; otherwise (the first picture, a step, a reset) at
    // once, so that what the user just did shows.
    if (arranged_ && controller_->state() == TrainingController::State::Running) {
        views_->showSnapshot(snapshot);
    } else {
        views_->showSnapshotNow(snapshot);
    }
    if (!arranged_) {
        arranged_ = true;  // the first picture of this experiment: show what it has
        views_->raiseViewsWithContent();
    }
    const bool orbits = std::any_of(snapshot->runs.begin(), snapshot->runs.end(),
                                    [](const auto& run) { return !run.orbit.empty(); });
    if (orbits && !thumbnailsShown_) {
        thumbnailsShown_ = true;
        try {
            views_->layerOrbits()->setSamples(sampleThumbnails(spec_, kThumbnails));
            views_->layerOrbits()->setSelectedSample(0);
        } catch (const Error&) {
            // No thumbnails: the orbit is still shown, for sample 0.
        }
    }
}

void MainWindow::showSnapshotInPanels(
    const std::shared_ptr<const train::SessionSnapshot>& snapshot) {
    if (snapshot->runs.empty()) {
        return;  // the views were cleared for a new experiment
    }
    experimentPanel_->setRuns(runLines(spec_, *snapshot));
    progress_->update(snapshot->step, snapshot->totalSteps, clock_.elapsed() / 1000.0,
                      controller_->state() == TrainingController::State::Running);
    if (controller_->state() == TrainingController::State::Paused) {
        statusBar()->showMessage(
            tr("Paused at step %1 of %2").arg(snapshot->step).arg(snapshot->totalSteps));
    }
}

void MainWindow::showTrainingState() {
    using S = TrainingController::State;
    const S state = controller_->state();
    if (state != S::Running) {
        views_->flushSnapshots();  // paused or finished: the views show the last step
    }
    experimentPanel_->setRunState(runState(state));
    trainAction_->setEnabled(state == S::Paused || state == S::Running);
    stepAction_->setEnabled(state == S::Paused);
    resetAction_->setEnabled(state == S::Paused || state == S::Running || state == S::Finished);
    const auto latest = controller_->latest();
    switch (state) {
        case S::Empty:
            break;
        case S::Loading:
            statusBar()->showMessage(tr("Building the experiment…"));
            break;
        case S::Running:
            clock_.restart();
            statusBar()->showMessage(tr("Training…"));
            break;
        case S::Paused:
            if (latest) {
                progress_->update(latest->step, latest->totalSteps, clock_.elapsed() / 1000.0,
                                  false);
            }
            break;
        case S::Finished: {
            QString message = tr("Finished: %1 steps").arg(latest ? latest->step : 0);
            if (const auto headline = latest ? headlineOf(spec_, *latest) : std::nullopt) {
                message += headline->holds ? tr(" — as the lesson says: %1")
                                                 .arg(QString::fromStdString(headline->text))
                                           : tr(" — the lesson's headline did not show this time");
            }
            statusBar()->showMessage(message);
            if (latest) {
                progress_->update(latest->step, latest->totalSteps, clock_.elapsed() / 1000.0,
                                  false);
            }
            break;
        }
        case S::Failed:
            statusBar()->showMessage(
                tr("The experiment cannot run: %1").arg(controller_->failure()));
            break;
    }
}

bool MainWindow::selectGroup(const QString& group) {
    if (!experiment_) {
        return groupPanel_->setSelection(group, groupPanel_->representation());
    }
    widgets::ExperimentSettings settings = experimentPanel_->settings();
    settings.group = group;
    experimentPanel_->setSettings(settings, true);
    if (!experimentPanel_->isValid()) {
        return false;
    }
    openSpec(withSettings(experiment_->spec, settings));
    return true;
}

void MainWindow::setTheme(bool dark, bool presentation) {
    if (presentation != style_.presentation) {
        balanceSideDocksSoon();  // new font sizes: new size hints
    }
    style_ = applyTheme(dark, presentation);
    views_->setViewStyle(style_);
    const QSignalBlocker a(darkAction_), b(presentationAction_);
    darkAction_->setChecked(dark);
    presentationAction_->setChecked(presentation);
}

void MainWindow::showOrbit() {
    try {
        const OrbitStudy study =
            studyOrbit(groupPanel_->group(), groupPanel_->representation(), groupPanel_->point());
        if (groupPanel_->point().size() != study.point.size()) {
            groupPanel_->setPoint(
                QVector<double>(study.point.data(), study.point.data() + study.point.size()));
        }
        orbitView()->setScene(orbitScene(study));

        std::vector<double> elements(study.displacement.size());
        std::iota(elements.begin(), elements.end(), 0.0);
        factsChart()->setSeries(tr("|g·x − x|"), elements, study.displacement,
                                widgets::ChartView::Style::Points);

        const int order = study.group->order();
        const int orbit = study.embedding.distinctPoints;
        groupPanel_->setFacts(tr("order %1, %2 generators; orbit %3 points, stabilizer order %4")
                                  .arg(order)
                                  .arg(study.group->generators().size())
                                  .arg(orbit)
                                  .arg(study.stabilizerOrder()));
        if (!experiment_) {
            statusBar()->showMessage(tr("%1: |G| = %2, |Orb(x)| = %3, |Stab(x)| = %4")
                                         .arg(QString::fromStdString(study.group->name()))
                                         .arg(order)
                                         .arg(orbit)
                                         .arg(study.stabilizerOrder()));
        }
    } catch (const Error& error) {
        statusBar()->showMessage(tr("Cannot show this orbit: %1").arg(error.detail()));
    }
}

void MainWindow::showGroup() {
    const QString group = groupPanel_->group();
    if (group == shownGroup_) {
        return;
    }
    try {
        groupView()->setGroup(groupViewData(group));
        shownGroup_ = group;
        const auto [in, out] = defaultWeightSharingPair(group);
        weightSharingView()->setRepresentations(in, out);
        showWeightSharing();
    } catch (const Error& error) {
        statusBar()->showMessage(tr("Cannot show the group: %1").arg(error.detail()));
    }
}

void MainWindow::showWeightSharing() {
    auto* view = weightSharingView();
    view->showBusy(tr("Solving for the equivariant maps %1 → %2…")
                       .arg(view->inRepresentation(), view->outRepresentation()));
    weightSharingSolver_->solve(groupPanel_->group(), view->inRepresentation(),
                                view->outRepresentation());
}

void MainWindow::raiseDockOf(QWidget* content) {
    for (auto* dock : findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (dock->widget() == content) {
            dock->raise();
        }
    }
    views_->raiseDockOf(content);
}

bool MainWindow::showView(const QString& name) {
    if (name == QLatin1String("lesson")) {
        raiseDockOf(lessonPanel_);
    } else if (name == QLatin1String("experiment")) {
        raiseDockOf(experimentPanel_);
    } else if (name == QLatin1String("explore")) {
        raiseDockOf(groupPanel_);
    } else if (name == QLatin1String("group")) {
        views_->raiseView(name);
        groupView()->tabs()->setCurrentIndex(0);
    } else if (name == QLatin1String("cayley-table")) {
        views_->raiseView(QStringLiteral("group"));
        groupView()->tabs()->setCurrentIndex(1);
    } else if (name == QLatin1String("characters")) {
        views_->raiseView(QStringLiteral("group"));
        groupView()->tabs()->setCurrentIndex(2);
    } else {
        return views_->raiseView(name);
    }
    return true;
}

bool MainWindow::saveScreenshot(const QString& path) {
    return grab().save(path);
}

void MainWindow::saveScreenshotInteractively() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Screenshot"), QStringLiteral("eqlab.png"), tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (!saveScreenshot(path)) {
        QMessageBox::warning(this, tr("Save Screenshot"),
                             tr("Could not write the image %1.").arg(path));
    }
}

void MainWindow::restoreSettings() {
    QSettings s = settings();
    setTheme(s.value(QStringLiteral("theme/dark"), false).toBool(),
             s.value(QStringLiteral("theme/presentation"), false).toBool());
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (restoreState(s.value(QStringLiteral("window/docks")).toByteArray(), kLayoutVersion)) {
        sideDocksBalanced_ = true;  // the user's arrangement
    }
    views_->restoreState(s.value(QStringLiteral("window/views")).toByteArray(), kLayoutVersion);
}

void MainWindow::saveSettings() const {
    QSettings s = settings();
    s.setValue(QStringLiteral("theme/dark"), style_.dark);
    s.setValue(QStringLiteral("theme/presentation"), style_.presentation);
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/docks"), saveState(kLayoutVersion));
    s.setValue(QStringLiteral("window/views"), views_->saveState(kLayoutVersion));
}

void MainWindow::balanceSideDocksSoon() {
    sideDocksBalanced_ = false;
    if (isVisible()) {
        QTimer::singleShot(0, this, [this] { balanceSideDocks(); });
    }
}

void MainWindow::balanceSideDocks() {
    if (sideDocksBalanced_) {
        return;
    }
    sideDocksBalanced_ = true;
    // The experiment and the lesson beside the views at about a fifth of the window each: left to
    // their size hints they take half of it at presentation font sizes.
    const int side = std::clamp(width() / 5, 200, 480);
    QList<QDockWidget*> docks;
    QList<int> widths;
    for (auto* dock : findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        const Qt::DockWidgetArea area = dockWidgetArea(dock);
        if (!dock->isFloating() &&
            (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)) {
            docks << dock;
            widths << side;
        }
    }
    resizeDocks(docks, widths, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!sideDocksBalanced_) {
        QTimer::singleShot(0, this, [this] { balanceSideDocks(); });
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    controller_->stop();
    saveSettings();
    QMainWindow::closeEvent(event);
}

}  // namespace eqlab::app

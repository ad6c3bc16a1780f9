#include "app/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <memory>

#include "app/autosave.h"
#include "app/experiment_document.h"
#include "app/explorer_editor.h"
#include "app/figure_export_dialog.h"
#include "app/lab_views.h"
#include "app/language.h"
#include "app/lesson_catalogue.h"
#include "app/pane_focus.h"
#include "app/recent_files.h"
#include "app/theme.h"
#include "app/training_controller.h"
#include "compute/core/error.h"
#include "widgets/experiment_panel.h"
#include "widgets/group_panel.h"
#include "widgets/group_view.h"
#include "widgets/lesson_browser.h"
#include "widgets/lesson_panel.h"
#include "widgets/orbit_view.h"
#include "widgets/training_progress.h"

namespace eqlab::app {

namespace {

constexpr int kLayoutVersion = 2;  // bump when the docks change, so an old layout is ignored

QSettings settings() {
    return QSettings(QStringLiteral("eqlab"), QStringLiteral("eqlab"));
}

QDockWidget* dock(const QString& title, const QString& objectName, QWidget* content,
                  QMainWindow* window) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);  // saveState() needs names
    dock->setWidget(content);
    explainDockButtons(dock);
    return dock;
}

// The experiment files among dropped URLs (local files ending in .json).
QStringList droppedExperiments(const QMimeData* data) {
    QStringList paths;
    if (!data || !data->hasUrls()) {
        return paths;
    }
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent, SessionMaker sessions) : QMainWindow(parent) {
    setObjectName(QStringLiteral("eqlab-main-window"));
    setAcceptDrops(true);
    views_ = new LabViews(this);
    setCentralWidget(views_);
    lessonPanel_ = new widgets::LessonPanel(this);
    progress_ = new widgets::TrainingProgress(this);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->showMessage(tr("Ready"));

    explorer_ = new ExplorerEditor(views_, lessonPanel_, this);
    lab_ = new LabEditor({views_, lessonPanel_, progress_, explorer_, this}, std::move(sessions));
    addEditor(lab_);
    addEditor(explorer_);
    addDockWidget(Qt::RightDockWidgetArea,
                  dock(tr("Lesson"), QStringLiteral("lesson"), lessonPanel_, this));
    raiseDockOf(lab_->experimentPanel());

    QList<widgets::ExperimentPanel::LessonEntry> lessons;
    for (const QString& name : experimentLessonNames()) {
        try {
            if (const auto lesson = loadExperimentLesson(name)) {
                lessons.append({name, lesson->texts.title});
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
    experimentPanel()->setLessons(lessons);
    connect(experimentPanel(), &widgets::ExperimentPanel::lessonChosen, this,
            [this](const QString& name) { openLessonNamed(name); });
    connect(lab_, &LabEditor::documentChanged, this, &MainWindow::updateTitle);
    connect(controller(), &TrainingController::stateChanged, this, &MainWindow::showTrainingState);

    createMenus();
    restoreSettings();
    updateTitle();
    autosave_ = new Autosave(this);
}

MainWindow::~MainWindow() {
    lab_->stop();  // join the worker before the views go
}

void MainWindow::addEditor(Editor* editor) {
    for (const Editor::Panel& panel : editor->panels()) {
        QDockWidget* added = dock(panel.title, panel.id, panel.widget, this);
        addDockWidget(Qt::LeftDockWidgetArea, added);
        if (panel.wide) {
            // A tree with columns and a form: a wider side than the settings panels need.
            wideDocks_ << added;
            connect(added, &QDockWidget::visibilityChanged, this, [this, added](bool visible) {
                if (visible && !added->isFloating() && added->width() < wideDockWidth()) {
                    resizeDocks({added}, {wideDockWidth()}, Qt::Horizontal);
                }
            });
        }
        // Every editor's panels share the left side as tabs.
        for (auto* other : findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (other != added && dockWidgetArea(other) == Qt::LeftDockWidgetArea) {
                tabifyDockWidget(other, added);
                break;
            }
        }
    }
    connect(editor, &Editor::statusMessage, this, [this, editor](const QString& message) {
        if (editor == active_) {
            statusBar()->showMessage(message);
        }
    });
    connect(editor, &Editor::activationRequested, this, [this, editor] { activate(editor); });
}

void MainWindow::activate(Editor* editor) {
    if (active_ != editor && active_ == lab_) {
        lab_->pause();  // the explorer takes the window; the lab's run waits, nothing is lost
    }
    active_ = editor;
    raiseDockOf(editor->panels().front().widget);
    editor->activate();
}

widgets::OrbitView* MainWindow::orbitView() const {
    return views_->explorerOrbit();
}
widgets::ChartView* MainWindow::factsChart() const {
    return views_->factsChart();
}
widgets::GroupPanel* MainWindow::groupPanel() const {
    return explorer_->groupPanel();
}
widgets::GroupView* MainWindow::groupView() const {
    return views_->groupView();
}
widgets::WeightSharingView* MainWindow::weightSharingView() const {
    return views_->weightSharingView();
}
WeightSharingSolver* MainWindow::weightSharingSolver() const {
    return explorer_->weightSharingSolver();
}
widgets::ExperimentPanel* MainWindow::experimentPanel() const {
    return lab_->experimentPanel();
}
TrainingController* MainWindow::controller() const {
    return lab_->controller();
}

void MainWindow::createMenus() {
    createFileMenu();

    // Single keys, as a teacher presses them; text fields keep their letters (Qt gives an editor
    // with focus the key first).
    QMenu* training = menuBar()->addMenu(tr("&Training"));
    trainAction_ = training->addAction(tr("&Train / Pause"));
    trainAction_->setShortcut(QKeySequence(Qt::Key_Space));
    connect(trainAction_, &QAction::triggered, controller(), &TrainingController::toggle);
    stepAction_ = training->addAction(tr("&Step"));
    stepAction_->setShortcut(QKeySequence(Qt::Key_S));
    connect(stepAction_, &QAction::triggered, controller(), [this] { controller()->step(); });
    resetAction_ = training->addAction(tr("&Reset"));
    resetAction_->setShortcut(QKeySequence(Qt::Key_R));
    connect(resetAction_, &QAction::triggered, controller(), &TrainingController::reset);

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
    QMenu* panels = view->addMenu(tr("P&anels"));
    for (auto* d : findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        panels->addAction(d->toggleViewAction());
    }
    QMenu* docks = view->addMenu(tr("&Views"));
    for (QAction* action : views_->createPopupMenu()->actions()) {
        docks->addAction(action);
    }
    QAction* resetLayout = view->addAction(tr("Reset &Layout"));
    connect(resetLayout, &QAction::triggered, views_, &LabViews::resetLayout);
    QAction* resetCamera = view->addAction(tr("Reset &Camera"));
    resetCamera->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(resetCamera, &QAction::triggered, orbitView(), &widgets::OrbitView::resetCamera);
    // F6 / Shift+F6 from pane to pane, as in most desktop programs (app/pane_focus.h).
    auto* panes = new PaneFocus(this, views_);
    QAction* nextPane = view->addAction(tr("&Next Pane"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, panes, &PaneFocus::next);
    QAction* previousPane = view->addAction(tr("P&revious Pane"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, panes, &PaneFocus::previous);
    connect(panes, &PaneFocus::focused, this, [this](QDockWidget* pane) {
        statusBar()->showMessage(
            tr("%1 has the keyboard focus (Tab: its next control; F6: the next pane)")
                .arg(pane->windowTitle()),
            5000);
    });
    view->addSeparator();
    // Each language named in itself; the window is rebuilt in it (app/window_host.h).
    QMenu* languages = view->addMenu(tr("Lan&guage"));
    auto* languageGroup = new QActionGroup(languages);
    for (const QString& language : availableLanguages()) {
        QAction* action = languages->addAction(languageName(language));
        action->setCheckable(true);
        action->setChecked(language == currentLanguage());
        action->setData(language);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (language != currentLanguage()) {
                emit languageRequested(language);
            }
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About eqlab"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About eqlab"),
                           tr("<b>eqlab %1</b> — Equivariance Lab.<br>Train small equivariant "
                              "networks and watch the symmetry.")
                               .arg(QStringLiteral(EQLAB_VERSION)));
    });
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lessons = file->addAction(tr("Lesso&ns…"));
    lessons->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lessons->setToolTip(tr("Every lesson as a card, ordered as a course"));
    connect(lessons, &QAction::triggered, this, &MainWindow::showLessonBrowser);
    file->addSeparator();
    QAction* create = file->addAction(tr("&New Experiment"));
    create->setShortcut(QKeySequence::New);
    connect(create, &QAction::triggered, lab_, [this] { lab_->newExperiment(); });
    QAction* open = file->addAction(tr("&Open Experiment…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openInteractively);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction* openData = file->addAction(tr("Open &Data…"));
    openData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openData->setToolTip(tr("Train on your own CSV or .npy data"));
    connect(openData, &QAction::triggered, lab_, [this] { lab_->openDataInteractively(); });
    QAction* saveWeights = file->addAction(tr("Save &Weights…"));
    saveWeights->setToolTip(tr("A run's trained weights as a safetensors file (docs/interop.md)"));
    connect(saveWeights, &QAction::triggered, lab_, [this] { lab_->saveWeightsInteractively(); });
    QAction* loadWeights = file->addAction(tr("&Load Weights…"));
    loadWeights->setToolTip(tr("Continue a run from weights in a safetensors file"));
    connect(loadWeights, &QAction::triggered, lab_, [this] { lab_->loadWeightsInteractively(); });
    QAction* audit = file->addAction(tr("&Audit Weights…"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    audit->setToolTip(
        tr("Which symmetries a trained net has: its weights (.safetensors, written by eqlab run) "
           "against the open experiment"));
    connect(audit, &QAction::triggered, lab_, [this] { lab_->auditWeightsInteractively(); });
    QAction* save = file->addAction(tr("&Save Experiment"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, lab_, [this] { lab_->save(); });
    QAction* saveAs = file->addAction(tr("Save Experiment &As…"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAs, &QAction::triggered, lab_, [this] { lab_->saveAs(); });
    file->addSeparator();
    // Figures for papers (app/figure_export_dialog.h).
    connect(file->addAction(tr("&Export All Figures…")), &QAction::triggered, this,
            [this] { exportAllInteractively(*views_, this); });
    QAction* screenshot = file->addAction(tr("Save Sc&reenshot…"));
    screenshot->setShortcut(QKeySequence(Qt::Key_F12));
    connect(screenshot, &QAction::triggered, this, &MainWindow::saveScreenshotInteractively);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    // The saved path goes to the recent files.
    connect(lab_->document(), &ExperimentDocument::pathChanged, this, [](const QString& path) {
        if (!path.isEmpty()) {
            RecentFiles().add(path);
        }
    });
}

void MainWindow::fillRecentMenu() {
    recentMenu_->clear();
    const QStringList paths = RecentFiles().paths();
    for (const QString& path : paths) {
        QAction* action = recentMenu_->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openExperimentFile(path); });
    }
    if (paths.isEmpty()) {
        recentMenu_->addAction(tr("(none yet)"))->setEnabled(false);
    } else {
        recentMenu_->addSeparator();
        connect(recentMenu_->addAction(tr("&Clear the List")), &QAction::triggered, this,
                [] { RecentFiles().clear(); });
    }
}

void MainWindow::openInteractively() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Experiment"), QString(),
                                     tr("eqlab experiments (*.eqlab.json *.json);;All files (*)"));
    if (!path.isEmpty()) {
        openExperimentFile(path);
    }
}

bool MainWindow::openExperimentFile(const QString& path) {
    if (!lab_->openFile(path)) {
        return false;
    }
    RecentFiles().add(path);
    return true;
}

void MainWindow::openLesson(const Lesson& lesson) {
    lessonName_ = lesson.name;
    experimentPanel()->setCurrentLesson(lesson.name);
    explorer_->openLesson(lesson);
}

void MainWindow::openExperimentLesson(const ExperimentLesson& lesson) {
    lessonName_ = lesson.name;
    lab_->openLesson(lesson);
}

widgets::LessonBrowser* MainWindow::showLessonBrowser() {
    auto* browser = new widgets::LessonBrowser(this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setCourse(lessonCatalogue(), lessonName_);
    connect(browser, &widgets::LessonBrowser::lessonChosen, this,
            [this](const QString& name) { openLessonNamed(name); });
    browser->open();
    return browser;
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

void MainWindow::openFirstLesson() {
    if (openLessonNamed(defaultLessonName())) {
        trainWhenBuilt();
    }
}

void MainWindow::trainWhenBuilt() {
    // The session is built on the worker after the experiment opens: wait for it to be ready at
    // step 0 (the state seen now may still be the previous experiment's).
    using S = TrainingController::State;
    TrainingController* trainer = controller();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(trainer, &TrainingController::stateChanged, this, [trainer, connection](S state) {
            if (state != S::Paused) {
                return;
            }
            QObject::disconnect(*connection);
            if (trainer->latest() && trainer->latest()->step == 0) {
                trainer->start();
            }
        });
}

void MainWindow::updateTitle() {
    const ExperimentDocument* document = lab_->document();
    setWindowTitle(tr("%1[*] — eqlab").arg(document->displayName()));
    setWindowModified(document->isModified());
}

void MainWindow::showTrainingState() {
    using S = TrainingController::State;
    const S state = controller()->state();
    trainAction_->setEnabled(state == S::Paused || state == S::Running);
    stepAction_->setEnabled(state == S::Paused);
    resetAction_->setEnabled(state == S::Paused || state == S::Running || state == S::Finished);
}

bool MainWindow::selectGroup(const QString& group) {
    return active_ == lab_ ? lab_->selectGroup(group) : explorer_->selectGroup(group);
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
        raiseDockOf(experimentPanel());
    } else if (name == QLatin1String("model")) {
        raiseDockOf(lab_->modelPanel());
    } else if (name == QLatin1String("task")) {
        raiseDockOf(lab_->taskPanel());
    } else if (name == QLatin1String("explore")) {
        raiseDockOf(groupPanel());
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

bool MainWindow::saveScreenshot(const QString& path, int width) {
    const QPixmap picture = grab();
    return (width > 0 ? picture.scaledToWidth(width, Qt::SmoothTransformation) : picture)
        .save(path);
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

QByteArray MainWindow::layoutState() const {
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << saveGeometry() << saveState(kLayoutVersion) << views_->saveState(kLayoutVersion);
    return state;
}

void MainWindow::restoreLayoutState(const QByteArray& state) {
    QDataStream in(state);
    QByteArray geometry, docks, views;
    in >> geometry >> docks >> views;
    if (in.status() != QDataStream::Ok) {
        return;  // an unreadable layout: keep the current one
    }
    restoreGeometry(geometry);
    if (restoreState(docks, kLayoutVersion)) {
        sideDocksBalanced_ = true;
    }
    views_->restoreState(views, kLayoutVersion);
}

void MainWindow::saveSettings() const {
    QSettings s = settings();
    s.setValue(QStringLiteral("theme/dark"), style_.dark);
    s.setValue(QStringLiteral("theme/presentation"), style_.presentation);
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/docks"), saveState(kLayoutVersion));
    s.setValue(QStringLiteral("window/views"), views_->saveState(kLayoutVersion));
}

int MainWindow::wideDockWidth() const {
    return std::min(width() * 2 / 7, 520);
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
            // The model builder, when it is the tab shown, gets room for its columns.
            const bool wide = wideDocks_.contains(dock) && !dock->visibleRegion().isEmpty();
            widths << (wide ? std::max(side, wideDockWidth()) : side);
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
    if (!lab_->mayClose()) {
        event->ignore();  // the user kept the unsaved experiment
        return;
    }
    lab_->stop();
    saveSettings();
    autosave_->finish();  // a clean exit: nothing to restore next time
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedExperiments(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList paths = droppedExperiments(event->mimeData());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openExperimentFile(paths.front());  // one experiment at a time
    }
}

}  // namespace eqlab::app

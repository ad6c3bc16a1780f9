#include "app/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTabWidget>

#include "app/group_study.h"
#include "app/orbit_study.h"
#include "compute/core/error.h"
#include "widgets/chart_view.h"
#include "widgets/group_panel.h"
#include "widgets/group_view.h"
#include "widgets/lesson_panel.h"
#include "widgets/orbit_view.h"
#include "widgets/weight_sharing_view.h"

namespace eqlab::app {

namespace {

QDockWidget* dock(const QString& title, const QString& objectName, QWidget* content,
                  QMainWindow* window) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);  // saveState() needs names
    dock->setWidget(content);
    return dock;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("eqlab — Equivariance Lab"));

    orbitView_ = new widgets::OrbitView(this);
    setCentralWidget(orbitView_);

    groupPanel_ = new widgets::GroupPanel(this);
    addDockWidget(Qt::LeftDockWidgetArea,
                  dock(tr("Experiment"), QStringLiteral("experiment"), groupPanel_, this));

    lessonPanel_ = new widgets::LessonPanel(this);
    QDockWidget* lessonDock = dock(tr("Lesson"), QStringLiteral("lesson"), lessonPanel_, this);
    addDockWidget(Qt::RightDockWidgetArea, lessonDock);

    // The group's structure and the weight sharing it imposes, tabbed with the lesson.
    groupView_ = new widgets::GroupView(this);
    QDockWidget* groupDock = dock(tr("Group"), QStringLiteral("group"), groupView_, this);
    weightSharingView_ = new widgets::WeightSharingView(this);
    QDockWidget* sharingDock =
        dock(tr("Weight sharing"), QStringLiteral("weight-sharing"), weightSharingView_, this);
    tabifyDockWidget(lessonDock, groupDock);
    tabifyDockWidget(groupDock, sharingDock);
    lessonDock->raise();

    factsChart_ = new widgets::ChartView(this);
    factsChart_->setMinimumHeight(220);
    factsChart_->setTitle(tr("How far each element moves the point"));
    factsChart_->setAxisTitles(tr("group element (index)"), tr("distance |g·x − x|"));
    addDockWidget(Qt::BottomDockWidgetArea,
                  dock(tr("Orbit facts"), QStringLiteral("facts"), factsChart_, this));

    createMenus();
    statusBar()->showMessage(tr("Ready"));

    connect(groupPanel_, &widgets::GroupPanel::selectionChanged, this, [this] {
        showOrbit();
        showGroup();
    });
    connect(weightSharingView_, &widgets::WeightSharingView::representationsChanged, this,
            [this] { showWeightSharing(); });
    connect(groupPanel_, &widgets::GroupPanel::pointChanged, this, [this] { showOrbit(); });
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

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* resetCamera = view->addAction(tr("&Reset Camera"));
    resetCamera->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(resetCamera, &QAction::triggered, orbitView_, &widgets::OrbitView::resetCamera);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About eqlab"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About eqlab"),
                           tr("<b>eqlab %1</b> — Equivariance Lab.<br>Train small equivariant "
                              "networks and watch the symmetry.")
                               .arg(QStringLiteral(EQLAB_VERSION)));
    });
}

void MainWindow::openLesson(const Lesson& lesson) {
    lessonPanel_->showLesson(lesson.title, lesson.html);
    if (!lesson.point.isEmpty()) {
        groupPanel_->setPoint(lesson.point);
    }
    groupPanel_->setSelection(lesson.group, lesson.representation);
    if (!lesson.point.isEmpty()) {
        groupPanel_->setPoint(lesson.point);
        showOrbit();
    }
}

bool MainWindow::selectGroup(const QString& group) {
    return groupPanel_->setSelection(group, groupPanel_->representation());
}

void MainWindow::showOrbit() {
    try {
        const OrbitStudy study =
            studyOrbit(groupPanel_->group(), groupPanel_->representation(), groupPanel_->point());
        if (groupPanel_->point().size() != study.point.size()) {
            groupPanel_->setPoint(
                QVector<double>(study.point.data(), study.point.data() + study.point.size()));
        }
        orbitView_->setScene(orbitScene(study));

        std::vector<double> elements, distances;
        for (int g = 0; g < study.group->order(); ++g) {
            elements.push_back(g);
            distances.push_back(
                (study.representation.matrix(g) * study.point - study.point).norm());
        }
        factsChart_->setSeries(tr("|g·x − x|"), elements, distances,
                               widgets::ChartView::Style::Points);

        const int order = study.group->order();
        const int orbit = study.embedding.distinctPoints;
        groupPanel_->setFacts(tr("order %1, %2 generators; orbit %3 points, stabilizer order %4")
                                  .arg(order)
                                  .arg(study.group->generators().size())
                                  .arg(orbit)
                                  .arg(order / orbit));
        statusBar()->showMessage(tr("%1: |G| = %2, |Orb(x)| = %3, |Stab(x)| = %4")
                                     .arg(QString::fromStdString(study.group->name()))
                                     .arg(order)
                                     .arg(orbit)
                                     .arg(order / orbit));
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
        groupView_->setGroup(groupViewData(group));
        shownGroup_ = group;
        const auto [in, out] = defaultWeightSharingPair(group);
        weightSharingView_->setRepresentations(in, out);
        showWeightSharing();
    } catch (const Error& error) {
        statusBar()->showMessage(tr("Cannot show the group: %1").arg(error.detail()));
    }
}

void MainWindow::showWeightSharing() {
    // Solving takes milliseconds for the catalogue's pairs, up to a second for dense 64-dim ones.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    try {
        weightSharingView_->setData(weightSharingData(groupPanel_->group(),
                                                      weightSharingView_->inRepresentation(),
                                                      weightSharingView_->outRepresentation()));
    } catch (const Error& error) {
        weightSharingView_->showProblem(tr("Cannot solve for this pair: %1").arg(error.detail()));
    }
}

void MainWindow::raiseDockOf(QWidget* content) {
    for (auto* dock : findChildren<QDockWidget*>()) {
        if (dock->widget() == content) {
            dock->raise();
        }
    }
}

bool MainWindow::showView(const QString& name) {
    if (name == QLatin1String("lesson")) {
        raiseDockOf(lessonPanel_);
    } else if (name == QLatin1String("group")) {
        raiseDockOf(groupView_);
        groupView_->tabs()->setCurrentIndex(0);
    } else if (name == QLatin1String("cayley-table")) {
        raiseDockOf(groupView_);
        groupView_->tabs()->setCurrentIndex(1);
    } else if (name == QLatin1String("characters")) {
        raiseDockOf(groupView_);
        groupView_->tabs()->setCurrentIndex(2);
    } else if (name == QLatin1String("weight-sharing")) {
        raiseDockOf(weightSharingView_);
    } else {
        return false;
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

}  // namespace eqlab::app

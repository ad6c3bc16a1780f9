// GUI flow of the lab with the real experiment session: open a lesson, train 200 steps, pause,
// step, reset, switch the group (the parameter count changes), edit with validation as you type,
// keyboard shortcuts, presentation mode and themes kept in the settings; and, end to end, a run
// paused and resumed gives the same numbers as one trained straight through. Any Qt warning
// fails the test.

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/experiment_lessons.h"
#include "app/figure_export_dialog.h"
#include "app/lab_views.h"
#include "app/main_window.h"
#include "app/training_controller.h"
#include "gui/window_suite.h"
#include "suite/suite.h"
#include "widgets/experiment_panel.h"
#include "widgets/figure_files.h"
#include "widgets/layer_orbit_panel.h"
#include "widgets/metric_chart_view.h"
#include "widgets/orbit_view.h"
#include "widgets/training_progress.h"
#include "widgets/vtk_view.h"

using eqlab::app::MainWindow;
using eqlab::app::TrainingController;
using State = TrainingController::State;

using eqlab::tests::waitForState;
using eqlab::tests::warnings;

namespace {

const QString kLesson = QStringLiteral("deepsets");

// A key pressed as a user does: through the window, so that shortcuts apply (a key sent to a
// widget directly bypasses Qt's shortcut map).
void press(MainWindow& window, Qt::Key key) {
    QTest::keyClick(window.windowHandle(), key);
}

std::int64_t latestStep(TrainingController* controller) {
    return controller->latest() ? controller->latest()->step : -1;
}

int parameters(TrainingController* controller, int run) {
    return static_cast<int>(
        controller->latest()->runs[static_cast<std::size_t>(run)].parameterCount);
}

}  // namespace

class TestLabWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        warnings.clear();
        QSettings(QStringLiteral("eqlab"), QStringLiteral("eqlab")).clear();
    }
    void cleanup() { QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n'))); }

    void trainPauseStepResetSwitchGroup() {
        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openLessonNamed(kLesson));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();  // shortcuts need the active window (no window manager here)
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* controller = window.controller();
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(latestStep(controller), 0);
        QCOMPARE(controller->latest()->group, std::string("S5"));
        const int deepsetsS5 = parameters(controller, 1);

        // Far more steps than the test waits for: in Release the lesson's 300 steps take a few
        // milliseconds, and a finished run cannot be paused (CI saw exactly that).
        QSpinBox* steps = window.experimentPanel()->stepsEditor();
        steps->setValue(steps->maximum());
        emit steps->editingFinished();
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(latestStep(controller), 0);

        // Space trains; the views fill as the snapshots arrive.
        press(window, Qt::Key_Space);
        QCOMPARE(controller->state(), State::Running);
        QVERIFY(QTest::qWaitFor([&] { return latestStep(controller) >= 200; }, 120000));
        press(window, Qt::Key_Space);
        QCOMPARE(controller->state(), State::Paused);
        // Everything the worker published is delivered, replaced or dropped as stale, and the
        // step the pause caught is the last one shown (a loaded machine may deliver it late).
        std::int64_t paused = -1;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const bool balanced = controller->publishedCount() ==
                                      controller->deliveredCount() + controller->replacedCount() +
                                          controller->staleCount();
                const std::int64_t now = latestStep(controller);
                const bool settled = balanced && now == paused;
                paused = now;
                QTest::qWait(100);
                return settled;
            },
            30000));
        QVERIFY(paused >= 200);
        auto* views = window.views();
        QCOMPARE(views->lossChart()->seriesLabels(), (QStringList{"mlp", "deepsets"}));
        // One point per step, or per stride-th step on a long run.
        const auto stride = static_cast<std::int64_t>(
            eqlab::widgets::MetricChartView::strideFor(static_cast<std::size_t>(paused)));
        QCOMPARE(views->lossChart()->pointCount(0),
                 static_cast<int>((paused + stride - 1) / stride));
        QVERIFY(views->symmetryChart()->logY());  // deepsets at round-off, the MLP near 0.1
        QVERIFY(views->layerOrbits()->orbitView()->pointCount() == 120);  // |S5|
        QVERIFY(window.progress()->secondsLeft() < 0);                    // paused: no estimate

        // S: exactly one step more. R: back to step 0, paused.
        press(window, Qt::Key_S);
        QVERIFY(QTest::qWaitFor([&] { return latestStep(controller) == paused + 1; }, 30000));
        QCOMPARE(controller->state(), State::Paused);
        press(window, Qt::Key_R);
        QVERIFY(QTest::qWaitFor([&] { return latestStep(controller) == 0; }, 10000));
        QCOMPARE(views->lossChart()->pointCount(0), 0);

        // Another group: a new session; the DeepSets net has other tied weights under C5.
        QVERIFY(window.selectGroup(QStringLiteral("C5")));
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(controller->latest()->group, std::string("C5"));
        QVERIFY2(
            parameters(controller, 1) > deepsetsS5,
            qPrintable(QStringLiteral("%1 vs %2").arg(parameters(controller, 1)).arg(deepsetsS5)));
        QCOMPARE(views->layerOrbits()->orbitView()->pointCount(), 5);  // |C5|
        QVERIFY(!window.selectGroup(QStringLiteral("Z9")));
    }

    // Figures from the window (docs/figures.md): every view with something to show has a figure
    // to export, the 3-D ones with the view's own camera, and File > Export All's set is written.
    void exportFiguresFromTheWindow() {
        namespace fig = eqlab::widgets::figure;
        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openLessonNamed(kLesson));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* controller = window.controller();
        QVERIFY(waitForState(controller, State::Paused));
        controller->step(20);
        QVERIFY(QTest::qWaitFor([&] { return latestStep(controller) == 20; }, 60000));
        auto* views = window.views();
        views->flushSnapshots();
        QVERIFY(QTest::qWaitFor([&] { return views->shownSnapshot()->step == 20; }, 10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return !eqlab::app::viewFigures(*views, "weight-sharing").empty(); }, 30000));
        for (const char* name :
             {"loss", "symmetry", "layer-orbits", "orbit-explorer", "group", "weight-sharing"}) {
            QVERIFY2(!eqlab::app::viewFigures(*views, name).empty(), name);
        }
        // Every view's dock offers Export… on a right click.
        for (auto* dock : views->findChildren<QDockWidget*>()) {
            QCOMPARE(dock->contextMenuPolicy(), Qt::CustomContextMenu);
        }
        // The orbit by layer is drawn from where the view's camera looks.
        const auto orbit = eqlab::app::viewFigures(*views, "layer-orbits").front();
        const auto& scene = std::get<fig::Scene>(orbit.content);
        QCOMPARE(scene.points.size(), std::size_t(120));  // |S5|
        QCOMPARE(scene.camera.position, views->layerOrbits()->orbitView()->camera().position);
        // The loss figure has the live chart's series, point for point.
        const auto loss = eqlab::app::viewFigures(*views, "loss").front();
        const auto& chart = std::get<fig::Chart>(loss.content);
        QCOMPARE(chart.series.size(), std::size_t(2));
        QCOMPARE(static_cast<int>(chart.series[0].y.size()), views->lossChart()->pointCount(0));
        QCOMPARE(chart.series[0].y.back(), views->lossChart()->lastPoint(0).second);

        // A right click on a 3-D view opens the menu with Export… (a right drag zooms instead).
        auto menuActions = std::make_shared<QStringList>();
        QTimer::singleShot(300, views, [menuActions] {
            if (auto* popup = QApplication::activePopupWidget()) {
                for (QAction* action : popup->actions()) {
                    *menuActions << action->text() + (action->isEnabled() ? "" : " (disabled)");
                }
                popup->close();
            }
        });
        auto* orbitView = views->layerOrbits()->orbitView();
        QTest::mouseClick(orbitView, Qt::RightButton, {}, orbitView->rect().center());
        QCOMPARE(*menuActions, QStringList{QStringLiteral("Export…")});

        QTemporaryDir dir;
        const auto all = eqlab::app::allFigures(*views);
        QVERIFY(all.size() >= 8);
        for (const auto& f : all) {
            QVERIFY(fig::writeFigureSet(f, dir.path(), {"svg"}, {}).isEmpty());
            QVERIFY2(QSvgRenderer(dir.filePath(f.name + ".svg")).isValid(), qPrintable(f.name));
        }
    }

    void validationAsYouType() {
        MainWindow window;
        QVERIFY(window.openLessonNamed(kLesson));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();  // shortcuts need the active window (no window manager here)
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* controller = window.controller();
        QVERIFY(waitForState(controller, State::Paused));
        auto* panel = window.experimentPanel();
        QSignalSpy changed(panel, &eqlab::widgets::ExperimentPanel::settingsChanged);

        QLineEdit* rate = panel->learningRateEditor();
        rate->selectAll();
        QTest::keyClicks(rate, QStringLiteral("-0.1"));
        QVERIFY(!panel->isValid());
        QVERIFY2(panel->problem().contains(QStringLiteral("Learning rate")),
                 qPrintable(panel->problem()));
        QTest::keyClick(rate, Qt::Key_Return);
        QCOMPARE(changed.size(), 0);  // nothing invalid is sent
        QCOMPARE(controller->state(), State::Paused);

        rate->selectAll();
        QTest::keyClicks(rate, QStringLiteral("1e-3"));
        QVERIFY(panel->isValid());
        QTest::keyClick(rate, Qt::Key_Return);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<eqlab::widgets::ExperimentSettings>().learningRate, 1e-3);
        QVERIFY(waitForState(controller, State::Paused));  // rebuilt with the new rate

        QLineEdit* group = panel->groupEditor()->lineEdit();
        group->selectAll();
        QTest::keyClicks(group, QStringLiteral("Q9"));
        QVERIFY(!panel->isValid());
        QVERIFY2(panel->problem().startsWith(QStringLiteral("Group:")),
                 qPrintable(panel->problem()));
        // Typing into a field does not trigger the single-key shortcuts (Space, S, R).
        QCOMPARE(controller->state(), State::Paused);
        group->setFocus();
        QTRY_VERIFY(group->hasFocus());
        for (const Qt::Key key : {Qt::Key_Space, Qt::Key_S, Qt::Key_R}) {
            press(window, key);
        }
        QVERIFY2(group->text().endsWith(QStringLiteral(" sr")), qPrintable(group->text()));
        QCOMPARE(controller->state(), State::Paused);
        QTest::qWait(100);
        QCOMPARE(latestStep(controller), 0);
    }

    void pausedAndResumedGivesTheSameNumbers() {
        constexpr int kSteps = 120;
        auto* lesson = new eqlab::app::ExperimentLesson(*eqlab::app::loadExperimentLesson(kLesson));
        const auto cleanupLesson = qScopeGuard([lesson] { delete lesson; });

        // Straight through: exactly kSteps steps in one go.
        TrainingController straight;
        straight.open(eqlab::app::experimentSessionFactory(lesson->spec, {}));
        QVERIFY(waitForState(&straight, State::Paused));
        straight.step(kSteps);
        QVERIFY(QTest::qWaitFor([&] { return latestStep(&straight) == kSteps; }, 120000));

        // Interrupted: start, pause, single steps, start again, pause past kSteps.
        TrainingController interrupted;
        interrupted.open(eqlab::app::experimentSessionFactory(lesson->spec, {}));
        QVERIFY(waitForState(&interrupted, State::Paused));
        interrupted.start();
        QVERIFY(QTest::qWaitFor([&] { return latestStep(&interrupted) >= 30; }, 60000));
        interrupted.pause();
        QTest::qWait(50);
        interrupted.step(3);
        QTest::qWait(50);
        interrupted.start();
        QVERIFY(QTest::qWaitFor([&] { return latestStep(&interrupted) >= kSteps; }, 120000));
        interrupted.pause();

        const auto& a = straight.latest()->runs;
        const auto& b = interrupted.latest()->runs;
        QCOMPARE(a.size(), b.size());
        for (std::size_t r = 0; r < a.size(); ++r) {
            QCOMPARE(a[r].losses.size(), std::size_t(kSteps));
            for (int i = 0; i < kSteps; ++i) {
                QCOMPARE(b[r].losses[i], a[r].losses[i]);  // bit for bit
            }
            // The metrics at the same steps, too (every 50: steps 0, 50, 100).
            for (std::size_t m = 0; m < a[r].metrics.size(); ++m) {
                QCOMPARE(b[r].metrics[m].step, a[r].metrics[m].step);
                for (std::size_t v = 0; v < a[r].metrics[m].values.size(); ++v) {
                    QCOMPARE(b[r].metrics[m].values[v].value, a[r].metrics[m].values[v].value);
                }
            }
        }
    }

    void presentationModeAndThemeAreKept() {
        const double normalPoint = QApplication::font().pointSizeF();
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.activateWindow();  // shortcuts need the active window (no window manager here)
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(!window.viewStyle().presentation);
            press(window, Qt::Key_F5);
            QVERIFY(window.presentationAction()->isChecked());
            QVERIFY(window.viewStyle().presentation);
            QVERIFY(QApplication::font().pointSizeF() > 1.5 * normalPoint);
            window.darkAction()->trigger();
            QVERIFY(window.viewStyle().dark);
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
            window.close();  // saves the settings
        }
        {
            MainWindow window;  // restores them
            QVERIFY(window.viewStyle().dark);
            QVERIFY(window.viewStyle().presentation);
            window.setTheme(false, false);
            QCOMPARE(QApplication::font().pointSizeF(), normalPoint);
        }
    }

    void orbitLessonStillExplores() {
        MainWindow window;
        QVERIFY(window.openLessonNamed(QStringLiteral("orbits")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();  // shortcuts need the active window (no window manager here)
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.controller()->state(), State::Empty);  // nothing trains
        QCOMPARE(window.orbitView()->pointCount(), 60);
        QTRY_VERIFY(window.orbitView()->framesPainted() > 0);
        QVERIFY(!window.openLessonNamed(QStringLiteral("no-such-lesson")));
    }
};

EQLAB_TEST_SUITE_MAIN(eqlab::tests::runWindowSuite<TestLabWindow>)

#include "test_lab_window.moc"

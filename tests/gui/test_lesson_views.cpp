// The window fits the lesson: each lesson names the views it uses (its guide's "views"), only
// those are shown and the others wait in View > Views; an experiment of one's own shows every
// view. At 1366 x 768 the first window and a training lesson show no empty view, and the
// lesson's text needs no sideways scrolling. The pictures go to the render output folder.

#include <QDir>
#include <QDockWidget>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>

#include "app/experiment_lessons.h"
#include "app/lab_editor.h"
#include "app/lab_views.h"
#include "app/lessons.h"
#include "app/main_window.h"
#include "app/training_controller.h"
#include "suite/suite.h"
#include "widgets/lesson_panel.h"
#include "widgets/snapshot_view.h"
#include "window_suite.h"

using eqlab::app::MainWindow;
using eqlab::app::TrainingController;
using State = TrainingController::State;
using eqlab::tests::waitForState;
using eqlab::tests::warnings;

namespace {

QStringList shownViews(const MainWindow& window) {
    QStringList shown;
    for (const QDockWidget* dock : window.views()->findChildren<QDockWidget*>()) {
        if (!dock->isHidden()) {
            shown << dock->objectName();
        }
    }
    shown.sort();
    return shown;
}

QStringList lessonViews(const QString& name) {
    QStringList views;
    if (const auto lesson = eqlab::app::loadExperimentLesson(name)) {
        views = lesson->views;
    } else if (const auto lesson = eqlab::app::loadLesson(name)) {
        views = lesson->views;
    }
    views.sort();
    return views;
}

// Every shown view that draws snapshots has something to draw; the names of those that do not.
QStringList emptyViews(const MainWindow& window) {
    QStringList empty;
    for (const QDockWidget* dock : window.views()->findChildren<QDockWidget*>()) {
        const auto* view = dynamic_cast<const eqlab::widgets::SnapshotView*>(dock->widget());
        if (!dock->isHidden() && view && !view->hasContent()) {
            empty << dock->objectName();
        }
    }
    return empty;
}

bool textFits(const MainWindow& window) {
    const auto* panel = window.findChild<eqlab::widgets::LessonPanel*>();
    const auto* text = panel->findChild<QTextBrowser*>();
    return panel->guideFits() && text->horizontalScrollBar()->maximum() == 0 &&
           text->viewport()->width() >= 200 && text->viewport()->height() >= 150;
}

void saveRender(MainWindow& window, const QString& name) {
    const QDir dir(QStringLiteral(EQLAB_RENDER_OUTPUT_DIR));
    QDir().mkpath(dir.path());
    window.grab().save(dir.filePath(name));  // to look at, not compared
}

}  // namespace

class TestLessonViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init() { warnings.clear(); }
    void cleanup() { QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n'))); }

    void everyLessonNamesViewsTheWindowHas() {
        MainWindow window;
        const QStringList known = window.views()->viewNames();
        for (const QString& name :
             eqlab::app::experimentLessonNames() + eqlab::app::lessonNames()) {
            const QStringList views = lessonViews(name);
            QVERIFY2(!views.isEmpty(), qPrintable(name + QStringLiteral(" names no views")));
            for (const QString& view : views) {
                QVERIFY2(known.contains(view),
                         qPrintable(name + QStringLiteral(": unknown view ") + view));
            }
        }
    }

    void onlyTheLessonsViewsAreShown() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLessonNamed(QStringLiteral("averaging")));
        QCOMPARE(shownViews(window), lessonViews(QStringLiteral("averaging")));
        QVERIFY(
            !lessonViews(QStringLiteral("averaging")).contains(QStringLiteral("weight-sharing")));
        QVERIFY(window.showView(QStringLiteral("weight-sharing")));  // still reachable
        QVERIFY(shownViews(window).contains(QStringLiteral("weight-sharing")));
        QVERIFY(window.openLessonNamed(QStringLiteral("intertwiners")));
        QCOMPARE(shownViews(window), lessonViews(QStringLiteral("intertwiners")));
        window.lab()->newExperiment();  // one's own: every view
        QCOMPARE(shownViews(window).size(), window.views()->viewNames().size());
    }

    // A view brought forward by name (--show, the View menu) before training stays in front when
    // the first pictures arrive; without it, the group shows its first view with content.
    void aViewShownByNameStaysInFront() {
        // The title on the current tab of the tab bar that holds the loss view's tab.
        const auto frontOfLossGroup = [](const MainWindow& window) {
            const QString loss = window.views()->findChild<QDockWidget*>("loss")->windowTitle();
            for (const QTabBar* bar : window.views()->findChildren<QTabBar*>()) {
                for (int i = 0; i < bar->count(); ++i) {
                    if (bar->tabText(i) == loss)
                        return bar->tabText(bar->currentIndex());
                }
            }
            return QString();
        };
        for (const bool chosen : {true, false}) {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openLessonNamed(QStringLiteral("averaging")));
            if (chosen)
                QVERIFY(window.showView(QStringLiteral("accuracy")));
            const auto stepped = [&] {
                const auto latest = window.controller()->latest();
                return latest && latest->step >= 1;
            };
            QVERIFY(waitForState(window.controller(), State::Paused));  // built
            window.controller()->step();
            QVERIFY(QTest::qWaitFor(stepped, 60000));
            QTest::qWait(100);  // the first picture arranged
            const QString expected = chosen ? QStringLiteral("accuracy") : QStringLiteral("loss");
            QCOMPARE(frontOfLossGroup(window),
                     window.views()->findChild<QDockWidget*>(expected)->windowTitle());
        }
    }

    // A plain first start on a 1366 x 768 screen: the default lesson trains at once, to its end,
    // and fills every view it shows; its text and guide are readable.
    void theFirstStartTrainsAndFillsItsViews() {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFirstLesson();
        QVERIFY(waitForState(window.controller(), State::Finished, 120000));
        const auto lesson = eqlab::app::loadExperimentLesson(eqlab::app::defaultLessonName());
        QVERIFY(lesson.has_value());
        QCOMPARE(window.controller()->latest()->step, lesson->spec.steps);
        QCOMPARE(shownViews(window), lessonViews(eqlab::app::defaultLessonName()));
        QTest::qWait(300);  // the last pictures drawn
        saveRender(window, QStringLiteral("window-1366x768-first-start.png"));
        QVERIFY2(emptyViews(window).isEmpty(), qPrintable(emptyViews(window).join(' ')));
        QVERIFY(textFits(window));
    }

    // The orbit explorer and training lessons on a 1366 x 768 screen.
    void aSmallScreenShowsNoEmptyView_data() {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("steps");
        QTest::newRow("orbits") << QStringLiteral("orbits") << 0;
        QTest::newRow("averaging") << QStringLiteral("averaging") << 60;
        QTest::newRow("group-convolution") << QStringLiteral("group-convolution") << 30;
    }
    void aSmallScreenShowsNoEmptyView() {
        QFETCH(QString, lesson);
        QFETCH(int, steps);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLessonNamed(lesson));
        if (steps > 0) {
            QVERIFY(waitForState(window.controller(), State::Paused));
            window.controller()->step(steps);
            QTRY_VERIFY_WITH_TIMEOUT(
                window.controller()->latest() && window.controller()->latest()->step == steps,
                120000);
            QVERIFY(waitForState(window.controller(), State::Paused));
        }
        QTest::qWait(300);  // the last pictures drawn
        saveRender(window, QStringLiteral("window-1366x768-%1.png").arg(lesson));
        QVERIFY2(emptyViews(window).isEmpty(), qPrintable(emptyViews(window).join(' ')));
        QVERIFY(textFits(window));
    }
};

EQLAB_TEST_SUITE_MAIN(eqlab::tests::runWindowSuite<TestLessonViews>)

#include "test_lesson_views.moc"

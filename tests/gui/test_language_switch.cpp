// Switching the language at run time (View > Language; app/window_host.h): the window is rebuilt
// in the new language — menus, panels, the lesson's text and guide — and the session goes on where
// it was: the same experiment (edited, not saved), the same step, bit-identical weights. Every
// lesson opens and trains a few steps in German and in Dutch. Any Qt warning fails.

#include <QDir>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <atomic>

#include "app/autosave.h"
#include "app/experiment_document.h"
#include "app/experiment_lessons.h"
#include "app/lab_editor.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/training_controller.h"
#include "app/window_host.h"
#include "compute/io/safetensors.h"
#include "compute/train/session.h"
#include "suite/suite.h"
#include "widgets/group_panel.h"
#include "widgets/lesson_panel.h"
#include "window_suite.h"

using eqlab::app::MainWindow;
using eqlab::app::TrainingController;
using eqlab::app::WindowHost;
using State = TrainingController::State;
using eqlab::tests::waitForState;
using eqlab::tests::warnings;

namespace {

QStringList menuTitles(const MainWindow& window) {
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

// The step the window's latest snapshot shows (-1 before the first).
std::int64_t stepOf(const MainWindow* window) {
    const auto latest = window->controller()->latest();
    return latest ? latest->step : -1;
}

QString lessonText(const MainWindow& window) {
    const auto* panel = window.findChild<eqlab::widgets::LessonPanel*>();
    return panel ? panel->text() + QLatin1Char('\n') + panel->guideText() : QString();
}

// The parameters of every run (all tensors' values in order), taken on the training thread.
std::vector<std::vector<double>> parametersOf(MainWindow& window) {
    std::vector<std::vector<double>> parameters;
    std::atomic<bool> done = false;
    window.controller()->runOnSession([&](eqlab::train::ExperimentSession* session) {
        for (int run = 0; session && run < session->runCount(); ++run) {
            std::vector<double> values;
            for (const auto& tensor : session->weights(run).tensors) {
                values.insert(values.end(), tensor.values.begin(), tensor.values.end());
            }
            parameters.push_back(std::move(values));
        }
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done.load(); }, 30000)) {
        return {};
    }
    return parameters;
}

}  // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init() { warnings.clear(); }
    void cleanup() {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        eqlab::app::installTranslations(QStringLiteral("en"));
    }

    void theSessionGoesOnInTheNewLanguage() {
        WindowHost host;
        MainWindow* window = host.window();
        QVERIFY(window->openLessonNamed(QStringLiteral("averaging")));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitForState(window->controller(), State::Paused));
        auto spec = window->lab()->document()->spec();
        spec.seed = 5;  // an edit that is not saved anywhere
        window->lab()->document()->setSpec(spec);
        QVERIFY(waitForState(window->controller(), State::Paused));
        window->controller()->step(6);
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(window), std::int64_t{6}, 60000);
        QVERIFY(waitForState(window->controller(), State::Paused));
        const QString text = window->lab()->document()->canonicalText();
        const auto parameters = parametersOf(*window);
        QVERIFY(menuTitles(*window).contains(QStringLiteral("&File")));
        const QString englishLesson = lessonText(*window);

        QSignalSpy replaced(&host, &WindowHost::windowReplaced);
        QVERIFY(host.switchLanguage(QStringLiteral("de")));
        QCOMPARE(replaced.size(), 1);
        MainWindow* german = host.window();
        QVERIFY(german != window);
        QVERIFY(german->isVisible());
        QCOMPARE(eqlab::app::currentLanguage(), QStringLiteral("de"));
        QCOMPARE(eqlab::app::chosenLanguage(), QStringLiteral("de"));
        QVERIFY2(menuTitles(*german).contains(QStringLiteral("&Datei")),
                 qPrintable(menuTitles(*german).join(' ')));
        // The restored session: the same edited experiment at the same step, the same weights.
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(german), std::int64_t{6}, 60000);
        QVERIFY(waitForState(german->controller(), State::Paused));
        QCOMPARE(german->lab()->document()->canonicalText(), text);
        QVERIFY(german->lab()->document()->isModified());
        QVERIFY(parametersOf(*german) == parameters);
        // The lesson in German: its text and guide from resources/lessons/de/.
        const auto lesson = eqlab::app::loadExperimentLesson(QStringLiteral("averaging"));
        QVERIFY(lessonText(*german).contains(lesson->guide.aim));
        QVERIFY(lessonText(*german) != englishLesson);
        QVERIFY(lessonText(*german).contains(QStringLiteral("Schritt 1 von")));
        // It trains on from there.
        german->controller()->step(2);
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(german), std::int64_t{8}, 60000);
        QVERIFY(!QDir(WindowHost::handOverFolder()).exists());

        QVERIFY(host.switchLanguage(QStringLiteral("nl")));
        QVERIFY(menuTitles(*host.window()).contains(QStringLiteral("&Bestand")));
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(host.window()), std::int64_t{8}, 60000);
        QVERIFY(host.switchLanguage(QStringLiteral("en")));
        QVERIFY(menuTitles(*host.window()).contains(QStringLiteral("&File")));
        QCOMPARE(lessonText(*host.window()).section('\n', 0, 0), englishLesson.section('\n', 0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(host.window()), std::int64_t{8}, 60000);
        QVERIFY(waitForState(host.window()->controller(), State::Paused));
    }

    // The group explorer has no experiment: its lesson and group are reopened.
    void theExplorerKeepsItsGroup() {
        WindowHost host;
        QVERIFY(host.window()->openLessonNamed(QStringLiteral("orbits")));
        QVERIFY(host.window()->selectGroup(QStringLiteral("D4")));
        QVERIFY(host.switchLanguage(QStringLiteral("nl")));
        QCOMPARE(host.window()->lessonName(), QStringLiteral("orbits"));
        QCOMPARE(host.window()->groupPanel()->group(), QStringLiteral("D4"));
    }

    // Every lesson opens and trains a few steps in each language, its guide in that language.
    void everyLessonTrainsInEachLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lesson");
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("nl")}) {
            for (const QString& lesson : eqlab::app::experimentLessonNames()) {
                QTest::newRow(qPrintable(language + QLatin1Char(' ') + lesson))
                    << language << lesson;
            }
        }
    }
    void everyLessonTrainsInEachLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, lesson);
        QVERIFY(eqlab::app::installTranslations(language));
        MainWindow window;
        QVERIFY(window.openLessonNamed(lesson));
        QVERIFY(waitForState(window.controller(), State::Paused));
        window.controller()->step(2);
        QTRY_VERIFY_WITH_TIMEOUT(stepOf(&window) >= 2, 120000);
        const auto loaded = eqlab::app::loadExperimentLesson(lesson);
        QVERIFY(lessonText(window).contains(loaded->guide.aim));
        QVERIFY(!loaded->guide.steps.isEmpty());
        QVERIFY(lessonText(window).contains(loaded->guide.steps.front().action.left(20)));
    }
};

EQLAB_TEST_SUITE_MAIN(eqlab::tests::runWindowSuite<TestLanguageSwitch>)

#include "test_language_switch.moc"

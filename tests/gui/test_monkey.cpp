// A GUI monkey: a seeded random sequence of what users do — keys (train, step, reset,
// presentation, dark mode), clicks and wheel turns anywhere below the menu bar, lessons opened,
// groups chosen, the window resized, screenshots saved — a fixed number of actions under Xvfb.
// The window must never crash, never log a Qt warning, never freeze for long on one action (15 s,
// far above what any action takes on a loaded machine), and still train a lesson at the end.
//
// The seed and the length come from EQLAB_MONKEY_SEED (default 1, so a CI run can be replayed)
// and EQLAB_MONKEY_ACTIONS (default 120). On failure the seed and the last actions are printed:
//
//   EQLAB_MONKEY_SEED=17 EQLAB_MONKEY_ACTIONS=2000
//   tests/run-with-display.sh build/default/tests/eqlab_gui_tests test_monkey
//
// Dialogs a click opens (file pickers, questions, export settings) are closed by a watchdog, as a
// user would cancel them; menus likewise.

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <deque>
#include <random>

#include "app/experiment_lessons.h"
#include "app/lab_editor.h"
#include "app/lessons.h"
#include "app/main_window.h"
#include "app/training_controller.h"
#include "gui/window_suite.h"
#include "suite/suite.h"
#include "widgets/vtk_view.h"

using eqlab::app::LabEditor;
using eqlab::app::MainWindow;
using State = eqlab::app::TrainingController::State;

using eqlab::tests::warnings;

namespace {

unsigned environmentNumber(const char* name, unsigned fallback) {
    bool ok = false;
    const unsigned value = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? value : fallback;
}

// Closes whatever modal dialog or popup menu is open, as a user pressing Escape would.
void closeDialogsAndMenus() {
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    if (QWidget* modal = QApplication::activeModalWidget()) {
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
    }
}

class Monkey {
public:
    Monkey(MainWindow& window, unsigned seed, const QString& screenshotDir)
        : window_(window), random_(seed), screenshotDir_(screenshotDir) {
        lessons_ = eqlab::app::experimentLessonNames() + eqlab::app::lessonNames();
    }

    // One random action; returns what it did (for the log).
    QString act() {
        switch (pick(10)) {
            case 0:
            case 1:
                return pressKey();
            case 2:
            case 3:
            case 4:
                return click();
            case 5:
                return wheel();
            case 6:
                return openLesson();
            case 7:
                return chooseGroup();
            case 8:
                return resize();
            default:
                return screenshot();
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }

    QString pressKey() {
        // Space trains or pauses, S steps, R resets, F5 presentation, Ctrl+D dark, Ctrl+0 camera.
        static const QList<QKeyCombination> keys = {
            Qt::Key_Space, Qt::Key_Space,
            Qt::Key_S,     Qt::Key_R,
            Qt::Key_F5,    QKeyCombination(Qt::CTRL, Qt::Key_D),
            Qt::Key_Tab,   QKeyCombination(Qt::CTRL, Qt::Key_0)};
        const QKeyCombination key = keys[pick(keys.size())];
        QTest::keyClick(window_.windowHandle(), key.key(), key.keyboardModifiers());
        return QStringLiteral("key %1").arg(QKeySequence(key).toString());
    }

    // A point of the window below the menu bar (the File menu's Quit ends the program, which a
    // monkey test of the window should not do).
    QPoint somewhere() {
        const int top = window_.menuBar()->geometry().bottom() + 1;
        return {pick(std::max(1, window_.width())),
                top + pick(std::max(1, window_.height() - top))};
    }

    QString click() {
        const QPoint at = somewhere();
        QWidget* target = window_.childAt(at);
        if (!target)
            target = &window_;
        const QPoint local = target->mapFrom(&window_, at);
        const bool twice = pick(4) == 0;
        if (twice)
            QTest::mouseDClick(target, Qt::LeftButton, {}, local);
        else
            QTest::mouseClick(target, pick(5) == 0 ? Qt::RightButton : Qt::LeftButton, {}, local);
        return QStringLiteral("%1 on %2 at %3,%4")
            .arg(twice ? QStringLiteral("double click") : QStringLiteral("click"),
                 QString::fromLatin1(target->metaObject()->className()))
            .arg(at.x())
            .arg(at.y());
    }

    QString wheel() {
        const QPoint at = somewhere();
        QWidget* target = window_.childAt(at);
        if (!target)
            return QStringLiteral("wheel on nothing");
        const QPointF local = target->mapFrom(&window_, at);
        const int delta = pick(2) ? 120 : -120;
        QWheelEvent event(local, target->mapToGlobal(local), {}, {0, delta}, Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
        return QStringLiteral("wheel %1 on %2").arg(delta).arg(target->metaObject()->className());
    }

    QString openLesson() {
        const QString name = lessons_[pick(lessons_.size())];
        window_.openLessonNamed(name);
        return QStringLiteral("lesson %1").arg(name);
    }

    QString chooseGroup() {
        static const QStringList groups = {QStringLiteral("C4"), QStringLiteral("D4"),
                                           QStringLiteral("S3"), QStringLiteral("C6"),
                                           QStringLiteral("T"),  QStringLiteral("no-such-group")};
        const QString group = groups[pick(groups.size())];
        window_.selectGroup(group);
        return QStringLiteral("group %1").arg(group);
    }

    QString resize() {
        const QSize size(700 + pick(900), 500 + pick(500));
        window_.resize(size);
        return QStringLiteral("resize %1x%2").arg(size.width()).arg(size.height());
    }

    QString screenshot() {
        const QString path = screenshotDir_ + QStringLiteral("/monkey-%1.png").arg(++shots_);
        window_.saveScreenshot(path);
        return QStringLiteral("screenshot");
    }

    MainWindow& window_;
    std::mt19937 random_;
    QString screenshotDir_;
    QStringList lessons_;
    int shots_ = 0;
};

}  // namespace

class TestMonkey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void randomUseLeavesTheWindowWorking() {
        QSettings(QStringLiteral("eqlab"), QStringLiteral("eqlab")).clear();
        const unsigned seed = environmentNumber("EQLAB_MONKEY_SEED", 1);
        const unsigned count = environmentNumber("EQLAB_MONKEY_ACTIONS", 120);
        qInfo("monkey: seed %u, %u actions (replay: EQLAB_MONKEY_SEED=%u)", seed, count, seed);
        QTemporaryDir shots;
        QVERIFY(shots.isValid());

        MainWindow window;
        window.lab()->setUnsavedQuestion(
            [](const QString&) { return LabEditor::UnsavedChoice::Discard; });
        window.resize(1366, 768);
        QVERIFY(window.openLessonNamed(eqlab::app::defaultLessonName()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTimer watchdog;
        QObject::connect(&watchdog, &QTimer::timeout, &closeDialogsAndMenus);
        watchdog.start(50);

        Monkey monkey(window, seed, shots.path());
        std::deque<QString> recent;
        int actions = 0;
        qint64 longest = 0;
        QString slowest;
        QElapsedTimer clock;
        clock.start();
        while (actions < int(count)) {
            const qint64 before = clock.elapsed();
            const QString action = monkey.act();
            const qint64 took = clock.elapsed() - before;
            if (took > longest) {
                longest = took;
                slowest = action;
            }
            recent.push_back(QStringLiteral("%1 (%2 ms)").arg(action).arg(took));
            if (recent.size() > 25)
                recent.pop_front();
            ++actions;
            if (!window.isVisible())
                window.show();  // a click closed it (there is no Quit below the menu bar)
            window.activateWindow();
            QTest::qWait(10 + actions % 40);
            if (!warnings.isEmpty())
                break;
        }
        watchdog.stop();
        closeDialogsAndMenus();
        QString log;
        for (const QString& action : recent)
            log += QStringLiteral("\n  ") + action;
        QVERIFY2(warnings.isEmpty(),
                 qPrintable(QStringLiteral("seed %1: Qt warned:\n%2\nafter the actions:%3")
                                .arg(seed)
                                .arg(warnings.join(QLatin1Char('\n')), log)));
        qInfo("monkey: %d actions in %lld ms; the longest, %lld ms: %s", actions,
              static_cast<long long>(clock.elapsed()), static_cast<long long>(longest),
              qPrintable(slowest));
        // A window that froze on one action (a dialog left open, minutes of work on the GUI
        // thread) fails, naming the action.
        QVERIFY2(longest < 15000,
                 qPrintable(QStringLiteral("seed %1: the window froze %2 ms on '%3'; the last "
                                           "actions:%4")
                                .arg(seed)
                                .arg(longest)
                                .arg(slowest, log)));

        // Still a working window: a lesson opens and trains.
        QVERIFY2(window.openLessonNamed(QStringLiteral("deepsets")),
                 qPrintable(QStringLiteral("seed %1, after:%2").arg(seed).arg(log)));
        auto* controller = window.controller();
        QVERIFY(QTest::qWaitFor([&] { return controller->state() == State::Paused; }, 60000));
        window.stepAction()->trigger();
        QVERIFY2(
            QTest::qWaitFor([&] { return controller->latest() && controller->latest()->step >= 1; },
                            60000),
            qPrintable(QStringLiteral("seed %1: the window no longer trains after:%2")
                           .arg(seed)
                           .arg(log)));
    }
};

EQLAB_TEST_SUITE_MAIN(eqlab::tests::runWindowSuite<TestMonkey>)

#include "test_monkey.moc"

// The training controller with fake sessions (no display): snapshots arrive in order, stale ones
// are dropped, pause/step/reset do exactly what they say, a failing session is reported, the
// session lives on the worker thread, and stop() during training joins promptly.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVector>
#include <atomic>
#include <thread>

#include "app/training_controller.h"
#include "compute/core/error.h"
#include "suite/suite.h"

using eqlab::app::SessionFactory;
using eqlab::app::SessionSource;
using eqlab::app::TrainingController;
using eqlab::train::SessionSnapshot;
using State = TrainingController::State;

namespace {

// What a fake session saw, readable from the test thread.
struct Trace {
    std::atomic<int> constructed{0};
    std::atomic<int> destroyed{0};
    std::atomic<int> steps{0};
    std::atomic<int> orbitSample{-1};
    std::atomic<bool> offGuiThread{true};  // every call happened off the GUI thread
    QThread* gui = nullptr;
    void check() {
        if (QThread::currentThread() == gui) {
            offGuiThread = false;
        }
    }
};

// Counts steps up to total; each step sleeps stepMicros (0: as fast as it can).
class FakeSession final : public SessionSource {
public:
    FakeSession(Trace& trace, std::int64_t total, int stepMicros)
        : trace_(trace), total_(total), stepMicros_(stepMicros) {
        trace_.check();
        ++trace_.constructed;
    }
    ~FakeSession() override {
        trace_.check();
        ++trace_.destroyed;
    }
    bool step() override {
        trace_.check();
        if (done_ >= total_) {
            return false;
        }
        if (stepMicros_ > 0) {
            std::this_thread::sleep_for(std::chrono::microseconds(stepMicros_));
        }
        ++done_;
        ++trace_.steps;
        return true;
    }
    void reset() override {
        trace_.check();
        done_ = 0;
    }
    bool finished() const override { return done_ >= total_; }
    void setOrbitSample(int sample) override {
        trace_.check();
        trace_.orbitSample = sample;
    }
    std::shared_ptr<const SessionSnapshot> snapshot() const override {
        trace_.check();
        auto snapshot = std::make_shared<SessionSnapshot>();
        snapshot->step = done_;
        snapshot->totalSteps = total_;
        return snapshot;
    }

private:
    Trace& trace_;
    std::int64_t total_;
    std::int64_t done_ = 0;
    int stepMicros_;
};

SessionFactory fake(Trace& trace, std::int64_t total, int stepMicros = 0) {
    trace.gui = QThread::currentThread();
    return [&trace, total, stepMicros] {
        return std::make_unique<FakeSession>(trace, total, stepMicros);
    };
}

// Records the steps of the delivered snapshots.
struct Recorder {
    QVector<std::int64_t> steps;
    void attach(TrainingController& controller) {
        QObject::connect(&controller, &TrainingController::snapshotReady, &controller,
                         [this](const std::shared_ptr<const SessionSnapshot>& snapshot) {
                             steps << snapshot->step;
                         });
    }
};

bool waitForState(TrainingController& controller, State state, int ms = 10000) {
    return QTest::qWaitFor([&] { return controller.state() == state; }, ms);
}

}  // namespace

class TestTrainingController : public QObject {
    Q_OBJECT

private slots:
    void openDeliversTheFirstSnapshotPaused() {
        Trace trace;
        TrainingController controller;
        Recorder recorder;
        recorder.attach(controller);
        controller.open(fake(trace, 100));
        QCOMPARE(controller.state(), State::Loading);
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(recorder.steps, QVector<std::int64_t>{0});
        QCOMPARE(controller.latest()->totalSteps, 100);
        QCOMPARE(trace.steps.load(), 0);
    }

    void trainingDeliversInOrderToTheFinalStep() {
        Trace trace;
        TrainingController controller;
        Recorder recorder;
        recorder.attach(controller);
        controller.open(fake(trace, 3000, 200));
        QVERIFY(waitForState(controller, State::Paused));
        QElapsedTimer clock;
        clock.start();
        controller.start();
        QCOMPARE(controller.state(), State::Running);
        QVERIFY(waitForState(controller, State::Finished, 60000));
        const double seconds = clock.elapsed() / 1000.0;
        QCOMPARE(trace.steps.load(), 3000);
        QCOMPARE(recorder.steps.last(), 3000);  // the final picture is never skipped
        for (int i = 1; i < recorder.steps.size(); ++i) {
            QVERIFY2(recorder.steps[i] > recorder.steps[i - 1], "snapshots out of order");
        }
        // Throttled: far fewer pictures than steps, at most ~30 per second (+ the forced ones:
        // after open and at the end). An upper bound only, so a slow machine cannot fail it.
        QVERIFY(recorder.steps.size() < 3000 / 4);
        QVERIFY2(controller.publishedCount() <= 30 * seconds + 3,
                 qPrintable(QStringLiteral("%1 snapshots in %2 s")
                                .arg(controller.publishedCount())
                                .arg(seconds)));
    }

    void aBusyGuiGetsOnlyTheNewestSnapshot() {
        Trace trace;
        TrainingController controller;
        controller.setMaxRate(1000);  // publish nearly every step
        Recorder recorder;
        recorder.attach(controller);
        controller.open(fake(trace, 100000, 50));
        QVERIFY(waitForState(controller, State::Paused));
        controller.start();
        // The GUI thread is busy (does not run its event loop) while the worker publishes; then
        // it pauses, and the worker publishes where it stopped.
        QThread::msleep(300);
        controller.pause();
        QThread::msleep(100);
        const qint64 published = controller.publishedCount();
        QVERIFY(published > 10);
        QCOMPARE(recorder.steps.size(), 1);  // only the picture after open() so far
        QCoreApplication::processEvents();
        // Of everything published while the GUI was busy, one delivery: the newest.
        QCOMPARE(recorder.steps.size(), 2);
        QCOMPARE(recorder.steps[1], std::int64_t(trace.steps.load()));
        QCOMPARE(controller.replacedCount(), published - 2);
        QCOMPARE(controller.state(), State::Paused);
    }

    void pauseHoldsAndStepAdvancesExactly() {
        Trace trace;
        TrainingController controller;
        Recorder recorder;
        recorder.attach(controller);
        controller.open(fake(trace, 1000000, 100));
        QVERIFY(waitForState(controller, State::Paused));
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return trace.steps.load() > 50; }, 10000));
        controller.pause();
        // After pausing, the worker does at most the step it was in and publishes where it
        // stopped; then nothing moves.
        QVERIFY(QTest::qWaitFor(
            [&] { return !recorder.steps.isEmpty() && recorder.steps.last() == trace.steps; },
            10000));
        const int paused = trace.steps;
        QTest::qWait(100);
        QCOMPARE(trace.steps.load(), paused);

        controller.step();
        QVERIFY(QTest::qWaitFor([&] { return recorder.steps.last() == paused + 1; }, 10000));
        controller.step(5);
        QVERIFY(QTest::qWaitFor([&] { return recorder.steps.last() == paused + 6; }, 10000));
        QTest::qWait(100);
        QCOMPARE(trace.steps.load(), paused + 6);
        QCOMPARE(controller.state(), State::Paused);
    }

    void resetGoesBackToStepZeroPausedAndDropsOlderPictures() {
        Trace trace;
        TrainingController controller;
        Recorder recorder;
        recorder.attach(controller);
        controller.open(fake(trace, 200, 50));
        QVERIFY(waitForState(controller, State::Paused));
        controller.start();
        QVERIFY(waitForState(controller, State::Finished));
        QCOMPARE(recorder.steps.last(), 200);
        controller.reset();
        QCOMPARE(controller.state(), State::Paused);
        QVERIFY(QTest::qWaitFor([&] { return recorder.steps.last() == 0; }, 10000));
        controller.start();
        QVERIFY(waitForState(controller, State::Finished));
        QCOMPARE(trace.steps.load(), 400);

        // Reset while training: no picture from before the reset arrives after it.
        controller.reset();
        controller.setMaxRate(1000);
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return trace.steps.load() > 450; }, 10000));
        const int before = recorder.steps.size();
        controller.reset();
        QThread::msleep(50);  // let the worker publish a few that are now stale
        QVERIFY(QTest::qWaitFor([&] { return recorder.steps.last() == 0; }, 10000));
        for (int i = before; i < recorder.steps.size(); ++i) {
            QCOMPARE(recorder.steps[i], 0);
        }
        QCOMPARE(controller.state(), State::Paused);
    }

    void aFailingSessionIsReported() {
        Trace trace;  // before the controller: its session (destroyed last) reports to it
        TrainingController controller;
        QSignalSpy failed(&controller, &TrainingController::failed);
        controller.open([]() -> std::unique_ptr<SessionSource> {
            throw eqlab::Error(eqlab::ErrorKind::Parse, "field 'group': unknown group 'Z9'");
        });
        QVERIFY(waitForState(controller, State::Failed));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].toString(), QStringLiteral("field 'group': unknown group 'Z9'"));
        controller.start();  // nothing to start
        QCOMPARE(controller.state(), State::Failed);

        controller.open(fake(trace, 10));  // a good experiment after a bad one
        QVERIFY(waitForState(controller, State::Paused));
        QVERIFY(controller.failure().isEmpty());
    }

    void theSessionLivesOnTheWorkerThread() {
        Trace trace;
        {
            Trace second;  // outlives the controller, whose session reports to it to the end
            TrainingController controller;
            controller.open(fake(trace, 50));
            QVERIFY(waitForState(controller, State::Paused));
            controller.setOrbitSample(7);
            controller.start();
            QVERIFY(waitForState(controller, State::Finished));
            controller.open(fake(second, 5));  // another experiment replaces the session
            QVERIFY(waitForState(controller, State::Paused));
            QCOMPARE(trace.destroyed.load(), 1);
        }
        QCOMPARE(trace.constructed.load(), 1);
        QCOMPARE(trace.orbitSample.load(), 7);
        QVERIFY2(trace.offGuiThread, "the session was touched on the GUI thread");
    }

    void stopDuringTrainingJoinsPromptly() {
        Trace trace;
        TrainingController controller;
        controller.open(fake(trace, 1000000000, 2000));  // 2 ms steps, never finishing
        QVERIFY(waitForState(controller, State::Paused));
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return trace.steps.load() > 20; }, 10000));
        QElapsedTimer clock;
        clock.start();
        controller.stop();
        const qint64 ms = clock.elapsed();
        QCOMPARE(trace.destroyed.load(), 1);  // joined: the session is gone
        QCOMPARE(controller.state(), State::Empty);
        // One step is 2 ms; the worker checks its stop flag between steps. The bound is loose
        // on purpose (a loaded machine), but far below a run's length (~half an hour).
        QVERIFY2(ms < 2000, qPrintable(QStringLiteral("stop took %1 ms").arg(ms)));
        QVERIFY2(trace.offGuiThread, "the session was touched on the GUI thread");
    }
};

EQLAB_TEST_GUILESS_MAIN(TestTrainingController)

#include "test_training_controller.moc"

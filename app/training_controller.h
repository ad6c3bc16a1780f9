#pragma once

// TrainingController: runs an experiment session on a worker thread and publishes its snapshots to
// the GUI. The GUI thread never trains and never waits for a step: commands (start, pause, step,
// reset, open) only set a request under a short lock and wake the worker.
//
// Publishing (the Mandelbrot example's pattern): the worker takes a snapshot at most maxRate()
// times per second while training (and always when it stops: paused after granted steps,
// finished, reset, opened), puts it into a one-element slot and posts ONE queued delivery if
// none is pending. A snapshot that is still in the slot when the next one is made is replaced:
// the newest wins and a slow GUI only ever sees fresh pictures, in order.
//
// Each open() and reset() starts a new "generation"; deliveries from an older generation are
// stale and dropped, so a picture from before a reset never shows up after it.
//
// stop() (and the destructor) asks the worker to end between two steps and joins it; the session
// is destroyed on the worker thread, where it was made.

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

#include "app/session_source.h"
#include "compute/train/session.h"
#include "widgets/snapshot_pointer.h"

class QThread;

namespace eqlab::app {

class TrainingController : public QObject {
    Q_OBJECT

public:
    enum class State {
        Empty,     // no session (nothing opened, or stopped)
        Loading,   // the worker is building the session
        Paused,    // ready to train; also after reset and after single steps
        Running,   // training continuously
        Finished,  // every run finished its steps or diverged
        Failed,    // the session could not be built, or a step threw
    };
    Q_ENUM(State)

    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    // Replaces the current session by a new one built by factory on the worker thread. Starts
    // paused at step 0; the first snapshot follows.
    void open(SessionFactory factory);
    void start();              // train continuously
    void pause();              // stop after the current step
    void toggle();             // start when paused, pause when running
    void step(int count = 1);  // while paused: exactly count more steps, then paused again
    void reset();              // back to step 0 with the same seed, paused
    void setOrbitSample(int sample);
    // Runs `task` on the worker thread between two steps with the session (null when there is
    // none or it is not an experiment session), then publishes a snapshot (the task may have
    // changed the weights). The task reports back itself (a queued call to the GUI thread).
    void runOnSession(std::function<void(train::ExperimentSession* session)> task);
    // Ends the worker (between two steps) and joins it. The controller is Empty afterwards.
    void stop();

    State state() const { return state_; }
    QString failure() const { return failure_; }
    std::shared_ptr<const train::SessionSnapshot> latest() const { return latest_; }

    // At most this many snapshots per second while training (default 30).
    void setMaxRate(double perSecond);
    double maxRate() const;

    // Counters for tests and the status line: snapshots made by the worker, delivered to the GUI,
    // replaced in the slot before delivery, and dropped as stale (older generation).
    qint64 publishedCount() const { return published_.load(); }
    qint64 deliveredCount() const { return delivered_; }
    qint64 replacedCount() const { return replaced_.load(); }
    qint64 staleCount() const { return stale_; }

signals:
    void snapshotReady(std::shared_ptr<const eqlab::train::SessionSnapshot> snapshot);
    void stateChanged(eqlab::app::TrainingController::State state);
    void failed(const QString& message);

private:
    struct Shared;  // state shared with the worker, guarded by its mutex
    void ensureWorker();
    void deliver();  // GUI thread: takes the slot
    void setState(State state);
    void workerLoop();

    std::shared_ptr<Shared> shared_;
    QThread* worker_ = nullptr;
    State state_ = State::Empty;
    QString failure_;
    std::shared_ptr<const train::SessionSnapshot> latest_;
    std::atomic<qint64> published_{0};
    std::atomic<qint64> replaced_{0};
    qint64 delivered_ = 0;
    qint64 stale_ = 0;
    std::uint64_t generation_ = 0;  // GUI side: the generation the next deliveries must carry
};

}  // namespace eqlab::app

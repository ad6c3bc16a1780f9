#include "app/training_controller.h"

#include <QThread>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>

#include "compute/core/error.h"
#include "compute/core/parallel.h"

namespace eqlab::app {

namespace {

// The OS priority of the training threads behind the window (Linux nice).
constexpr int kTrainingNice = 10;

using Clock = std::chrono::steady_clock;

// What the worker hands to the GUI: a snapshot and what became of the session.
struct Publication {
    std::shared_ptr<const train::SessionSnapshot> snapshot;  // null when the session failed
    std::uint64_t generation = 0;
    bool finished = false;
    bool failed = false;
    std::string error;
};

}  // namespace

struct TrainingController::Shared {
    std::mutex mutex;
    std::condition_variable wake;

    // Requests, GUI -> worker.
    bool stop = false;
    SessionFactory factory;  // a pending open()
    bool resetRequested = false;
    bool running = false;
    std::int64_t grants = 0;  // single steps still to do while paused
    std::optional<int> orbitSample;
    std::vector<std::function<void(train::ExperimentSession*)>> tasks;  // runOnSession()
    std::uint64_t generation = 0;  // of the latest open() or reset()
    Clock::duration minInterval = std::chrono::microseconds(33'333);

    // The one-element slot, worker -> GUI. Filled means a delivery is already posted.
    std::optional<Publication> slot;
};

TrainingController::TrainingController(QObject* parent)
    : QObject(parent), shared_(std::make_shared<Shared>()) {
    qRegisterMetaType<std::shared_ptr<const train::SessionSnapshot>>();
}

TrainingController::~TrainingController() {
    blockSignals(true);  // whoever listens may be half destroyed already (a parent window)
    stop();
}

void TrainingController::ensureWorker() {
    if (worker_) {
        return;
    }
    {
        std::lock_guard lock(shared_->mutex);
        shared_->stop = false;
    }
    worker_ = QThread::create([this] {
        // Training yields the cores to the window whenever it has work (nice 10: about a tenth
        // of a core's share against the GUI thread while both want it, everything when the
        // window is idle); measured with `eqlab --latency-probe` (docs/performance.md).
        eqlab::setBackgroundNice(kTrainingNice);
        eqlab::lowerThisThreadPriority(kTrainingNice);
        workerLoop();
    });
    worker_->setObjectName(QStringLiteral("eqlab-training"));
    worker_->start();
}

void TrainingController::open(SessionFactory factory) {
    ensureWorker();
    {
        std::lock_guard lock(shared_->mutex);
        shared_->factory = std::move(factory);
        shared_->running = false;
        shared_->grants = 0;
        shared_->resetRequested = false;
        shared_->orbitSample.reset();
        generation_ = ++shared_->generation;
    }
    shared_->wake.notify_one();
    failure_.clear();
    setState(State::Loading);
}

void TrainingController::start() {
    if (state_ != State::Paused) {
        return;
    }
    {
        std::lock_guard lock(shared_->mutex);
        shared_->running = true;
        shared_->grants = 0;
    }
    shared_->wake.notify_one();
    setState(State::Running);
}

void TrainingController::pause() {
    if (state_ != State::Running) {
        return;
    }
    {
        std::lock_guard lock(shared_->mutex);
        shared_->running = false;
        shared_->grants = 0;
    }
    setState(State::Paused);
}

void TrainingController::toggle() {
    if (state_ == State::Running) {
        pause();
    } else {
        start();
    }
}

void TrainingController::step(int count) {
    if (state_ != State::Paused || count <= 0) {
        return;
    }
    {
        std::lock_guard lock(shared_->mutex);
        shared_->grants += count;
    }
    shared_->wake.notify_one();
}

void TrainingController::reset() {
    if (state_ == State::Empty || state_ == State::Loading || state_ == State::Failed) {
        return;
    }
    {
        std::lock_guard lock(shared_->mutex);
        shared_->running = false;
        shared_->grants = 0;
        shared_->resetRequested = true;
        generation_ = ++shared_->generation;
    }
    shared_->wake.notify_one();
    setState(State::Paused);
}

void TrainingController::setOrbitSample(int sample) {
    {
        std::lock_guard lock(shared_->mutex);
        shared_->orbitSample = sample;
    }
    shared_->wake.notify_one();
}

void TrainingController::runOnSession(std::function<void(train::ExperimentSession*)> task) {
    {
        std::lock_guard lock(shared_->mutex);
        shared_->tasks.push_back(std::move(task));
    }
    shared_->wake.notify_one();
}

void TrainingController::stop() {
    if (!worker_) {
        return;
    }
    {
        std::lock_guard lock(shared_->mutex);
        shared_->stop = true;
        shared_->factory = nullptr;
        shared_->slot.reset();
        generation_ = ++shared_->generation;  // whatever is still queued is stale now
    }
    shared_->wake.notify_one();
    worker_->wait();
    {
        // The worker's last unlock of the mutex (after its session is gone) happened before this
        // lock: all it did is ordered before whatever follows here (the shared state's
        // destruction, a new worker) in a way ThreadSanitizer sees too; it cannot see into
        // QThread::wait().
        std::lock_guard lock(shared_->mutex);
    }
    delete worker_;
    worker_ = nullptr;
    setState(State::Empty);
}

void TrainingController::setMaxRate(double perSecond) {
    std::lock_guard lock(shared_->mutex);
    shared_->minInterval = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(1.0 / std::max(perSecond, 0.1)));
}

double TrainingController::maxRate() const {
    std::lock_guard lock(shared_->mutex);
    return 1.0 / std::chrono::duration<double>(shared_->minInterval).count();
}

void TrainingController::setState(State state) {
    if (state_ != state) {
        state_ = state;
        emit stateChanged(state);
    }
}

void TrainingController::deliver() {
    std::optional<Publication> publication;
    {
        std::lock_guard lock(shared_->mutex);
        publication.swap(shared_->slot);
    }
    if (!publication) {
        return;
    }
    if (publication->generation != generation_) {
        ++stale_;  // made before the latest open() or reset()
        return;
    }
    ++delivered_;
    if (publication->failed) {
        failure_ = QString::fromStdString(publication->error);
        setState(State::Failed);
        emit failed(failure_);
        return;
    }
    latest_ = publication->snapshot;
    if (publication->finished) {
        setState(State::Finished);
    } else if (state_ == State::Loading) {
        setState(State::Paused);
    }
    emit snapshotReady(latest_);
}

// The worker thread. The mutex is held only to read and write requests, never during a step or a
// snapshot, so the GUI thread's commands never wait for training.
void TrainingController::workerLoop() {
    Shared& s = *shared_;
    std::unique_ptr<SessionSource> session;
    std::uint64_t generation = 0;
    bool done = true;  // no session, or the session has nothing left to do
    Clock::time_point lastPublish{};

    // Called without the lock. force: publish even if the last one was less than minInterval ago.
    const auto publish = [&](Publication publication, bool force) {
        const Clock::time_point now = Clock::now();
        Clock::duration minInterval;
        {
            std::lock_guard lock(s.mutex);
            minInterval = s.minInterval;
        }
        if (!force && now - lastPublish < minInterval) {
            return;
        }
        lastPublish = now;
        publication.generation = generation;
        if (!publication.failed && session) {
            publication.snapshot = session->snapshot();
        }
        bool post = false;
        {
            std::lock_guard lock(s.mutex);
            if (s.stop) {
                return;
            }
            post = !s.slot.has_value();
            if (!post) {
                ++replaced_;  // the GUI has not taken the previous one yet: the newest wins
            }
            s.slot = std::move(publication);
        }
        ++published_;
        if (post) {
            QMetaObject::invokeMethod(
                this, [this] { deliver(); }, Qt::QueuedConnection);
        }
    };
    const auto failure = [&](const char* what) {
        session.reset();
        done = true;
        Publication publication;
        publication.failed = true;
        publication.error = what;
        publish(std::move(publication), true);
    };

    const auto progress = [](bool finished) {
        Publication publication;
        publication.finished = finished;
        return publication;
    };

    std::unique_lock lock(s.mutex);
    for (;;) {
        s.wake.wait(lock, [&] {
            return s.stop || s.factory || s.resetRequested || s.orbitSample.has_value() ||
                   !s.tasks.empty() || (session && !done && (s.running || s.grants > 0));
        });
        if (s.stop) {
            break;
        }
        if (s.factory) {
            SessionFactory factory = std::move(s.factory);
            s.factory = nullptr;
            generation = s.generation;
            lock.unlock();
            session.reset();  // the previous session ends on the thread that made it
            try {
                session = factory();
                done = session->finished();
                publish(progress(done), true);
            } catch (const Error& error) {
                failure(error.detail());
            } catch (const std::exception& error) {
                failure(error.what());
            }
            lock.lock();
            continue;
        }
        if (s.resetRequested) {
            s.resetRequested = false;
            generation = s.generation;
            lock.unlock();
            if (session) {
                try {
                    session->reset();
                    done = session->finished();
                    publish(progress(done), true);
                } catch (const std::exception& error) {
                    failure(error.what());
                }
            }
            lock.lock();
            continue;
        }
        if (!s.tasks.empty()) {
            auto tasks = std::move(s.tasks);
            s.tasks.clear();
            lock.unlock();
            for (auto& task : tasks) {
                task(session ? session->experimentSession() : nullptr);
            }
            if (session) {
                done = session->finished();
                publish(progress(done), true);
            }
            lock.lock();
            continue;
        }
        if (s.orbitSample) {
            const int sample = *s.orbitSample;
            s.orbitSample.reset();
            const bool idle = !s.running;
            lock.unlock();
            if (session) {
                session->setOrbitSample(sample);
                if (idle) {
                    publish(progress(done), true);  // show the new orbit while paused too
                }
            }
            lock.lock();
            continue;
        }
        // One step, granted by start() (running) or step() (grants).
        if (!s.running) {
            --s.grants;
        }
        lock.unlock();
        try {
            session->step();
            done = session->finished();
        } catch (const std::exception& error) {
            failure(error.what());
            lock.lock();
            continue;
        }
        lock.lock();
        const bool idle = done || (!s.running && s.grants == 0);
        lock.unlock();
        publish(progress(done), idle);  // the picture where training stops is never skipped
        lock.lock();
    }
    lock.unlock();
    session.reset();  // here, where it was made; without the lock (a large one takes a while)
    // The worker's last unlock (leaving this scope) follows the session's end, so stop()'s lock
    // after wait() orders everything the worker did before what the GUI thread does next.
    lock.lock();
}

}  // namespace eqlab::app

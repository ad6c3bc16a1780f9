#pragma once

// A fixed team of threads for short parallel regions that follow each other closely: the
// trainer's step of a small net is two or three regions of 5–40 µs each. oneTBB lets its workers
// sleep between such regions, and waking a sleeping thread costs tens of µs on a virtual machine
// (an interrupt to an idle virtual CPU): more than the region itself, so two threads were slower
// than one. A team's threads stay awake — spinning on one cache line — for a short while after
// each region (kSpinBudget in worker_team.cpp), then sleep until the next.
//
// Which slot runs what is the caller's choice (the job receives its slot), so a caller that
// gives every slot a fixed share of the work gets the same results whatever the team size when
// the shares do not change a sum's order (docs/engine.md).

#include <functional>
#include <memory>

namespace eqlab {

class WorkerTeam {
public:
    // A team of `threads` ≥ 1 threads: the caller of run() and threads − 1 workers.
    explicit WorkerTeam(int threads);
    ~WorkerTeam();
    WorkerTeam(const WorkerTeam&) = delete;
    WorkerTeam& operator=(const WorkerTeam&) = delete;

    // The process's team of `threads` threads (0: the hardware threads oneTBB sees), made on
    // first use and shared by every caller that asks for that size — so the runs of a lesson,
    // stepped one after the other, do not each keep threads spinning.
    static WorkerTeam& shared(int threads);

    int size() const noexcept;

    // Calls job(slot) for every slot in [0, size()) at the same time, slot 0 on the calling
    // thread, and returns when all have returned. An exception thrown by a job is rethrown here
    // (the lowest slot's) once every slot is done. One run at a time: a second caller waits.
    // A job must not call run() on its own team.
    void run(const std::function<void(int slot)>& job);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace eqlab

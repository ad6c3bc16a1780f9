#pragma once

// SnapshotPacer: hands the newest training snapshot to the lab's views without freezing the
// window. Under a software renderer (llvmpipe, Xvfb, a laptop without GPU) one view takes
// 10–40 ms to redraw; giving a snapshot to all of them at once blocked the event loop for the sum
// (p99 ~250 ms of lateness measured with `eqlab --latency-probe`). The pacer gives it to ONE
// visible view per event-loop turn (a repaint happens in between), so no turn takes longer than
// the slowest view, and starts a new round at most every kRoundMs: the views then show the newest
// snapshot of that moment, the ones in between are skipped (newest wins, as in the controller).
// Hidden views (a tab behind another) draw nothing and are updated in the same turn.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <memory>
#include <vector>

#include "compute/train/session_snapshot.h"
#include "widgets/snapshot_view.h"  // the snapshot pointer as a Qt meta type

namespace eqlab::app {

class SnapshotPacer : public QObject {
    Q_OBJECT

public:
    static constexpr int kRoundMs = 200;  // at most 5 refreshes of every view per second

    explicit SnapshotPacer(std::vector<widgets::SnapshotView*> views, QObject* parent = nullptr);

    // The newest snapshot: shown in the next round.
    void post(std::shared_ptr<const train::SessionSnapshot> snapshot);
    // Every view shows `snapshot` now (paused, stepped, a new experiment); a round in progress is
    // dropped.
    void showNow(std::shared_ptr<const train::SessionSnapshot> snapshot);
    // Whatever is waiting is shown now.
    void flush();
    // Every view shows the newest snapshot posted.
    bool isUpToDate() const { return !waiting_ && queue_.empty(); }

signals:
    // A snapshot the views start showing (a round begins, or showNow): the window's other
    // panels follow in the same turn, so that the window is composed once for all of them.
    void shown(const std::shared_ptr<const train::SessionSnapshot>& snapshot);

private:
    void startRound();
    void showNext();

    std::vector<widgets::SnapshotView*> views_;
    std::shared_ptr<const train::SessionSnapshot> waiting_;  // not yet handed to any view
    std::shared_ptr<const train::SessionSnapshot> current_;  // the round's snapshot
    std::deque<widgets::SnapshotView*> queue_;               // views still to get current_
    QTimer timer_;
    QElapsedTimer sinceRound_;
};

}  // namespace eqlab::app

#include "app/snapshot_pacer.h"

#include <QWidget>

#include "widgets/snapshot_view.h"

namespace eqlab::app {

namespace {

// Whether the view will repaint when given a snapshot (a view in a hidden tab does not).
bool drawsNow(widgets::SnapshotView* view) {
    auto* widget = dynamic_cast<QWidget*>(view);
    return widget && widget->isVisible();
}

}  // namespace

SnapshotPacer::SnapshotPacer(std::vector<widgets::SnapshotView*> views, QObject* parent)
    : QObject(parent), views_(std::move(views)) {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (queue_.empty()) {
            startRound();
        } else {
            showNext();
        }
    });
}

void SnapshotPacer::post(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    waiting_ = std::move(snapshot);
    if (!queue_.empty() || timer_.isActive()) {
        return;  // the round in progress, or the one scheduled, picks it up
    }
    const qint64 since = sinceRound_.isValid() ? sinceRound_.elapsed() : kRoundMs;
    timer_.start(static_cast<int>(std::max<qint64>(0, kRoundMs - since)));
}

void SnapshotPacer::showNow(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    timer_.stop();
    queue_.clear();
    waiting_.reset();
    current_ = std::move(snapshot);
    for (auto* view : views_) {
        view->showSnapshot(current_);
    }
    emit shown(current_);
}

void SnapshotPacer::flush() {
    if (waiting_) {
        showNow(waiting_);
    } else if (!queue_.empty()) {
        showNow(current_);
    }
}

void SnapshotPacer::startRound() {
    if (!waiting_) {
        return;
    }
    sinceRound_.start();
    current_ = std::move(waiting_);
    waiting_.reset();
    queue_.assign(views_.begin(), views_.end());
    emit shown(current_);
    showNext();
}

void SnapshotPacer::showNext() {
    // Hidden views cost no drawing: they go along with the next visible one.
    while (!queue_.empty()) {
        widgets::SnapshotView* view = queue_.front();
        queue_.pop_front();
        view->showSnapshot(current_);
        if (drawsNow(view)) {
            break;
        }
    }
    if (!queue_.empty()) {
        timer_.start(0);  // after the repaint the view just asked for
    } else if (waiting_) {
        timer_.start(static_cast<int>(std::max<qint64>(0, kRoundMs - sinceRound_.elapsed())));
    }
}

}  // namespace eqlab::app

#pragma once

// TrainingProgress: the status bar's progress — a bar with "step k of n", the speed in steps per
// second and the time left. The speed is measured over the last few seconds of snapshots (a moving
// window), so a pause or a slow phase shows up quickly and a single late snapshot does not jump
// the estimate. Times come from the caller (seconds on any monotonic clock) so tests can feed
// exact ones.

#include <QWidget>
#include <deque>

class QLabel;
class QProgressBar;

namespace eqlab::widgets {

class TrainingProgress : public QWidget {
    Q_OBJECT

public:
    explicit TrainingProgress(QWidget* parent = nullptr);

    // A new picture of training at time `seconds`. running: false while paused (no speed, no ETA).
    void update(qint64 step, qint64 total, double seconds, bool running);
    // Forget the speed history (a new experiment, a reset).
    void restart();

    // Steps per second over the window (0 when unknown) and seconds left (-1 when unknown).
    double stepsPerSecond() const { return rate_; }
    double secondsLeft() const { return eta_; }
    QString text() const;

    // "0:42", "12:05", "1:02:03".
    static QString formatDuration(double seconds);

    static constexpr double kWindowSeconds = 3.0;

private:
    QProgressBar* bar_ = nullptr;
    QLabel* label_ = nullptr;
    std::deque<std::pair<double, qint64>> samples_;  // (time, step), oldest first
    double rate_ = 0.0;
    double eta_ = -1.0;
};

}  // namespace eqlab::widgets

#pragma once

// LatencyProbe: how long the GUI thread's event loop keeps events waiting — measured with a timer
// that should fire every interval: each firing's lateness (the gap since the previous one minus
// the interval) is one sample. While training runs on the worker thread and the views redraw,
// the 99th percentile says whether the window still feels immediate (the lab's target: < 50 ms on
// a 2-core machine). Used by `eqlab --latency-probe SECONDS`; a measurement, not a test.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <vector>

namespace eqlab::app {

class LatencyProbe : public QObject {
    Q_OBJECT

public:
    explicit LatencyProbe(int intervalMs = 10, QObject* parent = nullptr);

    void start();
    void stop();

    struct Result {
        int samples = 0;
        double p50 = 0, p99 = 0, max = 0;  // lateness in milliseconds
    };
    Result result() const;

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = -1;
    int intervalMs_;
    std::vector<double> lateness_;
};

}  // namespace eqlab::app

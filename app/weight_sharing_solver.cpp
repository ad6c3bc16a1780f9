#include "app/weight_sharing_solver.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

#include "app/group_study.h"
#include "compute/core/error.h"

namespace eqlab::app {

namespace {

struct Solution {
    std::optional<widgets::WeightSharingData> data;
    QString problem;
};

}  // namespace

WeightSharingSolver::WeightSharingSolver(QObject* parent) : QObject(parent) {}

void WeightSharingSolver::solve(const QString& group, const QString& in, const QString& out) {
    const quint64 request = ++latest_;
    ++running_;
    // The watcher is ours: if this object goes first, the pool thread finishes its solve (it
    // holds copies of the three strings only) and the result goes nowhere.
    auto* watcher = new QFutureWatcher<Solution>(this);
    connect(watcher, &QFutureWatcher<Solution>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        --running_;
        if (request != latest_) {
            return;  // superseded
        }
        const Solution solution = watcher->result();
        if (solution.data) {
            emit solved(*solution.data);
        } else {
            emit failed(solution.problem);
        }
    });
    watcher->setFuture(QtConcurrent::run([group, in, out]() -> Solution {
        try {
            return {weightSharingData(group, in, out), {}};
        } catch (const Error& error) {
            return {std::nullopt, QString::fromUtf8(error.detail())};
        }
    }));
}

}  // namespace eqlab::app

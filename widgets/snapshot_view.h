#pragma once

// SnapshotView: what the lab's views have in common. The window hands every view each snapshot the
// training controller delivers (on the GUI thread) and the current style. Snapshots are immutable
// values shared between views without copying: a view that redraws on its own (another run or
// layer picked) keeps the pointer.

#include <functional>
#include <memory>

#include <QMetaType>
#include <QString>
#include <QStringList>

#include "compute/train/session_snapshot.h"
#include "widgets/snapshot_pointer.h"
#include "widgets/view_style.h"

namespace eqlab::widgets {

class SnapshotView {
public:
    virtual ~SnapshotView() = default;
    // Never null.
    virtual void showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) = 0;
    virtual void setViewStyle(const ViewStyle& style) = 0;
    // Whether the last snapshot gave this view anything to draw (the window brings views with
    // something to show to the front).
    virtual bool hasContent() const = 0;
};

// Which tables a table view shows (by name, by shape).
using TableFilter = std::function<bool(const metrics::MetricTable&)>;

// A table's or metric's name in English words: "error_vs_angle" -> "error vs angle". For file names
// and keys (figure files stay English); the window shows metricName() (compute_names.h).
inline QString displayName(const std::string& name) {
    return QString::fromStdString(name).replace(QLatin1Char('_'), QLatin1Char(' '));
}

// The labels of a snapshot's runs, in order, for a run picker; only the runs `keep` accepts when
// one is given (a filter view lists only the runs that have filters).
inline QStringList runLabels(const train::SessionSnapshot& snapshot,
                             const std::function<bool(const train::RunSnapshot&)>& keep = {}) {
    QStringList labels;
    for (const auto& run : snapshot.runs) {
        if (!keep || keep(run)) {
            labels << QString::fromStdString(run.label);
        }
    }
    return labels;
}

}  // namespace eqlab::widgets

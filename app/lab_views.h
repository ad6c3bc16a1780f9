#pragma once

// LabViews: the centre of the lab window — every view in a dock the user can move, tab, float or
// close, inside an inner QMainWindow (so the experiment panel on the left and the lesson on the
// right stay where they are). It hands each snapshot and the current style to every view and knows
// the default arrangement; the views themselves are self-contained classes in widgets/.

#include <QMainWindow>

class QDockWidget;
#include <memory>
#include <vector>

#include "compute/train/session_snapshot.h"
#include "widgets/snapshot_view.h"  // the snapshot pointer as a Qt meta type
#include "widgets/view_style.h"

namespace eqlab::widgets {
class AlignmentPanel;
class DescramblePanel;
class ChartView;
class CurvePanel;
class ErrorMapPanel;
class FilterPanel;
class GroupView;
class LayerOrbitPanel;
class MetricChartView;
class OrbitView;
class SnapshotView;
class WeightSharingView;
class SubgroupLatticeView;
}  // namespace eqlab::widgets

namespace eqlab::app {

class SnapshotPacer;

// Tooltips on a dock's title buttons (close, float), which Qt leaves without.
void explainDockButtons(QDockWidget* dock);

class LabViews : public QMainWindow {
    Q_OBJECT

public:
    explicit LabViews(QWidget* parent = nullptr);

    // The newest snapshot while training: the views get it paced (see SnapshotPacer).
    void showSnapshot(const std::shared_ptr<const train::SessionSnapshot>& snapshot);
    // Every view shows this snapshot at once (the first of an experiment, a step, a pause).
    void showSnapshotNow(const std::shared_ptr<const train::SessionSnapshot>& snapshot);
    // What is waiting is shown now.
    void flushSnapshots();
    // Forget what was shown (a new experiment): every view starts empty.
    void clearTraining();
    void setViewStyle(const widgets::ViewStyle& style);

    // Brings a view's dock to the front by name (loss, generalisation, accuracy, symmetry,
    // error-map, curves, layer-orbits, filters, receptive-fields, stitching, alignment, descramble,
    // orbit-explorer, group, weight-sharing); false for an unknown name.
    bool raiseView(const QString& name);
    void raiseDockOf(QWidget* content);
    QStringList viewNames() const;
    // Only these views (by name) are shown, the others hidden — still in View > Views — so a
    // lesson's few views get the room; in each tab group the first shown comes to the front.
    // Empty: every view is shown (an experiment of one's own).
    void focusOn(const QStringList& names);
    // The explorer's view to the front.
    void showExplorerViews();
    // In each tab group, the first view that has something to show to the front (after the
    // first snapshot of an experiment: a lesson without tables shows the group's structure),
    // except the group of a view raised by name since the last focusOn (--show keeps its view).
    void raiseViewsWithContent();
    void resetLayout();
    // The snapshot the views show now (never null; empty before training).
    std::shared_ptr<const train::SessionSnapshot> shownSnapshot() const { return shown_; }

    widgets::MetricChartView* lossChart() const { return loss_; }
    widgets::MetricChartView* generalisationChart() const { return generalisation_; }
    widgets::MetricChartView* accuracyChart() const { return accuracy_; }
    widgets::MetricChartView* symmetryChart() const { return symmetry_; }
    widgets::MetricChartView* receptiveFieldChart() const { return receptive_; }
    widgets::MetricChartView* stitchingChart() const { return stitching_; }
    widgets::ErrorMapPanel* errorMap() const { return errorMap_; }
    widgets::CurvePanel* curves() const { return curves_; }
    widgets::LayerOrbitPanel* layerOrbits() const { return layerOrbits_; }
    widgets::FilterPanel* filters() const { return filters_; }
    widgets::AlignmentPanel* alignment() const { return alignment_; }
    widgets::DescramblePanel* descramble() const { return descramble_; }
    // The group explorer of the orbit lessons.
    widgets::OrbitView* explorerOrbit() const { return explorerOrbit_; }
    widgets::ChartView* factsChart() const { return facts_; }
    widgets::GroupView* groupView() const { return group_; }
    widgets::WeightSharingView* weightSharingView() const { return weightSharing_; }
    // File > Audit Weights…: the subgroups a trained net respects.
    widgets::SubgroupLatticeView* auditView() const { return audit_; }

signals:
    // The views begin to show this snapshot (paced while training).
    void snapshotShown(const std::shared_ptr<const train::SessionSnapshot>& snapshot);

private:
    QDockWidget* addView(const QString& name, const QString& title, QWidget* content);

    widgets::MetricChartView* loss_ = nullptr;
    std::vector<std::pair<QString, widgets::MetricChartView*>> metricCharts_;
    widgets::MetricChartView* generalisation_ = nullptr;
    widgets::MetricChartView* accuracy_ = nullptr;
    widgets::MetricChartView* symmetry_ = nullptr;
    widgets::MetricChartView* receptive_ = nullptr;
    widgets::MetricChartView* stitching_ = nullptr;
    widgets::ErrorMapPanel* errorMap_ = nullptr;
    widgets::CurvePanel* curves_ = nullptr;
    widgets::LayerOrbitPanel* layerOrbits_ = nullptr;
    widgets::FilterPanel* filters_ = nullptr;
    widgets::AlignmentPanel* alignment_ = nullptr;
    widgets::DescramblePanel* descramble_ = nullptr;
    widgets::OrbitView* explorerOrbit_ = nullptr;
    widgets::ChartView* facts_ = nullptr;
    widgets::GroupView* group_ = nullptr;
    widgets::WeightSharingView* weightSharing_ = nullptr;
    widgets::SubgroupLatticeView* audit_ = nullptr;

    std::vector<widgets::SnapshotView*> views_;
    SnapshotPacer* pacer_ = nullptr;
    std::vector<std::pair<QString, QDockWidget*>> docks_;
    std::vector<std::vector<QDockWidget*>> tabGroups_;
    // The dock last brought forward by name (View menu, --show, the audit) since the views were
    // focused on a lesson: raiseViewsWithContent leaves its tab group as it is.
    QDockWidget* chosen_ = nullptr;
    QByteArray defaultLayout_;
    std::shared_ptr<const train::SessionSnapshot> shown_ =
        std::make_shared<const train::SessionSnapshot>();
};

}  // namespace eqlab::app

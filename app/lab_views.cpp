#include "app/lab_views.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QSplitter>
#include <algorithm>

#include "app/figure_export_dialog.h"
#include "app/snapshot_pacer.h"
#include "widgets/alignment_panel.h"
#include "widgets/chart_view.h"
#include "widgets/curve_panel.h"
#include "widgets/descramble_panel.h"
#include "widgets/error_map_panel.h"
#include "widgets/figure_builders.h"
#include "widgets/filter_panel.h"
#include "widgets/group_view.h"
#include "widgets/layer_orbit_panel.h"
#include "widgets/metric_chart_view.h"
#include "widgets/orbit_view.h"
#include "widgets/snapshot_view.h"
#include "widgets/subgroup_lattice_view.h"
#include "widgets/weight_sharing_view.h"

namespace eqlab::app {

namespace {

// Tables of matched hidden units (the alignment view) rather than errors (the heat map).
bool isAlignment(const metrics::MetricTable& table) {
    for (const char* word : {"alignment", "permutation", "match", "correlation"}) {
        if (table.name.find(word) != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace

void explainDockButtons(QDockWidget* dock) {
    // Qt draws the buttons without a tooltip; they are found by the names Qt gives them.
    for (auto* button :
         dock->findChildren<QAbstractButton*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (button->objectName() == QLatin1String("qt_dockwidget_closebutton")) {
            button->setToolTip(
                LabViews::tr("Close (View > Views or View > Panels shows it again)"));
        } else if (button->objectName() == QLatin1String("qt_dockwidget_floatbutton")) {
            button->setToolTip(LabViews::tr(
                "Float in a window of its own (double-click the title: back in place)"));
        }
    }
}

LabViews::LabViews(QWidget* parent) : QMainWindow(parent) {
    setWindowFlags(Qt::Widget);  // a main window inside the main window, for its dock areas
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);

    // The metric charts, as their exported figures define them (one list:
    // widgets/figure_builders.h).
    for (const auto& spec : widgets::figure::metricChartSpecs()) {
        auto* chart = new widgets::MetricChartView(this);
        if (spec.prefixes.isEmpty()) {
            chart->plotBatchLoss();
        } else {
            chart->plotMetrics(spec.prefixes);
        }
        chart->setAxisTitles(spec.xTitle, spec.yTitle);
        metricCharts_.emplace_back(spec.name, chart);
    }
    const auto chartNamed = [this](const QString& name) {
        for (const auto& [chartName, chart] : metricCharts_) {
            if (chartName == name) {
                return chart;
            }
        }
        return static_cast<widgets::MetricChartView*>(nullptr);
    };
    loss_ = chartNamed(QStringLiteral("loss"));
    generalisation_ = chartNamed(QStringLiteral("generalisation"));
    accuracy_ = chartNamed(QStringLiteral("accuracy"));
    symmetry_ = chartNamed(QStringLiteral("symmetry"));
    receptive_ = chartNamed(QStringLiteral("receptive-fields"));
    stitching_ = chartNamed(QStringLiteral("stitching"));
    errorMap_ = new widgets::ErrorMapPanel(this);
    errorMap_->setTableFilter([](const metrics::MetricTable& t) {
        return t.rows > 1 && !isAlignment(t) && !widgets::DescramblePanel::isDescrambleTable(t);
    });
    curves_ = new widgets::CurvePanel(this);
    layerOrbits_ = new widgets::LayerOrbitPanel(this);
    filters_ = new widgets::FilterPanel(this);
    alignment_ = new widgets::AlignmentPanel(this);
    alignment_->setTableFilter(
        [](const metrics::MetricTable& t) { return t.rows > 1 && t.cols > 1 && isAlignment(t); });
    descramble_ = new widgets::DescramblePanel(this);
    views_ = {loss_,     generalisation_, accuracy_,    symmetry_, receptive_, stitching_,
              errorMap_, curves_,         layerOrbits_, filters_,  alignment_, descramble_};
    pacer_ = new SnapshotPacer(views_, this);
    connect(pacer_, &SnapshotPacer::shown, this, &LabViews::snapshotShown);
    connect(pacer_, &SnapshotPacer::shown, this,
            [this](const std::shared_ptr<const train::SessionSnapshot>& s) { shown_ = s; });

    // The group explorer: an orbit with its facts, the group's structure, its weight sharing.
    auto* explorer = new QSplitter(Qt::Vertical, this);
    explorerOrbit_ = new widgets::OrbitView(explorer);
    facts_ = new widgets::ChartView(explorer);
    facts_->setTitle(tr("How far each element moves the point"));
    facts_->setAxisTitles(tr("group element (index)"), tr("distance |g·x - x|"));
    explorer->addWidget(explorerOrbit_);
    explorer->addWidget(facts_);
    explorer->setStretchFactor(0, 3);
    explorer->setStretchFactor(1, 1);
    group_ = new widgets::GroupView(this);
    weightSharing_ = new widgets::WeightSharingView(this);
    audit_ = new widgets::SubgroupLatticeView(this);

    // Two rows of tab groups: training curves and orbits on top, tables, filters and the
    // group's structure below. Each group shows the first of its views that has something to show
    // (raiseViewsWithContent).
    const auto group = [this](std::vector<QDockWidget*> docks) {
        tabGroups_.push_back(docks);
        return docks[0];
    };
    QDockWidget* curvesTop =
        group({addView(QStringLiteral("loss"), tr("Loss"), loss_),
               addView(QStringLiteral("generalisation"), tr("Train/test"), generalisation_),
               addView(QStringLiteral("accuracy"), tr("Accuracy"), accuracy_),
               addView(QStringLiteral("receptive-fields"), tr("Receptive fields"), receptive_),
               addView(QStringLiteral("stitching"), tr("Stitching"), stitching_)});
    QDockWidget* symmetryTop =
        group({addView(QStringLiteral("symmetry"), tr("Symmetry error"), symmetry_),
               addView(QStringLiteral("curves"), tr("Curves"), curves_)});
    QDockWidget* orbitsTop =
        group({addView(QStringLiteral("layer-orbits"), tr("Orbits by layer"), layerOrbits_),
               addView(QStringLiteral("orbit-explorer"), tr("Orbit explorer"), explorer)});
    QDockWidget* tablesBottom =
        group({addView(QStringLiteral("error-map"), tr("Error per element and layer"), errorMap_),
               addView(QStringLiteral("alignment"), tr("Alignment"), alignment_),
               addView(QStringLiteral("descramble"), tr("Descrambled layer"), descramble_),
               addView(QStringLiteral("group"), tr("Group"), group_),
               addView(QStringLiteral("audit"), tr("Symmetry audit"), audit_)});
    QDockWidget* filtersBottom =
        group({addView(QStringLiteral("filters"), tr("Filters"), filters_),
               addView(QStringLiteral("weight-sharing"), tr("Weight sharing"), weightSharing_)});
    addDockWidget(Qt::TopDockWidgetArea, curvesTop);
    splitDockWidget(curvesTop, symmetryTop, Qt::Horizontal);
    splitDockWidget(symmetryTop, orbitsTop, Qt::Horizontal);
    addDockWidget(Qt::BottomDockWidgetArea, tablesBottom);
    splitDockWidget(tablesBottom, filtersBottom, Qt::Horizontal);
    for (const auto& docks : tabGroups_) {
        for (std::size_t i = 1; i < docks.size(); ++i) {
            tabifyDockWidget(docks[0], docks[i]);
        }
    }
    focusOn({});
    defaultLayout_ = saveState();
}

QDockWidget* LabViews::addView(const QString& name, const QString& title, QWidget* content) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);  // saveState() needs names
    dock->setWidget(content);
    explainDockButtons(dock);
    docks_.emplace_back(name, dock);
    // Right-click > Export… anywhere in the view (a context menu its widgets do not take
    // reaches the dock).
    dock->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(dock, &QWidget::customContextMenuRequested, this,
            [this, dock, name](QPoint at) { showExportMenu(*this, name, dock->mapToGlobal(at)); });
    return dock;
}

void LabViews::showSnapshot(const std::shared_ptr<const train::SessionSnapshot>& snapshot) {
    pacer_->post(snapshot);
}

void LabViews::showSnapshotNow(const std::shared_ptr<const train::SessionSnapshot>& snapshot) {
    pacer_->showNow(snapshot);
}

void LabViews::flushSnapshots() {
    pacer_->flush();
}

void LabViews::clearTraining() {
    pacer_->showNow(std::make_shared<const train::SessionSnapshot>());
}

void LabViews::setViewStyle(const widgets::ViewStyle& style) {
    for (auto* view : views_) {
        view->setViewStyle(style);
    }
    explorerOrbit_->setViewStyle(style);
    facts_->setViewStyle(style);
    group_->cayleyGraphView()->setViewStyle(style);
}

bool LabViews::raiseView(const QString& name) {
    for (const auto& [dockName, dock] : docks_) {
        if (dockName == name) {
            dock->show();
            dock->raise();
            chosen_ = dock;
            return true;
        }
    }
    return false;
}

void LabViews::raiseDockOf(QWidget* content) {
    for (const auto& [name, dock] : docks_) {
        if (dock->widget() == content || dock->widget()->isAncestorOf(content)) {
            dock->show();
            dock->raise();
        }
    }
}

QStringList LabViews::viewNames() const {
    QStringList names;
    for (const auto& entry : docks_) {
        names << entry.first;
    }
    return names;
}

void LabViews::focusOn(const QStringList& names) {
    chosen_ = nullptr;
    for (const auto& docks : tabGroups_) {
        QDockWidget* front = nullptr;
        for (QDockWidget* dock : docks) {
            const bool shown = names.isEmpty() || names.contains(dock->objectName());
            dock->setVisible(shown);
            if (shown && !front) {
                front = dock;
            }
        }
        if (front) {
            front->raise();
        }
    }
}

void LabViews::raiseViewsWithContent() {
    for (const auto& docks : tabGroups_) {
        if (chosen_ && !chosen_->isHidden() &&
            std::find(docks.begin(), docks.end(), chosen_) != docks.end()) {
            continue;  // the user's (or --show's) choice stays in front
        }
        for (QDockWidget* dock : docks) {
            auto* view = dynamic_cast<widgets::SnapshotView*>(dock->widget());
            if (dock->isHidden()) {
                continue;  // not one of the lesson's views (focusOn)
            }
            if (!view || view->hasContent()) {  // the group's views always have the group
                dock->raise();
                break;
            }
        }
    }
}

void LabViews::showExplorerViews() {
    raiseView(QStringLiteral("orbit-explorer"));
}

void LabViews::resetLayout() {
    restoreState(defaultLayout_);
}

}  // namespace eqlab::app

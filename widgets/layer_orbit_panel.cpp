#include "widgets/layer_orbit_panel.h"

#include <QVBoxLayout>

#include "widgets/choice_bar.h"
#include "widgets/filter_grid_view.h"
#include "widgets/orbit_view.h"

namespace eqlab::widgets {

LayerOrbitPanel::LayerOrbitPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    choices_ = new ChoiceBar(this);
    run_ = choices_->addChoice(tr("&Run:"), tr("Whose layers to look through"));
    layer_ = choices_->addChoice(tr("&Layer:"), tr("The layer whose output the orbit is drawn in"));
    layout->addWidget(choices_);
    view_ = new OrbitView(this);
    layout->addWidget(view_, 1);
    samples_ = new FilterGridView(this);
    samples_->setColouring(FilterGridView::Colouring::Grey);
    samples_->setSingleRow(true);
    samples_->setSelectable(true);
    samples_->setFixedHeight(64);
    samples_->setToolTip(tr("Click a sample to follow its orbit"));
    samples_->hide();
    layout->addWidget(samples_);
    connect(choices_, &ChoiceBar::changed, this, &LayerOrbitPanel::refresh);
    connect(samples_, &FilterGridView::filterClicked, this, &LayerOrbitPanel::sampleChosen);
}

bool LayerOrbitPanel::hasContent() const {
    return view_->pointCount() > 0;
}

void LayerOrbitPanel::setViewStyle(const ViewStyle& style) {
    view_->setViewStyle(style);
}

void LayerOrbitPanel::setSamples(std::vector<train::FilterImage> samples) {
    samples_->setVisible(!samples.empty());
    samples_->setFilters(std::move(samples));
}

void LayerOrbitPanel::setSelectedSample(int sample) {
    samples_->setSelected(sample);
}

OrbitScene LayerOrbitPanel::sceneOf(const train::SessionSnapshot& snapshot, int run, int layer) {
    OrbitScene scene;
    if (run < 0 || run >= static_cast<int>(snapshot.runs.size())) {
        return scene;
    }
    const auto& orbits = snapshot.runs[static_cast<std::size_t>(run)].orbit;
    if (layer < 0 || layer >= static_cast<int>(orbits.size())) {
        return scene;
    }
    const train::LayerOrbit& orbit = orbits[static_cast<std::size_t>(layer)];
    const std::size_t n = orbit.points.size() / 3;
    for (std::size_t g = 0; g < n; ++g) {
        scene.points.push_back(
            {orbit.points[3 * g], orbit.points[3 * g + 1], orbit.points[3 * g + 2]});
    }
    for (std::size_t k = 0; k < snapshot.generatorEdges.size(); ++k) {
        const auto& images = snapshot.generatorEdges[k];
        for (std::size_t g = 0; g < images.size() && g < n; ++g) {
            scene.edges.push_back({static_cast<int>(g), images[g], static_cast<int>(k)});
        }
        // The image of the identity under right multiplication by s is s itself: its name.
        const int s = images.empty() ? -1 : images[0];
        scene.generatorNames << (s >= 0 && s < static_cast<int>(snapshot.groupElementNames.size())
                                     ? QString::fromStdString(snapshot.groupElementNames[s])
                                     : tr("generator %1").arg(k + 1));
    }
    for (const auto& name : snapshot.groupElementNames) {
        scene.labels << QString::fromStdString(name);
    }
    scene.title =
        tr("%1 · %2: orbit spread %3")
            .arg(QString::fromStdString(snapshot.runs[static_cast<std::size_t>(run)].label),
                 QString::fromStdString(orbit.layerName))
            .arg(orbit.invarianceSpread, 0, 'g', 3);
    return scene;
}

void LayerOrbitPanel::showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    choices_->setItems(run_, runLabels(*snapshot_));
    refresh();
}

void LayerOrbitPanel::refresh() {
    if (!snapshot_) {
        return;
    }
    const int run = choices_->currentIndex(run_);
    QStringList layers;
    if (run >= 0 && run < static_cast<int>(snapshot_->runs.size())) {
        for (const auto& orbit : snapshot_->runs[static_cast<std::size_t>(run)].orbit) {
            layers << QString::fromStdString(orbit.layerName);
        }
    }
    choices_->setItems(layer_, layers);
    OrbitScene scene = sceneOf(*snapshot_, run, choices_->currentIndex(layer_));
    if (scene.points.empty()) {
        scene.title = tr("No orbit: the experiment names no group");
    }
    view_->setScene(scene);
}

}  // namespace eqlab::widgets

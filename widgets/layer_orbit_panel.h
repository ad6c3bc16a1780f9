#pragma once

// LayerOrbitPanel: the orbit view per layer — the orbit {g·x} of one training sample as seen by
// the chosen layer of the chosen run, embedded in 3-D (one sphere per group element, coloured by
// element, edges along the generators). An invariant layer collapses the orbit to a point. Under
// the view, thumbnails of training samples: clicking one asks for its orbit (sampleChosen).

#include <QWidget>
#include <vector>

#include "widgets/orbit_scene.h"
#include "widgets/snapshot_view.h"

namespace eqlab::widgets {

class ChoiceBar;
class FilterGridView;
class OrbitView;

class LayerOrbitPanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    explicit LayerOrbitPanel(QWidget* parent = nullptr);

    void showSnapshot(std::shared_ptr<const train::SessionSnapshot> snapshot) override;
    void setViewStyle(const ViewStyle& style) override;
    bool hasContent() const override;
    // Thumbnails of the first training samples; thumbnail i stands for sample i.
    void setSamples(std::vector<train::FilterImage> samples);
    void setSelectedSample(int sample);

    // The scene of the chosen run and layer (what the view draws), built from a snapshot.
    static OrbitScene sceneOf(const train::SessionSnapshot& snapshot, int run, int layer);

    OrbitView* orbitView() const { return view_; }
    FilterGridView* samples() const { return samples_; }
    ChoiceBar* choices() const { return choices_; }
    int runChoice() const { return run_; }
    int layerChoice() const { return layer_; }

signals:
    void sampleChosen(int sample);

private:
    void refresh();

    ChoiceBar* choices_ = nullptr;
    int run_ = 0, layer_ = 0;
    OrbitView* view_ = nullptr;
    FilterGridView* samples_ = nullptr;
    std::shared_ptr<const train::SessionSnapshot> snapshot_;
};

}  // namespace eqlab::widgets

#pragma once

// OrbitView: the orbit of a point under a group, in 3-D. One sphere per group element, coloured by
// the element's index (colour bar), and one line per (element, generator) pair joining g·x to
// s·g·x, coloured by the generator (legend).

#include <memory>

#include "widgets/figure.h"
#include "widgets/orbit_scene.h"
#include "widgets/view_style.h"
#include "widgets/vtk_view.h"

namespace eqlab::widgets {

class OrbitView : public VtkView {
    Q_OBJECT

public:
    explicit OrbitView(QWidget* parent = nullptr);
    ~OrbitView() override;

    void setScene(const OrbitScene& scene);
    const OrbitScene& scene() const;

    int pointCount() const;     // spheres drawn
    int titleFontSize() const;  // the style's size, or smaller when the title would not fit
    int edgeCount() const;      // lines drawn
    void resetCamera();
    // Where the camera looks from and at, its up and view angle (figures drawn from this view
    // project the scene with it).
    figure::Camera camera() const;

    // Text beside each point (the scene's labels); off by default. At most kMaxLabels are drawn.
    void setLabelsVisible(bool visible);
    // Background, text and line widths (theme, presentation mode).
    void setViewStyle(const ViewStyle& style);
    bool labelsVisible() const;
    static constexpr int kMaxLabels = 200;
    // Orbits with more points than this are drawn with coarser spheres (cheaper to render).
    static constexpr int kFineSpheres = 48;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitTitle();

    struct Internals;
    std::unique_ptr<Internals> o;
};

}  // namespace eqlab::widgets

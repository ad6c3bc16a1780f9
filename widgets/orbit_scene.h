#pragma once

// OrbitScene: what the orbit view draws, as a plain value. The application fills it from the
// compute library (an orbit embedded in 3-D); the view only draws it.

#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace eqlab::widgets {

struct OrbitScene {
    struct Edge {
        int from = 0;       // index into points
        int to = 0;         // index into points
        int generator = 0;  // index into generatorNames; edges are coloured by it
    };

    QString title;
    std::vector<std::array<double, 3>> points;  // one per group element, element order
    std::vector<Edge> edges;
    QStringList generatorNames;
    QStringList labels;  // optional, one per point: drawn beside it when labels are switched on
};

}  // namespace eqlab::widgets

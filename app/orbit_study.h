#pragma once

// One orbit study: a group, a representation, a point and its orbit embedded in 3-D. The window and
// the headless lesson both build it here, so both show the same numbers.

#include <QString>
#include <QVector>
#include <memory>
#include <vector>

#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/metrics/orbit_embedding.h"
#include "widgets/orbit_scene.h"

namespace eqlab::app {

struct OrbitStudy {
    std::shared_ptr<const groups::Group> group;
    groups::Representation representation;
    Eigen::VectorXd point;  // dim(representation)
    metrics::OrbitEmbedding embedding;
    std::vector<double> displacement;  // |g·x − x| for every element g, in the group's order

    int stabilizerOrder() const { return group->order() / embedding.distinctPoints; }
};

// Throws eqlab::Error for an unknown group or a malformed representation. A point of the wrong
// length (or an empty one) is replaced by a point in general position.
OrbitStudy studyOrbit(const QString& group, const QString& representation,
                      const QVector<double>& point);

widgets::OrbitScene orbitScene(const OrbitStudy& study);

// Generator names for legends: "a", "b", ... with the element's order, e.g. "a (order 5)".
QStringList generatorNames(const groups::Group& group);

}  // namespace eqlab::app

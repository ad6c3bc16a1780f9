#pragma once

// What the subgroup lattice view shows, as plain values: the application fills it from the compute
// library's SubgroupLattice and SymmetryAudit (one node per subgroup, in the lattice's order).

#include <QString>
#include <QStringList>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace eqlab::widgets {

struct LatticeNode {
    QString name;                                             // "C4", "C2xC2", "order 20"
    int order = 1;                                            // number of elements
    QStringList generators;                                   // element labels: "r", "s"
    double error = std::numeric_limits<double>::quiet_NaN();  // NaN: not measured
    int conjugacyClass = 0;                                   // conjugate subgroups share it
    bool normal = false;
    bool respected = false;  // one of the audit's largest respected subgroups
};

struct LatticeViewData {
    QString group;                                                // "D4"
    double tolerance = std::numeric_limits<double>::quiet_NaN();  // NaN: no audit
    std::vector<LatticeNode> nodes;                               // sorted by order
    std::vector<std::pair<int, int>> covers;  // (lower, upper) node indices of the Hasse diagram
};

}  // namespace eqlab::widgets

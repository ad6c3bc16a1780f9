#pragma once

// What `eqlab check` and `eqlab audit` compute for a trained net (trained_net.h): its symmetry
// error per layer and group element under a group acting on its input, and the audit of which
// subgroups of a candidate group the net respects (docs/math.md §4.13).

#include <string>
#include <vector>

#include "compute/groups/representation.h"
#include "compute/groups/subgroups.h"
#include "compute/metrics/layer_symmetry.h"
#include "compute/metrics/symmetry_audit.h"
#include "compute/train/trained_net.h"

namespace eqlab::train {

// At most this many training inputs are used (|G| forward passes of them each).
inline constexpr int kCheckSamples = 256;

// The action of the group `groupName` on the net's input: the task's own kind of action (its
// representation text, e.g. "perm" or "grid:7") for that group. Empty name: the experiment's
// group. Error(InvalidArgument) naming the group when it has no such action on this input.
groups::Representation inputActionFor(const TrainedNet& net, const std::string& groupName);

// The |G| × layers error table on (at most kCheckSamples of) the task's training inputs.
metrics::LayerSymmetryTable checkNet(const TrainedNet& net, const groups::Representation& input);

struct NetAudit {
    groups::SubgroupLattice lattice;
    std::vector<double> elementError;  // per element: the output's error (the table's last column)
    metrics::SymmetryAudit audit;
};

NetAudit auditNet(const TrainedNet& net, const std::string& groupName, double tolerance);

}  // namespace eqlab::train

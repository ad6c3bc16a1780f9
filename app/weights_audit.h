#pragma once

// File > Audit Weights…: a trained net's weights (a safetensors file) audited against the
// experiment open in the lab — which subgroups of its group the net respects — computed on a pool
// thread and shown in the lattice view (docs/math.md §4.13, `eqlab audit` on the command line).

#include <QObject>
#include <QString>

#include "compute/io/experiment.h"
#include "widgets/subgroup_lattice_data.h"

namespace eqlab::groups {
struct SubgroupLattice;
}
namespace eqlab::metrics {
struct SymmetryAudit;
}

namespace eqlab::app {

// The view's values for a lattice and its audit (one node per subgroup, in the lattice's order).
widgets::LatticeViewData latticeViewData(const groups::SubgroupLattice& lattice,
                                         const metrics::SymmetryAudit& audit);

class WeightsAudit : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts the audit of `weightsPath` for `spec` (its group) with errors up to `tolerance`
    // counted as respected; emits finished() or failed() on this object's thread.
    void start(const io::ExperimentSpec& spec, const QString& weightsPath, double tolerance);
    bool running() const { return running_; }

signals:
    void finished(const widgets::LatticeViewData& data, const QString& summary);
    // message names the file and the problem.
    void failed(const QString& message);

private:
    bool running_ = false;
};

}  // namespace eqlab::app

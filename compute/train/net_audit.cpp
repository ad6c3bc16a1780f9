#include "compute/train/net_audit.h"

#include <algorithm>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"

namespace eqlab::train {

groups::Representation inputActionFor(const TrainedNet& net, const std::string& groupName) {
    if (groupName.empty()) {
        if (!net.setup.inputAction) {
            throw Error(ErrorKind::InvalidArgument,
                        "the experiment names no group acting on its input: give one with "
                        "--group");
        }
        return *net.setup.inputAction;
    }
    const std::string& rep = net.setup.task.inputRep;
    if (rep.empty()) {
        throw Error(ErrorKind::InvalidArgument,
                    "task '" + net.spec.task.kind + "' has no group action on its input");
    }
    const groups::GroupPtr group = groups::makeGroup(groupName);
    groups::Representation action = [&] {
        try {
            return groups::makeRepresentation(group, rep);
        } catch (const Error& error) {
            throw Error(ErrorKind::InvalidArgument, "group " + groupName + " has no action '" +
                                                        rep + "' on this task's input (" +
                                                        std::string(error.detail()) + ")");
        }
    }();
    if (action.dim() != net.inDim()) {
        throw Error(ErrorKind::InvalidArgument, "group " + groupName + " acts by '" + rep +
                                                    "' on " + std::to_string(action.dim()) +
                                                    " values but the net takes " +
                                                    std::to_string(net.inDim()));
    }
    return action;
}

metrics::LayerSymmetryTable checkNet(const TrainedNet& net, const groups::Representation& input) {
    const Eigen::MatrixXd& X = net.setup.task.X;  // inDim × samples
    const Eigen::Index n = std::min<Eigen::Index>(X.cols(), kCheckSamples);
    return net.layerSymmetry(input, X.leftCols(n));
}

NetAudit auditNet(const TrainedNet& net, const std::string& groupName, double tolerance) {
    const groups::Representation input = inputActionFor(net, groupName);
    const metrics::LayerSymmetryTable table = checkNet(net, input);
    NetAudit result;
    result.lattice = groups::subgroupLattice(input.group());
    const Eigen::VectorXd output = table.error.col(table.error.cols() - 1);
    result.elementError.assign(output.data(), output.data() + output.size());
    result.audit = metrics::auditSymmetry(result.lattice, result.elementError, tolerance);
    return result;
}

}  // namespace eqlab::train

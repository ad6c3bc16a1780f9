#include "compute/metrics/ipr.h"

#include "compute/core/error.h"

namespace eqlab::metrics {

double inverseParticipationRatio(const Eigen::Ref<const Eigen::VectorXd>& w) {
    const double s2 = w.squaredNorm();
    if (!(s2 > 0))
        throw Error(ErrorKind::InvalidArgument,
                    "inverse participation ratio: the weight vector (length " +
                        std::to_string(w.size()) + ") is zero or empty, IPR is undefined");
    return w.array().square().square().sum() / (s2 * s2);
}

double meanRowIpr(const Eigen::Ref<const Eigen::MatrixXd>& W) {
    if (W.rows() == 0)
        throw Error(ErrorKind::InvalidArgument, "mean IPR: the weight matrix has no rows");
    double sum = 0;
    for (Eigen::Index r = 0; r < W.rows(); ++r) {
        if (!(W.row(r).squaredNorm() > 0))
            throw Error(ErrorKind::InvalidArgument,
                        "mean IPR: row " + std::to_string(r) + " of the weight matrix is zero");
        sum += inverseParticipationRatio(W.row(r).transpose());
    }
    return sum / double(W.rows());
}

}  // namespace eqlab::metrics

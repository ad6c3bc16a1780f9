#include "compute/metrics/alignment.h"

#include <cmath>

#include "compute/core/assignment.h"
#include "compute/core/error.h"

namespace eqlab::metrics {

Eigen::MatrixXd rowCorrelation(const Eigen::MatrixXd& P, const Eigen::MatrixXd& Q) {
    if (P.cols() != Q.cols())
        throw Error(ErrorKind::InvalidArgument, "correlation: the two signals have " +
                                                    std::to_string(P.cols()) + " and " +
                                                    std::to_string(Q.cols()) + " samples");
    auto standardise = [](const Eigen::MatrixXd& M) {
        Eigen::MatrixXd Z = M.colwise() - M.rowwise().mean();
        for (Eigen::Index i = 0; i < Z.rows(); ++i) {
            const double n = Z.row(i).norm();
            // A constant row (a dead unit): relative to its size, its spread is round-off.
            const double size = M.row(i).cwiseAbs().maxCoeff();
            if (n > 1e-12 * std::max(1.0, size) * std::sqrt(double(M.cols())))
                Z.row(i) /= n;
            else
                Z.row(i).setZero();
        }
        return Z;
    };
    return standardise(P) * standardise(Q).transpose();
}

Alignment alignNets(const TwoLayerNet& a, const TwoLayerNet& b, const Eigen::MatrixXd& X) {
    return alignNets(a, b, X, hiddenSymmetryKind(a.activation));
}

Alignment alignNets(const TwoLayerNet& a, const TwoLayerNet& b, const Eigen::MatrixXd& X,
                    SymmetryKind kind) {
    if (a.inputs() != b.inputs() || a.hidden() != b.hidden() || a.outputs() != b.outputs())
        throw Error(ErrorKind::InvalidArgument,
                    "alignment: the nets differ in shape (" + std::to_string(a.inputs()) + "-" +
                        std::to_string(a.hidden()) + "-" + std::to_string(a.outputs()) + " vs " +
                        std::to_string(b.inputs()) + "-" + std::to_string(b.hidden()) + "-" +
                        std::to_string(b.outputs()) + ")");
    if (a.activation != b.activation)
        throw Error(ErrorKind::InvalidArgument,
                    std::string("alignment: the nets use different activations (") +
                        nn::activationName(a.activation) + " vs " +
                        nn::activationName(b.activation) + ")");
    if (X.cols() < 2)
        throw Error(
            ErrorKind::InvalidArgument,
            "alignment: expected at least 2 input samples, got " + std::to_string(X.cols()));
    const int h = a.hidden();
    const Eigen::MatrixXd HA = a.hiddenOutputs(X), HB = b.hiddenOutputs(X);

    Alignment r;
    r.kind = kind;
    r.correlation = rowCorrelation(HB, HA);
    const bool signs =
        kind == SymmetryKind::SignedPermutation || kind == SymmetryKind::ScaledPermutation;
    const Eigen::MatrixXd gain = signs ? Eigen::MatrixXd(r.correlation.cwiseAbs()) : r.correlation;
    const Assignment match = maxGainAssignment(gain);
    r.matchedCorrelation = h > 0 ? match.cost / h : 0.0;

    r.symmetry.permutation = match.columnOfRow;
    r.symmetry.scale = Eigen::VectorXd::Ones(h);
    for (int i = 0; i < h; ++i) {
        const int p = match.columnOfRow[static_cast<std::size_t>(i)];
        const double c = r.correlation(i, p);
        // Incoming weights and bias of B's unit i and of A's unit π(i).
        Eigen::VectorXd in_a(a.inputs() + 1), in_b(b.inputs() + 1);
        in_a << a.W1.row(p).transpose(), a.b1[p];
        in_b << b.W1.row(i).transpose(), b.b1[i];
        const double na = in_a.norm(), nb = in_b.norm();
        const double ls = na > 0 ? in_a.dot(in_b) / (na * na) : 0.0;
        double s = 1.0;
        switch (kind) {
            case SymmetryKind::Permutation:
                break;
            case SymmetryKind::SignedPermutation:
                s = c < 0 ? -1.0 : 1.0;
                break;
            case SymmetryKind::PositiveScaledPermutation:
                s = na > 0 && nb > 0 ? nb / na : 1.0;
                break;
            case SymmetryKind::ScaledPermutation:
                s = ls != 0 && std::isfinite(ls) ? ls : 1.0;
                break;
        }
        r.symmetry.scale[i] = s;
    }

    const Eigen::VectorXd tb = b.parameters();
    const double nb = std::max(1e-300, tb.norm());
    r.distanceBefore = (tb - a.parameters()).norm();
    r.distanceAfter = (tb - applyHiddenSymmetry(a, r.symmetry).parameters()).norm();
    r.relativeBefore = r.distanceBefore / nb;
    r.relativeAfter = r.distanceAfter / nb;
    return r;
}

}  // namespace eqlab::metrics

#include "compute/metrics/layer_alignment.h"

#include <cmath>
#include <string>

#include "compute/core/assignment.h"
#include "compute/core/decompositions.h"
#include "compute/core/error.h"
#include "compute/metrics/alignment.h"

namespace eqlab::metrics {

namespace {

void checkSameShape(const DeepNet& a, const DeepNet& b, const char* what) {
    checkDeepNet(a);
    checkDeepNet(b);
    auto shape = [](const DeepNet& n) {
        std::string s = std::to_string(n.inputs());
        for (std::size_t l = 0; l < n.W.size(); ++l)
            s += "-" + std::to_string(n.W[l].rows());
        return s;
    };
    if (shape(a) != shape(b))
        throw Error(ErrorKind::InvalidArgument, std::string(what) + ": the nets differ in shape (" +
                                                    shape(a) + " vs " + shape(b) + ")");
    for (int l = 0; l < a.hiddenLayers(); ++l)
        if (a.activation[l] != b.activation[l])
            throw Error(ErrorKind::InvalidArgument,
                        std::string(what) + ": hidden layer " + std::to_string(l) +
                            " uses different activations (" + nn::activationName(a.activation[l]) +
                            " vs " + nn::activationName(b.activation[l]) + ")");
}

// Incoming weights and bias of unit i of weight layer l.
Eigen::VectorXd incoming(const DeepNet& n, int l, int i) {
    Eigen::VectorXd v(n.W[l].cols() + 1);
    v << n.W[l].row(i).transpose(), n.b[l][i];
    return v;
}

double relativeDistance(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    return (b - a).norm() / std::max(1e-300, a.norm());
}

}  // namespace

LayerAlignment alignLayers(const DeepNet& a, const DeepNet& b, const Eigen::MatrixXd& X) {
    checkSameShape(a, b, "alignment");
    if (X.cols() < 2)
        throw Error(
            ErrorKind::InvalidArgument,
            "alignment: expected at least 2 input samples, got " + std::to_string(X.cols()));
    const std::vector<Eigen::MatrixXd> HA = a.hiddenOutputs(X), HB = b.hiddenOutputs(X);
    LayerAlignment r;
    r.aligned = b;
    for (int l = 0; l < a.hiddenLayers(); ++l) {
        const SymmetryKind kind = hiddenSymmetryKind(a.activation[l]);
        const Eigen::MatrixXd C = rowCorrelation(HA[l], HB[l]);
        const bool signs =
            kind == SymmetryKind::SignedPermutation || kind == SymmetryKind::ScaledPermutation;
        const Assignment match = maxGainAssignment(signs ? Eigen::MatrixXd(C.cwiseAbs()) : C);
        const int h = a.width(l);
        HiddenSymmetry g;
        g.permutation = match.columnOfRow;
        g.scale = Eigen::VectorXd::Ones(h);
        for (int i = 0; i < h; ++i) {
            const int p = g.permutation[static_cast<std::size_t>(i)];
            const Eigen::VectorXd va = incoming(a, l, i), vb = incoming(r.aligned, l, p);
            const double na = va.norm(), nb = vb.norm();
            double s = 1.0;
            switch (kind) {
                case SymmetryKind::Permutation:
                    break;
                case SymmetryKind::SignedPermutation:
                    s = C(i, p) < 0 ? -1.0 : 1.0;
                    break;
                case SymmetryKind::PositiveScaledPermutation:
                    s = na > 0 && nb > 0 ? na / nb : 1.0;
                    break;
                case SymmetryKind::ScaledPermutation: {
                    const double ls = nb > 0 ? va.dot(vb) / (nb * nb) : 0.0;
                    s = ls != 0 && std::isfinite(ls) ? ls : 1.0;
                    break;
                }
            }
            g.scale[i] = s;
        }
        r.aligned = applyLayerSymmetry(r.aligned, l, g);
        r.kind.push_back(kind);
        r.correlation.push_back(C);
        r.matchedCorrelation.push_back(h > 0 ? match.cost / h : 0.0);
        r.symmetry.push_back(std::move(g));
    }
    for (std::size_t l = 0; l < a.W.size(); ++l) {
        const Eigen::VectorXd pa = a.layerParameters(static_cast<int>(l));
        r.layerBefore.push_back(relativeDistance(pa, b.layerParameters(static_cast<int>(l))));
        r.layerAfter.push_back(
            relativeDistance(pa, r.aligned.layerParameters(static_cast<int>(l))));
    }
    const Eigen::VectorXd pa = a.parameters();
    r.relativeBefore = relativeDistance(pa, b.parameters());
    r.relativeAfter = relativeDistance(pa, r.aligned.parameters());
    return r;
}

DeepNet stitchNets(const DeepNet& front, const DeepNet& back, int k) {
    checkSameShape(front, back, "stitching");
    if (k < 0 || k >= front.hiddenLayers())
        throw Error(ErrorKind::InvalidArgument, "stitching: no hidden layer " + std::to_string(k) +
                                                    " to stitch at (the nets have " +
                                                    std::to_string(front.hiddenLayers()) + ")");
    DeepNet s = back;
    for (int l = 0; l <= k; ++l) {
        s.W[l] = front.W[l];
        s.b[l] = front.b[l];
        s.activation[l] = front.activation[l];
    }
    return s;
}

DeepNet stitchFitted(const DeepNet& front, const DeepNet& back, int k, const Eigen::MatrixXd& X) {
    DeepNet s = stitchNets(front, back, k);
    const Eigen::MatrixXd HF = front.hiddenOutputs(X)[k], HB = back.hiddenOutputs(X)[k];
    const Eigen::Index n = HF.rows();
    Eigen::MatrixXd Phi(n + 1, HF.cols());
    Phi << HF, Eigen::RowVectorXd::Ones(HF.cols());
    // M = H_B Φᵀ (Φ Φᵀ)⁺, the pseudo-inverse from the eigen-decomposition of the Gram matrix.
    const SymmetricEigen e = symmetricEigen(Phi * Phi.transpose());
    if (!e.ok)
        throw Error(
            ErrorKind::InvalidArgument,
            "stitching: the least-squares fit did not converge (hidden outputs not finite?)");
    const double cut = 1e-12 * std::max(1e-300, e.values.cwiseAbs().maxCoeff());
    Eigen::VectorXd inv = Eigen::VectorXd::Zero(e.values.size());
    for (Eigen::Index i = 0; i < inv.size(); ++i)
        if (e.values[i] > cut)
            inv[i] = 1.0 / e.values[i];
    const Eigen::MatrixXd M =
        (HB * Phi.transpose()) * e.vectors * inv.asDiagonal() * e.vectors.transpose();
    const Eigen::MatrixXd W = back.W[k + 1];
    s.W[k + 1] = W * M.leftCols(n);
    s.b[k + 1] = W * M.col(n) + back.b[k + 1];
    return s;
}

}  // namespace eqlab::metrics

#include "compute/metrics/intertwiner_group.h"

#include <Eigen/LU>
#include <array>
#include <cmath>

#include "compute/core/error.h"

namespace eqlab::metrics {

namespace {

constexpr double kExact = 1e-12;  // relative residual of an exact identity, in double
constexpr int kGridPoints = 241;  // z = −6, −5.95, ..., 6: both signs, zero, the tails
// Positive scales tested: below and above 1, rational and not. A σ that passes all of them with
// t = s^k is taken as positively homogeneous of degree k.
constexpr std::array<double, 4> kScales = {0.5, 2.0, 3.0, 2.718281828459045};

// σ(v) elementwise, v a row of values.
Eigen::RowVectorXd apply(nn::Activation a, double alpha, const Eigen::RowVectorXd& v) {
    Eigen::MatrixXd Y;
    nn::Cache<double> cache;
    nn::Pointwise<double>(a, 1, alpha).forward(v, Y, cache);
    return Y;
}

Eigen::RowVectorXd grid() {
    return Eigen::RowVectorXd::LinSpaced(kGridPoints, -6.0, 6.0);
}

// σ(a u + b v) = a σ(u) + b σ(v) for a few pairs of grid points and weights.
bool isLinear(nn::Activation a, double alpha) {
    const Eigen::RowVectorXd z = grid();
    const Eigen::RowVectorXd u = z;
    const Eigen::RowVectorXd v = z.reverse() * 0.7 + Eigen::RowVectorXd::Constant(z.size(), 0.3);
    for (const auto& [x, y] : {std::pair{1.0, 1.0}, std::pair{-2.0, 0.5}, std::pair{3.0, -1.5}}) {
        const Eigen::RowVectorXd left = apply(a, alpha, x * u + y * v);
        const Eigen::RowVectorXd right = x * apply(a, alpha, u) + y * apply(a, alpha, v);
        if ((left - right).norm() > kExact * std::max(1.0, left.norm()))
            return false;
    }
    return true;
}

}  // namespace

std::optional<double> scalarIntertwiner(nn::Activation a, double s, double alpha) {
    if (!(s != 0.0) || !std::isfinite(s))
        throw Error(ErrorKind::InvalidArgument,
                    "intertwiner: the scale must be finite and nonzero");
    const Eigen::RowVectorXd z = grid();
    const Eigen::RowVectorXd base = apply(a, alpha, z), moved = apply(a, alpha, s * z);
    const double norm2 = base.squaredNorm();
    if (norm2 == 0.0)
        return std::nullopt;                   // σ ≡ 0 on the grid: nothing to fit
    const double t = moved.dot(base) / norm2;  // least squares: min_t ‖σ(s z) − t σ(z)‖
    if (!(t != 0.0) ||
        (moved - t * base).norm() > kExact * std::max(moved.norm(), std::sqrt(norm2)))
        return std::nullopt;
    return t;
}

IntertwinerGroup intertwinerGroup(nn::Activation a, double alpha) {
    IntertwinerGroup group;
    group.activation = a;
    if (isLinear(a, alpha)) {
        group.linear = group.signFlip = group.positiveScales = true;
        group.signImage = -1;
        group.degree = 1;
        return group;
    }
    if (const auto t = scalarIntertwiner(a, -1.0, alpha)) {
        group.signFlip = true;
        group.signImage = *t;
    }
    bool homogeneous = true;
    double degree = 0;
    for (std::size_t i = 0; i < kScales.size() && homogeneous; ++i) {
        const auto t = scalarIntertwiner(a, kScales[i], alpha);
        if (!t || *t <= 0) {
            homogeneous = false;
            break;
        }
        const double k = std::log(*t) / std::log(kScales[i]);
        homogeneous = i == 0 || std::abs(k - degree) <= 1e-9 * std::max(1.0, std::abs(degree));
        degree = k;
    }
    if (homogeneous) {
        group.positiveScales = true;
        group.degree = degree;
    }
    return group;
}

std::optional<double> IntertwinerGroup::image(double s) const {
    if (s == 1.0 || linear)
        return s;
    if (!(s != 0.0) || !std::isfinite(s))
        return std::nullopt;
    if (s < 0 && !signFlip)
        return std::nullopt;
    const double magnitude = std::abs(s);
    if (magnitude != 1.0 && !positiveScales)
        return std::nullopt;
    const double sign = s < 0 ? signImage : 1.0;
    return sign * (magnitude == 1.0 ? 1.0 : std::pow(magnitude, degree));
}

SymmetryKind IntertwinerGroup::alignmentKind() const {
    // Members acting with t = s: the sign flip of an odd σ, the scales of a degree-1 σ.
    const bool signs = signFlip && signImage == -1.0;
    const bool scales = positiveScales && std::abs(degree - 1.0) <= 1e-9;
    if (signs && scales)
        return SymmetryKind::ScaledPermutation;
    if (scales)
        return SymmetryKind::PositiveScaledPermutation;
    if (signs)
        return SymmetryKind::SignedPermutation;
    return SymmetryKind::Permutation;
}

std::string IntertwinerGroup::describe() const {
    if (linear)
        return "GL_n (sigma is linear)";
    auto number = [](double x) {
        const double r = std::round(x);
        return std::abs(x - r) < 1e-9 ? std::to_string(static_cast<long>(r)) : std::to_string(x);
    };
    if (signFlip && positiveScales)
        return "scaled permutations, t(s) = " + std::string(signImage < 0 ? "sign(s) " : "") +
               "|s|^" + number(degree);
    if (positiveScales)
        return "positive scaled permutations, t(s) = s^" + number(degree);
    if (signFlip)
        return "signed permutations, t(-1) = " + number(signImage);
    return "permutations";
}

HiddenSymmetry randomIntertwiner(const IntertwinerGroup& group, int h, Rng& rng) {
    if (group.linear)
        throw Error(ErrorKind::InvalidArgument,
                    "intertwiner: a linear sigma's group is GL_n; draw a matrix and use "
                    "applyLinearSymmetry");
    HiddenSymmetry g;
    std::vector<std::size_t> p;
    rng.permutation(static_cast<std::size_t>(h), p);
    g.permutation.assign(p.begin(), p.end());
    g.scale.resize(h);
    g.outScale.resize(h);
    for (int i = 0; i < h; ++i) {
        double s = 1.0;
        if (group.signFlip && rng.uniform() < 0.5)
            s = -s;
        if (group.positiveScales)
            s *= std::exp(rng.uniform(-1.0, 1.0));
        g.scale[i] = s;
        g.outScale[i] = *group.image(s);
    }
    return g;
}

TwoLayerNet applyLinearSymmetry(const TwoLayerNet& net, const Eigen::MatrixXd& A) {
    const int h = net.hidden();
    if (A.rows() != h || A.cols() != h)
        throw Error(ErrorKind::InvalidArgument, "linear symmetry: expected a " + std::to_string(h) +
                                                    " x " + std::to_string(h) + " matrix, got " +
                                                    std::to_string(A.rows()) + " x " +
                                                    std::to_string(A.cols()));
    // W2 A⁻¹ = (A⁻ᵀ W2ᵀ)ᵀ: solved with Aᵀ (h × h), not inverted; o × h.
    const Eigen::FullPivLU<Eigen::MatrixXd> luT(A.transpose());
    if (!luT.isInvertible())
        throw Error(ErrorKind::InvalidArgument, "linear symmetry: the matrix is singular");
    TwoLayerNet out = net;
    out.W1 = A * net.W1;
    out.b1 = A * net.b1;
    out.W2 = luT.solve(net.W2.transpose()).transpose();
    return out;
}

}  // namespace eqlab::metrics

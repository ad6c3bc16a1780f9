#include "compute/nn/loss.h"

#include <cmath>
#include <limits>

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
S logSumExp(const Eigen::Ref<const Eigen::Matrix<S, Eigen::Dynamic, 1>>& z) {
    if (z.size() == 0)
        return -std::numeric_limits<S>::infinity();
    const S m = z.maxCoeff();
    if (!std::isfinite(m))
        return m;  // +inf stays +inf, all −inf gives −inf, NaN propagates
    return m + std::log((z.array() - m).exp().sum());
}

namespace {

template <class S>
class MseLoss final : public Loss<S> {
public:
    std::string name() const override { return "mse"; }
    double evaluate(const Matrix<S>& P, const Matrix<S>& T, Matrix<S>& G) const override {
        if (P.rows() != T.rows() || P.cols() != T.cols())
            throw Error(ErrorKind::InvalidArgument, "mse: prediction and target shapes differ");
        const S inv = S(1) / S(P.rows());
        G.resize(P.rows(), P.cols());
        G = P - T;
        const double sum = static_cast<double>(G.squaredNorm() * inv);
        G *= S(2) * inv;
        return sum;
    }
};

template <class S>
class CrossEntropyLoss final : public Loss<S> {
public:
    std::string name() const override { return "cross-entropy"; }
    double evaluate(const Matrix<S>& P, const Matrix<S>& T, Matrix<S>& G) const override {
        const Index k = P.rows(), n = P.cols();
        const bool indices = T.rows() == 1 && k > 1;
        if (T.cols() != n || (!indices && T.rows() != k))
            throw Error(ErrorKind::InvalidArgument,
                        "cross-entropy: target must be k x n (probabilities) or 1 x n (classes)");
        // softmax(z) = exp(z − m) / s with m = max z, s = Σ exp(z − m); lse(z) = m + log s;
        // loss = lse(z)·Σy − Σ y z; grad = softmax·Σy − y. All exponentials of the k × n block in
        // one expression: it vectorises, where a column of ten entries fell to scalar expf.
        const Eigen::Array<S, 1, Eigen::Dynamic> m = P.array().colwise().maxCoeff();
        G = (P.array().rowwise() - m).exp();
        const Eigen::Array<S, 1, Eigen::Dynamic> s = G.array().colwise().sum();
        double sum = 0;
        for (Index j = 0; j < n; ++j) {
            // +inf stays +inf, all −inf gives −inf, NaN propagates (as logSumExp).
            const S lse = std::isfinite(m(j)) ? m(j) + std::log(s(j)) : m(j);
            G.col(j) *= S(1) / s(j);
            if (indices) {
                const S cls = T(0, j);
                const Index c = static_cast<Index>(cls);
                if (!(cls >= 0) || c >= k || S(c) != cls)
                    throw Error(ErrorKind::InvalidArgument,
                                "cross-entropy: class index " + std::to_string(double(cls)) +
                                    " out of range 0.." + std::to_string(k - 1));
                sum += static_cast<double>(lse - P(c, j));
                G(c, j) -= S(1);
            } else {
                const S mass = T.col(j).sum();
                sum += static_cast<double>(lse * mass - T.col(j).dot(P.col(j)));
                G.col(j) = G.col(j) * mass - T.col(j);
            }
        }
        return sum;
    }
};

template <class S>
class GaussianNllLoss final : public Loss<S> {
public:
    std::string name() const override { return "gaussian-nll"; }
    bool usesLogDet() const override { return true; }
    double evaluate(const Matrix<S>&, const Matrix<S>&, Matrix<S>&) const override {
        throw Error(ErrorKind::InvalidArgument, "gaussian-nll: needs the log-determinant");
    }
    double evaluateFlow(const Matrix<S>& z, const Matrix<S>& logDet, Matrix<S>& grad,
                        Matrix<S>& dLogDet) const override {
        const Index n = z.cols();
        const double halfLog2Pi = 0.91893853320467274178;
        grad.resize(z.rows(), n);
        grad = z;
        dLogDet.resize(1, n);
        dLogDet.setConstant(S(-1));
        return 0.5 * double(z.squaredNorm()) + double(n) * double(z.rows()) * halfLog2Pi -
               double(logDet.sum());
    }
};

}  // namespace

template <class S>
double Loss<S>::evaluateFlow(const Matrix<S>&, const Matrix<S>&, Matrix<S>&, Matrix<S>&) const {
    throw Error(ErrorKind::InvalidArgument, name() + ": not a flow loss");
}

template class Loss<float>;
template class Loss<double>;

template <class S>
std::unique_ptr<Loss<S>> makeLoss(LossKind kind) {
    switch (kind) {
        case LossKind::MSE:
            return std::make_unique<MseLoss<S>>();
        case LossKind::CrossEntropy:
            return std::make_unique<CrossEntropyLoss<S>>();
        case LossKind::GaussianNLL:
            return std::make_unique<GaussianNllLoss<S>>();
    }
    throw Error(ErrorKind::InvalidArgument, "unknown loss");
}

template <class S>
double classificationAccuracy(const Matrix<S>& logits, const Matrix<S>& target) {
    const Index n = logits.cols();
    if (n == 0)
        return 0.0;
    // One output: the sign is the class (sign targets, compute/data/target_encoding.h).
    if (logits.rows() == 1) {
        Index correct = 0;
        for (Index j = 0; j < n; ++j)
            correct += (logits(0, j) > S(0)) == (target(0, j) > S(0));
        return double(correct) / double(n);
    }
    const bool indices = target.rows() == 1 && logits.rows() > 1;
    Index correct = 0;
    for (Index j = 0; j < n; ++j) {
        Index predicted = 0, truth = 0;
        logits.col(j).maxCoeff(&predicted);
        if (indices)
            truth = static_cast<Index>(target(0, j));
        else
            target.col(j).maxCoeff(&truth);
        correct += predicted == truth;
    }
    return double(correct) / double(n);
}

template std::unique_ptr<Loss<float>> makeLoss<float>(LossKind);
template std::unique_ptr<Loss<double>> makeLoss<double>(LossKind);
template float logSumExp<float>(const Eigen::Ref<const Eigen::VectorXf>&);
template double logSumExp<double>(const Eigen::Ref<const Eigen::VectorXd>&);
template double classificationAccuracy<float>(const Matrix<float>&, const Matrix<float>&);
template double classificationAccuracy<double>(const Matrix<double>&, const Matrix<double>&);

}  // namespace eqlab::nn

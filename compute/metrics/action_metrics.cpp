#include "compute/metrics/action_metrics.h"

#include <cmath>

#include <Eigen/LU>

#include "compute/core/error.h"
#include "compute/data/action_tasks.h"
#include "compute/nn/group_action.h"

namespace eqlab::metrics {

using Eigen::Index;
using Eigen::MatrixXd;

namespace {

// Adds the per-column norms of D to (sum, max, count).
struct Accumulator {
    double sum = 0, max = 0;
    Index count = 0;
    void add(const MatrixXd& D) {
        for (Index j = 0; j < D.cols(); ++j) {
            const double e = D.col(j).norm();
            sum += e;
            max = std::max(max, std::isnan(e) ? INFINITY : e);
        }
        count += D.cols();
    }
    ErrorStats stats() const { return {count ? sum / double(count) : 0.0, max}; }
};

void checkShape(const MatrixXd& got, const MatrixXd& X, const char* what) {
    if (got.cols() != X.cols())
        throw Error(ErrorKind::InvalidArgument, std::string(what) + ": the map returned " +
                                                    std::to_string(got.cols()) + " columns for " +
                                                    std::to_string(X.cols()) + " points");
}

}  // namespace

ErrorStats groupLawViolation(const groups::Group& G, const GroupMap& N, const MatrixXd& X) {
    const int n = G.order();
    const Index m = X.cols();
    // All N_h(X) side by side (d × |G|·m), then one evaluation of N_g per g on the whole block.
    MatrixXd Nh;
    std::vector<MatrixXd> single(static_cast<std::size_t>(n));
    for (int h = 0; h < n; ++h) {
        single[static_cast<std::size_t>(h)] = N(h, X);
        checkShape(single[static_cast<std::size_t>(h)], X, "group-law violation");
        if (h == 0)
            Nh.resize(single[0].rows(), n * m);
        Nh.middleCols(h * m, m) = single[static_cast<std::size_t>(h)];
    }
    Accumulator acc;
    for (int g = 0; g < n; ++g) {
        const MatrixXd gh = N(g, Nh);
        checkShape(gh, Nh, "group-law violation");
        for (int h = 0; h < n; ++h)
            acc.add(gh.middleCols(h * m, m) - single[static_cast<std::size_t>(G.multiply(g, h))]);
    }
    return acc.stats();
}

ErrorStats involutionError(const PointMap& N, const MatrixXd& X) {
    const MatrixXd Y = N(X);
    checkShape(Y, X, "involution error");
    if (Y.rows() != X.rows())
        throw Error(ErrorKind::InvalidArgument,
                    "involution error: the map must keep the dimension (" +
                        std::to_string(X.rows()) + "), got " + std::to_string(Y.rows()));
    Accumulator acc;
    acc.add(N(Y) - X);
    return acc.stats();
}

ErrorStats parityError(const PointMap& f, const nn::AffineInvolution& T, int parity,
                       const MatrixXd& X) {
    if (parity != 1 && parity != -1)
        throw Error(ErrorKind::InvalidArgument,
                    "parity error: parity must be +1 or -1, got " + std::to_string(parity));
    nn::checkAffineInvolution(T.A, T.c, X.rows(), "parity error: T x = A x + c");
    const MatrixXd Y = f(X);
    checkShape(Y, X, "parity error");
    Accumulator acc;
    acc.add(f(T.apply(X)) - double(parity) * Y);
    return acc.stats();
}

LogDetStats numericLogDet(const groups::Group& G, const GroupMap& N, const MatrixXd& X, double h) {
    const Index d = X.rows(), m = X.cols();
    // Columns (2d per point): x + h e_k, then x − h e_k, for k = 0..d-1.
    MatrixXd probes(d, 2 * d * m);
    for (Index j = 0; j < m; ++j)
        for (Index k = 0; k < d; ++k) {
            probes.col(j * 2 * d + k) = X.col(j);
            probes(k, j * 2 * d + k) += h;
            probes.col(j * 2 * d + d + k) = X.col(j);
            probes(k, j * 2 * d + d + k) -= h;
        }
    LogDetStats s;
    double sum = 0;
    for (int g = 0; g < G.order(); ++g) {
        const MatrixXd Y = N(g, probes);
        if (Y.rows() != d || Y.cols() != probes.cols())
            throw Error(ErrorKind::InvalidArgument,
                        "log-det: the map must be square (R^" + std::to_string(d) + " -> R^" +
                            std::to_string(d) + "), got " + std::to_string(Y.rows()) + " rows");
        for (Index j = 0; j < m; ++j) {
            const MatrixXd J =
                (Y.middleCols(j * 2 * d, d) - Y.middleCols(j * 2 * d + d, d)) / (2 * h);
            const double ld = std::log(std::abs(J.determinant()));
            sum += ld;
            s.maxAbs = std::max(s.maxAbs, std::abs(ld));
        }
    }
    s.mean = sum / double(G.order() * m);
    return s;
}

template <class S>
GroupMap groupMapOf(nn::Model<S>& model, int oneHotOrder) {
    return [&model, oneHotOrder](int g, const MatrixXd& X) -> MatrixXd {
        return model.predict(data::withElementRows(X, g, oneHotOrder).cast<S>())
            .template cast<double>();
    };
}

template <class S>
PointMap pointMapOf(nn::Model<S>& model) {
    return [&model](const MatrixXd& X) -> MatrixXd {
        return model.predict(X.cast<S>()).template cast<double>();
    };
}

template <class S>
LogDetStats groupActionLogDet(nn::Model<S>& model, const groups::Group& G, const MatrixXd& X,
                              int oneHotOrder) {
    const auto* action = model.net().size() == 1
                             ? dynamic_cast<const nn::NeuralGroupAction<S>*>(&model.net().layer(0))
                             : nullptr;
    if (!action)
        return numericLogDet(G, groupMapOf(model, oneHotOrder), X);
    if (action->group().order() != G.order())
        throw Error(ErrorKind::InvalidArgument,
                    "log-det: the model acts with " + action->group().name() + ", not " + G.name());
    model.prepare();
    LogDetStats s;
    double sum = 0;
    for (int g = 0; g < G.order(); ++g) {
        nn::Cache<S> cache;
        nn::Matrix<S> Y, ld;
        model.forward(nn::withElement<S>(X.cast<S>(), g), Y, cache);
        action->logDet(cache.sub[0], ld);
        sum += double(ld.sum());
        s.maxAbs = std::max(s.maxAbs, double(ld.cwiseAbs().maxCoeff()));
    }
    s.mean = sum / double(G.order() * X.cols());
    return s;
}

template GroupMap groupMapOf<float>(nn::Model<float>&, int);
template GroupMap groupMapOf<double>(nn::Model<double>&, int);
template PointMap pointMapOf<float>(nn::Model<float>&);
template PointMap pointMapOf<double>(nn::Model<double>&);
template LogDetStats groupActionLogDet<float>(nn::Model<float>&, const groups::Group&,
                                              const MatrixXd&, int);
template LogDetStats groupActionLogDet<double>(nn::Model<double>&, const groups::Group&,
                                               const MatrixXd&, int);

}  // namespace eqlab::metrics

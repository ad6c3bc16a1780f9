#include "compute/data/parity_tasks.h"

#include <cmath>
#include <string>

#include "compute/core/error.h"
#include "compute/core/rng.h"

namespace eqlab::data {

namespace {

constexpr int kTerms = 4;

void checkCommon(const char* task, int parity, int samples) {
    if (parity != 1 && parity != -1)
        throw Error(ErrorKind::InvalidArgument, std::string(task) +
                                                    ": parity must be +1 (even) or -1 (odd), got " +
                                                    std::to_string(parity));
    if (samples < 1)
        throw Error(ErrorKind::InvalidArgument,
                    std::string(task) + ": samples must be >= 1, got " + std::to_string(samples));
}

// The fixed frequencies (kTerms × dim) and amplitudes of the parity function of dimension dim.
struct Fourier {
    Eigen::MatrixXd W;
    Eigen::VectorXd a;
};
Fourier fourier(int dim) {
    Rng rng = Rng(0x9a417f).split(static_cast<std::uint64_t>(dim));
    Fourier f{Eigen::MatrixXd(kTerms, dim), Eigen::VectorXd(kTerms)};
    const double scale = 1.2 / std::sqrt(double(dim));
    for (int k = 0; k < kTerms; ++k) {
        for (int i = 0; i < dim; ++i)
            f.W(k, i) = scale * rng.normal();
        f.a[k] = (rng.uniform() < 0.5 ? -1.0 : 1.0) * rng.uniform(0.5, 1.0);
    }
    return f;
}

}  // namespace

Eigen::MatrixXd parityFunction(int dim, int parity, const Eigen::MatrixXd& X) {
    if (dim < 1 || X.rows() != dim)
        throw Error(ErrorKind::InvalidArgument,
                    "parity function: points must have dim = " + std::to_string(dim) +
                        " >= 1 rows, got " + std::to_string(X.rows()));
    checkCommon("parity function", parity, 1);
    const Fourier f = fourier(dim);
    const Eigen::MatrixXd phase = f.W * X;  // kTerms × n
    Eigen::MatrixXd Y(1, X.cols());
    if (parity > 0) {
        Y = f.a.transpose() * phase.array().cos().matrix();
        Y.array() += 0.25 * X.colwise().squaredNorm().array();
    } else {
        Y = f.a.transpose() * phase.array().sin().matrix();
        Y.array() += 0.25 / dim * X.array().cube().colwise().sum();
    }
    return Y;
}

TaskData parityFunctionTask(int dim, int parity, int samples, std::uint64_t seed) {
    checkCommon("parity function task", parity, samples);
    if (dim < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "parity function task: dim must be >= 1, got " + std::to_string(dim));
    Rng rng = Rng(seed).split(0x9a41);
    TaskData task;
    task.X.resize(dim, samples);
    for (int s = 0; s < samples; ++s)
        for (int i = 0; i < dim; ++i)
            task.X(i, s) = rng.uniform(-2.0, 2.0);
    task.Y = parityFunction(dim, parity, task.X);
    return task;
}

Eigen::MatrixXd mirrorImageTarget(int size, int parity, const Eigen::MatrixXd& images) {
    const int K = size;
    if (K < 2 || images.rows() != K * K)
        throw Error(ErrorKind::InvalidArgument,
                    "mirror image target: images must have K*K rows with K >= 2 (K = " +
                        std::to_string(K) + "), got " + std::to_string(images.rows()));
    checkCommon("mirror image target", parity, 1);
    const double half = (K - 1) / 2.0;
    Eigen::VectorXd xi(K * K), eta(K * K);  // centred pixel coordinates in [−1, 1]
    for (int row = 0; row < K; ++row)
        for (int col = 0; col < K; ++col) {
            xi[row * K + col] = (col - half) / half;
            eta[row * K + col] = (half - row) / half;
        }
    Eigen::MatrixXd Y(1, images.cols());
    for (Eigen::Index s = 0; s < images.cols(); ++s) {
        const double mass = images.col(s).sum();
        const double u = mass > 0 ? xi.dot(images.col(s)) / mass : 0.0;
        const double v = mass > 0 ? eta.dot(images.col(s)) / mass : 0.0;
        Y(0, s) = parity > 0 ? 3 * u * u + v : 2 * u + 2 * u * v;
    }
    return Y;
}

TaskData mirrorImageTask(int size, int parity, int samples, std::uint64_t seed) {
    checkCommon("mirror image task", parity, samples);
    const int K = size;
    if (K < 2 || K > 64)
        throw Error(ErrorKind::InvalidArgument,
                    "mirror image task: size must be in 2..64, got " + std::to_string(K));
    Rng rng = Rng(seed).split(0x3177);
    TaskData task;
    task.X = Eigen::MatrixXd::Zero(K * K, samples);
    for (int s = 0; s < samples; ++s)
        for (int blob = 0; blob < 2; ++blob) {
            const double cx = rng.uniform(0.0, K - 1.0), cy = rng.uniform(0.0, K - 1.0);
            const double width = rng.uniform(0.6, 1.2), amp = rng.uniform(0.5, 1.5);
            for (int row = 0; row < K; ++row)
                for (int col = 0; col < K; ++col) {
                    const double r2 = (col - cx) * (col - cx) + (row - cy) * (row - cy);
                    task.X(row * K + col, s) += amp * std::exp(-r2 / (2 * width * width));
                }
        }
    task.Y = mirrorImageTarget(K, parity, task.X);
    return task;
}

}  // namespace eqlab::data

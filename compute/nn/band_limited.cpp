#include "compute/nn/band_limited.h"

#include <cmath>
#include <numbers>

#include "compute/core/error.h"

namespace eqlab::nn {

namespace {

void checkOrder(int K, const char* what) {
    if (K < 0)
        throw Error(ErrorKind::InvalidArgument,
                    std::string(what) + ": band limit K must be >= 0, got " + std::to_string(K));
}

// cos and sin of 2π·(k·j mod N)/N. Reducing the integer phase first keeps the table exactly
// periodic (cos θ_{j+N} is the same double as cos θ_j) and the arguments small.
double phase(long k, long j, long N) {
    return 2.0 * std::numbers::pi * double((k * j) % N) / double(N);
}

}  // namespace

Matrix<double> synthesisMatrix(int K, int N) {
    checkOrder(K, "synthesis matrix");
    if (N < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "synthesis matrix: sample count N must be >= 1, got " + std::to_string(N));
    Matrix<double> A(N, bandWidth(K));
    for (int j = 0; j < N; ++j) {
        A(j, 0) = 1.0;
        for (int k = 1; k <= K; ++k) {
            const double t = phase(k, j, N);
            A(j, 2 * k - 1) = std::cos(t);
            A(j, 2 * k) = std::sin(t);
        }
    }
    return A;
}

Matrix<double> analysisMatrix(int K, int N) {
    checkOrder(K, "analysis matrix");
    if (N < 2 * K + 1)
        throw Error(ErrorKind::InvalidArgument,
                    "analysis matrix: sample count N = " + std::to_string(N) +
                        " is below 2K+1 = " + std::to_string(2 * K + 1) +
                        " (harmonics up to K would alias onto each other)");
    Matrix<double> B(bandWidth(K), N);
    for (int j = 0; j < N; ++j) {
        B(0, j) = 1.0 / N;
        for (int k = 1; k <= K; ++k) {
            const double t = phase(k, j, N);
            B(2 * k - 1, j) = 2.0 / N * std::cos(t);
            B(2 * k, j) = 2.0 / N * std::sin(t);
        }
    }
    return B;
}

template <class S>
Matrix<S> rotateBandLimited(const Matrix<S>& X, int K, double alpha) {
    checkOrder(K, "rotation of band-limited features");
    const Index w = bandWidth(K);
    if (X.rows() % w != 0)
        throw Error(ErrorKind::InvalidArgument,
                    "rotation of band-limited features: " + std::to_string(X.rows()) +
                        " rows is not a multiple of 2K+1 = " + std::to_string(w));
    // View as (2K+1) × (C·n): one channel of one sample per column (see the layout note).
    Matrix<S> Y(X.rows(), X.cols());
    Eigen::Map<const Matrix<S>> x(X.data(), w, X.size() / w);
    Eigen::Map<Matrix<S>> y(Y.data(), w, X.size() / w);
    y.row(0) = x.row(0);
    for (int k = 1; k <= K; ++k) {
        const S c = static_cast<S>(std::cos(k * alpha));
        const S s = static_cast<S>(std::sin(k * alpha));
        y.row(2 * k - 1) = c * x.row(2 * k - 1) - s * x.row(2 * k);
        y.row(2 * k) = s * x.row(2 * k - 1) + c * x.row(2 * k);
    }
    return Y;
}

template Matrix<float> rotateBandLimited<float>(const Matrix<float>&, int, double);
template Matrix<double> rotateBandLimited<double>(const Matrix<double>&, int, double);

}  // namespace eqlab::nn

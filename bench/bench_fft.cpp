// The FFT nonlinearity's transforms: the two small GEMMs of nn/fft_nonlinearity.h (synthesis and
// analysis matrices applied to a whole chunk) against Eigen's FFT (kissfft) per channel, forward
// pass, float. Sizes: band limit K, samples N = 3K+1 (exact for σ = u²), C channels, a chunk of
// 16 samples — the shapes of the SO(2) lessons and a few larger ones.
//
//   build/bench/bench/bench_fft --benchmark_repetitions=5 --benchmark_report_aggregates_only

#include <benchmark/benchmark.h>

#include <complex>
#include <unsupported/Eigen/FFT>
#include <vector>

#include "compute/core/rng.h"
#include "compute/nn/band_limited.h"
#include "compute/nn/fft_nonlinearity.h"

using namespace eqlab::nn;
using S = float;
using Mat = Matrix<S>;

namespace {

constexpr Index kChunk = 16;

Mat randomInput(Index rows, Index cols) {
    eqlab::Rng rng(1);
    Mat X(rows, cols);
    for (Index i = 0; i < X.size(); ++i)
        X(i) = static_cast<S>(rng.normal());
    return X;
}

// The same map as FftNonlinearity (σ = GELU) through Eigen's FFT, one channel at a time, with
// every buffer reused.
class FftPerChannel {
public:
    FftPerChannel(int K, int N) : K_(K), N_(N), spec_(N), samples_(N) {}

    void forward(const Mat& X, Mat& Y) {
        const Index w = bandWidth(K_);
        Y.resize(X.rows(), X.cols());
        Eigen::Map<const Mat> x(X.data(), w, X.size() / w);
        Eigen::Map<Mat> y(Y.data(), w, X.size() / w);
        for (Index j = 0; j < x.cols(); ++j) {
            // c_0 = a_0, c_{±k} = (a_k ∓ i b_k)/2; f_j = Σ_k c_k e^{ikθ_j} = N · ifft(c)_j.
            std::fill(spec_.begin(), spec_.end(), std::complex<S>(0));
            spec_[0] = x(0, j);
            for (int k = 1; k <= K_; ++k) {
                const std::complex<S> c(x(2 * k - 1, j) / 2, -x(2 * k, j) / 2);
                spec_[static_cast<std::size_t>(k)] = c;
                spec_[static_cast<std::size_t>(N_ - k)] = std::conj(c);
            }
            fft_.inv(samples_, spec_);
            for (auto& v : samples_) {
                const S f = v * S(N_);
                v = S(0.5) * f * (S(1) + std::erf(f * S(0.70710678)));
            }
            fft_.fwd(spec_, samples_);
            y(0, j) = spec_[0].real() / S(N_);
            for (int k = 1; k <= K_; ++k) {
                y(2 * k - 1, j) = S(2) * spec_[static_cast<std::size_t>(k)].real() / S(N_);
                y(2 * k, j) = S(-2) * spec_[static_cast<std::size_t>(k)].imag() / S(N_);
            }
        }
    }

private:
    int K_, N_;
    Eigen::FFT<S> fft_;
    std::vector<std::complex<S>> spec_;
    std::vector<S> samples_;
};

void BM_Gemm(benchmark::State& state) {
    const int K = int(state.range(0)), C = int(state.range(1)), N = 3 * K + 1;
    FftNonlinearity<S> layer(Activation::GELU, C, K, N);
    const Mat X = randomInput(layer.inDim(), kChunk);
    Mat Y;
    Cache<S> cache;
    for (auto _ : state) {
        layer.forward(X, Y, cache);
        benchmark::DoNotOptimize(Y.data());
    }
    state.counters["channels/s"] =
        benchmark::Counter(double(C * kChunk), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_EigenFft(benchmark::State& state) {
    const int K = int(state.range(0)), C = int(state.range(1)), N = 3 * K + 1;
    FftPerChannel f(K, N);
    const Mat X = randomInput(C * bandWidth(K), kChunk);
    Mat Y;
    // Same numbers as the layer (checked once, outside the timing).
    FftNonlinearity<S> layer(Activation::GELU, C, K, N);
    Mat Yref;
    Cache<S> cache;
    layer.forward(X, Yref, cache);
    f.forward(X, Y);
    if ((Y - Yref).norm() > 1e-4f * (1 + Yref.norm()))
        state.SkipWithError("FFT and GEMM paths disagree");
    for (auto _ : state) {
        f.forward(X, Y);
        benchmark::DoNotOptimize(Y.data());
    }
    state.counters["channels/s"] =
        benchmark::Counter(double(C * kChunk), benchmark::Counter::kIsIterationInvariantRate);
}

void sizes(benchmark::internal::Benchmark* b) {
    for (const auto& [K, C] : std::vector<std::pair<int, int>>{
             {2, 8}, {4, 8}, {4, 16}, {8, 16}, {16, 16}, {32, 8}, {64, 4}})
        b->Args({K, C});
    b->ArgNames({"K", "C"})->Unit(benchmark::kMicrosecond);
}

}  // namespace

BENCHMARK(BM_Gemm)->Apply(sizes);
BENCHMARK(BM_EigenFft)->Apply(sizes);
BENCHMARK_MAIN();

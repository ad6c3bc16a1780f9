// Dense layers against the machine's GEMM peak (issue 4: "dense layers at batch >= 64 should reach
// at least half of the measured GEMM peak"). One thread, float and double:
//   gemm_peak/N        Eigen's C = A·B for N × N matrices, the best a GEMM reaches here;
//   dense/in/out/batch forward Y = W X + b and backward (dW, db, dX) of nn::Dense, as the trainer
//                      calls them on one chunk; 6·in·out·batch FLOP per iteration.
// The GFLOP_per_s counter of each row is the number to compare.
//
//   build/bench/bench/bench_dense --benchmark_repetitions=3 --benchmark_report_aggregates_only

#include <benchmark/benchmark.h>

#include <vector>

#include "bench/bench_random.h"
#include "compute/core/rng.h"
#include "compute/nn/dense.h"

using namespace eqlab::nn;

using eqlab::bench::randomNormal;

namespace {

template <class S>
void gemmPeak(benchmark::State& state) {
    const Index n = state.range(0);
    eqlab::Rng rng(1);
    const Matrix<S> A = randomNormal<S>(n, n, rng), B = randomNormal<S>(n, n, rng);
    Matrix<S> C(n, n);
    for (auto _ : state) {
        C.noalias() = A * B;
        benchmark::DoNotOptimize(C.data());
    }
    state.counters["GFLOP_per_s"] = benchmark::Counter(
        2.0 * double(n) * n * n * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
}

template <class S>
void denseStep(benchmark::State& state) {
    const Index in = state.range(0), out = state.range(1), batch = state.range(2);
    eqlab::Rng rng(2);
    Dense<S> layer(in, out);
    std::vector<S> params(static_cast<std::size_t>(layer.paramCount()));
    std::vector<S> grad(params.size());
    layer.bind(params.data());
    layer.initialize(rng);
    layer.prepare();
    const Matrix<S> X = randomNormal<S>(in, batch, rng), dY = randomNormal<S>(out, batch, rng);
    Matrix<S> Y, dX;
    Cache<S> cache;
    for (auto _ : state) {
        layer.forward(X, Y, cache);
        layer.backward(X, Y, dY, &dX, grad.data(), cache);
        benchmark::DoNotOptimize(dX.data());
        benchmark::DoNotOptimize(grad.data());
    }
    state.counters["GFLOP_per_s"] = benchmark::Counter(
        6.0 * double(in) * out * batch * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
}

void denseShapes(benchmark::internal::Benchmark* b) {
    for (const int width : {128, 256, 512})
        for (const int batch : {64, 128, 256})
            b->Args({width, width, batch});
}

}  // namespace

BENCHMARK(gemmPeak<float>)->Name("gemm_peak/float")->Arg(256)->Arg(512)->Arg(1024);
BENCHMARK(gemmPeak<double>)->Name("gemm_peak/double")->Arg(256)->Arg(512)->Arg(1024);
BENCHMARK(denseStep<float>)->Name("dense/float")->Apply(denseShapes);
BENCHMARK(denseStep<double>)->Name("dense/double")->Apply(denseShapes);

BENCHMARK_MAIN();

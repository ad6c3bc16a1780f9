// The two algorithms of the group and orientation convolutions (nn::ExpandedConv) side by side:
// the direct convolution and Winograd's F(2×2, 3×3), forward + backward (dW and dX) of one chunk
// of 16 samples of 16 × 16 pixels with a 3 × 3 kernel, one thread, float and double, for a range
// of expanded channel counts C → C. The rows say where Winograd starts to pay, which is the
// threshold of nn::chooseConvAlgorithm (docs/performance.md).
//   conv/<algorithm>/C   items_per_second: samples per second;
//                        GFLOP_per_s: the direct convolution's 6·256·9·C² flops per sample.
//
//   build/bench/bench/bench_conv --benchmark_repetitions=3 --benchmark_report_aggregates_only

#include <benchmark/benchmark.h>

#include "bench/bench_random.h"
#include "compute/core/rng.h"
#include "compute/nn/expanded_conv.h"

using namespace eqlab::nn;

using eqlab::bench::randomNormal;

namespace {

constexpr Index kSize = 16, kSamples = 16;

template <class S, ConvAlgorithm A>
void convStep(benchmark::State& state) {
    const Index C = state.range(0);
    eqlab::Rng rng(3);
    ExpandedConv<S> conv(kSize, C, C, 3, 1, A);
    conv.bank() = randomNormal<S>(C, 9 * C, rng);
    conv.commit();
    const Matrix<S> X = randomNormal<S>(kSize * kSize * C, kSamples, rng);
    const Matrix<S> dY = randomNormal<S>(kSize * kSize * C, kSamples, rng);
    Matrix<S> buffers[ExpandedConv<S>::kBuffers];
    Matrix<S> Y, dX;
    for (auto _ : state) {
        conv.forward(X, Y, buffers);
        benchmark::DoNotOptimize(conv.backward(X, dY, &dX, buffers).data());
        benchmark::DoNotOptimize(Y.data());
        benchmark::DoNotOptimize(dX.data());
    }
    state.SetItemsProcessed(state.iterations() * kSamples);
    state.counters["GFLOP_per_s"] =
        benchmark::Counter(6.0 * kSize * kSize * 9 * double(C) * double(C) * kSamples * 1e-9,
                           benchmark::Counter::kIsIterationInvariantRate);
}

void channels(benchmark::internal::Benchmark* b) {
    for (int c : {4, 6, 8, 12, 16, 32, 64})
        b->Arg(c);
}

}  // namespace

BENCHMARK(convStep<float, ConvAlgorithm::Direct>)->Name("conv/direct/f32")->Apply(channels);
BENCHMARK(convStep<float, ConvAlgorithm::Winograd>)->Name("conv/winograd/f32")->Apply(channels);
BENCHMARK(convStep<double, ConvAlgorithm::Direct>)->Name("conv/direct/f64")->Apply(channels);
BENCHMARK(convStep<double, ConvAlgorithm::Winograd>)->Name("conv/winograd/f64")->Apply(channels);

BENCHMARK_MAIN();

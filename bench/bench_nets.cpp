// The eqlab side of bench/compare: the four nets of docs/performance.md, trained and
// evaluated through the engine's public API exactly as a user would (Model + Trainer for training,
// BatchInference inside a ThreadArena for evaluation).
//
//   bench_nets --net mlp|gcnn_train|gcnn_invariance_eval|flow [--dtype float32|float64]
//              [--threads T] [--chunk C] [--reps R] [--seconds S] [--no-mallopt]
//   bench_nets --peak            measured peak FMA throughput of one core (f32 and f64)
//
// Prints one JSON object per run. Protocol (same as bench/peer_torch.py): random data generated
// once up front, warm-up of at least max(0.2 s, S/2) which also calibrates the number of calls per
// repetition, then R timed repetitions of about S seconds; "per_s" is their median.
// FLOP counts are the multiply-adds of the dense/convolution products (×2), forward and backward,
// leaving out elementwise work; see docs/performance.md.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_random.h"
#include "compute/core/memory.h"
#include "compute/core/parallel.h"
#include "compute/core/rng.h"
#include "compute/nn/activation.h"
#include "compute/nn/batch_inference.h"
#include "compute/nn/coupling.h"
#include "compute/nn/dense.h"
#include "compute/nn/diagonal_scale.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/model.h"
#include "compute/nn/planar_group.h"
#include "compute/nn/pooling.h"
#include "compute/nn/sequential.h"
#include "compute/train/init.h"
#include "compute/train/trainer.h"

using namespace eqlab;
using namespace eqlab::nn;
using namespace eqlab::train;
using eqlab::data::Dataset;

using eqlab::bench::randomNormal;

namespace {

constexpr Index kData = 4096;  // samples per synthetic data set (the peer uses the same)
constexpr std::int64_t kMaxSteps = 2'000'000;

struct Options {
    std::string net = "mlp";
    std::string dtype = "float32";
    int threads = 1;
    int chunk = 0;  // 0: the per-net default
    int reps = 5;
    double seconds = 0.5;
    bool peak = false;
    bool mallopt = true;  // eqlab::keepFreedMemoryForReuse() at start-up, as the app does
};

// A benchmark case: one call of `run` is one unit (a training step or one evaluation).
struct Case {
    std::function<void()> run;
    double flopPerCall = 0;
    int chunk = 0;
    std::function<double()> invarianceError;  // only for the evaluation
};

template <class S>
Matrix<S> randomClasses(Index cols, int classes, Rng& rng) {
    Matrix<S> y(1, cols);
    for (Index j = 0; j < cols; ++j)
        y(0, j) = S(rng.below(static_cast<std::uint64_t>(classes)));
    return y;
}

// Keeps the model and trainer alive inside the std::function.
template <class S>
struct TrainingCase {
    Model<S> model;
    std::unique_ptr<Trainer<S>> trainer;
    explicit TrainingCase(Model<S> m) : model(std::move(m)) {}
};

template <class S>
Case trainingCase(Model<S> model, std::shared_ptr<Dataset<S>> data, LossKind loss,
                  std::int64_t batch, int chunk, int threads, double flopPerCall) {
    auto tc = std::make_shared<TrainingCase<S>>(std::move(model));
    initialize(tc->model, 7);
    TrainerConfig cfg;
    cfg.batchSize = batch;
    cfg.chunkSize = chunk;
    cfg.threads = threads;
    cfg.schedule = Schedule::constant(1e-3);
    OptimizerConfig opt;
    opt.kind = OptimizerKind::Adam;
    tc->trainer = std::make_unique<Trainer<S>>(tc->model, data, makeLoss<S>(loss),
                                               makeOptimizer<S>(opt), cfg);
    Case c;
    c.run = [tc] {
        if (!tc->trainer->step()) {
            std::fprintf(stderr, "bench_nets: training diverged\n");
            std::exit(1);
        }
    };
    c.flopPerCall = flopPerCall;
    c.chunk = chunk;
    return c;
}

// ---- MLP 64-128-128-10 ---------------------------------------------------------------------

template <class S>
Case mlpCase(const Options& o) {
    std::vector<LayerPtr<S>> l;
    l.push_back(std::make_unique<Dense<S>>(64, 128));
    l.push_back(std::make_unique<Pointwise<S>>(Activation::ReLU, 128));
    l.push_back(std::make_unique<Dense<S>>(128, 128));
    l.push_back(std::make_unique<Pointwise<S>>(Activation::ReLU, 128));
    l.push_back(std::make_unique<Dense<S>>(128, 10, Init::Glorot));
    Rng rng(1234);
    auto data = std::make_shared<Dataset<S>>();
    data->X = randomNormal<S>(64, kData, rng);
    data->Y = randomClasses<S>(kData, 10, rng);
    // Forward 2·Σ in·out; backward dW for every layer, dX for all but the first.
    const double fwd = 2.0 * (64 * 128 + 128 * 128 + 128 * 10);
    const double perSample = 3 * fwd - 2.0 * 64 * 128;
    return trainingCase<S>(Model<S>(std::move(l)), data, LossKind::CrossEntropy, 64,
                           o.chunk > 0 ? o.chunk : 32, o.threads, 64 * perSample);
}

// ---- C4 G-CNN on 16 × 16 -------------------------------------------------------------------

constexpr Index kImg = 16, kPix = kImg * kImg, kG = 4;

template <class S>
Model<S> gcnnModel() {
    std::vector<LayerPtr<S>> l;
    l.push_back(std::make_unique<GroupConv2d<S>>(PlanarGroup::C4, true, 1, 8, kImg, 5, 2));
    l.push_back(std::make_unique<Pointwise<S>>(Activation::ReLU, kPix * 8 * kG));
    l.push_back(std::make_unique<GroupConv2d<S>>(PlanarGroup::C4, false, 8, 8, kImg, 3, 1));
    l.push_back(std::make_unique<Pointwise<S>>(Activation::ReLU, kPix * 8 * kG));
    l.push_back(std::make_unique<GroupPool<S>>(PoolKind::Max, 8, kG, kPix));
    l.push_back(std::make_unique<GlobalAvgPool<S>>(8, kPix));
    l.push_back(std::make_unique<Dense<S>>(8, 10, Init::Glorot));
    return Model<S>(std::move(l));
}

// Multiply-adds ×2 of one forward pass of one sample, by layer.
constexpr double kLiftFlop = 2.0 * kPix * (8 * kG) * (5 * 5 * 1);
constexpr double kGconvFlop = 2.0 * kPix * (8 * kG) * (3 * 3 * 8 * kG);
constexpr double kFcFlop = 2.0 * 8 * 10;
constexpr double kGcnnForward = kLiftFlop + kGconvFlop + kFcFlop;

template <class S>
Case gcnnTrainCase(const Options& o) {
    Rng rng(1234);
    auto data = std::make_shared<Dataset<S>>();
    data->X = randomNormal<S>(kPix, kData, rng);
    data->Y = randomClasses<S>(kData, 10, rng);
    // Backward: dW of every layer, dX of all but the lifting layer.
    const double perSample = 3 * kGcnnForward - kLiftFlop;
    return trainingCase<S>(gcnnModel<S>(), data, LossKind::CrossEntropy, 32,
                           o.chunk > 0 ? o.chunk : 16, o.threads, 32 * perSample);
}

// Invariance error of the G-CNN on 256 inputs × 4 rotations: rotate the inputs, one forward pass
// over all 1024 images with the engine's evaluation path (BatchInference: fixed-size chunks in
// parallel, one reused workspace per thread, no backward state), then
// max |f(g·x) − f(x)| / max |f(x)|.
template <class S>
struct EvalCase {
    Model<S> model = gcnnModel<S>();
    ThreadArena arena;
    BatchInference<S> inference;
    Matrix<S> X, Xrot, out;
    std::vector<Index> rot;  // rot[r·P + p]: pixel that p goes to under rotation r
    double err = 0;

    EvalCase(int threads, Index chunkSize) : arena(threads), inference(chunkSize) {
        initialize(model, 7);
        model.prepare();
        Rng rng(1234);
        X = randomNormal<S>(kPix, 256, rng);
        Xrot.resize(kPix, 4 * 256);
        out.resize(10, 4 * 256);
        rot.resize(kG * kPix);
        for (int r = 0; r < kG; ++r)
            for (int y = 0; y < kImg; ++y)
                for (int x = 0; x < kImg; ++x) {
                    const auto q = planarActOnPixel(r, x, y, int(kImg));
                    rot[std::size_t(r * kPix + y * kImg + x)] = q[1] * kImg + q[0];
                }
    }

    void run() {
        for (Index r = 0; r < kG; ++r)
            for (Index j = 0; j < 256; ++j) {
                const S* src = X.col(j).data();
                S* dst = Xrot.col(r * 256 + j).data();
                const Index* q = rot.data() + r * kPix;
                for (Index p = 0; p < kPix; ++p)
                    dst[q[p]] = src[p];
            }
        arena.run([&] { inference.run(model, Xrot, out); });
        const auto base = out.leftCols(256);
        S worst = 0;
        for (Index r = 1; r < kG; ++r)
            worst = std::max(worst, (out.middleCols(r * 256, 256) - base).cwiseAbs().maxCoeff());
        err = double(worst) / double(base.cwiseAbs().maxCoeff());
    }
};

template <class S>
Case gcnnEvalCase(const Options& o) {
    auto ec = std::make_shared<EvalCase<S>>(o.threads, Index(o.chunk > 0 ? o.chunk : 4));
    Case c;
    c.run = [ec] { ec->run(); };
    c.flopPerCall = 1024 * kGcnnForward;
    c.chunk = static_cast<int>(ec->inference.chunk());
    c.invarianceError = [ec] { return ec->err; };
    return c;
}

// ---- additive flow: 4 couplings, dim 16, conditioner 8-64-64-8 ------------------------------

template <class S>
Case flowCase(const Options& o) {
    constexpr Index d = 16, h = 64;
    std::vector<LayerPtr<S>> l;
    for (int i = 0; i < 4; ++i) {
        std::vector<LayerPtr<S>> net;
        net.push_back(std::make_unique<Dense<S>>(d / 2, h));
        net.push_back(std::make_unique<Pointwise<S>>(Activation::ReLU, h));
        net.push_back(std::make_unique<Dense<S>>(h, h));
        net.push_back(std::make_unique<Pointwise<S>>(Activation::ReLU, h));
        net.push_back(std::make_unique<Dense<S>>(h, d / 2));
        l.push_back(makeAdditiveCoupling<S>(d, std::make_unique<Sequential<S>>(std::move(net)),
                                            i % 2 == 1));
    }
    l.push_back(std::make_unique<DiagonalScale<S>>(d));
    // Correlated Gaussian data with a per-coordinate offset (the peer makes the same kind).
    Rng rng(1234);
    auto data = std::make_shared<Dataset<S>>();
    data->X.resize(d, kData);
    data->Y.resize(0, kData);
    for (Index j = 0; j < kData; ++j) {
        const double a = rng.normal(), b = rng.normal();
        for (Index i = 0; i < d; ++i)
            data->X(i, j) = S(3.0 * (i % 2 ? b : a) + 0.3 * rng.normal() + double(i));
    }
    // Per coupling: forward 2·(8·64 + 64·64 + 64·8); backward dW and dX (3× forward), except dX
    // of the first conditioner's input layer (data).
    const double mlp = 2.0 * (d / 2 * h + h * h + h * d / 2);
    const double perSample = 4 * 3 * mlp - 2.0 * (d / 2) * h;
    return trainingCase<S>(Model<S>(std::move(l)), data, LossKind::GaussianNLL, 256,
                           o.chunk > 0 ? o.chunk : 128, o.threads, 256 * perSample);
}

template <class S>
Case makeCase(const Options& o) {
    if (o.net == "mlp")
        return mlpCase<S>(o);
    if (o.net == "gcnn_train")
        return gcnnTrainCase<S>(o);
    if (o.net == "gcnn_invariance_eval")
        return gcnnEvalCase<S>(o);
    if (o.net == "flow")
        return flowCase<S>(o);
    std::fprintf(stderr, "bench_nets: unknown net '%s'\n", o.net.c_str());
    std::exit(2);
}

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

void measure(const Options& o, Case& c) {
    auto t0 = Clock::now();
    long calls = 0;
    double el = 0;
    do {
        c.run();
        ++calls;
        el = secondsSince(t0);
    } while (el < std::max(0.2, o.seconds / 2) || calls < 3);
    const long perRep = std::max(1L, std::lround(double(calls) / el * o.seconds));
    std::vector<double> rates;
    for (int r = 0; r < o.reps; ++r) {
        t0 = Clock::now();
        for (long i = 0; i < perRep; ++i)
            c.run();
        rates.push_back(double(perRep) / secondsSince(t0));
    }
    std::vector<double> sorted = rates;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size();
    const double median = n % 2 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    std::printf(
        "{\"side\": \"eqlab\", \"net\": \"%s\", \"dtype\": \"%s\", \"threads\": %d, "
        "\"chunk\": %d, \"per_s\": %.3f, \"gflop_per_call\": %.6f, \"gflops\": %.3f, "
        "\"calls_per_rep\": %ld, \"reps\": [",
        o.net.c_str(), o.dtype.c_str(), o.threads, c.chunk, median, c.flopPerCall * 1e-9,
        median * c.flopPerCall * 1e-9, perRep);
    for (std::size_t i = 0; i < rates.size(); ++i)
        std::printf("%s%.3f", i ? ", " : "", rates[i]);
    std::printf("], \"mallopt\": %s", o.mallopt ? "true" : "false");
    if (c.invarianceError)
        std::printf(", \"invariance_error\": %.3e", c.invarianceError());
    std::printf("}\n");
    std::fflush(stdout);
}

// ---- peak FMA throughput of one core --------------------------------------------------------

#if defined(__AVX512F__)
constexpr int kVecBytes = 64;
#else
constexpr int kVecBytes = 32;
#endif

template <class S>
double peakGflops(double seconds) {
    using V [[gnu::vector_size(kVecBytes)]] = S;
    constexpr int lanes = kVecBytes / int(sizeof(S));
    constexpr int acc = 12;  // independent chains: enough to cover FMA latency × ports
    V a[acc], b, c;
    for (int i = 0; i < acc; ++i)
        for (int k = 0; k < lanes; ++k)
            a[i][k] = S(1e-3) * S(i + k);
    for (int k = 0; k < lanes; ++k) {
        b[k] = S(0.999999);
        c[k] = S(1e-7);
    }
    const long inner = 1 << 16;
    double best = 0;
    const auto start = Clock::now();
    while (secondsSince(start) < seconds) {
        const auto t0 = Clock::now();
        for (long n = 0; n < inner; ++n) {
            for (int i = 0; i < acc; ++i)
                a[i] = a[i] * b + c;
            asm volatile("" : "+x"(b));  // keeps the loop from being folded
        }
        const double el = secondsSince(t0);
        best = std::max(best, 2.0 * lanes * acc * double(inner) / el * 1e-9);
    }
    S sink = 0;
    for (int i = 0; i < acc; ++i)
        sink += a[i][0];
    if (sink == S(12345))
        std::printf(" ");
    return best;
}

int usage() {
    std::fprintf(stderr,
                 "usage: bench_nets --net mlp|gcnn_train|gcnn_invariance_eval|flow "
                 "[--dtype float32|float64] [--threads T] [--chunk C] [--reps R] [--seconds S] "
                 "[--no-mallopt]\n"
                 "       bench_nets --peak\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "bench_nets: %s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--net")
            o.net = value();
        else if (a == "--dtype")
            o.dtype = value();
        else if (a == "--threads")
            o.threads = std::stoi(value());
        else if (a == "--chunk")
            o.chunk = std::stoi(value());
        else if (a == "--reps")
            o.reps = std::stoi(value());
        else if (a == "--seconds")
            o.seconds = std::stod(value());
        else if (a == "--no-mallopt")
            o.mallopt = false;
        else if (a == "--peak")
            o.peak = true;
        else
            return usage();
    }
    if (o.peak) {
        const double f = peakGflops<float>(0.5), d = peakGflops<double>(0.5);
        std::printf(
            "{\"side\": \"machine\", \"peak_gflops_per_core_float32\": %.1f, "
            "\"peak_gflops_per_core_float64\": %.1f, \"vector_bits\": %d}\n",
            f, d, kVecBytes * 8);
        return 0;
    }
    if (o.dtype != "float32" && o.dtype != "float64")
        return usage();
    if (o.mallopt)
        eqlab::keepFreedMemoryForReuse();
    Case c = o.dtype == "float32" ? makeCase<float>(o) : makeCase<double>(o);
    measure(o, c);
    return 0;
}

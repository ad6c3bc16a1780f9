#include "compute/train/optimizer.h"

#include <algorithm>
#include <cmath>

#include "compute/core/error.h"

namespace eqlab::train {

namespace {

// The entries [begin, end) of a vector as an Eigen array.
template <class S>
auto range(S* v, nn::Index begin, nn::Index end) {
    return Eigen::Map<Eigen::Array<S, Eigen::Dynamic, 1>>(v + begin, end - begin);
}
template <class S>
auto range(const S* v, nn::Index begin, nn::Index end) {
    return Eigen::Map<const Eigen::Array<S, Eigen::Dynamic, 1>>(v + begin, end - begin);
}

// Blocks of a range small enough that all the vectors of one block stay in L1 while the
// optimizer's expressions pass over them one after the other.
constexpr nn::Index kBlock = 1024;

template <class S>
class Sgd final : public Optimizer<S> {
public:
    Sgd(const OptimizerConfig& c, bool momentum)
        : mu_(S(c.momentum)), wd_(S(c.weightDecay)), useMomentum_(momentum) {}
    std::string name() const override { return useMomentum_ ? "momentum" : "sgd"; }
    void reset() override { v_.resize(0); }
    void beginStep(nn::Index n, double lr) override {
        a_ = S(lr);
        if (useMomentum_ && v_.size() != n)
            v_ = nn::Vector<S>::Zero(n);
    }
    void update(S* params, const S* grads, S* previous, nn::Index begin, nn::Index end) override {
        for (nn::Index b = begin; b < end; b += kBlock) {
            const nn::Index e = std::min(end, b + kBlock);
            auto p = range(params, b, e);
            const auto g = range(grads, b, e);
            if (previous)
                range(previous, b, e) = p;
            if (!useMomentum_) {
                if (wd_ != S(0))
                    p -= a_ * (g + wd_ * p);
                else
                    p -= a_ * g;
                continue;
            }
            auto v = range(v_.data(), b, e);
            v = mu_ * v + g + wd_ * p;
            p -= a_ * v;
        }
    }

private:
    S mu_, wd_;
    bool useMomentum_;
    S a_ = 0;
    nn::Vector<S> v_;
};

template <class S>
class Adam final : public Optimizer<S> {
public:
    explicit Adam(const OptimizerConfig& c) : c_(c) {}
    std::string name() const override { return "adam"; }
    void reset() override {
        m_.resize(0);
        v_.resize(0);
        t_ = 0;
    }
    void beginStep(nn::Index n, double lr) override {
        if (m_.size() != n) {
            m_ = nn::Vector<S>::Zero(n);
            v_ = nn::Vector<S>::Zero(n);
            t_ = 0;
        }
        ++t_;
        // Bias corrections folded into the step size and epsilon (computed in double).
        const double c1 = 1.0 - std::pow(c_.beta1, double(t_));
        const double c2 = 1.0 - std::pow(c_.beta2, double(t_));
        stepSize_ = S(lr / c1);
        rc2_ = S(1.0 / std::sqrt(c2));
        decay_ = S(1.0 - lr * c_.weightDecay);
    }
    void update(S* params, const S* grads, S* previous, nn::Index begin, nn::Index end) override {
        const S b1 = S(c_.beta1), b2 = S(c_.beta2), eps = S(c_.epsilon);
        for (nn::Index b = begin; b < end; b += kBlock) {
            const nn::Index e = std::min(end, b + kBlock);
            auto p = range(params, b, e);
            auto m = range(m_.data(), b, e);
            auto v = range(v_.data(), b, e);
            const auto g = range(grads, b, e);
            if (previous)
                range(previous, b, e) = p;
            if (c_.weightDecay != 0.0)
                p *= decay_;
            m = b1 * m + (S(1) - b1) * g;
            v = b2 * v + (S(1) - b2) * g.square();
            p -= stepSize_ * m / (v.sqrt() * rc2_ + eps);
        }
    }

private:
    OptimizerConfig c_;
    nn::Vector<S> m_, v_;
    long long t_ = 0;
    S stepSize_ = 0, rc2_ = 1, decay_ = 1;  // of the current step
};

}  // namespace

template <class S>
std::unique_ptr<Optimizer<S>> makeOptimizer(const OptimizerConfig& config) {
    switch (config.kind) {
        case OptimizerKind::SGD:
            return std::make_unique<Sgd<S>>(config, false);
        case OptimizerKind::Momentum:
            return std::make_unique<Sgd<S>>(config, true);
        case OptimizerKind::Adam:
            return std::make_unique<Adam<S>>(config);
    }
    throw Error(ErrorKind::InvalidArgument, "unknown optimizer");
}

template std::unique_ptr<Optimizer<float>> makeOptimizer<float>(const OptimizerConfig&);
template std::unique_ptr<Optimizer<double>> makeOptimizer<double>(const OptimizerConfig&);

}  // namespace eqlab::train

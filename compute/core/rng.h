#pragma once

// A seeded, splittable random number generator.
//
// The engine is xoshiro256** (fast, 256-bit state, passes BigCrush), seeded through SplitMix64 so
// that nearby seeds give unrelated states. Determinism across thread counts comes from split():
// a child stream is a pure function of (this generator's key, k), never of how many numbers were
// drawn before or on which thread the child is used. A task that needs randomness asks for
// rng.split(taskIndex) instead of sharing one generator.

#include <cstdint>
#include <vector>

namespace eqlab {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0x5eed);

    // An independent stream, deterministic in (key, k). Does not advance this generator.
    Rng split(std::uint64_t k) const;

    std::uint64_t key() const noexcept { return key_; }

    std::uint64_t nextU64() noexcept;
    // Uniform on [0, 1) with 53 random bits.
    double uniform() noexcept;
    // Uniform on [lo, hi).
    double uniform(double lo, double hi) noexcept { return lo + (hi - lo) * uniform(); }
    // Uniform integer on [0, n), n > 0, without modulo bias (Lemire's method).
    std::uint64_t below(std::uint64_t n) noexcept;
    // Standard normal (Marsaglia's polar method; the spare value is kept).
    double normal() noexcept;
    // A uniformly random permutation of 0..n-1 (Fisher–Yates), written into out.
    void permutation(std::size_t n, std::vector<std::size_t>& out) noexcept;

    // SplitMix64 finaliser: a bijective 64-bit mixer, exposed for hashing seeds.
    static std::uint64_t mix(std::uint64_t x) noexcept;

private:
    std::uint64_t key_;
    std::uint64_t s_[4];
    double spare_ = 0.0;
    bool hasSpare_ = false;
};

}  // namespace eqlab

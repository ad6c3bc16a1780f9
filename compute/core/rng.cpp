#include "compute/core/rng.h"

#include <cmath>
#include <utility>

namespace eqlab {

namespace {

constexpr std::uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

inline std::uint64_t rotl(std::uint64_t x, int k) noexcept {
    return (x << k) | (x >> (64 - k));
}

}  // namespace

std::uint64_t Rng::mix(std::uint64_t z) noexcept {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

Rng::Rng(std::uint64_t seed) : key_(seed) {
    // SplitMix64 sequence from the seed fills the state; it is never all zero in practice, and we
    // guard against it anyway because xoshiro would then emit only zeros.
    std::uint64_t x = seed;
    for (auto& s : s_) {
        x += kGolden;
        s = mix(x);
    }
    if ((s_[0] | s_[1] | s_[2] | s_[3]) == 0)
        s_[0] = kGolden;
}

Rng Rng::split(std::uint64_t k) const {
    // Two rounds of mixing so that key and k do not commute (split(a).split(b) !=
    // split(b).split(a)).
    return Rng(mix(mix(key_ ^ 0x6a09e667f3bcc909ULL) + mix(k + kGolden)));
}

std::uint64_t Rng::nextU64() noexcept {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double Rng::uniform() noexcept {
    return static_cast<double>(nextU64() >> 11) * 0x1.0p-53;
}

std::uint64_t Rng::below(std::uint64_t n) noexcept {
    std::uint64_t x = nextU64();
    __uint128_t m = static_cast<__uint128_t>(x) * n;
    std::uint64_t low = static_cast<std::uint64_t>(m);
    if (low < n) {
        const std::uint64_t threshold = (0 - n) % n;
        while (low < threshold) {
            x = nextU64();
            m = static_cast<__uint128_t>(x) * n;
            low = static_cast<std::uint64_t>(m);
        }
    }
    return static_cast<std::uint64_t>(m >> 64);
}

double Rng::normal() noexcept {
    if (hasSpare_) {
        hasSpare_ = false;
        return spare_;
    }
    double u, v, s;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double f = std::sqrt(-2.0 * std::log(s) / s);
    spare_ = v * f;
    hasSpare_ = true;
    return u * f;
}

void Rng::permutation(std::size_t n, std::vector<std::size_t>& out) noexcept {
    out.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = i;
    for (std::size_t i = n; i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(below(i));
        std::swap(out[i - 1], out[j]);
    }
}

}  // namespace eqlab

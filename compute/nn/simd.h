#pragma once

// A minimal SIMD vector for the hand-blocked kernels of compute/nn (direct_conv.cpp), written with
// GCC/Clang vector extensions so that it compiles for any target: 512-bit vectors where AVX-512F
// is enabled (the default build on such a machine: -march=native), 256-bit where AVX is, 128-bit
// otherwise (the portable x86-64-v2 build, where wider vectors would be split and spill the
// 12-accumulator tiles). The tiles hold 2 vectors of output channels: 32 float channels per tile
// with AVX-512, which is the channel count of the benchmark's G-CNN (8 channels x C4).
//
// fma() is explicit: the project builds with -std=c++20 (no GNU extensions), under which GCC does
// not contract a*b+c into an FMA.

#include <cstring>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

namespace eqlab::nn::simd {

#if defined(__AVX512F__)
inline constexpr int kBytes = 64;
#elif defined(__AVX__)
inline constexpr int kBytes = 32;
#else
inline constexpr int kBytes = 16;
#endif

template <class S>
struct Pack {
    using V [[gnu::vector_size(kBytes)]] = S;
    static constexpr int L = kBytes / int(sizeof(S));  // lanes

    // Unaligned load/store (memcpy compiles to one vector move).
    static V load(const S* p) {
        V v;
        std::memcpy(&v, p, sizeof v);
        return v;
    }
    static void store(S* p, V v) { std::memcpy(p, &v, sizeof v); }
    // *p in every lane. Spelled with intrinsics: the portable `V{} + x` costs a real addition
    // (0 + x is not x for x = −0) and a register shuffle, where AVX broadcasts straight from
    // memory.
    static V broadcast(const S* p) {
#if defined(__AVX512F__)
        if constexpr (sizeof(S) == 4)
            return V(_mm512_set1_ps(*p));
        else
            return V(_mm512_set1_pd(*p));
#elif defined(__AVX__)
        if constexpr (sizeof(S) == 4)
            return V(_mm256_broadcast_ss(p));
        else
            return V(_mm256_broadcast_sd(p));
#elif defined(__SSE2__)
        if constexpr (sizeof(S) == 4)
            return V(_mm_set1_ps(*p));
        else
            return V(_mm_set1_pd(*p));
#else
        V v;
        for (int i = 0; i < L; ++i)
            v[i] = *p;
        return v;
#endif
    }
    // a·b + c, fused where the target has FMA.
    static V fma(V a, V b, V c) {
#if defined(__AVX512F__)
        if constexpr (sizeof(S) == 4)
            return V(_mm512_fmadd_ps(__m512(a), __m512(b), __m512(c)));
        else
            return V(_mm512_fmadd_pd(__m512d(a), __m512d(b), __m512d(c)));
#elif defined(__FMA__) && defined(__AVX__)
        if constexpr (sizeof(S) == 4)
            return V(_mm256_fmadd_ps(__m256(a), __m256(b), __m256(c)));
        else
            return V(_mm256_fmadd_pd(__m256d(a), __m256d(b), __m256d(c)));
#else
        return a * b + c;
#endif
    }
};

}  // namespace eqlab::nn::simd

#include "compute/nn/transpose.h"

#ifdef __AVX__
#include <immintrin.h>
#endif

namespace eqlab::nn {

namespace {

// The entries of rows [i0, i1) × columns [j0, j1), one by one.
template <class S>
void transposeScalar(Index i0, Index i1, Index j0, Index j1, const S* A, Index lda, S* B,
                     Index ldb) {
    for (Index i = i0; i < i1; ++i)
        for (Index j = j0; j < j1; ++j)
            B[j + i * ldb] = A[i + j * lda];
}

#ifdef __AVX__

// The 8 × 8 tile at A (rows of A's columns 0…7) into B: column k of the tile is loaded as one
// vector, and after the three shuffle stages vector k holds row k.
inline void transposeTile(const float* a, Index lda, float* b, Index ldb) {
    __m256 r[8], t[8], s[8];
    for (int k = 0; k < 8; ++k)
        r[k] = _mm256_loadu_ps(a + k * lda);
    for (int k = 0; k < 8; k += 2) {
        t[k] = _mm256_unpacklo_ps(r[k], r[k + 1]);
        t[k + 1] = _mm256_unpackhi_ps(r[k], r[k + 1]);
    }
    for (int k = 0; k < 8; k += 4) {
        s[k] = _mm256_shuffle_ps(t[k], t[k + 2], 0x44);
        s[k + 1] = _mm256_shuffle_ps(t[k], t[k + 2], 0xEE);
        s[k + 2] = _mm256_shuffle_ps(t[k + 1], t[k + 3], 0x44);
        s[k + 3] = _mm256_shuffle_ps(t[k + 1], t[k + 3], 0xEE);
    }
    for (int k = 0; k < 4; ++k) {
        _mm256_storeu_ps(b + k * ldb, _mm256_permute2f128_ps(s[k], s[k + 4], 0x20));
        _mm256_storeu_ps(b + (k + 4) * ldb, _mm256_permute2f128_ps(s[k], s[k + 4], 0x31));
    }
}

// The 4 × 4 tile of doubles.
inline void transposeTile(const double* a, Index lda, double* b, Index ldb) {
    const __m256d r0 = _mm256_loadu_pd(a), r1 = _mm256_loadu_pd(a + lda),
                  r2 = _mm256_loadu_pd(a + 2 * lda), r3 = _mm256_loadu_pd(a + 3 * lda);
    const __m256d t0 = _mm256_unpacklo_pd(r0, r1), t1 = _mm256_unpackhi_pd(r0, r1),
                  t2 = _mm256_unpacklo_pd(r2, r3), t3 = _mm256_unpackhi_pd(r2, r3);
    _mm256_storeu_pd(b, _mm256_permute2f128_pd(t0, t2, 0x20));
    _mm256_storeu_pd(b + ldb, _mm256_permute2f128_pd(t1, t3, 0x20));
    _mm256_storeu_pd(b + 2 * ldb, _mm256_permute2f128_pd(t0, t2, 0x31));
    _mm256_storeu_pd(b + 3 * ldb, _mm256_permute2f128_pd(t1, t3, 0x31));
}

template <class S>
constexpr Index kTile = 32 / sizeof(S);  // one 256-bit vector

#endif  // __AVX__

}  // namespace

template <class S>
void transposeInto(Index rows, Index cols, const S* A, Index lda, S* B, Index ldb) {
#ifdef __AVX__
    constexpr Index T = kTile<S>;
    const Index fullRows = rows - rows % T, fullCols = cols - cols % T;
    for (Index i = 0; i < fullRows; i += T) {
        for (Index j = 0; j < fullCols; j += T)
            transposeTile(A + i + j * lda, lda, B + j + i * ldb, ldb);
        transposeScalar(i, i + T, fullCols, cols, A, lda, B, ldb);
    }
    transposeScalar(fullRows, rows, Index(0), cols, A, lda, B, ldb);
#else
    // Without AVX (the portable build) entry by entry, as Eigen would.
    transposeScalar(Index(0), rows, Index(0), cols, A, lda, B, ldb);
#endif
}

template void transposeInto<float>(Index, Index, const float*, Index, float*, Index);
template void transposeInto<double>(Index, Index, const double*, Index, double*, Index);

}  // namespace eqlab::nn

// smallGemm (the dense layers' products) against a long-double reference, in float and double, on
// shapes chosen to hit every tile boundary: row counts below, at and between multiples of the
// 2-vector row tile (16/32 float rows, 8/16 double rows, depending on the build's vector width),
// column counts below, at and between multiples of the column tile (6 or 12), K = 1 and K larger
// than a tile; B read as X (strides 1, K) and as Xᵀ (strides N, 1); assignment, assignment with a
// bias and accumulation; leading dimensions larger than the row count. Entries outside the M × N
// block of C must stay untouched. transposeInto (the dense layers' Wᵀ) is exact on every shape
// around its 8 × 8 / 4 × 4 register tiles, with leading dimensions larger than the rows.

#include <QTest>

#include <cmath>
#include <limits>

#include "compute/core/rng.h"
#include "compute/nn/small_gemm.h"
#include "compute/nn/transpose.h"
#include "suite/suite.h"

using namespace eqlab::nn;

namespace {

struct GemmShape {
    Index M, N, K;
};

template <class S>
Matrix<S> randomGemmMatrix(Index rows, Index cols, eqlab::Rng& rng) {
    Matrix<S> a(rows, cols);
    for (Index j = 0; j < cols; ++j)
        for (Index i = 0; i < rows; ++i)
            a(i, j) = S(rng.normal());
    return a;
}

// Relative error bound of a K-term sum in precision S, with room for the reference's rounding.
template <class S>
double tolerance(Index K) {
    return 4.0 * double(K + 2) * double(std::numeric_limits<S>::epsilon());
}

template <class S>
void check(const GemmShape& s, bool transposedB, GemmMode mode, bool withBias) {
    eqlab::Rng rng(std::uint64_t(s.M * 1000003 + s.N * 1009 + s.K));
    const Index lda = s.M + 3, ldc = s.M + 5;
    const Matrix<S> A = randomGemmMatrix<S>(lda, s.K, rng);
    // B(k, n) = b[k·bsk + n·bsn]: stored as K × N (bsk = 1) or N × K (bsk = N).
    const Matrix<S> Bstore =
        transposedB ? randomGemmMatrix<S>(s.N, s.K, rng) : randomGemmMatrix<S>(s.K, s.N, rng);
    const Index bsk = transposedB ? s.N : 1, bsn = transposedB ? 1 : s.K;
    const Matrix<S> bias = randomGemmMatrix<S>(s.M, 1, rng);
    Matrix<S> C = randomGemmMatrix<S>(ldc, s.N, rng);
    const Matrix<S> C0 = C;
    Matrix<S> scratch;
    smallGemm<S>(s.M, s.N, s.K, A.data(), lda, Bstore.data(), bsk, bsn, C.data(), ldc, mode,
                 withBias ? bias.data() : nullptr, scratch);
    for (Index n = 0; n < s.N; ++n) {
        for (Index m = 0; m < ldc; ++m) {
            if (m >= s.M) {
                QCOMPARE(C(m, n), C0(m, n));  // padding rows of C are not written
                continue;
            }
            long double ref = mode == GemmMode::Accumulate ? C0(m, n) : withBias ? bias(m) : 0;
            long double scale = std::abs(ref);
            for (Index k = 0; k < s.K; ++k) {
                const long double term =
                    (long double)A(m, k) * (long double)Bstore.data()[k * bsk + n * bsn];
                ref += term;
                scale += std::abs(term);
            }
            const double err = double(std::abs((long double)C(m, n) - ref));
            if (err > tolerance<S>(s.K) * double(scale) + 1e-300)
                QFAIL(qPrintable(QString("M %1 N %2 K %3: C(%4, %5) = %6, expected %7")
                                     .arg(s.M)
                                     .arg(s.N)
                                     .arg(s.K)
                                     .arg(m)
                                     .arg(n)
                                     .arg(double(C(m, n)))
                                     .arg(double(ref))));
        }
    }
}

const GemmShape kShapes[] = {{1, 1, 1},     {5, 3, 7},     {8, 6, 1},    {15, 12, 16},
                             {16, 13, 32},  {17, 25, 5},   {31, 7, 64},  {32, 12, 128},
                             {33, 24, 9},   {64, 32, 128}, {70, 37, 11}, {128, 32, 64},
                             {10, 32, 128}, {100, 1, 300}};

template <class S>
void checkAll() {
    for (const GemmShape& s : kShapes)
        for (bool transposedB : {false, true}) {
            check<S>(s, transposedB, GemmMode::Assign, false);
            check<S>(s, transposedB, GemmMode::Assign, true);
            check<S>(s, transposedB, GemmMode::Accumulate, false);
        }
}

}  // namespace

template <class S>
void checkTranspose() {
    eqlab::Rng rng(11);
    const Index sizes[] = {1, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17, 31, 33, 128, 130};
    for (Index rows : sizes) {
        for (Index cols : sizes) {
            const Index lda = rows + 3, ldb = cols + 2;
            const Matrix<S> A = randomGemmMatrix<S>(lda, cols, rng);
            Matrix<S> B = Matrix<S>::Constant(ldb, rows, S(-7));
            transposeInto<S>(rows, cols, A.data(), lda, B.data(), ldb);
            const Matrix<S> expected = A.topRows(rows).transpose();
            QVERIFY2(B.topRows(cols) == expected,
                     qPrintable(QString("%1 x %2 transposed wrongly").arg(rows).arg(cols)));
            QVERIFY2((B.bottomRows(ldb - cols).array() == S(-7)).all(),
                     qPrintable(QString("%1 x %2 wrote past its columns").arg(rows).arg(cols)));
        }
    }
}

class TestSmallGemm : public QObject {
    Q_OBJECT

private slots:
    void againstReferenceDouble() { checkAll<double>(); }
    void againstReferenceFloat() { checkAll<float>(); }

    void transposeIsExact_data() {
        QTest::addColumn<bool>("inDouble");
        QTest::newRow("float") << false;
        QTest::newRow("double") << true;
    }
    void transposeIsExact() {
        QFETCH(bool, inDouble);
        inDouble ? checkTranspose<double>() : checkTranspose<float>();
    }

    // The sum runs over k in order, one FMA per term, whatever the tile: a column computed alone
    // (N = 1, the narrowest tile) equals the same column inside a wide product bit for bit.
    void columnsDoNotDependOnTheTile() {
        using S = float;
        eqlab::Rng rng(5);
        const Index M = 37, N = 29, K = 50;
        const Matrix<S> A = randomGemmMatrix<S>(M, K, rng), B = randomGemmMatrix<S>(K, N, rng);
        Matrix<S> C(M, N), c1(M, 1), scratch;
        smallGemm<S>(M, N, K, A.data(), M, B.data(), 1, K, C.data(), M, GemmMode::Assign, nullptr,
                     scratch);
        for (Index n = 0; n < N; ++n) {
            smallGemm<S>(M, 1, K, A.data(), M, B.col(n).data(), 1, K, c1.data(), M,
                         GemmMode::Assign, nullptr, scratch);
            QVERIFY(c1.col(0) == C.col(n));
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSmallGemm)
#include "test_small_gemm.moc"

// DirectConv (the register-tiled convolution under GroupConv2d) against a naive loop
// implementation of the same formula, in float and double, on shapes chosen to hit every tile
// boundary: output widths that are not multiples of the 6-pixel tile (and smaller than it),
// channel counts that are not multiples of the 2-vector channel tile, k·C_in not a multiple of the
// 6-row filter-gradient tile, 1×1 and 5×5 kernels, zero, positive, large (> k − 1) and negative
// (cropping) padding. Also the adjoint relation <conv(x), dy> = <x, convᵀ(dy)> that dL/dx
// relies on, and that filterGrad() accumulates. ExpandedConv (the layers' convolution) with each
// algorithm forced — direct, and Winograd F(2×2, 3×3) for the 3 × 3 shapes — against the same
// references for y, dL/dW and dL/dx.

#include <QTest>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/nn/direct_conv.h"
#include "compute/nn/expanded_conv.h"
#include "compute/nn/simd.h"
#include "suite/suite.h"

using namespace eqlab::nn;

namespace {

struct Shape {
    Index n, cin, cout, k, pad;
    Index m() const { return n + 2 * pad - k + 1; }
};

template <class S>
Matrix<S> randomMatrix(Index rows, Index cols, eqlab::Rng& rng) {
    Matrix<S> a(rows, cols);
    for (Index j = 0; j < cols; ++j)
        for (Index i = 0; i < rows; ++i)
            a(i, j) = S(rng.normal());
    return a;
}

// x(y, x, c) of one sample, zero outside the image.
template <class S>
S pixel(const S* img, const Shape& s, Index y, Index x, Index c) {
    if (y < 0 || y >= s.n || x < 0 || x >= s.n)
        return S(0);
    return img[(y * s.n + x) * s.cin + c];
}

// y(p, co) = b(co) + Σ W(co, (zy·k + zx)·C_in + ci) x(p + z − pad, ci), in long double.
template <class S>
Matrix<S> naiveForward(const Shape& s, const Matrix<S>& W, const Vector<S>& b, const Matrix<S>& X) {
    const Index m = s.m();
    Matrix<S> Y(m * m * s.cout, X.cols());
    for (Index j = 0; j < X.cols(); ++j)
        for (Index py = 0; py < m; ++py)
            for (Index px = 0; px < m; ++px)
                for (Index co = 0; co < s.cout; ++co) {
                    long double acc = b.size() ? b[co] : S(0);
                    for (Index zy = 0; zy < s.k; ++zy)
                        for (Index zx = 0; zx < s.k; ++zx)
                            for (Index ci = 0; ci < s.cin; ++ci)
                                acc +=
                                    (long double)W(co, (zy * s.k + zx) * s.cin + ci) *
                                    pixel(X.col(j).data(), s, py + zy - s.pad, px + zx - s.pad, ci);
                    Y((py * m + px) * s.cout + co, j) = S(acc);
                }
    return Y;
}

// dW(co, r) = Σ_{samples, p} dy(p, co) x(p + z − pad, ci).
template <class S>
Matrix<S> naiveFilterGrad(const Shape& s, const Matrix<S>& X, const Matrix<S>& dY) {
    const Index m = s.m();
    Matrix<S> dW(s.cout, s.k * s.k * s.cin);
    for (Index co = 0; co < s.cout; ++co)
        for (Index zy = 0; zy < s.k; ++zy)
            for (Index zx = 0; zx < s.k; ++zx)
                for (Index ci = 0; ci < s.cin; ++ci) {
                    long double acc = 0;
                    for (Index j = 0; j < X.cols(); ++j)
                        for (Index py = 0; py < m; ++py)
                            for (Index px = 0; px < m; ++px)
                                acc +=
                                    (long double)dY((py * m + px) * s.cout + co, j) *
                                    pixel(X.col(j).data(), s, py + zy - s.pad, px + zx - s.pad, ci);
                    dW(co, (zy * s.k + zx) * s.cin + ci) = S(acc);
                }
    return dW;
}

// dx(q, ci) = Σ_{p, z: p + z − pad = q} W(co, (zy·k + zx)·C_in + ci) dy(p, co).
template <class S>
Matrix<S> naiveInputGrad(const Shape& s, const Matrix<S>& W, const Matrix<S>& dY) {
    const Index m = s.m();
    Eigen::Matrix<long double, Eigen::Dynamic, Eigen::Dynamic> dX =
        Eigen::Matrix<long double, Eigen::Dynamic, Eigen::Dynamic>::Zero(s.n * s.n * s.cin,
                                                                         dY.cols());
    for (Index j = 0; j < dY.cols(); ++j)
        for (Index py = 0; py < m; ++py)
            for (Index px = 0; px < m; ++px)
                for (Index zy = 0; zy < s.k; ++zy)
                    for (Index zx = 0; zx < s.k; ++zx) {
                        const Index qy = py + zy - s.pad, qx = px + zx - s.pad;
                        if (qy < 0 || qy >= s.n || qx < 0 || qx >= s.n)
                            continue;
                        for (Index co = 0; co < s.cout; ++co)
                            for (Index ci = 0; ci < s.cin; ++ci)
                                dX((qy * s.n + qx) * s.cin + ci, j) +=
                                    (long double)W(co, (zy * s.k + zx) * s.cin + ci) *
                                    dY((py * m + px) * s.cout + co, j);
                    }
    return dX.cast<S>();
}

template <class S>
double relDiff(const Matrix<S>& a, const Matrix<S>& b) {
    return double((a - b).norm() / std::max(b.norm(), S(1e-30)));
}

template <class S>
constexpr double kTol = sizeof(S) == 4 ? 1e-5 : 1e-14;

// The table below; with kernel > 0 only its shapes of that kernel size.
void addShapes(int kernel = 0) {
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("cin");
    QTest::addColumn<int>("cout");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("pad");
    // {n, C_in, C_out, k, pad}
    const int shapes[][5] = {
        {16, 32, 32, 3, 1},  // the benchmark's group conv: full tiles in every direction
        {16, 1, 32, 5, 2},   // the benchmark's lifting conv: C_in = 1, k·C_in = 5
        {7, 3, 5, 3, 1},     // m = 7: one full and one 1-pixel tile; 5 channels: partial panel
        {13, 4, 17, 3, 1},   // m = 13 = 6 + 6 + 1; 17 channels: panels of 16 (8) + remainder
        {9, 2, 3, 5, 2},     // 5×5 kernel, k·C_in = 10 = 6 + 4
        {5, 7, 9, 1, 0},     // 1×1 kernel, no padding, m = 5 < one tile
        {6, 3, 4, 1, 0},     // 1×1, m = 6: exactly one tile
        {8, 2, 6, 3, 0},     // no padding: m = 6
        {4, 3, 2, 3, 3},     // padding > k − 1: the output is larger than the input (m = 8)
        {9, 2, 5, 3, -1},    // negative padding (crop), as in transposed geometries: m = 5
        {1, 2, 3, 1, 0},     // a single pixel
        {10, 3, 40, 3, 1},   // 40 channels: a full 512-bit float panel (32) + 8, or 5 of 8 (f64)
        {6, 2, 70, 3, 1},    // 70 = 64 + 6: two full float panels of 32 and a remainder
    };
    for (const auto& s : shapes)
        if (kernel == 0 || s[3] == kernel)
            QTest::newRow(qPrintable(QString("n%1 cin%2 cout%3 k%4 pad%5")
                                         .arg(s[0])
                                         .arg(s[1])
                                         .arg(s[2])
                                         .arg(s[3])
                                         .arg(s[4])))
                << s[0] << s[1] << s[2] << s[3] << s[4];
}

Shape fetchShape() {
    QFETCH(int, n);
    QFETCH(int, cin);
    QFETCH(int, cout);
    QFETCH(int, k);
    QFETCH(int, pad);
    return {n, cin, cout, k, pad};
}

template <class S>
void checkAgainstNaive(const Shape& s) {
    eqlab::Rng rng(17 + std::uint64_t(s.n * 131 + s.cin * 17 + s.cout * 7 + s.k + s.pad));
    const Index N = 3, m = s.m(), rows = s.k * s.k * s.cin;
    DirectConv<S> conv(s.n, s.cin, s.cout, s.k, s.pad);
    QCOMPARE(conv.outSize(), m);
    const Matrix<S> W = randomMatrix<S>(s.cout, rows, rng);
    const Vector<S> b = randomMatrix<S>(s.cout, 1, rng);
    const Matrix<S> X = randomMatrix<S>(s.n * s.n * s.cin, N, rng);
    const Matrix<S> dY = randomMatrix<S>(m * m * s.cout, N, rng);
    Matrix<S> scratch, scratch2;

    // Forward, with and without bias; the output is overwritten, not accumulated.
    for (bool withBias : {true, false}) {
        conv.setFilters(W, withBias ? b.data() : nullptr);
        Matrix<S> Y = Matrix<S>::Constant(m * m * s.cout, N, S(1e30));
        for (Index j = 0; j < N; ++j)
            conv.forward(X.col(j).data(), Y.col(j).data(), scratch);
        const double e = relDiff(Y, naiveForward(s, W, withBias ? b : Vector<S>(), X));
        QVERIFY2(e < kTol<S>, qPrintable(QString("forward (bias %1): %2").arg(withBias).arg(e)));
    }

    // Filter gradient summed over the samples; a second pass doubles it (it accumulates).
    Matrix<S> dW;
    conv.resetFilterGrad(dW);
    QCOMPARE(dW.rows(), conv.paddedOutChannels());
    QCOMPARE(dW.cols(), rows);
    for (Index j = 0; j < N; ++j)
        conv.filterGrad(X.col(j).data(), dY.col(j).data(), dW, scratch, scratch2);
    const Matrix<S> ref = naiveFilterGrad(s, X, dY);
    const Matrix<S> once = dW.topRows(s.cout);
    QVERIFY2(relDiff(once, ref) < kTol<S>, qPrintable(QString::number(relDiff(once, ref))));
    QVERIFY(dW.bottomRows(dW.rows() - s.cout).isZero(0));  // the padding channels stay zero
    for (Index j = 0; j < N; ++j)
        conv.filterGrad(X.col(j).data(), dY.col(j).data(), dW, scratch, scratch2);
    const Matrix<S> twice = dW.topRows(s.cout);
    QVERIFY(relDiff<S>(twice, S(2) * ref) < kTol<S>);
}

// ExpandedConv with `algorithm` forced: y, dL/dW (over 3 samples) and dL/dx against the loops.
template <class S>
void checkExpandedAgainstNaive(const Shape& s, ConvAlgorithm algorithm) {
    eqlab::Rng rng(5 + std::uint64_t(s.n * 131 + s.cin * 17 + s.cout * 7 + s.k + s.pad));
    const Index N = 3, m = s.m();
    ExpandedConv<S> conv(s.n, s.cin, s.cout, s.k, s.pad, algorithm);
    QVERIFY(conv.algorithm() == algorithm);
    conv.bank() = randomMatrix<S>(s.cout, s.k * s.k * s.cin, rng);
    conv.bias() = randomMatrix<S>(s.cout, 1, rng);
    conv.commit();
    const Matrix<S> X = randomMatrix<S>(s.n * s.n * s.cin, N, rng);
    const Matrix<S> dY = randomMatrix<S>(m * m * s.cout, N, rng);
    Matrix<S> buffers[ExpandedConv<S>::kBuffers];
    Matrix<S> Y, dX;
    conv.forward(X, Y, buffers);
    const double ey = relDiff(Y, naiveForward(s, conv.bank(), conv.bias(), X));
    QVERIFY2(ey < kTol<S>, qPrintable(QString("y: %1").arg(ey)));
    const Matrix<S>& panel = conv.backward(X, dY, &dX, buffers);
    const Matrix<S> dW = panel.topRows(s.cout);
    const double ew = relDiff(dW, naiveFilterGrad(s, X, dY));
    QVERIFY2(ew < kTol<S>, qPrintable(QString("dW: %1").arg(ew)));
    QVERIFY(panel.bottomRows(panel.rows() - s.cout).isZero(0));  // padding channels stay zero
    const double ex = relDiff(dX, naiveInputGrad(s, conv.bank(), dY));
    QVERIFY2(ex < kTol<S>, qPrintable(QString("dX: %1").arg(ex)));
}

}  // namespace

class TestDirectConv : public QObject {
    Q_OBJECT
private slots:
    void againstNaiveDouble_data() { addShapes(); }
    void againstNaiveDouble() { checkAgainstNaive<double>(fetchShape()); }
    void againstNaiveFloat_data() { addShapes(); }
    void againstNaiveFloat() { checkAgainstNaive<float>(fetchShape()); }

    // <conv(x), dy> = <x, convᵀ(dy)> with convᵀ the transposed geometry of GroupConv2d:
    // input m, channels swapped, kernel flipped, padding k − 1 − pad (negative when pad > k − 1).
    void adjoint_data() { addShapes(); }
    void adjoint() {
        const Shape s = fetchShape();
        using S = double;
        eqlab::Rng rng(99);
        const Index m = s.m(), kk = s.k * s.k;
        DirectConv<S> conv(s.n, s.cin, s.cout, s.k, s.pad);
        DirectConv<S> convT(m, s.cout, s.cin, s.k, s.k - 1 - s.pad);
        QCOMPARE(convT.outSize(), s.n);
        const Matrix<S> W = randomMatrix<S>(s.cout, kk * s.cin, rng);
        Matrix<S> WT(s.cin, kk * s.cout);
        for (Index z = 0; z < kk; ++z)
            WT.middleCols((kk - 1 - z) * s.cout, s.cout) =
                W.middleCols(z * s.cin, s.cin).transpose();
        conv.setFilters(W, nullptr);
        convT.setFilters(WT, nullptr);
        const Matrix<S> x = randomMatrix<S>(s.n * s.n * s.cin, 1, rng);
        const Matrix<S> dy = randomMatrix<S>(m * m * s.cout, 1, rng);
        Matrix<S> y(m * m * s.cout, 1), dx(s.n * s.n * s.cin, 1), scratch;
        conv.forward(x.data(), y.data(), scratch);
        convT.forward(dy.data(), dx.data(), scratch);
        const double lhs = y.cwiseProduct(dy).sum(), rhs = x.cwiseProduct(dx).sum();
        QVERIFY2(std::abs(lhs - rhs) <= 1e-12 * (y.norm() * dy.norm()),
                 qPrintable(QString("%1 vs %2").arg(lhs).arg(rhs)));
        QVERIFY(std::abs(lhs) > 1e-6);
    }

    void expandedDirect_data() { addShapes(); }
    void expandedDirect() {
        const Shape s = fetchShape();
        checkExpandedAgainstNaive<double>(s, ConvAlgorithm::Direct);
        checkExpandedAgainstNaive<float>(s, ConvAlgorithm::Direct);
    }
    void expandedWinograd_data() { addShapes(3); }  // F(2×2, 3×3) is for 3 × 3 kernels
    void expandedWinograd() {
        const Shape s = fetchShape();
        checkExpandedAgainstNaive<double>(s, ConvAlgorithm::Winograd);
        checkExpandedAgainstNaive<float>(s, ConvAlgorithm::Winograd);
    }

    // 3 × 3 kernels with at least max(8, one SIMD vector) channels each way go to Winograd;
    // nothing else does.
    void algorithmChoice() {
        const Index f = std::max<Index>(8, eqlab::nn::simd::Pack<float>::L),
                    d = std::max<Index>(8, eqlab::nn::simd::Pack<double>::L);
        QVERIFY(chooseConvAlgorithm<float>(3, f, f) == ConvAlgorithm::Winograd);
        QVERIFY(chooseConvAlgorithm<float>(3, 64, 2 * f) == ConvAlgorithm::Winograd);
        QVERIFY(chooseConvAlgorithm<float>(3, f - 1, 64) == ConvAlgorithm::Direct);
        QVERIFY(chooseConvAlgorithm<double>(3, d, d) == ConvAlgorithm::Winograd);
        QVERIFY(chooseConvAlgorithm<double>(3, 64, d - 1) == ConvAlgorithm::Direct);
        QVERIFY(chooseConvAlgorithm<double>(3, 7, 7) == ConvAlgorithm::Direct);
        QVERIFY(chooseConvAlgorithm<double>(5, 64, 64) == ConvAlgorithm::Direct);
        QVERIFY(chooseConvAlgorithm<double>(1, 64, 64) == ConvAlgorithm::Direct);
        QVERIFY(ExpandedConv<double>(8, d, d, 3, 1).algorithm() == ConvAlgorithm::Winograd);
        QVERIFY(ExpandedConv<double>(8, d, d, 5, 2).algorithm() == ConvAlgorithm::Direct);
        QVERIFY_THROWS_EXCEPTION(eqlab::Error,
                                 ExpandedConv<float>(8, 8, 8, 5, 2, ConvAlgorithm::Winograd));
    }

    void rejectsEmptyOutput() {
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, DirectConv<float>(3, 1, 1, 5, 0));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, DirectConv<float>(5, 0, 1, 3, 1));
        DirectConv<float> conv(5, 2, 3, 3, 1);
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, conv.setFilters(Matrix<float>(3, 17), nullptr));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestDirectConv)
#include "test_direct_conv.moc"

// Orientation stacks (compute/nn/orient_conv.h): exact equivariance to every quarter turn for
// N = 4, 8, 16 (output orientation axis rolled by N/4 per quarter turn), only approximate
// equivariance at 360°/N off the quarter turns, gradients against finite differences, the disc
// and the parameter count, float against double.

#include <QTest>

#include "compute/core/error.h"
#include "compute/data/image_transform.h"
#include "compute/nn/activation.h"
#include "compute/nn/orient_conv.h"
#include "gradcheck.h"
#include "model_helpers.h"
#include "suite/suite.h"

using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;

using eqlab::tests::randomParams;
using eqlab::tests::relDiff;

namespace {

// lift (C_in -> 3) -> relu -> orient-conv (3 -> 2) on n × n images, N orientations, kernel k.
template <class S>
Model<S> stack(Index N, Index n, Index cin, Index k) {
    std::vector<LayerPtr<S>> l;
    l.push_back(std::make_unique<OrientConv2d<S>>(N, true, cin, 3, n, k, k / 2));
    l.push_back(std::make_unique<Pointwise<S>>(Activation::ReLU, 3 * N * n * n));
    l.push_back(std::make_unique<OrientConv2d<S>>(N, false, 3, 2, n, k, k / 2));
    return Model<S>(std::move(l));
}

Mat run(const Model<D>& m, const Mat& X) {
    Mat Y;
    Cache<D> c;
    m.forward(X, Y, c);
    return Y;
}

// The action of a rotation by `degrees` on an orientation stack of `channels`·N maps: the pixels
// rotated (bilinear, exact at quarter turns) and the orientation axis rolled by `shift`:
// out(o, r) = in(o, r − shift).
Mat actOnStack(const Mat& Y, Index n, Index channels, Index N, double degrees, Index shift) {
    const Mat moved = eqlab::data::rotateImages(Y, int(n), int(channels * N), degrees);
    Mat out(moved.rows(), moved.cols());
    for (Index p = 0; p < n * n; ++p)
        for (Index o = 0; o < channels; ++o)
            for (Index r = 0; r < N; ++r)
                out.row((p * channels + o) * N + r) =
                    moved.row((p * channels + o) * N + ((r - shift) % N + N) % N);
    return out;
}

}  // namespace

class TestOrientConv : public QObject {
    Q_OBJECT
private slots:
    void quarterTurnsAreExact_data() {
        QTest::addColumn<int>("N");
        QTest::addColumn<int>("kernel");
        QTest::newRow("N4 k5") << 4 << 5;
        QTest::newRow("N8 k5") << 8 << 5;
        QTest::newRow("N16 k5") << 16 << 5;
        QTest::newRow("N8 k3") << 8 << 3;
        QTest::newRow("N12 k7") << 12 << 7;
    }
    // f(R_q x) = roll_{qN/4} R_q f(x) for q = 1, 2, 3 to round-off, with the net's orientation
    // axis rolled; without the roll (the wrong action) the error is of order one.
    void quarterTurnsAreExact() {
        QFETCH(int, N);
        QFETCH(int, kernel);
        const Index n = 9, cin = 2;
        Model<D> m = stack<D>(N, n, cin, kernel);
        randomParams(m, 7);
        eqlab::Rng rng(3);
        const Mat X = gradcheck::randomMatrix(m.inDim(), 3, rng);
        const Mat Y = run(m, X);
        for (int q = 1; q < 4; ++q) {
            const Mat Yr = run(m, eqlab::data::rotateImages(X, int(n), int(cin), 90.0 * q));
            const double err = relDiff(Yr, actOnStack(Y, n, 2, N, 90.0 * q, q * N / 4));
            QVERIFY2(err < 1e-13, qPrintable(QString("q=%1 error %2").arg(q).arg(err)));
            const double wrong = relDiff(Yr, actOnStack(Y, n, 2, N, 90.0 * q, 0));
            QVERIFY2(wrong > 0.1, qPrintable(QString("unrolled error %1").arg(wrong)));
        }
    }

    // At 360°/N off the quarter turns (45° for N = 8, 22.5° for N = 16) the rotated filters are
    // exact in the continuum but the grid is not rotated: the error is nonzero (a 5 × 5 filter
    // interpolated bilinearly at 45° is some 15% off its continuous rotation) but far smaller
    // than without the roll by one orientation. Smooth oriented filters on a smooth, compact
    // image (away from the corners that leave the grid).
    void offGridTurnsAreApproximate() {
        for (const int N : {8, 16}) {
            const Index n = 31, k = 5;
            std::vector<LayerPtr<D>> l;
            l.push_back(std::make_unique<OrientConv2d<D>>(N, true, 1, 2, n, k, k / 2));
            Model<D> m(std::move(l));
            // Two derivative-of-Gaussian filters on the disc, in centred coordinates (y up).
            Index p = 0;
            const Index P = dynamic_cast<const OrientConv2d<D>&>(m.net().layer(0)).discPixels();
            for (Index zy = 0; zy < k; ++zy)
                for (Index zx = 0; zx < k; ++zx) {
                    const double u = double(zx - 2), v = double(2 - zy);
                    if (4 * (u * u + v * v) > k * k)
                        continue;
                    const double g = std::exp(-(u * u + v * v) / 4.0);
                    m.params()[p] = u * g;
                    m.params()[P + p] = (u + 2 * v) * g;
                    ++p;
                }
            m.params()[2 * P] = m.params()[2 * P + 1] = 0.0;  // no bias
            m.prepare();
            Mat X(n * n, 1);
            for (Index y = 0; y < n; ++y)
                for (Index x = 0; x < n; ++x) {
                    const double u = double(x) - 15, v = double(y) - 15;
                    X(y * n + x, 0) = std::exp(-(u * u + 0.5 * v * v) / 12.0);
                }
            const double deg = 360.0 / N;
            const Mat Yr = run(m, eqlab::data::rotateImages(X, int(n), 1, deg));
            const Mat Y = run(m, X);
            const double err = relDiff(Yr, actOnStack(Y, n, 2, N, deg, 1));
            const double unrolled = relDiff(Yr, actOnStack(Y, n, 2, N, deg, 0));
            qInfo("N=%d at %g degrees: error %.3g, unrolled %.3g", N, deg, err, unrolled);
            QVERIFY2(err > 1e-3 && err < 0.25 && err < 0.5 * unrolled,
                     qPrintable(QString("N=%1: %2 (unrolled %3)").arg(N).arg(err).arg(unrolled)));
        }
    }

    // The rotated copies are the bilinear rotations of data/image_transform.h applied to the filter
    // as a k × k image (zero off the disc), then cut to the disc: every r for N = 8, 16, 6.
    void rotatedFiltersAreBilinearRotations() {
        for (const int N : {8, 16, 6}) {
            const Index k = 7, h = 3;
            std::vector<LayerPtr<D>> l;
            l.push_back(std::make_unique<OrientConv2d<D>>(N, true, 1, 1, 9, k, h, false));
            Model<D> m(std::move(l));
            randomParams(m, 5);
            const auto& layer = dynamic_cast<const OrientConv2d<D>&>(m.net().layer(0));
            Mat image = Mat::Zero(k * k, 1);
            Index p = 0;
            for (Index z = 0; z < k * k; ++z) {
                const Index u = z % k - h, v = h - z / k;
                if (4 * (u * u + v * v) <= k * k)
                    image(z, 0) = m.params()[p++];
            }
            QCOMPARE(p, layer.discPixels());
            for (int r = 0; r < N; ++r) {
                const Mat turned = eqlab::data::rotateImages(image, int(k), 1, 360.0 * r / N);
                for (Index z = 0; z < k * k; ++z) {
                    const Index u = z % k - h, v = h - z / k;
                    const double expect = 4 * (u * u + v * v) <= k * k ? turned(z, 0) : 0.0;
                    QVERIFY2(std::abs(layer.expandedFilters()(r, z) - expect) < 1e-13,
                             qPrintable(QString("N=%1 r=%2 pixel %3").arg(N).arg(r).arg(z)));
                }
            }
        }
    }

    void gradients_data() {
        QTest::addColumn<bool>("lifting");
        QTest::addColumn<int>("N");
        QTest::newRow("lift N8") << true << 8;
        QTest::newRow("conv N8") << false << 8;
        QTest::newRow("conv N4") << false << 4;
        QTest::newRow("conv N3") << false << 3;
    }
    void gradients() {
        QFETCH(bool, lifting);
        QFETCH(int, N);
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<OrientConv2d<D>>(N, lifting, 2, 3, 6, 5, 1));
        Model<D> model(std::move(l));
        const auto r = gradcheck::check(model, 2, 5);
        QVERIFY2(r.paramError < 1e-7, qPrintable(QString::number(r.paramError)));
        QVERIFY2(r.inputError < 1e-7, qPrintable(QString::number(r.inputError)));
    }

    // The disc |z| ≤ k/2: 9 of 9 pixels for k = 3, 21 of 25 for k = 5, 37 of 49 for k = 7; the
    // parameters are C_out·C_in·N_in·P + C_out. The expanded filters are zero off the disc.
    void discAndParameterCount() {
        const int P[] = {9, 21, 37};
        for (int i = 0; i < 3; ++i) {
            const Index k = 3 + 2 * i;
            OrientConv2d<D> lift(8, true, 2, 4, 9, k, k / 2);
            QCOMPARE(lift.discPixels(), Index(P[i]));
            QCOMPARE(lift.paramCount(), Index(4 * 2 * P[i] + 4));
            OrientConv2d<D> conv(8, false, 4, 3, 9, k, k / 2);
            QCOMPARE(conv.paramCount(), Index(3 * 4 * 8 * P[i] + 3));
        }
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<OrientConv2d<D>>(16, true, 1, 2, 9, 5, 2));
        Model<D> m(std::move(l));
        randomParams(m, 2);
        const auto& layer = dynamic_cast<const OrientConv2d<D>&>(m.net().layer(0));
        const Mat& W = layer.expandedFilters();
        for (Index z : {Index(0), Index(4), Index(20), Index(24)})  // the four corners
            QCOMPARE(W.col(z).cwiseAbs().maxCoeff(), 0.0);
        QVERIFY(W.col(12).cwiseAbs().minCoeff() > 0.0);  // the centre, in every orientation
    }

    // With one orientation the lift is a plain convolution: rotation 0 is the identity on the
    // disc, so the expanded filter is the parameters placed on their pixels.
    void oneOrientationIsPlainConvolution() {
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<OrientConv2d<D>>(1, true, 1, 1, 7, 3, 1, false));
        Model<D> m(std::move(l));
        randomParams(m, 4);
        const auto& layer = dynamic_cast<const OrientConv2d<D>&>(m.net().layer(0));
        for (Index z = 0; z < 9; ++z)
            QCOMPARE(layer.expandedFilters()(0, z), m.params()[z]);
    }

    void floatMatchesDouble() {
        Model<D> md = stack<D>(8, 7, 1, 5);
        Model<float> mf = stack<float>(8, 7, 1, 5);
        randomParams(md, 9);
        for (Index i = 0; i < md.paramCount(); ++i)
            mf.params()[i] = float(md.params()[i]);
        mf.prepare();
        eqlab::Rng rng(1);
        const Mat X = gradcheck::randomMatrix(md.inDim(), 2, rng);
        Matrix<float> Yf;
        Cache<float> c;
        mf.forward(X.cast<float>(), Yf, c);
        QVERIFY(relDiff(Yf.cast<double>(), run(md, X)) < 1e-5);
    }

    void badArguments() {
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, OrientConv2d<D>(8, true, 1, 1, 9, 4, 1));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, OrientConv2d<D>(0, true, 1, 1, 9, 3, 1));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, OrientConv2d<D>(8, true, 1, 1, 3, 7, 0));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestOrientConv)
#include "test_orient_conv.moc"

// Neural group actions N_g = Φ⁻¹ ∘ P(g) ∘ Φ: N_e = id and N_g ∘ N_h = N_gh for ALL pairs of
// several catalogue groups and actions, to 1e-10 relative in double for random weights (float:
// 1e-5); Q8 on R⁴ as maps (i⁴ = 1, i² = j² = k² = ijk ≠ 1); volume preservation with additive
// couplings (log|det J| exactly 0, |det J| = 1 by a central-difference Jacobian); log|det J| of
// affine couplings against the numerical Jacobian; gradients; clear errors for unfaithful or
// non-signed-permutation actions and bad element indices.

#include <Eigen/LU>
#include <QTest>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/nn/coupling_stack.h"
#include "compute/nn/group_action.h"
#include "flow_checks.h"
#include "model_helpers.h"
#include "suite/suite.h"
#include "unit/error_of.h"

using namespace eqlab::nn;
namespace groups = eqlab::groups;
using D = double;
using Mat = Matrix<D>;

using eqlab::tests::errorOf;
using eqlab::tests::single;

namespace {

groups::Representation action(const char* group, const char* rep) {
    return groups::makeRepresentation(groups::makeGroup(group), rep);
}

std::unique_ptr<NeuralGroupAction<D>> nga(const groups::Representation& rep, bool affine,
                                          int couplings = 4) {
    CouplingStackSpec spec;
    spec.dim = rep.dim();
    spec.couplings = couplings;
    spec.hidden = 6;
    spec.kind = affine ? CouplingKind::Affine : CouplingKind::Additive;
    return std::make_unique<NeuralGroupAction<D>>(makeCouplingStack<D>(spec), rep);
}

// N_g(X) for a batch X (d × n).
Mat apply(Model<D>& m, int g, const Mat& X) {
    return m.predict(withElement(X, g));
}

}  // namespace

class TestGroupAction : public QObject {
    Q_OBJECT
private slots:
    void groupLaw_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<bool>("affine");
        const char* cases[][2] = {{"C2", "std"},       {"C4", "std"},  {"D4", "std"},
                                  {"V4", "std"},       {"Q8", "std"},  {"S3", "perm"},
                                  {"S3", "perm+sign"}, {"C5", "perm"}, {"C3", "regular"}};
        for (const auto& c : cases)
            for (bool affine : {false, true})
                QTest::newRow(
                    qPrintable(QString("%1 %2 %3").arg(c[0], c[1], affine ? "affine" : "additive")))
                    << QString(c[0]) << QString(c[1]) << affine;
    }
    // N_e = id and N_g(N_h x) = N_gh(x) for every pair, while N_g is not the linear P(g).
    void groupLaw() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        QFETCH(bool, affine);
        const auto P = action(qPrintable(group), qPrintable(rep));
        const auto& G = P.group();
        Model<D> model = single(nga(P, affine));
        flowcheck::randomParams(model, 11, 0.6);
        eqlab::Rng rng(12);
        const Mat X = gradcheck::randomMatrix(P.dim(), 8, rng, 1.5);
        std::vector<Mat> N(static_cast<std::size_t>(G.order()));
        for (int g = 0; g < G.order(); ++g)
            N[static_cast<std::size_t>(g)] = apply(model, g, X);
        QVERIFY2(gradcheck::relError(N[0], X) <= 1e-10,
                 qPrintable(QString("N_e: %1").arg(gradcheck::relError(N[0], X))));
        for (int g = 1; g < G.order(); ++g)  // faithful: no other element acts as the identity
            QVERIFY((N[static_cast<std::size_t>(g)] - X).norm() > 1e-2 * X.norm());
        double worst = 0, farFromLinear = 0;
        for (int h = 0; h < G.order(); ++h) {
            farFromLinear =
                std::max(farFromLinear, (N[static_cast<std::size_t>(h)] - P.matrix(h) * X).norm());
            for (int g = 0; g < G.order(); ++g) {
                const Mat gh = apply(model, g, N[static_cast<std::size_t>(h)]);
                worst = std::max(
                    worst, gradcheck::relError(gh, N[static_cast<std::size_t>(G.multiply(g, h))]));
            }
        }
        QVERIFY2(worst <= 1e-10, qPrintable(QString("group law: %1").arg(worst)));
        QVERIFY(farFromLinear > 1e-2 * X.norm());
    }

    void groupLawInFloat() {
        const auto P = action("Q8", "std");
        CouplingStackSpec spec;
        spec.hidden = 8;
        spec.identityInit = false;  // random Φ: the check must not be trivial
        std::vector<LayerPtr<float>> l;
        l.push_back(std::make_unique<NeuralGroupAction<float>>(makeCouplingStack<float>(spec), P));
        Model<float> model(std::move(l));
        model.initialize(5);
        eqlab::Rng rng(6);
        const Matrix<float> X = gradcheck::randomMatrix(4, 16, rng).cast<float>();
        double worst = 0;
        for (int g = 0; g < 8; ++g)
            for (int h = 0; h < 8; ++h) {
                const Matrix<float> a =
                    model.predict(withElement<float>(model.predict(withElement<float>(X, h)), g));
                const Matrix<float> b =
                    model.predict(withElement<float>(X, P.group().multiply(g, h)));
                worst = std::max(worst, double((a - b).norm() / X.norm()));
            }
        QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst)));
    }

    // With identityInit (the default) Φ starts as the identity, so N_g starts as the linear P(g).
    void identityInitStartsLinear() {
        for (const char* group : {"D4", "Q8"}) {  // R², and R⁴ where riffles are used
            const auto P = action(group, "std");
            Model<D> model = single(nga(P, true, 6));
            model.initialize(9);
            QVERIFY(model.params().norm() > 0.1);  // the first dense layers are not zero
            eqlab::Rng rng(10);
            const Mat X = gradcheck::randomMatrix(P.dim(), 5, rng);
            for (int g = 0; g < P.group().order(); ++g)
                QCOMPARE(apply(model, g, X), Mat(P.matrix(g) * X));
        }
    }

    // The paper's demonstration: Q8 acting on R⁴. As maps, i⁴ = 1 and i² = j² = k² = ijk, and
    // i² = −1 is NOT the identity map.
    void quaternionRelations() {
        const auto P = action("Q8", "std");
        const auto& G = P.group();
        const int i = G.generators()[0], j = G.generators()[1], k = G.multiply(i, j);
        Model<D> model = single(nga(P, false));
        flowcheck::randomParams(model, 21, 0.6);
        eqlab::Rng rng(22);
        const Mat X = gradcheck::randomMatrix(4, 12, rng, 1.5);
        auto N = [&](int g, const Mat& x) { return apply(model, g, x); };
        const Mat i2 = N(i, N(i, X));
        QVERIFY(gradcheck::relError(N(i, N(i, i2)), X) <= 1e-10);        // i⁴ = 1
        QVERIFY(gradcheck::relError(N(j, N(j, X)), i2) <= 1e-10);        // j² = i²
        QVERIFY(gradcheck::relError(N(k, N(k, X)), i2) <= 1e-10);        // k² = i²
        QVERIFY(gradcheck::relError(N(i, N(j, N(k, X))), i2) <= 1e-10);  // ijk = i²
        QVERIFY((i2 - X).norm() > 0.1 * X.norm());                       // −1 ≠ 1 as a map
        QVERIFY((i2 + X).norm() > 1e-2 * X.norm());  // and it is not the linear −x either
    }

    // Volume preservation: with additive couplings log|det J_{N_g}| is exactly 0 and the
    // numerical Jacobian has |det| = 1; with affine couplings the layer's log|det J| matches the
    // numerical one (and is not 0).
    void volume_data() {
        QTest::addColumn<bool>("affine");
        QTest::newRow("additive") << false;
        QTest::newRow("affine") << true;
    }
    void volume() {
        QFETCH(bool, affine);
        const auto P = action("Q8", "std");
        auto owned = nga(P, affine);
        const NeuralGroupAction<D>& layer = *owned;
        QCOMPARE(layer.volumePreserving(), !affine);
        Model<D> model = single(std::move(owned));
        flowcheck::randomParams(model, 31, 0.5);
        eqlab::Rng rng(32);
        const Mat X = gradcheck::randomMatrix(4, 3, rng);
        double worstDet = 0, worstLog = 0, largestLog = 0;
        for (int g = 0; g < 8; ++g) {
            Cache<D> cache;
            Mat Y, ld;
            model.forward(withElement(X, g), Y, cache);
            layer.logDet(cache.sub[0], ld);
            if (!affine)
                QCOMPARE(ld.cwiseAbs().maxCoeff(), 0.0);
            largestLog = std::max(largestLog, ld.cwiseAbs().maxCoeff());
            for (Index s = 0; s < X.cols(); ++s) {
                const Mat J =
                    flowcheck::jacobian([&](const Mat& x) { return apply(model, g, x); }, X.col(s));
                const double det = J.determinant();
                worstDet = std::max(worstDet, std::abs(std::abs(det) - 1.0));
                worstLog = std::max(worstLog, std::abs(std::log(std::abs(det)) - ld(0, s)));
            }
        }
        QVERIFY2(worstLog <= 1e-7, qPrintable(QString::number(worstLog)));
        if (!affine)
            QVERIFY2(worstDet <= 1e-7, qPrintable(QString::number(worstDet)));
        else
            QVERIFY(largestLog > 1e-3);
    }

    void gradients_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<bool>("affine");
        QTest::newRow("Q8 std additive") << "Q8"
                                         << "std" << false;
        QTest::newRow("Q8 std affine") << "Q8"
                                       << "std" << true;
        QTest::newRow("S3 perm affine") << "S3"
                                        << "perm" << true;
        QTest::newRow("C4 std additive") << "C4"
                                         << "std" << false;
    }
    void gradients() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        QFETCH(bool, affine);
        const auto P = action(qPrintable(group), qPrintable(rep));
        Model<D> model = single(nga(P, affine, 3));
        flowcheck::randomParams(model, 41, 0.5);
        eqlab::Rng rng(42);
        const Index n = 5;
        Mat X(P.dim() + 1, n);
        X.topRows(P.dim()) = gradcheck::randomMatrix(P.dim(), n, rng);
        for (Index j = 0; j < n; ++j)
            X(P.dim(), j) = double(rng.below(static_cast<std::uint64_t>(P.group().order())));
        const auto r = flowcheck::checkAt(model, X, P.dim(), 43);
        QVERIFY2(r.paramError < 1e-6, qPrintable(QString::number(r.paramError)));
        QVERIFY2(r.inputError < 1e-6, qPrintable(QString::number(r.inputError)));
    }

    void rejections() {
        // C3 'std' rotates by 120°: not a signed permutation.
        std::string e = errorOf([] { nga(action("C3", "std"), false); });
        QVERIFY2(e.find("'std' of C3") != std::string::npos &&
                     e.find("not a signed permutation") != std::string::npos,
                 e.c_str());
        // S3 'sign' is a signed permutation of R¹ but the 3-cycles act trivially.
        e = errorOf([] {
            CouplingStackSpec spec;
            spec.dim = 2;
            NeuralGroupAction<D>(makeCouplingStack<D>(spec), action("S3", "sign+sign"));
        });
        QVERIFY2(e.find("not faithful") != std::string::npos, e.c_str());
        // dimension mismatch
        e = errorOf([] {
            CouplingStackSpec spec;
            spec.dim = 3;
            NeuralGroupAction<D>(makeCouplingStack<D>(spec), action("Q8", "std"));
        });
        QVERIFY2(e.find("dimension 4") != std::string::npos, e.c_str());
        // element indices that are not elements
        Model<D> model = single(nga(action("Q8", "std"), false));
        model.initialize(1);
        for (double bad : {2.5, 8.0, -1.0}) {
            Mat X = Mat::Zero(5, 3);
            X(4, 2) = bad;
            e = errorOf([&] { model.predict(X); });
            QVERIFY2(e.find("sample 2") != std::string::npos &&
                         e.find("0..7 of Q8") != std::string::npos,
                     e.c_str());
        }
        e = errorOf([&] { model.predict(Mat::Zero(4, 1)); });
        QVERIFY2(e.find("input") != std::string::npos, e.c_str());
    }
};

EQLAB_TEST_APPLESS_MAIN(TestGroupAction)
#include "test_group_action.moc"

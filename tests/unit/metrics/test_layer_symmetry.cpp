// Symmetry metrics per layer: the |G| × layers table is round-off for a G-CNN (with the feature
// maps' representation inferred per layer) and clearly nonzero for an MLP; a C4-CNN measured
// against D4 breaks the flips; the error over a continuous angle is round-off at multiples of
// 90° and clearly positive at 45°; orbit embeddings collapse at invariant layers and keep the
// orbit's distances where the layer has at most three dimensions. The symmetry audit turns errors
// per element into errors per subgroup and finds the largest respected subgroups up to conjugacy.

#include <QTest>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/core/rng.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/metrics/layer_orbits.h"
#include "compute/metrics/layer_representations.h"
#include "compute/metrics/layer_symmetry.h"
#include "compute/metrics/rotation_curve.h"
#include "compute/metrics/symmetry_audit.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/group_average.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/pooling.h"
#include "compute/nn/sequential.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::nn;
using namespace eqlab::metrics;
using D = double;

namespace {

// The lattice index of the subgroup with these sorted elements (-1 when none).
int subgroupIndex(const groups::SubgroupLattice& l, const std::vector<int>& elements) {
    for (size_t i = 0; i < l.subgroups.size(); ++i) {
        if (l.subgroups[i].elements == elements)
            return static_cast<int>(i);
    }
    return -1;
}

constexpr int kN = 7;  // image size

// lift 1 -> 4 (3x3, pad 1), ReLU, group conv 4 -> 4 (3x3, pad 1), ReLU, max over the group,
// mean over pixels, dense 4 -> 3.
Model<D> gcnn(PlanarGroup group) {
    const Index P = kN * kN, G = planarGroupOrder(group);
    std::vector<LayerPtr<D>> l;
    l.push_back(std::make_unique<GroupConv2d<D>>(group, true, 1, 4, kN, 3, 1));
    l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, P * 4 * G));
    l.push_back(std::make_unique<GroupConv2d<D>>(group, false, 4, 4, kN, 3, 1));
    l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, P * 4 * G));
    l.push_back(std::make_unique<GroupPool<D>>(PoolKind::Max, 4, G, P));
    l.push_back(std::make_unique<GlobalAvgPool<D>>(4, P));
    l.push_back(std::make_unique<Dense<D>>(4, 3));
    Model<D> m(std::move(l));
    m.initialize(3);
    return m;
}

LayerPtr<D> mlpLayers(Index in, Index hidden, Index out) {
    std::vector<LayerPtr<D>> l;
    l.push_back(std::make_unique<Dense<D>>(in, hidden));
    l.push_back(std::make_unique<Pointwise<D>>(Activation::Tanh, hidden));
    l.push_back(std::make_unique<Dense<D>>(hidden, out));
    return std::make_unique<Sequential<D>>(std::move(l));
}

Model<D> mlp() {
    std::vector<LayerPtr<D>> l;
    l.push_back(std::make_unique<Dense<D>>(kN * kN, 16));
    l.push_back(std::make_unique<Pointwise<D>>(Activation::Tanh, 16));
    l.push_back(std::make_unique<Dense<D>>(16, 3));
    Model<D> m(std::move(l));
    m.initialize(4);
    return m;
}

Model<D> averagedMlp(const groups::Representation& grid) {
    std::vector<LayerPtr<D>> l;
    l.push_back(GroupAverage<D>::invariant(mlpLayers(kN * kN, 16, 3), grid));
    Model<D> m(std::move(l));
    m.initialize(4);
    return m;
}

Eigen::MatrixXd images(int n) {
    Rng rng(12);
    Eigen::MatrixXd X(kN * kN, n);
    for (Eigen::Index i = 0; i < X.size(); ++i)
        X(i) = rng.uniform();
    return X;
}

groups::Representation grid(const char* group) {
    return groups::gridRep(groups::makeGroup(group), kN);
}

}  // namespace

class TestLayerSymmetry : public QObject {
    Q_OBJECT
private slots:
    // The inferred feature-map representations are homomorphisms of the catalogue group.
    void inferredRepresentations() {
        const Model<D> net = gcnn(PlanarGroup::D4);
        const auto reps = layerRepresentations(net.net(), grid("D4"));
        QCOMPARE(int(reps.size()), 7);
        for (const auto& r : reps) {
            QVERIFY(r.has_value());
            QVERIFY(groups::homomorphismError(*r) == 0.0);
        }
        QVERIFY(!actsTrivially(*reps[3]));
        QVERIFY(actsTrivially(*reps[5]) && actsTrivially(*reps[6]));
        // C4 ⊂ D4: a D4 layer is C4-equivariant too; D4 acts on a C4 layer's maps through the
        // cosets C4 ≅ D4/{e, f}, a homomorphism as well.
        for (const auto& r : layerRepresentations(net.net(), grid("C4")))
            QVERIFY(r.has_value());
        for (const auto& r : layerRepresentations(gcnn(PlanarGroup::C4).net(), grid("D4"))) {
            QVERIFY(r.has_value());
            QVERIFY(groups::homomorphismError(*r) == 0.0);
        }
        // An MLP's layers carry none.
        for (const auto& r : layerRepresentations(mlp().net(), grid("D4")))
            QVERIFY(!r.has_value());
    }

    void gcnnTableIsRoundOff_data() {
        QTest::addColumn<int>("layerGroup");  // 0 C4, 1 D4
        QTest::addColumn<QString>("group");
        QTest::newRow("D4-CNN, D4") << 1 << "D4";
        QTest::newRow("D4-CNN, C4") << 1 << "C4";
        QTest::newRow("C4-CNN, C4") << 0 << "C4";
    }
    void gcnnTableIsRoundOff() {
        QFETCH(int, layerGroup);
        QFETCH(QString, group);
        const Model<D> net = gcnn(layerGroup ? PlanarGroup::D4 : PlanarGroup::C4);
        const auto G = groups::makeGroup(group.toStdString());
        const auto table = layerSymmetryTable(net, groups::gridRep(G, kN), images(6));
        QCOMPARE(table.error.rows(), Eigen::Index(G->order()));
        QCOMPARE(table.error.cols(), Eigen::Index(7));
        QCOMPARE(table.elementLabels[1], std::string("r"));
        for (bool e : table.equivariance)
            QVERIFY(e);
        qInfo("max over elements and layers: %.2e", table.error.maxCoeff());
        QVERIFY(table.error.maxCoeff() <= 1e-14);
    }

    // A plain MLP: every layer, every non-identity element, clearly nonzero.
    void mlpTableIsNonzero() {
        const auto table = layerSymmetryTable(mlp(), grid("D4"), images(6));
        for (bool e : table.equivariance)
            QVERIFY(!e);
        QCOMPARE(table.error.row(0).norm(), 0.0);
        const double smallest = table.error.bottomRows(7).minCoeff();
        qInfo("smallest invariance error of an MLP layer: %.3f", smallest);
        QVERIFY(smallest > 1e-2);
        const Eigen::VectorXd mean = table.meanOverElements();
        QCOMPARE(mean.size(), Eigen::Index(3));
        QVERIFY(mean.minCoeff() > 1e-2);
    }

    // A C4-CNN measured against D4: every layer is exact for the rotations and breaks the
    // mirrors (the maps carry D4's action on the cosets of {e, f}), the invariant output too.
    void c4NetUnderFlips() {
        const auto table = layerSymmetryTable(gcnn(PlanarGroup::C4), grid("D4"), images(6));
        for (Eigen::Index l = 0; l < table.error.cols(); ++l) {
            QVERIFY(table.equivariance[static_cast<std::size_t>(l)]);
            for (int g = 0; g < 8; ++g) {
                const double e = table.error(g, l);
                if (g < 4)
                    QVERIFY2(e <= 1e-14,
                             qPrintable(QString("layer %1, r^%2: %3").arg(l).arg(g).arg(e)));
                else
                    QVERIFY2(e > 1e-3,
                             qPrintable(QString("layer %1, flip %2: %3").arg(l).arg(g).arg(e)));
            }
        }
    }

    // The coset action is the right one: with mirror-symmetric lifting filters (ψ(f·z) = ψ(z))
    // the C4 lifting layer and its ReLU are exactly mirror-equivariant under it; the group conv
    // after them, with generic filters, is not.
    void c4LiftingWithSymmetricFiltersIsMirrorEquivariant() {
        Model<D> net = gcnn(PlanarGroup::C4);
        constexpr int k = 3, filters = 4;  // lifting weight [4, 1, 3, 3] first in params()
        Eigen::VectorXd& w = net.params();
        for (int o = 0; o < filters; ++o)
            for (int zy = 0; zy < k; ++zy)
                for (int zx = 0; zx < k; ++zx) {
                    const auto m = planarActOnPixel(4, zx, zy, k);
                    const Eigen::Index a = o * k * k + zy * k + zx, b = o * k * k + m[1] * k + m[0];
                    const double mean = 0.5 * (w(a) + w(b));
                    w(a) = w(b) = mean;
                }
        net.prepare();
        const auto table = layerSymmetryTable(net, grid("D4"), images(6));
        qInfo("lifting, mirrors: max %.2e; group conv, mirrors: min %.2e",
              table.error.col(0).maxCoeff(), table.error.col(2).bottomRows(4).minCoeff());
        QVERIFY(table.error.col(0).maxCoeff() <= 1e-14);
        QVERIFY(table.error.col(1).maxCoeff() <= 1e-14);
        QVERIFY(table.error.col(2).bottomRows(4).minCoeff() > 1e-3);
    }

    void averagedNetIsExact() {
        const auto g = grid("D4");
        const auto table = layerSymmetryTable(averagedMlp(g), g, images(6));
        QCOMPARE(table.error.cols(), Eigen::Index(1));
        QVERIFY(table.equivariance[0]);
        QVERIFY(table.error.maxCoeff() <= 1e-14);
    }

    // Exact at 0/90/180/270° for invariant nets, clearly not at 45°; an MLP is not exact at 90°.
    void continuousAngle() {
        const Eigen::MatrixXd X = images(6);
        const std::vector<double> angles = {0, 45, 90, 135, 180, 270, 30};
        const auto curveG = rotationInvarianceCurve(gcnn(PlanarGroup::C4), X, kN, 1, angles);
        const auto curveA = rotationInvarianceCurve(averagedMlp(grid("C4")), X, kN, 1, angles);
        const auto curveM = rotationInvarianceCurve(mlp(), X, kN, 1, angles);
        for (std::size_t k = 0; k < angles.size(); ++k) {
            qInfo("%5.0f deg: G-CNN %.2e, averaged %.2e, MLP %.2e", angles[k], curveG.error[k],
                  curveA.error[k], curveM.error[k]);
            const bool quarter = std::fmod(angles[k], 90.0) == 0.0;
            for (const auto* c : {&curveG, &curveA}) {
                if (quarter)
                    QVERIFY(c->error[k] <= 1e-14);
                else
                    QVERIFY(c->error[k] > 1e-3);
            }
            if (angles[k] != 0.0)
                QVERIFY(curveM.error[k] > 1e-2);
        }
        QCOMPARE(curveG.error[0], 0.0);  // the identity rotation changes nothing at all
        QCOMPARE(angleGrid(45.0), (std::vector<double>{0, 45, 90, 135, 180, 225, 270, 315}));
    }

    void orbitEmbeddings() {
        const auto g = grid("D4");
        const Eigen::MatrixXd X = images(3);
        const auto net = gcnn(PlanarGroup::D4);
        const auto layers = layerOrbitEmbeddings(net, g, X);
        QCOMPARE(int(layers.size()), 8);  // input + 7 layers
        QCOMPARE(layers[0].layerName, std::string("input"));
        for (const auto& l : layers)
            QCOMPARE(l.points.cols(), Eigen::Index(3 * 8));
        QVERIFY(layers[0].relativeSpread > 0.1);  // the input orbit is spread
        QVERIFY(layers[2].relativeSpread > 0.1);  // so are the equivariant feature maps
        for (std::size_t l = 6; l < layers.size(); ++l)
            QVERIFY2(layers[l].relativeSpread <= 1e-14,
                     qPrintable(QString("%1: %2").arg(l).arg(layers[l].relativeSpread)));
        const auto plain = layerOrbitEmbeddings(mlp(), g, X);
        QVERIFY(plain.back().relativeSpread > 1e-2);

        // The output has 3 dimensions: PCA keeps everything and every distance.
        const auto& out = plain.back();
        QVERIFY(std::abs(out.keptVariance - 1.0) < 1e-12);
        Model<D> m = mlp();
        Eigen::MatrixXd orbit(X.rows(), 24);
        for (int s = 0; s < 3; ++s)
            for (int e = 0; e < 8; ++e)
                orbit.col(s * 8 + e) = g.matrix(e) * X.col(s);
        const Eigen::MatrixXd Y = m.predict(orbit);
        for (int a = 0; a < 24; ++a)
            for (int b = 0; b < 24; ++b)
                QVERIFY(std::abs((Y.col(a) - Y.col(b)).norm() -
                                 (out.points.col(a) - out.points.col(b)).norm()) < 1e-12);
    }

    // D4's element k + 4j is r^k s^j.
    void auditRotationsOnly() {
        const auto lattice = groups::subgroupLattice(*groups::makeGroup("D4"));
        const std::vector<double> e = {0, 0, 0, 0, 1, 1, 1, 1};
        const SymmetryAudit audit = auditSymmetry(lattice, e, 0.5);
        QCOMPARE(audit.errors.size(), lattice.subgroups.size());
        QCOMPARE(audit.respected, (std::vector<int>{subgroupIndex(lattice, {0, 1, 2, 3})}));
        QCOMPARE(lattice.subgroups[static_cast<size_t>(audit.respected[0])].name,
                 std::string("C4"));
        QCOMPARE(audit.errors.back(), 1.0);  // D4: max, not mean
        QCOMPARE(audit.errors[static_cast<size_t>(subgroupIndex(lattice, {0, 2, 4, 6}))], 1.0);
        QCOMPARE(audit.errors[static_cast<size_t>(subgroupIndex(lattice, {0, 2}))], 0.0);
    }

    void auditReportsOneOfConjugateSubgroups() {
        // Only the reflections s and r²s are (nearly) respected; r² is not, so {e, s} and
        // {e, r²s} are both maximal, and conjugate (by r): one is reported, the smaller error.
        const auto lattice = groups::subgroupLattice(*groups::makeGroup("D4"));
        const std::vector<double> e = {0, 1, 1, 1, 0.02, 1, 0.01, 1};
        const int s = subgroupIndex(lattice, {0, 4}), r2s = subgroupIndex(lattice, {0, 6});
        QCOMPARE(lattice.subgroups[static_cast<size_t>(s)].conjugacyClass,
                 lattice.subgroups[static_cast<size_t>(r2s)].conjugacyClass);
        QCOMPARE(auditSymmetry(lattice, e, 0.05).respected, (std::vector<int>{r2s}));
        // Equal errors: the lexicographically smaller one, {e, s}.
        const std::vector<double> tie = {0, 1, 1, 1, 0.01, 1, 0.01, 1};
        QCOMPARE(auditSymmetry(lattice, tie, 0.05).respected, (std::vector<int>{s}));
        // A tolerance between the two errors keeps only the better reflection.
        QCOMPARE(auditSymmetry(lattice, e, 0.015).respected, (std::vector<int>{r2s}));
        QCOMPARE(auditSymmetry(lattice, {0, 1, 1, 1, 0.01, 1, 0.02, 1}, 0.015).respected,
                 (std::vector<int>{s}));
    }

    void auditExactNetRespectsEverything() {
        const auto lattice = groups::subgroupLattice(*groups::makeGroup("S4"));
        const SymmetryAudit audit = auditSymmetry(lattice, std::vector<double>(24, 0.0), 0.0);
        QCOMPARE(audit.respected,
                 (std::vector<int>{static_cast<int>(lattice.subgroups.size()) - 1}));
    }

    void auditToleranceBetweenValues() {
        const auto lattice = groups::subgroupLattice(*groups::makeGroup("D4"));
        //                         e  r    r²   r³   s    rs   r²s  r³s
        const std::vector<double> e{0, 0.3, 0.1, 0.3, 0.2, 0.5, 0.2, 0.5};
        const int c4 = subgroupIndex(lattice, {0, 1, 2, 3});
        const int va = subgroupIndex(lattice, {0, 2, 4, 6});
        QCOMPARE(auditSymmetry(lattice, e, 0.05).respected, (std::vector<int>{0}));
        QCOMPARE(auditSymmetry(lattice, e, 0.15).respected,
                 (std::vector<int>{subgroupIndex(lattice, {0, 2})}));
        QCOMPARE(auditSymmetry(lattice, e, 0.25).respected, (std::vector<int>{va}));
        QCOMPARE(auditSymmetry(lattice, e, 0.35).respected, (std::vector<int>{c4, va}));
        QCOMPARE(auditSymmetry(lattice, e, 0.5).respected,
                 (std::vector<int>{static_cast<int>(lattice.subgroups.size()) - 1}));
    }

    void auditJsonAndBadInput() {
        const auto lattice = groups::subgroupLattice(*groups::makeGroup("D4"));
        std::vector<double> e = {0, 0, 0, 0, 1, 1, 1, std::nan("")};
        const SymmetryAudit audit = auditSymmetry(lattice, e, 1e-6);
        const json::Value doc = json::parse(auditJson(lattice, audit), "audit");
        std::vector<std::string> keys;
        for (const auto& [k, v] : doc.asObject())
            keys.push_back(k);
        QCOMPARE(keys, (std::vector<std::string>{"group", "respected", "subgroups", "tolerance"}));
        QCOMPARE(doc.find("group")->asString(), std::string("D4"));
        QCOMPARE(doc.find("tolerance")->asNumber(), 1e-6);
        QCOMPARE(doc.find("subgroups")->asArray().size(), size_t{10});
        const auto& respected = doc.find("respected")->asArray();
        QCOMPARE(respected.size(), size_t{1});
        const json::Value& c4 = respected[0];
        std::vector<std::string> fields;
        for (const auto& [k, v] : c4.asObject())
            fields.push_back(k);
        QCOMPARE(fields, (std::vector<std::string>{"conjugacy_class", "elements", "error",
                                                   "generators", "name", "normal", "order"}));
        QCOMPARE(c4.find("name")->asString(), std::string("C4"));
        QCOMPARE(c4.find("order")->asNumber(), 4.0);
        QCOMPARE(c4.find("generators")->asArray().at(0).asString(), std::string("r"));
        QCOMPARE(c4.find("elements")->asArray().size(), size_t{4});
        QCOMPARE(c4.find("error")->asNumber(), 0.0);
        QVERIFY(c4.find("normal")->asBool());
        QVERIFY(doc.find("subgroups")->asArray().back().find("error")->isNull());  // NaN
        QVERIFY_THROWS_EXCEPTION(Error, auditSymmetry(lattice, {0, 0, 0}, 0.1));
        QVERIFY_THROWS_EXCEPTION(Error, auditSymmetry(lattice, std::vector<double>(8, 0), -1));
        e.back() = -1;
        QVERIFY_THROWS_EXCEPTION(Error, auditSymmetry(lattice, e, 0.1));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestLayerSymmetry)
#include "test_layer_symmetry.moc"
